import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { StaffAction } from '../shared/lifecycle/commands';
import { DEFAULT_PROCESS_ID, NewProject } from '../shared/processes/registry';
import { EmailAddress } from '../shared/project/schemas';
import { IsoInstant } from '../shared/timeline/dates';

/**
 * The scenario format of `integrations simulate` (docs/scenarios.md): a start time, projects, and
 * timed steps, run on the simulated clock through the real local path (SMTP in, outbox out).
 */

const Scheduling = z.object({
  /** The name steps use for this project (its INT- id is only known once it is created). */
  key: z.string().min(1),
  /** When the contract is signed: the project is created then. @default the scenario's start */
  at: IsoInstant.optional(),
});

/** A project of any registered process (the default one when it names none), with what creating it takes. */
export const ScenarioProject = z.preprocess(
  (value) => (value && typeof value === 'object' && !('process' in value) ? { ...value, process: DEFAULT_PROCESS_ID } : value),
  z.intersection(NewProject, Scheduling),
);
export type ScenarioProject = z.infer<typeof ScenarioProject>;

const Attachment = z.object({ filename: z.string().min(1), content: z.string(), contentType: z.string().optional() });

/** SES's receipt verdicts for a mail of the scenario: each PASS unless given. */
const Verdict = z.enum(['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED']);
export const ScenarioVerdicts = z.strictObject({
  spam: Verdict.optional(),
  virus: Verdict.optional(),
  spf: Verdict.optional(),
  dkim: Verdict.optional(),
  dmarc: Verdict.optional(),
});

export const ScenarioStep = z.discriminatedUnion('type', [
  /** A staff action, as `integrations pm` would record it. */
  z.object({ type: z.literal('staff'), at: IsoInstant, project: z.string(), by: EmailAddress.optional(), command: StaffAction }),
  /** A reply from `from` to the latest mail the system sent that address (or, if none, the project's POC). */
  z.object({
    type: z.literal('reply'),
    at: IsoInstant,
    project: z.string(),
    from: EmailAddress,
    text: z.string(),
    attachments: z.array(Attachment).default([]),
    autoReply: z.boolean().default(false),
    verdicts: ScenarioVerdicts.optional(),
  }),
  /** A fresh mail to the service address that answers no notice: no reply key, no thread; `key` names it for an `assign` step. */
  z.object({
    type: z.literal('mail'),
    at: IsoInstant,
    key: z.string().min(1).optional(),
    from: EmailAddress,
    to: EmailAddress.optional(),
    subject: z.string().default(''),
    text: z.string(),
    attachments: z.array(Attachment).default([]),
    autoReply: z.boolean().default(false),
    verdicts: ScenarioVerdicts.optional(),
  }),
  /** Staff give the mail of a `mail` step (its `key`), kept in the inbox, to a project: `integrations assign`. */
  z.object({ type: z.literal('assign'), at: IsoInstant, mail: z.string().min(1), project: z.string(), by: EmailAddress.optional() }),
  /** A raw .eml delivered as is over SMTP (path relative to the scenario file). */
  z.object({ type: z.literal('eml'), at: IsoInstant, file: z.string().min(1), to: z.array(EmailAddress).optional(), verdicts: ScenarioVerdicts.optional() }),
  /** The same mail delivered again (at-least-once delivery): the last reply step's mail. */
  z.object({ type: z.literal('redeliver'), at: IsoInstant }),
  /** Stop the local runtime and start it again from its data folder. */
  z.object({ type: z.literal('restart'), at: IsoInstant }),
]);
export type ScenarioStep = z.infer<typeof ScenarioStep>;

export const Scenario = z
  .object({
    description: z.string().optional(),
    /** Run the PMs' daily digest every simulated hour, as `npm start` does. @default false (most scenarios follow one project's mail) */
    digests: z.boolean().default(false),
    start: IsoInstant,
    end: IsoInstant,
    projects: z.array(ScenarioProject).min(1),
    steps: z.array(ScenarioStep).default([]),
  })
  .refine((s) => s.steps.every((step, i) => i === 0 || step.at >= (s.steps[i - 1]?.at ?? '')), 'steps must be in time order')
  .refine((s) => s.end > s.start, 'end must come after start')
  .refine((s) => {
    const keys = s.steps.flatMap((step) => (step.type === 'mail' && step.key ? [step.key] : []));
    return new Set(keys).size === keys.length;
  }, 'two mail steps have the same key');
export type Scenario = z.infer<typeof Scenario>;

/** A scenario file that is not valid: the message says where. */
export class InvalidScenarioError extends Error {
  override name = 'InvalidScenarioError';
}

export async function loadScenario(file: string): Promise<{ scenario: Scenario; baseDir: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InvalidScenarioError(`cannot read scenario ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidScenarioError(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = Scenario.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidScenarioError(`${file}: ${issue?.path.join('.') || 'scenario'}: ${issue?.message ?? 'invalid'}`);
  }
  return { scenario: parsed.data, baseDir: dirname(file) };
}

export function resolvePath(baseDir: string, file: string): string {
  return isAbsolute(file) ? file : join(baseDir, file);
}
