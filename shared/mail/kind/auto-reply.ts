import type { ParsedMail } from '../schemas';
import { ABSENCE, ABSENCE_DETAIL, ANSWERED_LATER, LEFT_COMPANY, LEFT_COMPANY_THIRD_PERSON, MAILBOX_CLOSED, namesSender, OFFICE_CLOSED } from './absence';
import { AUTO_HEADER_NAMES, AUTORESPONDER_MAILER, header, isMachineSender, localPart, NO_REPLY_LOCAL_PARTS, nullReturnPath } from './headers';
import { AUTOMATED_NOTICE, BULK_CONTEXT, BULK_UNSUBSCRIBE, DO_NOT_REPLY, TICKET_MARKER, TICKET_RECEIPT } from './notices';
import { AUTO_REPLY_SUBJECT_ANYWHERE, AUTO_REPLY_SUBJECT_START, SUBJECT_TAGS, TICKET_SUBJECT } from './subjects';
import { anyOf, freshText } from './text';

/** Automatic replies: RFC 3834 and the common header conventions, the subject, the sender, then the words of the mail. */

/**
 * Words of a person answering our mail: an absence notice that also approves or sends something
 * ("I'm out of the office until Monday, but approved") was written by the person, not the script.
 */
const ANSWERS_US =
  /\b(approve[ds]?|approval|go ahead|signed? off|attached|confirmed|genehmig\w*|freigegeben|freigabe|anbei|approuvée?s?|validée?s?|bon pour accord|ci-joint|aprobad[oa]s?|apruebo|adjunto|approvat[oa]|in allegato|goedgekeurd|akkoord|bijgevoegd|aprovad[oa]s?|em anexo)\b/i;

/**
 * A quoted mail below a reply: `>` lines, or the line a mail program writes above the mail it quotes (Outlook's is a block
 * of headers, "From: …" then "Sent: …", often under a rule of underscores).
 */
const QUOTES_THE_MAIL =
  /^>|^(?:On|Am|Le|El|Il|Op|Em) .{5,200}(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu):\s*$|^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}|^(?:From|Von|De|Da|Van):[^\n]+\n(?:Sent|Gesendet|Envoyé|Enviado|Inviato|Verzonden|Data|Date|Datum):/im;

/** A greeting to someone by name ("Hi Chris,"), not to whoever wrote ("Dear sender", "Hello,"). */
const GREETS_BY_NAME =
  /^\s*(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Hh]allo|[Ll]iebe[rs]?|[Bb]onjour|[Ss]alut|[Hh]ola|[Bb]uenos días|[Cc]iao|[Bb]uongiorno|[Oo]lá|[Bb]este|[Hh]oi|[Gg]oedemorgen)\s+(?!(?:Sender|Customer|Client|Sir|Madam|Colleague|All|Team|Friend|Valued|There|Everyone|Partner)s?\b)\p{Lu}\p{Ll}+\b/u;

/** What the words of the mail say it is, if it says it is a machine's. */
function textSignal(mail: ParsedMail, text: string): string | null {
  if (anyOf(LEFT_COMPANY, text) || anyOf(MAILBOX_CLOSED, text) || namesSender(mail, text, LEFT_COMPANY_THIRD_PERSON)) return 'text: the sender has left';
  // A machine says what it is at the top or at the foot of its mail; a person may quote one in between.
  const head = text.slice(0, 600);
  const ends = `${head}\n${text.slice(-600)}`;
  if (anyOf(TICKET_RECEIPT, text) && (TICKET_MARKER.test(text) || anyOf(AUTOMATED_NOTICE, ends) || DO_NOT_REPLY.test(text)))
    return 'text: ticket acknowledgement';
  if (anyOf(AUTOMATED_NOTICE, ends)) return 'text: automated notice';
  if (BULK_UNSUBSCRIBE.test(text) && BULK_CONTEXT.test(text)) return 'text: bulk mail';
  // The absence (near the top) and what goes with it (the return, the access to mail, whom to call).
  if (ANSWERS_US.test(text)) return null;
  // A person who tells of an absence in a reply greets someone by name or quotes the mail they answer; an absence script does neither.
  if (QUOTES_THE_MAIL.test(mail.text ?? '') || GREETS_BY_NAME.test(text)) return null;
  if (anyOf(ABSENCE, head) && anyOf(ABSENCE_DETAIL, text)) return 'text: out of office';
  if (OFFICE_CLOSED.test(head) && ANSWERED_LATER.test(text)) return 'text: office closed';
  return null;
}

/**
 * A marker a person typed before their reply's own subject ("Out of office from tomorrow - RE: [INT-1121] Ready to test"), not an
 * automatic one ("Out of Office: RE: …", "Automatic reply: …"): words after the marker, not a colon, then the reply's prefix,
 * in a mail that quotes the one it answers (an absence script does not).
 */
function typedBeforeReply(subject: string, mail: ParsedMail): boolean {
  const marker = AUTO_REPLY_SUBJECT_START.exec(subject)?.[0] ?? '';
  const rest = subject.slice(marker.length);
  return /^\s+[^:\s]/.test(rest) && REPLY_PREFIX_LATER.test(rest) && QUOTES_THE_MAIL.test(mail.text ?? '');
}
/** A reply's prefix after other words of the subject: " - RE: ", " – AW: ". */
const REPLY_PREFIX_LATER = /\s[-–—|]\s*(?:re|aw|sv|antw|r|rif|res|wg|tr|rv)\s?:/i;

/** Why the mail is automatic, or null when it is not (RFC 3834, the common conventions, then the words). */
export function autoReplySignal(mail: ParsedMail, text: string = freshText(mail)): string | null {
  const autoSubmitted = header(mail, 'auto-submitted');
  if (autoSubmitted && autoSubmitted.toLowerCase() !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  for (const name of AUTO_HEADER_NAMES) {
    const value = header(mail, name);
    if (value !== undefined) return `${name}: ${value}`;
  }
  const precedence = (header(mail, 'precedence') ?? header(mail, 'x-precedence'))?.toLowerCase();
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply', 'auto-reply'].includes(precedence)) return `Precedence: ${precedence}`;
  if (mail.contentType.value === 'multipart/report') return `report: ${mail.contentType.params['report-type'] ?? 'unknown'}`;
  // mailparser gathers List-Id, List-Unsubscribe… under one `list` key: mailing lists and newsletters.
  if (mail.headers.has('list') || mail.headers.has('list-id') || mail.headers.has('list-unsubscribe')) return 'List headers';
  // Only a marker at the very start counts: "Re: Vacation dates" is a person writing.
  const subject = mail.subject.replace(SUBJECT_TAGS, '');
  if ((AUTO_REPLY_SUBJECT_START.test(subject) && !typedBeforeReply(subject, mail)) || AUTO_REPLY_SUBJECT_ANYWHERE.test(subject))
    return `subject: ${mail.subject}`;
  if (isMachineSender(mail) || NO_REPLY_LOCAL_PARTS.test(localPart(mail.from.address))) return `sender: ${mail.from.address}`;
  const suppress = header(mail, 'x-auto-response-suppress');
  if (suppress !== undefined) return `X-Auto-Response-Suppress: ${suppress}`;
  if (nullReturnPath(mail)) return `Return-Path: ${header(mail, 'return-path') || '<>'}`;
  const mailer = header(mail, 'x-mailer');
  if (mailer && AUTORESPONDER_MAILER.test(mailer)) return `X-Mailer: ${mailer}`;
  if (TICKET_SUBJECT.test(subject) && !/^(re|aw|sv|antw|r|rif|res|fw|fwd|wg|tr|rv)\s?:/i.test(subject)) return `subject: ${mail.subject}`;
  return textSignal(mail, text);
}
