import type { Project } from '../project/schemas';
import { actionOwner, MODULES as REGISTERED, processOf, StaffAction } from '../processes/registry';
import type { ActionContext, ActionInput, ProcessModule, ReplyContext } from '../processes/types';

import { REVIEW_ACTION_NAMES } from '../processes/review-actions';
import type { Outcome } from './outcome';
import { decideReview, type ReviewDecision } from './review';

export { StaffAction } from '../processes/registry';

const MODULES: readonly ProcessModule[] = REGISTERED;

/** A staff action that the project's state does not allow now (e.g. QA complete before development). */
export class StaffActionRefusedError extends Error {
  override name = 'StaffActionRefusedError';
}

/**
 * A staff reply as a command: the first line names it (`QA COMPLETE`, `RESCHEDULE developmentDue
 * 2027-04-09`, `IDI 2027-01-12 15:00`), the lines below are its note (`NOT FEASIBLE` and why,
 * `SEND SCHEDULE` and the schedule). Credentials are never read from mail.
 */
export function staffActionFromText(text: string): StaffAction | undefined {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => l.trim() !== '');
  const first = (lines[index] ?? '').trim().replace(/[.!:]+$/, '');
  const rest = lines
    .slice(index + 1)
    .join('\n')
    .trim();
  // A form of its own (a date after the name) decides alone: valid, or no command at all.
  for (const module of MODULES) {
    const input = module.mailCommands.parse(first);
    if (input) {
      const parsed = StaffAction.safeParse(input);
      return parsed.success ? parsed.data : undefined;
    }
  }
  const name = first.toLowerCase().replace(/\s+/g, '-');
  const aliases = MODULES.map((m) => m.mailCommands.aliases[name]).find((a) => a !== undefined);
  const action = aliases ?? name;
  const owner = actionOwner(action);
  if (owner && (owner.mailCommands.formOnly.includes(action) || action in owner.secretActions)) return undefined;
  const noteText = MODULES.map((m) => m.mailCommands.impliedNotes[name]).find((n) => n !== undefined) ?? rest;
  const parsed = StaffAction.safeParse({ action, ...(noteText ? { note: noteText } : {}) });
  return parsed.success ? parsed.data : undefined;
}

/**
 * A process's action context, the service domain optional (`localhost` when not given), and for a
 * review decision that sets a launch date, the queue near it (read by the caller).
 */
export type StaffContext = Omit<ActionContext, 'serviceDomain'> & { readonly serviceDomain?: string; readonly queue?: ReplyContext['queue'] };

function refuse(message: string): never {
  throw new StaffActionRefusedError(message);
}

/** Applies a staff action to the record by its process. @throws StaffActionRefusedError when the project is not at that point. */
export function applyStaffAction(project: Project, command: StaffAction | ActionInput, context: StaffContext): Outcome {
  // The PM's answer to a reply the reader would not decide alone: the engine's, whatever the process.
  if (REVIEW_ACTION_NAMES.includes(command.action)) return decideReview(project, command as ReviewDecision, context, refuse);
  const owner = actionOwner(command.action);
  const process = processOf(project);
  if (!owner) refuse(`${command.action} is not a staff action of any process`);
  if (owner.id !== process.id) refuse(`${command.action} is a step of the ${owner.title} process; ${project.id} follows ${project.process}`);
  return process.applyAction(project, command, { ...context, serviceDomain: context.serviceDomain ?? 'localhost' }, refuse);
}
