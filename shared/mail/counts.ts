import { fold, matchesOf } from './reading/lexicon';
import { wordsOf } from './reading/patterns';

/**
 * The count of a client's places a text names: "38 stores", "14 Filialen", "Number of stores: 38", "Venues in scope: 8". Over
 * folded text; the figure stands right before the word, or after it (and up to two words) and a colon. (Not a figure that is part of another one,
 * "1.5 stores", "v2 stores", nor a price or a time.)
 */
const PLACES = wordsOf('countedPlaces');
const COUNT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/:$€£#-])(\d{1,4})\s+(?:${PLACES})(?![\p{L}])`, 'gu');
const COUNT_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:${PLACES})(?:\s+[\p{L}-]+){0,2}\s*[:=]\s*(\d{1,4})(?![\d.,:])`, 'gu');
/** The counts of places a folded text names. */
function countsIn(folded: string): number[] {
  return [...matchesOf(COUNT_BEFORE, folded), ...matchesOf(COUNT_AFTER, folded)].map((m) => Number(m[1]));
}

/** A sentence's end: a full stop, a question or an exclamation mark before a space, or a line break. */
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;

/**
 * The sender's sentences that count the client's places otherwise than the notice quoted under the reply ("config looks right.
 * its 42 stores now", under a configuration of 38 stores): what the PM set up may no longer hold. A count the notice names, said
 * again, is none (so is a part of one, "3 of our 38 stores": the figure before "stores" is the notice's).
 */
export function countsOtherThanNotice(ownWords: string, notice: string | undefined): string[] {
  if (notice === undefined || !/\d/.test(ownWords)) return [];
  const named = new Set(countsIn(fold(notice)));
  if (named.size === 0) return [];
  return ownWords.split(SENTENCE_BREAK).filter((sentence) => {
    const folded = fold(sentence);
    return countsIn(folded).some((count) => !named.has(count));
  });
}
