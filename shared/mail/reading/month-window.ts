import type { Lexicon, PatternName } from './lexicon';
import { LANGUAGES } from './languages';
import { wordsOf } from './patterns';

/** The parts of a month a sender names the launch by ("early March", "Ende März", "finales de marzo", "sometime in May"). */
type Part = 'early' | 'mid' | 'late' | 'sometime';

const PART_WORDS: Record<Part, PatternName> = { early: 'monthEarly', mid: 'monthMid', late: 'monthLate', sometime: 'monthSometime' };

/**
 * The days each part of a month spans, generously: a day near where two parts meet is in both ("early March" holds March 12,
 * "mid-March" March 8 and March 23), so that only a day plainly outside the part is another one.
 */
const DAYS: Record<Part | 'whole', readonly [number, number]> = { early: [1, 12], mid: [8, 23], late: [18, 31], sometime: [1, 31], whole: [1, 31] };

/** Every word of a part of a month, in every language the reader knows (doubts.ts's window before a month's name). */
export const WINDOW_WORDS = Object.values(PART_WORDS)
  .map((name) => wordsOf(name))
  .filter((words) => words !== '')
  .join('|');

const alternation = (words: readonly string[]) => words.join('|');

/** One language's reading of a window: its parts, small words and months only ("begin" is Dutch "early", not the English verb; "a Marco" no Italian month). */
interface LanguageWindow {
  readonly pattern: RegExp;
  readonly months: ReadonlyMap<string, number>;
  readonly parts: ReadonlyMap<string, Part>;
}

function languageWindow(language: Lexicon): LanguageWindow | undefined {
  const names = language.patterns.monthNames ?? [];
  const parts = new Map<string, Part>(
    (Object.entries(PART_WORDS) as [Part, PatternName][]).flatMap(([part, name]) =>
      (language.patterns[name] ?? []).map((word): [string, Part] => [word, part]),
    ),
  );
  const inWords = language.patterns.monthIn ?? [];
  if (names.length === 0 || inWords.length === 0) return undefined;
  const link = String.raw`(?:[\s-]+(?:${alternation(language.patterns.monthLink ?? [])}))*`;
  // A part and its month ("the first week of march", "fin avril", "primera semana de marzo"), or a month alone after "in"; and the
  // year right after it, if written ("mid-march 2026", "fin avril 2027", "marzo de 2026").
  const pattern = new RegExp(
    String.raw`(?:^|\s)(?:(?<part>${alternation([...parts.keys()])})${link}[\s-]+|(?:${alternation(inWords)})\s+)(?<month>${alternation(names)})(?![\p{L}])(?:\s+(?:de\s+|del\s+)?(?<year>20\d\d)\b)?`,
    'gu',
  );
  return { pattern, months: new Map(names.map((name, i): [string, number] => [name, i])), parts };
}

const WINDOWS = LANGUAGES.map(languageWindow).filter((w): w is LanguageWindow => w !== undefined);

/** A month, by its number from 0, the days of it a sender names, and its year where written. */
export interface MonthWindow {
  readonly month: number;
  readonly from: number;
  readonly to: number;
  readonly year?: number;
}

/** How many words apart a launch's word and its month may stand: after it ("go-live the first week of March"), before it ("in April we go live"). */
const AFTER = 5;
const BEFORE = 3;

/**
 * What may not stand between a launch's word and its month: a stop or a comma, a bracket, "and", "or", "but" ("The pilot ran in
 * February and the go-live date works", "Der Go-live passt, Ende Mai schicken wir das Menü": the month is another thing's).
 */
const APART = new RegExp(String.raw`[,;:.!?()]|(?<![\p{L}])(?:${wordsOf('andOr')}|${wordsOf('butWords')})(?![\p{L}])`, 'u');

/** Words of starting ("start", "starten", "startdatum", "arrancar", "démarrer", "partire"): a person's or a training's start as often as the launch. */
const STARTING = /^(?:start|arranc|demarr|parti)/;

const wordsIn = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;
const clear = (text: string, most: number) => wordsIn(text) <= most && !APART.test(text);

/**
 * The months, or parts of months, a folded clause names as its launch's, with no day of them ("go-live the first week of march",
 * "lancement fin avril", "in april we go live"): each near one of the `launch` spans (the words of going live, not of starting),
 * nothing but words between them. None where the clause has a figure other than a year: a day is named then, which the reader
 * reads as one (extract.ts).
 */
export function launchWindowsIn(folded: string, launch: readonly (readonly [number, number])[]): MonthWindow[] {
  const going = launch.filter(([a, b]) => !STARTING.test(folded.slice(a, b)));
  if (going.length === 0 || /\d/.test(folded.replace(/\b20\d\d\b/g, ''))) return [];
  return WINDOWS.flatMap((w) =>
    [...folded.matchAll(w.pattern)].flatMap((m) => {
      const month = w.months.get(m.groups?.['month'] ?? '');
      const at = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      const near = going.some(([a, b]) => (at >= b && clear(folded.slice(b, at), AFTER)) || (end <= a && clear(folded.slice(end, a), BEFORE)));
      if (month === undefined || !near) return [];
      const part = m.groups?.['part'];
      const [from, to] = DAYS[part === undefined ? 'whole' : (w.parts.get(part) ?? 'whole')];
      const year = m.groups?.['year'];
      return [{ month, from, to, ...(year === undefined ? {} : { year: Number(year) }) }];
    }),
  );
}
