import { z } from 'zod';
import { projectReport } from '../../local/simulate';
import { StaffAction } from '../../shared/lifecycle/commands';
import { MailRecord, Project } from '../../shared/project/schemas';
import { UsageError } from '../errors';
import { table, type CliIo } from '../io';
import { callRuntime } from '../local-client';
import { story } from '../story';

/** "Pat Doe <pat@acme.example>" → { name, email }. */
function person(option: string, value: unknown): { name: string; email: string } {
  const match = typeof value === 'string' ? /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value) : null;
  if (!match?.[1] || !match[2]) throw new UsageError(`--${option}: expected "Name <address>", e.g. "Pat Doe <pat@acme.example>"`);
  return { name: match[1], email: match[2] };
}

const NewOptions = z.object({ client: z.string().min(1), title: z.string().min(1), poc: z.string(), pm: z.string(), timeZone: z.string().optional() });

/** `integrations new`: creates a project from a contract on the running local runtime. */
export async function newCommand(raw: unknown, io: CliIo): Promise<void> {
  const options = NewOptions.safeParse(raw);
  if (!options.success) throw new UsageError(`${options.error.issues[0]?.path.join('.') ?? 'option'}: ${options.error.issues[0]?.message ?? 'invalid'}`);
  const { client, title, timeZone } = options.data;
  const created = Project.parse(await callRuntime('POST', '/projects', { process: 'cadmium', client, title, poc: person('poc', options.data.poc), pm: person('pm', options.data.pm), ...(timeZone ? { timeZone } : {}) }));
  io.out(`${created.id} created for ${created.client.name}: the Integration Services team is told, and the project waits for the PM's contract review.\nNext: npx integrations pm ${created.id} contract-reviewed`);
}

/** `integrations list`: every active project at a glance. */
export async function listCommand(io: CliIo): Promise<void> {
  const projects = z.array(Project).parse(await callRuntime('GET', '/projects'));
  if (projects.length === 0) {
    io.out('No active projects.');
    return;
  }
  io.out(table([['project', 'client', 'phase', 'launch', 'updated'], ...projects.map((p) => [p.id, p.client.name, p.phase, p.timeline.current?.['launch']?.due ?? '—', p.updatedAt.slice(0, 16)])]));
}

const Shown = z.object({ project: Project, mail: z.array(MailRecord), execution: z.object({ transitions: z.number(), status: z.string() }).nullable() });

/** `integrations show PROJECT`: phase, timeline (original and current), ledger, open items, mail log. */
export async function showCommand(id: string, raw: unknown, io: CliIo): Promise<void> {
  const json = z.object({ json: z.boolean() }).parse(raw).json;
  const shown = Shown.parse(await callRuntime('GET', `/projects/${encodeURIComponent(id.toUpperCase())}`));
  const report = projectReport(shown.project.id, shown.project, shown.mail, shown.execution?.transitions ?? 0, shown.execution?.status ?? 'not running');
  io.out(json ? JSON.stringify(report, null, 2) : story(report));
}

const PM_ACTIONS = ['contract-reviewed', 'kickoff-held', 'resend-plan', 'submitted-for-development', 'review-complete', 'development-complete', 'qa-complete', 'reschedule'];

/** `integrations pm PROJECT ACTION`: a staff action, the same command a staff reply triggers. */
export async function pmCommand(id: string, action: string, raw: unknown, io: CliIo): Promise<void> {
  const options = z.object({ milestone: z.string().optional(), date: z.string().optional(), by: z.string().optional(), note: z.string().optional() }).parse(raw);
  if (!PM_ACTIONS.includes(action)) throw new UsageError(`unknown action "${action}" (known: ${PM_ACTIONS.join(', ')})`);
  const command = StaffAction.safeParse(action === 'reschedule' ? { action, milestone: options.milestone, date: options.date, note: options.note } : { action });
  if (!command.success) throw new UsageError(`${action}: ${command.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const result = z.object({ readAs: z.string(), phase: z.string() }).parse(await callRuntime('POST', `/projects/${encodeURIComponent(id.toUpperCase())}/actions`, { command: command.data, ...(options.by ? { by: options.by } : {}) }));
  io.out(`${id.toUpperCase()}: ${result.readAs}; now ${result.phase}.`);
}
