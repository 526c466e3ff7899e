import { z } from 'zod';

/** What a reply asks for, by the precedence of docs/mail-understanding.md#intent. */
export const Intent = z.enum(['approve', 'decline', 'inform', 'question', 'none']);
export type Intent = z.infer<typeof Intent>;

/** A yes or a no: the intents that decide something. */
export const isDecision = (intent: Intent): intent is 'approve' | 'decline' => intent === 'approve' || intent === 'decline';

/** Below this, a yes or a no that would move a project is not acted on: the PM decides. */
export const DECISION_CONFIDENCE = 0.8;

/** What the step a reply answers asked: the process says it for each step (ProcessModule.replyQuestion). */
export type StepQuestion =
  /** Approve a document: a plan, a work order, a schedule. */
  | 'approval'
  /** Confirm details (and a launch date). */
  | 'confirmation'
  /** Test it and approve it or send feedback. */
  | 'testing'
  /** Say when your own work is done or ready (QA complete, ready for certification). */
  | 'readiness'
  /** Send items (requirements, materials). */
  | 'delivery'
  /** How is it going (a status mail, a check-in after go-live): nothing to decide, so "all good" tells how things stand. */
  | 'status'
  /** Nothing in particular: a reply to no notice, or to a step that names no question. */
  | 'open';

/**
 * A document a step of a process asks a yes to, by name, where another step may hear of it: a yes to the work
 * order in a reply to the schedule's notice is not the schedule's yes (ProcessModule.otherDocuments); the PM reads it.
 */
export type DocumentName = 'workOrder';
