/**
 * Where quoted history starts: a `>` line, an attribution ("On … wrote:"), an Outlook header
 * block or separator, or a forward marker, and the line after that marker where the quote's body starts.
 */
import { ADDRESS } from '../address';
import { footersOnly } from './disclaimers';
import { joined, matchesAny } from './line-patterns';

/** Attribution lines that open a quote ("On … wrote:" and its translations). */
const ATTRIBUTION = [
  /^on\b.{4,}\bwrote:?$/i,
  /^am\b.{4,}\bschrieb\b.*:$/i,
  /^le\b.{4,}\ba écrit ?:$/i,
  /^el\b.{4,}\bescribió ?:?$/i,
  /^il\b.{4,}\bha scritto ?:?$/i,
  /^op\b.{4,}\bschreef\b.*:$/i,
  // Apple Mail in Dutch: "Op 20 okt 2026, om 19:03 heeft Pat <pat@x.example> het volgende geschreven:"
  /^op\b.{4,}\bhet volgende geschreven ?:$/i,
  /^em\b.{4,}\bescreveu ?:?$/i,
  /^den\b.{4,}\bskrev\b.*:$/i,
  /^w dniu\b.{4,}\bpisze:?$/i,
  // Gmail in languages without a verb in the line: "2027年3月1日(月) 10:00 Pat Doe <pat@x.example>:"
  /^\d{4}[-/.年]\s?\d{1,2}.*<[^<>\s]+@[^<>\s]+>\s?[:：]$/,
  // Gmail with a weekday first (Russian, Czech, …): "пн, 1 мар. 2027 г. в 10:00, Pat Doe <pat@x.example>:"
  /^\p{L}{2,4}\.?,\s.{0,40}\d{4}.*<[^<>\s]+@[^<>\s]+>\s?[:：]$/u,
];

/** Verbs of an attribution in any position ("Pat <pat@x> schrieb am 16.03.2027 10:10:", Mutt, Thunderbird, Lotus Notes). */
const WROTE =
  /(?<!\p{L})(wrote|writes|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev|kirjoitti|napsal\(a\)|napsal|pisze|napisał\(a\)|napisał|írta|yazdı|написал\(а\)|написала|написал)(?!\p{L})|写道|のメッセージ|님이 작성/iu;
/**
 * An attribution with the quoted mail run on after its colon, on one line, unmarked ("On Tue, Mar 16, 2027 at 9:40 AM, Kim
 * <kim@x.example> wrote: Hello Pat, …", Yahoo Mail's on a phone; "Am 16.03.2027 um 09:40 schrieb Kim <kim@x.example>: Hallo").
 * It names the writer's address in angle brackets, or a year and a time, and no pronoun writes, so that a sender's own "On Monday
 * Kim wrote: move the launch" or "On March 3, 2027 you wrote: …" stays the sender's.
 */
const ATTRIBUTION_RUN_ON =
  /^((?:on|am|le|el|il|em|op)\b.{4,250}?)\b(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef)(?:\s?|\s[^:]{0,120}>\s?):\s*\S/i;

function isRunOnAttribution(line: string): boolean {
  const head = ATTRIBUTION_RUN_ON.exec(line)?.[1];
  if (head === undefined || WRITER_PRONOUN.test(head)) return false;
  return BRACKETED_ADDRESS.test(head) || (/\d{4}/.test(head) && /\d{1,2}[:h.]\d{2}/.test(head));
}

/** A pronoun right before the verb: the sender telling what someone wrote ("On March 3, 2027 you wrote: …"), no mail program. */
const WRITER_PRONOUN =
  /\b(?:you|we|i|he|she|they|sie|er|wir|ich|vous|nous|il|elle|usted|ustedes|tu|voi|noi|lei|jij|u|wij|hij|zij|voc[eê]|n[oó]s|ele|ela)\s*,?\s*$/i;
/** An attribution names the writer's address and a date or time: "Pat <pat@x.example> wrote on 03/02/2027 7:00 PM:". */
const ADDRESS_AND_DATE = /@[^\s]+\.[a-z]{2,}.*\d|\d.*@[^\s]+\.[a-z]{2,}/i;

/** The first line of an Outlook header block: "From:" and its translations. */
const HEADER_FROM = /^\*?(from|de|de la|von|van|da|från|fra|od|от|від|差出人|发件人|寄件者|από|lähettäjä|kimden|feladó|afzender|remetente)\s?[:：]\*?\s?\S/i;
/** The date line of an Outlook header block, within four lines under "From:": "Sent:", "Date:" and their translations. */
const HEADER_SENT =
  /^\*?(sent|date|gesendet|envoyé|enviado(?: el| em)?|enviada(?: em)?|enviat(?: el)?|trimis|verzonden|inviato|skickat|datum|data|sendt|wysłano|odesláno|odoslané|poslano|отправлено|надіслано|дата|送信日時|日付|发送时间|發送時間|寄件日期|στάλθηκε|ημερομηνία|lähetetty|gönderildi|tarih|elküldve|dátum)\s?[:：]\*?\s?\S/i;
/** The subject line of an Outlook header block: "Subject:" and its translations. */
const HEADER_SUBJECT =
  /^\*?(subject|betreff|objet|asunto|oggetto|onderwerp|assunto|ämne|emne|temat|předmět|тема|件名|主题|主旨|θέμα|aihe|konu|tárgy)\s?[:：]\*?\s?\S/i;
/**
 * HCL Notes spaces its header's fields wide ("Da:        Paytronix Integrations <integrations@…>", "Data:        18/02/2025"): the
 * same lines, any spacing after the colon. Only under a sender's line that names an address: a reply's own aligned "From: 9:00 /
 * To: 17:00 / Date: 14 February" is no header.
 */
const spacedWide = (pattern: RegExp) => new RegExp(pattern.source.replace(String.raw`\s?\S`, String.raw`\s*\S`), pattern.flags);
const HEADER_FROM_WIDE = spacedWide(HEADER_FROM);
const HEADER_SENT_WIDE = spacedWide(HEADER_SENT);
/** An address in a header's sender line. */
const ADDRESS_IN_LINE = /@[^\s]+\.[a-z]{2,}/i;

/** Outlook on the web sometimes puts the whole header block on one line. */
const HEADER_ONE_LINE = /^\*?(from|de|von|van|da)\s?:\*?\s.+\s\*?(sent|date|gesendet|envoyé|enviado|verzonden|inviato)\s?:\*?\s/i;

/** Outlook's bare rule: a line of underscores. */
const BARE_RULE = /^_{10,}$/;
/** A name's address in angle brackets, as a header block writes it ("Integrations <integrations@vendor.example>"). */
const BRACKETED_ADDRESS = new RegExp(`<${ADDRESS.source}>`);

/** Outlook's "Original Message" line and its rule of underscores, usually above a header block. */
const SEPARATOR = [
  /^-{2,}\s*(original message|ursprüngliche nachricht|originalnachricht|ursprüngliche mail|message d'origine|mail original|e-mail original|originele e-mail|mensaje original|messaggio originale|oorspronkelijk bericht|origineel bericht|mensagem original|originalmeddelande|alkuperäinen viesti|oryginalna wiadomość|původní zpráva|исходное сообщение|原始邮件)\s*-{2,}$/i,
  BARE_RULE,
];

/** Forward markers: what follows is another message, not an answer to ours. */
const FORWARD = [
  /^-{2,}\s*forwarded message\s*-{2,}$/i,
  /^begin forwarded message:$/i,
  /^-{2,}\s*weitergeleitete nachricht\s*-{2,}$/i,
  /^-{2,}\s*message transféré\s*-{2,}$/i,
  /^-{2,}\s*mensaje reenviado\s*-{2,}$/i,
  /^-{2,}\s*messaggio inoltrato\s*-{2,}$/i,
  /^-{2,}\s*doorgestuurd bericht\s*-{2,}$/i,
  /^-{2,}\s*mensagem encaminhada\s*-{2,}$/i,
  /^-{2,}\s*пересылаемое сообщение\s*-{2,}$/i,
];

/** {@link ATTRIBUTION}, {@link SEPARATOR} and {@link FORWARD}, each tried on a line as one expression a set of flags. */
const ANY_ATTRIBUTION = joined(ATTRIBUTION);
const ANY_SEPARATOR = joined(SEPARATOR);
const ANY_FORWARD = joined(FORWARD);

export function isQuoted(line: string): boolean {
  return /^\s*>/.test(line);
}

/** Zoho wraps its attribution in dashes ("---- On Wed, 10 Feb 2027 … wrote ----"): the same line with a colon. */
const DASHED = /^-{2,}\s*(.+?)\s*-{2,}$/;

function matchesAttribution(text: string): boolean {
  // (Only a line that opens with two dashes is Zoho's.)
  const line = text.startsWith('--') ? text.replace(DASHED, '$1:') : text;
  return matchesAny(ANY_ATTRIBUTION, line);
}

/** An attribution line on its own ("On … wrote:"): the reader reads no meaning into one left beside an inline answer. */
export function isAttributionLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 400 && matchesAttribution(trimmed);
}

/** How many lines the attribution at `index` takes (1 to 3: Gmail and Apple Mail wrap long ones), or 0. */
export function attributionAt(lines: readonly string[], index: number): number {
  const line = lines[index]?.trim() ?? '';
  if (isRunOnAttribution(line)) return 1;
  if (line === '' || line.length > 400) return 0;
  if (matchesAttribution(line)) return 1;
  // A wrapped attribution starts with its date, and a sentence of the reply ends with a full stop.
  const next = /\d/.test(line) && !/[.!?]$/.test(line) ? nextNonBlank(lines, index + 1, 2) : -1;
  if (next >= 0) {
    const joined = `${line} ${lines[next]?.trim() ?? ''}`;
    if (matchesAttribution(joined)) return next - index + 1;
    const third = lines[next + 1]?.trim() ?? '';
    if (third !== '' && matchesAttribution(`${joined} ${third}`)) return next - index + 2;
  }
  // Any other line that ends in ':' with an attribution verb, right above a quote or naming an address and a date.
  if (/[:：]$/.test(line) && line.length <= 250 && WROTE.test(line)) {
    const after = nextNonBlank(lines, index + 1, 3);
    if (ADDRESS_AND_DATE.test(line) || (after >= 0 && isQuoted(lines[after] ?? ''))) return 1;
  }
  return 0;
}

function nextNonBlank(lines: readonly string[], from: number, within: number): number {
  for (let i = from; i < lines.length && i < from + within; i += 1) if ((lines[i] ?? '').trim() !== '') return i;
  return -1;
}

/** The line above, past blank ones, ends with a colon: what follows is what the reply announces. */
function announced(lines: readonly string[], index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    const above = (lines[i] ?? '').trim();
    if (above !== '') return above.endsWith(':');
  }
  return false;
}

function isHeaderBlockAt(lines: readonly string[], index: number): boolean {
  const line = lines[index]?.trim() ?? '';
  if (HEADER_ONE_LINE.test(line)) return true;
  // GMX and web.de put the date first: "Gesendet: Montag, 03. Mai 2027 um 09:00 Uhr" and "Von:" under it.
  // (Its "Von:" line names an address, so that "Datum: 14. Juni / Von: 9 Uhr / Bis: 17 Uhr" in a reply is not cut.)
  if (HEADER_SENT.test(line) && /\d/.test(line)) {
    const next = nextNonBlank(lines, index + 1, 2);
    const from = next === -1 ? '' : (lines[next]?.trim() ?? '');
    if (HEADER_FROM.test(from) && ADDRESS_IN_LINE.test(from)) return true;
  }
  const wide = !HEADER_FROM.test(line) && HEADER_FROM_WIDE.test(line) && ADDRESS_IN_LINE.test(line);
  if (!HEADER_FROM.test(line) && !wide) return false;
  for (let next = index + 1; next <= index + 4 && next < lines.length; next += 1) {
    const below = lines[next]?.trim() ?? '';
    if (HEADER_SENT.test(below) || (wide && HEADER_SENT_WIDE.test(below))) return true;
    // Outlook on the web, rendered from HTML, may keep only "From:" (a name and its address in angle brackets) and "Subject:",
    // under a blank line; not a sender and a subject the reply announces ("please use the sender and subject below:").
    if (HEADER_SUBJECT.test(below) && BRACKETED_ADDRESS.test(line) && !announced(lines, index)) return true;
  }
  return false;
}

type QuoteKind = 'attribution' | 'header' | 'separator' | 'forward' | 'quote' | 'none';

interface QuoteStart {
  /** The first line of quoted history (lines.length when there is none). */
  readonly index: number;
  /** The first line after the quote's own marker (attribution, header block, separator). */
  readonly body: number;
  readonly kind: QuoteKind;
}

/** The end of an Outlook header block (From/Sent/To/Subject…): the first blank line after it. */
function headerBlockEnd(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length && i < from + 12; i += 1) if ((lines[i] ?? '').trim() === '') return i + 1;
  return Math.min(lines.length, from + 1);
}

/** Where quoted history starts, and what kind of marker opens it. */
export function quoteStart(lines: readonly string[]): QuoteStart {
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    if (isQuoted(raw)) return { index: i, body: i, kind: 'quote' };
    const line = raw.trim();
    if (line === '') continue;
    if (matchesAny(ANY_FORWARD, line)) return { index: i, body: lines.length, kind: 'forward' };
    const attribution = attributionAt(lines, i);
    if (attribution > 0) return { index: i, body: i + attribution, kind: 'attribution' };
    if (matchesAny(ANY_SEPARATOR, line)) {
      // Outlook's rule or "Original Message" line, usually with a header block right under it.
      const header = nextNonBlank(lines, i + 1, 2);
      const headed = header >= 0 && isHeaderBlockAt(lines, header);
      // A bare rule under a legal notice at the very top ("AVISO LEGAL: …" then "______"): the notice's end, the reply under it,
      // when the quote proper starts further down (an "Original Message" line, or a rule with nothing quoted under it, stays one).
      if (!headed && BARE_RULE.test(line) && footersOnly(lines.slice(0, i))) {
        const further = quoteStart(lines.slice(i + 1));
        if (further.kind !== 'none') return { index: further.index + i + 1, body: further.body + i + 1, kind: further.kind };
      }
      return { index: i, body: headed ? headerBlockEnd(lines, header) : i + 1, kind: 'separator' };
    }
    if (isHeaderBlockAt(lines, i)) return { index: i, body: headerBlockEnd(lines, i), kind: 'header' };
  }
  return { index: lines.length, body: lines.length, kind: 'none' };
}

/** True for a line that opens older history inside a quote region (another attribution, header block, separator or forward). */
export function opensHistory(lines: readonly string[], index: number): boolean {
  const line = lines[index]?.trim() ?? '';
  if (line === '' || isQuoted(lines[index] ?? '')) return false;
  return matchesAny(ANY_FORWARD, line) || matchesAny(ANY_SEPARATOR, line) || isHeaderBlockAt(lines, index) || attributionAt(lines, index) > 0;
}
