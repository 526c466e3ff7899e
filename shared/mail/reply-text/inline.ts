import { attributionAt, isQuoted, opensHistory } from './quotes';
import { cutSignature, isMobileSignature, isSignatureOnly, SIGNATURE_DELIMITER } from './signatures';

/**
 * Inline answers: the sender's lines between the `>` lines of our quote, or typed into an unquoted
 * copy of it (Outlook) marked with initials, an arrow or capitals; each kept with the quoted lines it answers.
 */

/** A line that starts in lower case (made once: see reading/lexicon.ts's MARKS). */
const STARTS_LOWER = /^\p{Ll}/u;

/** Top text that says the answers are in the quote ("answers inline", "see below in CAPS", "siehe unten im Text"…). */
const INLINE_ANNOUNCEMENT = [
  /\b(inline|in-line|in line|below|beneath|underneath|interspersed|next to each)\b/i,
  /\bin (caps|capitals|upper ?case|bold|blue|red|green|colou?r|italics?)\b/i,
  /\b(my|our) (answers?|comments?|notes?|responses?|replies|remarks|feedback)\b/i,
  /\b(unten|im text|zwischen den zeilen|in (rot|blau|grün|großbuchstaben|fett))\b|\bmeine?n? (antworten|anmerkungen|kommentare)\b/i,
  /\b(ci-dessous|dans le texte|en (rouge|bleu|vert|majuscules|gras))\b|\bmes (réponses|commentaires|remarques)\b/i,
  /\b(abajo|a continuación|entre líneas|en (rojo|azul|verde|mayúsculas|negrita))\b|\bmis (respuestas|comentarios)\b|\b(respondo|contesto|respondemos|contestamos|respuestas|comentarios) en línea\b/i,
  /\b(qui sotto|di seguito|nel testo|in (rosso|blu|verde|maiuscolo|grassetto))\b|\b(le mie risposte|i miei commenti)\b/i,
  /\b(hieronder|in de tekst|tussen de regels|in het (rood|blauw|groen)|in hoofdletters)\b|\bmijn (antwoorden|opmerkingen)\b/i,
  /\b(abaixo|no texto|em (vermelho|azul|verde|maiúsculas|negrito))\b|\b(minhas respostas|meus comentários)\b/i,
];
/** Top text that says the answers are in capitals. */
const CAPS_ANNOUNCEMENT = /\b(caps|capitals|upper ?case|block letters|großbuchstaben|majuscules|mayúsculas|maiuscolo|maiuscole|hoofdletters|maiúsculas)\b/i;

/** Labels that look like initials but are not: "RE:", "CC:", "PS:"… */
const NOT_INITIALS = new Set([
  'RE',
  'FW',
  'FWD',
  'AW',
  'WG',
  'TR',
  'SV',
  'VS',
  'RV',
  'CC',
  'BCC',
  'TO',
  'PS',
  'NB',
  'OK',
  'QA',
  'UI',
  'IT',
  'ID',
  'PO',
  'API',
  'URL',
  'FAQ',
  'TEL',
  'FAX',
  'MOB',
  'CEO',
  'CTO',
  'CFO',
  'COO',
  'VP',
  'PM',
  'BR',
  'ETA',
  'UTC',
  'CET',
  'EST',
  'PST',
]);

/**
 * The marker an answer line in an unquoted copy starts with: "[PD]", "[Luis]", "<HC>", "JS:", "CD :" (French spacing), "PdV:", "-- MH:",
 * "-->"; with `arrows`, a bare ">>" too (a copy that quotes nothing, so no ">>" in it is a line quoted twice).
 */
function markerOf(line: string, arrows = false): string | null {
  const text = line.trimStart();
  // (A first name in brackets too, "[Luis] 1001 through 1012".)
  const bracket = /^\[([A-Z]{1,4}|\p{Lu}\p{Ll}{1,15})\]/u.exec(text) ?? /^<([A-Z]{2,3})>/.exec(text);
  if (bracket) return `[${bracket[1]}]`;
  const colon = /^(?:--?\s*)?([A-Z][a-z]?[A-Z]{1,2})\s?:\s/.exec(text);
  if (colon?.[1] && !NOT_INITIALS.has(colon[1])) return `${colon[1]}:`;
  if (isNamedArrowAnswer(text) || (arrows && /^>>\s*[^\s>]/.test(text))) return '>>';
  if (/^(-{1,3}>|={1,2}>|<-{1,3}|<<)\s*\S/.test(text)) return '-->';
  return null;
}

/**
 * ">> EMILY: It is License_Number__c": an answer typed into an unquoted copy of our mail behind ">>" and the writer's name or
 * initials, not a line quoted twice (a quote's ">>" is not followed by a name and a colon).
 */
const NAMED_ARROW = /^\s*>>\s*\[?\p{Lu}[\p{L}.]{0,20}(?:\s\p{Lu}[\p{L}.]{0,20}){0,2}\]?:\s*\S/u;
export function isNamedArrowAnswer(line: string): boolean {
  return NAMED_ARROW.test(line);
}

/** No line is quoted once (">"): a copy of our mail, whose ">>" lines can only be the sender's arrows, no line quoted twice. */
export function quotesNothingOnce(lines: readonly string[]): boolean {
  return !lines.some((line) => /^\s*>(?!>)/.test(line));
}

/** Top text that says the answers follow a dash. */
const DASH_ANNOUNCEMENT =
  /\b(dash(es)?(?!\s*board)|hyphens?|(binde|spiegel|gedanken)?strich(e|en)?|tirets?|gui[oó]n(es)?|trattin[oi]|streepjes?|tra[cç]os?|h[ií]fens?)\b/i;

/** A line that opens with a dash: any, when the top text says the answers do; else an en or em dash (our notices list with "-"). */
function isDashAnswer(line: string, said: boolean): boolean {
  return said ? /^\s*[-–—]\s*\S/.test(line) && !/^\s*--\s*$/.test(line) : /^\s*[–—]\s*\S/.test(line);
}

/** Dash answers stand one under each line of ours they answer: a run of dash lines is a list (ours: "- Test accounts", "- API access"). */
function isolatedDashAnswers(lines: readonly string[], from: number, end: number, said: boolean): Set<number> {
  const dashed = (i: number) => i >= from && i < end && isDashAnswer(lines[i] ?? '', said);
  const kept = new Set<number>();
  for (let i = from; i < end; i += 1) if (dashed(i) && !dashed(i - 1) && !dashed(i + 1)) kept.add(i);
  return kept;
}

function isCapsLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.8 && !/^\s*[A-Z][a-z]*\s?:/.test(line);
}

/** An answer and the quoted lines above it that it answers. */
export interface Answer {
  readonly context: readonly string[];
  readonly text: readonly string[];
}

/** At most this many quoted lines are kept above an inline answer. */
const MAX_CONTEXT_LINES = 6;

/** The quoted lines right above an answer: back to a blank (quoted) line or the previous answer, at most six. */
function contextAbove(lines: readonly string[], from: number, to: number, isContext: (line: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = to - 1; i >= from; i -= 1) {
    const line = lines[i] ?? '';
    if (!isContext(line)) break;
    const text = line.replace(/^\s*(>\s?)+/, '').trim();
    if (text === '') {
      if (out.length > 0) break;
      continue;
    }
    if (attributionAt([text], 0) > 0) break;
    out.unshift(`> ${text}`);
    if (out.length >= MAX_CONTEXT_LINES) break;
  }
  return out;
}

/** Where a quote region ends: older history, or a signature of the sender's below the quote. */
function regionEnd(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (isQuoted(line)) continue;
    const text = line.trim();
    if (SIGNATURE_DELIMITER.test(text) || isMobileSignature(text) || opensHistory(lines, i)) return i;
  }
  return lines.length;
}

/** A quoted line at least this long may have been wrapped by the mailer, its continuation losing the '>'. */
const REWRAPPED_LINE_CHARS = 60;

/**
 * The first word of a line that can only go on with the sentence above it: a conjunction or a preposition that starts no
 * sentence of its own ("and confirmed."). Not an article or a pronoun: "the afternoon doesn't work for us", "that date is a
 * problem" are answers.
 */
const GOES_ON = /^(?:and|or|nor|of|to|than|via|per|including|plus)\b/i;

/** A quoted item of a list ("> - Field mapping: which of your fields…"), which ends with no full stop of its own. */
const QUOTED_LIST_ITEM = /^>[>\s]*(?:[-*•]|\d+[.)])\s/;

interface Block {
  readonly start: number;
  readonly end: number;
  readonly followedByQuote: boolean;
}

/** Answers written between `>` lines: every run of unquoted lines that comes after a quoted line. */
export function answersBetweenQuotes(lines: readonly string[], from: number, topText: string): { answers: Answer[]; interleaved: boolean } {
  const end = regionEnd(lines, from);
  const blocks: Block[] = [];
  let seenQuote = false;
  let i = from;
  while (i < end) {
    const line = lines[i] ?? '';
    if (isQuoted(line)) {
      seenQuote = true;
      i += 1;
      continue;
    }
    if (line.trim() === '' || !seenQuote) {
      i += 1;
      continue;
    }
    // A long quoted line re-wrapped without its '>' ("> … approve the plan by replying" / "to this email.") is still the quote.
    const previous = lines[i - 1] ?? '';
    // (Not a line typed right under a quoted item of a list: "> - Field mapping: which of your fields map to which Cadmium
    // fields" / "working on it, will send tomorrow", "> 2. Go-live on March 3, with the menu and the ticketing integration
    // switched on together" / "but the ticketing part has to wait until April" are answers, the quote resuming under them or
    // not. A line that can only go on with the item's sentence, "and confirmed.", is still its re-wrap: an answer lost would
    // cost more than a line of our quote kept.)
    const answersAnItem = QUOTED_LIST_ITEM.test(previous) && !GOES_ON.test(line.trim());
    if (isQuoted(previous) && previous.length >= REWRAPPED_LINE_CHARS && STARTS_LOWER.test(line.trim()) && !/[.!?:]\s*$/.test(previous) && !answersAnItem) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < end && !isQuoted(lines[i] ?? '')) i += 1;
    blocks.push({ start, end: i, followedByQuote: i < end });
  }
  // Answers between quoted lines each get the lines they answer; a lone block under the whole quote is bottom-posting.
  const interleaved = blocks.some((block) => block.followedByQuote);
  const answers: Answer[] = [];
  let previousEnd = from;
  for (const block of blocks) {
    const text = cutSignature(lines.slice(block.start, block.end));
    const context = interleaved ? contextAbove(lines, previousEnd, block.start, isQuotedOrBlank) : [];
    previousEnd = block.end;
    if (text.every((line) => line.trim() === '')) continue;
    // The sender's name or signature under the quote is not an answer, when there is one.
    const last = !block.followedByQuote;
    if (last && isSignatureOnly(text) && (topText !== '' || answers.length > 0)) continue;
    answers.push({ context, text });
  }
  return { answers, interleaved };
}

function isQuotedOrBlank(line: string): boolean {
  return isQuoted(line) || line.trim() === '';
}

/**
 * Answers typed into an unquoted copy of our mail (Outlook): lines marked with the writer's
 * initials ("[PD]", "JS:"), an arrow ("-->"), or in capitals when the top text says so.
 */
export function answersInCopy(lines: readonly string[], from: number, top: string, coloured?: (line: string) => boolean): Answer[] {
  let end = lines.length;
  for (let i = from; i < lines.length; i += 1) {
    if (opensHistory(lines, i)) {
      end = i;
      break;
    }
  }
  const announced = INLINE_ANNOUNCEMENT.some((pattern) => pattern.test(top));
  // (A copy with no line quoted once: its ">>" lines are the sender's arrows, announced.)
  const arrows = announced && quotesNothingOnce(lines.slice(from, end));
  const markerAt = (i: number) => markerOf(lines[i] ?? '', arrows);
  const counts = new Map<string, number>();
  for (let i = from; i < end; i += 1) {
    const marker = markerAt(i);
    if (marker) counts.set(marker, (counts.get(marker) ?? 0) + 1);
  }
  const mentioned = (marker: string) => /^\[?[A-Z]/.test(marker) && new RegExp(`\\b${marker.replace(/[[\]:]/g, '')}\\b`).test(top);
  const qualified = [...counts]
    .filter(([marker, count]) => {
      if (marker.startsWith('[')) return count >= 2 || announced || mentioned(marker);
      // (">> EMILY:" says whose answer it is: announced, once is enough.)
      if (marker === '>>') return announced;
      return announced && (count >= 2 || mentioned(marker));
    })
    .sort((a, b) => b[1] - a[1]);
  const caps = CAPS_ANNOUNCEMENT.test(top);
  // "Mes réponses dans votre message, précédées d'un tiret", "respostas abaixo com traço": answers after a dash. Said so, any dash
  // line is one; only announced, a dash our notices do not open their lists with (an en or em dash), twice.
  const chosen = qualified[0]?.[0];
  // (Initials, arrows or capitals first: a dash then is a list inside an answer.)
  const dashSaid = DASH_ANNOUNCEMENT.test(top);
  const dashLines = caps || chosen !== undefined ? new Set<number>() : isolatedDashAnswers(lines, from, end, dashSaid);
  const byDash = dashSaid ? dashLines.size >= 1 : announced && dashLines.size >= 2;
  // "Answers in blue below", "unsere Antworten finden Sie unten in Rot": announced, the lines the HTML body sets in a colour of
  // their own (Outlook keeps no other mark of them in the text).
  const colouredAt = new Set<number>();
  if (announced && coloured && !chosen && !caps && !byDash) for (let i = from; i < end; i += 1) if (coloured(lines[i] ?? '')) colouredAt.add(i);
  if (!chosen && !caps && !byDash && colouredAt.size === 0) return [];
  const isAnswer = (i: number) => {
    const line = lines[i] ?? '';
    return (
      (chosen !== undefined && markerAt(i) === chosen) ||
      (caps && chosen === undefined && isCapsLine(line)) ||
      (byDash && dashLines.has(i)) ||
      colouredAt.has(i)
    );
  };
  const answers: Answer[] = [];
  let previousEnd = from;
  for (let i = from; i < end; i += 1) {
    if (!isAnswer(i)) continue;
    const start = i;
    while (i + 1 < end && isAnswer(i + 1)) i += 1;
    // (The lines above an answer are ours: none of them is an answer, or the run above would have taken it.)
    const context = contextAbove(lines, previousEnd, start, () => true);
    // (A ">> EMILY:" answer is kept without its arrows: the reader reads no line that opens with ">".)
    answers.push({
      context,
      text: lines.slice(start, i + 1).map((line, k) => (markerAt(start + k) === '>>' ? line.replace(/^\s*>>\s*/, '') : line)),
    });
    previousEnd = i + 1;
  }
  return answers;
}
