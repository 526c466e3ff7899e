import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { randomUUID } from 'node:crypto';

/** An outbound notice as a client's mail program sees it in the inbox. */
export interface ReceivedNotice {
  readonly messageId: string;
  readonly replyTo: string;
  readonly subject: string;
  readonly text: string;
  readonly date: string;
  readonly fromName: string;
  readonly from: string;
}

/** The newest notice in the outbox sent to `address` about `projectId` (by its subject tag). */
export async function latestNoticeTo(
  outboxDir: string,
  address: string,
  projectId: string,
  recent?: ReadonlyMap<string, Buffer>,
): Promise<ReceivedNotice | undefined> {
  // The runner remembers the newest notice per recipient and project; the folder is read only after a restart.
  const remembered = recent?.get(noticeKey(address, projectId));
  const files = remembered
    ? []
    : (await readdir(outboxDir).catch(() => [] as string[]))
        .filter((f) => f.endsWith('.eml'))
        .sort()
        .reverse();
  for (const source of remembered ? [remembered] : files) {
    const parsed = await simpleParser(typeof source === 'string' ? await readFile(join(outboxDir, source)) : source);
    const to = [parsed.to]
      .flat()
      .flatMap((a) => a?.value ?? [])
      .map((a) => a.address?.toLowerCase());
    if (!to.includes(address.toLowerCase()) || !parsed.subject?.includes(`[${projectId}]`)) continue;
    return {
      messageId: parsed.messageId ?? '',
      replyTo: parsed.replyTo?.value[0]?.address ?? '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      date: (parsed.date ?? new Date()).toISOString(),
      fromName: parsed.from?.value[0]?.name ?? '',
      from: parsed.from?.value[0]?.address ?? '',
    };
  }
  return undefined;
}

/** The key under which a runner remembers the newest notice to an address about a project. */
export function noticeKey(address: string, projectId: string): string {
  return `${address.toLowerCase()} ${projectId}`;
}

export interface ReplySpec {
  readonly from: string;
  readonly text: string;
  readonly at: string;
  readonly attachments: readonly { filename: string; content: string; contentType?: string }[];
  /** An out-of-office answer instead of a person's reply. */
  readonly autoReply: boolean;
}

/**
 * A reply as a mail client writes it: Re: subject, In-Reply-To and References, sent to the
 * notice's Reply-To, the new text above the quoted notice (Gmail's "On … wrote:" form).
 */
export async function composeReply(notice: ReceivedNotice, reply: ReplySpec): Promise<{ raw: Buffer; to: string; messageId: string }> {
  const domain = reply.from.split('@')[1] ?? 'client.example';
  const messageId = `<${randomUUID()}@${domain}>`;
  const quoted = notice.text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  const attribution = `On ${new Date(notice.date).toUTCString()} ${notice.fromName} <${notice.from}> wrote:`;
  const raw = await new MailComposer({
    from: reply.from,
    to: notice.replyTo,
    subject: reply.autoReply ? `Automatic reply: ${notice.subject}` : `Re: ${notice.subject}`,
    messageId,
    date: new Date(reply.at),
    inReplyTo: notice.messageId,
    references: [notice.messageId],
    text: `${reply.text}\n\n${attribution}\n${quoted}\n`,
    attachments: reply.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    headers: reply.autoReply ? { 'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes' } : {},
  })
    .compile()
    .build();
  return { raw, to: notice.replyTo, messageId };
}

export interface FreshMailSpec {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly at: string;
  readonly attachments: readonly { filename: string; content: string; contentType?: string }[];
  /** An out-of-office answer instead of a person's mail. */
  readonly autoReply: boolean;
}

/** A new mail, as a person writes one to the service address: no In-Reply-To, no References, no reply key. */
export async function composeMail(spec: FreshMailSpec): Promise<{ raw: Buffer; to: string; messageId: string }> {
  const domain = spec.from.split('@')[1] ?? 'client.example';
  const messageId = `<${randomUUID()}@${domain}>`;
  const raw = await new MailComposer({
    from: spec.from,
    to: spec.to,
    subject: spec.subject,
    messageId,
    date: new Date(spec.at),
    text: `${spec.text}\n`,
    attachments: spec.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    headers: spec.autoReply ? { 'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes' } : {},
  })
    .compile()
    .build();
  return { raw, to: spec.to, messageId };
}
