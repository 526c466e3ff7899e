/**
 * Every way a mail (or a staff action by mail) can end without being acted on, in one table: who
 * is told, and what it means. The inbound path records the reason's name on the mail log and in
 * its result; `pm` sends the project's staff the `not-acted-on` notice; `team` keeps the mail in
 * the inbox and forwards it to the team address; `nobody` records it only (there is no project to
 * tell, or telling would answer a machine). No one outside the vendor is told why a mail was turned
 * away: a turned-away mail is often forged, a bounce or an auto-reply
 * (docs/decisions.md#inbound-hostile); only authenticated staff get an answer to a form they sent,
 * and a person whose mail found no project gets at most one receipt a day, saying a person will look.
 */
export interface Reason {
  /**
   * Who is told: the project's staff (`pm`); the staff member who sent it, once (`sender`: only
   * for staff mail with no project yet, authenticated); the team, by the inbox and a forward to the
   * team address (`team`: mail that found no project); or nobody (the logs only).
   */
  readonly tell: 'pm' | 'sender' | 'team' | 'nobody';
  /** What the reason means, in the words of docs/reasons.md. */
  readonly meaning: string;
}

export const REASONS = {
  // The mail cannot be read at all (shared/mail/errors.ts): no project is known.
  EmptyMailError: { tell: 'nobody', meaning: 'the mail has no bytes, or only white space' },
  MailTooLargeError: { tell: 'nobody', meaning: 'the raw mail is over the size limit' },
  UnparseableMailError: { tell: 'nobody', meaning: 'no header section, or MIME the parser cannot read' },
  MissingSenderError: { tell: 'nobody', meaning: 'no usable From address' },
  TooManyRecipientsError: { tell: 'nobody', meaning: 'more recipients than any reply has' },
  TooManyAttachmentsError: { tell: 'nobody', meaning: 'more attachments than the limit' },
  MimeTooDeepError: { tell: 'nobody', meaning: 'MIME parts nested deeper than the limit' },
  // Before the project is read.
  VirusFoundError: { tell: 'nobody', meaning: "SES's virus scan failed the mail: dropped before any database read" },
  ForgedReplyKeyError: { tell: 'nobody', meaning: 'the reply key in the address does not verify: refused, never guessed around' },
  UncorrelatedMailError: {
    tell: 'nobody',
    meaning: 'no reply key, no known Message-ID and no [INT-…] subject tag: the sender is looked up next, and failing that the mail is UnmatchedMailError',
  },
  UnmatchedMailError: {
    tell: 'team',
    meaning:
      'the mail found no project (nothing to correlate it by, and its sender is an active party of no active project, or of several): kept in the inbox for staff to assign',
  },
  UnknownProjectError: { tell: 'nobody', meaning: 'the mail names a project that does not exist' },
  DuplicateMessageError: { tell: 'nobody', meaning: 'the same Message-ID was already processed (a redelivery)' },
  DeadLetteredError: { tell: 'nobody', meaning: 'processing failed every attempt: the raw mail waits in the dead letters' },
  // Read against the project.
  AuthenticationFailedError: { tell: 'pm', meaning: 'DMARC failed, or neither SPF nor DKIM passed: the From address may be forged' },
  SpamError: { tell: 'pm', meaning: "SES's spam verdict failed the mail" },
  StepClosedError: { tell: 'pm', meaning: 'a decision replied to a step that is already closed' },
  SupersededReplyError: { tell: 'pm', meaning: 'another reply decided the same step first' },
  SenderNotAllowedError: { tell: 'pm', meaning: 'the sender may not act at this step (not the client POC, not a party, not an approver)' },
  UnprovenDecisionError: {
    tell: 'pm',
    meaning:
      'a decision matched only by the [INT-…] subject tag or by its sender’s address, from a domain without a DMARC pass: nothing shows the sender saw the notice, so the PM decides',
  },
  BounceReceivedError: { tell: 'pm', meaning: 'a notice could not be delivered' },
  ComplaintReceivedError: { tell: 'pm', meaning: 'a recipient marked a notice as spam' },
  AutoReplyIgnoredError: { tell: 'nobody', meaning: 'an automatic reply (out of office, auto-responder) is never an answer' },
  CredentialsByMailError: { tell: 'pm', meaning: 'credentials were sent by mail: refused, not forwarded, to be replaced' },
  NoStaffCommandError: { tell: 'nobody', meaning: "a staff mail's first line is not a command" },
  StaffActionRefusedError: { tell: 'pm', meaning: "the project's state does not allow the staff command now" },
  UnauthenticatedCommandError: {
    tell: 'pm',
    meaning: 'a staff command by mail without a DMARC or DKIM pass: a command in a staff name was not proven, so it was not obeyed',
  },
  NoFeasibleLaunchError: { tell: 'pm', meaning: 'no launch date within the search horizon fits the lead time and the queue' },
  UnverifiedRecipientError: { tell: 'pm', meaning: 'credentials were not sent to an address that is not verified' },
  // A NEW PROJECT form (shared/lifecycle/new-project-form.ts).
  NewProjectNotAllowedError: { tell: 'nobody', meaning: 'a NEW PROJECT form from an address outside the staff domains, or without a DMARC pass' },
  InvalidProjectFormError: { tell: 'sender', meaning: 'a NEW PROJECT form with fields missing or wrong: the staff sender is answered once, naming each' },
} as const satisfies Readonly<Record<string, Reason>>;

export type ReasonName = keyof typeof REASONS;

/** Whether `name` is a reason of the table (a rejection's name read from an error). */
export function isReason(name: string): name is ReasonName {
  return Object.hasOwn(REASONS, name);
}

/** Thrown when code names a reason the table does not have: a new reason is added to the table first. */
export class UnknownReasonError extends Error {
  override name = 'UnknownReasonError';
}

/** A reason's name from an error or a rejection, checked against the table. */
export function reasonNamed(name: string): ReasonName {
  if (!isReason(name)) throw new UnknownReasonError(`"${name}" is not in the table of reasons (shared/lifecycle/reasons.ts)`);
  return name;
}
