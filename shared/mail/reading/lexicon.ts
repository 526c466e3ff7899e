/**
 * A language's words for what a reply does, as data. Each entry is a phrase matched as whole words,
 * case- and accent-insensitively; `~` stands for up to four words; `*` at the end of a word matches any ending (`approv*`: approve,
 * approved, approval). Emoji match anywhere. A new language is a new file in `languages/`, listed
 * in `languages/index.ts`; the reader (clauses.ts, interpret.ts) knows no language's words.
 */
export interface Lexicon {
  /** ISO 639-1 code. */
  readonly code: string;
  /** Frequent function words that tell the language apart (language detection by count). */
  readonly stopwords: readonly string[];
  /** Approves, accepts, confirms, signs off: a yes to an approval request. */
  readonly approve: readonly string[];
  /** A bare yes that counts only as the whole answer to a yes-or-no request (`OK`, `Yes`, 👍). */
  readonly yes: readonly string[];
  /** A bare no, as the whole answer. */
  readonly no: readonly string[];
  /** Testing passed / works: a yes at a testing step. */
  readonly pass: readonly string[];
  /** Own work done or ready: a yes at a readiness step (QA complete, ready for certification). */
  readonly done: readonly string[];
  /** Refuses, holds off, disputes, says not ready. */
  readonly refuse: readonly string[];
  /** Says something is wrong or should be different (`instead of`, `should say`, `wrong`, `typo`): asks for a change by itself. */
  readonly change: readonly string[];
  /** Verbs of changing (`change`, `update`, `move`): a request for changes only when asked for (`please`, `we need to`). */
  readonly amend: readonly string[];
  /** Phrases that hold act words but assert nothing (`error and success messages`, `should be fine`, `received this in error`): their words are not read. */
  readonly neutral: readonly string[];
  /** Small talk in a question (`did you make your flight?`): not a question about the project. */
  readonly smallTalk: readonly string[];
  /** Reports a problem (testing feedback). */
  readonly problem: readonly string[];
  /** Says an earlier problem is resolved. */
  readonly resolved: readonly string[];
  /** Negators. */
  readonly negation: readonly string[];
  /** Negators that follow the word they negate (`funktioniert nicht`, `werkt niet`). */
  readonly negationAfter: readonly string[];
  /** Future or pending: the thing is not done yet (`will send`, `to follow`, `next week`, `still`). */
  readonly pending: readonly string[];
  /** Future-tense markers that make the word right after them not done yet (`will`, `werden`, `vamos a`). */
  readonly future: readonly string[];
  /** Waiting for the other side (`waiting for your confirmation`, `in attesa di`): not something of the sender's still to come. */
  readonly awaiting: readonly string[];
  /** Makes a clause a hypothesis (`if anything needs to change`): a problem or a change in it is not reported. */
  readonly hypothetical: readonly string[];
  /** Makes what follows or precedes a condition or an exception (`once`, `if`, `except`). */
  readonly condition: readonly string[];
  /** Hedges a statement (`I think`, `should be`, `probably`). */
  readonly hedge: readonly string[];
  /** Asks for something (`please`, `could you`). */
  readonly request: readonly string[];
  /** Words that open a question when the sentence has no question mark. */
  readonly questionStart: readonly string[];
  /** New scope: something beyond what was agreed (`also`, `add`, `another`, `new feature`). */
  readonly scope: readonly string[];
  /** Announces a question or says something is unclear (`one question`, `not clear`): a question even without a question mark. */
  readonly ask: readonly string[];
  /** Thanks and acknowledgements: nothing to act on. */
  readonly thanks: readonly string[];
  /** Gives information or material (`attached`, `here are`, `please find`). */
  readonly info: readonly string[];
  /** Words that split a sentence into clauses that can disagree (`but`, `however`). */
  readonly contrast: readonly string[];
}

export type LexiconCategory = Exclude<keyof Lexicon, 'code' | 'stopwords'>;

/** Lower case, accents off, typographic quotes and invisible characters normalized: what phrases match against. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/ß/g, 'ss');
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const SPACE = '[\\s-]+';
/** `~` in a phrase: up to four words between its neighbours (German separable verbs: `geben ~ frei` reads "geben wir den Plan frei"). */
const GAP = "(?:[\\s-]+[\\p{L}\\p{N}'-]+){0,4}[\\s-]+";

function wordPattern(word: string): string {
  return word.endsWith('*') ? `${word.slice(0, -1).replace(ESCAPE, '\\$&')}[\\p{L}\\p{N}'-]*` : word.replace(ESCAPE, '\\$&');
}

function phrasePattern(phrase: string): string {
  const folded = fold(phrase.trim());
  if (!/[\p{L}\p{N}]/u.test(folded)) return `${folded.replace(/\ufe0f/g, '').replace(ESCAPE, '\\$&')}\\ufe0f?`;
  const words = folded.split(/\s+/);
  let body = '';
  words.forEach((word, i) => {
    if (word === '~') return;
    if (i > 0) body += words[i - 1] === '~' ? GAP : SPACE;
    body += wordPattern(word);
  });
  // `n't` is written inside a word (`can't`): no word boundary before it.
  const start = /^[\p{L}\p{N}]/u.test(folded) && !folded.startsWith("n'") ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /[\p{L}\p{N}*]$/u.test(folded) ? '(?![\\p{L}\\p{N}])' : '';
  return `${start}${body}${end}`;
}

/** One regular expression per category, compiled once per language (global, to find every match). */
export type CompiledLexicon = { readonly code: string } & { readonly [C in LexiconCategory]: RegExp | null };

export function compile(lexicon: Lexicon): CompiledLexicon {
  const out: Record<string, RegExp | string | null> = { code: lexicon.code };
  for (const [key, phrases] of Object.entries(lexicon)) {
    if (key === 'code' || key === 'stopwords') continue;
    const list = phrases as readonly string[];
    // Longest first, so `not approved` wins over `not` where both start at one place.
    const sorted = [...list].sort((a, b) => b.length - a.length);
    out[key] = sorted.length === 0 ? null : new RegExp(sorted.map(phrasePattern).join('|'), 'gu');
  }
  return out as CompiledLexicon;
}
