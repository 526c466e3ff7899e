import type { PatternName } from './lexicon';
import { LANGUAGES } from './languages';

/**
 * The words of one of the reader's patterns in every language it knows, as the alternatives of a regular expression
 * (`a|b|c`): the pattern's shape (where the words stand around a yes, a "but", a day) is the reader's, its words are each
 * language's (`languages/`, `patterns`).
 */
export function wordsOf(name: PatternName, wrap: (fragment: string) => string = (f) => f): string {
  return LANGUAGES.flatMap((l) => l.patterns[name] ?? [])
    .map(wrap)
    .join('|');
}

/** Words that say a file is attached ("attached", "anbei", "ci-joint", "in allegato"…: the `attachmentWords` pattern), over folded text. */
export const ATTACHED_WORDS = new RegExp(String.raw`(?<![\p{L}])(?:${wordsOf('attachmentWords')})(?![\p{L}])`, 'u');

/** Where a link starts ("https://", "www."): the clauses' query mark and the sentences' cut both know a link by it. */
export const LINK_START = String.raw`(?:https?:\/\/|www\.)`;
