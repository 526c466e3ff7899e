import { describe, expect, it } from 'vitest';
import { type DayWordName, fold, type PatternName } from '../../shared/mail/reading/lexicon';
import { LANGUAGES } from '../../shared/mail/reading/languages';
import { anchoredTest, wordsOf } from '../../shared/mail/reading/patterns';

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

  it.each(names)('%s: no fragment holds a control character (a "\\b" written "\b" in a single-quoted string is a backspace)', (name) => {
    for (const language of LANGUAGES)
      for (const fragment of language.patterns[name] ?? [])
        expect(
          [...fragment].some((ch) => ch.charCodeAt(0) < 32),
          `${language.code}: ${JSON.stringify(fragment)}`,
        ).toBe(false);
  });

  it('has English words for every pattern (English is read in every reply)', () => {
    const english = LANGUAGES.find((l) => l.code === 'en');
    const without = names.filter((name) => (english?.patterns[name] ?? []).length === 0);
    // Negative concord ("no vemos ningún inconveniente") is a shape English does not have; nor a verb of the future that also
    // tells the present ("werden korrekt übertragen", "komen nu goed door"): English tells the future with "will" alone; nor a
    // subject dropped before "you" ("les confirmo", "vi confermo"): English says "I confirm"; nor a "both … and" whose "and" is
    // also an "if" (Dutch "zowel … als"); nor someone else's auxiliary far before a verb at the clause's end ("Zij heeft het plan
    // goedgekeurd"): English puts them together, "she has approved" (thirdPerson); nor a first person's "can" without its
    // pronoun ("podemos confirmar"): English says "we can confirm" (ableTo).
    expect(without.sort()).toEqual(['bothAnd', 'concord', 'ownAbleTo', 'presentState', 'thirdPersonHas', 'toYou']);
  });
});

/** The launch-date reader's word lists (extract.ts): fragments tried on the text as written, case-insensitive. */
const dayLists = [...new Set(LANGUAGES.flatMap((l) => Object.keys(l.days)))] as DayWordName[];

describe("the languages' words for days", () => {
  it.each(dayLists)('%s: every fragment compiles on its own, and the list of all languages compiles', (name) => {
    const all: string[] = [];
    for (const language of LANGUAGES)
      for (const fragment of language.days[name] ?? []) {
        expect(() => new RegExp(fragment, 'iu'), `${language.code}: ${fragment}`).not.toThrow();
        all.push(fragment);
      }
    expect(() => new RegExp(`(?:${all.join('|')})`, 'iu')).not.toThrow();
  });

  it.each(dayLists)('%s: words are written in lower case (they are tried case-insensitively; a capital would say otherwise)', (name) => {
    for (const language of LANGUAGES)
      for (const fragment of language.days[name] ?? []) {
        const words = fragment.replace(/\\[A-Za-z](?:\{[^}]*\})?/g, ' ');
        expect(words.toLowerCase(), `${language.code}: ${fragment}`).toBe(words);
      }
  });

  it('gives every language the words of the launch, of refusing, moving and asking for a day, of another milestone, and of parting phrases', () => {
    const missing = Object.fromEntries(LANGUAGES.map((l) => [l.code, dayLists.filter((name) => (l.days[name] ?? []).length === 0).sort()]));
    // English asks "can we" among the words that set a day and "can you" apart (its "can we" list asks in other words: "is there any
    // way"); Dutch puts no verb before "niet mogelijk"; Italian proposes with "possiamo", already a "can we".
    expect(missing).toEqual({
      en: [],
      de: ['canYou'],
      fr: ['canYou'],
      es: ['canYou'],
      nl: ['canYou', 'copulas'],
      it: ['canYou', 'proposes'],
      pt: ['canYou'],
    });
  });
});

describe('a test of many fragments, each looked for only where a run of plain text it needs stands (patterns.ts anchoredTest)', () => {
  const fragments = ['out of (?:the )?office', 'auto-?reply', "can't make it", 'abwesend', 'fuera de la oficina', 'vacances?', '\\bno(?:t|n) disponible'];
  const build = (list: readonly string[]) => `(?:${list.join('|')})`;
  it.each([
    'I am out of the office until Monday.',
    'Automatic reply: AUTO-REPLY',
    "Sorry, I can't make it on Thursday.",
    'Ich bin abwesend.',
    'Estoy fuera de la oficina.',
    'En vacance jusqu’au 3.',
    'Not disponible today',
    'Approved, thanks!',
    '',
    'nothing here matches at all, not even close',
  ])('says of "%s" what the whole expression says, case and all', (text) => {
    for (const flags of ['', 'i', 'iu']) {
      const whole = new RegExp(build(fragments), flags);
      expect(anchoredTest(fragments, build, flags)(text), `${text} /${flags}`).toBe(whole.test(text));
    }
  });
});
