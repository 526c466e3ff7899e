import type { z } from 'zod';
import { PERSON_EXAMPLE, parsePerson } from '../project/person';
import { DEFAULT_PROCESS_ID, MODULES, NewProject, PROCESS_IDS, processModule } from '../processes/registry';

/**
 * The contract notification as a form (docs/processes.md): staff write to the service address a
 * mail whose first line is `NEW PROJECT`, then one `Key: value` line per field: `Process`,
 * `Client`, `Title`, `Time zone`, and the fields the process needs (its `integrations new`
 * options: `POC` and `PM` for EventTech; `Scope`, `TC`, `Sales`, `Team`, `Contact`, `Integrator`
 * for Paytronix). Keys are read in any case, spaces or hyphens alike.
 */
export const NEW_PROJECT_FIRST_LINE = /^\s*new[\s-]+project\s*:?\s*$/i;

/** The form read: the creation input, or every field that is wrong (each named). */
export type NewProjectForm = { readonly ok: true; readonly input: NewProject } | { readonly ok: false; readonly problems: readonly string[] };

/** Whether a mail's text is a new-project form (its first non-empty line is `NEW PROJECT`). */
export function isNewProjectForm(text: string): boolean {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '');
  return first !== undefined && NEW_PROJECT_FIRST_LINE.test(first);
}

const key = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** The field a process's `integrations new` option fills: `--poc <person>` → `poc`. */
const fieldOf = (flag: string) => flag.replace(/^--/, '').split(/\s/)[0] ?? flag;

const COMMON_FIELDS = ['process', 'client', 'title', 'time-zone'];

/** Reads a new-project form; pure. Every wrong field is named, so one answer can list them all. */
export function readNewProjectForm(text: string): NewProjectForm {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => NEW_PROJECT_FIRST_LINE.test(line));
  const fields = new Map<string, string>();
  const problems: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') continue;
    const match = /^\s*([A-Za-z][A-Za-z _-]*?)\s*:\s*(.*)$/.exec(line);
    // The first line that is not `Key: value` ends the form (a signature, a quoted contract).
    if (!match?.[1]) break;
    fields.set(key(match[1]), (match[2] ?? '').trim());
  }
  const processId = (fields.get('process') || DEFAULT_PROCESS_ID).toLowerCase();
  if (!PROCESS_IDS.includes(processId)) return { ok: false, problems: [`Process: unknown process "${processId}" (known: ${PROCESS_IDS.join(', ')})`] };
  const process = processModule(processId);
  const known = new Set([...COMMON_FIELDS, ...process.cli.options.map((o) => fieldOf(o.flag))]);
  for (const name of fields.keys()) if (!known.has(name)) problems.push(`${name}: not a field of a ${processId} project (fields: ${[...known].join(', ')})`);
  const value = (name: string) => fields.get(name) || undefined;
  const required = (name: string) => {
    const given = value(name);
    if (!given) problems.push(`${name}: missing`);
    return given ?? '';
  };
  const person = (name: string, text: string) => {
    const parsed = parsePerson(text);
    if (!parsed && text !== '') problems.push(`${name}: expected ${PERSON_EXAMPLE}`);
    return parsed ?? { name: '', email: '' };
  };
  for (const name of ['client', 'title']) required(name);
  const input = {
    process: processId,
    client: value('client'),
    title: value('title'),
    ...process.cli.input({ value, required, person }),
    ...(value('time-zone') ? { timeZone: value('time-zone') } : {}),
  };
  if (problems.length > 0) return { ok: false, problems };
  const parsed = NewProject.safeParse(input);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((issue: z.core.$ZodIssue) => `${issue.path.join('.') || 'form'}: ${issue.message}`) };
  return { ok: true, input: parsed.data };
}

/** Every field name a form may carry, for the answer to a malformed one. */
export function formFields(): string[] {
  return [...new Set([...COMMON_FIELDS, ...MODULES.flatMap((m) => m.cli.options.map((o) => fieldOf(o.flag)))])];
}
