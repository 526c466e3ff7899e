/** Text as every rule expects it: one kind of line break, no invisible characters, plain spaces. */

/** Zero-width and other invisible characters clients leave in text (ZWSP/ZWNJ/ZWJ, word joiner, BOM, soft hyphen, Mongolian vowel separator, bidi marks). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E\u200E\u200F]/g;
/** Spaces that are not ASCII spaces: no-break, narrow no-break, figure space. */
const ODD_SPACE = /[\u00A0\u202F\u2007]/g;

/** One kind of line break (`\n`), no invisible characters, plain spaces. */
export function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
}

/** Right-trims lines, drops blank lines at both ends, and collapses runs of blank lines to one. */
export function normalizeText(text: string): string {
  const lines = clean(text)
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
