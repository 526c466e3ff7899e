import { z } from 'zod';
import type { ClauseReading } from './reading/clauses';
import type { MailSignals, StepQuestion } from './reading/interpret';
import type { Intent } from './reading/types';

export const MailKind = z.enum(['human', 'auto-reply', 'bounce']);
export type MailKind = z.infer<typeof MailKind>;

export { Intent } from './reading/types';

export interface MailAddress {
  readonly address: string;
  readonly name: string | null;
}

export interface AttachmentInfo {
  readonly filename: string | null;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly disposition: 'attachment' | 'inline' | null;
  readonly contentId: string | null;
}

/** A raw message, parsed and normalized (mailparser's string-or-array quirks ironed out). */
export interface ParsedMail {
  readonly messageId: string | null;
  readonly from: MailAddress;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly deliveredTo: readonly string[];
  readonly replyTo: readonly MailAddress[];
  readonly subject: string;
  /** The Date header as an ISO instant, or null when absent or unreadable. */
  readonly date: string | null;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  /** Lower-cased header name → raw value(s) as text. */
  readonly headers: ReadonlyMap<string, string>;
  /** The top-level Content-Type, lower-cased, with its parameters. */
  readonly contentType: { readonly value: string; readonly params: Readonly<Record<string, string>> };
  readonly text: string | null;
  readonly html: string | null;
  /** Every part mailparser kept as an attachment, including DSN parts and embedded messages. */
  readonly parts: readonly (AttachmentInfo & { readonly content: Buffer })[];
  readonly sizeBytes: number;
}

export interface BounceInfo {
  readonly recipient: string | null;
  readonly status: string | null;
}

export interface Contact {
  readonly name: string | null;
  readonly email: string;
}

/** What a mail means: the output of {@link readMail} when the mail could be read. */
export interface MailReading {
  readonly outcome: 'read';
  readonly mail: ParsedMail;
  readonly kind: MailKind;
  readonly autoReplyReason: string | null;
  readonly bounce: BounceInfo | null;
  readonly replyText: string;
  readonly intent: Intent;
  /** How sure the reading is of `intent`, 0 to 1 (docs/mail-understanding.md#confidence). */
  readonly confidence: number;
  /** True when the system would not act on the reply alone: the PM decides. */
  readonly needsReview: boolean;
  /** A no that only says "not yet" (the yes or the answer still to come): nothing moves (docs/mail-understanding.md#not-yet). */
  readonly notYet?: boolean;
  /** The clauses that decided the intent, each with what it was read as. */
  readonly reasons: readonly string[];
  /** At a step that asks a yes or a no: the likeliest intent by the second reading, learned from labelled replies (docs/mail-understanding.md#second-reading). */
  readonly secondReading?: { readonly intent: Intent; readonly probability: number };
  /** The step's question the reply was read against (`open` when no step is known). */
  readonly question: StepQuestion;
  /** The reply asks for more than was agreed (a new feature), as a statement or a question. */
  readonly scope: boolean;
  /** The reply asks for something to be different (a date, a fee, a field). */
  readonly changes: boolean;
  /** Clauses that deliver something (not pending, negated or asked), and those that name something still to come. */
  readonly delivered: readonly string[];
  readonly pending: readonly string[];
  /** The languages the reply was read in. */
  readonly languages: readonly string[];
  /** The reply's clauses, kept so that the reading can be redone at another step without reading the text again. */
  readonly clauseReading: ClauseReading;
  /** What the mail around the reply says of it, kept like the clauses: the reading is redone at a step without the body scanned again. */
  readonly mailSignals: MailSignals;
  /** The launch day the reply gives, at the step's question (docs/mail-understanding.md#launch-date). */
  readonly launchDate: string | null;
  /**
   * A day named in no sentence about the launch, when none names one: the launch day where the step asks for it (the details'
   * confirmation), and none elsewhere.
   */
  readonly dayNamed?: string;
  readonly contacts: readonly Contact[];
  readonly attachments: readonly AttachmentInfo[];
}

export interface MailRejected {
  readonly outcome: 'rejected';
  readonly reason: string;
  readonly message: string;
}
