import { clean, normalizeText } from './clean';
import { answersBetweenQuotes, answersInCopy, type Answer } from './inline';
import { isQuoted, quoteStart } from './quotes';
import { cutSignature } from './signatures';

export { normalizeText } from './clean';
export { isAttributionLine } from './quotes';

/**
 * The new text of a reply: quoted history, signatures and legal footers cut, inline answers kept
 * with the quoted lines they answer, as docs/mail-understanding.md specifies. Line-based, because
 * every client marks its quote with a line of its own. Every rule is data: a list of patterns per
 * language, so a new client's format is a new pattern and a test.
 */

export interface ReplyTextOptions {
  /**
   * Keep, above each inline answer, the quoted lines it answers (prefixed `> `). On by default;
   * off gives the answers alone.
   */
  readonly quotedContext?: boolean;
}

/**
 * The new text of a reply body: quoted history, signatures and legal footers removed, inline
 * answers kept (each under the `> ` lines it answers), normalized. Never empty for a body with text.
 */
export function extractReplyText(body: string, options: ReplyTextOptions = {}): string {
  const lines = clean(body).split('\n');
  const quote = quoteStart(lines);
  const top = cutSignature(lines.slice(0, quote.index));
  const topText = normalizeText(top.join('\n'));
  let answers: Answer[] = [];
  // `>` lines dropped where they stand, with no attribution above them: the text around them reads on.
  let inPlace = false;
  if (quote.kind !== 'forward' && quote.kind !== 'none') {
    const region = lines.slice(quote.body);
    if (region.some(isQuoted)) {
      const found = answersBetweenQuotes(lines, quote.body, topText);
      answers = found.answers;
      inPlace = quote.kind === 'quote' && !found.interleaved;
    } else if (quote.kind === 'header' || quote.kind === 'separator') {
      answers = answersInCopy(lines, quote.body, topText);
    }
  }
  const withContext = options.quotedContext ?? true;
  const parts = [topText, ...answers.map((answer) => normalizeText([...(withContext ? answer.context : []), ...answer.text].join('\n')))];
  const text = normalizeText(parts.filter((part) => part !== '').join(inPlace ? '\n' : '\n\n'));
  if (text !== '') return text;
  return fallback(lines, quote.index);
}

/** When the rules cut everything: the body without `>` lines and the obvious quote, else the whole body. */
function fallback(lines: readonly string[], quoteIndex: number): string {
  const unquoted = normalizeText(
    lines
      .slice(0, quoteIndex)
      .filter((line) => !isQuoted(line))
      .join('\n'),
  );
  if (unquoted !== '') return unquoted;
  const withoutQuotes = normalizeText(lines.filter((line) => !isQuoted(line)).join('\n'));
  if (withoutQuotes !== '') return withoutQuotes;
  return normalizeText(lines.join('\n'));
}

/** The reply text without the `> ` context lines kept above inline answers: the sender's own words only. */
export function withoutQuotedContext(replyText: string): string {
  return normalizeText(
    replyText
      .split('\n')
      .filter((line) => !isQuoted(line))
      .join('\n'),
  );
}
