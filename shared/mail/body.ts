import { compile, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';
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
