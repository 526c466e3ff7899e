import type { MailReading } from '../../mail/schemas';
import type { CorrelationStore, ProjectStore } from '../../project/ports';
import { FINISHED_PHASES } from '../../project/ports';
import { PROJECT_ID_SHAPE } from '../../project/project-id';
import type { Project } from '../../project/schemas';
import type { ServiceConfig } from '../config';
import type { CorrelatedVia } from '../decide';
import type { ReasonName } from '../reasons';
import { keyFromAddress, verifyReplyKey } from '../reply-key';
import type { StepId } from '../steps';

export type Correlation =
  | { readonly found: true; readonly projectId: string; readonly step?: StepId; readonly via: CorrelatedVia }
  | { readonly found: false; readonly reason: Extract<ReasonName, 'ForgedReplyKeyError' | 'UncorrelatedMailError'>; readonly explanation: string };

const SUBJECT_TAG = new RegExp(String.raw`\[(${PROJECT_ID_SHAPE})\]`, 'i');
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

/** What the sender of a mail that correlates to nothing is: a party of one active project (its record), or of none or several. */
export type SenderMatch = { readonly found: true; readonly project: Project } | { readonly found: false; readonly candidates: readonly string[] };

/** Links read per address before a sender counts as a party of too many projects to pick one. */
const MAX_SENDER_CANDIDATES = 5;

/**
 * A fresh mail (no reply key, no thread, no tag) from an active party of exactly one active project
 * is read in that project, as a reply would be (`via: 'sender'`, which proves nothing of a decision:
 * decide.ts). The address's links (one Query) name the candidates; each is checked against its
 * record, so a link that lags its record never sends mail to the wrong project.
 */
export async function correlateBySender(reading: MailReading, store: ProjectStore): Promise<SenderMatch> {
  const address = reading.mail.from.address.toLowerCase();
  const linked = (await store.projectsOfParty(address)).filter((link) => link.active);
  if (linked.length === 0 || linked.length > MAX_SENDER_CANDIDATES) return { found: false, candidates: linked.map((l) => l.projectId) };
  const records = await Promise.all(linked.map((link) => store.get(link.projectId)));
  const projects = records.filter(
    (p): p is Project => p !== undefined && !FINISHED_PHASES.has(p.phase) && p.parties.some((party) => party.active && party.email.toLowerCase() === address),
  );
  const [only] = projects;
  return projects.length === 1 && only ? { found: true, project: only } : { found: false, candidates: projects.map((p) => p.id) };
}
