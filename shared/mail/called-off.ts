import { fold } from './reading/lexicon';
import { wholeWordsOf } from './reading/patterns';

/** Words that call off a place or an event ("cancelled", "geschlossen", "annulée", "se cancela", "annullata", "afgelast", "fechou"). */
const CALLED_OFF = wholeWordsOf(['calledOff']);
const CALLED_OFF_ALL = wholeWordsOf(['calledOff'], 'gu');
/** How near the name the words that call it off stand, in words ("la tappa di Bologna è stata annullata", "we closed the Lakewood store"). */
const NEAR = 5;
/** A name as written: a capital and three letters or more ("Bologna", "Lakewood", "Polanco"). */
const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]{3,}/gu;
/** English names of months and weekdays, which a notice writes with a capital too: a day is no place. */
const CALENDAR_NAME = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;
/** A sentence's end: a full stop, a question or an exclamation mark before a space, or a blank line. */
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n\s*\n/;

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The place of the word at a character's index, counted in words from the text's start (folding keeps the spaces). */
const wordAt = (text: string, index: number) => text.slice(0, index).split(/\s+/).length - 1;

/** A name the notice writes, within {@link NEAR} words of the words that call something off. */
function calledOffNear(sentence: string, notice: string): boolean {
  const offs = [...fold(sentence).matchAll(CALLED_OFF_ALL)].map((m) => wordAt(fold(sentence), m.index));
  if (offs.length === 0) return false;
  return [...sentence.matchAll(NAME)].some((m) => {
    const at = wordAt(sentence, m.index);
    return offs.some((off) => Math.abs(off - at) <= NEAR) && !CALENDAR_NAME.test(m[0]) && namedInNotice(m[0].replace(/['’]s$/, ''), notice);
  });
}

/**
 * Whether the notice writes the name as a name: with its capital, and never as a common word in lower case (the sentence's first
 * word, "Please" or "Note", is written in a notice in lower case too).
 */
function namedInNotice(name: string, notice: string): boolean {
  const whole = (word: string) => new RegExp(String.raw`(?<![\p{L}])${escaped(word)}(?![\p{L}])`, 'u');
  return whole(name).test(notice) && !whole(name.toLowerCase()).test(notice);
}

/**
 * The sender's sentences that call off a place or an event the notice quoted under the reply names ("la tappa di Bologna è stata
 * annullata", under a plan for Milano, Torino and Bologna; "we closed the Lakewood store at the end of last month"): the scope the
 * PM set up no longer holds. A sentence that names nothing of the notice's near those words ("the old ticket was cancelled", "our
 * security review of the Cadmium platform was completed and the findings were closed") calls off none of it.
 */
export function namesCalledOff(ownWords: string, notice: () => string | undefined): string[] {
  if (!CALLED_OFF.test(fold(ownWords))) return [];
  const text = notice();
  if (text === undefined) return [];
  return ownWords
    .split(SENTENCE_BREAK)
    .filter((sentence) => calledOffNear(sentence, text))
    .map((sentence) => sentence.replace(/\s*\n\s*/g, ' ').trim());
}
