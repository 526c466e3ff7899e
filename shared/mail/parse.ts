import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type HeaderValue, type ParsedMail as RawParsedMail, type SimpleParserOptions } from 'mailparser';
import {
  EmptyMailError,
  MailTooLargeError,
  MimeTooDeepError,
  MissingSenderError,
  TooManyAttachmentsError,
  TooManyRecipientsError,
  UnparseableMailError,
} from './errors';
import { MAX_ATTACHMENTS, MAX_MIME_DEPTH, MAX_MIME_PARTS, MAX_RAW_MAIL_BYTES, MAX_RECIPIENTS } from './limits';
import type { MailAddress, ParsedMail } from './schemas';
import { mimeDepth } from './structure';

export interface ParseLimits {
  readonly maxRawBytes?: number;
  readonly maxRecipients?: number;
  readonly maxAttachments?: number;
  readonly maxMimeDepth?: number;
}

/**
 * How mailparser is asked to read: delivery-status parts kept as parts (the bounce reader needs
 * them), embedded messages left unparsed (a forward is an attachment, and nesting costs nothing),
 * and none of the HTML/link work the inbound path never uses.
 */
export const MAILPARSER_OPTIONS = {
  keepDeliveryStatus: true,
  ignoreEmbedded: true,
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  skipImageLinks: true,
  keepCidLinks: true,
  checksumAlgo: 'sha256',
  maxChildNodes: MAX_MIME_PARTS,
} as const satisfies SimpleParserOptions;

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

/** A name that is a whole address with its display name: "Lucía Fernández <lfernandez@ifema.example>". */
const ENCODED_WHOLE = /^\s*"?([^<>"]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/;

function addresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const result: MailAddress[] = [];
  const visit = (entries: AddressObject['value']) => {
    for (const entry of entries) {
      if (entry.group) visit(entry.group);
      // A mailer that encoded the whole "Name <address>" as one encoded-word ("=?utf-8?q?Luc=C3=ADa_Fern=C3=A1ndez_=3Cl…=3E?="):
      // the parser finds no address, and the decoded name holds it.
      const inName = entry.address ? undefined : ENCODED_WHOLE.exec(entry.name ?? '');
      const address = (inName?.[2] ?? entry.address)?.trim().toLowerCase();
      const name = (inName ? inName[1] : entry.name)?.trim() || null;
      if (address && EMAIL.test(address)) result.push({ address, name });
    }
  };
  for (const object of list) visit(object.value);
  return result;
}

/** mailparser gives one Message-ID as a string and several as an array; a header may hold several. */
function messageIds(value: string | string[] | undefined): string[] {
  const joined = value === undefined ? '' : Array.isArray(value) ? value.join(' ') : value;
  return joined.match(/<[^<>\s]+>/g) ?? [];
}

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => headerText(v)).join(', ');
  if (value && typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('value' in value) {
      const params =
        'params' in value && value.params
          ? Object.entries(value.params)
              .map(([k, v]) => `; ${k}=${String(v)}`)
              .join('')
          : '';
      return `${String(value.value)}${params}`;
    }
  }
  return String(value);
}

function contentTypeOf(parsed: RawParsedMail): ParsedMail['contentType'] {
  const value = parsed.headers.get('content-type');
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') {
    const params: Record<string, string> = {};
    if ('params' in value && value.params) for (const [k, v] of Object.entries(value.params)) params[k.toLowerCase()] = String(v);
    return { value: value.value.toLowerCase(), params };
  }
  return { value: 'text/plain', params: {} };
}

/** Does the raw start with something shaped like a header field? Garbage bytes do not. */
function hasHeaderSection(raw: Buffer): boolean {
  const head = raw.subarray(0, 4096).toString('latin1').replace(/^\s+/, '');
  return /^[!-9;-~]+:/.test(head);
}

/**
 * The body of a multipart whose declared boundary never appears (some CRM mailers send a plain body
 * under a multipart header): mailparser finds no part in it, a person reads it as plain text.
 */
function orphanBody(raw: Buffer): string | null {
  const text = raw.toString('utf8');
  const start = /\r?\n\r?\n/.exec(text);
  if (!start) return null;
  const body = text.slice(start.index + start[0].length);
  return body.trim() === '' ? null : body;
}

/**
 * Parses a raw RFC 5322 message with mailparser and normalizes what it gives. Throws a
 * {@link MailRejection} subclass when the mail cannot be read at all.
 */
export async function parseMail(raw: Buffer, limits: ParseLimits = {}): Promise<ParsedMail> {
  if (raw.length === 0 || raw.toString('latin1').trim() === '') throw new EmptyMailError('the mail has no content');
  const maxRawBytes = limits.maxRawBytes ?? MAX_RAW_MAIL_BYTES;
  if (raw.length > maxRawBytes) throw new MailTooLargeError(`the mail is ${raw.length} bytes; at most ${maxRawBytes} are read`);
  if (!hasHeaderSection(raw)) throw new UnparseableMailError('the mail has no header section');
  const depth = mimeDepth(raw);
  const maxDepth = limits.maxMimeDepth ?? MAX_MIME_DEPTH;
  if (depth > maxDepth) throw new MimeTooDeepError(`MIME parts nest ${depth} deep; at most ${maxDepth} are read`);

  let parsed: RawParsedMail;
  try {
    parsed = await simpleParser(raw, MAILPARSER_OPTIONS);
  } catch (error) {
    // The parser's own failures (bad structure, too many parts) are this mail's problem, not ours.
    throw new UnparseableMailError(`the MIME structure cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }

  const from = addresses(parsed.from)[0];
  if (!from) throw new MissingSenderError('the mail has no usable From address');
  const to = addresses(parsed.to);
  const cc = addresses(parsed.cc);
  const headers = new Map<string, string>();
  for (const [key, value] of parsed.headers) headers.set(key.toLowerCase(), headerText(value));
  const deliveredTo = parsed.headerLines
    .filter((line) => line.key === 'delivered-to')
    .map((line) =>
      line.line
        .slice(line.line.indexOf(':') + 1)
        .trim()
        .toLowerCase(),
    );
  const maxRecipients = limits.maxRecipients ?? MAX_RECIPIENTS;
  const recipientCount = to.length + cc.length + deliveredTo.length;
  if (recipientCount > maxRecipients) {
    throw new TooManyRecipientsError(`the mail names ${recipientCount} recipients; at most ${maxRecipients} are read`);
  }
  const maxAttachments = limits.maxAttachments ?? MAX_ATTACHMENTS;
  if (parsed.attachments.length > maxAttachments) {
    throw new TooManyAttachmentsError(`the mail has ${parsed.attachments.length} attachments; at most ${maxAttachments} are read`);
  }

  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null;
  const text = parsed.text ?? (typeof parsed.html === 'string' || parsed.attachments.length > 0 ? null : orphanBody(raw));
  return {
    messageId: messageIds(parsed.messageId)[0] ?? null,
    from,
    to,
    cc,
    deliveredTo,
    replyTo: addresses(parsed.replyTo),
    subject: (parsed.subject ?? '').trim(),
    date,
    inReplyTo: messageIds(parsed.inReplyTo)[0] ?? null,
    references: messageIds(parsed.references),
    headers,
    contentType: contentTypeOf(parsed),
    text,
    html: typeof parsed.html === 'string' ? parsed.html : null,
    parts: parsed.attachments.map((a) => ({
      filename: a.filename ?? null,
      contentType: a.contentType.toLowerCase(),
      size: a.size,
      sha256: a.checksum || createHash('sha256').update(a.content).digest('hex'),
      disposition: a.contentDisposition === 'attachment' || a.contentDisposition === 'inline' ? a.contentDisposition : null,
      contentId: a.cid ?? null,
      content: a.content,
    })),
    sizeBytes: raw.length,
  };
}
