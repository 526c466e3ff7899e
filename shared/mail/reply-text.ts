/**
 * The new text of a reply: quoted history and signatures cut, as docs/mail-understanding.md
 * specifies. Line-based, because every client marks its quote with a line of its own.
 */

/** Attribution lines that open a quote ("On … wrote:" and its translations). */
const ATTRIBUTION = [
  /^on\b.{4,}\bwrote:?$/i,
  /^am\b.{4,}\bschrieb\b.*:$/i,
  /^le\b.{4,}\ba écrit ?:$/i,
  /^el\b.{4,}\bescribió:?$/i,
  /^il\b.{4,}\bha scritto:?$/i,
  /^op\b.{4,}\bschreef\b.*:$/i,
  /^em\b.{4,}\bescreveu:?$/i,
  /^den\b.{4,}\bskrev\b.*:$/i,
  /^w dniu\b.{4,}\bpisze:?$/i,
  // Gmail in languages without a verb in the line: "2027年3月1日(月) 10:00 Pat Doe <pat@x.example>:"
  /^\d{4}[-/.年]\s?\d{1,2}.*<[^<>\s]+@[^<>\s]+>\s?:$/,
];

const HEADER_FROM = /^\*?(from|de|von|van|da|från|fra|od)\s?:\*?\s?\S/i;
const HEADER_SENT = /^\*?(sent|date|gesendet|envoyé|enviado|verzonden|inviato|skickat|datum|data|sendt|wysłano)\s?:\*?\s?\S/i;

const SEPARATOR = [
  /^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original|originalmeddelande)\s*-{2,}$/i,
  /^_{10,}$/,
  /^-{2,}\s*forwarded message\s*-{2,}$/i,
  /^begin forwarded message:$/i,
  /^-{2,}\s*weitergeleitete nachricht\s*-{2,}$/i,
  /^-{2,}\s*message transféré\s*-{2,}$/i,
];

const SIGNATURE_DELIMITER = /^--\s?$/;

const MOBILE_SIGNATURE = new RegExp(
  '^(' +
    [
      'sent from my (iphone|ipad|android|mobile|phone|samsung|galaxy|blackberry|pixel)',
      'sent from (outlook|mail for windows|yahoo mail|my mobile device)',
      'get outlook for (ios|android)',
      'sent via ',
      'sent with ',
      'von meinem (iphone|ipad|smartphone|mobiltelefon) gesendet',
      'gesendet von meinem',
      'envoyé de mon (iphone|ipad|smartphone)',
      'envoyé depuis mon',
      'enviado desde mi (iphone|ipad|móvil|celular)',
      'inviato da (iphone|ipad|il mio)',
      'verzonden vanaf mijn',
      'enviado do meu',
    ].join('|') +
    ')',
  'i',
);

const CLOSING = new RegExp(
  '^(' +
    [
      'thanks',
      'thank you',
      'many thanks',
      'thanks again',
      'thanks so much',
      'thank you very much',
      'best',
      'best regards',
      'kind regards',
      'warm regards',
      'warmest regards',
      'regards',
      'cheers',
      'sincerely',
      'all the best',
      'best wishes',
      'thx',
      'br',
      'mit freundlichen grüßen',
      'mit freundlichen grüssen',
      'viele grüße',
      'beste grüße',
      'liebe grüße',
      'cordialement',
      'bien cordialement',
      'salutations',
      'saludos',
      'un saludo',
      'saludos cordiales',
      'cordiali saluti',
      'distinti saluti',
      'met vriendelijke groet',
      'groeten',
      'atenciosamente',
      'abraços',
    ]
      // Longest first, so "best regards" is not read as "best" followed by a name.
      .sort((a, b) => b.length - a.length)
      .join('|') +
    ')[,.!]*',
  'iu',
);

/** A name after a closing on the same line: "Thanks, Pat" or "Best, Pat Doe". */
const SIGNOFF_NAME = /^(\s*\p{Lu}[\p{L}'’.-]*){0,3}[,.!]*$/u;

function isClosing(line: string): boolean {
  const match = CLOSING.exec(line);
  if (!match) return false;
  const rest = line.slice(match[0].length);
  return rest === '' || (/^\s/.test(rest) && SIGNOFF_NAME.test(rest));
}

/** At most this many short lines may follow a closing line for it to be a sign-off. */
const MAX_LINES_AFTER_CLOSING = 6;
const MAX_SIGNATURE_LINE_CHARS = 60;

function isAttributionAt(lines: readonly string[], index: number): number {
  const line = lines[index]?.trim() ?? '';
  if (ATTRIBUTION.some((pattern) => pattern.test(line))) return 1;
  // Gmail and Apple Mail wrap long attributions over two lines.
  const joined = `${line} ${lines[index + 1]?.trim() ?? ''}`.trim();
  if (line !== '' && ATTRIBUTION.some((pattern) => pattern.test(joined))) return 2;
  return 0;
}

function isHeaderBlockAt(lines: readonly string[], index: number): boolean {
  if (!HEADER_FROM.test(lines[index]?.trim() ?? '')) return false;
  for (let next = index + 1; next <= index + 4 && next < lines.length; next += 1) {
    if (HEADER_SENT.test(lines[next]?.trim() ?? '')) return true;
  }
  return false;
}

function isQuoted(line: string): boolean {
  return /^\s*>/.test(line);
}

/** Where quoted history starts (an index into `lines`), or `lines.length` when there is none. */
function quoteStart(lines: readonly string[]): { index: number; bottomPosted: number } {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]?.trim() ?? '';
    const attribution = isAttributionAt(lines, i);
    if (attribution > 0) {
      const before = lines.slice(0, i).some((l) => l.trim() !== '' && !isQuoted(l));
      const after = lines.slice(i + attribution).find((l) => l.trim() !== '');
      // Bottom-posting: attribution first, its quote, then the new text.
      if (!before && after !== undefined && isQuoted(after)) return { index: lines.length, bottomPosted: i + attribution };
      return { index: i, bottomPosted: 0 };
    }
    if (SEPARATOR.some((pattern) => pattern.test(line)) || isHeaderBlockAt(lines, i)) return { index: i, bottomPosted: 0 };
  }
  return { index: lines.length, bottomPosted: 0 };
}

function cutSignature(lines: string[]): string[] {
  const delimiter = lines.findIndex((line) => SIGNATURE_DELIMITER.test(line));
  if (delimiter >= 0) lines = lines.slice(0, delimiter);
  const mobile = lines.findIndex((line) => MOBILE_SIGNATURE.test(line.trim()));
  if (mobile >= 0) lines = lines.slice(0, mobile);
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]?.trim() ?? '';
    if (!isClosing(line)) continue;
    const after = lines.slice(i + 1).filter((l) => l.trim() !== '');
    const hasContentBefore = lines.slice(0, i).some((l) => l.trim() !== '');
    if (hasContentBefore && after.length <= MAX_LINES_AFTER_CLOSING && after.every((l) => l.trim().length <= MAX_SIGNATURE_LINE_CHARS)) {
      return lines.slice(0, i);
    }
  }
  return lines;
}

/** Right-trims lines, drops blank lines at both ends, and collapses runs of blank lines to one. */
export function normalizeText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** The new text of a reply body: quoted history, `>` lines and signatures removed, normalized. */
export function extractReplyText(body: string): string {
  const lines = body
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n');
  const { index, bottomPosted } = quoteStart(lines);
  const fresh = lines.slice(bottomPosted, index).filter((line) => !isQuoted(line));
  return normalizeText(cutSignature(fresh).join('\n'));
}
