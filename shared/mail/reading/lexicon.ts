/**
 * A language's words for what a reply does, as data. Each entry is a phrase matched as whole words,
 * case- and accent-insensitively; `~` stands for up to eight words; `*` at the end of a word matches any ending (`approv*`: approve,
 * approved, approval). Emoji match anywhere. A new language is a new file in `languages/`, listed
 * in `languages/index.ts`; the reader (clauses.ts, clause-reading.ts, doubts.ts, interpret.ts) knows no language's words.
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
  /** Makes what follows or precedes a condition or an exception (`once`, `if`, `except`, `minus`, `with a list of fixes`). */
  readonly condition: readonly string[];
  /** Hedges a statement (`I think`, `should be`, `probably`). */
  readonly hedge: readonly string[];
  /** Asks for something (`please`, `could you`). */
  readonly request: readonly string[];
  /** Words that open a question when the sentence has no question mark. */
  readonly questionStart: readonly string[];
  /** New scope: something beyond what was agreed (`also`, `add`, `another`, `new feature`). */
  readonly scope: readonly string[];
  /** New scope someone wants (`quiere meter ~ esta fase`, `asked us to include ~ this phase`): read as `scope` and as `request` both. */
  readonly scopeAsked: readonly string[];
  /** A review or a sign-off a rule requires, still to come (`must be approved`, `needs to be reviewed`): read as `othersToSign` and as `neutral` both. */
  readonly reviewRequired: readonly string[];
  /** Announces a question or says something is unclear (`one question`, `not clear`): a question even without a question mark. */
  readonly ask: readonly string[];
  /** Things a person approves that are not what a step asks for (`the invoice`, `the budget`): a yes to them is no answer. */
  readonly elsewhere: readonly string[];
  /**
   * Meetings and their times (`the invite`, `the call`, `the walkthrough`): a yes to one accepts an
   * invitation. It answers a step that confirms details or a meeting, not one that asks to approve
   * a document, a test or a readiness.
   */
  readonly meeting: readonly string[];
  /** Saying one will attend (`I'll be there`, `wir sind dabei`, `je serai présente`): where a step invites to a meeting and asks to confirm, the answer. */
  readonly attends: readonly string[];
  /** The sender's own availability or the next talk (`our office is closed next Monday`, `on se parle jeudi`, `bis Donnerstag`): small talk, even in the future. */
  readonly availability: readonly string[];
  /** Thanks and acknowledgements: nothing to act on. */
  readonly thanks: readonly string[];
  /** Gives information or material (`attached`, `here are`, `please find`). */
  readonly info: readonly string[];
  /** Words that split a sentence into clauses that can disagree (`but`, `however`). */
  readonly contrast: readonly string[];
  /** A state that goes on (`still`, `immer noch`, `ainda`): right before a yes (`still looks good`) it says the yes holds, not that it is to come. */
  readonly continuing: readonly string[];
  /** Every one of them (`all`, `alle`, `tous`): a lead-in that says all items are fixed. */
  readonly every: readonly string[];
  /** Names for the error cases a tester goes through (`error paths`, `Fehlermeldungen`): the "wrong password" listed after one is a case tested, not a problem. */
  readonly testCases: readonly string[];
  /** Opens a time before a yes (`before we approve`, `bevor wir freigeben`, `avant de donner`): the yes after it is still to come. */
  readonly before: readonly string[];
  /** The rest, as a subject (`the rest is fine`, `il resto va bene`): a yes to it leaves something out. */
  readonly rest: readonly string[];
  /** Verbs of examining (`review`, `prüfen`, `vérifier`): under a future or pending word ("I'll review it next week") the answer is still to come. */
  readonly examine: readonly string[];
  /** Verbs that report what someone else said (`Jenna said`, `hat gesagt`, `m'a dit`): a yes after one is theirs, reported. */
  readonly reporting: readonly string[];
  /** Words for the launch date a step asks for (`the date`, `timing`, `Datum`): named as still to come beside a yes, the details are confirmed without it. */
  readonly launchDate: readonly string[];
  /**
   * A yes said to be someone else's to give (`final word is with the board`, `unterschreiben muss unser Geschäftsführer`), or
   * still to check with someone (`let me confirm that with Jess`, `lo confirmo con mi jefe`): the yes that counts is still to come.
   */
  readonly othersToSign: readonly string[];
  /** A part or a trial a yes is limited to (`for the pilot store`, `phase 1 only`, `for a 90-day trial`, `Pilotfiliale`): a yes to a part only. */
  readonly partOnly: readonly string[];
  /**
   * How a system misbehaves, said without a word of problem (`show* ~ twice`, `goes negative`, `comes through empty`, `never arrives`,
   * `bleibt auf 0`, `deux fois`, `nunca llega`): at a test, a statement with one of them, and no other word the reader knows, reports a defect.
   */
  readonly anomaly: readonly string[];
  /**
   * A part put off to later, said as fact (`the other sites later`, `Amsterdam volgt later`, `Milano più avanti`, `Cork can wait`):
   * beside a yes to a document, the yes is to a part of it.
   */
  readonly deferred: readonly string[];
  /** Names of the work order (`work order`, `Arbeitsauftrag`, `orden de trabajo`): a yes to it, at a later step, is not that step's yes. */
  readonly workOrderNames: readonly string[];
  /** Going live (`go live`, `live gehen`, `mise en ligne`): wished for on a day named, it gives the launch date; it is no yes still to come. */
  readonly goLive: readonly string[];
  /** The answer is somewhere else (`see my answers below in red`, `changes marked in the attached`): what it says there is not read here. */
  readonly answersElsewhere: readonly string[];
  /**
   * Terms or scope the sender changes, said as fact (`without the kiosk module`, `we crossed out clause 7`, `decided to drop`,
   * `net 60`): beside a yes, the yes is to something other than what was asked. Not where an act word follows or stands in it
   * (`without any changes`, `sin problemas`), nor inside a neutral phrase (`sans réserve`, `sin embargo`).
   */
  readonly altered: readonly string[];
  /**
   * Words of the reader's patterns, where a word's place around another matters more than the phrase (right before a yes
   * word, after a "but"): regular-expression fragments over folded text (lower case, no accents), each pattern the union of
   * every language's fragments (reading/patterns.ts).
   */
  readonly patterns: PatternWords;
  /**
   * The words the launch-date reader (extract.ts) reads a day's sentence by: regular-expression fragments over the mail's own
   * text (case-insensitive, accents as written: `d[ée]caler`), each the union of every language's fragments.
   */
  readonly days: DayWords;
}

/** The launch-date reader's word lists (extract.ts says where each stands around a day). */
export type DayWordName =
  /** Words of the launch itself (`go-live`, `Livegang`, `mise en production`). */
  | 'launch'
  /** A negation or a replacing word that refuses a day after it in its phrase (`not`, `nicht`, `instead of`). */
  | 'refusing'
  /** "There is", "we have", between a negation and what it denies (`no hay cambios`). */
  | 'thereIs'
  /** What a negation denies when it refuses no day (`no problems`, `keine Einwände`, `pas de changement`, Portuguese `no dia`). */
  | 'noRefusal'
  /** "Instead of", before the day it replaces (`en vez del 7`). */
  | 'insteadOf'
  /** Articles between those words and the day (`statt dem 3.`). */
  | 'dayArticles'
  /** Monday to Friday. */
  | 'workdays'
  /** A negation right before a word of timing, which it turns round (`not too late`). */
  | 'negation'
  /** A day said not to work by its timing (`too tight`, `trop juste`). */
  | 'tooSoon'
  /** "Is", before what is said of a day right after it (`is not possible`). */
  | 'copulas'
  /** Words between such a verb and what it says (`therefore`, `leider`). */
  | 'softeners'
  /** Said of a day right after it: it does not work (`not possible`, `passt nicht`). */
  | 'doesNotWork'
  /** Words that give a reason after such a refusal (`not possible due to the trade fair`). */
  | 'reasons'
  /** Verbs of moving a day (`postpone`, `verschieben`, `décaler`). */
  | 'moves'
  /** Verbs of changing a day (`change`, `ändern`, `cambiar`): with {@link 'movedFrom'}, the day moved from. */
  | 'changes'
  /** "From" right before the day a move or a change leaves (`change go-live from June 6 to June 10`, `dal 3 al 10 marzo`). */
  | 'movedFrom'
  /** "Can we", asking only in a question, outside English (`Können wir …?`). */
  | 'canWe'
  /** "Can we", "could you" in English, asking a day in a refused one's place only. */
  | 'canYou'
  /** A bare "instead" (`stattdessen`, `plutôt`). */
  | 'instead'
  /** Words that put a day forward (`how about`, `vorschlagen`). */
  | 'proposes'
  /** A milestone other than the launch (a training, a call, a contract): a day beside it is its own. */
  | 'otherMilestone'
  /** A body that meets and decides, or its meeting (`the board meets`, `il consiglio`). */
  | 'meets'
  /** Words that ask for a day to be set or moved: the strongest asking (`please move`, `rimandato a`). */
  | 'setsADay'
  /** Words that ask for something (`we'd like`, `gerne`). */
  | 'asks'
  /** A limit or a wait before a day (`until`, `bis`): not the launch. */
  | 'until'
  /** Words right before a day written in numbers (`den 31.03.`, `le 12/05`). */
  | 'putsADay'
  /** Words that put a weekday ahead (`next Monday`, `nächsten Montag`). */
  | 'ahead'
  /** "And", which parts two phrases. */
  | 'andWords'
  /** "But", which parts two phrases. */
  | 'butWords'
  /** "From", before a span's first day written alone (`van 17 tot en met 28 maart`, `du 10 au 14`, `desde el 10`). */
  | 'spanFrom'
  /** "Between", before a span's first day (`between May 5 and May 9`, `zwischen dem 5. und dem 9. Mai`, `tussen`). */
  | 'between'
  /** What stands between a span's two days (`to`, `bis einschließlich`, `jusqu'au`, `t/m`, `até`). */
  | 'spanTo'
  /** Articles and the like between those words and a span's day (`the`, `dem`, `le`, `incl.`). */
  | 'spanArticles'
  /** A week named by its first day (`week of`, `Woche vom`, `semaine du`, `settimana del`). */
  | 'weekOf'
  /** Where the step asks for the launch day: words that keep a day named with no word of the launch as that day (`still the date`, `passt`, `bleibt`). */
  | 'dayKept'
  /** And words that set such a day aside as another's: an absence, a closing, a hedge, a day not decided, a limit, an opening. */
  | 'dayAside';
export type DayWords = Readonly<Partial<Record<DayWordName, readonly string[]>>>;

/** The reader's patterns whose words are data. */
export type PatternName =
  | 'adverbialContrast'
  | 'attachmentWords'
  | 'fileOfChanges'
  | 'almost'
  | 'already'
  | 'earlierTime'
  | 'longAgo'
  | 'andNot'
  | 'andOr'
  | 'headFollowers'
  | 'atPrice'
  | 'awaitedPeople'
  | 'betweenWords'
  | 'boards'
  | 'asIs'
  | 'askingYou'
  | 'asSaid'
  | 'auxiliaries'
  | 'butWords'
  | 'caveatLead'
  | 'byWords'
  | 'clock'
  | 'concord'
  | 'confirmStems'
  | 'countOf'
  | 'countedPlaces'
  | 'countedDevices'
  | 'countedVolumes'
  | 'calledOff'
  | 'selfSigner'
  | 'assumedWords'
  | 'includedWords'
  | 'costWords'
  | 'invitation'
  | 'countBecame'
  | 'askAddressed'
  | 'totalWords'
  | 'dateMaybe'
  | 'dateOr'
  | 'dateTarget'
  | 'dateWords'
  | 'decisionBodies'
  | 'everythingElse'
  | 'explicitYes'
  | 'fileState'
  | 'bothAnd'
  | 'receipt'
  | 'forDeterminers'
  | 'forSignature'
  | 'forWords'
  | 'goLiveNoun'
  | 'holdUntil'
  | 'inPlaceOf'
  | 'isWords'
  | 'correctOnes'
  | 'nowWords'
  | 'newWords'
  | 'checkedWords'
  | 'sinceThen'
  | 'switchVerbs'
  | 'switchFrom'
  | 'switchTo'
  | 'switchAway'
  | 'switchArticles'
  | 'sinceSigned'
  | 'exceptLead'
  | 'scopeFor'
  | 'scopeDeterminers'
  | 'scopeAside'
  | 'scopeNamed'
  | 'topicWords'
  | 'caveatOpeners'
  | 'examined'
  | 'answerWords'
  | 'lookTaken'
  | 'lookNotTaken'
  | 'ownSystemReplaced'
  | 'testedWords'
  | 'verbNegators'
  | 'whileWords'
  | 'leftAsIs'
  | 'identifiers'
  | 'farewells'
  | 'joining'
  | 'monthNames'
  | 'weekdayNames'
  | 'ordinalsOfMonth'
  | 'mostWords'
  | 'neededAfter'
  | 'neededBefore'
  | 'negators'
  | 'notBlocking'
  | 'notInPosition'
  | 'notOnly'
  | 'notWords'
  | 'notYet'
  | 'onlyWords'
  | 'orWords'
  | 'ownBy'
  | 'keepsAsIs'
  | 'takesUp'
  | 'thanksPassedOn'
  | 'commentWords'
  | 'unrelatedLead'
  | 'newsLead'
  | 'stillReviewing'
  | 'ownChanges'
  | 'addresseeIs'
  | 'notHedge'
  | 'problemsNone'
  | 'thirdPersonHas'
  | 'ownVoice'
  | 'ableTo'
  | 'ownAbleTo'
  | 'hereby'
  | 'ownSpeaker'
  | 'partNot'
  | 'pastAux'
  | 'people'
  | 'please'
  | 'preference'
  | 'presentState'
  | 'problemNouns'
  | 'readyWords'
  | 'reasonStart'
  | 'reasonWords'
  | 'relative'
  | 'restOf'
  | 'restOfArticle'
  | 'roles'
  | 'routedMail'
  | 'selfNegated'
  | 'sender'
  | 'sentOn'
  | 'sentEarlier'
  | 'sendingLater'
  | 'onceAhead'
  | 'slotAt'
  | 'slotDayPart'
  | 'slotDays'
  | 'stillOpen'
  | 'stillHolds'
  | 'stillWorks'
  | 'signing'
  | 'tagQuestion'
  | 'strongCondition'
  | 'tellMe'
  | 'tellWhether'
  | 'thirdPerson'
  | 'timeAhead'
  | 'toYou'
  | 'unconfirmed'
  | 'unlessWords'
  | 'principleHedge'
  | 'selfCorrection'
  | 'correctionLead'
  | 'monthLink'
  | 'monthIn'
  | 'monthEarly'
  | 'monthMid'
  | 'monthLate'
  | 'monthSometime'
  | 'vagueLaunch'
  | 'factQuestion'
  | 'sendLater'
  | 'contactChange'
  | 'butLead'
  | 'untilStart'
  | 'waitStems'
  | 'weighing'
  | 'withWords'
  | 'withoutWords'
  | 'yesNouns'
  | 'yourWords'
  | 'zeroWords'
  | 'yesAfter';
export type PatternWords = Readonly<Partial<Record<PatternName, readonly string[]>>>;

export type LexiconCategory = Exclude<keyof Lexicon, 'code' | 'stopwords' | 'patterns' | 'days' | 'scopeAsked' | 'reviewRequired'>;

/**
 * Combining marks (what NFKD leaves of an accent). Regular expressions with Unicode property escapes are made once, here: a
 * bundler targeting Node turns such a literal into `new RegExp(…)`, which in a function would be made anew on every call.
 */
export const MARKS = /\p{M}/gu;
/** A character outside ASCII. */
const NOT_ASCII = /[^\p{ASCII}]/u;

/**
 * Every match of a global expression in a text, as `text.matchAll(pattern)` finds them, without the copy of the expression
 * `matchAll` makes on every call (a copy of one of the reader's long lists of words cost more than the search itself). The
 * expression is used from its start and left there (`lastIndex` 0): none of the reader's global expressions is read from
 * elsewhere.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // An empty match moves on by a character (a code point in a Unicode expression), as `matchAll` does.
    if (m[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

/** A text with its accents taken off (NFKD, and the combining marks it leaves dropped), its case kept. */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '');
}

/** Lower case, accents off, typographic quotes and invisible characters normalized: what phrases match against. */
export function fold(text: string): string {
  // Plain ASCII has no accents to take off (most English mail: the costly part skipped); a backtick is still an apostrophe.
  if (!NOT_ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'");
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/ß/g, 'ss');
}

/** Where a phrase was found in a text: its offset and the words as they stand there. */
export interface Found {
  readonly index: number;
  readonly text: string;
  /** A negator stands in the phrase's gap (`geben ~ frei` in "wir geben den Plan nicht frei"): the phrase is negated. */
  readonly negatedInGap?: boolean;
}

/** A word of a phrase: the word itself, a stem (`approv*`), or a gap of up to eight words (`~`). */
type Word = { readonly exact: string } | { readonly stem: string } | { readonly gap: true };

interface Phrase {
  readonly words: readonly Word[];
  /** It has a gap (`~`): a negator in it negates the phrase. */
  readonly gap?: boolean;
  /** `n't`, `'ll`: the end of a word as written (`can't`, `we'll`). */
  readonly suffix?: string;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Words (with inner apostrophes: `can't`), emoji, and every other sign on its own; variation selectors dropped. */
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|\p{Extended_Pictographic}|[^\s\p{L}\p{N}]/gu;
/** An emoji's variation selector (`✔️` is `✔` and U+FE0F): not a token of its own. */
const VARIATION_SELECTOR = '\ufe0f';

/**
 * French and Italian elide an article, a pronoun or a preposition into the next word (`d'ajouter`,
 * `l'accès`, `dell'API`): the elided word is a token of its own, so that `ajouter` is found in
 * `d'ajouter`. (English contractions keep their apostrophe: `don't`, `we'll`.)
 */
const ELIDED_WORDS = 'd|l|j|qu|s|c|m|t|n|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|coll|un|quest|quell';
const ELIDED = new RegExp(`^(?:${ELIDED_WORDS})'(?=[\\p{L}\\p{N}])`, 'u');
/** A word as its elided article or preposition and the rest (`d'ajouter` is `d'` and `ajouter`), or the word alone. */
export function splitElision(word: string): string[] {
  const elided = ELIDED.exec(word)?.[0];
  return elided ? [elided, word.slice(elided.length)] : [word];
}

/** An elided word written alone in the lexicon (the negator `n'`): one token, as in the text. */
const ELIDED_ALONE = new RegExp(`^(?:${ELIDED_WORDS})'$`, 'u');

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of matchesOf(TOKEN, text)) {
    if (m[0] === VARIATION_SELECTOR) continue;
    const start = m.index;
    // (Only a word with an apostrophe can be elided.)
    const elided = m[0].includes("'") ? ELIDED.exec(m[0])?.[0] : undefined;
    if (elided) tokens.push({ text: elided, start, end: start + elided.length });
    const from = elided?.length ?? 0;
    tokens.push({ text: m[0].slice(from), start: start + from, end: start + m[0].length });
  }
  return tokens;
}

/** A token that is a word: a letter or a digit first. */
const STARTS_A_WORD = /^[\p{L}\p{N}]/u;

/** A hyphen joins words as a space does: `go-live` reads as `go live`. */
const isJoiner = (token: Token | undefined) => token?.text === '-';

/** Phrases read once: a set of languages' index is built from the lists of each, and the same phrase recurs in many sets. */
const PHRASES = new Map<string, Phrase>();

function phraseOf(raw: string): Phrase {
  let phrase = PHRASES.get(raw);
  if (phrase === undefined) {
    phrase = readPhrase(raw);
    PHRASES.set(raw, phrase);
  }
  return phrase;
}

/** Only ASCII lower-case letters and digits, at least one. */
function isPlainWord(part: string): boolean {
  if (part.length === 0) return false;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

function readPhrase(raw: string): Phrase {
  const folded = fold(raw.trim());
  // A contraction's ending (`n't`, `'ll`) is found at the end of a word; French `n'est pas` is words.
  if (folded.startsWith("'") || folded.startsWith("n't")) return { words: [], suffix: folded };
  const words: Word[] = [];
  for (const part of folded.split(/\s+/)) {
    if (part === '~') words.push({ gap: true });
    else if (part.endsWith('*')) words.push({ stem: part.slice(0, -1) });
    // A plain word of letters and digits is its own one token (most of the lists' words: no expression to run on it).
    else if (isPlainWord(part)) words.push({ exact: part });
    else if (ELIDED_ALONE.test(part)) words.push({ exact: part });
    else for (const t of tokenize(part)) if (t.text !== '-') words.push({ exact: t.text });
  }
  return words.some((w) => 'gap' in w) ? { words, gap: true } : { words };
}

const matchesWord = (word: Word, token: Token | undefined): boolean =>
  token !== undefined && ('exact' in word ? token.text === word.exact : 'stem' in word ? token.text.startsWith(word.stem) : false);

/** A sign with words on both sides and no space between (an address's `@` and dots). */
const gluedInside = (tokens: readonly Token[], k: number) => (tokens[k - 1]?.end ?? -1) === tokens[k]?.start && tokens[k]?.end === (tokens[k + 1]?.start ?? -1);

/** A word after a hyphen glued to the word before it ("off" in "sign-off"). */
const compoundTail = (tokens: readonly Token[], k: number) => isJoiner(tokens[k - 1]) && gluedInside(tokens, k - 1);

/** Where the phrase ends (the index after its last token) when it starts at token `i`, or -1. */
function endOf(phrase: Phrase, tokens: readonly Token[], i: number): number {
  let at = i;
  for (let w = 0; w < phrase.words.length; w++) {
    const word = phrase.words[w] as Word;
    if (w > 0) while (isJoiner(tokens[at])) at += 1;
    if ('gap' in word) {
      // Up to eight words, then the next word of the phrase.
      const next = phrase.words[w + 1];
      if (!next) return -1;
      let found = -1;
      for (let skip = 0, k = at; skip <= 8 && k < tokens.length; skip++) {
        // (Not the tail of a hyphenated word: "take this as our formal sign-off" has no "take … off".)
        if (matchesWord(next, tokens[k]) && !compoundTail(tokens, k)) {
          found = k;
          break;
        }
        // A sign ends the gap (a comma, a stop), unless it is glued inside a word ("ana@appforge.example", "e-mail").
        if (!STARTS_A_WORD.test(tokens[k]?.text ?? '') && !gluedInside(tokens, k)) break;
        k += 1;
        while (isJoiner(tokens[k])) k += 1;
      }
      if (found < 0) return -1;
      at = found + 1;
      w += 1;
      continue;
    }
    if (!matchesWord(word, tokens[at])) return -1;
    at += 1;
  }
  return at;
}

/**
 * Phrases indexed by their first word and matched over a text's tokens: whole words only, one pass
 * however many phrases and categories (a regular expression of hundreds of alternatives tried at
 * every position was most of the reader's cost). Per category, where phrases overlap the longest
 * wins and the scan goes on after it.
 */
interface Entry {
  readonly category: LexiconCategory;
  readonly phrase: Phrase;
}

/** Adds to a key's list, starting it at the first (most keys get none: most of a reply's words are in no category). */
function addTo<K, T>(map: Map<K, T[]>, key: K, entry: T): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** How many first letters of a stem key it: a token looks up only the stems that share its first letters. */
const STEM_KEY = 3;

/** How many words an index remembers what it holds for ({@link FirstWord}). */
const KNOWN_WORDS = 50_000;
const NO_STEMS: readonly { readonly category: LexiconCategory; readonly phrase: Phrase }[] = [];

/** What an index holds for a word as the first of a phrase: the phrases it starts alone, with a second word, and as a stem. */
interface FirstWord {
  readonly byWord: readonly Entry[] | undefined;
  readonly byPair: ReadonlyMap<string, readonly Entry[]> | undefined;
  readonly stems: readonly { readonly category: LexiconCategory; readonly phrase: Phrase }[];
}

export class LexiconIndex {
  /** Phrases by their first word, when they have one word or their second is not a plain word (a stem, a gap). */
  private readonly byWord = new Map<string, Entry[]>();
  /** Phrases by their first two words: many phrases start with a common word ("we", "the"), and trying each at every "we" was the scan's cost. */
  private readonly byPair = new Map<string, Map<string, Entry[]>>();
  /** The lengths of the stems' keys there are (a token is sliced only to those). */
  private stemKeyLengths: readonly number[] = [];
  /** Phrases whose first word is a stem, by the stem's first {@link STEM_KEY} letters (or all of a shorter stem). */
  private readonly stems = new Map<string, { readonly stem: string; readonly category: LexiconCategory; readonly phrase: Phrase }[]>();
  private readonly suffixes: readonly { readonly suffix: string; readonly category: LexiconCategory }[] = [];

  /** The one-word negators of the lists (a negator in a phrase's gap negates the phrase). */
  private readonly negators: ReadonlySet<string>;

  /**
   * An index of several languages: each one's own index, in the order of the languages, looked up in turn ({@link merged}), where
   * an index of their lists merged, made anew for each set of languages a reply is read in, cost a fresh process most of its first
   * replies' time (the English lists, the longest, were read again for every set). Nothing of theirs is copied.
   */
  private readonly parts: readonly LexiconIndex[] | undefined;

  /**
   * The index of several languages' indexes, as the index of their lists merged (each category's phrases one after the other,
   * language by language, a phrase in two of them once) finds: what a category finds at a word is the longest of its phrases
   * there, the first of those for a tie, and a phrase found again later changes nothing.
   */
  static merged(parts: readonly LexiconIndex[]): LexiconIndex {
    return new LexiconIndex({}, parts);
  }

  constructor(lists: Partial<Record<LexiconCategory, readonly string[]>>, parts?: readonly LexiconIndex[]) {
    this.parts = parts;
    if (parts !== undefined) {
      this.negators = new Set(parts.flatMap((part) => [...part.negators]));
      this.suffixes = parts.flatMap((part) => part.suffixes);
      this.stemKeyLengths = [...new Set(parts.flatMap((part) => part.stemKeyLengths))].sort((a, b) => a - b);
      return;
    }
    this.negators = new Set([...(lists.negation ?? []), ...(lists.negationAfter ?? [])].map((raw) => fold(raw.trim())).filter((w) => /^[\p{L}']+$/u.test(w)));
    for (const [key, phrases] of Object.entries(lists)) {
      const category = key as LexiconCategory;
      // A contraction written on a phone without its apostrophe ("I cant sign", "we dont approve") is the same words: an
      // English phrase with one ("can't sign") is found without it too.
      const all = (phrases as readonly string[]).flatMap((raw) => {
        const bare = raw.replace(/(\p{L})n't\b/gu, '$1nt');
        return bare === raw ? [raw] : [raw, bare];
      });
      for (const raw of all) {
        const phrase = phraseOf(raw);
        if (phrase.suffix) {
          (this.suffixes as { suffix: string; category: LexiconCategory }[]).push({ suffix: phrase.suffix, category });
          continue;
        }
        const first = phrase.words[0];
        if (!first || 'gap' in first) continue;
        const second = phrase.words[1];
        if ('stem' in first) addTo(this.stems, first.stem.slice(0, STEM_KEY), { stem: first.stem, category, phrase });
        else if (second && 'exact' in second) {
          const seconds = this.byPair.get(first.exact) ?? new Map<string, Entry[]>();
          this.byPair.set(first.exact, seconds);
          addTo(seconds, second.exact, { category, phrase });
        } else addTo(this.byWord, first.exact, { category, phrase });
      }
    }
    this.stemKeyLengths = [...new Set([...this.stems.keys()].map((k) => k.length))].sort((a, b) => a - b);
  }

  /**
   * What the index holds for each word as a phrase's first, found once per word (a reply's words recur, and so do replies'):
   * a token looks up one map, not the three of its phrases (each a lookup in a large table).
   */
  private readonly known = new Map<string, FirstWord>();

  private firstWord(word: string): FirstWord {
    let found = this.known.get(word);
    if (found === undefined) {
      found = this.parts
        ? this.firstWordOfParts(this.parts, word)
        : { byWord: this.byWord.get(word), byPair: this.byPair.get(word), stems: this.stemsOf(word) };
      // Bounded: a flood of never-seen words (a long list of codes) does not grow it without end.
      if (this.known.size < KNOWN_WORDS) this.known.set(word, found);
    }
    return found;
  }

  /**
   * What the languages' indexes hold for a word as a phrase's first, one language after the other in each of the three (by the word
   * alone, with a second word, as a stem): a category's phrases in the order of the merged lists. The stems by the length of their
   * key first, as one index's are.
   */
  private firstWordOfParts(parts: readonly LexiconIndex[], word: string): FirstWord {
    let byWord: readonly Entry[] | undefined;
    let byPair: Map<string, readonly Entry[]> | undefined;
    let pairsOf: ReadonlyMap<string, readonly Entry[]> | undefined;
    for (const part of parts) {
      const own = part.byWord.get(word);
      if (own) byWord = byWord ? byWord.concat(own) : own;
      const seconds = part.byPair.get(word);
      if (!seconds) continue;
      if (!pairsOf) {
        pairsOf = seconds;
        continue;
      }
      // Two languages or more start phrases with the word: their second words' lists, one after the other (a new map, theirs untouched).
      byPair ??= new Map(pairsOf);
      for (const [second, list] of seconds) {
        const before = byPair.get(second);
        byPair.set(second, before ? before.concat(list) : list);
      }
    }
    const stems: { readonly category: LexiconCategory; readonly phrase: Phrase }[] = [];
    for (const k of this.stemKeyLengths) {
      if (k > word.length) break;
      const key = word.slice(0, k);
      for (const part of parts) for (const { stem, category, phrase } of part.stems.get(key) ?? []) if (word.startsWith(stem)) stems.push({ category, phrase });
    }
    return { byWord, byPair: byPair ?? pairsOf, stems: stems.length === 0 ? NO_STEMS : stems };
  }

  /** The phrases whose first word is a stem a word starts with. */
  private stemsOf(word: string): readonly { readonly category: LexiconCategory; readonly phrase: Phrase }[] {
    const list: { readonly category: LexiconCategory; readonly phrase: Phrase }[] = [];
    for (const k of this.stemKeyLengths) {
      if (k > word.length) break;
      for (const { stem, category, phrase } of this.stems.get(word.slice(0, k)) ?? []) if (word.startsWith(stem)) list.push({ category, phrase });
    }
    return list.length === 0 ? NO_STEMS : list;
  }

  /** A negator among the tokens from `from` to before `to` (a phrase's gap and the words around it, never its first or last). */
  private negatorIn(tokens: readonly Token[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.negators.has((tokens[k] as Token).text)) return true;
    return false;
  }

  /** Each category's phrases found in `text` (its tokens), by category. */
  findAll(text: string, tokens: readonly Token[] = tokenize(text)): Map<LexiconCategory, Found[]> {
    const found = new Map<LexiconCategory, Found[]>();
    // Per category: the first token a new match may start at (a match is not overlapped by its own category). Neutral phrases
    // may overlap: "let me know if" does not hide "if anything's missing" (each only takes words out of the reading).
    const free = new Map<LexiconCategory, number>();
    // Per category, the furthest end of a phrase starting at the current token (one map, cleared per token: this loop is the reader's cost).
    const best = new Map<LexiconCategory, number>();
    // The phrases with a gap that gave a category its furthest end at the current token.
    const gapped = new Set<LexiconCategory>();
    const consider = (category: LexiconCategory, phrase: Phrase, i: number) => {
      if ((free.get(category) ?? 0) > i) return;
      const end = endOf(phrase, tokens, i);
      if (end > (best.get(category) ?? -1)) {
        best.set(category, end);
        if (phrase.gap) gapped.add(category);
        else gapped.delete(category);
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const { byWord, byPair: seconds, stems } = this.firstWord(token.text);
      // Most tokens start no phrase and end no contraction: nothing to try at them.
      if (byWord === undefined && seconds === undefined && stems.length === 0 && !token.text.includes("'")) continue;
      best.clear();
      gapped.clear();
      if (byWord) for (const { category, phrase } of byWord) consider(category, phrase, i);
      if (seconds) {
        let next = i + 1;
        while (isJoiner(tokens[next])) next += 1;
        const byPair = next < tokens.length ? seconds.get((tokens[next] as Token).text) : undefined;
        if (byPair) for (const { category, phrase } of byPair) consider(category, phrase, i);
      }
      for (const { category, phrase } of stems) consider(category, phrase, i);
      for (const [category, end] of best) {
        if (end <= i) continue;
        const match = { index: token.start, text: text.slice(token.start, (tokens[end - 1] as Token).end) };
        addTo(found, category, gapped.has(category) && this.negatorIn(tokens, i + 1, end - 1) ? { ...match, negatedInGap: true } : match);
        if (category !== 'neutral') free.set(category, end);
      }
      // Every suffix has an apostrophe (`n't`, `'ll`).
      if (!token.text.includes("'")) continue;
      for (const { suffix, category } of this.suffixes) {
        if ((free.get(category) ?? 0) > i || best.has(category) || !token.text.endsWith(suffix)) continue;
        addTo(found, category, { index: token.end - suffix.length, text: suffix });
        free.set(category, i + 1);
      }
    }
    return found;
  }
}

/**
 * A language's (or a set of languages') index of every category, and its contrast words alone: sentences are cut into
 * clauses at those before the clauses are read, on every sentence, so they are one expression over folded text (plain
 * words, the longest first), not a scan of the sentence's tokens.
 */
export interface CompiledLexicon {
  readonly code: string;
  readonly index: LexiconIndex;
  readonly contrast: RegExp;
}

/** A language's index of every category but its contrast words (read apart, before the clauses are: not in the index of the clauses' words). */
export function indexOf(lexicon: Lexicon): LexiconIndex {
  const { code: _code, stopwords: _stopwords, patterns: _patterns, days: _days, contrast: _contrast, scopeAsked, reviewRequired, ...lists } = lexicon;
  return new LexiconIndex({
    ...lists,
    scope: [...lists.scope, ...scopeAsked],
    request: [...lists.request, ...scopeAsked],
    othersToSign: [...lists.othersToSign, ...reviewRequired],
    neutral: [...lists.neutral, ...reviewRequired],
  });
}

/** The expression of contrast words (a set of languages' words, one after the other), over folded text. */
export function contrastPattern(contrastWords: readonly string[]): RegExp {
  const words = [...new Set(contrastWords.map(fold))].sort((a, b) => b.length - a.length);
  const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  // A word as the tokenizer takes one: not inside "ma'am" (an apostrophe and a letter go on with the word). Global, for
  // `matchesOf`, which starts it from the text's start each time.
  return new RegExp(String.raw`(?<![\p{L}\p{N}'])(?:${alternatives.join('|')})(?![\p{L}\p{N}]|'[\p{L}\p{N}])`, 'gu');
}

export { tokenize, type Token };
