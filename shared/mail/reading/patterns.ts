import type { PatternName } from './lexicon';
import { LANGUAGES } from './languages';

/**
 * The words of one of the reader's patterns in every language it knows, as the alternatives of a regular expression
 * (`a|b|c`): the pattern's shape (where the words stand around a yes, a "but", a day) is the reader's, its words are each
 * language's (`languages/`, `patterns`).
 */
export function wordsOf(name: PatternName, wrap: (fragment: string) => string = (f) => f): string {
  return LANGUAGES.flatMap((l) => l.patterns[name] ?? [])
    .map(wrap)
    .join('|');
}

/** Words that say a file is attached ("attached", "anbei", "ci-joint", "in allegato"…: the `attachmentWords` pattern), over folded text. */
export const ATTACHED_WORDS = new RegExp(String.raw`(?<![\p{L}])(?:${wordsOf('attachmentWords')})(?![\p{L}])`, 'u');

/** Where a link starts ("https://", "www."): the clauses' query mark and the sentences' cut both know a link by it. */
export const LINK_START = String.raw`(?:https?:\/\/|www\.)`;

/** The fragments of one of the reader's patterns in every language it knows, one after the other ({@link wordsOf} joins them). */
export function fragmentsOf(name: PatternName): readonly string[] {
  return LANGUAGES.flatMap((l) => l.patterns[name] ?? []);
}

/** A plain character of a fragment over folded text: it matches itself only. */
const PLAIN = /[a-z0-9 '-]/;

/**
 * The longest run of plain characters (three or more) that every match of a fragment holds, or undefined: characters outside any
 * group, class or escape, not under a quantifier, in a fragment with no alternatives of its own. Groups, classes and escapes
 * only end a run (a zero-width `\b` too), so a run found is always in the text a match covers.
 */
function requiredRun(source: string): string | undefined {
  let best = '';
  let run = '';
  let depth = 0;
  const end = () => {
    if (run.length > best.length) best = run;
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
      continue;
    }
    if (c === '[') {
      end();
      for (i += 1; i < source.length && source.charAt(i) !== ']'; i++) if (source.charAt(i) === '\\') i += 1;
      continue;
    }
    if (c === '(') {
      end();
      depth += 1;
      continue;
    }
    if (c === ')') {
      depth -= 1;
      continue;
    }
    if (c === '|' && depth === 0) return undefined;
    if (depth > 0) continue;
    if ('?*+{'.includes(c)) {
      // The character before is optional or repeated: not part of the run.
      run = run.slice(0, -1);
      end();
      if (c === '{') i = source.indexOf('}', i);
      if (i < 0) return undefined;
      continue;
    }
    if (PLAIN.test(c)) run += c;
    else end();
  }
  end();
  return best.length >= 3 ? best : undefined;
}

/**
 * Whether an expression made of a pattern's alternatives matches a text, as `new RegExp(build(fragments)).test(text)` says, with
 * only part of it ever made: the fragments are filed under a run of plain characters every match of theirs holds
 * ({@link requiredRun}), and only those whose run the text holds are tried, each file's expression made on first use. A
 * regular expression of a few thousand characters cost a fresh process tens of milliseconds to compile, for the few clauses
 * any of its words stand in. `build` puts the fragments it is given as the alternatives of the whole (a match of the whole is a
 * match of one of them, so the files' answers together are the whole's). Over folded text, no flags: a run is found as written.
 */
export function anchoredTest(fragments: readonly string[], build: (fragments: readonly string[]) => string): (text: string) => boolean {
  // A back-reference or a named group counts groups, which the files would number anew: such a pattern is one expression.
  if (fragments.some((f) => /\\[1-9]|\(\?<[A-Za-z]/.test(f))) {
    const whole = new RegExp(build(fragments));
    return (text) => whole.test(text);
  }
  const byRun = new Map<string, string[]>();
  const always: string[] = [];
  for (const fragment of fragments) {
    const run = requiredRun(fragment);
    if (run === undefined) always.push(fragment);
    else byRun.set(run, [...(byRun.get(run) ?? []), fragment]);
  }
  const files = [...byRun].map(([run, list]) => ({ run, list, pattern: undefined as RegExp | undefined }));
  let rest: RegExp | undefined;
  return (text) => {
    if (always.length > 0 && (rest ??= new RegExp(build(always))).test(text)) return true;
    for (const file of files) if (text.includes(file.run) && (file.pattern ??= new RegExp(build(file.list))).test(text)) return true;
    return false;
  };
}
