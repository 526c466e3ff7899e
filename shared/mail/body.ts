import { compile, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';
import { Parser } from 'htmlparser2';
import { MAX_HTML_CHARS_TO_TEXT } from './limits';
import type { ParsedMail } from './schemas';

/** What of an element of html-to-text's parsed tree a cell looks at: its previous sibling, and the text inside. */
interface Node {
  readonly type?: string;
  readonly name?: string;
  readonly data?: string;
  readonly prev?: Node | null;
  readonly children?: readonly Node[];
}

/** Whether an element shows any text (a logo's or a spacer's cell shows none). */
const showsText = (node: Node): boolean => (node.type === 'text' && (node.data ?? '').trim() !== '') || (node.children ?? []).some(showsText);

/**
 * A table cell, inline, set apart from the cell with text before it by " | ": "Launch date | June 7", not "Launch dateJune 7"
 * (a row of an answer table reads as one line, its cells apart). After a cell with no text (a logo beside a signature) nothing is added.
 */
const cell: FormatCallback = (elem, walk, builder) => {
  let before = (elem as Node).prev;
  while (before && before.type === 'text') before = before.prev;
  if (before && (before.name === 'td' || before.name === 'th') && showsText(before)) builder.addInline(' | ');
  walk(elem.children, builder);
};

/**
 * HTML read as a person sees it: paragraphs apart, line breaks kept, links as their text, images
 * gone, nothing re-wrapped (mail clients wrap for display; the words are what count).
 */
const HTML_TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  formatters: { cell },
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'head', format: 'skip' },
    { selector: 'title', format: 'skip' },
    { selector: 'p', options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'cell' },
    { selector: 'th', format: 'cell' },
    { selector: 'hr', format: 'block' },
    { selector: 'blockquote', options: { trimEmptyLines: true } },
  ],
};

/** The converter, compiled once: html-to-text's `convert` compiles its options again on every call. */
let converter: ((html: string) => string) | undefined;

export function htmlToText(html: string): string {
  converter ??= compile(HTML_TO_TEXT);
  return converter(html.slice(0, MAX_HTML_CHARS_TO_TEXT));
}

/** The body a reply is read from: the text part, else the HTML part as text. */
export function bodyText(mail: ParsedMail): string {
  if (mail.text && mail.text.trim() !== '') return mail.text;
  if (mail.html) return htmlToText(mail.html);
  return '';
}

/** A colour set on an element: a `<font color>` or a `color:` in its style (not a background's). */
function colourOf(name: string, attributes: Record<string, string>): string | undefined {
  if (name === 'font' && attributes['color']) return attributes['color'].trim();
  return /(?:^|;)\s*color\s*:\s*([^;!]+)/i.exec(attributes['style'] ?? '')?.[1]?.trim();
}

/** Black, white and the greys between: the colours of text and of footers, not of an answer set apart. */
const NEUTRAL_NAMES = /^(?:black|white|gray|grey|silver|windowtext|inherit|initial|currentcolor|auto|dimgr[ae]y|darkgr[ae]y|lightgr[ae]y)$/i;
function isNeutral(colour: string): boolean {
  if (NEUTRAL_NAMES.test(colour)) return true;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(colour);
  const channels = hex
    ? (hex.length === 3 ? [...hex].map((c) => c + c) : [hex.slice(0, 2), hex.slice(2, 4), hex.slice(4, 6)]).map((c) => Number.parseInt(c, 16))
    : rgb
      ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])]
      : undefined;
  // (An unknown colour's name, "blue", "red", "#1F497D" are set apart; r, g and b within 24 of each other are a grey.)
  return channels !== undefined && Math.max(...channels) - Math.min(...channels) <= 24;
}

const BREAKS = new Set(['p', 'div', 'br', 'li', 'tr', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The runs of text an HTML body sets in a colour of their own, each with its spaces evened: Outlook users type their answers
 * into our mail in blue or red ("answers in blue below"). Links are not counted, nor black, white or grey text.
 */
export function colouredRuns(html: string): Set<string> {
  const runs = new Set<string>();
  const open: boolean[] = [];
  let depth = 0;
  let text = '';
  const flush = () => {
    const run = text.replace(/\s+/g, ' ').trim();
    if (run !== '') runs.add(run);
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const colour = name === 'a' ? undefined : colourOf(name, attributes);
        const coloured = colour !== undefined && !isNeutral(colour);
        open.push(coloured);
        if (coloured) depth += 1;
        if (depth > 0 && BREAKS.has(name)) flush();
      },
      ontext(data) {
        if (depth > 0) text += data;
      },
      onclosetag(name) {
        if (open.pop() === true) {
          depth -= 1;
          if (depth === 0) flush();
        } else if (depth > 0 && BREAKS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.slice(0, MAX_HTML_CHARS_TO_TEXT));
  parser.end();
  return runs;
}

/**
 * Whether a line of the reply's text is set in a colour of its own in the HTML body: the line, its spaces evened, is one of
 * the runs, or (twelve characters or more) inside one. The HTML is parsed on the first question only: most replies never ask.
 */
export function colouredLines(html: string | null | undefined): ((line: string) => boolean) | undefined {
  if (!html) return undefined;
  let runs: Set<string> | undefined;
  return (line) => {
    runs ??= colouredRuns(html);
    const even = line.replace(/\s+/g, ' ').trim();
    if (even === '') return false;
    if (runs.has(even)) return true;
    if (even.length >= 12) for (const run of runs) if (run.includes(even)) return true;
    return false;
  };
}
