import { matchesOf } from './reading/lexicon';
import { wholeWordsOf, wordsOf } from './reading/patterns';
import { sentencesOtherThanNotice } from './notice-figures';

/**
 * The count of a client's places a text names: "38 stores", "14 Filialen", "Number of stores: 38", "Venues in scope: 8". Over
 * folded text; the figure stands right before the word, or after it (and up to two words) and a colon. (Not a figure that is part of another one,
 * "1.5 stores", "v2 stores", nor a price or a time.)
 */
const PLACES = wordsOf('countedPlaces');
const COUNT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/:$€£#-])(\d{1,4})\s+(?:${PLACES})(?![\p{L}])`, 'gu');
const COUNT_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:${PLACES})(?:\s+[\p{L}-]+){0,2}\s*[:=]\s*(\d{1,4})(?![\d.,:])`, 'gu');
/** Words that make a count a total or a change ("now", "all", "en total", "inzwischen", "et non plus"). */
const TOTAL = wholeWordsOf(['nowWords', 'sinceThen', 'countBecame', 'totalWords']);

/** The counts of places a folded text names: the notice's in both forms, the sender's only as a figure before the word. */
function countsIn(folded: string, forms: readonly RegExp[]): number[] {
  return forms.flatMap((form) => matchesOf(form, folded)).map((m) => Number(m[1]));
}

/**
 * The sender's sentences that count the client's places otherwise than the notice quoted under the reply ("config looks right.
 * its 42 stores now", under a configuration of 38 stores): what the PM set up may no longer hold. A count the notice names, said
 * again, is none; so is one below the notice's that no word of change or of a total marks, a part of the whole ("tested in 3
 * stores", "we'll start with the 5 stores in Phoenix"; "3 of our 38 stores": the figure before "stores" is the notice's).
 */
export function countsOtherThanNotice(ownWords: string, notice: () => string | undefined): string[] {
  return sentencesOtherThanNotice(
    ownWords,
    notice,
    (folded) => countsIn(folded, [COUNT_BEFORE, COUNT_AFTER]),
    (folded, named) => {
      const most = Math.max(...named);
      return countsIn(folded, [COUNT_BEFORE]).some((count) => !named.includes(count) && (count > most || TOTAL.test(folded)));
    },
  );
}
