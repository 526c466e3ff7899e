import { fold } from './reading/lexicon';
import { readThrough, senderSentences } from './notice-figures';
import { wholeWordsOf } from './reading/patterns';

/** Words that call off a place or an event for good ("cancelled", "wurde geschlossen", "annulée", "se cancela", "annullata", "afgelast", "fechou as portas"). */
const CALLED_OFF = wholeWordsOf(['calledOff']);
const CALLED_OFF_ALL = wholeWordsOf(['calledOff'], 'gu');
/** How near the name the words that call it off stand, in words ("la tappa di Bologna è stata annullata", "Torino will only come in the second wave"). */
const NEAR = 6;
/** A name as written: a capital and three letters or more ("Bologna", "Lakewood", "Polanco"). */
const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]{3,}/gu;
/** English names of months and weekdays, whole or short, which a notice writes with a capital too: a day is no place. */
const CALENDAR_NAME =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/i;
/** A line of the notice that counts or lists the client's places ("Check-in integration for 3 venues: Milano (MiCo), Torino, …"). */
const PLACES = wholeWordsOf(['countedPlaces']);

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The place of the word at a character's index, counted in words from the text's start (folding keeps the spaces). */
const wordAt = (text: string, index: number) => text.slice(0, index).split(/\s+/).length - 1;

/** The notice, and its lines that name the client's places (not "reply APPROVED", a product's name or the vendor's), cut once. */
interface Notice {
  readonly text: string;
  readonly placeLines: string;
}

/** A name the notice writes among the client's places, within {@link NEAR} words of the words that call something off. */
function calledOffNear(sentence: string, notice: Notice): boolean {
  const folded = fold(sentence);
  const offs = [...folded.matchAll(CALLED_OFF_ALL)].map((m) => wordAt(folded, m.index));
  if (offs.length === 0) return false;
  return [...sentence.matchAll(NAME)].some((m) => {
    const at = wordAt(sentence, m.index);
    return (
      offs.some((off) => Math.abs(off - at) <= NEAR) &&
      !CALENDAR_NAME.test(m[0]) &&
      m[0] !== m[0].toUpperCase() &&
      namedInNotice(m[0].replace(/['’]s$/, ''), notice)
    );
  });
}

/**
 * Whether the notice writes the name as one of the client's places: with its capital, on a line that names the client's places
 * (stores, venues, sites), and never as a common word in lower case (the sentence's first word, "Please" or "Note", is written
 * in a notice in lower case too).
 */
function namedInNotice(name: string, notice: Notice): boolean {
  const whole = (word: string) => new RegExp(String.raw`(?<![\p{L}])${escaped(word)}(?![\p{L}])`, 'u');
  return whole(name).test(notice.placeLines) && !whole(name.toLowerCase()).test(notice.text);
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
  const placeLines = text
    .split('\n')
    .filter((line) => PLACES.test(fold(line)))
    .join('\n');
  return senderSentences(ownWords)
    .filter((sentence) => calledOffNear(sentence, { text, placeLines }))
    .map((sentence) => readThrough(sentence).trim());
}
