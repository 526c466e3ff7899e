import { readFile } from 'node:fs/promises';
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

const NewOptions = z.object({
  process: z.enum(['cadmium', 'paytronix']).default('cadmium'),
  client: z.string().min(1),
  title: z.string().min(1),
  poc: z.string().optional(),
  pm: z.string().optional(),
  scope: z.string().optional(),
  tc: z.string().optional(),
  sales: z.string().optional(),
  team: z.string().optional(),
  contact: z.string().optional(),
  integrator: z.string().optional(),
  timeZone: z.string().optional(),
});

function required(option: string, value: string | undefined, process: string): string {
  if (!value) throw new UsageError(`--${option} is required for a ${process} project`);
  return value;
}

/** `integrations new`: creates a project from a contract (EventTech) or at discovery (Paytronix) on the running local runtime. */
export async function newCommand(raw: unknown, io: CliIo): Promise<void> {
  const options = NewOptions.safeParse(raw);
  if (!options.success) throw new UsageError(`${options.error.issues[0]?.path.join('.') ?? 'option'}: ${options.error.issues[0]?.message ?? 'invalid'}`);
  const o = options.data;
  const zone = o.timeZone ? { timeZone: o.timeZone } : {};
  if (o.process === 'paytronix') {
    const created = Project.parse(
      await callRuntime('POST', '/projects', {
        process: 'paytronix',
        client: o.client,
        title: o.title,
        scope: required('scope', o.scope, 'paytronix'),
        tc: person('tc', required('tc', o.tc, 'paytronix')),
        sales: person('sales', required('sales', o.sales, 'paytronix')),
        integrationsTeam: required('team', o.team, 'paytronix'),
        clientContact: person('contact', required('contact', o.contact, 'paytronix')),
        ...(o.integrator ? { integrator: person('integrator', o.integrator) } : {}),
        ...zone,
      }),
    );
    io.out(`${created.id} created for ${created.client.name}: the integrations team is asked to evaluate feasibility.\nNext: npx integrations pm ${created.id} feasible   (or not-feasible --note "why")`);
    return;
  }
  const created = Project.parse(await callRuntime('POST', '/projects', { process: 'cadmium', client: o.client, title: o.title, poc: person('poc', required('poc', o.poc, 'cadmium')), pm: person('pm', required('pm', o.pm, 'cadmium')), ...zone }));
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

export const PM_ACTIONS = StaffAction.options.map((o) => o.shape.action.value);

/** Reads a secret from a file (never from the command line, where shell history and `ps` would keep it). */
async function secretFrom(file: string | undefined, action: string): Promise<string> {
  if (!file) throw new UsageError(`${action} needs --file <path>: the credentials are read from a file, never from the command line`);
  try {
    const text = (await readFile(file, 'utf8')).trim();
    if (!text) throw new UsageError(`${file} is empty`);
    return text;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}`);
  }
}

/** `integrations pm PROJECT ACTION`: a staff action, the same command a staff reply triggers. */
export async function pmCommand(id: string, action: string, raw: unknown, io: CliIo): Promise<void> {
  const options = z.object({ milestone: z.string().optional(), date: z.string().optional(), by: z.string().optional(), note: z.string().optional(), at: z.string().optional(), minutes: z.coerce.number().optional(), file: z.string().optional() }).parse(raw);
  if (!(PM_ACTIONS as readonly string[]).includes(action)) throw new UsageError(`unknown action "${action}" (known: ${PM_ACTIONS.join(', ')})`);
  const input =
    action === 'reschedule'
      ? { action, milestone: options.milestone, date: options.date, note: options.note }
      : action === 'schedule-idi'
        ? { action, at: options.at, ...(options.minutes ? { minutes: options.minutes } : {}) }
        : action === 'test-credentials' || action === 'production-credentials'
          ? { action, secret: await secretFrom(options.file, action) }
          : { action, ...(options.note ? { note: options.note } : {}) };
  const command = StaffAction.safeParse(input);
  if (!command.success) throw new UsageError(`${action}: ${command.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const result = z.object({ readAs: z.string(), phase: z.string() }).parse(await callRuntime('POST', `/projects/${encodeURIComponent(id.toUpperCase())}/actions`, { command: command.data, ...(options.by ? { by: options.by } : {}) }));
  io.out(`${id.toUpperCase()}: ${result.readAs}; now ${result.phase}.`);
}
