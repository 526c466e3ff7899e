import {
  contrastPattern,
  fold,
  indexOf,
  LexiconIndex,
  matchesOf,
  tokenize,
  type CompiledLexicon,
  type Found,
  type Lexicon,
  type LexiconCategory,
  type Token,
} from './lexicon';
import { LANGUAGES } from './languages';
import { LINK_START, wholeWordsOf, wordsOf } from './patterns';
import { insideQuotes, sentencesOf } from './sentences';
import { launchWindowsIn, type MonthWindow } from './month-window';
import type { DocumentName } from './types';

/**
 * A reply cut into sentences and clauses, each read on its own: what it asserts (the lexicon
 * categories it hits), whether the assertion is negated, and what kind of statement it is
 * (a question, a request, a condition, a hedge, something pending, an earlier problem resolved).
 * Pure and language-independent: the words come from `languages/`.
 */

/** Each language's own index, made once, on first use: a set of languages' index looks up theirs in turn. */
const OWN = new Map<Lexicon, LexiconIndex>();
function ownIndex(lexicon: Lexicon): LexiconIndex {
  let index = OWN.get(lexicon);
  if (!index) {
    index = indexOf(lexicon);
    OWN.set(lexicon, index);
  }
  return index;
}

/**
 * The lexicons of the languages a reply is read in, as one, made once per set of languages: one pass of each category over a
 * reply, however many languages it is read in.
 */
const MERGED = new Map<string, CompiledLexicon>();
function lexiconFor(codes: readonly string[]): CompiledLexicon {
  const key = [...codes].sort().join('+');
  let compiled = MERGED.get(key);
  if (!compiled) {
    const chosen = LANGUAGES.filter((l) => codes.includes(l.code));
    const parts = chosen.map(ownIndex);
    const index = parts.length === 1 ? (parts[0] as LexiconIndex) : LexiconIndex.merged(parts);
    compiled = { code: key, index, contrast: contrastPattern(chosen.flatMap((l) => l.contrast)) };
    MERGED.set(key, compiled);
  }
  return compiled;
}
const STOPWORDS = LANGUAGES.map((l) => ({ code: l.code, words: new Set(l.stopwords.map(fold)) }));
/** For each function word, the languages (their index in {@link STOPWORDS}) it belongs to: a text is scored in one pass. */
const STOPWORD_LANGUAGES = new Map<string, number[]>();
STOPWORDS.forEach(({ words }, i) => {
  for (const word of words) STOPWORD_LANGUAGES.set(word, [...(STOPWORD_LANGUAGES.get(word) ?? []), i]);
});

/** What a clause asserts. */
export type Act = 'approve' | 'yes' | 'no' | 'pass' | 'done' | 'refuse' | 'change' | 'amend' | 'problem' | 'resolved' | 'scope' | 'thanks' | 'info';
const ACTS: readonly Act[] = ['approve', 'yes', 'no', 'pass', 'done', 'refuse', 'change', 'amend', 'problem', 'resolved', 'scope', 'thanks', 'info'];
/** Acts that say yes in one way or another. */
export const YES_LIKE: ReadonlySet<Act> = new Set(['approve', 'yes', 'pass', 'done']);
/** Acts whose words may stand in words that change the terms ("has moved", "drop the kiosk"): they do not undo them. */
const ALTERED_BESIDE: ReadonlySet<Act> = new Set(['amend', 'change', 'scope', 'info', 'thanks', 'no']);
/** Words of a yes or a problem inside the words that change the terms ("sin problemas"), or a problem right after them ("without any issues"), undo them. */
function undoesAltered(hits: readonly Hit[], a: number, b: number): boolean {
  return hits.some((h) => (!ALTERED_BESIDE.has(h.act) && h.end > a && h.at < b) || (h.act === 'problem' && h.at >= b && h.at < b + 14));
}
/** Acts whose words inside a neutral phrase ("error and success messages") are not read. */
const NEUTRALIZED: ReadonlySet<Act> = new Set(['approve', 'yes', 'pass', 'done', 'refuse', 'change', 'amend', 'problem', 'resolved', 'scope']);

export interface Hit {
  readonly act: Act;
  /** The words that matched, as written in the folded clause, and where (offsets in the folded clause). */
  readonly words: string;
  readonly at: number;
  readonly end: number;
  /** A negator governs it (`not approved`, `no issues`, `funktioniert nicht`). */
  readonly negated: boolean;
  /** A future or pending word governs it (`will approve`, `to follow`, `next week`): not done yet. */
  readonly pending: boolean;
  /** A future marker governs it (`will`, `going to`, `wird`): with a negation, a refusal for the future ("we will not be approving"). */
  readonly future?: boolean;
}

export interface Clause {
  /** The clause as written (trimmed). */
  readonly text: string;
  /** Index of its sentence in the reply; clauses of one sentence share it. */
  readonly sentence: number;
  readonly hits: readonly Hit[];
  readonly question: boolean;
  /** The first clause of the reply with words in it: where a bare "Yes," or "Not yet," answers the question. */
  readonly opening: boolean;
  /** The first clause of an answer written under a quoted line: a bare "No" there answers that point (a bare "OK" one point only). */
  readonly answersQuote?: boolean;
  /** In an answer written under quoted lines, those lines, folded: what the answer is about ("test accounts: a login for…"). */
  readonly answersTo?: string;
  readonly request: boolean;
  readonly condition: boolean;
  /** A hypothesis (`if …`, `in case …`): what it names is not asserted. */
  readonly hypothetical: boolean;
  readonly hedge: boolean;
  /** Future or pending (`will send`, `to follow`, `not yet`, `still waiting`). */
  readonly pending: boolean;
  /** Opened by a contrast word (`but …`, `however …`). */
  readonly contrast: boolean;
  /** Small talk (`did you make your flight?`): a question in it is not about the project. */
  readonly smallTalk: boolean;
  /** Holds a phrase of the `neutral` list ("that should be everything", "nothing outstanding"): the reader knows what it says. */
  readonly neutral: boolean;
  /** Where words for other things to approve stand (`the invoice`), offsets in the folded clause. */
  readonly elsewhere: readonly number[];
  /** Where a process's documents are named (`the work order`), offsets in the folded clause: a yes to one, at a later step, is not that step's. */
  readonly documents: readonly { readonly name: DocumentName; readonly at: number }[];
  /** Where words for meetings stand (`the invite`, `the call`), offsets in the folded clause. */
  readonly meeting: readonly number[];
  /** It says the sender will attend (`I'll be there`, `wir sind dabei`), not negated nor asked nor on a condition. */
  readonly attends: boolean;
  /** It only tells the sender's availability or the next talk (`our office is closed next Monday`, `on se parle jeudi`): small talk. */
  readonly availability: boolean;
  /** It speaks of every one of something (`all`, `alle`, `tous`). */
  readonly every: boolean;
  /** Where names for error cases end (`the error paths`): problem words listed after one name cases tested. */
  readonly cases: readonly number[];
  /** Where future or pending words stand (`to follow`, `next week`; not a wait for the other side), offsets in the folded clause. */
  readonly later: readonly number[];
  /** Where words opening a time before end (`before`, `avant de`, `bevor`), offsets in the folded clause. */
  readonly before: readonly number[];
  /** Where words for the rest end (`the rest`, `il resto`, `die übrigen Punkte`): a yes after one is a yes to the rest only, offsets in the folded clause. */
  readonly rest: readonly number[];
  /** Where another person's reported words start (the end of `Jenna said`, `m'a dit`), offsets in the folded clause. */
  readonly reports: readonly number[];
  /** A yes said to be someone else's to give ("final word is with the board"). */
  readonly othersYes: boolean;
  /** It points to answers somewhere else ("see my answers below in red"). */
  readonly elsewhereAnswers: boolean;
  /** A wait for someone's yes, not the reader's ("waiting for finance", "waiting for the client's sign-off", "wir warten auf den Kunden"). */
  readonly awaitsOthers: boolean;
  /** The launch date named under a future or pending word, with no number ("Priya will firm up the exact date with you"): still to come. */
  readonly dateToCome: boolean;
  /** A go-live wished for on a day named with its number ("wij willen graag live op maandag 7 juni"): the launch date, given (its only yes words still to come are those of going live). */
  readonly goLiveOn: boolean;
  /** It limits what it says to a part or a trial (`for the pilot store`, `phase 1 only`, `Testphase`). */
  readonly partOnly: boolean;
  /** A part put off to later, said as fact (the `deferred` lists: "the other sites later", "Milano più avanti"). */
  readonly deferred: boolean;
  /**
   * How a system misbehaves, said without a word of problem (the `anomaly` lists: "shows the points twice", "bleibt auf 0"), and no
   * other word the reader knows in the clause.
   */
  readonly anomaly: boolean;
  /**
   * It changes the terms or the scope, said as fact (`without the kiosk module`, `we crossed out clause 7`, `decided to drop`,
   * `net 60`): beside a yes, the yes is to something other than what was asked.
   */
  readonly alters: boolean;
  /** A detail given anew, said as fact ("the correct one is B87654321", "the address is now 12 High St"): where details are confirmed, a change. */
  readonly anew: boolean;
  /** A day put in another's place, said as fact (`the field mapping will be Feb 12 rather than Feb 1`): a date of the document moved. */
  readonly movesADay: boolean;
  /** A yes at a price of the sender's own (`approved at $1,500`, `Freigegeben zu 1.500 €`): a yes to other terms than the document's. */
  readonly amount: boolean;
  /** It corrects a detail said as fact: "The fee is $300, not $500", "Our new manager is Tom, not Jenna". */
  readonly corrects: boolean;
  /**
   * A question asked as a request ("Please let me know if staff training is included in the fee", "dites-moi si…"): beside a
   * yes, something still asked. (Its items are still given: "field mapping attached, let me know if the custom fields map".)
   */
  readonly asksWhether: boolean;
  /** A statement closed by a tag that asks whether it holds, its question mark dropped ("Training's included, right", "…, oder"). */
  readonly tagged: boolean;
  /** It offers a choice of days: "June 3 or 10", "le 3 ou le 10 juin", "June 3 - or the week after". */
  readonly dateChoice: boolean;
  /** It names going live or starting (`go live`, `launch`, `starten`, `mise en ligne`). */
  readonly goLiveNamed: boolean;
  /** The month, or part of one, it names the launch in, no day of it ("go-live the first week of March", "lancement fin avril"). */
  readonly launchWindows: readonly MonthWindow[];
  /** An approval still to come, other than a go-live on a day ("we'll confirm the go-live next week"; not "you can go live next Monday"). */
  readonly approvalToCome: boolean;
  /** A verb of examining under a future or pending word ("I'll review the work order next week", "stiamo ancora verificando"). */
  readonly toReview: boolean;
  /** Number of words. */
  readonly words: number;
  /** The clause folded (lower case, no accents): what hits' offsets count in. */
  readonly folded: string;
}

export interface ClauseReading {
  /** The languages detected, most likely first; English is always read too. */
  readonly languages: readonly string[];
  readonly clauses: readonly Clause[];
}

/** What parts a text's words (made once: see lexicon.ts's MARKS). */
const NOT_IN_A_WORD = /[^\p{L}']+/u;

/** What the sender did to check (`checkedWords`: "tested", "geprüft", "testé"): a clause with it reports a check, not a defect. */
const CHECKED = wholeWordsOf(['checkedWords']);
/** The sender says they are the one who signs ("quem valida sou eu", "soy yo quien tiene que darla"): each language's `selfSigner`. */
const SELF_SIGNER = wholeWordsOf(['selfSigner']);

/** A word in no language's function words (one list for all, never written). */
const NO_LANGUAGES: readonly number[] = [];

/** How many words a text has, and how many of each language's function words are among them. */
function scoresOf(text: string): { words: number; scores: { code: string; score: number }[] } {
  const words = text.split(NOT_IN_A_WORD).filter((w) => w !== '');
  const counts = STOPWORDS.map(() => 0);
  for (const word of words) for (const i of STOPWORD_LANGUAGES.get(word) ?? NO_LANGUAGES) counts[i] = (counts[i] ?? 0) + 1;
  return { words: words.length, scores: STOPWORDS.map(({ code }, i) => ({ code, score: counts[i] ?? 0 })) };
}

function detectLanguages(folded: string): string[] {
  // Each sentence's words are counted once, and the text's are their sums: what ends a sentence (`.!?;`, a line break) is in no word.
  const sentences = folded.split(/[.!?;\n]+/).map(scoresOf);
  const words = sentences.reduce((sum, sentence) => sum + sentence.words, 0);
  const scores = STOPWORDS.map(({ code }, i) => ({ code, score: sentences.reduce((sum, sentence) => sum + (sentence.scores[i]?.score ?? 0), 0) }));
  const best = scores.sort((a, b) => b.score - a.score);
  const top = best[0];
  // Too few function words to tell: a short answer ("Akkoord", "Pode seguir!", "Nessun errore riscontrato, via libera al
  // lancio": one "al" says little) is read in every language; a longer text in none of them (Japanese, Russian) in English only.
  // (One English function word does not widen it: "The Sem Labs terminal works fine" is English, and "sem" no negator.)
  if (words <= 12 && (!top || top.score === 0 || (top.score === 1 && top.code !== 'en')))
    return [...(top && top.score > 0 ? [top.code] : []), ...STOPWORDS.map((s) => s.code).filter((code) => code !== top?.code || top.score === 0)];
  if (!top || top.score === 0) return ['en'];
  const picked = best.filter((s) => s.score > 0 && s.score >= top.score * 0.5).map((s) => s.code);
  // A line in another language under the main one ("Approved from our side." then "Bitte aber erst starten, wenn unser
  // Geschäftsführer unterschrieben hat."): its language is read too, where one of its sentences has two of its function words
  // or more, and more than of any language already picked.
  for (const { words: own, scores: counts } of sentences) {
    if (own < 4) continue;
    const most = Math.max(0, ...counts.filter((c) => picked.includes(c.code)).map((c) => c.score));
    for (const c of counts) if (!picked.includes(c.code) && c.score >= 2 && c.score > most) picked.push(c.code);
  }
  return picked.includes('en') ? picked : [...picked, 'en'];
}

/** Contrast words that are adverbs, not conjunctions (folded): they can stand inside a phrase. */
const ADVERBIAL_CONTRAST: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.patterns.adverbialContrast ?? []));

/** "and" or "or" (or "nor") right before a negator: the negation after it is one of its own. */
const JOINED_NEGATION = new RegExp(String.raw`\s(?:(?:${wordsOf('andOr')})\s+(?=(?:${wordsOf('negators')})\s)|nor\s)`, 'g');

/** An auxiliary or a modal verb just before: the adverb after it sits inside the verb's phrase. */
const AUXILIARY_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('auxiliaries')})\s+$`);

/** The contrast words of a sentence (where it is cut into clauses). */
function contrastsIn(lexicons: readonly CompiledLexicon[], text: string): Found[] {
  return lexicons.flatMap((l) => matchesOf(l.contrast, text).map((m) => ({ index: m.index ?? 0, text: m[0] })));
}

/** A letter, a digit or an emoji: a piece of a sentence or a word that says something (made once: see lexicon.ts's MARKS). */
const SAYS_SOMETHING = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/** A semicolon, or a dash between spaces: where a clause ends. */
const CLAUSE_BREAK = /;|\s[–—]\s/g;

/** Words of a hedge that hedge nothing (the `notHedge` pattern): "a check with", "wie bisher". */
const NOT_HEDGE = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('notHedge')})(?![\p{L}])`, 'gu');
function notHedges(folded: string): Span[] {
  return [...folded.matchAll(NOT_HEDGE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as Span);
}

/** Clause boundaries: `;`, and a contrast word after a comma or at a sentence's middle. */
function clausesOf(sentence: string, lexicons: readonly CompiledLexicon[]): { text: string; contrast: boolean }[] {
  const folded = fold(sentence);
  // Where a clause ends, and whether the next one opens with a contrast word (not a `;` or a dash).
  const cuts = new Map<number, boolean>();
  // (Not a dash inside a quotation: „Karte nicht gefunden – bitte erneut scannen“ is one message, quoted.)
  for (const m of matchesOf(CLAUSE_BREAK, folded)) if (!insideQuotes(sentence.slice(0, m.index ?? 0))) cuts.set(m.index ?? 0, false);
  for (const m of contrastsIn(lexicons, folded)) {
    const at = m.index;
    // An adverb of contrast right after an auxiliary or a modal ("nous voudrions toutefois ajouter", "we would however
    // like") turns its own phrase without cutting it; anywhere else it cuts, like a "but".
    if (ADVERBIAL_CONTRAST.has(m.text) && AUXILIARY_BEFORE.test(folded.slice(0, at))) continue;
    // Spanish "más" (more) folds to Portuguese "mas" (but): with its accent it turns nothing ("si necesitáis algo más de nuestra parte").
    if (/^\s*m[áÁ]s(?![\p{L}])/u.test(sentence.slice(at))) continue;
    if (at > 2) cuts.set(at, true);
  }
  const points = [...cuts.keys()].sort((a, b) => a - b);
  const pieces: { text: string; contrast: boolean }[] = [];
  let start = 0;
  let contrast = false;
  for (const at of points) {
    const piece = sentence.slice(start, at).replace(/^[;,\s–—]+|[,\s–—]+$/g, '');
    if (SAYS_SOMETHING.test(piece)) pieces.push({ text: piece, contrast });
    start = at;
    contrast = cuts.get(at) === true;
  }
  const last = sentence
    .slice(start)
    .replace(/^[;,\s–—]+/, '')
    .trim();
  if (SAYS_SOMETHING.test(last)) pieces.push({ text: last, contrast });
  return pieces;
}

type Span = readonly [number, number];
const spanOf = (f: Found): Span => [f.index, f.index + f.text.length];
const overlaps = (spans: readonly Span[], from: number, to: number) => spans.some(([a, b]) => from < b && to > a);
/**
 * The clause tells the sender's availability or the next talk and nothing else still to come: every word of things to come
 * stands in the phrase those words open ("on se parle jeudi à la réunion de suivi", "see you next week"; not "refund screens
 * we'll have by the follow-up, see you next week").
 */
const availableOnly = (folded: string, available: readonly Span[], pending: readonly Span[]) =>
  available.length > 0 &&
  pending.every(([a]) =>
    available.some(([from]) => {
      const end = folded.slice(from).search(/[,;:]/);
      return a >= from && (end < 0 || a < from + end);
    }),
  );

/** Where the bracket still open at an offset of a folded clause opens ("(the mail goes out, though …"), or -1. */
export function openBracketAt(folded: string, at: number): number {
  const open = folded.lastIndexOf('(', at);
  return open > folded.lastIndexOf(')', at) ? open : -1;
}

/** What follows a "statt" that closes its phrase: a comma, a full stop, the end. */
const STATT_CLOSING = /^\s*(?:[,.;:!?)]|$)/;

/** A link, to its end. */
const LINK = new RegExp(String.raw`${LINK_START}\S*[^\s?]`, 'g');

/** Between clauses in the joined text: no phrase reaches across it (`[\s-]+` does not match it). */
const SEPARATOR = ' \u0001 ';

/** What a category found in a clause where it found nothing (one list for all, never written). */
const NONE_FOUND: readonly Found[] = [];

/**
 * Every clause of a reply folded and joined, each category's words found in one pass over the whole
 * reply (not once per clause: the regular expressions are the reader's cost), then handed out to
 * the clauses they fall in.
 */
class Scan {
  readonly folded: readonly string[];
  private readonly starts: readonly number[];
  private readonly joined: string;
  private readonly tokens: readonly Token[];
  private readonly found = new Map<LexiconCategory, Found[][]>();
  private scanned = false;

  constructor(
    texts: readonly string[],
    private readonly lexicons: readonly CompiledLexicon[],
    /** "no" is a preposition, not a negator (Portuguese "no app", "no sábado": in the). */
    readonly noIsPreposition = false,
    /** "also" is German "so", not English "also" ("Falls Ihre Entwickler also noch etwas brauchen"): no new scope. */
    readonly alsoIsSo = false,
    /** "se" is the Spanish reflexive ("el estado se refleja"), not the Portuguese or Italian "if": no condition. */
    readonly seIsReflexive = false,
    /** "si" is the Italian "sì" typed without its accent ("si i dati sono giusti, confermo"), not the Spanish or French "if". */
    readonly siIsYes = false,
  ) {
    this.folded = texts.map(fold);
    const starts: number[] = [];
    let at = 0;
    for (const f of this.folded) {
      starts.push(at);
      at += f.length + SEPARATOR.length;
    }
    this.starts = starts;
    this.joined = this.folded.join(SEPARATOR);
    this.tokens = tokenize(this.joined);
  }

  /** The clause an offset of the joined text falls in (the last whose start is at or before it). */
  private clauseAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  in(category: LexiconCategory, clause: number): readonly Found[] {
    if (!this.scanned) {
      this.scanned = true;
      // One pass over the whole reply finds every category's words; then each goes to its clause.
      for (const lexicon of this.lexicons) {
        for (const [name, matches] of lexicon.index.findAll(this.joined, this.tokens)) {
          if (matches.length === 0) continue;
          const perClause = this.found.get(name) ?? this.folded.map((): Found[] => []);
          for (const m of matches) {
            if (((this.seIsReflexive && m.text === 'se') || (this.siIsYes && m.text === 'si')) && (name === 'condition' || name === 'hypothetical')) continue;
            const i = this.clauseAt(m.index);
            perClause[i]?.push({ ...m, index: m.index - (this.starts[i] ?? 0) });
          }
          this.found.set(name, perClause);
        }
      }
    }
    return this.found.get(category)?.[clause] ?? NONE_FOUND;
  }
}

/** A negator that counts: not inside one of the asides it is kept out of. */
const outsideAsides = (asides: readonly Span[], m: Found) => !overlaps(asides, m.index, m.index + m.text.length);

/** French "ne" or "n'": the first half of a negation in two words ("ne … pas", "n'… aucun"), never one alone. */
const frenchNe = (m: Found) => m.text === 'ne' || m.text === "n'";

/** Whether a negator stands within four words before the hit (in its phrase), or for languages that put it after, within three after. */
function negatedAt(scan: Scan, clause: number, index: number, length: number, brackets: readonly Span[], act?: Act): boolean {
  const folded = scan.folded[clause] ?? '';
  // Within the clause's current phrase: a comma or a colon ends a negation's reach ("no issues, all good").
  const before = folded.slice(0, index).split(/[,:;]/).pop() ?? '';
  // A negator inside a bracketed aside negates only inside it ("(the balance that did not update) was fixed");
  // one outside reaches over an aside ("we can't (at this point) approve").
  const outside = brackets.filter(([a, b]) => !(a <= index && b >= index + length));
  // The four words before the hit, an aside's words not counted.
  const phraseStart = index - before.length;
  const words = matchesOf(WORD, before)
    .map((m) => phraseStart + (m.index ?? 0))
    .filter((at) => !overlaps(outside, at, at + 1));
  const start = words.length > 4 ? (words[words.length - 4] as number) : phraseStart;
  // Two negations in the phrase cancel ("I don't see any reason not to go ahead"); two joined by "and" or "or" are two ("no
  // failed transactions and no guest complaints").
  // (Joined: "and" or "or" right before the second negator; "no reason on our side or theirs not to" is one phrase.)
  const joined = matchesOf(JOINED_NEGATION, before).pop();
  // What stands before "and" and a second negator is another phrase's: "no objections and nothing to add" says nothing against the yes.
  // So is what stands before "and" right before a phrase that opens negated itself ("… and nothing to add").
  const andBefore = SELF_NEGATED.test(`${folded.slice(index, index + length)} `) ? AND_AT_END.exec(before) : null;
  const joinedAt = andBefore ? phraseStart + andBefore.index : joined ? phraseStart + (joined.index ?? 0) : phraseStart;
  // "Without" negates the words right after it ("without any real issues"), never a resolution further on ("the receipt problem
  // without balance has been resolved", "il problema dello scontrino senza saldo è stato risolto").
  // ("not only", "no later than", "no doubt" are not negations of what follows: below.)
  // "Finché non è sistemato non possiamo approvare", "Fino a quando non è sistemato non lo approviamo", "tant que ce n'est pas
  // corrigé nous ne pouvons pas valider": in a phrase opening on "until", with a negation of the clause after it (in the hit, or
  // the last before it), the negators before that are the "until" clause's own, as the Romance languages put them there:
  // neither a negation of what follows nor half of a double one. (Not "until legal signs we can't approve it": one negation,
  // the yes's.)
  const negations = scan.in('negation', clause);
  const inUntil = UNTIL_START.test(folded.slice(phraseStart, index)) ? negations.filter((m) => m.index >= phraseStart && m.index < index + length) : [];
  const beforeHit = inUntil.filter((m) => m.index < index);
  const untilOwn = new Set((inUntil.length < 2 ? [] : beforeHit.length < inUntil.length ? beforeHit : beforeHit.slice(0, -1)).map((m) => m.index));
  // A phrase that holds its own negator ("pas le signer", "pas d'objection") is the second half of French "ne … pas" when a verb
  // stands between: the "ne" before it is the same negation ("nous ne pouvons toutefois pas le signer" refuses, "nous n'avons
  // pas d'objection" objects to nothing), not a second one. Right before it, "ne pas" negates an infinitive, and a negation
  // before that undoes it ("pas de raison de ne pas le signer"): that "ne" still counts.
  const ownNegator = negations.some((m) => m.index >= index && m.index + m.text.length <= index + length);
  const sameNegation = (m: Found) => ownNegator && frenchNe(m) && folded.slice(m.index + m.text.length, index).trim() !== '';
  const negators = negations.filter(
    (m) =>
      !untilOwn.has(m.index) &&
      !sameNegation(m) &&
      m.index >= Math.max(start, joinedAt) &&
      m.index + m.text.length <= index &&
      outsideAsides(outside, m) &&
      !(scan.noIsPreposition && m.text === 'no') &&
      !(WITHOUT.test(m.text) && (act === 'resolved' || wordsBetween(folded, m.index + m.text.length, index) > 2)),
  );
  // A reason before the refusal is a phrase of its own: "the CFO hasn't seen it so I can't give the go-ahead" refuses.
  const reason = matchesOf(REASON, before).pop();
  const subStart = Math.max(
    joined ? phraseStart + (joined.index ?? 0) + joined[0].length : phraseStart,
    reason ? phraseStart + (reason.index ?? 0) + reason[0].length : phraseStart,
  );
  // French "ne … aucun", "n'… pas" is one negation in two words: its "ne" does not count twice. So is the negative concord of
  // the other Romance languages, "não tivemos nenhum incidente", "no hubo ningún error", "non c'è nessun problema": its second
  // word does not count.
  const inPhrase = negations.filter(
    (m) =>
      !untilOwn.has(m.index) &&
      m.index >= subStart &&
      m.index + m.text.length <= index &&
      outsideAsides(outside, m) &&
      !frenchNe(m) &&
      !NEGATIVE_CONCORD.test(m.text),
  );
  // (Not where the phrase opens on a reason: "Since legal hasn't reviewed it I can't give you the green light" refuses.)
  if (inPhrase.length >= 2 && !REASON_START.test(folded.slice(phraseStart, index))) return false;
  if (negators.some((m) => !/^(not only|no later|no doubt)/.test(folded.slice(m.index)))) return true;
  // "We're not really comfortable enough with the numbers to approve it", "pas encore en mesure de donner notre feu vert": not
  // in a position to say yes, however many words stand between.
  if (NOT_IN_POSITION.test(folded.slice(0, index))) return true;
  // An aside set off by commas between the negator and the yes ("we can't, unfortunately, approve it", "we are unable, for
  // budget reasons, to approve"): the negation reaches over it.
  if (negatedOverAside(scan, clause, folded.slice(0, index))) return true;
  // Languages that put the negator after the verb put words between ("passt bei uns leider nicht"): up to five after, in the phrase.
  const after = (folded.slice(index + length).split(/[,:;]/)[0] ?? '').split(/\s+/).slice(0, 6).join(' ');
  const end = index + length + after.length;
  return scan.in('negationAfter', clause).some((m) => m.index >= index + length && m.index + m.text.length <= end && outsideAsides(outside, m));
}

/** The word that opens "both … and" where the "and" is also an "if" (Dutch "zowel … als"), over folded text. */
const BOTH = wholeWordsOf(['bothAnd'], 'gu');

/**
 * A condition's word that is the "and" of a "both … and" before it, no other condition between ("akkoord, zowel de kosten als
 * de planning": no condition; "akkoord als zowel de kosten als de planning kloppen": the first "als" is one).
 */
function andOfBoth(folded: string, [a]: Span, spans: readonly Span[]): boolean {
  const both = [...folded.slice(0, a).matchAll(BOTH)].pop();
  if (both === undefined) return false;
  const at = both.index ?? 0;
  return !spans.some(([b]) => b > at && b < a);
}

/** The second word of a Romance negation in two ("não … nenhum", "no … ningún", "non … nessun": the `concord` words), folded. */
const NEGATIVE_CONCORD = new RegExp(`^(?:${wordsOf('concord')})$`);

/** Not in a position to do what follows (the `notInPosition` pattern, anchored before the hit). */
const NOT_IN_POSITION = new RegExp(wordsOf('notInPosition'));
/** A statement closed by a tag that asks whether it holds ("Training's included, right", "…, oder", "…, giusto"). */
const TAG_QUESTION = new RegExp(wordsOf('tagQuestion'));
/** A phrase that opens on a reason: "since", "because", "da", "comme", "como", "siccome", "omdat". */
const REASON_START = new RegExp(String.raw`^\s*(?:${wordsOf('reasonStart')})\s`);
/** A question of who, which, where or when among a clause's first words (the `factQuestion` pattern). */
const FACT_QUESTION = new RegExp(String.raw`^\s*(?:\S+\s+){0,3}?(?:${wordsOf('factQuestion')})\s`);
/** A phrase that opens on "until": "until", "finché", "tant que", "hasta que", "solange", "zolang". */
const UNTIL_START = new RegExp(String.raw`^\s*(?:${wordsOf('untilStart')})\s`);
/** A reason that opens a phrase of its own: "so", "because", "daher", "donc", "así que", "quindi", "então", "dus". */
const REASON = new RegExp(String.raw`\s(?:${wordsOf('reasonWords')})\s`, 'g');

/**
 * A negation before an aside set off by commas, right before the hit: the phrase before the hit is short (two words at most:
 * "to", "able to"), the aside short (five words at most) and saying nothing itself ("unfortunately", "at this point"), and
 * the phrase before the aside ends in a negator, at most two words that say nothing after it ("we can't", "we're not able
 * to"; not "no issues", which negates what it names).
 */
function negatedOverAside(scan: Scan, clause: number, head: string): boolean {
  const parts = head.split(',');
  if (parts.length < 3) return false;
  const [lead, aside, last] = parts.slice(-3) as [string, string, string];
  const count = (text: string) => wordsBetween(text, 0, text.length);
  if (count(last) > 2 || count(aside) < 1 || count(aside) > 5 || /[:;]/.test(lead + aside + last)) return false;
  const leadEnd = head.length - last.length - aside.length - 2;
  const saysSomething = (from: number, to: number) => ACTS.some((act) => scan.in(act, clause).some((m) => m.index < to && m.index + m.text.length > from));
  if (saysSomething(leadEnd, head.length)) return false;
  return scan.in('negation', clause).some(
    (m) =>
      m.index + m.text.length <= leadEnd &&
      m.index >= leadEnd - lead.length &&
      wordsBetween(head, m.index + m.text.length, leadEnd) <= 2 &&
      !saysSomething(m.index + m.text.length, leadEnd) &&
      !frenchNe(m) &&
      // "Without" reaches over no aside: "the receipt problem without balance, reported last round, has been resolved".
      !WITHOUT.test(m.text),
  );
}

/**
 * Whether a future or pending word governs a hit: one overlapping it (`to follow`), or within four
 * words before it or three after it in its phrase, that is not a wait for the other side (`waiting for your reply`).
 */
function pendingAt(
  folded: string,
  index: number,
  length: number,
  pending: readonly Span[],
  awaiting: readonly Span[],
  continuing: readonly Span[],
  yesLike: boolean,
): boolean {
  // Within the hit's phrase: a comma ends the reach ("Approved, launch next week" approves now), and after the hit a dash
  // too ("Accepted - we'll have our lead dev on the call").
  const start = (folded.slice(0, index).split(/[,;:]/).pop() ?? '').split(/\s+/).slice(-5).join(' ');
  const from = index - start.length;
  // "The details are correct and I'll stay the contact": after "and", a subject of its own starts another phrase
  // ("Confirmed and waiting on the venue" goes on with the same one).
  const tail = (
    folded
      .slice(index + length)
      .split(/[,;:]|\s[-–—]\s|\s(?:and|und|et|y|e|en|ed)\s(?=(?:i|i'll|i'm|we|we'll|we're|ich|wir|je|nous|yo|nosotros|io|noi|ik|wij|eu|nos)\s)/)[0] ?? ''
  )
    .split(/\s+/)
    .slice(0, 4)
    .join(' ');
  const to = index + length + tail.length;
  // "Everything else still looks good": a state that goes on right before the hit is no yes to come.
  // A pending word that opens a longer yes phrase is part of what it says ("alles komt goed door": it comes through); a
  // refusal or a problem that opens with one stays what it is ("will not approve", "still broken").
  const within = ([a, b]: Span) => yesLike && a === index && b < index + length;
  // ("Still confirming the dates" is work going on, no state: a progressive form is not one that holds, but "still working".)
  const words = folded.slice(index, index + length);
  const holds = !/ing$/.test(words) || /(?:working|functioning)$/.test(words);
  return pending.some(
    ([a, b]) =>
      a < to && b > from && !within([a, b]) && !overlaps(awaiting, a, b) && !(holds && overlaps(continuing, a, b) && folded.slice(b, index).trim() === ''),
  );
}

/** A phrase that opens with a negative word, in the folded text of any language the reader knows ("nothing to add"). */
export const SELF_NEGATED = new RegExp(String.raw`^(?:${wordsOf('selfNegated')})\s`);

/**
 * A phrase that opens with a word of negative concord, which a negation before it only agrees with
 * ("no vemos ningún inconveniente", "je ne vois aucun problème"); in English, German and Dutch a
 * negation before it still turns it around ("I can't say there are no issues").
 */
const CONCORD = new RegExp(String.raw`^(?:${wordsOf('concord')})\s`);

/** What follows a "still" that says something holds: "still valid", "still apply", "gelten immer noch", "toujours valables". */
const STILL_HOLDS = new RegExp(String.raw`^\s+(?:${wordsOf('stillHolds')})\b(?!\s+(?:up|off|back))`);
/** "Everything else still works": what still works holds when it is everything else, not a thing named ("the expired coupon still works" is the bug). */
const STILL_WORKS = new RegExp(String.raw`^\s+(?:${wordsOf('stillWorks')})\b`);
const EVERYTHING_ELSE = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('everythingElse')})\s+(?:\S+\s+)?$`);

/** A verb of knowing, checking or asking right before an "if" that means "whether" (folded). */
const WEIGHING_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('weighing')})\s+(?:(?:\S+\s+){0,4}?)$`);

/**
 * The sender, the reader or a set phrase before a verb of reporting ("as I said", "you mentioned", "that said", "as mentioned",
 * "la fecha que nos indicó"): not another person's words.
 */
const OWN_REPORT = new RegExp(String.raw`(?:(?:^|\s)(?:${wordsOf('ownSpeaker')})\s+(?:\S+\s+)?|(?:^|\s)(?:${wordsOf('asSaid')})\s+)$`);
/** "The rest of the team", "el resto del equipo": people, not the rest of what was asked. */
const REST_OF_PEOPLE = new RegExp(
  String.raw`^\s+(?:${wordsOf('restOf')})\s+(?:${wordsOf('restOfArticle', (a) => (a.endsWith("'") ? a : String.raw`${a}\s+`))})?(?:${wordsOf('people')})\b`,
);
/** A wait ("waiting for", "wir warten auf", "en attente de"), not a look forward or a find. */
const WAIT = new RegExp(`(?:^|\\s)(?:${wordsOf('waitStems')})`);
/** What is awaited is the reader's ("waiting for your confirmation"): the other side's, not something of the sender's. */
const FOR_YOU = new RegExp(String.raw`^\s+(?:\S+\s+)?(?:${wordsOf('yourWords')})\b`);
/**
 * What a wait is for, when it is someone's yes: a role ("finance", "the board", "unser Kunde"), someone whose word the answer waits
 * for ("waiting to hear from our architect", "aspetto di sentire il nostro architetto": `awaitedPeople`) or a yes ("sign-off",
 * "Freigabe"), within five words.
 */
const AWAITED_YES = new RegExp(String.raw`^\s+(?:\S+\s+){0,4}?(?:\S*'s\s+)?(?:${wordsOf('roles')}|${wordsOf('awaitedPeople')}|${wordsOf('yesAfter')})\b`);
/** Already: a yes given before something ("schon vor der Besprechung freigegeben") was given, not still to come. */
const ALREADY = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('already')})\s`);

/** "waiting for our IT lead to confirm", "attendons que notre responsable valide": a yes awaited from someone (the wait and what follows it, in one phrase). */
const awaitedOfSomeone = (between: string) =>
  !/[,;:]/.test(between) && wordsBetween(between, 0, between.length) <= 9 && /\s(?:to|que|qu'|che|dass|dat)\s/.test(` ${between}`);

/** The phrase before an offset, up to a comma or a stop. */
export const phraseBefore = (folded: string, at: number) =>
  folded
    .slice(0, at)
    .split(/[,;:.!?]/)
    .pop() ?? '';

/** How many words stand between two offsets of a folded clause. */
export const wordsBetween = (folded: string, from: number, to: number) =>
  folded
    .slice(from, to)
    .split(/\s+/)
    .filter((w) => w !== '').length;

/** A bracketed aside, with no bracket inside. */
const ASIDE = /\([^()]*\)/g;
/** A word: what stands between spaces. */
const WORD = /\S+/g;

/** Spans of the bracketed asides in a folded clause. */
const asides = (folded: string): Span[] => matchesOf(ASIDE, folded).map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);

/*
 * What readClause asks of a clause's spans, at module level (not closures made anew for every clause: the reader's cost).
 */

/** The spans of a category's words in a clause. */
function spansOf(scan: Scan, clause: number, category: LexiconCategory): readonly Span[] {
  const found = scan.in(category, clause);
  return found.length === 0 ? NO_SPANS : found.map(spanOf);
}
/** The spans of a category that found nothing in a clause (one list for all, never written). */
const NO_SPANS: readonly Span[] = [];

/** "The test transactions and video from round 1 are still valid", "everything else still works": a state that goes on, nothing still to come. */
function holdsOn(folded: string, continuing: readonly Span[], [a, b]: Span): boolean {
  return overlaps(continuing, a, b) && (STILL_HOLDS.test(folded.slice(b)) || (STILL_WORKS.test(folded.slice(b)) && EVERYTHING_ELSE.test(folded.slice(0, a))));
}

/** An ask addressed to the reader ("would be good to know", "ich wüsste gern", "j'aimerais savoir": `askAddressed`), over folded text. */
const ASK_ADDRESSED = wholeWordsOf(['askAddressed']);

/** A question mark at a clause's end, only spaces, emoji and punctuation after it (made once: see lexicon.ts's MARKS). */
const ASKED_AT_END = /\?[\s\p{Extended_Pictographic}\p{P}]*$/u;
/** A bracket's guess of a word or two at a clause's end: "(tijdzone?)". */
const GUESS_IN_BRACKETS = /\(\s*[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)?\s*\?\s*\)[\s\p{P}]*$/u;

/** A capital letter (made once: see lexicon.ts's MARKS). */
const CAPITAL = /\p{Lu}/u;

/** "Without" in the languages the reader knows (a negator of the words right after it only). */
const WITHOUT = new RegExp(`^(?:${wordsOf('withoutWords')})$`);

/** "and" or "or" ending the words before a hit. */
const AND_AT_END = new RegExp(String.raw`\s(?:${wordsOf('andOr')})\s+$`);

const PRESENT_STATE = new RegExp(wordsOf('presentState'), 'g');

/** Where a verb that often tells the future tells what is so now ("werden jetzt korrekt übertragen"): the verb's span, in the folded clause. */
function presentStates(folded: string): readonly Span[] {
  return matchesOf(PRESENT_STATE, folded).map((m): Span => [m.index, m.index + (m[0].split(/\s/)[0] ?? '').length]);
}

/** A future marker governs its whole phrase: German puts the verb last ("sie wird Ihnen die Details … bestätigen"). */
function futureBefore(folded: string, futureSpans: readonly Span[], index: number): boolean {
  const phraseStart = index - (folded.slice(0, index).split(/[,;:]/).pop() ?? '').length;
  return futureSpans.some(([a, b]) => a >= phraseStart && b <= index);
}

/**
 * "Sí, aprobado" is a yes, not "si" (if): with the accents folded off (and often without them on a phone) the two are one
 * word. A conjunction that is also a yes word and stands before a comma or a stop is the yes.
 */
function leads(hits: readonly Hit[], folded: string, [a, b]: Span): boolean {
  return !(hits.some((h) => h.act === 'yes' && h.at === a && h.end === b) && /^\s*(?:[,.;!?)]|$)/.test(folded.slice(b)));
}

/**
 * An aside in brackets that only mentions a condition ("(defaults to false if the box is unticked)") conditions nothing
 * outside it; one that opens with it ("(provided the fee is waived)") is the condition.
 */
function inAside(brackets: readonly Span[], folded: string, [a, b]: Span): boolean {
  return brackets.some(([from, to]) => a > from && b <= to && folded.slice(from + 1, a).trim() !== '');
}

/**
 * An "if" opening a bracket, its few words ending at a colon ("(if anyone asks: Amex payments still fail)", "(falls es Sie
 * interessiert: die Erstattung schlägt noch fehl)"): it announces what the aside tells, and sets it no condition. (Not outside
 * a bracket: "In case legal agrees: approved" is a yes on a condition.)
 */
function announcesAnAside(brackets: readonly Span[], folded: string, [a, b]: Span): boolean {
  return brackets.some(([from, to]) => a > from && b <= to && folded.slice(from + 1, a).trim() === '') && /^[^,;:.!?()]{0,30}:\s*\p{L}/u.test(folded.slice(b));
}

/** "No sé si las fechas están bien": an "if" after a verb of knowing or checking is "whether". */
function weighing(folded: string, [a]: Span): boolean {
  return WEIGHING_BEFORE.test(folded.slice(0, a));
}

/** Where a clause stands in its reply: what readClauses adds to what the clause itself says. */
interface Place {
  readonly sentence: number;
  readonly contrast: boolean;
  /** The last clause of its sentence: only it is the question a question mark at the sentence's end asks. */
  readonly last: boolean;
  readonly answers: boolean;
  readonly under: string | undefined;
}

function readClause(scan: Scan, clause: number, text: string, { sentence, contrast, last, answers, under }: Place): Clause {
  const folded = scan.folded[clause] ?? '';
  const hits: Hit[] = [];
  // (Not "nothing outstanding" with an exception after it: "Nothing else outstanding other than the video", "nada pendiente aparte
  // del vídeo" name the one thing still to come.)
  const neutrals = spansOf(scan, clause, 'neutral');
  const excepted = neutrals.filter(([a, b]) => NOTHING_LEFT.test(folded.slice(a, b)) && EXCEPT_AFTER.test(folded.slice(b)));
  const neutral = neutrals.filter((span) => !excepted.includes(span));
  const awaiting = spansOf(scan, clause, 'awaiting');
  const continuing = spansOf(scan, clause, 'continuing');
  // The bracketed asides, once: a negation's reach and a condition's both look at them.
  const brackets = asides(folded);
  // What still holds is nothing still to come.
  // "Die Umlaute werden jetzt korrekt übertragen": a "werden" that says what is so now (the `presentState` pattern) is no future.
  const now = presentStates(folded);
  // (A neutral phrase that is itself the words of later, "más adelante", keeps them: only the yes inside it, "adelante", is not read.)
  const pendingWords = spansOf(scan, clause, 'pending').filter(
    ([a, b]) =>
      !overlaps(awaiting, a, b) &&
      !neutral.some(([c, d]) => c < b && d > a && !(c === a && d === b)) &&
      !overlaps(now, a, b) &&
      !holdsOn(folded, continuing, [a, b]),
  );
  // A future marker governs its whole phrase: German puts the verb last ("sie wird Ihnen die Details … bestätigen").
  const futureSpans = spansOf(scan, clause, 'future').filter(([a, b]) => !overlaps(awaiting, a, b) && !overlaps(now, a, b));
  const pendingSpans = [...pendingWords, ...futureSpans, ...excepted];
  // "Before we approve, …", "bevor wir freigeben": a yes up to four words after "before", in its phrase, is still to come.
  const before = spansOf(scan, clause, 'before');
  for (const act of ACTS) {
    for (const m of scan.in(act, clause)) {
      const index = m.index;
      const end = index + m.text.length;
      // Inside a neutral phrase the words assert nothing; a longer phrase around it still does ("sin problema con el calendario").
      if (NEUTRALIZED.has(act) && neutral.some(([a, b]) => a <= index && b >= end)) continue;
      if (act === 'scope' && scan.alsoIsSo && m.text === 'also') continue;
      // Portuguese "no" ("no Google Drive": in the) is no Spanish or Italian "no".
      // (An answer "No," or "No." stays one.)
      if (act === 'no' && scan.noIsPreposition && m.text === 'no' && /^\s+\p{L}/u.test(folded.slice(end))) continue;
      // German "statt" closing its phrase is the particle of "stattfinden" ("die Tagung findet in Leipzig statt"), no "instead".
      if (act === 'change' && m.text === 'statt' && STATT_CLOSING.test(folded.slice(end))) continue;
      // The same words found by two languages, or inside a longer phrase of the same act, count once.
      const same = hits.findIndex((h) => h.act === act && h.at <= index && h.end >= end);
      if (same >= 0) continue;
      for (let i = hits.length - 1; i >= 0; i--) if (hits[i]?.act === act && index <= (hits[i]?.at ?? 0) && end >= (hits[i]?.end ?? 0)) hits.splice(i, 1);
      hits.push({
        act,
        at: index,
        end,
        words: m.text,
        // Negative concord: "no vemos ningún inconveniente" is no double negative.
        // A negator in the gap of a yes phrase ("wir geben den Plan nicht frei") negates it too (a refusal's phrase may hold its own: "ne ~ pas").
        negated:
          act === 'no' || CONCORD.test(m.text)
            ? false
            : (m.negatedInGap === true && YES_LIKE.has(act)) || negatedAt(scan, clause, index, m.text.length, brackets, act),
        // "Still looks good" holds; "still working through refunds" is work going on, not a pass that holds.
        // "Waiting on your go-ahead": a yes awaited from the other side is no yes given.
        pending:
          pendingAt(
            folded,
            index,
            m.text.length,
            pendingSpans,
            awaiting,
            act === 'approve' || (act === 'pass' && EVERYTHING_ELSE.test(folded.slice(0, index))) ? continuing : [],
            YES_LIKE.has(act),
          ) ||
          futureBefore(folded, futureSpans, index) ||
          (YES_LIKE.has(act) &&
            (awaiting.some(
              // "Waiting on your go-ahead", "still waiting for our IT lead to confirm".
              ([a, b]) => a < index && (wordsBetween(folded, b, index) <= 2 || awaitedOfSomeone(folded.slice(a, index))),
            ) ||
              before.some(
                ([a, b]) =>
                  b <= index && wordsBetween(folded, b, index) <= 4 && !/[,;:]/.test(folded.slice(b, index)) && !ALREADY.test(phraseBefore(folded, a)),
              ))),
        future: futureBefore(folded, futureSpans, index),
      });
    }
  }
  const goLive = spansOf(scan, clause, 'goLive');
  const anomalies = spansOf(scan, clause, 'anomaly');
  const words = folded.split(/\s+/).filter((w) => SAYS_SOMETHING.test(w)).length;
  // "Como quedamos, aquí está el enlace": a set phrase that opens with a question word ("como quedamos": as agreed) asks nothing.
  // After a contrast word that opens the clause too ("Fine, but does the fee include tax").
  const startsAsQuestion = scan
    .in('questionStart', clause)
    .some((m) => (m.index === 0 || (contrast && /^\S+\s+$/.test(folded.slice(0, m.index)))) && !overlaps(neutral, m.index, m.index + m.text.length));
  // "The POS now shows an error 500 on every refund": what a screen shows now is a fix only where no problem follows it, or the
  // problem is the one it replaces ("now shows 'scan again' instead of the HTTP error", "zeigt jetzt … statt des Fehlers").
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i] as Hit;
    if (h.act !== 'resolved' || !SHOWS.test(h.words)) continue;
    // (A problem's words inside the message shown, quoted, are its text: „Karte nicht gefunden – bitte erneut scannen“.)
    const after = hits.filter((p) => p.act === 'problem' && p.at >= h.end && !p.negated && !insideQuotes(text.slice(0, p.at)));
    if (after.some((p) => !INSTEAD_BETWEEN.test(folded.slice(h.end, p.at)))) hits.splice(i, 1);
  }
  const pending = pendingWords.length > 0 || excepted.length > 0;
  // A question mark at the end, an opening ¿, or a question word first in a clause with no full stop (mobile mail drops the mark;
  // a trailing ".." is no full stop: "which event is this for the spring summit or the oct one.."; "how come the launch moved to
  // june.." asks, and "when you have the invoice please send it over.." goes to the PM as a question too).
  // (Not an English auxiliary with no subject after it: the sender's "I" dropped, "Will keep an eye on it", "Can do Thursday".)
  // (Not a bracket's guess of a word or two at the end, "… verschoven in de app (tijdzone?)."; "(is the fee still $500?)" asks.)
  // (A link's query mark is none: "…/EbT7uKq2cZ1Hh9m0Wq3fPXoBq8lS?".)
  const marked = text.includes('://') || text.includes('www.') ? text.replace(LINK, ' ') : text;
  const question =
    (ASKED_AT_END.test(marked) && !GUESS_IN_BRACKETS.test(marked)) ||
    /¿/.test(text) ||
    (startsAsQuestion && !/(?<!\.)[.!:]$/.test(text) && words > 2 && !pending && !SUBJECT_DROPPED.test(folded));
  const asks = spansOf(scan, clause, 'ask');
  // A condition or a hypothesis leads its phrase (not a yes word that is also "if"), outside an aside; an "if" that means
  // "whether" ("je vérifie si les dates nous conviennent") weighs a yes and sets no condition.
  const conditionSpans = spansOf(scan, clause, 'condition');
  const conditions = conditionSpans.filter(
    (span) =>
      leads(hits, folded, span) &&
      !overlaps(neutral, ...span) &&
      !inAside(brackets, folded, span) &&
      !onceAsCount(folded, span) &&
      !andOfBoth(folded, span, conditionSpans),
  );
  const hypotheses = spansOf(scan, clause, 'hypothetical');
  // "(also attached as an mp4 in case the link doesn't work for you)": a problem supposed inside an aside, in the phrase its "if"
  // opens, is none reported. (Not one told after a comma or a colon: "(in case it matters, checkout is broken on Safari)".)
  for (const [from, to] of brackets) {
    const supposed = hypotheses.filter(([a, b]) => a > from && b <= to && leads(hits, folded, [a, b]));
    if (supposed.length === 0) continue;
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i] as Hit;
      if (h.act === 'problem' && h.end <= to && supposed.some(([, b]) => b <= h.at && !/[,;:]/.test(folded.slice(b, h.at)))) hits.splice(i, 1);
    }
  }
  const hypothetical = hypotheses.some(
    (span) =>
      leads(hits, folded, span) &&
      !announcesAnAside(brackets, folded, span) &&
      !overlaps(neutral, ...span) &&
      !inAside(brackets, folded, span) &&
      !andOfBoth(folded, span, hypotheses),
  );
  return {
    text,
    sentence,
    hits,
    // "Let me know if anything is unclear": something unclear in a hypothesis asks nothing ("asked whether" is itself the asking).
    // A question mark at a sentence's end makes only its last clause the question.
    // An ask addressed to us ("would be good to know whether…", "ich wüsste gern, ob…") asks in any clause; one told of ("our CEO
    // asked whether the plan is final; I told her it is") only in its sentence's last.
    question:
      (last && question) ||
      ((last || ASK_ADDRESSED.test(folded)) && asks.length > 0 && !hypotheses.some((span) => leads(hits, folded, span) && !overlaps(asks, ...span))),
    opening: false,
    request: scan.in('request', clause).length > 0,
    // "if that works for you" is politeness, not a condition.
    condition: conditions.some((span) => !weighing(folded, span)),
    hypothetical: hypothetical || conditions.some((span) => weighing(folded, span)),
    // (Not a hedge's words in words that hedge nothing: "die gleichen wie bisher", "voiding a check with a redeemed reward".)
    hedge: hedged(
      spansOf(scan, clause, 'hedge').filter((span) => !overlaps(notHedges(folded), ...span)),
      hits,
      folded,
    ),
    pending,
    contrast,
    // "Is it realistic to be live before Memorial Day weekend?" asks about the project: small talk is short, and never announced as a question.
    // Never a clause that says something is not so or still to come ("Legal has not signed it yet, they want to do it in person").
    // Nor a question of who, which, where or when ("Who do we call during the event weekend?"): a fact asked for.
    smallTalk:
      scan.in('smallTalk', clause).length > 0 &&
      words <= 15 &&
      asks.length === 0 &&
      pendingWords.length === 0 &&
      !hits.some((h) => h.negated || h.pending) &&
      !(question && FACT_QUESTION.test(folded)) &&
      // Nor a condition ("as long as you can promise it's live before our conference on June 2").
      !conditions.some((span) => !weighing(folded, span)),
    neutral: neutral.length > 0,
    elsewhere: scan.in('elsewhere', clause).map((m) => m.index),
    documents: scan.in('workOrderNames', clause).map((m) => ({ name: 'workOrder', at: m.index })),
    meeting: scan.in('meeting', clause).map((m) => m.index),
    attends: scan.in('attends', clause).length > 0 && !hits.some((h) => h.negated) && !question && conditions.length === 0,
    availability:
      availableOnly(folded, spansOf(scan, clause, 'availability'), pendingSpans) &&
      words <= 20 &&
      hits.every((h) => h.act === 'thanks') &&
      !question &&
      conditions.length === 0,
    later: pendingSpans.map(([a]) => a),
    cases: spansOf(scan, clause, 'testCases').map(([, b]) => b),
    every: spansOf(scan, clause, 'every').length > 0,
    before: before.map(([, b]) => b),
    rest: spansOf(scan, clause, 'rest')
      .filter(([, b]) => !REST_OF_PEOPLE.test(folded.slice(b)))
      .map(([, b]) => b),
    reports: spansOf(scan, clause, 'reporting')
      .filter(([a]) => !OWN_REPORT.test(folded.slice(0, a)))
      .map(([, b]) => b),
    // (Not words of examining inside a neutral phrase: "Talk at the requirements check-in next week" names a meeting.)
    toReview: pendingSpans.length > 0 && scan.in('examine', clause).some((m) => !overlaps(neutral, m.index, m.index + m.text.length)),
    // (Not when the sender says they are that one: "Pode seguir, quem valida sou eu.")
    // (Nor when the words are negated: "No need for it to go through legal this time", "Não precisa passar pelo jurídico".)
    othersYes: scan.in('othersToSign', clause).some((m) => !negatedAt(scan, clause, m.index, m.text.length, brackets)) && !SELF_SIGNER.test(folded),
    elsewhereAnswers: scan.in('answersElsewhere', clause).length > 0,
    awaitsOthers: awaiting.some(([a, b]) => WAIT.test(folded.slice(a, b)) && !FOR_YOU.test(folded.slice(b)) && AWAITED_YES.test(folded.slice(b))),
    dateToCome: pendingSpans.length > 0 && !/\d/.test(folded) && scan.in('launchDate', clause).length > 0,
    goLiveOn: NAMES_A_DAY.test(folded) && goLiveOnly(hits, goLive),
    goLiveNamed: goLive.length > 0,
    launchWindows: launchWindowsIn(folded, goLive),
    partOnly: scan.in('partOnly', clause).length > 0,
    deferred: scan.in('deferred', clause).length > 0,
    // (Only where every word the reader knows in the clause is one of the defect's own: "Stock levels go negative" has no "go" of going ahead;
    // and not beside what the sender did to check: "we checked it twice", "Testé deux fois".)
    anomaly: anomalies.length > 0 && hits.every((h) => anomalies.some(([a, b]) => h.at >= a && h.end <= b)) && !CHECKED.test(folded),
    alters: spansOf(scan, clause, 'altered').some(([a, b]) => !overlaps(neutral, a, b) && !undoesAltered(hits, a, b)) || OWN_CHANGES.test(folded),
    movesADay: matchesOf(IN_PLACE_OF, folded).some((m) => DAY_SIDE.test(folded.slice(0, m.index)) && DAY_SIDE.test(folded.slice(m.index + m[0].length))),
    amount: hits.some((h) => YES_LIKE.has(h.act) && AT_PRICE.test(folded.slice(h.end))),
    corrects: corrects(text, folded) || SELF_CORRECTION.test(folded) || CORRECTION_LEAD.test(folded),
    anew: givesADetailAnew(text, folded),
    asksWhether: asksWhether(folded, hits),
    tagged: TAG_QUESTION.test(folded) && words >= 3,
    dateChoice: DATE_CHOICE.test(folded),
    approvalToCome: hits.some((h) => h.act === 'approve' && h.pending && !h.negated && !overlaps(goLive, h.at, h.end)),
    words,
    folded,
    // (Made here, in the order readClauses once spread them onto the clause: a copy of some forty fields per clause was a cost.)
    answersQuote: answers,
    ...(under ? { answersTo: fold(under) } : {}),
  };
}

/** An amount of money (`$1,500`, `1.500 €`, `EUR 300`, `R$ 900`), in folded text. */
const AMOUNT = String.raw`(?:[$€£]\s?\d|\d(?:[\d.,\s]*\d)?\s?(?:€|£|\$|(?:eur|euro|euros|usd|gbp|chf|dollars?)\b)|(?:eur|usd|gbp|chf)\s?\d)`;
/** Right after a yes, a price of the sender's own: "(approved) at a setup fee of $1,500", "(freigegeben) zu 1.500 €", "(validé) pour 1 500 €". */
const AT_PRICE = new RegExp(String.raw`^\s+(?:${wordsOf('atPrice')})\s+(?:[^\s,;:()]+\s+){0,4}?${AMOUNT}`);

/** A hedge of principle opening a clause, a comma after it (`principleHedge`: "in principle,", "grundsätzlich,", "a priori,"). */
const PRINCIPLE_OPENING = new RegExp(String.raw`^[^\p{L}]*(?:${wordsOf('principleHedge')})\s*,`, 'u');
/**
 * Whether a hedge holds the clause. A hedge word inside a yes phrase is part of it ("nos parece bien", "mi sembra ok"): not a
 * hedge of it. A go-ahead after a comma past the hedges stands on its own ("I think it's great, please go ahead", "nos parece
 * todo correcto, podéis empezar"): the opinion is hedged, the go-ahead is not.
 */
function hedged(spans: readonly Span[], hits: readonly Hit[], folded: string): boolean {
  // A hedge of principle opening the clause before a comma hedges all of it: "A priori, c'est bon", "En principe, c'est bon pour
  // nous", "Grundsätzlich, ja" (not any hedge: "I think so, please go ahead", "So far, so good", "Fingers crossed, approved!").
  if (PRINCIPLE_OPENING.test(folded)) return true;
  const hedges = spans.filter(([a, b]) => !hits.some((h) => YES_LIKE.has(h.act) && h.at <= a && h.end >= b));
  if (hedges.length === 0) return false;
  const last = Math.max(...hedges.map(([, b]) => b));
  // (The go-ahead ends the clause: "…all look good), we've still to test the rest" is no go-ahead.)
  return !hits.some(
    (h) =>
      YES_LIKE.has(h.act) &&
      !h.negated &&
      !h.pending &&
      h.at > last &&
      /[,;]/.test(folded.slice(last, h.at)) &&
      wordsBetween(folded, h.end, folded.length) <= 2,
  );
}

/** A detail corrected, said as fact: "$300, not $500", "300 €, nicht 500 €", "Tom, not Jenna", "avec Billetik, et non avec Weezevent", "la data non è il 10 marzo". */
const CORRECTION = new RegExp(
  String.raw`(?:(?:${wordsOf('andNot')})\b|\b(?:${wordsOf('notWords')})\s+(?:${wordsOf('isWords')})\s+)\s*(?:(?:${wordsOf('withWords')})\s+)?(?:the\s+|der\s+|die\s+|le\s+|la\s+|el\s+|il\s+|de\s+|o\s+|a\s+)?(?:[$€£]\s?\d|\d|(\p{L}))`,
  'gu',
);
/**
 * A sender correcting their own figure as they write: "Target launch 3 March, actually, make that the 10th", "le 2 mars… enfin, le
 * 9", "São 12 academias, aliás, 11": a figure, then, set off by a comma, a dash or dots, the word of correcting right before another
 * figure (an article between). (Not the same words before a figure alone: "nous avons enfin 12 magasins", "we can make that 15
 * March go-live work", "Aliás, 3 lojas já fizeram o treinamento".)
 */
const SELF_CORRECTION = new RegExp(
  String.raw`\d[^.!?\n]{0,60}?(?:[,…—–]|\s-|\.\.\.)\s*(?:actually,?\s*)?(?:${wordsOf('selfCorrection')})[\s,:;…—–-]+(?:(?:the|le|la|el|il|der|die|den|de|o|a|op)\s+)?\d`,
  'u',
);
/** The words of correcting opening a clause of their own, a figure after them: "Actually no, make that the 22nd", "Bzw. doch lieber am 15.", "Ou melhor, 17". */
const CORRECTION_LEAD = new RegExp(
  String.raw`^(?:\W*(?:actually|no|nee|nein|non|nao|bueno|well|ah|oh)\b,?\s*)*(?:${wordsOf('correctionLead')})\b[\s.,:;…—–-]+(?:\S+\s+){0,3}?\d`,
  'u',
);
/**
 * A detail given anew, said as fact: "el correcto es B87654321", "la partita IVA corretta è IT04829170961", "the address is now 12 High
 * St", "contactpersoon is nu Jan", "Neue Telefonnummer: 089 123456", "Teléfono nuevo: 912 345 678". What follows is a figure or a name: a word with its
 * capital and a small letter or a digit after it (not "is now OK", nor "tutto corretto e confermato").
 */
const DETAIL_ANEW = new RegExp(
  String.raw`\b(?:(?:${wordsOf('correctOnes')})\s+(?:\S+\s+){0,2}?(?:${wordsOf('isWords')})|(?:${wordsOf('newWords')})\s+(?:[^\s:]+\s+){0,2}?[^\s:]+\s?:|[^\s:]+\s+(?:${wordsOf('newWords')})\s?:|(?:${wordsOf('isWords')}|\S+'s)\s+(?:${wordsOf('nowWords')})|(?:${wordsOf('nowWords')})\s+(?:${wordsOf('isWords')}))\s*:?\s+`,
  'gu',
);
/** A code (`B87654321`, `IT04829170961`), or a name: a capital and a small letter, ending its phrase or before another capital. */
const A_CODE = /^\p{Lu}+\d/u;
const A_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:[,.;)]|\s+\p{Lu}|\s*$)/u;
/** The months', weekdays' and days' names of the languages read (`dateWords`), folded, of four letters or more (not "may", "set" or "sun", which are words too). */
const DATE_WORDS = wordsOf('dateWords', fold)
  .split('|')
  .filter((word) => word.length >= 4)
  .join('|');
/** The same names, one by one (not "jan", a name too): a day given anew is the launch date's reader's to read. */
const DAY_NAMES: ReadonlySet<string> = new Set(DATE_WORDS.split('|'));
/**
 * The names a clause gives (as written): words with a capital and small letters after it ("Lyon", "Bordeaux", "Florida's"), not a
 * language's function word ("The", "Wir", "Pour"), not a month's or a day's name, not "You" or "Sie". Where the clause opens a
 * sentence its first word has its capital from the sentence: it counts only if no list of the reader's opens with it ("Bordeaux
 * we'll look at later", not "Please send…" or "Still testing…").
 */
export function namesIn(text: string, opensSentence = false): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:['’]s)?(?![\p{L}\p{N}])/gu)) {
    const folded = fold(match[0].replace(/['’]s$/, ''));
    if (folded.length < 3 || STOPWORD_LANGUAGES.has(folded) || DAY_NAMES.has(folded) || NOT_NAMES.has(folded)) continue;
    if (opensSentence && text.slice(0, match.index).trim() === '' && knownFirstWords().has(folded)) continue;
    names.push(folded);
  }
  return names;
}
/** Capitalised words that name no place or part: the pronouns of address. */
const NOT_NAMES: ReadonlySet<string> = new Set(
  'you your sie ihnen ihr ihre ihren ihrem ihrer du dich dir dein deine deinen deinem deiner euch euer eure euren vous usted ustedes voi lei'.split(' '),
);
/** The first words of every phrase of every language's lists, folded: made when first asked for (few replies ask). */
let firstWords: ReadonlySet<string> | undefined;
function knownFirstWords(): ReadonlySet<string> {
  firstWords ??= new Set(
    LANGUAGES.flatMap((l) =>
      Object.values(l)
        .filter((list): list is readonly string[] => Array.isArray(list))
        .flatMap((list) => list.map((phrase) => fold(phrase).match(/^\p{L}+/u)?.[0] ?? '')),
    ),
  );
  return firstWords;
}

/** A lone "e" in folded text: Italian or Portuguese "is" where the text has "è" or "é", "and" where it has "e". */
const LONE_E = /(?<=^|\s)e(?=\s|$)/g;
function givesADetailAnew(text: string, folded: string): boolean {
  const capitals = text.length === folded.length;
  const wordAt = (at: number) => (at < 0 ? '' : (/^[\p{L}.]+/u.exec(folded.slice(at))?.[0].replace(/\.$/, '') ?? ''));
  const nextAfter = (at: number) => {
    const next = folded.slice(at).search(/\s\S/);
    return next < 0 ? -1 : at + next + 1;
  };
  // A figure, not a day's ("is now 3 June"), or a name or a code (not a German noun before a small word: "jetzt Sache unserer IT").
  const figure = (at: number) => /[$€£+\d]/.test(folded[at] ?? '') && !DAY_NAMES.has(wordAt(nextAfter(at)));
  const nameOrCode = (at: number) => capitals && (A_CODE.test(text.slice(at)) || A_NAME.test(text.slice(at)));
  const given = (at: number) => at >= 0 && !DAY_NAMES.has(wordAt(at)) && (figure(at) || nameOrCode(at));
  DETAIL_ANEW.lastIndex = 0;
  for (let m = DETAIL_ANEW.exec(folded); m !== null; m = DETAIL_ANEW.exec(folded)) {
    // (An "e" that is "and", not "is": "Tudo certo, e agora o Pedro manda o contrato".)
    const and = capitals && [...m[0].matchAll(LONE_E)].some((e) => text[m.index + (e.index ?? 0)] !== 'è' && text[m.index + (e.index ?? 0)] !== 'é');
    const at = m.index + m[0].length;
    // (Right after, or after one word: "ist jetzt aber Herr Maier", "is now the 5 High St office"; never a day, "is now June 3".)
    if (!and && !DAY_NAMES.has(wordAt(at)) && (given(at) || given(nextAfter(at)))) return true;
    DETAIL_ANEW.lastIndex = m.index + 1;
  }
  return false;
}

/** A correction in a clause: of a figure, or of a name (a word written with its capital: "not Jenna", not "not really"). */
function corrects(text: string, folded: string): boolean {
  // Folding keeps a text's length but for a few letters (ß): where it did not, the capital is not looked for.
  const capitals = text.length === folded.length;
  // Every place is tried, one character on from the last: ", non è il 10 marzo" is a figure after "non è", whatever the letter
  // right after "non".
  CORRECTION.lastIndex = 0;
  for (let m = CORRECTION.exec(folded); m !== null; m = CORRECTION.exec(folded)) {
    if (m[1] === undefined || (capitals && CAPITAL.test(text[m.index + m[0].length - 1] ?? ''))) return true;
    CORRECTION.lastIndex = m.index + 1;
  }
  return false;
}
/**
 * A choice of days: a day's number, "or" (or a fallback, "worst case"), another day's number or the week after ("June 3 or 10",
 * "June 7 or possibly June 14", "June 7, worst case June 14", "3. oder 10. Juni", "le 3 ou le 10").
 */
const DATE_CHOICE = new RegExp(
  String.raw`\b(?:${wordsOf('betweenWords')})\s+(?:\S+\s+){0,2}?\d{1,2}\S*\s+(?:\S+\s+){0,2}?(?:${wordsOf('andOr')})\s+(?:\S+\s+){0,2}?\d{1,2}(?!\d)|` +
    String.raw`\d(?:st|nd|rd|th|e|er|o|\.)?\s*(?:[-–,]\s*)?(?:${wordsOf('dateOr')})\s+(?:(?:(?:${wordsOf('dateMaybe')})\s+)?(?:(?:the|le|el|il|der|den|o|a|de)\s+)?(?:${DATE_WORDS})\.?\s+\d{1,2}(?!\d)|(?:(?:the|le|el|il|der|den|o|a|de)\s+)?(?:\d|(?:the\s+)?(?:week|weekend)\s+(?:after|before)|later|earlier))`,
);
/** "Please let me know if staff training is included", "dites-moi si…", "geben Sie mir Bescheid, ob…": a question asked as a request. */
const TELL_WHETHER = new RegExp(String.raw`\b(?:${wordsOf('tellWhether')})`);
/** A question asked as a request, unless it only checks that something of ours suits ("let me know if the format works for you", "dites-moi si cela pose un souci"). */
function asksWhether(folded: string, hits: readonly Hit[]): boolean {
  const at = folded.search(TELL_WHETHER);
  return at >= 0 && !hits.some((h) => h.at > at && (YES_LIKE.has(h.act) || h.act === 'problem'));
}

/**
 * A day named, in folded text: a day of the month with its ordinal or beside another number ("the 19th", "15.06", "6/15"),
 * or a month, a weekday, "today" or "tomorrow" of four letters or more (not "may", "set" or "sun", which are words too).
 * Not "3 stores", "v2" or "this week".
 */
export const NAMES_A_DAY = new RegExp(String.raw`(?:^|\s)(?:\d{1,2}(?:st|nd|rd|th|er|e)|\d{1,2}[./]\d{1,2}|${DATE_WORDS})(?=\s|[.,!?;:]|$)`, 'u');

/** Words of putting one thing in another's place ("rather than", "statt", "au lieu de", "anziché": the `inPlaceOf` pattern). */
const IN_PLACE_OF = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('inPlaceOf')})(?![\p{L}])`, 'gu');
/**
 * A day on one side of a word of putting one thing in another's place: a month or a weekday with a day's number beside it,
 * or a day's number with its ordinal or a day and a month in figures ("Feb 12", "12 février", "the 3rd", "15.06"). Not a
 * number alone ("5 users rather than 10", "versión 2 en lugar de la 1").
 */
const DAY_SIDE = new RegExp(
  String.raw`(?:^|\s)(?:(?:${wordsOf('dateWords', fold)})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th|er|e|\.)?\s+(?:de\s+)?(?:${wordsOf('dateWords', fold)})|\d{1,2}(?:st|nd|rd|th)|\d{1,2}[./]\d{1,2})(?=\s|[.,!?;:)]|$)`,
  'u',
);

/** "Each booking comes through once, with…", "once more", "once per session": "once" counting, not opening a condition. */
const ONCE_COUNTS = /^\s*(?:[.,;:!?)]|$|(?:again|per|or twice|and for all|in a while|a (?:day|week|month|year))\b)/;
function onceAsCount(folded: string, [a, b]: Span): boolean {
  return folded.slice(a, b) === 'once' && ONCE_COUNTS.test(folded.slice(b));
}

/** Whether the yes words still to come in a clause are all words of going live ("we'd like to go live on 7 June"), not a yes to give. */
function goLiveOnly(hits: readonly Hit[], goLive: readonly Span[]): boolean {
  const toCome = hits.filter((h) => h.pending && YES_LIKE.has(h.act));
  return goLive.length > 0 && toCome.length > 0 && toCome.every((h) => overlaps(goLive, h.at, h.end));
}

/**
 * An English "will" or "can" first and no subject after it ("will keep an eye on it", "can do thursday"): a statement whose "I"
 * or "we" a quick mail leaves out, not a question ("will you…", "can we…" are: a subject comes first). Not a verb of a yes
 * ("would go ahead", "can confirm once Maria is back", "could go live"): whether that asks or tells, the PM reads it.
 */
const SUBJECT_DROPPED =
  /^(?:will|can)\s+(?:keep|send|do|check|get|let|make|follow|take|look|update|share|circle|loop|ping|call|come|try|see|review|test|work|start|finish|forward|pass|schedule|book)\b/;

/**
 * A German or Dutch verb's last word, after the name it denies: "findet nicht mehr in Köln statt", "vindt niet meer in Utrecht
 * plaats", "ist nicht mehr bei Eventim".
 */
const VERB_LAST = '(?:statt|plaats|ab|an|auf|aus|bei|ein|mit|vor|zu|ist|sind|wird|werden|is|zijn|wordt|worden)';
/**
 * A negation and, a few words on, the last word of the clause (a German or Dutch verb's last word may follow it): "niet via
 * Eventbrite", "don't sell tickets through Eventbrite", "nicht mehr in Köln statt".
 */
const NAME_DENIED = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('negators')}|\S+n't)\s+(?:\S+\s+){0,4}?(\S+)(?:\s+${VERB_LAST})?[.,;:!]?\s*$`, 'u');
/** A name (a word written with its capital, not the first of the clause): "maar via Paylogic". */
const NAMED = /\s\p{Lu}/u;

/** A clause that denies a name at its end ("… niet via Eventbrite"): the word written with its capital. */
function deniesAName(clause: Clause): boolean {
  const m = NAME_DENIED.exec(clause.folded);
  if (!m || clause.text.length !== clause.folded.length) return false;
  const at = m.index + m[0].lastIndexOf(m[1] as string);
  return CAPITAL.test(clause.text[at] ?? '');
}

/** The words that say nothing is left ("nothing", "sem", "keine"), and those that open an exception ("other than", "abgesehen"). */
const NOTHING = `(?:nothing|no|sem|sin|nada|keine?n?|nichts|rien|aucune?|nessun[oa]?|niente|nulla|geen|niets)`;
const EXCEPT = `other than|except|besides|apart from|aside from|ausser|abgesehen|bis auf|sauf|hormis|excepto|salvo|aparte|menos|tranne|eccetto|exceto|fora|behalve`;

/** A neutral phrase that says nothing is left ("nothing outstanding", "sem pendentes", "keine offenen Punkte"). */
const NOTHING_LEFT = new RegExp(String.raw`^${NOTHING}\b`);
/** An exception right after it, a word or two on ("… other than the video", "…, abgesehen vom Video", "… aparte del vídeo"). */
const EXCEPT_AFTER = new RegExp(String.raw`^[\s,]*(?:[\p{L}]+[\s,]+){0,2}?(?:${EXCEPT}|save for|but the|a part|a parte|alem d|op \S+ na)\b`, 'u');

/** The words of what a screen shows now ("now shows", "zeigt jetzt", "affiche maintenant"), and of what it replaces ("instead of", "statt"). */
const SHOWS =
  /\b(?:shows?|showing|displays?|appears?|zeigt|zeigen|erscheint|erscheinen|angezeigt|affiche\p{L}*|apparait|muestra\p{L}*|aparece\p{L}*|mostra\p{L}*|appare|toont|verschijnt)\b/u;
const INSTEAD_BETWEEN =
  /\b(?:instead of|rather than|in place of|statt|anstatt|anstelle|au lieu|a la place|en vez|en lugar|invece|al posto|em vez|em lugar|in plaats)\b/;

/** A clause that ends saying nothing is left ("Nothing pending from us"), and one that opens on an exception ("except the log"). */
const NOTHING_LEFT_AT_END = new RegExp(String.raw`(?:^|\s)${NOTHING}(?:\s+\S+){1,4}\s*[.,]?$`);
const EXCEPT_OPENING = new RegExp(String.raw`^(?:${EXCEPT}|but)\b`);

/** A test's result alone, passing ("3/3 pass", "pass", "passed ✓"; every run, where counted), in the clause after the case it names. */
const PASSING_RESULT = /^(?:(\d+)\s*\/\s*(\d+)\s+)?(?:pass|passed|green)\b[\s.!✓✔✅]*$/;

/** Spellings only Portuguese has ("integração", "transações", "não", "você"), and only Spanish or Italian ("ción", "año", "¿", "zione", "è"). */
const PORTUGUESE_SPELLING = /ç[ãõ]|[ãõ]\p{L}|[ãõ]\b|\bvocês?\b/iu;
const SPANISH_MARKS = 'ción|ñ|[¿¡]';
const ITALIAN_MARKS = String.raw`zione|\bè\b|\bgli\b|\bnon\b`;
const SPANISH_OR_ITALIAN_SPELLING = new RegExp(String.raw`${SPANISH_MARKS}|${ITALIAN_MARKS}|\bpero\b`, 'iu');
const ITALIAN_SPELLING = new RegExp(String.raw`${ITALIAN_MARKS}|\bperché\b`, 'iu');
/** Words and spellings only Spanish has of the three: "el", "los", "y", "ción", "ñ". */
const SPANISH_SPELLING = new RegExp(String.raw`${SPANISH_MARKS}|\b(?:el|los|las|y|pero|muy|hemos|está|están)\b`, 'iu');

/** A yes with changes of its own: "approved w/ 2 small edits", "with one small change" (the `ownChanges` pattern). */
const OWN_CHANGES = wholeWordsOf(['ownChanges']);

/** Reads a reply's new text clause by clause. */
export function readClauses(replyText: string): ClauseReading {
  // The quoted lines an inline answer keeps are ours (in English): the language is the sender's words'.
  const own = replyText.replace(/^>.*$/gm, '');
  const languages = detectLanguages(fold(/[\p{L}]/u.test(own) ? own : replyText));
  const lexicons = [lexiconFor(languages.includes('en') ? languages : [...languages, 'en'])];
  // Sentences, then their clauses (cut at `;` and contrast words), then each clause read.
  const parts = sentencesOf(replyText).flatMap((sentence, index) =>
    clausesOf(sentence.text, lexicons).map((part, i, all) => ({
      ...part,
      sentence: index,
      last: i === all.length - 1,
      answers: sentence.answers && i === 0,
      under: sentence.under,
    })),
  );
  // (Names are no spelling: "João confirma" in a Spanish reply.)
  const lowerWords = own.replace(/(?<![\p{L}])\p{Lu}\p{L}*/gu, ' ');
  // In Portuguese "no" is "in the" ("testamos tudo no app"); its no is "não". Spanish and Italian "no" is a no: where they are
  // read beside Portuguese (they share many small words), the spelling tells them apart ("certificação", "não" against "ción", "ñ").
  const noIsPreposition =
    languages[0] === 'pt' &&
    ((!languages.includes('es') && !languages.includes('it')) || (PORTUGUESE_SPELLING.test(lowerWords) && !SPANISH_OR_ITALIAN_SPELLING.test(lowerWords)));
  const alsoIsSo = languages[0] === 'de';
  // Spanish "se" is a reflexive ("el estado se refleja correctamente"); Portuguese and Italian "se" is "if". In a Spanish reply read
  // beside them, the spelling tells whose it is.
  const seIsReflexive =
    languages[0] === 'es' && SPANISH_SPELLING.test(lowerWords) && !PORTUGUESE_SPELLING.test(lowerWords) && !ITALIAN_SPELLING.test(lowerWords);
  // Italian "si" is "sì" typed without its accent ("si i dati sono giusti, confermo"), never "if": Spanish and French "si" is.
  const siIsYes = languages[0] === 'it' && !SPANISH_SPELLING.test(lowerWords);
  const scan = new Scan(
    parts.map((p) => p.text),
    lexicons,
    noIsPreposition,
    alsoIsSo,
    seIsReflexive,
    siIsYes,
  );
  const clauses: Clause[] = parts.map((part, i) => readClause(scan, i, part.text, part));
  // "wij verkopen onze tickets niet via Eventbrite maar via Paylogic", "not through Eventbrite but through Paylogic": a name denied
  // and another put in its place by the "but" clause after it corrects a detail.
  for (const [i, clause] of clauses.entries()) {
    const next = clauses[i + 1];
    if (next?.contrast === true && next.sentence === clause.sentence && deniesAName(clause) && NAMED.test(next.text))
      clauses[i] = { ...clause, corrects: true };
  }
  // "Nothing pending from us, except the transaction log": the exception is a clause of its own; what is left names it.
  for (const [i, clause] of clauses.entries()) {
    const next = clauses[i + 1];
    if (next?.sentence === clause.sentence && next.contrast && EXCEPT_OPENING.test(next.folded) && NOTHING_LEFT_AT_END.test(clause.folded))
      clauses[i] = { ...clause, pending: true };
  }
  // "Duplicate contact handling – 3/3 pass", "Timeout errors retried – OK": the words of a problem before a result that passes, in
  // their own line or sentence, are a test case's name.
  for (const [i, clause] of clauses.entries()) {
    const named = clauses[i - 1];
    const result = PASSING_RESULT.exec(clause.folded.trim());
    // (Not "4/5 pass": a run failed.)
    if (named === undefined || named.sentence !== clause.sentence || result === null || result[1] !== result[2]) continue;
    if (named.hits.some((h) => h.act === 'problem') && !named.hits.some((h) => h.negated || h.act === 'resolved'))
      clauses[i - 1] = { ...named, hits: named.hits.filter((h) => h.act !== 'problem') };
  }
  // The opening clause: the first that is not only a greeting.
  const first = clauses.findIndex(
    (c) =>
      !/^(hi|hello|hey|dear|hallo|liebe|lieber|bonjour|hola|ciao|buongiorno|olá|ola|bom dia|boa tarde|beste|hoi|goedemorgen|goedemiddag)\b[^.!?]*$/i.test(
        c.text,
      ) || c.words > 4,
  );
  // (Set on the clause itself, made above and held nowhere else: not a copy of it.)
  if (first >= 0) (clauses[first] as { opening: boolean }).opening = true;
  return { languages, clauses };
}
