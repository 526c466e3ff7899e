import { fold, matchesOf } from './reading/lexicon';
import { wholeWordsOf } from './reading/patterns';

/**
 * Sums of money a text names, with their currency's sign or code before or after the figure: "$18,400", "18.400 €", "EUR 16,900",
 * "R$ 10.000,00", "CHF 2'500". Over folded text. The value is the whole part: thousands' separators (a comma, a full stop, a space or
 * an apostrophe between groups of three digits) are taken out, and cents ignored.
 */
const CURRENCY = String.raw`(?:r\$|us\$|\$|€|£|usd|eur|gbp|chf|brl)`;
const FIGURE = String.raw`(\d{1,3}(?:[.,' ]\d{3})+|\d+)(?:[.,]\d{2})?`;
const AMOUNT = new RegExp(String.raw`(?:${CURRENCY}\s?${FIGURE}(?![\d.,]?\d)|(?<![\d.,])${FIGURE}\s?${CURRENCY}(?![\p{L}]))`, 'gu');

/** The sums a folded text names, as whole numbers. */
function amountsIn(folded: string): number[] {
  return matchesOf(AMOUNT, folded).map((m) => Number((m[1] ?? m[2] ?? '').replace(/[.,' ]/g, '')));
}

/** Words of what something costs ("total", "quote", "Angebot", "devis", "presupuesto"): a sum beside one is a price. */
const COST = wholeWordsOf(['costWords']);

/** A sentence's end: a full stop, a question or an exclamation mark before a space, or a blank line (a hard wrap joins). */
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n\s*\n/;

/**
 * The sender's sentences that name a sum the notice quoted under the reply does not ("The total on this version is $18,400, and
 * the quote our CFO approved came to $16,900", under a work order of $18,400): where a document with costs is to be approved, what
 * it costs is for the PM to settle first. Only a sum beside a word of cost ("total", "quote", "Angebot": not "signing authority up to
 * $50,000"); a sum the notice names, said again, is none; so is any sum where the notice names none.
 */
export function amountsOtherThanNotice(ownWords: string, notice: () => string | undefined): string[] {
  // (Words with no figure name no sum: the notice is not read for them.)
  const text = /\d/.test(ownWords) ? notice() : undefined;
  if (text === undefined) return [];
  const named = amountsIn(fold(text));
  if (named.length === 0) return [];
  return ownWords.split(SENTENCE_BREAK).filter((sentence) => {
    const folded = fold(sentence.replace(/\s*\n\s*/g, ' '));
    return COST.test(folded) && amountsIn(folded).some((sum) => !named.includes(sum));
  });
}
