import { createHash } from 'node:crypto';
import type { MailReading } from '../../mail/schemas';
import { list, para, quote, renderBlocks } from '../../notices/blocks';
import type { UnmatchedMail } from '../../project/schemas';
import type { ServiceConfig } from '../config';
import { verdictRefusal, type Verdicts } from '../decide';
import type { LifecyclePorts } from '../ports';
import type { ReasonName } from '../reasons';
import { composeNotice } from './compose';

/*
 * Mail that finds no project (docs/reasons.md, UnmatchedMailError): no reply key, no thread, no
 * [INT-…] tag, and a sender who is an active party of no active project (or of several). Nobody
 * guesses: the mail is kept in the inbox for staff (`integrations inbox`, `GET /inbox`), the team
 * address gets it forwarded once, and a person who wrote gets at most one receipt a day saying a
 * person will look. Staff then give it to a project (`integrations assign`, service/assign.ts).
 */

/** The inbox id of a mail: `MAIL-` and 12 hex digits of its Message-ID's SHA-256, so a redelivery finds it again. */
export function unmatchedMailId(messageId: string): string {
  return `MAIL-${createHash('sha256').update(messageId).digest('hex').slice(0, 12).toUpperCase()}`;
}

/** Local parts that take no answer: no-reply senders, mail daemons, bounce handlers. */
const NO_REPLY = /(^|[._+-])(no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounces?)($|[._+-])/i;

/** Whether an address says it takes no replies (noreply@, do-not-reply@, mailer-daemon@, bounces+…@). */
export function isNoReplyAddress(address: string): boolean {
  return NO_REPLY.test(address.split('@')[0] ?? '');
}

/** The service's own addresses (its address, any reply-key address of it) and the team's: never answered nor forwarded back. */
function ownAddress(config: ServiceConfig, address: string): boolean {
  const [local = '', domain = ''] = config.serviceAddress.toLowerCase().split('@');
  const lower = address.toLowerCase();
  return lower === config.teamAddress?.toLowerCase() || lower === `${local}@${domain}` || (lower.startsWith(`${local}+`) && lower.endsWith(`@${domain}`));
}

/** Why the sender gets no receipt, or undefined when they may get one (at most once a day). */
function noReceiptBecause(config: ServiceConfig, reading: MailReading, verdicts: Verdicts): string | undefined {
  const from = reading.mail.from.address.toLowerCase();
  if (reading.kind === 'bounce') return 'a bounce';
  if (reading.kind === 'auto-reply') return `an automatic reply (${reading.autoReplyReason ?? 'auto'})`;
  const refusal = verdictRefusal(verdicts);
  if (refusal) return refusal.name === 'SpamError' ? 'SES called it spam' : 'its sender is not authenticated (the From address may be forged)';
  if (isNoReplyAddress(from)) return `${from} takes no replies`;
  if (ownAddress(config, from)) return 'the service’s own address';
  if (config.staffDomains.includes(from.split('@')[1] ?? '')) return 'staff are told by the forward';
  return undefined;
}

/** What became of a mail that found no project. */
export interface UnmatchedResult {
  readonly actedOn: false;
  readonly reason: ReasonName;
  readonly readAs: string;
  readonly mailId: string;
}

/** What the inbound path knows of the mail it keeps. */
export interface UnmatchedArrival {
  readonly raw: Buffer;
  readonly rawRef: string;
  readonly verdicts: Verdicts;
}

/**
 * Keeps a mail that found no project: stored once by its Message-ID (a redelivery finds it and
 * does nothing more), its sender answered at most once a day, the team address sent it once.
 * The receipt is claimed before it is sent (at most one a day, never two); the forward is sent and
 * then marked (a crash in between forwards again on the redelivery, never not at all).
 */
export async function keepUnmatched(
  ports: LifecyclePorts,
  reading: MailReading,
  arrival: UnmatchedArrival,
  messageId: string,
  candidates: readonly string[],
): Promise<UnmatchedResult> {
  const at = ports.clock.now();
  const from = reading.mail.from.address.toLowerCase();
  const mailId = unmatchedMailId(messageId);
  const explanation =
    candidates.length > 1
      ? `It answers no notice and carries no [INT-…] tag, and ${from} is an active party of ${candidates.length} active projects (${candidates.join(', ')}): a person picks.`
      : `It answers no notice and carries no [INT-…] tag, and ${from} is an active party of no active project.`;
  const { mail: kept, created } = await ports.store.putUnmatched({
    mailId,
    messageId,
    rawRef: arrival.rawRef,
    receivedAt: at,
    from,
    to: reading.mail.to.map((a) => a.address),
    subject: reading.mail.subject,
    kind: reading.kind,
    intent: reading.intent,
    reason: 'UnmatchedMailError',
    explanation,
    candidates: candidates.length > 1 ? [...candidates] : [],
    verdicts: { ...arrival.verdicts },
  });
  // The team's own mail (or the service's, come back) is kept but never sent to the team again: no loop.
  const team = ports.config.teamAddress && !ownAddress(ports.config, from) ? ports.config.teamAddress : undefined;
  if (!created && (kept.forwardedAt !== undefined || team === undefined || kept.assigned !== undefined))
    return { actedOn: false, reason: 'DuplicateMessageError', readAs: `already kept as ${mailId}`, mailId };

  const noReceipt = noReceiptBecause(ports.config, reading, arrival.verdicts);
  let answeredAt: string | undefined;
  let answered: string;
  if (noReceipt) answered = `not answered: ${noReceipt}`;
  else if (await ports.store.claimDailyAnswer(from, at.slice(0, 10), mailId)) {
    await sendReceipt(ports, reading, messageId);
    answeredAt = at;
    answered = 'the sender was told a person will look';
  } else answered = 'not answered: the sender was already answered today';

  let forwardedAt: string | undefined;
  if (team) {
    await forwardToTeam(ports, kept, reading, arrival.raw, team, answered);
    forwardedAt = at;
  }
  await ports.store.markUnmatched(mailId, { forwardedAt, answeredAt });
  const told = team ? `forwarded to ${team}` : 'no team address to forward to';
  return { actedOn: false, reason: 'UnmatchedMailError', readAs: `no project: kept as ${mailId} for staff; ${told}; ${answered}`, mailId };
}

/** The one receipt a day: the mail arrived, found no project by itself, and a person will look. Never says more. */
async function sendReceipt(ports: LifecyclePorts, reading: MailReading, messageId: string): Promise<void> {
  const original = reading.mail.subject.trim();
  const subject = original ? (/^re:/i.test(original) ? original : `Re: ${original}`) : 'We received your mail';
  const blocks = [
    para('Thank you for your mail. We received it, and a person on our team will look at it and get back to you.'),
    para('If it is about an integration project of ours, replying to one of the project’s own mails helps us find it at once.'),
    para(`— ${ports.config.teamName}`),
  ];
  const mail = await composeNotice({
    fromName: ports.config.teamName,
    from: ports.config.serviceAddress,
    to: [reading.mail.from.address.toLowerCase()],
    replyTo: ports.config.serviceAddress,
    notice: renderBlocks(subject, blocks),
    date: ports.clock.now(),
    inReplyTo: messageId,
    autoSubmitted: 'auto-replied',
  });
  await ports.mailer.send(mail);
}

/** The team's copy: who wrote, why it found no project, how to give it to one, their words, and the original attached. */
async function forwardToTeam(ports: LifecyclePorts, kept: UnmatchedMail, reading: MailReading, raw: Buffer, team: string, answered: string): Promise<void> {
  const subject = `Unmatched mail ${kept.mailId}: ${kept.subject.trim() || '(no subject)'}`;
  const warning = verdictRefusal(kept.verdicts);
  const words = reading.replyText.trim() || reading.mail.text?.trim() || '';
  const blocks = [
    para(`A mail to ${ports.config.serviceAddress} found no project. It is kept as ${kept.mailId} until someone gives it to one.`),
    list([
      `From: ${kept.from}`,
      `Received: ${kept.receivedAt}`,
      `Subject: ${kept.subject || '(none)'}`,
      `Read as: ${reading.kind === 'human' ? reading.intent : reading.kind}`,
      `Sender: ${answered}`,
    ]),
    para(kept.explanation),
    ...(warning ? [para(`Careful: ${warning.explanation}`)] : []),
    para(
      `To give it to a project (it is then read there as a reply from ${kept.from}): integrations assign ${kept.mailId} INT-…  ·  Every mail waiting: integrations inbox`,
    ),
    ...(words ? [quote(words)] : []),
    para('The original mail is attached.'),
  ];
  const mail = await composeNotice({
    fromName: ports.config.teamName,
    from: ports.config.serviceAddress,
    to: [team],
    // A person answering the forward answers whoever wrote, unless that was a machine.
    replyTo: reading.kind === 'human' && !isNoReplyAddress(kept.from) ? kept.from : team,
    notice: renderBlocks(subject, blocks),
    date: ports.clock.now(),
    attachments: [{ filename: `${kept.mailId}.eml`, content: raw, contentType: 'message/rfc822' }],
  });
  await ports.mailer.send(mail);
}
