import type { PatternName } from './lexicon';
import { LANGUAGES } from './languages';

/**
 * The words of one of the reader's patterns in every language it knows, as the alternatives of a regular expression
 * (`a|b|c`): the pattern's shape (where the words stand around a yes, a "but", a day) is the reader's, its words are each
 * language's (`languages/`, `patterns`).
 */
export function wordsOf(name: PatternName, wrap: (fragment: string) => string = (f) => f): string {
  return fragmentsOf(name).map(wrap).join('|');
}

/** The words of some of the reader's patterns, each whole (no letter right before or after it), as one expression over folded text. */
export function wholeWordsOf(names: readonly PatternName[], flags = 'u'): RegExp {
  return new RegExp(String.raw`(?<![\p{L}])(?:${names.map((name) => wordsOf(name)).join('|')})(?![\p{L}])`, flags);
}

/**
 * The words of one of the reader's patterns opening at the start of the text or after a space, with no letter right after them
 * (stricter before them than {@link wholeWordsOf}: not after a bracket, a dash or a figure), as one expression over folded text.
 */
export function spacedWordsOf(name: PatternName): RegExp {
  return new RegExp(String.raw`(?:^|\s)(?:${wordsOf(name)})(?![\p{L}])`, 'u');
}

/** Words that say a file is attached ("attached", "anbei", "ci-joint", "in allegato"…: the `attachmentWords` pattern), over folded text. */
export const ATTACHED_WORDS = wholeWordsOf(['attachmentWords']);

/** Words in a file's name that say it holds changes or comments ("plan_v3_our_changes.pdf", "WO_signed_with_amendments.pdf"), over folded text. */
export const FILE_OF_CHANGES = wholeWordsOf(['fileOfChanges']);

/** An English month's name cut to its first three letters ("Feb", "Sept"), as one alternation. */
export const SHORT_MONTH = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';

/** An abbreviated month's full stop before its day ("Nov. 2-4"): no sentence ends there. */
const MONTH_DOT = new RegExp(String.raw`\b(${SHORT_MONTH})\.(?=\s*\d)`, 'gi');

/** A text with an abbreviated month's full stop taken out (what extract.ts's sentencesWithin reads and finds). */
export function withoutMonthDots(text: string): string {
  return text.replace(MONTH_DOT, '$1');
}

/** Where a link starts ("https://", "www."): the clauses' query mark and the sentences' cut both know a link by it. */
export const LINK_START = String.raw`(?:https?:\/\/|www\.)`;

/** The fragments of one of the reader's patterns in every language it knows, one after the other ({@link wordsOf} joins them). */
export function fragmentsOf(name: PatternName): readonly string[] {
  return LANGUAGES.flatMap((l) => l.patterns[name] ?? []);
}

/** A plain character of a fragment: it matches itself only (and, under the `i` flag, its capital, which a lower-cased text reads as it). */
const PLAIN = /[a-z0-9 '-]/;

/** Where the bracket opened at `open` closes (escapes and classes skipped), or -1. */
function closingOf(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') i += 1;
    else if (c === '[') for (i += 1; i < source.length && source.charAt(i) !== ']'; i++) i += source.charAt(i) === '\\' ? 1 : 0;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A source's alternatives at its top level (escapes, classes and groups skipped), or undefined where its brackets do not close. */
function alternativesOf(source: string): string[] | undefined {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') i += 1;
    else if (c === '[') for (i += 1; i < source.length && source.charAt(i) !== ']'; i++) i += source.charAt(i) === '\\' ? 1 : 0;
    else if (c === '(') {
      i = closingOf(source, i);
      if (i < 0) return undefined;
    } else if (c === '|') {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** The better of two sets of runs, one of which a match holds: the longer shortest run, then the fewer runs. */
const better = (a: readonly string[], b: readonly string[]) => {
  const [shortestA, shortestB] = [Math.min(...a.map((r) => r.length)), Math.min(...b.map((r) => r.length))];
  return shortestA > shortestB || (shortestA === shortestB && a.length < b.length);
};

/**
 * Runs of plain characters (three or more each), one of which every match of a source holds, or undefined: for each of its
 * alternatives, a run outside any class or escape and not under a quantifier, or a group that is not optional (a lookaround
 * or a named group is passed over), whose alternatives each hold one. Classes, escapes (a zero-width `\b` too) and groups only
 * end a run, so a run found is always in the text a match covers.
 */
function requiredRuns(source: string): readonly string[] | undefined {
  const alternatives = alternativesOf(source);
  if (alternatives === undefined) return undefined;
  const runs: string[] = [];
  for (const alternative of alternatives) {
    const own = sequenceRuns(alternative);
    if (own === undefined) return undefined;
    runs.push(...own);
  }
  return [...new Set(runs)];
}

/** {@link requiredRuns} of a source with no alternatives at its top level. */
function sequenceRuns(source: string): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  const consider = (runs: readonly string[] | undefined) => {
    if (runs !== undefined && runs.length > 0 && runs.every((r) => r.length >= 3) && (best === undefined || better(runs, best))) best = runs;
  };
  let run = '';
  const end = () => {
    consider([run]);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      end();
      const next = source.charAt(i + 1);
      i += 1;
      // `\p{L}`, `\u{…}`, `\k<name>`: their braces are theirs.
      if ('pPuk'.includes(next) && '{<'.includes(source.charAt(i + 1))) i = source.indexOf(next === 'k' ? '>' : '}', i);
      if (i < 0) return undefined;
    } else if (c === '[') {
      end();
      for (i += 1; i < source.length && source.charAt(i) !== ']'; i++) i += source.charAt(i) === '\\' ? 1 : 0;
    } else if (c === '(') {
      end();
      const close = closingOf(source, i);
      if (close < 0) return undefined;
      const after = source.charAt(close + 1);
      const inner = source.slice(i + 1, close);
      const optional = after !== '' && '?*{'.includes(after);
      if (!optional && inner.startsWith('?:')) consider(requiredRuns(inner.slice(2)));
      else if (!optional && !inner.startsWith('?')) consider(requiredRuns(inner));
      i = close;
    } else if (c === ')' || c === '|') {
      return undefined;
    } else if ('?*+{'.includes(c)) {
      // The character before is optional or repeated: not part of the run.
      run = run.slice(0, -1);
      end();
      if (c === '{') i = source.indexOf('}', i);
      if (i < 0) return undefined;
    } else if (PLAIN.test(c)) run += c;
    else end();
  }
  end();
  return best;
}

/** The last text lower-cased for anchoredTest, each way: one text is tried against several lists in turn (a reply's by the kind's rules). */
const LOWERED = { text: '', plain: '', longS: '' };
function lowered(text: string, longS: boolean): string {
  if (text !== LOWERED.text) {
    LOWERED.text = text;
    LOWERED.plain = text.toLowerCase();
    LOWERED.longS = LOWERED.plain.includes('ſ') ? LOWERED.plain.replace(/ſ/g, 's') : LOWERED.plain;
  }
  return longS ? LOWERED.longS : LOWERED.plain;
}

/**
 * Whether an expression made of alternatives matches a text, as `new RegExp(build(fragments), flags).test(text)` says, with only
 * part of it ever made: the fragments are filed under runs of plain characters one of which every match of theirs holds
 * ({@link requiredRuns}), and only those whose runs the text holds are tried, each file's expression made on first use. A
 * regular expression of a few thousand characters cost a fresh process tens of milliseconds to compile, for the few texts any of
 * its words stand in. `build` puts the fragments it is given as the alternatives of the whole (a match of the whole is a match
 * of one of them, so the files' answers together are the whole's). Under the `i` flag the runs are looked for in the text lower-
 * cased (with `u`, its long s as the s it matches); no `g` or `y` flag (a `test` that moves `lastIndex`).
 */
export function anchoredTest(fragments: readonly string[], build: (fragments: readonly string[]) => string, flags = ''): (text: string) => boolean {
  // A back-reference or a named group counts groups, which the files would number anew: such a pattern is one expression.
  if (flags.includes('g') || flags.includes('y') || fragments.some((f) => /\\[1-9]|\(\?<[A-Za-z]/.test(f))) {
    const whole = new RegExp(build(fragments), flags);
    return (text) => whole.test(text);
  }
  const byRuns = new Map<string, { readonly runs: readonly string[]; readonly list: string[]; pattern: RegExp | undefined }>();
  const always: string[] = [];
  for (const fragment of fragments) {
    const runs = requiredRuns(fragment);
    if (runs === undefined) always.push(fragment);
    else {
      const key = runs.join('\u0000');
      const file = byRuns.get(key) ?? { runs, list: [], pattern: undefined };
      file.list.push(fragment);
      byRuns.set(key, file);
    }
  }
  const files = [...byRuns.values()];
  const caseless = flags.includes('i');
  const longS = flags.includes('u');
  const rest = { runs: [], list: always, pattern: undefined as RegExp | undefined };
  // A file's expression, made on first use.
  const patternOf = (file: { readonly list: readonly string[]; pattern: RegExp | undefined }): RegExp => {
    if (file.pattern === undefined) file.pattern = new RegExp(build(file.list), flags);
    return file.pattern;
  };
  // Whether any file's run stands in the text at all, in one pass (most texts hold none: no file is then looked at). (A run is
  // plain letters, figures, spaces, apostrophes and hyphens, `PLAIN`: each stands for itself in an expression.)
  const runs = [...new Set(files.flatMap((file) => file.runs))];
  const anyRun = runs.length === 0 ? undefined : new RegExp(runs.join('|'));
  return (text) => {
    if (always.length > 0 && patternOf(rest).test(text)) return true;
    const seen = caseless ? lowered(text, longS) : text;
    if (anyRun === undefined || !anyRun.test(seen)) return false;
    for (const file of files) if (file.runs.some((run) => seen.includes(run)) && patternOf(file).test(text)) return true;
    return false;
  };
}
