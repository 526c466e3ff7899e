import type { MailReading } from '../mail/schemas';
import type { Project } from '../project/schemas';
import { processOf } from '../processes/registry';
import type { ReplyContext } from '../processes/types';
import { notActed, quotedMail, type Outcome } from './outcome';

export type { ReplyContext } from '../processes/types';

/**
 * Applies a reply to the record: a bounce or an automatic reply is recorded, never read as an
 * answer; any other reply is read by the project's process at the step it is at (or the one its
 * reply key names). Pure: returns the new record, the notices to send and how the mail was read.
 */
export function applyClientReply(project: Project, reading: MailReading, context: ReplyContext): Outcome {
  const quoted = quotedMail(reading, context.at);
  if (reading.kind === 'bounce') {
    return notActed(
      project,
      `bounce (${reading.bounce?.recipient ?? 'unknown recipient'} ${reading.bounce?.status ?? ''})`.trim(),
      'BounceReceivedError',
      `A notice could not be delivered to ${reading.bounce?.recipient ?? 'a recipient'} (status ${reading.bounce?.status ?? 'unknown'}).`,
      quoted,
    );
  }
  if (reading.kind === 'auto-reply') {
    // Never answered, never read as the client's answer (docs/decisions.md); recorded in the mail log only.
    return notActed(project, `automatic reply (${reading.autoReplyReason ?? 'auto'})`, 'AutoReplyIgnoredError', 'An automatic reply is not an answer.');
  }
  return processOf(project).readReply(project, reading, context);
}
