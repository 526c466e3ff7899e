import { describe, expect, it } from 'vitest';
import { fold, type PatternName } from '../../shared/mail/reading/lexicon';
import { LANGUAGES } from '../../shared/mail/reading/languages';
import { wordsOf } from '../../shared/mail/reading/patterns';

/*
 * The words of the reader's patterns are each language's data (docs/mail-understanding.md#languages): fragments of regular
 * expressions that the reader joins into its patterns. A fragment that does not compile, or that could never match the text
 * it is tried on, is a defect that no reading would show.
 */

const names = [...new Set(LANGUAGES.flatMap((l) => Object.keys(l.patterns)))] as PatternName[];
/** Patterns tried on the text as written (case-insensitive), not on the folded text: their words keep their accents. */
const ON_TEXT_AS_WRITTEN: ReadonlySet<PatternName> = new Set(['dateWords']);

describe("the languages' pattern words", () => {
  it.each(names)('%s: every fragment compiles on its own, and the pattern of all languages compiles', (name) => {
    for (const language of LANGUAGES)
      for (const fragment of language.patterns[name] ?? []) expect(() => new RegExp(fragment, 'u'), `${language.code}: ${fragment}`).not.toThrow();
    expect(() => new RegExp(`(?:${wordsOf(name)})`, 'u')).not.toThrow();
  });

  it.each(names.filter((n) => !ON_TEXT_AS_WRITTEN.has(n)))('%s: words are written folded (lower case, no accents), as the text they are tried on', (name) => {
    for (const language of LANGUAGES)
      for (const fragment of language.patterns[name] ?? []) {
        // The syntax of the expression (`\\S`, `\\p{L}`) is not a word.
        const words = fragment.replace(/\\[A-Za-z](?:\{[^}]*\})?/g, ' ');
        expect(fold(words), `${language.code}: ${fragment}`).toBe(words);
      }
  });

  it('has English words for every pattern (English is read in every reply)', () => {
    const english = LANGUAGES.find((l) => l.code === 'en');
    const without = names.filter((name) => (english?.patterns[name] ?? []).length === 0);
    // Negative concord ("no vemos ningún inconveniente") is a shape English does not have; nor a verb of the future that also
    // tells the present ("werden korrekt übertragen", "komen nu goed door"): English tells the future with "will" alone.
    expect(without.sort()).toEqual(['concord', 'presentState']);
  });
});
