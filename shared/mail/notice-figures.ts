import { fold } from './reading/lexicon';

/** A sentence's end: a full stop, a question or an exclamation mark before a space, or a blank line (a hard wrap joins). */
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n\s*\n/;

/** A sentence with the hard wraps inside it read through, one space for each. */
export const readThrough = (sentence: string) => sentence.replace(/\s*\n\s*/g, ' ');

/** The sender's sentences, as written (a hard wrap inside one kept): cut at {@link SENTENCE_BREAK}. */
export function senderSentences(ownWords: string): string[] {
  return ownWords.split(SENTENCE_BREAK);
}

/**
 * The sender's sentences whose figures differ from those the notice quoted under the reply names (a count of places, devices or volumes: counts.ts; a
 * sum: amounts.ts; a web address: addresses.ts). `named` reads the notice's figures from its folded text; `differs` tells whether
 * a folded sentence of the sender's names another. Words with no figure (nothing `mayName` finds) name none, and the notice is
 * not read for them; a notice that names none makes no sentence differ. Each sentence is given as written, a hard wrap inside it
 * read through.
 */
export function sentencesOtherThanNotice<T>(
  ownWords: string,
  notice: () => string | undefined,
  named: (folded: string) => readonly T[],
  differs: (folded: string, named: readonly T[]) => boolean,
  mayName: RegExp = /\d/,
): string[] {
  const text = mayName.test(ownWords) ? notice() : undefined;
  if (text === undefined) return [];
  const inNotice = named(fold(text));
  if (inNotice.length === 0) return [];
  return senderSentences(ownWords).filter((sentence) => differs(fold(readThrough(sentence)), inNotice));
}
