import * as chrono from 'chrono-node';
import { LANGUAGES } from './reading/languages';
import { fold, matchesOf } from './reading/lexicon';
import { anchoredTest, SHORT_MONTH, withoutMonthDots, wordsOf } from './reading/patterns';
import type { DayWordName } from './reading/lexicon';
import { ADDRESS } from './address';
import type { Contact } from './schemas';

/** The words of one of the launch-date reader's lists in every language it knows, as the alternatives of a regular expression (`languages/`, `days`). */
function dayWords(name: DayWordName): string {
  return dayFragments(name).join('|');
}

/** The words of one of the launch-date reader's lists in every language it knows, one after the other. */
function dayFragments(name: DayWordName): readonly string[] {
  return LANGUAGES.flatMap((l) => l.days[name] ?? []);
}

/**
 * One of the launch-date reader's lists as a whole-word test, tried only where a run of plain letters every match of the words
 * needs stands in the text (patterns.ts anchoredTest): a sentence that holds none of them compiles none of their expressions.
 */
function dayWordsTest(name: DayWordName): { test: (text: string) => boolean } {
  return {
    test: anchoredTest(dayFragments(name), (fragments) => `(?<![\\p{L}])(?:${fragments.join('|')})(?![\\p{L}])`, 'iu'),
  };
}

/** The end of a period, "end of June", "the end of the month": chrono's English gives it the period's last day, certain. */
const END_OF_PERIOD = /^(?:the\s+)?end\s+of\b/i;

/** A day of the month written as one, "the 26th", "31st". */
const ORDINAL_DAY = /\b\d{1,2}(?:st|nd|rd|th)\b/i;

/** Words that make a sentence about the launch date, in the languages the reader knows. */
const LAUNCH_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(${dayWords('launch')})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * A date after a negation in its phrase is one refused ("nous ne souhaitons pas lancer le 10 mai"): another asked for wins. Not a
 * negation of something else ("no problems", "keine Einwände", "pas de changement", Portuguese "no dia").
 */
const REFUSED = new RegExp(
  `(?<![\\p{L}\\p{N}])(${dayWords('refusing')})(?![\\p{L}\\p{N}])(?!\\s+(?:(?:${dayWords('thereIs')})\\s+)?(?:${dayWords('noRefusal')})(?![\\p{L}]))`,
  'iu',
);

/** English weekdays and months, in order (`Date` counts them from Sunday and January). */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A number that could be a day of the month (one or two digits on their own: "the 26th", "10/6", "15.06.2027",
 * "2027-06-15"): a sentence whose only numbers are years, amounts, versions, percentages or times names no day by them.
 */
const DAY_NUMBER = /(?<![\d$€£.,:]|\p{L})\d{1,2}(?![\d%:]|,\d)/u;
/** {@link DAY_NUMBER}, each of them. */
const DAY_NUMBERS = new RegExp(DAY_NUMBER.source, 'gu');
/**
 * Months, weekdays, "today" and "tomorrow" in the languages the reader knows, as whole words ("Mon", "janv.", "sept"; not "mar" in
 * "marketing"): a sentence with none of them and no number names no day, and chrono (the costly part) is not asked. Words of
 * time ahead ("next", "this week", "le mois prochain": each language's `timeAhead`) name no day alone.
 */
const DATE_WORDS = new RegExp(`(?<![\\p{L}])(?:${wordsOf('dateWords')})\\.?(?![\\p{L}])`, 'iu');

/** Whether words that ask to set a date stand in the date's own phrase before it ("…, but can we move it to May 12?"). */
function setBefore(sentence: string, index: number): boolean {
  const phrases = sentence.slice(0, index).split(BUT_BREAK);
  const phrase = phrases.pop() ?? '';
  if (ASKS_TO_SET.test(phrase) || (ASKED.test(sentence) && CAN_WE.test(phrase))) return true;
  // A day in apposition, after only an article or a weekday ("… décaler le lancement à la semaine suivante, le mardi 25 novembre
  // ?"), is set by the words of moving a day in the phrase before it (not by a "please note" or a "can you confirm").
  const before = phrases.pop() ?? '';
  return APPOSITION.test(phrase) && (MOVES.test(before) || INSTEAD.test(before));
}

/** What parts the phrase that asks from the one before: a comma, a semicolon, a colon, a "but". */
const BUT_BREAK = new RegExp(`[,;:]|\\b(?:${dayWords('butWords')})\\b`, 'i');

/** A phrase that is only a preposition, an article or a weekday before a day: "le mardi", "the", "naar", "to". */
const APPOSITION = new RegExp(
  `^\\s*(?:(?:to|naar|auf|au|à|al|a|para|per|the|le|la|el|il|den|der|de|op|on|am|o|lo)\\s+){0,2}(?:${wordsOf('dateWords')})?\\s*$`,
  'iu',
);

/** A sentence asked ("…?", "¿…"). */
const ASKED = /\?\s*$|¿/;
/** "Can we" in the other languages, asking only in a question ("Können wir den Go-Live auf den 22.06. legen?"; not "no podemos"). */
const CAN_WE = dayWordsTest('canWe');

/**
 * Whether a span of days ("from June 6 to June 10", "dal 3 al 10 marzo") is the launch moved from its first day to its last: "from"
 * right before it, and a verb of moving or changing the launch before that, with no other milestone moved and no negation
 * ("please change go-live from June 6 to June 10"; not "we moved our staff training from June 1 to June 4", nor "we cannot move the
 * launch from June 6 to June 10").
 */
function launchMovedAcross(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  if (!MOVED_FROM.test(before)) return false;
  const verb = matchesOf(MOVES_ALL, before).at(-1);
  if (verb === undefined) return false;
  const moved = before.slice(Math.max(0, verb.index - 40));
  return LAUNCH_WORDS.test(moved) && !OTHER_MILESTONE.test(moved) && !REFUSED.test(before.slice(Math.max(0, verb.index - 30)));
}
/** Every verb of moving or changing a day, where it stands. */
const MOVES_ALL = new RegExp(`(?<![\\p{L}])(?:${dayWords('moves')}|${dayWords('changes')})(?![\\p{L}])`, 'giu');

/** "From" (and an article) right before a day: the day a move leaves, where a verb of moving or changing comes before it. */
const MOVED_FROM = new RegExp(`(?<![\\p{L}])(?:${dayWords('movedFrom')})\\s+(?:(?:${dayWords('dayArticles')})\\s+)?$`, 'iu');

/** Whether a negation stands in the date's own phrase, within eight words before it. */
function refusedBefore(sentence: string, index: number): boolean {
  const phrase = sentence.slice(0, index).split(/[,;:]/).pop() ?? '';
  // (A bare "no" right before the day is Portuguese "on the": "o lançamento no sábado 12 de junho".)
  return REFUSED.test(
    phrase
      .replace(/(?<![\p{L}])no\s*$/iu, '')
      .split(/\s+/)
      .slice(-8)
      .join(' '),
  );
}

/** Whether a day's number in the sentence is said not to work right after it ("Nov 4 won't work", "am 15.03. geht nicht"). */
function refusedAfterADay(sentence: string): boolean {
  return matchesOf(DAY_NUMBERS, sentence).some((m) => {
    // (The rest of a day written in numbers is the day's: "15.03.".)
    const end = m.index + m[0].length + (/^[./-]\d{1,2}(?:[./-]\d{2,4})?\.?/.exec(sentence.slice(m.index + m[0].length))?.[0].length ?? 0);
    return refusedAfter(sentence, end);
  });
}

/** {@link LAUNCH_WORDS}, each of them. */
const LAUNCH_NAMED = new RegExp(LAUNCH_WORDS.source, 'giu');
/** The words of the launch a sentence names: not a release, often the sender's own ("our new app release goes out May 3"). */
function launchNamesIn(sentence: string): RegExpExecArray[] {
  return matchesOf(LAUNCH_NAMED, sentence).filter((m) => !/^release$/i.test(m[0]));
}
/** The launch named again by a pronoun, in a request to set its day ("Can we make it Feb 10 instead?", "move it to the 12th", "go ahead on Tuesday 3/11"). */
const THE_LAUNCH_AGAIN = new RegExp(
  `\\b(?:(?:make|move|push|shift|change|set|switch|turn) it\\b|go ahead on (?=\\d|(?:${WEEKDAYS.join('|')})\\b)|(?:can|could) (?:we|you) do (?=(?:the\\s+)?\\d|(?:${WEEKDAYS.map((d) => d.slice(0, 3)).join('|')})[a-z]*\\.?\\s|(?:${MONTHS.map((m) => m.slice(0, 3)).join('|')})[a-z]*\\.?\\s*\\d))`,
  'i',
);
/**
 * A day asked for in the place of another day named ("in plaats van donderdag de 3e", "en vez del 7", "invece di venerdì 21",
 * "instead of June 21"): the launch day being moved. A bare "instead" may be about anything ("the training instead on the 10th").
 */
const INSTEAD_OF_DAY = new RegExp(`(?<![\\p{L}])(?:${dayWords('insteadOf')})\\s+(?:(?:${dayWords('dayArticles')})\\s+)?(?:\\d|${dayWords('workdays')})`, 'iu');

/** A day said not to work by its timing: too early, too late, too tight ("trop juste", "zu knapp", "demasiado pronto"). */
const TOO_SOON = new RegExp(`(?<![\\p{L}])(?<!(?:${dayWords('negation')}) )(?:${dayWords('tooSoon')})(?![\\p{L}])`, 'iu');

/**
 * Said of a day right after it: it does not work ("A go-live on 9 December is therefore not possible.", "le 3 février est trop
 * juste"), the words ending their phrase ("no es posible retrasarlo" says something else).
 */
const DOES_NOT_WORK = new RegExp(
  String.raw`^[^,.;:!?]{0,20}?(?<![\p{L}])(?:(?:${dayWords('copulas')}) )?(?:(?:${dayWords('softeners')}) )?(?:${dayWords('doesNotWork')})(?=\s*(?:[,.;:!?()]|$)|\s+(?:${dayWords('reasons')})(?![\p{L}]))|^[^,.;:!?]{0,20}?${TOO_SOON.source}`,
  'iu',
);
/** Whether the words right after a day (its end at `end`) say it does not work ({@link DOES_NOT_WORK}). */
function refusedAfter(sentence: string, end: number): boolean {
  return DOES_NOT_WORK.test(sentence.slice(end, end + 60));
}

/** Verbs of moving a day ("Possiamo spostarla al 3 maggio?", "Kunnen we de livegang een weekje opschuiven, naar 14 juni?"). */
const MOVES = dayWordsTest('moves');
/** "Can we", "could you" in English, asking in a question ("Can you rework the schedule around October 12?"). */
const CAN_YOU = new RegExp(`\\b(?:${dayWords('canYou')})\\b`, 'i');

/** A sentence that proposes a day, asks for one "instead", moves to one or asks "can we" (read only after a launch day refused). */
function asksForADay(sentence: string): boolean {
  return (
    PROPOSES.test(sentence) || INSTEAD.test(sentence) || MOVES.test(sentence) || (ASKED.test(sentence) && (CAN_WE.test(sentence) || CAN_YOU.test(sentence)))
  );
}

/** A bare "instead" ("Could we do the 17th instead?"), in the seven languages. */
const INSTEAD = dayWordsTest('instead');

/** Words that put a day forward ("could you propose the 17th", "wir schlagen den 10. vor"). */
const PROPOSES = dayWordsTest('proposes');

/** A milestone other than the launch, named in a sentence: a day there is its own ("the training on the 10th"). */
const OTHER_MILESTONE = dayWordsTest('otherMilestone');

/** A body that meets and decides, or its meeting ("il consiglio direttivo che si riunisce il 20 gennaio", "the board meets on the 20th"). */
const MEETS = dayWordsTest('meets');

/** What parts a milestone's phrase from a day's: a comma, a dash, a digit (another day), an "and", a "but". */
const MILESTONE_PHRASE_BREAK = new RegExp(`[,;:\\d]|\\s[-–—]\\s|(?<![\\p{L}])(?:${dayWords('andWords')}|${dayWords('butWords')})(?![\\p{L}])`, 'iu');

/**
 * A day in a phrase that names another milestone or a meeting and not the launch ("ma dipende dal consiglio direttivo che si
 * riunisce il 20 gennaio", "we have the training on the 10th"): that milestone's day.
 */
function anotherEventsDay(sentence: string, index: number): boolean {
  // The phrase since the last comma, "and", "but" or other day ("the certification week of June 2 and the June 30 go-live": the
  // second day's phrase is "the"), and the words right after the day ("June 30 go-live").
  const phrase = sentence.slice(0, index).split(MILESTONE_PHRASE_BREAK).pop() ?? '';
  return (OTHER_MILESTONE.test(phrase) || MEETS.test(phrase)) && !LAUNCH_WORDS.test(`${phrase} ${sentence.slice(index, index + 24)}`);
}

/** Words that put a weekday ahead ("next Monday", "nächsten Montag"): a weekday alone names a launch day only then. */
const AHEAD = new RegExp(`(?:${dayWords('ahead')})`, 'i');

/** chrono's words for the day of writing itself. */
const TODAY = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i;

/** A date right after these words is a limit or a wait ("until after April 28"), not the launch asked for. */
const NOT_THE_LAUNCH = new RegExp(`(?<![\\p{L}\\p{N}])(${dayWords('until')})(?![\\p{L}\\p{N}])[^.!?\\n]{0,25}$`, 'iu');

/**
 * What a span of time ends with in chrono's English ("two weeks", "a couple of days", "3d"): a number, a number word, an article
 * or a quantity, a few spaces, a unit of time (its abbreviations among them).
 */
const SPAN = String.raw`(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{0,6}(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)\s{0,5}`;
/**
 * chrono's English parsers of a span of time before or after ("two weeks later", "3 days before"), known by the words their own
 * pattern ends with (not by their class's name, which a bundler renames), each with what that pattern cannot match without: a
 * span of time right before those words. Their patterns try every word of a sentence as the start of a number of units; in a
 * fresh process that cost about 9 ms a sentence until the engine had compiled them, most of the cost of reading the first
 * mails (README, `npm run measure:mail`). A sentence without it is not given to them: the same results, sooner.
 */
export const SPAN_PARSERS: readonly { readonly ends: string; readonly needs: RegExp }[] = [
  '(?:ago|before|earlier)',
  '(?:later|after|from now|henceforth|forward|out)',
].map((ends) => ({ ends, needs: new RegExp(String.raw`${SPAN}${ends}(?=\W|$)`, 'i') }));
/**
 * What every pattern of a span of time in chrono's English (`TIME_UNITS_PATTERN`: "within 2 weeks", "next 3 days", "+1d") cannot
 * match without: a number, a number word, an article or a quantity, a few spaces, a unit of time that ends a word (the last unit
 * of the span is followed by no letter, digit or underscore). Their patterns repeat a span a dozen times; compiled, each cost a
 * fresh process about 15 ms, and run on every sentence handed to chrono they were its slowest; a sentence without it is not given
 * to them ({@link SPAN_PARSERS} for the two that need a word after the span too).
 */
const A_SPAN =
  /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{0,6}(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)(?!\w)/i;
/** How a pattern of chrono's English that reads a span of time opens (`TIME_UNITS_PATTERN`'s optional "about"). */
const SPAN_OPENS = String.raw`(?:(?:about|around)\s{0,3})?`;

/** A letter: what goes on after a match that ends inside a word. */
const WORD_GOES_ON = /\p{L}/u;

/** A pattern that matches nothing. */
const NOTHING = /(?!)/;

/** What a span parser needs of a sentence, by the pattern the parser reads with; none for any other parser. */
function spanNeeds(parser: chrono.Parser): RegExp | undefined {
  // The pattern is only built here (a parser's pattern depends on its strictness, not on the text), never run.
  const source = parser.pattern(new chrono.ParsingContext('')).source;
  return SPAN_PARSERS.find(({ ends }) => source.includes(`\\s{0,5}${ends}`))?.needs ?? (source.includes(SPAN_OPENS) ? A_SPAN : undefined);
}

/** chrono's casual English, each span parser asked only of a sentence with a span of time ({@link A_SPAN}), before its word where it needs one ({@link SPAN_PARSERS}). */
export function chronoEnglish(): chrono.Chrono {
  const casual = chrono.en.casual.clone();
  casual.parsers = casual.parsers.map((parser): chrono.Parser => {
    const needs = spanNeeds(parser);
    if (needs === undefined) return parser;
    return {
      pattern: (context) => (needs.test(context.text) ? parser.pattern(context) : NOTHING),
      extract: (context, match) => parser.extract(context, match),
    };
  });
  return casual;
}

/** What the reader needs of a chrono locale. */
type Parser = Pick<typeof chrono.en, 'parse'>;
/** chrono's parsers: English first, then the other languages the reader knows. */
const PARSERS: Readonly<Record<string, Parser>> = {
  en: chronoEnglish(),
  de: chrono.de,
  fr: chrono.fr,
  es: chrono.es,
  nl: chrono.nl,
  it: chrono.it,
  pt: chrono.pt,
};

export interface LaunchDateOptions {
  /** The date replies are read relative to (the mail's Date, or a given one). */
  readonly reference: Date;
  /** The languages the reply is written in (the reader's detection); all it knows when not given. */
  readonly languages?: readonly string[];
  /**
   * The step asks for the launch day (the details' "Your desired launch date"): a day named in a sentence with no word of the
   * launch, kept by a word beside it and set aside by none ({@link keepsADay}: "march 3 is still the date", "Der 12. April passt
   * uns auch"), is read too, and given as `dayNamed` when no sentence speaks of the launch.
   */
  readonly dayAsked?: boolean;
}

/** How many days a month has (1 to 12), in a year. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A reference instant's day, `YYYY-MM-DD` in UTC. */
function isoDay(at: Date): string {
  return iso(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Sentences of the text (a line break or terminal punctuation ends one; not the dot of an ordinal, `14. Juni`, nor of a date, `15.06.2027`; `May 20.` ends one).
 * A run of characters that end nothing is taken whole, never given back (`(?=(…+))\1`, an atomic group): no end can stand inside
 * one, so the same sentences are found with one step a run instead of one a character.
 */
const SENTENCE = new RegExp(
  `(?:(?=([^.!?\\n]+))\\1|(?<=\\d)(?<!\\b(?:${MONTHS.map((m) => `[${m.charAt(0).toUpperCase()}${m.charAt(0)}]${m.slice(1, 3)}`).join('|')})\\p{L}*\\.?\\s\\d{1,2})\\.(?=\\s+\\p{L}|\\d|,))+(?:[.!?]+(?=\\s|$)|\\n|$)`,
  'gu',
);

function sentences(text: string): string[] {
  return text.match(SENTENCE) ?? [];
}

/** Words that ask for a date to be set or moved ("please move", "instead", "could we"): the strongest asking; such a date wins over one only wished. */
const ASKS_TO_SET = new RegExp(`(?<![\\p{L}\\p{N}])(${dayWords('setsADay')})(?![\\p{L}\\p{N}])`, 'iu');
/** Words that ask for something: among several dates, the one asked for wins ("Please move go-live to the 19th"). */
const ASKS = new RegExp(`(?<![\\p{L}\\p{N}])(${dayWords('asks')})(?![\\p{L}\\p{N}])`, 'iu');

/** Words that keep a day named with no word of the launch as the day the step asked for ("still the date", "passt", "bleibt"). */
const DAY_KEPT = dayWordsTest('dayKept');
/** Words that set such a day aside as another's: an absence, a closing, a hedge, a day not decided, a limit, an opening, a sending. */
const DAY_ASIDE = dayWordsTest('dayAside');
/** Where a phrase ends inside a sentence: a comma, a semicolon, a colon, a bracket, a dash between spaces. */
const PHRASE_END = /[,;:()]|\s[-–—]\s/;

/**
 * A sentence with no word of the launch that gives the day a step asked for ("all correct thx. march 3 is still the date", "Der
 * 12. April passt uns auch", "confermo dati e data del 15 settembre"): a day, and beside it in its phrase a word that keeps it;
 * not a question, nor a sentence of another milestone, a meeting, a refusal, or a day set aside (an absence, a closing, a hedge,
 * a limit, an opening: "our gala is March 20", "I'm away Feb 3-7", "tentatively March 3", "March 3 is not decided yet").
 */
function keepsADay(sentence: string): boolean {
  if (sentence.includes('?') || OTHER_MILESTONE.test(sentence) || MEETS.test(sentence) || REFUSED.test(sentence) || DAY_ASIDE.test(sentence)) return false;
  return sentence.split(PHRASE_END).some((phrase) => (DAY_NUMBER.test(phrase) || nthWeekdayIn(phrase) !== null) && DAY_KEPT.test(phrase));
}

/**
 * The sentences to look for a launch date in: those that speak of the launch, and an inline answer
 * (lines after `> ` quoted lines) whose quoted question speaks of it ("> 3. Your desired launch date" / "March 29").
 */
function launchSentences(text: string, dayAsked = false): { text: string; inRefusedPlace: boolean; alone: boolean }[] {
  const found: { text: string; inRefusedPlace: boolean; alone: boolean }[] = [];
  let quoted = '';
  let answer: string[] = [];
  const flush = () => {
    const said = answer.join('\n');
    const quotedAbout = LAUNCH_WORDS.test(quoted);
    let after = false;
    let refused = false;
    for (const sentence of sentences(said)) {
      // "Feb 3 go-live lands the week of our conference. Can we make it Monday Feb 10 instead?": a day asked for right after a
      // sentence about the launch is the launch's. So is a day proposed right after a launch day refused ("La mise en production
      // le 3 février est trop juste pour nous. Pourriez-vous proposer le 17 février ?", "How about Feb 17?"), unless the sentence
      // names another milestone ("… Could we do the training on the 10th instead?", "Können wir am 7. Juni telefonieren?").
      const named = DAY_NUMBER.test(sentence);
      const inRefusedPlace = refused && named && asksForADay(sentence) && !OTHER_MILESTONE.test(sentence);
      const goesOn = after && named && (THE_LAUNCH_AGAIN.test(sentence) || INSTEAD_OF_DAY.test(sentence) || inRefusedPlace);
      const about = quotedAbout || LAUNCH_WORDS.test(sentence);
      if (about || goesOn) found.push({ text: sentence, inRefusedPlace, alone: false });
      // (At a step that asks for the day: a day said with no word of the launch, kept as the day asked for.)
      else if (dayAsked && keepsADay(sentence)) found.push({ text: sentence, inRefusedPlace, alone: true });
      // (A release named is no launch to go on about: "a release freeze from April 12 to 23. Could we move QA to May 21?")
      // A sentence that names no day, between, keeps what the one before it said of the launch ("Go-live on Nov 4 won't work for
      // us. That's the week we roll out the fall menu. Can we do Monday Nov 18 instead?").
      // (Only a sentence with a word of the launch can name it other than as a release: most have none, and are not searched again.)
      const launchNamed = quotedAbout || (about && launchNamesIn(sentence).length > 0);
      if (launchNamed || named) {
        // (Refused: a negation in the sentence, "no queremos lanzar ese mismo día", or a day said not to work, "Go-live on Nov 4
        // won't work"; not a "no concerns" or "pas de changement" beside it: REFUSED leaves those out.)
        refused = launchNamed && named && (REFUSED.test(sentence) || TOO_SOON.test(sentence) || refusedAfterADay(sentence));
        after = launchNamed;
      }
    }
    answer = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      if (answer.length > 0) {
        flush();
        quoted = '';
      }
      quoted += `${line}\n`;
    } else answer.push(line);
  }
  flush();
  // (A reply that speaks of the launch and names no day there names none: "launch date tbd … dont lock in 4/24", "I'll come
  // back with a firm launch date; he is travelling until the 14th".)
  return found.some((f) => !f.alone) ? found.filter((f) => !f.alone) : found;
}

/** A group for each alternative, so that which one matched tells its number. */
const numbered = (alternatives: readonly string[]) => alternatives.map((a) => `(${a})`).join('|');
/**
 * "the first Monday in May", "last Friday of June 2027", "el primer lunes de mayo", "am ersten Montag im Juni": a day chrono does
 * not read. Each language's own (its `ordinalsOfMonth`, `weekdayNames` and `monthNames`), over folded text.
 */
const NTH_WEEKDAYS = LANGUAGES.flatMap((l) => {
  const { ordinalsOfMonth: nth, weekdayNames: weekdays, monthNames: months } = l.patterns;
  if (nth?.length !== 5 || weekdays?.length !== 7 || months?.length !== 12) return [];
  return [
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${numbered(nth)})\s+(?:${numbered(weekdays)})\s+(?:\p{L}{1,3}\s+)?(?:${numbered(months)})(?![\p{L}])(?:,?\s+(?:de\s+)?(\d{4}))?`,
      'u',
    ),
  ];
});

/** An "nth weekday of a month" in a sentence: which of them (1 to 4, or -1 for the last), the weekday (0 Sunday), the month (1 to 12). */
function nthWeekdayIn(sentence: string): { nth: number; weekday: number; month: number; year?: number; index: number; length: number } | null {
  const folded = fold(sentence);
  for (const pattern of NTH_WEEKDAYS) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const which = (from: number, count: number) => m.slice(from, from + count).findIndex((g) => g !== undefined);
    const nth = which(1, 5);
    const found = { nth: nth === 4 ? -1 : nth + 1, weekday: (which(6, 7) + 1) % 7, month: which(13, 12) + 1, index: m.index, length: m[0].length };
    return m[25] !== undefined ? { ...found, year: Number(m[25]) } : found;
  }
  return null;
}

/**
 * "Monday the 26th", "Dienstag, den 22.06.": the weekday beside a day of the month adds nothing, and chrono reads only the weekday
 * (and a comma after it would part the day from the words that ask for it).
 */
const WEEKDAY_BESIDE_DAY = new RegExp(
  `\\b(?:${WEEKDAYS.join('|')}),?\\s+(?=the\\s+\\d{1,2}(?:st|nd|rd|th)\\b)|\\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\\s+(?=(?:den|der)\\s+\\d{1,2}\\.)`,
  'gi',
);

/**
 * "June 3rd 2027 - thursday", "3 June (Thursday)": a weekday after a written date adds nothing, and chrono reads the two
 * as a range from the weekday. Only after a day with its ordinal, a year or a month named ("at 10 - Monday next week" keeps it).
 */
const WEEKDAY_AFTER_DAY = new RegExp(
  `(?<=\\d(?:st|nd|rd|th)|\\b\\d{4}|\\b(?:${MONTHS.join('|')})\\.?\\s+\\d{1,2}|\\b\\d{1,2}\\.?\\s+(?:${MONTHS.join('|')}))\\s*[-–—,(]\\s*(?:${WEEKDAYS.join('|')})\\b\\)?`,
  'gi',
);

/** Words that put a day right after them, a day in numbers with no year being a day there ("den 31.03.", "le 12/05", "on 3/9"). */
const PUTS_A_DAY = dayWords('putsADay');

/**
 * Days written in numbers, day first, that chrono reads with the month first or not at all: with dots and no year after a word
 * that puts a day ("wir brauchen den 31.03., nicht den 14.04.", "le 31.03."; with a year of two figures, "am 3.3.25": not a
 * version, "app 4.2.27"), with dots and a year ("der 12.05.2025").
 */
const DOTTED_DAY = new RegExp(
  String.raw`(?:(?<=\b(?:${PUTS_A_DAY})\s)(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(?:(\d\d)(?![\d.])|(?![\d.]))|(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(20\d\d)(?!\d|\.\d))`,
  'giu',
);
/**
 * With slashes or dashes, day first in a reply not written in English: with a year ("live op 03-11-2025", "el 05/03/2026"), or a
 * slash and no year after a word that puts a day or a weekday ("le lancement prévu le 12/05", "martedì 9/6"). Not a range ("2-3
 * Wochen", "10-12 Uhr").
 */
const SLASHED_DAY = new RegExp(
  String.raw`(?:(?<![\d/.-])(0?[1-9]|[12]\d|3[01])([/-])(0?[1-9]|1[0-2])\2(20\d\d)|(?<=(?<![\p{L}])(?:${PUTS_A_DAY}|${wordsOf('dateWords')}),?\s)(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])(?!\s+(?:das|dos|de|of|der|des|del|della|van)(?![\p{L}])))(?![\d/-]|\.\d)`,
  'giu',
);

/** A day written with a slash that can only be day first ("17/02", "31/3/2025"): its first number is no month (not "24/7"). */
const DAY_FIRST_SLASHED = /(?<![\d/.-])(?!24\/7(?!\d))(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])(?![\d-]|\/(?!\d))/;
/** A day written with a slash that can only be month first ("3/17", "02/28/2025"). */
const MONTH_FIRST_SLASHED = /(?<![\d/.-])(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])(?![\d-]|\/(?!\d))/;

/** The numbers of a day written day first: day, month, and the year if given. */
function dayFirst(m: RegExpMatchArray): { day: number; month: number; year?: number } {
  const groups = m
    .slice(1)
    .filter((g) => g !== undefined && !/^[/-]$/.test(g))
    .map(Number);
  const [day = 0, month = 0, year] = groups;
  // (A year of two figures is this century's: "3.3.25".)
  return year === undefined ? { day, month } : { day, month, year: year < 100 ? 2000 + year : year };
}

/**
 * "go live on Monday the 26th instead", "launch on the 14th of next month", "la mise en production pour le 14, comme prévu": a day
 * of the month alone, with no month after it (chrono reads none). In English with its ordinal ending; after "le", "el", "il",
 * "dia" with or without one.
 */
const BARE_DAY =
  /\b(?:(?:on|by|the)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)|(?:le|el|il|dia)\s+(\d{1,2})(?:er|º|o)?)\b(?=\s*(?:[,.;!?()]|$|instead\b|please\b|if\b|or\b|and\b|at\b|still\b|works?\b|suits?\b|as\b|rather\b|of next month\b|comme\b|como\b|come\b))/i;
const OF_NEXT_MONTH = /^\s*of next month\b/i;
/** A span of days written in numbers ("du 10 au 14", "del 3 al 10", "dal 3 al 10", "de 3 a 10"): no day of it alone is the launch's. */
const DAYS_SPAN = new RegExp(String.raw`(?<![\p{L}])(?:${dayWords('spanFrom')})\s+\d{1,2}\s+(?:${dayWords('spanTo')})\s+\d{1,2}\b`, 'iu');

/**
 * The next day of that number on or after the reference day (in the next month when it says so, or null when that month has
 * no such day), and where its words stand in the sentence; or null. A day after "le", "el", "il", "dia" counts only right
 * after the launch's words ("la mise en production pour le 14"), in a sentence that refuses nothing and names no span of days.
 */
function bareDay(sentence: string, referenceDay: string): { date: string; at: number; end: number } | null {
  const m = BARE_DAY.exec(sentence);
  const day = Number(m?.[1] ?? m?.[2] ?? 0);
  if (m === null || day < 1 || day > 31) return null;
  if (m[2] !== undefined && (REFUSED.test(sentence) || DAYS_SPAN.test(sentence) || !LAUNCH_WORDS.test(sentence.slice(Math.max(0, m.index - 30), m.index))))
    return null;
  const [year, month] = [Number(referenceDay.slice(0, 4)), Number(referenceDay.slice(5, 7))];
  const nextMonth = OF_NEXT_MONTH.test(sentence.slice(m.index + m[0].length));
  const first = nextMonth ? 1 : 0;
  for (let k = first; k < (nextMonth ? 2 : 3); k++) {
    const date = new Date(Date.UTC(year, month - 1 + k, day));
    if (date.getUTCDate() !== day) continue;
    const found = date.toISOString().slice(0, 10);
    if (found >= referenceDay) return { date: found, at: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** The day an "nth weekday of a month" names, on or after the reference day, or null. */
function nthWeekday(sentence: string, referenceDay: string): { date: string; index: number; length: number } | null {
  const m = nthWeekdayIn(sentence);
  if (!m) return null;
  const { nth, weekday, month, year: given } = m;
  for (const year of given ? [given] : [Number(referenceDay.slice(0, 4)), Number(referenceDay.slice(0, 4)) + 1]) {
    const days = daysIn(year, month);
    const matching = Array.from({ length: days }, (_, i) => i + 1).filter((d) => new Date(Date.UTC(year, month - 1, d)).getUTCDay() === weekday);
    const day = nth > 0 ? matching[nth - 1] : matching[matching.length - 1];
    if (day === undefined) continue;
    const date = iso(year, month, day);
    if (date >= referenceDay) return { date, index: m.index, length: m.length };
    // (One of the last days is gone by, not next year's: "wie am letzten Freitag im Dezember besprochen", written in January.)
    if (given === undefined && recently(date, referenceDay)) return null;
  }
  return null;
}

/**
 * A launch date the text asks for: a date with a certain day, in a sentence that speaks of the
 * launch, not before the reference date. "early April" has no day and gives null (the system asks
 * again). Only sentences about the launch are handed to chrono, which is the costly part.
 */
export function extractLaunchDate(text: string, options: LaunchDateOptions): string | null {
  return readLaunch(text, options).date;
}

/** The launch day a text asks for ({@link extractLaunchDate}), and every launch day it names and does not refuse, in order. */
export function readLaunch(text: string, options: LaunchDateOptions): { date: string | null; days: string[]; dayNamed?: string; wrongWeekday?: true } {
  // (A typographic apostrophe is one: "won’t work", as Outlook writes it.)
  const { said, alone } = launchCandidates(text.replace(/[’‘]/g, "'"), options);
  const open = said.filter((c) => !c.refused);
  const date = chosen(open);
  const named = date === null ? chosen(alone.filter((c) => !c.refused)) : null;
  return {
    date,
    days: open.map((c) => c.date),
    ...(named !== null ? { dayNamed: named } : {}),
    ...(said.some((c) => c.wrongWeekday === true) ? { wrongWeekday: true } : {}),
  };
}

/** Among days not refused, the one asked to be set, else asked for, else named beside the launch, else the first; or null. */
function chosen(open: readonly Candidate[]): string | null {
  // Among days asked for alike, the one the launch is named beside ("the certification week of June 2 and the June 30 go-live").
  const first =
    open.find((c) => c.set && c.beside) ??
    open.find((c) => c.set) ??
    open.find((c) => c.asked && c.beside) ??
    open.find((c) => c.asked) ??
    open.find((c) => c.beside);
  return (first ?? open[0])?.date ?? null;
}

/** Days a notice gives as examples of how to write one, to the end of the example ("such as 2027-04-19 or "April 19""). */
const EXAMPLE_DAYS = /\b(?:such as|for example|for instance|e\.g\.)[^.)\n]*/gi;

/** A month's name in English, whole or cut to its first three letters ("Feb", "Sept."): the notices' and other programs'. */
const NOTICE_MONTH = String.raw`(?:${MONTHS.join('|')}|(?:${SHORT_MONTH})\.?)`;

/** A short month's full stop after a day's figure ("8 Feb. to 15 Feb."), taken out as withoutMonthDots does before a figure. */
const NOTICE_MONTH_DOT = new RegExp(String.raw`(\d{1,2}\s+(?:${SHORT_MONTH}))\.`, 'gi');

/**
 * Our notices' own ways of writing a day (English): "June 15, 2026", "Monday, June 15", "15 June 2026", "2026-06-15"; and a
 * notice a PM wrote or forwarded with its months cut short ("Go-live: 17 Feb 2025").
 */
const NOTICE_DAY = new RegExp(
  String.raw`\b(?:(${NOTICE_MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|(\d{1,2})(?:st|nd|rd|th)?\s+(${NOTICE_MONTH})(?:,?\s+(\d{4}))?|(\d{4})-(\d{2})-(\d{2}))(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * The launch days a notice of ours names, in the sentences about the launch, in the order named: read by the notices' own
 * formats, not by chrono (a quoted notice is read beside every reply that names a day; chrono was a twentieth of the reader's
 * time there). A day with no year is the first such day on or after the reference day.
 */
export function noticeLaunchDays(notice: string, reference: Date): string[] {
  const from = isoDay(reference);
  const days: string[] = [];
  // ("Go-live: Feb. 15", "from 8 Feb. to 15 Feb.": a short month's full stop ends no sentence.)
  for (const { text: sentence } of launchSentences(withoutMonthDots(notice).replace(NOTICE_MONTH_DOT, '$1'))) {
    // (Not a day given as an example of how to write one: 'Your desired launch date: a day, such as 2027-04-19 or "April 19"'.)
    for (const m of matchesOf(NOTICE_DAY, sentence.replace(EXAMPLE_DAYS, ''))) {
      const date = noticeDay(m, reference, from);
      if (date !== undefined) days.push(date);
    }
  }
  return days;
}

/** The day one match of {@link NOTICE_DAY} names (`YYYY-MM-DD`): with no year given, the first such day on or after `from`. */
function noticeDay(m: RegExpMatchArray, reference: Date, from: string): string | undefined {
  if (m[7] !== undefined) return `${m[7]}-${m[8]}-${m[9]}`;
  const name = (m[1] ?? m[5] ?? '').toLowerCase().slice(0, 3);
  const month = MONTHS.findIndex((full) => full.startsWith(name)) + 1;
  const day = Number(m[2] ?? m[4]);
  const given = m[3] ?? m[6];
  const years = given !== undefined ? [Number(given)] : [reference.getUTCFullYear(), reference.getUTCFullYear() + 1];
  const real = (y: number) => month > 0 && day >= 1 && day <= daysIn(y, month);
  return years
    .filter(real)
    .map((y) => iso(y, month, day))
    .find((d) => given !== undefined || d >= from);
}

/** A day and its month in figures: "12.05.", "5/12", "2027-05-12". */
const NUMERIC_DAY = /\d{1,4}[./-]\d{1,2}/;

/**
 * Whether a text may name a day with its month: a number that could be a day, and a month's or a weekday's name or a day and
 * month in figures ("12.05.", "5/12"). chrono is the costly part of reading days: a text without them is not given to it.
 */
export function mayNameADay(text: string): boolean {
  return DAY_NUMBER.test(text) && (DATE_WORDS.test(text) || NUMERIC_DAY.test(text));
}

/** A span of days, its first and its last (`YYYY-MM-DD`); one day is a span of one. */
export type DaySpan = readonly [string, string];

/** What joins the two ends of a span in our notices: "Monday, October 20, 2025 to Friday, October 31, 2025", "June 2 - June 6". */
const SPAN_JOIN = /^\s*(?:to|through|thru|until|till|[-–—])\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/i;
/** A span's end written as its day alone, after a month's day: "March 10–14" (not a time: "September 3 - 10:00 AM"). */
const SPAN_END_DAY = /^\s*[-–—]\s*(\d{1,2})(?![:.\d]|\s*(?:am|pm|h\b|uhr))\b/i;
/**
 * A span's start written as its day alone, glued to a dash before a day and its month: "9-10 April 2025" (not "v2-10 April", nor
 * "Phase 2 - 8 June").
 */
const SPAN_START_DAY = /(?<![\p{L}\p{N}.:/-])(\d{1,2})[-–—]$/u;
/**
 * Weekdays as a week named by its first day may give them ("the week of Monday, May 5"): each language's `workdays` (Portuguese
 * with its "-feira"), and the English weekend and short forms.
 */
const WEEKDAY_WORDS = `(?:${dayWords('workdays')})(?:-feira)?|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun`;
/** A week named by its first day in a reply, in the seven languages ("the week of May 5", "Woche vom 5. Mai", "la semaine du 5 mai"). */
const WEEK_OF_SAID = new RegExp(String.raw`\b(?:${dayWords('weekOf')})\s+(?:(?:${dayWords('spanArticles')})\s+)?(?:(?:${WEEKDAY_WORDS})\.?,?\s+)?$`, 'iu');
/** A week named by its first day: "the week of Monday, November 3", "week of Mon 12 May 2025". */
const WEEK_OF = /\bweek\s+of\s+(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s*)?$/i;
/** A quoted header's line or an attribution ("Sent: …", "On … wrote:"): its day is the mail's, not the project's. */
const HEADER_LINE =
  /^\s*(?:sent|date|gesendet|datum|envoy[ée]|enviado|verzonden|inviato|data)\s*:|\bwrote:\s*$|\bschrieb\b|\ba [ée]crit\s*:|\bescribi[óo]\b|\bscritto\b|\bgeschreven\b|\bescreveu\b/i;

/** The day `days` after an ISO day. */
function plusDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The same day a year earlier (a span's first day with no year, read past its last). */
function yearBefore(day: string): string {
  return `${String(Number(day.slice(0, 4)) - 1).padStart(4, '0')}${day.slice(4)}`;
}

/**
 * The days and spans of days a notice of ours names, read line by line by the notices' own formats: a milestone's day, a span
 * "X to Y", a week "the week of X" (its five working days). Days before the reply's own day are left out, but not a span still
 * under way; nor is a header's or an attribution's line read ("Sent: …", "On … wrote:": the mail's day).
 */
export function noticeSpans(notice: string, reference: Date): DaySpan[] {
  const from = isoDay(reference);
  const spans: DaySpan[] = [];
  for (const written of notice.split('\n')) {
    // (Not a day given as an example of how to write one.)
    const line = written.replace(EXAMPLE_DAYS, '');
    if (!/\d/.test(line) || HEADER_LINE.test(line)) continue;
    const found = [...matchesOf(NOTICE_DAY, line)].map((m) => ({ m, day: noticeDay(m, reference, from) }));
    for (let i = 0; i < found.length; i += 1) {
      const { m, day } = found[i] as (typeof found)[number];
      if (day === undefined) continue;
      const at = (m.index ?? 0) + m[0].length;
      const next = found[i + 1];
      if (next?.day !== undefined && next.day >= from && SPAN_JOIN.test(line.slice(at, next.m.index))) {
        // (A first day with no year read past the last is the year before's: "October 26 - November 6", read on October 28.)
        spans.push([day > next.day ? yearBefore(day) : day, next.day]);
        i += 1;
        continue;
      }
      if (day < from) continue;
      const startDay = SPAN_START_DAY.exec(line.slice(0, m.index));
      if (startDay !== null && Number(startDay[1]) >= 1 && Number(startDay[1]) < Number(day.slice(8))) {
        spans.push([inMonthOf(day, startDay[1] as string), day]);
        continue;
      }
      const endDay = SPAN_END_DAY.exec(line.slice(at));
      if (endDay !== null && Number(endDay[1]) > Number(day.slice(8))) {
        spans.push([day, inMonthOf(day, endDay[1] as string)]);
        continue;
      }
      spans.push(WEEK_OF.test(line.slice(0, m.index)) ? [day, plusDays(day, 4)] : [day, day]);
    }
  }
  return spans;
}

/** A day and its month in figures, day first, the year optional: "20.11.", "4.1.27", "21.12.2026", "20-11" (not in English). */
const DAY_FIRST = /(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?\2?(?![\d/-]|[.,]\d)/g;
/** A day alone before a span's end in figures: "vom 20. bis 24.11.". */
const BARE_DAY_BEFORE = /(?<![\d.])(\d{1,2})\.\s*$/;

/**
 * The spans the figures of a day-first language name ("vom 20.11. bis 4.1.", "van 20-11 t/m 4-1", "am 28.10."): chrono reads
 * none of them without a year. With no year, the first such day on or after the day of writing.
 */
function dayFirstSpans(text: string, from: string, year: number): DaySpan[] {
  const days: { day: string; at: number; end: number }[] = [];
  for (const m of matchesOf(DAY_FIRST, text)) {
    const [d, mo] = [Number(m[1]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(year, mo)) continue;
    const y = m[4] === undefined ? (iso(year, mo, d) >= from ? year : year + 1) : Number(m[4].length === 2 ? `20${m[4]}` : m[4]);
    days.push({ day: iso(y, mo, d), at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  const spans: DaySpan[] = [];
  for (let i = 0; i < days.length; i += 1) {
    const { day, at, end } = days[i] as (typeof days)[number];
    const next = days[i + 1];
    if (next !== undefined && SPAN_WORDS.test(text.slice(end, next.at))) {
      spans.push([day, maxDay(day, next.day)]);
      i += 1;
      continue;
    }
    // "vom 20. bis 24.11.": the first day written alone, in the month of the last.
    const before = text.slice(0, at);
    const joined = /\s*(?:bis|-|–|t\/m|tot(?: en met)?|au|al|a)\s*$/i.exec(before);
    const bare = joined === null ? null : BARE_DAY_BEFORE.exec(before.slice(0, joined.index));
    if (bare !== null && Number(bare[1]) < Number(day.slice(8))) {
      spans.push([inMonthOf(day, bare[1] as string), day]);
      continue;
    }
    spans.push([day, day]);
  }
  return spans;
}

/**
 * The spans of days a text names, read by chrono in the given languages (the reply's own first, English last): a day ("May 19",
 * "le 14 mars") or a span ("November 20 through January 2", "between November 20 and January 4", "vom 11. bis 14. März"); in a
 * day-first language, days in figures too ("vom 20.11. bis 4.1."). Only days with their month named; a span of time counted from
 * the day of writing ("in two weeks") names none. Read against the start of the day of writing (chrono's days are at noon: a day
 * named that is the day of writing itself stays this year's, whatever the hour the mail was sent).
 */
export function spansNamed(text: string, reference: Date, languages: readonly string[]): DaySpan[] {
  if (!mayNameADay(text)) return [];
  const day = isoDay(reference);
  const start = new Date(`${day}T00:00:00Z`);
  if (languages.some((code) => code !== 'en')) {
    const figures = dayFirstSpans(text, day, start.getUTCFullYear());
    if (figures.length > 0) return figures;
  }
  // The reply's own languages first: English reads "06.01.2025" as June 1.
  const codes = [...languages, 'en'].filter((code, i, all) => all.indexOf(code) === i);
  for (const code of codes) {
    const parser = PARSERS[code];
    if (parser === undefined) continue;
    const spans: DaySpan[] = [];
    const found = parser
      .parse(text, start, { forwardDate: true })
      .filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && !WORD_GOES_ON.test(text.charAt(r.index + r.text.length)));
    for (let i = 0; i < found.length; i += 1) {
      const r = found[i] as chrono.ParsedResult;
      const first = dayOf(r.start);
      const after = r.index + r.text.length;
      // "vom 21.12.2024 bis einschließlich 06.01.2025", "between November 20 and January 4": two days joined by the words of a
      // span, read as one span.
      const next = found[i + 1];
      const between = next !== undefined && BETWEEN.test(text.slice(0, r.index)) && BETWEEN_AND.test(text.slice(after, next.index));
      if (next !== undefined && (between || SPAN_WORDS.test(text.slice(after, next.index)))) {
        spans.push([first, maxDay(first, dayOf(next.start))]);
        i += 1;
        continue;
      }
      if (r.end?.isCertain('day') === true) {
        spans.push([first, maxDay(first, dayOf(r.end))]);
        continue;
      }
      // "van 17 tot en met 28 maart", "desde el 10 hasta el 21 de marzo" (chrono reads the last day only): the span starts on the day
      // written alone after a word that opens a span ({@link SPAN_FIRST_DAY}), before the words of a span, in the same month.
      const lead = SPAN_FIRST_DAY.exec(text.slice(Math.max(0, r.index - 30), r.index));
      const startDay = Number(lead?.[1] ?? 0);
      if (lead && SPAN_WORDS.test(lead[2] ?? '') && startDay >= 1 && startDay < Number(first.slice(8))) {
        spans.push([inMonthOf(first, startDay), first]);
        continue;
      }
      // "the week of May 5", "la semaine du 5 mai": its five working days, as our notices mean it.
      if (WEEK_OF_SAID.test(text.slice(0, r.index))) {
        spans.push([first, plusDays(first, 4)]);
        continue;
      }
      // "March 11–14", "17-20 May" (chrono reads the first day only): the span ends on the day after the dash, in the same month.
      const endDay = Number(SPAN_END_DAY.exec(text.slice(after))?.[1] ?? 0);
      spans.push([first, endDay > Number(first.slice(8)) && endDay <= 31 ? inMonthOf(first, endDay) : first]);
    }
    if (spans.length > 0) return spans;
  }
  return [];
}

/**
 * A day's number alone after a word that opens a span ("from", "van", "du", "dal", "del"), right before a day chrono read, the words
 * between them given: a span's first day, if they are a span's (not "Phase 2 until April 21", "Sprint 3 - April 21").
 */
const SPAN_FIRST_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:${dayWords('spanFrom')}|${dayWords('between')})\s+(?:(?:${dayWords('spanArticles')})\s+)?(\d{1,2})\.?(\s*[^\d\s][^\d]{0,18})$`,
  'iu',
);

/** "between", before a span's first day, in the languages the reader knows. */
const BETWEEN = new RegExp(String.raw`(?<![\p{L}])(?:${dayWords('between')})\s+(?:(?:${dayWords('spanArticles')})\s+)?$`, 'iu');
/** The "and" that closes a span opened by {@link BETWEEN}. */
const BETWEEN_AND = new RegExp(String.raw`^\s*(?:${dayWords('andWords')})\s+(?:(?:${dayWords('spanArticles')})\s+)?$`, 'iu');

/** The day of the same month as an ISO day with the given day of the month ("March 10–14": the 14th of March). */
function inMonthOf(day: string, dayOfMonth: number | string): string {
  return `${day.slice(0, 8)}${String(dayOfMonth).padStart(2, '0')}`;
}

/** The later of two days (a span's end read before its start is no span). */
function maxDay(a: string, b: string): string {
  return b > a ? b : a;
}

/** A day chrono read, `YYYY-MM-DD` (its own numbers: no time zone between). */
function dayOf(c: chrono.ParsedComponents): string {
  return iso(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1);
}

/** The sentences of a text that name a day within one of the spans (a notice's: {@link noticeSpans}), months' full stops taken out. */
export function sentencesWithin(text: string, spans: readonly DaySpan[], reference: Date, languages: readonly string[]): string[] {
  if (spans.length === 0) return [];
  // Not a day the notice itself names, nor one of its own spans, said again ("go-live on April 21 works for us", "the QA window of
  // 17-28 May is fine"): only a day inside one of its spans, or a span of the sender's own across one of its days.
  // A span of the sender's own ("our office is closed from 21.12. to 6.1.") is weighed against the whole project, first day to last;
  // a single day only inside one of the notice's spans (a day off in the client QA window).
  const ends = new Set(spans.flat());
  const all = spans.flat().sort();
  const project: DaySpan = [all[0] as string, all[all.length - 1] as string];
  // (A week named by the day the notice names as its start is that week said again: "certification the week of June 8", under
  // "Certification start: June 8".)
  const restated = (named: DaySpan) =>
    named[0] === named[1]
      ? ends.has(named[0])
      : spans.some((span) => span[0] === named[0] && span[1] === named[1]) || (ends.has(named[0]) && plusDays(named[0], 4) === named[1]);
  const clashes = (named: DaySpan) =>
    !restated(named) && (named[0] < named[1] ? overlap(named, project) : spans.some((span) => span[0] < named[0] && named[0] < span[1]));
  return sentences(withoutMonthDots(text)).filter((s) => spansNamed(s, reference, languages).some(clashes));
}

/** What stands between the two days of a span in the languages the reader knows: "to", "bis einschließlich", "jusqu'au", "t/m". */
const SPAN_WORDS = new RegExp(String.raw`^\s*(?:[-–—]|${dayWords('spanTo')})\s*(?:(?:${dayWords('spanArticles')})\s*)?$`, 'iu');

/** Whether two spans of days share a day. */
export function overlap(a: DaySpan, b: DaySpan): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** What parts two phrases: a comma, a semicolon, a dash between spaces, an "and". */
const PHRASE_BREAK = new RegExp(`[,;:]|\\s[-–—]\\s|(?<![\\p{L}])(?:${dayWords('andWords')})(?![\\p{L}])`, 'iu');

/** How near a day named is to a word of the launch for it to be the launch's: a few words ("the June 30 go-live", "go-live op 6 oktober"). */
const BESIDE = 24;

/** A day named in a sentence about the launch. */
interface Candidate {
  readonly date: string;
  readonly asked: boolean;
  readonly set: boolean;
  readonly refused: boolean;
  /** The day nearest a word of the launch in its sentence, and near it ({@link BESIDE}). */
  readonly beside: boolean;
  /** Named with a weekday it does not fall on ("mardi 9 mars 2026", a Monday): which of the two is meant is for the PM to ask. */
  readonly wrongWeekday?: boolean;
}

/** A weekend, which chrono reads as a weekday ("weekend December 11", "Wochenende"). */
const WEEKEND = /week-?end|wochenende|fin de semana|fim de semana|fine settimana|weekeinde/i;

/** A day as its sentence names it: the candidate it makes, where it stands. */
interface Named {
  readonly candidate: Omit<Candidate, 'beside'>;
  readonly from: number;
  readonly to: number;
}

/** Among a sentence's days, the one nearest a word of the launch if it is near it, or undefined. */
function nearestToLaunch(sentence: string, days: readonly Named[]): Named | undefined {
  // ("Go-live needs to be Friday April 30 - our new app release goes out May 3": the release stands beside nothing.)
  const words = launchNamesIn(sentence).map((m) => ({ from: m.index, to: m.index + m[0].length }));
  // (Only within a phrase: not across a comma, a dash or an "and", "June 18 for the launch, and June 11 for the dry run".)
  const gap = (a: number, b: number) => (PHRASE_BREAK.test(sentence.slice(a, b)) ? Infinity : b - a);
  const distance = (d: { from: number; to: number }) =>
    Math.min(Infinity, ...words.map((w) => (w.from >= d.to ? gap(d.to, w.from) : d.from >= w.to ? gap(w.to, d.from) : 0)));
  const nearest = days.reduce<{ day: Named; far: number } | undefined>((best, day) => {
    const far = distance(day);
    return best === undefined || far < best.far ? { day, far } : best;
  }, undefined);
  return nearest && nearest.far <= BESIDE ? nearest.day : undefined;
}

/** The days named in the sentences about the launch, each with whether it is asked for, asked to be set, or refused. */
function launchCandidates(text: string, options: LaunchDateOptions): { said: Candidate[]; alone: Candidate[] } {
  const referenceDay = isoDay(options.reference);
  const reference = { instant: options.reference, timezone: 0 };
  const found = { said: [] as Candidate[], alone: [] as Candidate[] };
  for (const { text: said, inRefusedPlace, alone } of launchSentences(text, options.dayAsked)) {
    const candidates = alone ? found.alone : found.said;
    const named: Named[] = [];
    // Whether the sentence asks for a day ("please", "we'd like"): the same for each of its days.
    const asked = ASKS.test(said);
    const nth = nthWeekday(said, referenceDay);
    if (nth)
      named.push({
        candidate: { date: nth.date, asked, set: setBefore(said, nth.index), refused: refusedBefore(said, nth.index) },
        from: -1,
        to: -1,
      });
    // (The nth weekday read, blanked: chrono would read its weekday alone. Its place is the folded sentence's, the same but for
    // a letter folded into two, "ß": then it is left.)
    const blanked = nth && fold(said).length === said.length ? `${said.slice(0, nth.index)} ${said.slice(nth.index + nth.length)}` : said;
    const written = blanked.replace(WEEKDAY_BESIDE_DAY, '').replace(WEEKDAY_AFTER_DAY, '');
    const candidateAt = (date: string, index: number, length: number, wrongWeekday = false) => {
      if (anotherEventsDay(written, index)) return;
      const candidate = {
        date,
        ...(wrongWeekday ? { wrongWeekday } : {}),
        asked,
        // (A day proposed in the sentence after the launch day refused is set in its place.)
        set: inRefusedPlace || setBefore(written, index),
        refused: refusedBefore(written, index) || refusedAfter(written, index + length),
      };
      named.push({ candidate, from: index, to: index + length });
    };
    // "am 22.06.", read here (chrono reads none), then blanked for chrono: the sentence keeps its length, and its other days.
    // So is "der 12.05.2025", day first wherever dots part a date (chrono's English reads the month first).
    // In a reply not written in English, "12/05" too.
    // So in an English sentence that writes its days day first: one of them can be read no other way ("kick-off 17/02 … launch
    // 07/04/2025"), none month first (not "24/7" support).
    const dayFirstOnly = DAY_FIRST_SLASHED.test(said) && !MONTH_FIRST_SLASHED.test(said);
    const numeric = (options.languages?.[0] !== undefined && options.languages[0] !== 'en') || dayFirstOnly ? [DOTTED_DAY, SLASHED_DAY] : [DOTTED_DAY];
    let sentence = written;
    for (const pattern of numeric) {
      for (const m of matchesOf(pattern, sentence)) {
        const { day, month, year } = dayFirst(m);
        const date = year === undefined ? dayOnOrAfter(day, month, referenceDay) : day <= daysIn(year, month) ? iso(year, month, day) : null;
        if (date !== null && date >= referenceDay && !NOT_THE_LAUNCH.test(written.slice(0, m.index))) candidateAt(date, m.index, m[0].length);
      }
      sentence = sentence.replace(pattern, (whole) => ' '.repeat(whole.length));
    }
    // chrono is the costly part: a sentence with no number, month, weekday or word of time ahead names no day.
    if (!DAY_NUMBER.test(sentence) && !DATE_WORDS.test(sentence)) {
      settle(sentence, named, candidates);
      continue;
    }
    // The first language whose parser finds a date with a day in the sentence reads it.
    // The reply's languages only (chrono is the costly part), English first.
    // Other languages only for a sentence with a number in it: their dates with a day have one ("14. Juni").
    const codes = DAY_NUMBER.test(sentence) ? ['en', ...(options.languages ?? Object.keys(PARSERS))] : ['en'];
    const parsers = codes
      .filter((code, i, all) => all.indexOf(code) === i)
      .map((code) => PARSERS[code])
      .filter((p) => p !== undefined);
    // A day and a month, or a weekday ahead ("next Monday", "on Tuesday"): chrono counts it forward from the reference day.
    // A weekday alone only when it is ahead in words ("next Monday"); "we review on Friday" names no launch day.
    // (Not a span counted from the day of writing, "een week later", "la semaine suivante": no day of the month is named.)
    // (Not a match that ends inside a word: chrono's English takes "9 d" of "9 décembre" for nine days ahead, its word boundaries
    // knowing no accented letter.)
    // (Nor the end of a month, which chrono's English makes its last day: "aiming for the end of June" names no day; beside a day
    // of the month written as one, "31st, end of March", it is that day's month.)
    const usable = (r: chrono.ParsedResult) =>
      !WORD_GOES_ON.test(sentence.charAt(r.index + r.text.length)) &&
      !(END_OF_PERIOD.test(r.text) && !ORDINAL_DAY.test(sentence.slice(0, r.index) + sentence.slice(r.index + r.text.length))) &&
      ((r.start.isCertain('day') && r.start.isCertain('month') && (/\d/.test(r.text) || DATE_WORDS.test(r.text) || TODAY.test(r.text.trim()))) ||
        (r.start.isCertain('weekday') && AHEAD.test(r.text)));
    let results: chrono.ParsedResult[] | undefined;
    for (const parser of parsers) {
      const found = parser.parse(sentence, reference, { forwardDate: true });
      if (found.some(usable)) {
        results = found;
        break;
      }
    }
    // "We've all tested today - approved for launch on the 20th": "today" is when the rest happened; a day of the month named
    // beside it is the launch's.
    // (Not "we can go live today", where today is the launch's own day.)
    const onlyToday = results?.filter(usable).every((r) => TODAY.test(r.text.trim()) && !LAUNCH_WORDS.test(sentence.slice(Math.max(0, r.index - 25), r.index)));
    const day = results === undefined || onlyToday ? bareDay(sentence, referenceDay) : null;
    if (onlyToday && day !== null && !refusedBefore(sentence, day.at)) results = undefined;
    // No date chrono reads with a day: a day of the month alone ("on Monday the 26th instead").
    const bare = results === undefined ? day : null;
    if (bare)
      named.push({
        candidate: {
          date: bare.date,
          asked,
          set: inRefusedPlace || ASKS_TO_SET.test(sentence),
          // (Refused as a day chrono reads is: "Please don't go live on the 14th", "the 14th of next month won't work for us".)
          refused: refusedBefore(sentence, bare.at) || refusedAfter(sentence, bare.end),
        },
        from: -1,
        to: -1,
      });
    for (const result of results ?? []) {
      const { start, index } = result;
      if (!usable(result)) continue;
      if (NOT_THE_LAUNCH.test(sentence.slice(0, index))) continue;
      const year = start.get('year');
      const month = start.get('month');
      const day = start.get('day');
      if (year === null || month === null || day === null) continue;
      const date = iso(year, month, day);
      // The date asked to be set is the one after the asking words ("May 31 is a holiday, so please schedule it for June 1").
      // "Please change go-live from June 6 to June 10", which chrono reads as one span: the day it moves to is its end, the first
      // day the one it leaves.
      const end = result.end;
      // (Both ends named by their numbers: "June 3 to the week from June 14" counts a week from the day of writing.)
      const moved = end?.isCertain('day') === true && (result.text.match(/\d+/g) ?? []).length >= 2 && launchMovedAcross(written, index);
      // (chrono keeps the weekday written beside the day of the month, and does not check that the one falls on the other. Its
      // English takes "weekend" for a Saturday: "a double-points weekend December 11–13" names no weekday.)
      const weekday = start.isCertain('weekday') && !WEEKEND.test(result.text) ? start.get('weekday') : null;
      // (With no year written, chrono's forwardDate moves a day just gone by to next year: "Tuesday, April 14", written on the
      // 16th, is this year's, gone by, when the weekday fits it.)
      const fallsOn = (y: number) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday;
      const wrongWeekday = weekday !== null && !fallsOn(year) && (start.isCertain('year') || !fallsOn(year - 1));
      // (A day named alone with no year that fell in the last days is one gone by, not next year's: "as discussed on January 8".)
      const goneBy = alone && !start.isCertain('year') && yearBefore(date) < referenceDay && recently(yearBefore(date), referenceDay);
      if (date >= referenceDay && !moved && !goneBy) candidateAt(date, index, result.text.length, wrongWeekday);
      if (end && moved) {
        const [endYear, endMonth, endDay] = [end.get('year'), end.get('month'), end.get('day')];
        const movedTo = endYear === null || endMonth === null || endDay === null ? null : iso(endYear, endMonth, endDay);
        if (movedTo !== null && movedTo >= referenceDay) candidateAt(movedTo, index + result.text.length - 1, 1);
      }
    }
    settle(sentence, named, candidates);
  }
  return found;
}

/**
 * A sentence's days, in the order it names them (an nth weekday and a bare day of the month, read apart, first), the one beside
 * the launch marked ({@link nearestToLaunch}).
 */
function settle(sentence: string, named: Named[], candidates: Candidate[]): void {
  named.sort((a, b) => a.from - b.from);
  const beside = nearestToLaunch(
    sentence,
    named.filter((n) => n.from >= 0),
  );
  candidates.push(...named.map((n) => ({ ...n.candidate, beside: n === beside })));
}

/** How many days back a day of the month with no year is still one gone by, not next year's ("am 12.01." written on 15 January). */
const RECENTLY = 90;

/** Whether a day before the reference day is within the last {@link RECENTLY} days. */
function recently(day: string, referenceDay: string): boolean {
  return (Date.parse(referenceDay) - Date.parse(day)) / 86_400_000 <= RECENTLY;
}

/**
 * The day of that number and month on or after the reference day (this year's, or next year's if this year's is long gone),
 * or null: a day of the last {@link RECENTLY} days is one gone by ("Den Go-Live hatten wir am 12.01. besprochen").
 */
function dayOnOrAfter(day: number, month: number, referenceDay: string): string | null {
  const year = Number(referenceDay.slice(0, 4));
  if (day > daysIn(year, month)) return null;
  const thisYear = iso(year, month, day);
  if (thisYear >= referenceDay) return thisYear;
  const gone = (Date.parse(referenceDay) - Date.parse(thisYear)) / 86_400_000;
  return gone <= RECENTLY || day > daysIn(year + 1, month) ? null : iso(year + 1, month, day);
}

/** Each language's months, in order (the `monthNames` pattern, folded): the number of the month a name names. */
const MONTH_NUMBERS = new Map<string, number>(LANGUAGES.flatMap((l) => (l.patterns.monthNames ?? []).map((name, i): [string, number] => [name, i + 1])));
const MONTH_NAME = [...MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|');
/** A day before its month ("31. April", "31 de abril", "the 31st of June"), a year after it perhaps; over folded text. */
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,2})(?:st|nd|rd|th|er|e|o)?\.?\s*(?:of\s+|de\s+)?(${MONTH_NAME})(?![\p{L}])(?:,?\s+(?:de\s+)?(\d{4}))?`,
  'gu',
);
/** A day after its month ("June 31st", "February 29, 2026"). */
const MONTH_DAY = new RegExp(String.raw`(?<![\p{L}])(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])(?:,?\s+(\d{4}))?`, 'gu');

/**
 * A day named that no calendar has ("Wednesday, June 31st", "31. April", "Sunday February 29th" in a year with no 29th): the
 * reply means some day, and which one is for the PM to ask. With no year, the month is its next one on or after the
 * reference day ("February 29th" written in March 2027 is February 2028's).
 */
export function namesNoSuchDay(text: string, reference: Date): boolean {
  // Only a 29th, a 30th or a 31st can be past a month's end.
  if (!/(?:29|30|31)/.test(text)) return false;
  const folded = fold(text);
  // With no year, the month's next one on or after the reference day (the next February: this year's until it is past).
  const days = (month: number, year: number | undefined) => {
    const next = reference.getUTCFullYear() + (reference.getUTCMonth() + 1 > month ? 1 : 0);
    return daysIn(year ?? next, month);
  };
  const impossible = (day: string, name: string, year: string | undefined) => {
    const month = MONTH_NUMBERS.get(name) ?? 0;
    const n = Number(day);
    return month > 0 && n >= 1 && n > days(month, year === undefined ? undefined : Number(year));
  };
  for (const m of matchesOf(DAY_MONTH, folded)) if (impossible(m[1] ?? '', m[2] ?? '', m[3])) return true;
  for (const m of matchesOf(MONTH_DAY, folded)) if (impossible(m[2] ?? '', m[1] ?? '', m[3])) return true;
  return false;
}

/** Capitalised words that come before an address without being a name. */
const NOT_NAME = new Set([
  'Please',
  'Contact',
  'Email',
  'E-mail',
  'Mail',
  'Reach',
  'Our',
  'The',
  'New',
  'POC',
  'Is',
  'At',
  'With',
  'From',
  'Now',
  'On',
  'To',
  'Cc',
  'CC',
  'Or',
  'And',
  'Also',
  'Her',
  'His',
  'Their',
  'Hi',
  'Hello',
  'Dear',
  'Thanks',
  'I',
  'We',
  'Send',
  'Write',
  'Copy',
  'Add',
  'Loop',
  'In',
  'Use',
]);
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * People named in the text: each address with the run of up to four capitalised words right
 * before it ("Jane Roe <jane@x>", "Jane Roe (jane@x)", "Jane Roe - jane@x", "Jane Roe: jane@x").
 */
export function extractContacts(text: string, exclude: ReadonlySet<string>): Contact[] {
  const contacts: Contact[] = [];
  const seen = new Set<string>();
  for (const match of matchesOf(ADDRESS, text)) {
    const email = match[0].toLowerCase().replace(/\.$/, '');
    if (exclude.has(email) || seen.has(email)) continue;
    seen.add(email);
    const before = text.slice(Math.max(0, (match.index ?? 0) - 120), match.index ?? 0);
    // Only the separators the contract names may stand between the name and the address.
    const tail = /([\p{L}'’.\- ]+?)\s*(?:<|\(|\s-\s|:\s*|,\s*|\s(?:at|via)\s|\s)\s*$/u.exec(before.split('\n').pop() ?? '');
    const words = (tail?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
    const name: string[] = [];
    for (let i = words.length - 1; i >= 0 && name.length < 4; i -= 1) {
      const word = words[i] ?? '';
      if (!NAME_WORD.test(word) || NOT_NAME.has(word)) break;
      name.unshift(word);
    }
    contacts.push({ name: name.length > 0 ? name.join(' ') : null, email });
  }
  return contacts;
}
