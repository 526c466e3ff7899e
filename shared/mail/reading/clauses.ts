import { compile, fold, type CompiledLexicon, type LexiconCategory } from './lexicon';
import { LANGUAGES } from './languages';

/**
 * A reply cut into sentences and clauses, each read on its own: what it asserts (the lexicon
 * categories it hits), whether the assertion is negated, and what kind of statement it is
 * (a question, a request, a condition, a hedge, something pending, an earlier problem resolved).
 * Pure and language-independent: the words come from `languages/`.
 */

const COMPILED = LANGUAGES.map(compile);
const ENGLISH = COMPILED[0] as CompiledLexicon;
const STOPWORDS = LANGUAGES.map((l) => ({ code: l.code, words: new Set(l.stopwords.map(fold)) }));

/** What a clause asserts. */
export type Act = 'approve' | 'yes' | 'no' | 'pass' | 'done' | 'refuse' | 'change' | 'amend' | 'problem' | 'resolved' | 'scope' | 'thanks' | 'info';
const ACTS: readonly Act[] = ['approve', 'yes', 'no', 'pass', 'done', 'refuse', 'change', 'amend', 'problem', 'resolved', 'scope', 'thanks', 'info'];
/** Acts whose words inside a neutral phrase ("error and success messages") are not read. */
const NEUTRALIZED: ReadonlySet<Act> = new Set(['approve', 'yes', 'pass', 'done', 'refuse', 'change', 'amend', 'problem', 'resolved']);

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
  /** Number of words. */
  readonly words: number;
}

export interface ClauseReading {
  /** The languages detected, most likely first; English is always read too. */
  readonly languages: readonly string[];
  readonly clauses: readonly Clause[];
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|approx|vs|mr|mrs|ms|dr|no|nr|z\.b|u\.a|bzw|ca|ggf|inkl|evtl|sr|sra|dott|sig|p\.ex|cf|st|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\d)\.$/i;

function detectLanguages(folded: string): string[] {
  const words = folded.split(/[^\p{L}']+/u).filter((w) => w !== '');
  const scores = STOPWORDS.map(({ code, words: set }) => ({ code, score: words.filter((w) => set.has(w)).length }));
  const best = scores.sort((a, b) => b.score - a.score);
  const top = best[0];
  // Too few function words to tell (a one-line answer): read it in every language.
  if (!top || top.score < 2) return STOPWORDS.map((s) => s.code);
  const picked = best.filter((s) => s.score > 0 && s.score >= top.score * 0.5).map((s) => s.code);
  return picked.includes('en') ? picked : [...picked, 'en'];
}

/** Lines joined into paragraphs where a hard wrap broke a sentence; bullets and short lines stay apart. */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    // `>` lines are the quoted lines an inline answer answers (reply-text.ts keeps them for context): not the sender's words.
    const lines = paragraph
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('>'));
    let current = '';
    for (const line of lines) {
      const bullet = /^([-*•·]|\d+[.)]|[a-z][.)])\s/i.test(line);
      const ended = current === '' || /[.!?:;)]$/.test(current) || /\p{Extended_Pictographic}$/u.test(current) || bullet || current.length < 40;
      if (ended && current !== '') {
        out.push(current);
        current = line;
      } else current = current === '' ? line : `${current} ${line}`;
    }
    if (current !== '') out.push(current);
  }
  // Then on sentence ends inside a line, keeping abbreviations and numbers ("10. Mai", "e.g.") whole.
  return out.flatMap((block) => {
    const pieces: string[] = [];
    let start = 0;
    for (const match of block.matchAll(/[.!?]+(?=\s+\S)|[?!]+(?=\S)/g)) {
      const end = (match.index ?? 0) + match[0].length;
      const candidate = block.slice(start, end);
      if (match[0] === '.' && ABBREVIATION.test(candidate)) continue;
      pieces.push(candidate.trim());
      start = end;
    }
    pieces.push(block.slice(start).trim());
    return pieces.filter((p) => p !== '');
  });
}

function matches(pattern: RegExp | null, text: string): RegExpMatchArray[] {
  if (!pattern) return [];
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)];
}

function any(lexicons: readonly CompiledLexicon[], category: LexiconCategory, text: string): RegExpMatchArray[] {
  return lexicons.flatMap((l) => matches(l[category], text));
}

/** Clause boundaries: `;`, and a contrast word after a comma or at a sentence's middle. */
function clausesOf(sentence: string, lexicons: readonly CompiledLexicon[]): { text: string; contrast: boolean }[] {
  const folded = fold(sentence);
  const cuts = new Set<number>();
  for (const m of folded.matchAll(/;|\s[–—]\s/g)) cuts.add(m.index ?? 0);
  for (const m of any(lexicons, 'contrast', folded)) {
    const at = m.index ?? 0;
    if (at > 2) cuts.add(at);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: { text: string; contrast: boolean }[] = [];
  let start = 0;
  let contrast = false;
  for (const at of points) {
    const piece = sentence.slice(start, at).replace(/^[;,\s–—]+|[,\s–—]+$/g, '');
    if (/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(piece)) pieces.push({ text: piece, contrast });
    start = at;
    contrast = folded.slice(at, at + 1) !== ';';
  }
  const last = sentence.slice(start).replace(/^[;,\s–—]+/, '').trim();
  if (/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(last)) pieces.push({ text: last, contrast });
  return pieces;
}

/** Whether a negator stands within `reach` words before the hit, or (for languages that put it after) right after it. */
function negatedAt(folded: string, index: number, length: number, lexicons: readonly CompiledLexicon[]): boolean {
  // Within the clause's current phrase: a comma or a colon ends a negation's reach ("no issues, all good").
  const before = folded.slice(0, index).split(/[,:;]/).pop() ?? '';
  const window = before.split(/\s+/).slice(-4).join(' ');
  const start = before.length - window.length;
  const negators = any(lexicons, 'negation', window);
  // "not only", "no later than", "no problem" (a yes): not negations of what follows.
  if (negators.some((m) => !/^(not only|no later|no doubt)/.test(folded.slice(start + (m.index ?? 0))))) return true;
  const after = folded.slice(index + length).split(/\s+/).slice(0, 3).join(' ');
  return lexicons.some((l) => matches(l.negationAfter, after).length > 0);
}

/** Spans of the clause that a category's words cover. */
type Span = readonly [number, number];
const spans = (found: readonly RegExpMatchArray[]): Span[] => found.map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
const overlaps = (spans: readonly Span[], from: number, to: number) => spans.some(([a, b]) => from < b && to > a);

/**
 * Whether a future or pending word governs a hit: one overlapping it (`working on`), or within four
 * words before it or three after it, that is not a wait for the other side (`waiting for your reply`).
 */
function pendingAt(folded: string, index: number, length: number, pending: readonly Span[], awaiting: readonly Span[]): boolean {
  const start = folded.slice(0, index).split(/\s+/).slice(-5).join(' ');
  const from = index - start.length;
  const tail = folded.slice(index + length).split(/\s+/).slice(0, 4).join(' ');
  const to = index + length + tail.length;
  return pending.some(([a, b]) => a < to && b > from && !overlaps(awaiting, a, b));
}

function readClause(text: string, sentence: number, contrast: boolean, lexicons: readonly CompiledLexicon[]): Clause {
  const folded = fold(text);
  const hits: Hit[] = [];
  const neutral = spans(any(lexicons, 'neutral', folded));
  const awaiting = spans(any(lexicons, 'awaiting', folded));
  const pendingSpans = [...spans(any(lexicons, 'pending', folded)), ...spans(any(lexicons, 'future', folded))].filter(([a, b]) => !overlaps(awaiting, a, b));
  for (const act of ACTS) {
    for (const m of any(lexicons, act, folded)) {
      const index = m.index ?? 0;
      if (NEUTRALIZED.has(act) && overlaps(neutral, index, index + m[0].length)) continue;
      const end = index + m[0].length;
      // The same words found by two languages, or inside a longer phrase of the same act, count once.
      const same = hits.findIndex((h) => h.act === act && h.at <= index && h.end >= end);
      if (same >= 0) continue;
      for (let i = hits.length - 1; i >= 0; i--) if (hits[i]?.act === act && index <= (hits[i]?.at ?? 0) && end >= (hits[i]?.end ?? 0)) hits.splice(i, 1);
      hits.push({
        act,
        at: index,
        end,
        words: m[0],
        negated: act === 'no' ? false : negatedAt(folded, index, m[0].length, lexicons),
        pending: pendingAt(folded, index, m[0].length, pendingSpans, awaiting),
      });
    }
  }
  const words = folded.split(/\s+/).filter((w) => /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(w)).length;
  const startsAsQuestion = lexicons.some((l) => {
    if (!l.questionStart) return false;
    l.questionStart.lastIndex = 0;
    const m = l.questionStart.exec(folded);
    return m !== null && m.index === 0;
  });
  const pending = spans(any(lexicons, 'pending', folded)).some(([a, b]) => !overlaps(awaiting, a, b));
  // A question mark at the end, an opening ¿, or a question word first in a clause with no full stop (mobile mail drops the mark).
  const question =
    /\?[\s\p{Extended_Pictographic}\p{P}]*$/u.test(text) || /¿/.test(text) || (startsAsQuestion && !/[.!:]$/.test(text) && words > 2 && !pending);
  return {
    text,
    sentence,
    hits,
    question: question || any(lexicons, 'ask', folded).length > 0,
    opening: false,
    request: any(lexicons, 'request', folded).length > 0,
    // "if that works for you" is politeness, not a condition.
    condition: spans(any(lexicons, 'condition', folded)).some(([a, b]) => !overlaps(neutral, a, b)),
    hypothetical: spans(any(lexicons, 'hypothetical', folded)).some(([a, b]) => !overlaps(neutral, a, b)),
    hedge: any(lexicons, 'hedge', folded).length > 0,
    pending,
    contrast,
    smallTalk: any(lexicons, 'smallTalk', folded).length > 0,
    words,
  };
}

/** Reads a reply's new text clause by clause. */
export function readClauses(replyText: string): ClauseReading {
  const languages = detectLanguages(fold(replyText));
  const lexicons = COMPILED.filter((l) => languages.includes(l.code));
  if (!lexicons.includes(ENGLISH)) lexicons.push(ENGLISH);
  const clauses: Clause[] = [];
  sentencesOf(replyText).forEach((sentence, index) => {
    // A question mark at a sentence's end makes each of its clauses part of the question only when it is the last clause.
    const parts = clausesOf(sentence, lexicons);
    parts.forEach((part, i) => {
      const clause = readClause(part.text, index, part.contrast, lexicons);
      clauses.push(i < parts.length - 1 ? { ...clause, question: false } : clause);
    });
  });
  // The opening clause: the first that is not only a greeting.
  const first = clauses.findIndex((c) => !/^(hi|hello|hey|dear|hallo|liebe|lieber|bonjour|hola|ciao|buongiorno|olá|ola|bom dia|boa tarde|beste|hoi|goedemorgen|goedemiddag)\b[^.!?]*$/i.test(c.text) || c.words > 4);
  if (first >= 0) clauses[first] = { ...(clauses[first] as Clause), opening: true };
  return { languages, clauses };
}
