import { clean, normalizeText } from './clean';
import { answersBetweenQuotes, answersInCopy, isNamedArrowAnswer, quotesNothingOnce, type Answer } from './inline';
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
  /** Whether a line is set in a colour of its own in the mail's HTML body (`colouredLines`, body.ts): an answer typed into our mail. */
  readonly coloured?: (line: string) => boolean;
}

/**
 * The new text of a reply body: quoted history, signatures and legal footers removed, inline
 * answers kept (each under the `> ` lines it answers), normalized. Never empty for a body with text.
 */
export function extractReplyText(body: string, options: ReplyTextOptions = {}): string {
  return extractReply(body, options).text;
}

/** A reply's new text, and whether it is the sender's own words or, with none of them, what the body quotes (the fallback). */
export interface Reply {
  readonly text: string;
  /**
   * False when nothing was written above or between the quoted lines (an attachment sent with no words, the answer typed in
   * the subject): the text is then the quoted mail itself, kept so that a reply is never empty, but none of it is the sender's.
   */
  readonly own: boolean;
}

/** {@link extractReplyText}, saying too whether the text is the sender's own words. */
export function extractReply(body: string, options: ReplyTextOptions = {}): Reply {
  const lines = clean(body).split('\n');
  const quote = quoteStart(lines);
  const top = cutSignature(lines.slice(0, quote.index));
  const topText = normalizeText(top.join('\n'));
  let answers: Answer[] = [];
  // `>` lines dropped where they stand, with no attribution above them: the text around them reads on.
  let inPlace = false;
  if (quote.kind !== 'forward' && quote.kind !== 'none') {
    const region = lines.slice(quote.body);
    // (A ">> NAME:" answer in an unquoted copy is no quote: the copy's answers are read below. Nor is a ">>" line in a copy that
    // quotes nothing once: "From: … Sent: …", our notice, and under a question ">> No - please work with Tom Reyes".)
    const copy = quote.kind === 'header' || quote.kind === 'separator';
    const arrowsOnly = copy && quotesNothingOnce(region);
    if (!arrowsOnly && region.some((line) => isQuoted(line) && !isNamedArrowAnswer(line))) {
      const found = answersBetweenQuotes(lines, quote.body, topText);
      answers = found.answers;
      inPlace = quote.kind === 'quote' && !found.interleaved;
    } else if (copy) {
      answers = answersInCopy(lines, quote.body, topText, options.coloured);
    }
  }
  const withContext = options.quotedContext ?? true;
  const parts = [topText, ...answers.map((answer) => normalizeText([...(withContext ? answer.context : []), ...answer.text].join('\n')))];
  const text = normalizeText(parts.filter((part) => part !== '').join(inPlace ? '\n' : '\n\n'));
  if (text !== '') return { text, own: true };
  return fallback(lines, quote.index, quote.kind);
}

/**
 * When the rules cut everything: the lines above the quote (a sign-off alone is the sender's own), else the body without `>`
 * lines, else the whole body. Below an unquoted copy of an earlier mail (an Outlook header block, a separator) the body without
 * `>` lines is that mail: kept, but not the sender's own. (A mail forwarded with nothing typed is sent on as the sender's answer.)
 */
function fallback(lines: readonly string[], quoteIndex: number, kind: ReturnType<typeof quoteStart>['kind']): Reply {
  const unquoted = normalizeText(
    lines
      .slice(0, quoteIndex)
      .filter((line) => !isQuoted(line))
      .join('\n'),
  );
  if (unquoted !== '') return { text: unquoted, own: true };
  const copied = kind === 'header' || kind === 'separator';
  const withoutQuotes = normalizeText(lines.filter((line) => !isQuoted(line)).join('\n'));
  if (withoutQuotes !== '') return { text: withoutQuotes, own: !copied };
  // A body that is only a quote: kept as it is, none of it the sender's.
  return { text: normalizeText(lines.join('\n')), own: false };
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
