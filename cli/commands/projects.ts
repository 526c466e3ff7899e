import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { projectReport } from '../../local/simulate';
import { StaffAction } from '../../shared/lifecycle/commands';
import { DEFAULT_PROCESS_ID, PROCESS_IDS, processModule } from '../../shared/processes/registry';
import { MailRecord, Project } from '../../shared/project/schemas';
import { UsageError } from '../errors';
import { table, type CliIo } from '../io';
import type { StaffClient } from '../staff-client';
import { story, type StoryReport } from '../story';

/** "Pat Doe <pat@acme.example>" → { name, email }. */
function person(option: string, value: unknown): { name: string; email: string } {
  const match = typeof value === 'string' ? /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value) : null;
  if (!match?.[1] || !match[2]) throw new UsageError(`--${option}: expected "Name <address>", e.g. "Pat Doe <pat@acme.example>"`);
  return { name: match[1], email: match[2] };
}

const NewOptions = z.looseObject({
  process: z.string().default(DEFAULT_PROCESS_ID),
  client: z.string().min(1),
  title: z.string().min(1),
  timeZone: z.string().optional(),
});

/** `integrations new`: creates a project of a registered process (on the local runtime or the deployed API), from what its process needs. */
export async function newCommand(raw: unknown, io: CliIo, staff: StaffClient): Promise<void> {
  const options = NewOptions.safeParse(raw);
  if (!options.success) throw new UsageError(`${options.error.issues[0]?.path.join('.') ?? 'option'}: ${options.error.issues[0]?.message ?? 'invalid'}`);
  const o = options.data;
  if (!PROCESS_IDS.includes(o.process)) throw new UsageError(`--process: unknown process "${o.process}" (known: ${PROCESS_IDS.join(', ')})`);
  const process = processModule(o.process);
  const value = (option: string) => {
    const given = o[option];
    return typeof given === 'string' && given !== '' ? given : undefined;
  };
  const required = (option: string) => {
    const given = value(option);
    if (!given) throw new UsageError(`--${option} is required for a ${process.id} project`);
    return given;
  };
  const fields = process.cli.input({ value, required, person });
  const created = Project.parse(
    await staff.call('POST', '/projects', {
      process: process.id,
      client: o.client,
      title: o.title,
      ...fields,
      ...(o.timeZone ? { timeZone: o.timeZone } : {}),
    }),
  );
  io.out(process.cli.created(created));
}

/** `integrations list`: every active project at a glance. */
export async function listCommand(io: CliIo, staff: StaffClient): Promise<void> {
  const projects = z.array(Project).parse(await staff.call('GET', '/projects'));
  if (projects.length === 0) {
    io.out('No active projects.');
    return;
  }
  io.out(
    table([
      ['project', 'client', 'phase', 'launch', 'updated'],
      ...projects.map((p) => [p.id, p.client.name, p.phase, p.timeline.current?.['launch']?.due ?? '—', p.updatedAt.slice(0, 16)]),
    ]),
  );
}

/** A project as the staff API shows it; the execution is null before one started, its transitions null where the runtime cannot count them (AWS). */
const Shown = z.object({
  project: Project,
  mail: z.array(MailRecord),
  execution: z.object({ transitions: z.number().nullable(), status: z.string() }).nullable(),
});

/** `integrations show PROJECT`: phase, timeline (original and current), ledger, open items, mail log. */
export async function showCommand(id: string, raw: unknown, io: CliIo, staff: StaffClient): Promise<void> {
  const json = z.object({ json: z.boolean() }).parse(raw).json;
  const shown = Shown.parse(await staff.call('GET', `/projects/${encodeURIComponent(id.toUpperCase())}`));
  const report: StoryReport = {
    ...projectReport(shown.project.id, shown.project, shown.mail, 0, shown.execution?.status ?? 'not running'),
    transitions: shown.execution ? shown.execution.transitions : 0,
  };
  io.out(json ? JSON.stringify(report, null, 2) : story(report));
}

export const PM_ACTIONS = StaffAction.options.map((o) => o.shape.action.value);

/** Options of `integrations pm` that an action takes when its schema has the field of the same name. */
const FIELD_OPTIONS = ['milestone', 'date', 'note', 'at', 'minutes', 'only', 'reviewId'] as const;

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
export async function pmCommand(id: string, action: string, raw: unknown, io: CliIo, staff: StaffClient): Promise<void> {
  const options = z
    .object({
      milestone: z.string().optional(),
      date: z.string().optional(),
      by: z.string().optional(),
      note: z.string().optional(),
      at: z.string().optional(),
      minutes: z.coerce.number().optional(),
      only: z.boolean().optional(),
      file: z.string().optional(),
      reviewId: z.string().optional(),
    })
    .parse(raw);
  if (!(PM_ACTIONS as readonly string[]).includes(action)) throw new UsageError(`unknown action "${action}" (known: ${PM_ACTIONS.join(', ')})`);
  const schema = StaffAction.options.find((o) => o.shape.action.value === action);
  const shape: Record<string, unknown> = schema?.shape ?? {};
  const input: Record<string, unknown> = { action };
  for (const field of FIELD_OPTIONS) if (field in shape && options[field] !== undefined) input[field] = options[field];
  // A secret is read from a file, never from the command line.
  if ('secret' in shape) input['secret'] = await secretFrom(options.file, action);
  const command = StaffAction.safeParse(input);
  if (!command.success) throw new UsageError(`${action}: ${command.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const result = z.object({ readAs: z.string(), phase: z.string() }).parse(
    await staff.call('POST', `/projects/${encodeURIComponent(id.toUpperCase())}/actions`, {
      command: command.data,
      ...(options.by ? { by: options.by } : {}),
    }),
  );
  io.out(`${id.toUpperCase()}: ${result.readAs}; now ${result.phase}.`);
}
