import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { RenderedNotice } from '../../notices/types';
import type { OutboundMail } from '../ports';

export interface Composition {
  readonly fromName: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly replyTo: string;
  readonly notice: RenderedNotice;
  readonly date: string;
  /** Threading: the previous mail of this conversation. */
  readonly inReplyTo?: string;
  /** An iCalendar REQUEST to carry as the invitation (text/calendar alternative). */
  readonly calendar?: string;
  /** Files carried along (a forwarded mail as `message/rfc822`). */
  readonly attachments?: readonly { readonly filename: string; readonly content: Buffer; readonly contentType: string }[];
  /** RFC 3834: `auto-replied` for an automatic answer to a mail, else `auto-generated`. */
  readonly autoSubmitted?: 'auto-generated' | 'auto-replied';
  /** A Message-ID decided beforehand (an outbox entry's, so a second send is the same mail); else a random one. */
  readonly messageId?: string;
}

/**
 * Builds the raw MIME of a notice (text and HTML alternatives) with nodemailer's composer. Automated
 * mail says so (RFC 3834 `Auto-Submitted: auto-generated`) so well-behaved auto-responders stay quiet.
 */
export async function composeNotice(composition: Composition): Promise<OutboundMail> {
  const domain = composition.from.split('@')[1] ?? 'localhost';
  const messageId = composition.messageId ?? `<${randomUUID()}@${domain}>`;
  const subject = composition.notice.subject.replace(/[\r\n]+/g, ' ');
  const raw = await new MailComposer({
    from: { name: composition.fromName.replace(/[\r\n"]+/g, ' '), address: composition.from },
    to: [...composition.to],
    cc: composition.cc ? [...composition.cc] : undefined,
    replyTo: composition.replyTo,
    subject,
    text: composition.notice.text,
    html: composition.notice.html,
    messageId,
    date: new Date(composition.date),
    inReplyTo: composition.inReplyTo,
    references: composition.inReplyTo ? [composition.inReplyTo] : undefined,
    ...(composition.calendar ? { icalEvent: { method: 'REQUEST', filename: 'invite.ics', content: composition.calendar } } : {}),
    ...(composition.attachments ? { attachments: composition.attachments.map((a) => ({ ...a, contentDisposition: 'attachment' as const })) } : {}),
    headers: { 'Auto-Submitted': composition.autoSubmitted ?? 'auto-generated', 'X-Auto-Response-Suppress': 'OOF, AutoReply' },
  })
    .compile()
    .build();
  return { messageId, from: composition.from, to: [...composition.to, ...(composition.cc ?? [])], replyTo: composition.replyTo, subject, raw };
}
