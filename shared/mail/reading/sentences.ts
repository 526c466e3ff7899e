import { isAttributionLine } from '../reply-text';
import { LANGUAGES } from './languages';
import { fold, matchesOf } from './lexicon';
import { fragmentsOf, LINK_START } from './patterns';

/** An emoji ends a line's sentence; a capital starts the next (made once: see lexicon.ts's MARKS). */
const ENDS_IN_EMOJI = /\p{Extended_Pictographic}$/u;
const NEXT_CAPITAL = /^\s+\p{Lu}/u;

/**
 * A reply's text cut into sentences: lines a hard wrap broke joined into paragraphs, bullets and
 * short lines kept apart, then cut at sentence ends inside a line, keeping abbreviations, ordinals
 * and quotations whole. The quoted lines an inline answer keeps for context are not the sender's.
 */

/**
 * Abbreviations whose full stop does not end a sentence, ordinals ("am 10. Mai"; not the end of a date, "2027-04-19.", "May 20.")
 * and a day and month written with dots and no year ("vom 20.12. bis 6.1.").
 */
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|etc|approx|incl|excl|esp|vs|mr|mrs|ms|dr|no|nr|z\.b|u\.a|bzw|ca|ggf|inkl|evtl|sr|sra|dott|sig|eng|arq|prof|ing|p\.ex|cf|st|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|(?<![\d.\-/:])(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)\d{1,2}|(?<![\d.])\d{1,2}\.\d{1,2})\.$/i;

/** A round's or a phase's number ends its sentence when a capital follows ("Ready for round 2. Point 3 needs a POS update"): no date there. */
const ROUND_NUMBER = /\b(?:round|runde|ronda|rodada|ronde|tour|turno|giro|phase|fase)\s+\d{1,2}\.$/i;
/** So does a day and month with dots, or a version number ("vom 20.12. bis 6.1." goes on; "Still broken in build 4.2. Approved otherwise?" ends). */
const DOTTED_NUMBERS = /(?<![\d.])\d{1,2}\.\d{1,2}\.$/;

/** A line or clause that is an item of a list: a bullet, a number or a letter first (`- …`, `2. …`, `2 - …`, `b) …`). */
export const isListItem = (text: string): boolean => /^([-*•·]|\d+[.)]|\d+ [-–]|[a-z][.)])\s/i.test(text);

/** Whether a quotation is open at the end of `text`: an odd number of straight double quotes, or more opened than closed (`„…“` in German, `“…”`, `«…»`). */
export function insideQuotes(whole: string): boolean {
  // Within the last 200 characters (a quotation runs no longer), and not an inch mark (`27" screen`).
  const text = whole.slice(-200).replace(/(?<=\d)"/g, '');
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const low = count(/„/g);
  const left = count(/“/g);
  const opened = low + count(/«/g) + Math.max(0, left - low);
  const closed = count(/[”»]/g) + Math.min(low, left);
  return count(/"/g) % 2 === 1 || opened > closed;
}

/** Whether a bracket opened in the last few words of a sentence is still open at its end (not a sad face, ":("). */
function insideBrackets(text: string): boolean {
  const recent = text.replace(/[:;=]-?[()]/g, '').slice(-40);
  return (recent.match(/\(/g)?.length ?? 0) > (recent.match(/\)/g)?.length ?? 0);
}

/**
 * Where a sentence may end inside a line: stops before a word, a question or an exclamation mark before anything, or an emoji
 * before a word, the full stop of a reply typed on a phone ("todo bien con el plan 👍 la semana del 17 no nos va"; not a
 * trade mark's sign, "Acme® Loyalty").
 */
const SENTENCE_END = /[.!?]+(?=\s+\S)|[?!]+(?=\S)|(?![©®™])\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)*(?=\s+\S)/gu;
/**
 * Words that open a condition or a contrast ("if", "unless", "but", "wenn", "pero", "eso sí"…, each language's `condition`,
 * `hypothetical` and `butWords`, the plain ones; not every word of contrast, "Jedoch", "Though", which open a sentence of their own): an emoji before them ends no sentence ("Approved 👍 if the date holds" is one).
 */
const TURNS_AFTER_EMOJI = new RegExp(
  String.raw`^\s+(?:${[...new Set([...LANGUAGES.flatMap((l) => [...l.condition, ...l.hypothetical]), ...fragmentsOf('butWords')].map(fold))]
    .filter((w) => /^[a-z' ]+$/.test(w))
    .join('|')})(?![\p{L}])`,
  'u',
);
/** An emoji, the end of a match of SENTENCE_END that is one. */
const EMOJI_END = /\p{Extended_Pictographic}/u;

/** A piece that ends inside a link: its last word starts a link. */
const INSIDE_LINK = new RegExp(String.raw`${LINK_START}\S*$`);

/** A sentence, and whether it is the first of an answer written under a quoted line (where a bare "No" or "OK" answers). */
export interface Sentence {
  readonly text: string;
  readonly answers: boolean;
  /** In an answer written under quoted lines, those lines (without their `>`): what the answer is about ("> - Test accounts: …"). */
  readonly under?: string;
}

/** Lines joined into paragraphs where a hard wrap broke a sentence; bullets and short lines stay apart. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  // The quoted lines last met, and those the sentence being joined answers.
  let quoted: string[] = [];
  let under: string | undefined;
  const push = (text: string, answers: boolean) => out.push(under === undefined ? { text, answers } : { text, answers, under });
  for (const paragraph of text.split(/\n\s*\n/)) {
    // `>` lines are the quoted lines an inline answer answers (reply-text/inline.ts keeps them for context), and the "On … wrote:"
    // above them: not the sender's words. The line after them starts an answer.
    let current = '';
    let answers = false;
    let afterQuote = false;
    under = undefined;
    for (const raw of paragraph.split('\n')) {
      const line = raw.trim();
      if (line.startsWith('>')) {
        if (!afterQuote) quoted = [];
        quoted.push(line.replace(/^[>\s]+/, ''));
        afterQuote = true;
        continue;
      }
      if (line === '' || isAttributionLine(line)) continue;
      const bullet = isListItem(line);
      const ended = current === '' || afterQuote || /[.!?:;)]$/.test(current) || ENDS_IN_EMOJI.test(current) || bullet || current.length < 40;
      if (ended && current !== '') {
        push(current, answers);
        current = line;
        answers = afterQuote;
      } else {
        if (current === '') answers = afterQuote;
        current = current === '' ? line : `${current} ${line}`;
      }
      if (afterQuote) under = quoted.join(' ');
      afterQuote = false;
    }
    if (current !== '') push(current, answers);
  }
  // Then on sentence ends inside a line, keeping abbreviations and numbers ("10. Mai", "e.g.") whole.
  return out.flatMap((block) => {
    const pieces: string[] = [];
    let start = 0;
    for (const match of matchesOf(SENTENCE_END, block.text)) {
      const end = (match.index ?? 0) + match[0].length;
      const candidate = block.text.slice(start, end);
      if (
        match[0] === '.' &&
        ABBREVIATION.test(candidate) &&
        !((ROUND_NUMBER.test(candidate) || DOTTED_NUMBERS.test(candidate)) && NEXT_CAPITAL.test(block.text.slice(end)))
      )
        continue;
      if (EMOJI_END.test(match[0]) && TURNS_AFTER_EMOJI.test(fold(block.text.slice(end, end + 40)))) continue;
      // Inside a quotation ("Your account is locked. Please contact us."), the sentence around it goes on; so it does around a
      // bracket's guess ("de sessietijden staan een uur verschoven in de app (tijdzone?).").
      if (insideQuotes(block.text.slice(0, end)) || insideBrackets(block.text.slice(start, end))) continue;
      // Nor at a "?" inside a link ("https://acme.example/quote?id=12 is still valid"; a full stop after one still ends it).
      if (!/\s/.test(block.text.charAt(end)) && INSIDE_LINK.test(block.text.slice(start, end))) continue;
      pieces.push(candidate.trim());
      start = end;
    }
    pieces.push(block.text.slice(start).trim());
    return pieces.filter((p) => p !== '').map((piece, i) => ({ ...block, text: piece, answers: block.answers && i === 0 }));
  });
}
