import type { MailReading } from '../../mail/schemas';
import type { MailRecord } from '../../project/schemas';
import type { ReasonName } from '../reasons';

/** How an inbound mail joins a project's mail log: who wrote what, and how it was read (with its reason when not acted on). */
export function inboundMailRecord(
  reading: MailReading,
  entry: {
    readonly projectId: string;
    readonly messageId: string;
    readonly at: string;
    readonly summary: string;
    readonly rejectedFor?: ReasonName;
    readonly rawRef?: string;
  },
): MailRecord {
  return {
    projectId: entry.projectId,
    direction: 'in',
    messageId: entry.messageId,
    at: entry.at,
    from: reading.mail.from.address,
    to: reading.mail.to.map((a) => a.address),
    cc: reading.mail.cc.map((a) => a.address),
    subject: reading.mail.subject,
    readAs: {
      kind: reading.kind,
      intent: reading.intent,
      ...(entry.rejectedFor ? { rejectedFor: entry.rejectedFor } : {}),
      summary: entry.summary,
      confidence: reading.confidence,
      needsReview: reading.needsReview,
      reasons: [...reading.reasons],
    },
    ...(entry.rawRef ? { rawRef: entry.rawRef } : {}),
    ...(reading.mail.inReplyTo ? { inReplyTo: reading.mail.inReplyTo } : {}),
  };
}
