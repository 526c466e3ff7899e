import { matchesOf } from './reading/lexicon';
import { wholeWordsOf } from './reading/patterns';
import { sentencesOtherThanNotice } from './notice-figures';

/**
 * Sums of money a text names, with their currency's sign or code before or after the figure, or its name after it: "$18,400",
 * "18.400 €", "EUR 16,900", "R$ 10.000,00", "CHF 2'500", "16.900 Euro", "16,900 dollars". Over folded text. The value is the whole
 * part: thousands' separators (a comma, a full stop, a space or an apostrophe between groups of three digits) are taken out, and
 * cents ignored.
 */
const CURRENCY = String.raw`(?:r\$|us\$|\$|€|£|usd|eur|gbp|chf|brl)`;
const CURRENCY_AFTER = `(?:${CURRENCY}|euros?|dollars?|reais|francs?|franken|pounds?)`;
const FIGURE = String.raw`(\d{1,3}(?:[.,' ]\d{3})+|\d+)(?:[.,]\d{2})?`;
const AMOUNT = new RegExp(String.raw`(?:${CURRENCY}\s?${FIGURE}(?![\d.,]?\d)|(?<![\d.,])${FIGURE}\s?${CURRENCY_AFTER}(?![\p{L}]))`, 'gu');
/** Words right before a sum that make it a limit, not a price ("signing authority of $50,000", "up to", "bis zu", "jusqu'à"). */
const LIMIT_BEFORE = /(?:up to|authority (?:of|up to)|limit of|within|bis zu|jusqu'a|hasta|fino a|tot|ate)\s*$/;

/** The sums a folded text names, as whole numbers, and where each stands (not a limit: "up to $50,000"). */
function amountsIn(folded: string): { sum: number; at: number }[] {
  return matchesOf(AMOUNT, folded)
    .filter((m) => !LIMIT_BEFORE.test(folded.slice(Math.max(0, m.index - 24), m.index)))
    .map((m) => ({ sum: Number((m[1] ?? m[2] ?? '').replace(/[.,' ]/g, '')), at: m.index }));
}

/** Words of what something costs ("total", "quote", "Angebot", "devis", "presupuesto"): a sum in their phrase is a price. */
const COST = wholeWordsOf(['costWords']);

/**
 * The sender's sentences that name a sum the notice quoted under the reply does not ("The total on this version is $18,400; the
 * quote our CFO approved came to $16,900", under a work order of $18,400): where a document with costs is to be approved, what it
 * costs is for the PM to settle first. Only a sum after a word of cost in its sentence, and not a limit ("The total of $18,400 is
 * well within my signing authority of $50,000" names one price); a sum the notice names, said again, is none; so is any sum where
 * the notice names none.
 */
export function amountsOtherThanNotice(ownWords: string, notice: () => string | undefined): string[] {
  return sentencesOtherThanNotice(
    ownWords,
    notice,
    (folded) => amountsIn(folded).map((a) => a.sum),
    // A sum after a word of cost in its sentence ("the quote our CFO approved in September, which I have here, came to $16,900").
    (folded, named) => {
      const cost = COST.exec(folded)?.index;
      return cost !== undefined && amountsIn(folded).some((a) => a.at > cost && !named.includes(a.sum));
    },
  );
}
