import type { PatternName } from './lexicon';
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

/** Each month's name, folded, to its number from 0 (each language's `monthNames` are written January first). */
const MONTHS = new Map<string, number>(LANGUAGES.flatMap((l) => (l.patterns.monthNames ?? []).map((name, i): [string, number] => [name, i])));

/** The small words between a part and its month ("end of March", "primera semana de marzo", "ersten Woche im März"). */
const LINK = String.raw`(?:[\s-]+(?:of|the|de|del|di|da|do|des|du|im|in|em|en|van|von))*`;
/** A month named alone after "in" ("in April", "im April", "en avril", "em abril", "para mayo", "a maggio"). */
const IN = 'in|im|en|em|para|a|au';

const MONTH_ALTERNATION = [...MONTHS.keys()].join('|');
/** A part of a month and the month ("the first week of march"), or "in" and a month alone, over folded text. */
const WINDOW = new RegExp(String.raw`(?:^|\s)(?:(?<part>${WINDOW_WORDS})${LINK}[\s-]+|(?:${IN})\s+)(?<month>${MONTH_ALTERNATION})(?![\p{L}])`, 'gu');

/** Which part a window word names. */
const PART_OF = new Map<string, Part>(
  (Object.entries(PART_WORDS) as [Part, PatternName][]).flatMap(([part, name]) =>
    LANGUAGES.flatMap((l) => (l.patterns[name] ?? []).map((word): [string, Part] => [word, part])),
  ),
);

/** A month, by its number from 0, and the days of it a sender names. */
export interface MonthWindow {
  readonly month: number;
  readonly from: number;
  readonly to: number;
}

/** How many words apart a launch's word and its month may stand: after it ("go-live the first week of March"), before it ("in April we go live"). */
const AFTER = 5;
const BEFORE = 3;

const wordsBetween = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

/**
 * The months, or parts of months, a folded clause names as its launch's, with no day of them ("go-live the first week of march",
 * "lancement fin avril", "in april we go live"): each near one of the `launch` spans, the words of going live. None where the
 * clause has a figure other than a year: a day is named then, which the reader reads as one (extract.ts). ("We looked at the QA
 * window in early February … and at the go-live date" names the QA's month, not the launch's.)
 */
export function launchWindowsIn(folded: string, launch: readonly (readonly [number, number])[]): MonthWindow[] {
  if (launch.length === 0 || /\d/.test(folded.replace(/\b20\d\d\b/g, ''))) return [];
  return [...folded.matchAll(WINDOW)].flatMap((m) => {
    const month = MONTHS.get(m.groups?.['month'] ?? '');
    const [at, end] = [m.index, m.index + m[0].length];
    const near = launch.some(([a, b]) => (at >= b && wordsBetween(folded.slice(b, at)) <= AFTER) || (end <= a && wordsBetween(folded.slice(end, a)) <= BEFORE));
    if (month === undefined || !near) return [];
    const part = m.groups?.['part'];
    const [from, to] = DAYS[part === undefined ? 'whole' : (PART_OF.get(part) ?? 'whole')];
    return [{ month, from, to }];
  });
}
