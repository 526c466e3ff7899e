import type { StepQuestion } from './types';
import type { Act, Clause } from './clauses';

/**
 * What the reader finds in a clause (a `Read`: a yes, a no, a doubt…, with the clause and why), what each kind of step
 * takes for a yes, and the shape of a yes that is someone else's to give: shared by the clause reading (clause-reading.ts), the doubts beside a yes (doubts.ts) and the intent
 * they make (interpret.ts).
 */

/** Steps whose question a yes or no answers. */
export const YES_OR_NO: ReadonlySet<StepQuestion> = new Set(['approval', 'confirmation', 'testing', 'readiness']);

/** "The costs are Harbor Grill's to approve", "that's up to our CFO to sign off": a yes that is someone else's to give. */
export const SOMEONE_ELSES = String.raw`(?:(?:\S's|s'|\btheirs|\bhers|\bhis)\s+|\bup to\s+(?!you\b|us\b|me\b|date\b)(?:[^\s,.;]+\s+){1,3}?)to\s+`;

/** The acts that say yes at each kind of step (besides a bare `yes` as the whole answer). */
export const YES_ACTS: Readonly<Record<StepQuestion, ReadonlySet<Act>>> = {
  approval: new Set(['approve']),
  confirmation: new Set(['approve']),
  testing: new Set(['approve', 'pass']),
  readiness: new Set(['done', 'approve', 'pass']),
  // Nothing is approved by a delivery: "validated by marketing" describes an item.
  delivery: new Set(),
  // Nothing was asked: "all good on our end" is how things stand, not an approval of anything.
  status: new Set(),
  open: new Set(['approve']),
};

export type Signal = 'yes' | 'weak-yes' | 'no' | 'conditional' | 'not-yet' | 'question' | 'scope' | 'info' | 'statement' | 'thanks';

export interface Read {
  readonly signal: Signal;
  readonly clause: Clause;
  readonly why: string;
  /** For a no: what kind of no it is (a change asked for counts as a change request after approval). */
  readonly no?: 'refusal' | 'problem' | 'change';
  /** It asks for more than was agreed. */
  readonly scope?: boolean;
  /** A yes to the rest only ("the other points are fine"): something else is left out, unless another clause says yes. */
  readonly toRest?: boolean;
  /** A doubt a second reading sure of the yes may settle. */
  readonly settles?: boolean;
  /**
   * A doubt from beside the yes that says nothing of the step (a hedge, a plain word of things to come, statements not
   * read): an explicit approval of the step outweighs it.
   */
  readonly aside?: boolean;
  /**
   * Something still to come (a yes someone has still to give, a review or a test not done, an item to follow): not a refusal.
   * A no the second reading is sure of, where the rules read one, only says "not yet" (second-reading.ts `NOT_YET`).
   */
  readonly toCome?: boolean;
  /** Statements the rules could not read, beside a yes. */
  readonly unread?: boolean;
}
