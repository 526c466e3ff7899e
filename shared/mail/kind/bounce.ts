import { bodyText } from '../body';
import type { BounceInfo, ParsedMail } from '../schemas';
import { header, isMachineSender, isReport, localPart, MACHINE_LOCAL_PARTS, nullReturnPath } from './headers';
import { AUTOMATED_NOTICE, BOUNCE_BODY, DO_NOT_REPLY } from './notices';
import { BOUNCE_SUBJECT_ANYWHERE, BOUNCE_SUBJECT_START, SUBJECT_TAGS } from './subjects';
import { anyOf } from './text';

/** Delivery failure reports: DSNs, mail servers' and gateways' bounces, and the failed recipient and status code they give. */

/** True when a delivery-status report only says the mail arrived (a delivery receipt, not a failure). */
function onlyDelivered(mail: ParsedMail): boolean {
  const dsn = deliveryStatusText(mail);
  if (!dsn) return false;
  const actions = [...dsn.matchAll(/^action:\s*([a-z]+)/gim)].map((m) => m[1]?.toLowerCase());
  return actions.length > 0 && actions.every((action) => action === 'delivered' || action === 'relayed' || action === 'expanded');
}

/** Why the mail is a delivery failure report, or null. */
export function bounceSignal(mail: ParsedMail, text: string): string | null {
  if (isReport(mail, 'delivery-status')) return onlyDelivered(mail) ? null : 'report: delivery-status';
  if (header(mail, 'x-failed-recipients') !== undefined) return 'X-Failed-Recipients';
  const subject = mail.subject.replace(SUBJECT_TAGS, '');
  const subjectSays = BOUNCE_SUBJECT_START.test(subject);
  const bodySays = anyOf(BOUNCE_BODY, text);
  // A mail server or a null sender: a bounce subject anywhere, or a failure in the text.
  if ((isMachineSender(mail) || nullReturnPath(mail)) && (BOUNCE_SUBJECT_ANYWHERE.test(subject) || bodySays)) return 'sender: mail system';
  const autoSubmitted = header(mail, 'auto-submitted');
  const automatic = (autoSubmitted !== undefined && autoSubmitted.toLowerCase() !== 'no') || header(mail, 'x-auto-response-suppress') !== undefined;
  if (subjectSays && (automatic || bodySays)) return 'subject: delivery failure';
  // A gateway or a helpdesk relaying a failure in its own words: the failure and the machine's own say-so.
  if (bodySays && (anyOf(AUTOMATED_NOTICE, text) || DO_NOT_REPLY.test(text))) return 'text: delivery failure';
  return null;
}

function deliveryStatusText(mail: ParsedMail): string | undefined {
  const part = mail.parts.find((p) => p.contentType === 'message/delivery-status' || p.contentType === 'message/global-delivery-status');
  return part?.content.toString('utf8');
}

function dsnField(text: string, field: string): string | undefined {
  const match = new RegExp(`^${field}:\\s*(?:[a-z0-9-]+\\s*;\\s*)?(.+)$`, 'im').exec(text);
  return match?.[1]?.trim();
}

/** An enhanced mail system status code (RFC 3463): "5.1.1", "4.2.2". */
const STATUS_CODE = /\b([45]\.\d{1,3}\.\d{1,3})\b/;
/** Mail addresses in a bounce's headers and text. */
const ADDRESS = /[^\s<>()"',;:[\]]+@[^\s<>()"',;:[\]]+\.[a-z]{2,}/gi;

/** The failed recipient and status code of a bounce. */
export function bounceInfo(mail: ParsedMail): BounceInfo {
  const dsn = deliveryStatusText(mail);
  if (dsn) {
    const recipient = dsnField(dsn, 'Final-Recipient') ?? dsnField(dsn, 'Original-Recipient');
    const status = dsnField(dsn, 'Status');
    return {
      recipient: recipient?.replace(/^<|>$/g, '').toLowerCase() ?? null,
      status: status ? (STATUS_CODE.exec(status)?.[1] ?? status) : null,
    };
  }
  const body = bodyText(mail);
  const sender = mail.from.address;
  const failed = header(mail, 'x-failed-recipients')?.match(ADDRESS)?.[0]?.toLowerCase();
  const recipient =
    failed ??
    (body.match(ADDRESS) ?? []).map((address) => address.toLowerCase()).find((address) => address !== sender && !MACHINE_LOCAL_PARTS.test(localPart(address)));
  return { recipient: recipient ?? null, status: STATUS_CODE.exec(body)?.[1] ?? null };
}
