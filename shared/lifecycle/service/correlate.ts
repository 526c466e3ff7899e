import type { MailReading } from '../../mail/schemas';
import type { CorrelationStore } from '../../project/ports';
import type { ServiceConfig } from '../config';
import type { ReasonName } from '../reasons';
import { keyFromAddress, verifyReplyKey } from '../reply-key';
import type { StepId } from '../steps';

export type Correlation =
  | { readonly found: true; readonly projectId: string; readonly step?: StepId; readonly via: 'reply-key' | 'in-reply-to' | 'subject-tag' | 'bounced-original' }
  | { readonly found: false; readonly reason: Extract<ReasonName, 'ForgedReplyKeyError' | 'UncorrelatedMailError'>; readonly explanation: string };

const SUBJECT_TAG = /\[(INT-\d{4,})\]/i;
const EMBEDDED_MESSAGE_ID = /^message-id:\s*(<[^<>\s]+>)/im;

/**
 * Which project (and step) a mail is about, in the order of docs/decisions.md#reply-key: the signed reply key, then
 * In-Reply-To/References against stored outbound Message-IDs, then the subject tag. A key whose MAC
 * does not verify is refused outright rather than passed to the weaker fallbacks.
 */
export async function correlate(
  reading: MailReading,
  envelopeRecipients: readonly string[],
  store: CorrelationStore,
  config: ServiceConfig,
): Promise<Correlation> {
  const addresses = [...envelopeRecipients, ...reading.mail.to.map((a) => a.address), ...reading.mail.cc.map((a) => a.address), ...reading.mail.deliveredTo];
  for (const address of addresses) {
    const key = keyFromAddress(address, config.serviceAddress);
    if (key === undefined) continue;
    const verdict = verifyReplyKey(key, config.replyKeys);
    if (!verdict.ok) return { found: false, reason: 'ForgedReplyKeyError', explanation: `the reply key in ${address} does not verify (${verdict.why})` };
    return { found: true, projectId: verdict.key.projectId, step: verdict.key.step, via: 'reply-key' };
  }
  for (const messageId of [reading.mail.inReplyTo, ...[...reading.mail.references].reverse()]) {
    if (!messageId) continue;
    const ref = await store.getOutbound(messageId);
    if (ref) return { found: true, projectId: ref.projectId, via: 'in-reply-to' };
  }
  if (reading.kind === 'bounce') {
    for (const part of reading.mail.parts) {
      const original = EMBEDDED_MESSAGE_ID.exec(part.content.toString('utf8'))?.[1];
      const ref = original ? await store.getOutbound(original) : undefined;
      if (ref) return { found: true, projectId: ref.projectId, via: 'bounced-original' };
    }
  }
  const tag = SUBJECT_TAG.exec(reading.mail.subject)?.[1];
  if (tag) return { found: true, projectId: tag.toUpperCase(), via: 'subject-tag' };
  return {
    found: false,
    reason: 'UncorrelatedMailError',
    explanation: 'no reply key, no known Message-ID in In-Reply-To or References, and no [INT-…] tag in the subject',
  };
}
