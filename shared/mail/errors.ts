/**
 * Named reasons a mail cannot be read at all (docs/decisions.md#named-reasons). The inbound path turns each into a
 * recorded rejection; `name` is what logs, metrics and the table of reasons (shared/lifecycle/reasons.ts) key on.
 */
export class MailRejection extends Error {
  override name = 'MailRejection';
}

/** No bytes, or nothing but white space. */
export class EmptyMailError extends MailRejection {
  override name = 'EmptyMailError';
}

/** Over MAX_RAW_MAIL_BYTES. */
export class MailTooLargeError extends MailRejection {
  override name = 'MailTooLargeError';
}

/** No header section, or MIME the parser cannot read. */
export class UnparseableMailError extends MailRejection {
  override name = 'UnparseableMailError';
}

/** No usable From address. */
export class MissingSenderError extends MailRejection {
  override name = 'MissingSenderError';
}

/** Over MAX_RECIPIENTS. */
export class TooManyRecipientsError extends MailRejection {
  override name = 'TooManyRecipientsError';
}

/** Over MAX_ATTACHMENTS. */
export class TooManyAttachmentsError extends MailRejection {
  override name = 'TooManyAttachmentsError';
}

/** MIME nesting over MAX_MIME_DEPTH. */
export class MimeTooDeepError extends MailRejection {
  override name = 'MimeTooDeepError';
}

export const REJECTION_REASONS = [
  'EmptyMailError',
  'MailTooLargeError',
  'UnparseableMailError',
  'MissingSenderError',
  'TooManyRecipientsError',
  'TooManyAttachmentsError',
  'MimeTooDeepError',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
