import committed from './intent-model.json' with { type: 'json' };
import { isClosing } from '../reply-text/signatures';
import { splitElision, withoutAccents } from './lexicon';
import { DECISION_CONFIDENCE, Intent, isDecision, type StepQuestion } from './types';

/*
 * A second reading of a reply, learned from the labelled tuning replies (docs/mail-understanding.md#second-reading):
 * a linear model over the reply's words, word pairs and the step's question. It never decides
 * against the rules: when it takes a reply for a yes or a no the rules did not read, or the other
 * way round, or doubts their yes, the reply goes to the PM instead of moving the project. It only
 * settles the rules' doubt about statements they could not read, when it finds their yes too.
 */

/** The intents in the order of the model's weights. */
const LABELS = Intent.options;

/**
 * At most this many words of a reply are read (the answer is at the top); a longer reply's yes is weighed on its last this many
 * words too (what holds a yes back often comes last), among the words of its first {@link MAX_CHARS} characters.
 */
const MAX_WORDS = 120;

/** A character outside ASCII: plain ASCII has no accents to take off (made once: see lexicon.ts's MARKS). */
const NOT_ASCII = /[^\p{ASCII}]/u;
const fold = (s: string) => (NOT_ASCII.test(s) ? withoutAccents(s) : s).toLowerCase();

/** Characters enough for {@link MAX_WORDS} words: the rest of a long reply is not folded for nothing. */
const MAX_CHARS = 4000;

/** The words (and the marks and emoji the model counts) of a reply, quoted context lines left out, elisions split. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const word of fold(text.replace(/^>.*$/gm, '').slice(0, MAX_CHARS)).match(/[\p{L}\p{N}']+|[!?👍✅]/gu) ?? []) {
    // Only a word with an apostrophe can be an elision (`d'ajouter`).
    if (word.includes("'")) words.push(...splitElision(word));
    else words.push(word);
  }
  return words;
}

/** Negators of the seven languages, folded; the words right after one are read as negated. */
const NEGATORS = new Set([
  ...['not', 'no', 'never', 'nothing', 'cannot', 'without', "don't", "can't", "won't", "isn't", "aren't", "doesn't", "didn't", "haven't", "hasn't"],
  ...["couldn't", "shouldn't", "wouldn't", 'dont', 'cant', 'wont', 'isnt', 'arent', 'doesnt', 'didnt', 'havent', 'hasnt'],
  ...['nicht', 'kein', 'keine', 'keinen', 'ohne', 'pas', 'ne', "n'", 'sans', 'jamais', 'non', 'sin', 'nunca', 'senza', 'nao', 'sem', 'niet', 'geen', 'zonder'],
]);
const NEGATED_WORDS = 2;

/** Below this many words the model has too little to go on: a bare "No" is read by the rules alone. */
const MIN_WORDS = 3;

/**
 * What the model sees of a reply: its words and word pairs (quoted context lines left out, the two
 * words after a negator marked), each word also paired with the step's question, the words of the
 * attached files' names, and whether the answer is short.
 */
export function featuresOf(text: string, question: StepQuestion, files: readonly string[]): string[] {
  return featuresOfWords(wordsOf(text), question, files);
}

function featuresOfWords(words: readonly string[], question: StepQuestion, files: readonly string[]): string[] {
  const features = new Set<string>([`q=${question}`]);
  const read = markedWords(words);
  read.forEach((word, i) => {
    features.add(word);
    features.add(`${question}|${word}`);
    const next = read[i + 1];
    if (next !== undefined) features.add(`${word} ${next}`);
  });
  for (const word of fileWords(files)) features.add(`file:${word}`);
  if (words.length <= 3) features.add(words.length === 0 ? 'empty' : 'short');
  return [...features];
}

/** The first {@link MAX_WORDS} words, the two words after a negator marked: a bag of words cannot tell "approved" from "not approved". */
function markedWords(words: readonly string[]): string[] {
  let negated = 0;
  return words.slice(0, MAX_WORDS).map((word) => {
    if (NEGATORS.has(word)) {
      negated = NEGATED_WORDS;
      return word;
    }
    if (negated === 0) return word;
    negated -= 1;
    return `not:${word}`;
  });
}

function fileWords(files: readonly string[]): string[] {
  return files.flatMap((file) => fold(file).split(/[^\p{L}]+/u)).filter((word) => word !== '');
}

/** The trained model: a weight per intent for each feature, and the replies it was trained on. */
export interface IntentModel {
  readonly trainedOn: { readonly split: string; readonly cases: number; readonly names: string };
  readonly labels: readonly string[];
  readonly features: readonly string[];
  /** `labels.length` weights per feature, in the order of `features`. */
  readonly weights: readonly number[];
}

/**
 * A word's rows in a model: its own row, its rows at each step's question and its rows before each next word, so that a reply is
 * scored with one lookup per word and without building its feature strings.
 */
interface WordRows {
  readonly row: number | undefined;
  /** By the question's slot ({@link QUESTION_SLOT}), found on first use (null: none). */
  readonly atQuestion: (number | null | undefined)[];
  readonly before: ReadonlyMap<string, number> | undefined;
}

/** Each step question's slot in a word's rows. */
const QUESTION_SLOT: Readonly<Record<StepQuestion, number>> = {
  approval: 0,
  confirmation: 1,
  testing: 2,
  readiness: 3,
  delivery: 4,
  status: 5,
  open: 6,
};

/** How many words a model's index remembers the rows of (a flood of never-seen words does not grow it without end). */
const KNOWN_WORDS = 50_000;

/**
 * A model made ready to score: its features in sorted order (the trainer writes them so: test/corpus/train.ts), each word's rows
 * found there by halving the first time the word is read and kept, where indexing all 55,000 features by word before the first
 * reply cost a fresh process 40 ms; a mark per row for counting each once.
 */
interface ModelIndex {
  /** The features, sorted in the order of `sort()` and `<` (UTF-16 code units), each once. */
  readonly sorted: readonly string[];
  /** The row of each of them in the model, when not the same place (a model whose features are not sorted). */
  readonly rows: readonly number[] | undefined;
  readonly words: Map<string, WordRows>;
  readonly weights: readonly number[];
  /** The scoring that last counted each row (a row counts once per reply, with no set to build). */
  readonly counted: Uint32Array;
  scoring: number;
}

/** Whether each feature comes after the one before it, in the order of `sort()` and `<`. */
function strictlySorted(features: readonly string[]): boolean {
  for (let i = 1; i < features.length; i++) if (!((features[i - 1] as string) < (features[i] as string))) return false;
  return true;
}

/** The place of the first feature at or after `key` in sorted features. */
function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A feature's row in the model, or undefined. */
function rowOf(index: ModelIndex, feature: string): number | undefined {
  const at = lowerBound(index.sorted, feature);
  if (index.sorted[at] !== feature) return undefined;
  return index.rows === undefined ? at : index.rows[at];
}

/** A word's rows (the features made of it alone, at a question, or before another word: a word never holds a space or a bar). */
function rowsOf(index: ModelIndex, word: string): WordRows {
  let rows = index.words.get(word);
  if (rows === undefined) {
    // The pairs of the word before another ("looks good"), all together in the sorted features.
    let before: Map<string, number> | undefined;
    const prefix = `${word} `;
    for (let at = lowerBound(index.sorted, prefix); at < index.sorted.length; at++) {
      const feature = index.sorted[at] as string;
      if (!feature.startsWith(prefix)) break;
      // (A bar after the space makes no pair: such a feature, never made, is of no word.)
      if (feature.includes('|')) continue;
      before ??= new Map();
      before.set(feature.slice(prefix.length), (index.rows === undefined ? at : index.rows[at]) as number);
    }
    rows = { row: rowOf(index, word), atQuestion: [], before };
    if (index.words.size < KNOWN_WORDS) index.words.set(word, rows);
  }
  return rows;
}

/** A word's row at a step's question (`approval|ok`). */
function atQuestionOf(index: ModelIndex, rows: WordRows, word: string, question: StepQuestion, slot: number): number | undefined {
  let row = rows.atQuestion[slot];
  if (row === undefined) {
    row = rowOf(index, `${question}|${word}`) ?? null;
    rows.atQuestion[slot] = row;
  }
  return row ?? undefined;
}

const indexes = new WeakMap<IntentModel, ModelIndex>();
function indexOf(model: IntentModel): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    const { features } = model;
    let sorted = features;
    let rows: number[] | undefined;
    if (!strictlySorted(features)) {
      // Sorted here, a feature written twice keeping its last row (as a map made from the list would).
      const order = features
        .map((_, row) => row)
        .sort((a, b) => ((features[a] as string) < (features[b] as string) ? -1 : (features[a] as string) > (features[b] as string) ? 1 : a - b));
      const kept = order.filter((row, i) => features[order[i + 1] as number] !== features[row]);
      sorted = kept.map((row) => features[row] as string);
      rows = kept;
    }
    index = { sorted, rows, words: new Map(), weights: model.weights, counted: new Uint32Array(features.length), scoring: 0 };
    indexes.set(model, index);
  }
  return index;
}

/**
 * The model's scores of a reply: the weights of the rows of the features {@link featuresOf} makes of its words (each row
 * once), looked up by word without making the features.
 */
function scoresOf(words: readonly string[], question: StepQuestion, files: readonly string[], model: IntentModel): number[] {
  const index = indexOf(model);
  const labels = LABELS.length;
  const scores = LABELS.map(() => 0);
  index.scoring = (index.scoring + 1) >>> 0 || 1;
  const count = (row: number | undefined) => {
    if (row === undefined || index.counted[row] === index.scoring) return;
    index.counted[row] = index.scoring;
    for (let k = 0; k < labels; k++) scores[k] = (scores[k] as number) + (index.weights[row * labels + k] as number);
  };
  count(rowsOf(index, `q=${question}`).row);
  const read = markedWords(words);
  const slot = QUESTION_SLOT[question];
  for (let i = 0; i < read.length; i++) {
    const word = read[i] as string;
    const entry = rowsOf(index, word);
    count(entry.row);
    count(atQuestionOf(index, entry, word, question, slot));
    const next = read[i + 1];
    if (next !== undefined) count(entry.before?.get(next));
  }
  for (const word of fileWords(files)) count(rowsOf(index, `file:${word}`).row);
  if (words.length <= 3) count(rowsOf(index, words.length === 0 ? 'empty' : 'short').row);
  return scores;
}

/** How likely each intent is, by the model (the committed one unless another is given), for a reply at a step. */
export function secondReading(
  text: string,
  question: StepQuestion,
  files: readonly string[],
  model: IntentModel = committed,
): Readonly<Record<Intent, number>> {
  return probabilities(wordsOf(text), question, files, model);
}

/** The model's probability of each intent, for a reply's words. */
function probabilities(words: readonly string[], question: StepQuestion, files: readonly string[], model: IntentModel): Record<Intent, number> {
  return softmax(scoresOf(words, question, files, model));
}

/** Scores to probabilities, by label. */
export function softmax(scores: readonly number[]): Record<Intent, number> {
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  // (Written label by label, not by Object.fromEntries: the same object, made without a list of pairs for every reply.)
  const p = {} as Record<Intent, number>;
  LABELS.forEach((label, k) => {
    p[label] = (exp[k] ?? 0) / sum;
  });
  return p;
}

/**
 * Below this probability, by the second reading, of the intent the rules read, a disagreement about
 * a decision sends the reply to the PM.
 */
export const DISAGREEMENT = 0.1;

/**
 * At or above this probability that a reply only tells or asks (inform, question), where the rules read a no or a doubted
 * yes, the second reading's intent is taken: nothing is decided, so no decision waits for the PM. Out of fold, at 0.95 it took 60
 * replies of the tuning split, 59 to their label (the miss: a no read as telling), and sent a tenth fewer replies to the PM. At
 * 0.9 (the twelfth round, chosen out of fold on the tuning split) it takes 29 more of the mailbox replies, 23 to their label (of
 * the six others five are a no read as telling or asking, one a yes): the share to the PM it frees pays for {@link YES_LIKELY}.
 * At 0.85 (the round's end, the batches filed since joined) 10 more, 9 to their label, and 3 nos of the tuning split more read
 * as telling or asking, out of fold.
 */
export const NO_DECISION = 0.85;

/**
 * Below this probability of a yes, by the second reading, a yes the rules read in a reply of {@link LONG_WORDS} words or more
 * is not acted on alone, even where it is the second reading's likeliest intent: a yes moves a project. Out of fold, at 0.5 it
 * sent 9 replies of the tuning split to the PM: 3 wrong yeses the rules' doubts had missed, 6 right ones. At 0.7 (the twelfth
 * round, chosen out of fold on the tuning split, with {@link NO_DECISION} lowered to pay for it) it sends 26 more of the mailbox
 * replies, one of them a wrong yes, and 13 more of the trap batches' replies, four of them wrong yeses. Raised to 0.85 (out of fold, the
 * not-yet reading's share, {@link NOT_YET}, paying for it) it sent 90 more of the tuning split's replies to the PM, seven of them
 * wrong yeses, six of those the trap batches'; but the rest were plain yeses, short reports of readiness among them ("We're ready
 * for round 2, see transactions 31 to 44 in the attached file"): kept at 0.7.
 */
export const YES_LIKELY = 0.7;
/** A reply of this many words or more gives the second reading enough to weigh a yes by ({@link YES_LIKELY}); a short one ("La fecha es correcta.") does not. */
export const LONG_WORDS = 15;
/**
 * Steps whose yes is the sender's own report that the work is ready: there a short yes is weighed by {@link YES_LIKELY} too,
 * since a part left out is told in a few words the rules may not know ("QA complete, sans the refund flow"). Out of fold no right
 * yes was below it. (Not at a test: "Checkout is fast and works perfectly." is a pass the model finds only 0.42 likely.)
 */
const REPORTS: ReadonlySet<StepQuestion> = new Set(['readiness']);

/** What of a reading the check looks at and may change. */
interface Checked {
  readonly intent: Intent;
  readonly confidence: number;
  readonly needsReview: boolean;
  readonly reasons: readonly string[];
  readonly secondReading?: { readonly intent: Intent; readonly probability: number };
  readonly settleable?: boolean;
  readonly fromDateAlone?: boolean;
  readonly explicitYes?: boolean;
  readonly awaits?: boolean;
  readonly notYet?: boolean;
}

/**
 * At or above this probability of the rules' own intent, the second reading settles a doubt of the
 * rules: a yes or no they would have left to the PM is acted on. A confirmation the rules read from a
 * launch date alone (no yes said) needs the yes at this probability too, or it goes to the PM.
 */
export const AGREEMENT = 0.9;

/**
 * At or above this probability of a no, where the rules read something still to come (`awaits`: "Looks fine to me, but our CFO
 * still has to sign off on it", "the test transactions follow tomorrow", "noch nicht geprüft") and no no of their own, the reply is a
 * no that only says not yet (`notYet`): nothing is refused and nothing moves, so nothing waits for the PM. Only where nothing beside
 * it could be a reason or a request (interpret.ts `awaits`). Out of fold on the tuning split's mailbox replies, at 0.99 it takes
 * 55 replies the PM was sent, 51 to their label, a no (3 labelled as telling, 1 as a yes); between 0.95 and 0.99 about 52 more,
 * 37 of them right.
 */
export const NOT_YET = 0.99;

/**
 * The rules' reading, checked, for a reply of {@link MIN_WORDS} words or more. Nothing is decided
 * alone, the reading stays the rules' with its confidence at most 0.5 (it could be either) and the PM
 * decides, when the second reading's likeliest intent differs from theirs and either one of the two
 * is a yes or a no the second reading gives the rules' intent less than {@link DISAGREEMENT}, or the
 * rules read a yes and the second reading finds another intent likelier or the yes less likely than {@link YES_LIKELY}
 * (in a reply of {@link LONG_WORDS} words or more; less likely than {@link AGREEMENT} for a confirmation read from a date alone):
 * a yes moves a project, so it is acted on alone only when it is both readings' likeliest, and likely. When
 * the rules' only doubt about their yes is statements they could not read (`settleable`) and the
 * second reading finds the yes at {@link AGREEMENT} or above, it is acted on, at the decision confidence. Where the second
 * reading is sure ({@link NO_DECISION}) that the reply only tells or asks, its intent is taken: nothing is decided.
 */
export function checkedBySecondReading<Reading extends Checked>(
  first: Reading,
  text: string,
  question: StepQuestion,
  files: readonly string[],
  model: IntentModel = committed,
): Reading {
  const read = likeliest(text, question, files, model);
  if (!read) return first;
  const { p, yes, intent, probability, words, second } = read;
  if (intent === first.intent && first.needsReview && first.settleable === true && probability >= AGREEMENT && (intent !== 'approve' || yes >= AGREEMENT))
    return {
      ...first,
      confidence: DECISION_CONFIDENCE,
      needsReview: false,
      reasons: [...first.reasons, `the second reading agrees (${second.probability}): two readings settle the doubt`],
      secondReading: second,
    };
  const disagrees = intent !== first.intent && (isDecision(intent) || isDecision(first.intent)) && p[first.intent] < DISAGREEMENT;
  // A confirmation the rules read from a launch date alone, no yes said, is an inference: it is acted on alone only when the second
  // reading finds the yes at AGREEMENT too.
  const doubtsYes =
    first.intent === 'approve' &&
    (intent !== 'approve' ||
      (yes < YES_LIKELY && (words >= LONG_WORDS || REPORTS.has(question)) && first.explicitYes !== true) ||
      (first.fromDateAlone === true && p.approve < AGREEMENT));
  // Neither reading a yes or a no: between telling, asking and acknowledging the second reading, sure, chooses here too, as it
  // does at a step that asks no yes or no ({@link chosenBySecondReading}).
  if (!disagrees && !doubtsYes)
    return isDecision(first.intent) || first.needsReview
      ? { ...first, secondReading: second }
      : chosenBy(first, read, 'neither reads a yes or a no, so it chooses');
  // Sure the reply only tells or asks, where the rules read a no or a doubted yes: nothing is decided, and nothing waits for the
  // PM. (A yes the rules are sure of, "QA is complete. How was your weekend?", still goes to the PM.)
  if (!isDecision(intent) && intent !== 'none' && probability >= NO_DECISION && (first.intent !== 'approve' || first.needsReview))
    return {
      ...first,
      intent,
      confidence: Math.round(probability * 100) / 100,
      needsReview: false,
      reasons: [
        ...first.reasons,
        `the second reading is sure it ${intent === 'question' ? 'asks' : 'tells'} (${second.probability}), where the rules read ${first.intent}: nothing is decided`,
      ],
      secondReading: second,
    };
  // Sure of a no, where the rules read the yes, the answer or an item as still to come: a no that says "not yet". Nothing moves.
  if (
    intent === 'decline' &&
    first.intent !== 'decline' &&
    first.intent !== 'none' &&
    first.awaits === true &&
    probability >= NOT_YET &&
    (first.intent !== 'approve' || first.needsReview)
  )
    return {
      ...first,
      intent,
      confidence: Math.round(probability * 100) / 100,
      needsReview: false,
      notYet: true,
      reasons: [...first.reasons, `the second reading is sure of a no (${second.probability}), the rules read something still to come: not yet, nothing moves`],
      secondReading: second,
    };
  return {
    ...first,
    confidence: Math.min(first.confidence, 0.5),
    needsReview: true,
    reasons: [
      ...first.reasons,
      intent === first.intent
        ? yes < p.approve
          ? `the second reading finds the ${intent} only ${Math.round(yes * 100) / 100} likely in the reply's last words`
          : `the second reading finds the ${intent} only ${second.probability} likely`
        : `the second reading takes it for ${intent} (${second.probability}), the rules for ${first.intent}`,
    ],
    secondReading: second,
  };
}

/** A long reply's last words lean to another intent when the model finds it at least this likely there. */
const TAIL_LEANS = 0.5;

/** The likeliest intent of a reading and its probability. */
function likeliestOf(p: Readonly<Record<Intent, number>>): [Intent, number] {
  return Object.entries(p).reduce((a, b) => (b[1] > a[1] ? b : a)) as [Intent, number];
}

/** A reply's text up to its last closing line ("Kind regards,", "Saludos"), or the whole of it. */
function beforeClosing(text: string): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i > 0; i--) if (isClosing((lines[i] ?? '').trim())) return lines.slice(0, i).join('\n');
  return text;
}

/** The second reading of a reply of {@link MIN_WORDS} words or more: each intent's probability and the likeliest. */
function likeliest(text: string, question: StepQuestion, files: readonly string[], model: IntentModel) {
  const words = wordsOf(text);
  if (words.length < MIN_WORDS) return undefined;
  const p = probabilities(words, question, files, model);
  const [intent, probability] = likeliestOf(p);
  // A long reply's yes is as likely as its last words find it too: what holds a yes back often comes last, past the words the
  // model reads first.
  // (Its last words before the closing line: a signature's or a disclaimer's words say nothing of the answer.)
  const body = words.length > MAX_WORDS ? beforeClosing(text) : text;
  const last = words.length > MAX_WORDS ? (body === text ? words : wordsOf(body)).slice(-MAX_WORDS) : [];
  // (Only when those words lean to something else: last words that say little, news or thanks, lower nothing.)
  const tail = last.length >= MIN_WORDS ? probabilities(last, question, files, model) : undefined;
  const [tailIntent, tailProbability] = tail ? likeliestOf(tail) : ['approve', 1];
  const yes = tail && tailIntent !== 'approve' && tailProbability >= TAIL_LEANS ? Math.min(p.approve, tail.approve) : p.approve;
  return { p, yes, intent, probability, words: words.length, second: { intent, probability: Math.round(probability * 100) / 100 } };
}

/**
 * At or above this probability the second reading's choice between telling, asking and acknowledging is taken over the
 * rules': at a step that asks no yes or no, and at one that asks one where neither reading finds a yes or a no.
 */
export const CHOICE = 0.85;

/**
 * The rules' reading at a step that asks no yes or no (a status mail, a request for items, no step
 * at all). Nothing waits on a decision there: what matters is whether the reply tells something,
 * asks something or only acknowledges, and whether it reports a problem or asks for a change. The
 * second reading is right more often than the rules at telling those apart (docs/mail-understanding.md#second-reading),
 * so when it finds telling, asking or acknowledging at {@link CHOICE} or more where the rules read
 * another of these, or a no, its intent is taken, with the reason. It never makes a yes or a no, and
 * never undoes a yes the rules read.
 */
export function chosenBySecondReading<Reading extends Checked>(
  first: Reading,
  text: string,
  question: StepQuestion,
  files: readonly string[],
  model: IntentModel = committed,
): Reading {
  const read = likeliest(text, question, files, model);
  if (!read) return first;
  return chosenBy(first, read, 'at a step that asks no yes or no, it chooses');
}

/** The second reading's choice between telling, asking and acknowledging, taken over the rules' where it is sure; `why` ends the reason. */
function chosenBy<Reading extends Checked>(first: Reading, read: NonNullable<ReturnType<typeof likeliest>>, why: string): Reading {
  const { intent, probability, second } = read;
  // Nor does it make an acknowledgement of a no or a question: "Thanks! The receipts still print the wrong store" is no
  // mere thanks, and a reply read as nothing reaches no one.
  const drops = intent === 'none' && first.intent !== 'inform';
  if (intent === first.intent || isDecision(intent) || first.intent === 'approve' || drops || probability < CHOICE) return { ...first, secondReading: second };
  return {
    ...first,
    intent,
    confidence: second.probability,
    reasons: [...first.reasons, `the second reading takes it for ${intent} (${second.probability}), the rules for ${first.intent}: ${why}`],
    secondReading: second,
  };
}
