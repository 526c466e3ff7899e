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

/**
 * Every match of a global expression in a text, as `text.matchAll(pattern)` finds them, without the copy of the expression
 * `matchAll` makes on every call (a copy of one of the reader's long lists of words cost more than the search itself). The
 * expression is used from its start and left there (`lastIndex` 0): none of the reader's global expressions is read from
 * elsewhere.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // An empty match moves on by a character (a code point in a Unicode expression), as `matchAll` does.
    if (m[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

/** Words that say a file is attached ("attached", "anbei", "ci-joint", "in allegato"…: the `attachmentWords` pattern), over folded text. */
export const ATTACHED_WORDS = new RegExp(String.raw`(?<![\p{L}])(?:${wordsOf('attachmentWords')})(?![\p{L}])`, 'u');
