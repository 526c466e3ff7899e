import { DECISION_CONFIDENCE, type DocumentName, type Intent, isDecision, type StepQuestion } from './types';
import { NAMES_A_DAY, readClauses, YES_LIKE, type Clause, type ClauseReading } from './clauses';
import { fixedItems, namedCases } from './lists';
import { ATTACHED_WORDS, FILE_OF_CHANGES, spacedWordsOf, withoutMonthDots, wordsOf } from './patterns';
import { checkedBySecondReading, chosenBySecondReading, type IntentModel } from './second-reading';
import { YES_OR_NO, YES_ACTS, type Signal, type Read } from './reads';
import { readOne, SIGNING } from './clause-reading';
import { asksACopiedPerson } from './copied';
import { STRONG_CONDITION, UNLESS, explicitlyOurs, doubtsAbout, inWordsOfApproving, saysNotYet, unread } from './doubts';

export { DECISION_CONFIDENCE, type StepQuestion } from './types';

/**
 * What a reply means at the step it answers, from its clauses (clauses.ts), with a confidence and
 * the clauses that decided. The same words mean different things at different steps: "Yes" answers
 * an approval request, "found two issues" is feedback during testing, "test accounts attached"
 * delivers a requirement. docs/mail-understanding.md#intent states the rules and the confidence.
 */

/** Words that take up what a colleague said ("good idea", "d'accord avec toi"): a yes beside them may be to the colleague. */
const TAKES_UP = spacedWordsOf('takesUp');
/** A day aimed at, not fixed: "target date", "pencilling in", "tbc", "Stand jetzt", "salvo imprevistos" (the `dateTarget` pattern). */
const TARGET = new RegExp(wordsOf('dateTarget', (f) => String.raw`\b${f}\b`));

/** Problems said not to block ("none of these should hold up the launch", "non bloquants", "can be fixed after go-live"). */
const NOT_BLOCKING = new RegExp(wordsOf('notBlocking'));

/** A "but" after the words of not blocking (`the typo blocks nothing, but the refund must be fixed`, the `butWords` pattern). */
const BUT_AFTER = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('butWords')})(?:\s|,|$)`, 'u');

/** A clause that says what it names blocks nothing: not a question or a hypothesis, nor one that goes on with a "but". */
function saidNotToBlock(clause: Clause): boolean {
  const said = NOT_BLOCKING.exec(clause.folded);
  return said !== null && !clause.question && !clause.hypothetical && !BUT_AFTER.test(clause.folded.slice(said.index + said[0].length));
}

/** A problem named a blocker ("that's a blocker", "must be fixed before we sign"): then some problem blocks, whatever else does not. */
const BLOCKER =
  /(?:^|\s)(?:(?:is|that's|thats|it's|its|are|as) (?:a |an absolute |the )?(?:blocker|showstopper)|(?:must|has to|have to|needs to|need to) be (?:fixed|corrected|changed) before)\b/;

/** A file's name that says it holds none ("errors_log_empty.txt", "0_defects.pdf", "no_issues.xlsx"). */
const NONE_IN_FILE = /(?:^|\s)(?:0|no|none|zero|empty|leer|vide|vacio|vuoto|leeg|vazio|keine?|aucune?|ningun[oa]?|nessun[oa]?|geen|nenhum[a]?)(?:\s|$)/;

/** A file's name that says its changes are none or settled ("sans modifications", "ohne Änderungen", "comments_resolved", "changes_accepted"). */
const NONE_IN_FILE_WORDS =
  /(?:^|\s)(?:sans|ohne|sin|senza|zonder|sem|without|resolved|accepted|addressed|closed|done|erledigt|behoben|integrees|geklart|resolus|resueltos|risolti|opgelost|resolvidos)(?:\s|$)/;

/** Words in a file's name that tell how the file is, not that anything is approved. */
const FILE_STATE = new RegExp(`^(?:${wordsOf('fileState')})$`);

export interface Interpretation {
  readonly intent: Intent;
  /** 0 to 1: how sure the reading is of `intent`. */
  readonly confidence: number;
  /**
   * True when the system would not act on the reply alone: a yes or no below {@link DECISION_CONFIDENCE} at a yes-or-no
   * step, or a decision the second reading does not share.
   */
  readonly needsReview: boolean;
  /** The clauses that decided, each with what it was read as. */
  readonly reasons: readonly string[];
  /** The reply asks for something beyond what was agreed (a new feature, more scope), as a statement or a question. */
  readonly scope: boolean;
  /** The reply asks for something to be different (a date, a fee, a field), as a statement or a question. */
  readonly changes: boolean;
  /** Clauses that deliver (not pending, not negated, not asked): where items are looked for. */
  readonly delivered: readonly string[];
  /** Clauses that name something as still to come or missing. */
  readonly pending: readonly string[];
  readonly languages: readonly string[];
  /** The intent the second reading finds likeliest, and how likely (second-reading.ts); absent for a reply under three words or a calendar reply. */
  readonly secondReading?: { readonly intent: Intent; readonly probability: number };
  /** The rules' only doubt about their yes is statements they could not read: a second reading may settle it. */
  readonly settleable?: boolean;
  /** A confirmation read from the launch date given alone, no yes said: the second reading must find the yes likely too. */
  readonly fromDateAlone?: boolean;
  /** An explicit yes in the sender's own voice ("We approve", "je vous confirme"), with nothing beside it that could turn it. */
  readonly explicitYes?: boolean;
  /** The rules read something still to come in what decided (a yes someone has still to give, a review not done, an item to follow). */
  readonly awaits?: boolean;
  /**
   * A no that only says "not yet" (`intent` is `decline`): the yes is still to come, nothing is refused. Nothing moves: the
   * lifecycle records it as information and the step keeps waiting for the answer (docs/mail-understanding.md#not-yet).
   */
  readonly notYet?: boolean;
}

export interface InterpretSignals {
  readonly hasDate: boolean;
  readonly hasContacts: boolean;
  /** Names of the files attached (not inline images). */
  readonly attachmentNames: readonly string[];
  /** Whether the notice quoted below the reply asks for an answer (a question, a please, a reply asked for); unknown when no quoted notice follows it. */
  readonly quoteAsks?: boolean;
  /** The mail the reply answers, the first one quoted under it, is someone else's (a colleague's in a reply-all): a bare 👍 or "OK" answers that mail. */
  readonly answersSomeoneElse?: boolean;
  /** The answer a calendar reply carries (an iCalendar REPLY's PARTSTAT: the button the person pressed), if the mail is one. */
  readonly calendarAnswer?: 'accepted' | 'declined' | 'tentative';
  /** Documents of other steps than the one the reply answers (the work order, at the IDI or the schedule step): a yes to one is not this step's. */
  readonly otherDocuments?: readonly DocumentName[];
  /** The reply names a launch day other than the one the notice it quotes proposes (read.ts): a yes with it is to other terms. */
  readonly anotherDay?: boolean;
  /**
   * The day the reply names with no word of the launch (MailReading.dayNamed) is another than the one the notice proposes: where
   * the step asks for the launch day, it is {@link anotherDay} (read.ts).
   */
  readonly anotherDayNamed?: boolean;
  /** The reply names a day no calendar has ("June 31st", "31. April"): which day it means is for the PM to ask (extract.ts). */
  readonly noSuchDay?: boolean;
  /** The reply has no words of its own (only an attachment, the answer in the subject): its text is the mail it quotes, not read. */
  readonly quotedOnly?: boolean;
  /** No file is attached (a picture inside the text aside): a yes that says its files are attached comes without them. */
  readonly noFiles?: boolean;
  /**
   * The first names, folded (lower case, no accents), of the people the reply is also sent to (To, Cc) from outside our organisation, the sender left
   * out: "Ben, can you confirm to Paytronix directly" asks one of them, not us.
   */
  readonly copied?: readonly string[];
  /** The sender's sentences that name a day within the days of the notice quoted under the reply (read.ts). */
  readonly onTimeline?: readonly string[];
  /** The sender's sentences that count the client's places otherwise than the notice quoted under the reply (counts.ts). */
  readonly otherCount?: readonly string[];
  /** The sender's sentences that name a sum the notice quoted under the reply does not (amounts.ts). */
  readonly otherAmount?: readonly string[];
  /** The sender's sentences that name a web address the notice quoted under the reply does not show (addresses.ts). */
  readonly otherAddress?: readonly string[];
  /** The sender's sentences that call off a place or an event the notice quoted under the reply names (called-off.ts). */
  readonly calledOff?: readonly string[];
  /** The sender's clauses that name the launch by a month, or a part of one, the notice's proposed day is not in (read.ts). */
  readonly otherWindow?: readonly string[];
  /** The notice quoted under the reply invites to a meeting ("You are invited to the Integration Deployment Interview"). */
  readonly noticeInvites?: boolean;
  /** The sender's sentences that name another of our projects (its id) than the one the reply answers (read.ts). */
  readonly otherProject?: readonly string[];
}

/** What the mail around a reply says of it (the notice it quotes, whose mail that is, a calendar button): read once per mail. */
export type MailSignals = Pick<
  InterpretSignals,
  | 'quoteAsks'
  | 'answersSomeoneElse'
  | 'calendarAnswer'
  | 'quotedOnly'
  | 'anotherDay'
  | 'anotherDayNamed'
  | 'noSuchDay'
  | 'noFiles'
  | 'copied'
  | 'onTimeline'
  | 'otherCount'
  | 'otherAmount'
  | 'otherAddress'
  | 'calledOff'
  | 'otherWindow'
  | 'otherProject'
  | 'noticeInvites'
>;

const quote = (c: Clause) => `“${c.text.length > 90 ? `${c.text.slice(0, 87)}…` : c.text}”`;

/** A yes whose object is "it" ("signed it this morning"; or the yes's own words end on it, "signed it"), in English (other languages put the pronoun before the verb). */
const YES_TO_IT = /^\s+it\b/;

/** A reason, where a not yet gives one ("because", "weil", "parce que"). */
const REASON_GIVEN = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('reasonStart')})\s`);
/** The first stop in a clause: a comma, a colon, a semicolon, a bracket or a dash between words. */
const FIRST_STOP = /[,:;(]|\s[-–—]\s/;

/**
 * Whether a refusal that says not yet gives no reason but something still to come: nothing after its first stop, or only
 * what is still to come there (", our legal team is still reviewing it", ": our director has to sign off on anything"), and no
 * "because". ("…yet, the exports don't include the dietary field": a reason, feedback.)
 */
function onlyToComeAfter(clause: Clause): boolean {
  if (REASON_GIVEN.test(clause.folded)) return false;
  const stop = FIRST_STOP.exec(clause.text);
  const after = stop === null ? '' : clause.text.slice(stop.index + stop[0].length).trim();
  return after === '' || readClauses(after).clauses.every((c) => c.pending || c.hits.some((h) => h.pending) || saysNotYet(c.folded));
}

/** A short answer: one or two clauses of at most four words (greetings and thanks aside). */
function isShortAnswer(clauses: readonly Clause[]): boolean {
  const substantive = clauses.filter(
    (c) => !(c.hits.length > 0 && c.hits.every((h) => h.act === 'thanks')) && !/^(hi|hello|hey|dear|hallo|bonjour|hola|ciao|olá|ola|beste|hoi)\b/i.test(c.text),
  );
  return substantive.length > 0 && substantive.length <= 2 && substantive.every((c) => c.words <= 4);
}

/** What beside something still to come may be a reason or a request of its own. */
const besideToCome = (r: Read) =>
  r.signal === 'statement' ||
  r.signal === 'question' ||
  r.signal === 'scope' ||
  r.signal === 'conditional' ||
  r.unread === true ||
  (r.signal === 'no' && r.no !== 'refusal');

function result(
  intent: Intent,
  confidence: number,
  question: StepQuestion,
  decided: readonly Read[],
  rest: Omit<Interpretation, 'intent' | 'confidence' | 'needsReview' | 'reasons'>,
): Interpretation {
  return {
    intent,
    confidence: Math.round(confidence * 100) / 100,
    // A reply to no step in particular may still be taken for a decision (the step the project is at): a doubted one waits too.
    needsReview: isDecision(intent) && (YES_OR_NO.has(question) || question === 'open') && confidence < DECISION_CONFIDENCE,
    reasons: decided.map((r) => `${r.why}: ${quote(r.clause)}`),
    // (Only where nothing beside it could be a reason or a request: a question, new scope, a problem or a change, a statement
    // not read: "Not signing off yet. The session names don't show in the agenda view. We will retest on Monday.")
    ...(decided.some((r) => r.toCome === true) && !decided.some(besideToCome) ? { awaits: true } : {}),
    ...rest,
  };
}

/** Spaces made one, for finding a clause in a sentence. */
const squeezed = (s: string) => withoutMonthDots(s).replace(/\s+/g, ' ').trim();

/**
 * News beside a yes in sentences read from the mail around it (read.ts): "APPROVED. Our whole team will be at Expo West March
 * 11–14", a day of the project's timeline (the notice quoted under the reply names it); "config looks right. its 42 stores now",
 * under a configuration of 38. Whether the plan still holds is for the PM. `inTheYes`: only news told in a clause that says yes.
 */
function newsIn(clauses: readonly Clause[], yes: readonly Read[], said: readonly string[] | undefined, why: string, inTheYes = false): Read[] {
  if (said === undefined) return [];
  const sentences = said.map(squeezed);
  const saidYes = new Set(yes.map((r) => r.clause));
  const inNews = (c: Clause) => !c.question && sentences.some((s) => s.includes(squeezed(c.text)));
  // (The yes's own clause when the news shares it: "works for us, approved, keeping in mind our freeze from November 20…".)
  const news = (inTheYes ? undefined : clauses.find((c) => !saidYes.has(c) && inNews(c))) ?? clauses.find((c) => saidYes.has(c) && inNews(c));
  return news === undefined ? [] : [{ signal: 'not-yet', clause: news, why }];
}

/** The reading of a calendar reply's answer: a yes, a no, or a tentative yes for the PM. */
function calendarRead(answer: NonNullable<InterpretSignals['calendarAnswer']>): Read {
  const clause = readClauses(`(calendar reply: ${answer})`).clauses[0] as Clause;
  if (answer === 'accepted') return { signal: 'yes', clause, why: 'accepts the invitation' };
  if (answer === 'declined') return { signal: 'no', no: 'refusal', clause, why: 'declines the invitation' };
  return { signal: 'weak-yes', clause, why: 'accepts the invitation tentatively' };
}

/**
 * Interprets a reply's new text at a step: the rules read it clause by clause; at a step that asks
 * a yes or a no, the second reading (second-reading.ts) checks the decision they come to, and at
 * any other step it may choose between telling, asking and acknowledging.
 */
export function interpret(
  replyText: string,
  question: StepQuestion,
  signals: InterpretSignals,
  reading: ClauseReading = readClauses(replyText),
  /** The second reading's model: the committed one, or one trained without the replies being measured (an out-of-fold run). */
  model?: IntentModel,
): Interpretation {
  const first = readByRules(question, signals, reading);
  // A reply with no words of its own (only an attachment, the answer in the subject): nothing is read from the mail it quotes.
  if (signals.quotedOnly) return { ...first, reasons: [...first.reasons, 'no words of its own above the mail it quotes: nothing is read from that mail'] };
  // A calendar reply's button says its answer (the model never learned the words around one).
  if (signals.calendarAnswer) return first;
  // A yes or a no read at no step is checked as at a step that asks one: the project's own step may take it for its answer.
  const checked =
    YES_OR_NO.has(question) || (question === 'open' && isDecision(first.intent))
      ? checkedBySecondReading(first, replyText, question, signals.attachmentNames, model)
      : chosenBySecondReading(first, replyText, question, signals.attachmentNames, model);
  // (A "not yet" taken for telling or asking by the second reading is no longer a no.)
  if (checked.notYet === true && checked.intent !== 'decline') {
    const { notYet: _no, ...told } = checked;
    return told;
  }
  return checked;
}

/** The rules' reading of a reply's new text at a step (docs/mail-understanding.md#intent). */
function readByRules(question: StepQuestion, signals: InterpretSignals, reading: ClauseReading): Interpretation {
  const clauses = reading.clauses;
  // A signed document attached is a clause of its own ("signed plan attached" often has no words at all). Read only at a step that
  // asks a yes or a no: nowhere else is what a file's name says taken (a yes below, problems at a test), and a name, a few words in
  // no language, is read in all seven (a fresh process made the index of all seven for an English reply's "Test accounts.xlsx").
  const fileClauses = YES_OR_NO.has(question) ? signals.attachmentNames.flatMap((name) => readClauses(name.replace(/[_.-]+/g, ' ')).clauses) : [];
  const short = isShortAnswer(clauses);
  const fixed = fixedItems(clauses);
  const cases = namedCases(clauses);
  // Documents other steps ask a yes to, for each clause's reading and each file name's.
  const others = signals.otherDocuments ? { others: signals.otherDocuments } : {};
  const reads = clauses.flatMap((c) =>
    readOne(c, question, {
      short,
      fixed: fixed.has(c),
      cases,
      quoteAsked: signals.quoteAsks !== false,
      bareAnswers: signals.quoteAsks !== false && signals.answersSomeoneElse !== true,
      invited: signals.noticeInvites === true,
      ...others,
    }),
  );
  // "…can't find the work order email - signed copy attached. Our CFO signed it this morning": a signature of "it" right after a
  // clause that names another step's document is that document's too (not "I saw the work order in another thread. Accepted it").
  for (const [i, r] of signals.otherDocuments ? reads.entries() : []) {
    if (r.signal !== 'yes') continue;
    const before = clauses[clauses.indexOf(r.clause) - 1];
    if (
      before !== undefined &&
      before.documents.some((d) => signals.otherDocuments?.includes(d.name)) &&
      r.clause.documents.length === 0 &&
      r.clause.hits
        .filter((h) => YES_LIKE.has(h.act) && !h.negated)
        .every((h) => SIGNING.test(h.words) && (/\sit$/.test(h.words) || YES_TO_IT.test(r.clause.folded.slice(h.end))))
    )
      reads[i] = { signal: 'weak-yes', clause: r.clause, why: "a yes to another step's document, named just before" };
  }
  // "Ben, can you confirm to Paytronix directly?", "Jess can you get back to these guys with a date": a question or a request to
  // someone the reply is also sent to asks them, not us; what they are asked for is still to come from them.
  const toColleague = new Set(clauses.filter((c) => asksACopiedPerson(c, signals.copied ?? [])));
  for (const [i, r] of reads.entries())
    if (toColleague.has(r.clause) && (r.signal === 'question' || r.signal === 'statement' || r.signal === 'info'))
      reads[i] = { signal: 'not-yet', clause: r.clause, why: 'asks someone copied on the mail: it waits on them' };
  // The files' names, each read as a clause once (a yes, or at a test the problems found).
  const fileReads = fileClauses.flatMap((c) => readOne(c, question, { short: false, ...others }));
  // A file's name that says how it is ("screenshots_CORRECT.zip", "final_ok.pdf") describes the file, not a yes.
  const fileYes = YES_OR_NO.has(question)
    ? fileReads
        // A file named for another step's document ("PX-2031 Work Order signed.pdf", at the schedule step) is that document.
        .filter((r) => !r.clause.documents.some((d) => signals.otherDocuments?.includes(d.name)))
        .filter((r) => r.signal === 'yes' && r.clause.hits.some((h) => YES_LIKE.has(h.act) && !h.negated && !FILE_STATE.test(h.words)))
    : [];
  // "Accepted: Invitation: Integration Deployment Interview": the person pressed Accept (or Decline) on our invitation. That
  // answers a step that asked to confirm a meeting or a date, never a plan, an order or a test (a meeting about it is not it).
  const answered = signals.calendarAnswer && question === 'confirmation' ? calendarRead(signals.calendarAnswer) : undefined;
  if (answered) reads.push(answered);
  const of = (...signals: Signal[]) => reads.filter((r) => signals.includes(r.signal));
  const delivered = clauses.filter((c) => !c.question && !c.pending && !toColleague.has(c) && !c.hits.some((h) => h.negated || h.pending)).map((c) => c.text);
  const pending = clauses
    .filter((c) => c.pending || toColleague.has(c) || c.hits.some((h) => h.pending || (h.negated && h.act !== 'problem')))
    .map((c) => c.text);
  const rest = {
    scope: reads.some((r) => r.signal === 'scope' || r.scope === true),
    changes: reads.some((r) => r.no === 'change'),
    delivered,
    pending,
    languages: reading.languages,
  };
  // "Die übrigen Punkte sind für uns in Ordnung" with no yes to the first point: what is left out may be a no the rules missed.
  const saidYes = [...of('yes'), ...fileYes];
  const restOnly =
    saidYes.length > 0 && saidYes.every((r) => r.toRest === true) && !of('weak-yes').some((r) => r.clause.hits.some((h) => h.act === 'resolved'));
  const yes = restOnly ? [] : saidYes;
  const weak = [...of('weak-yes'), ...(restOnly ? saidYes : [])];
  // "Voir la pièce jointe" with "retours_recette_3_anomalies_bloquantes.xlsx": at a test, a file named for the problems found is
  // the feedback (never a file that says they are fixed: "defects_fixed.pdf").
  const fileNo =
    question === 'testing'
      ? fileReads.filter((r) => r.signal === 'no' && !NONE_IN_FILE.test(r.clause.folded) && !r.clause.hits.some((h) => h.act === 'resolved'))
      : [];
  const no = [...of('no'), ...fileNo];
  const refusals = no.filter((r) => r.no === 'refusal');
  // "Not yet, legal is still reviewing it", "Nous ne pouvons pas encore signer", "We can't approve it yet": every no a refusal that
  // says not yet and gives no reason but something still to come, and nothing else in the reply but a yes, thanks or something
  // still to come (no problem reported, no change asked, no question, nothing unread: "We can't sign off yet, the exports
  // don't include the dietary field" is feedback): the answer is still to come, and nothing moves (`notYet`).
  const onlyNotYet =
    no.length > 0 &&
    reads.every((r) =>
      r.signal === 'no'
        ? r.no === 'refusal' && saysNotYet(r.clause.folded) && onlyToComeAfter(r.clause)
        : r.toCome === true || r.signal === 'thanks' || r.signal === 'yes' || r.signal === 'weak-yes',
    );
  // "Approved, except the logo": an exception in the clause after a yes makes that yes conditional.
  const exceptions = clauses
    .filter((c) => c.contrast && c.condition && yes.some((r) => r.clause.sentence === c.sentence && r.clause !== c))
    .map((clause): Read => ({ signal: 'conditional', clause, why: 'an exception to a yes' }));
  const conditional = [...of('conditional'), ...exceptions];
  // New scope asked for in a statement ("Please add badge printing too") is a change request, not a question.
  const questions = [...of('question'), ...of('scope').filter((r) => r.clause.question)];
  // New scope asked for in a statement tells what is wanted (a change request to price).
  const informs = [...of('info', 'not-yet'), ...of('scope').filter((r) => !r.clause.question)];
  const statements = of('statement');
  // A date asked about ("are we still on track for the May 12 launch?") is not one given.
  const dateGiven = signals.hasDate && clauses.some((c) => !c.question && /\d/.test(c.text));
  const delivers = dateGiven || signals.attachmentNames.length > 0;
  // A plain statement tells something unless the reply is an acknowledgement ("Received, I'll pass it on").
  const acknowledged = of('thanks').length > 0;
  const gives = delivers || signals.hasContacts || informs.length > 0 || (statements.length > 0 && !acknowledged);

  if (clauses.length === 0 && fileYes.length === 0 && !answered) return result('none', signals.attachmentNames.length > 0 ? 0.6 : 1, question, [], rest);
  // A yes with a condition or an exception is not a yes: the condition is a request for changes.
  if (conditional.length > 0) return result('decline', 0.85, question, [...conditional, ...no], rest);
  if (no.length > 0 && (yes.length > 0 || weak.length > 0)) {
    // "Happy, go ahead and launch. A few small things, none of these should hold up the launch": problems said not to
    // block a yes given. Whether to launch with them is the PM's call: neither the yes nor the no is acted on alone.
    const blocker = clauses.some((c) => BLOCKER.test(c.folded));
    // (Not when a "but" goes on after it, "the typo blocks nothing, but the refund must be fixed": that one does.)
    const unblocking =
      refusals.length === 0 && yes.length > 0 && !blocker
        ? clauses.filter((c, i) => saidNotToBlock(c) && !clauses.slice(i + 1).some((after) => after.contrast && after.sentence === c.sentence))
        : [];
    if (unblocking.length > 0)
      return result(
        'approve',
        0.7,
        question,
        [...yes, ...no, ...unblocking.map((clause): Read => ({ signal: 'not-yet', clause, why: 'problems said not to block the yes' }))],
        rest,
      );
    // "All tested, looks great - approved. Please schedule the launch for Monday the 26th rather than the 19th": at a test, a yes
    // whose only change asked is the launch day. Neither a no (nothing is to be fixed) nor a yes to act on as is (the launch
    // would keep its day): the PM sets the day, then approves.
    const launchDayOnly =
      question === 'testing' && yes.length > 0 && no.every((r) => r.no === 'change' && r.clause.goLiveNamed && NAMES_A_DAY.test(r.clause.folded));
    if (launchDayOnly)
      return result(
        'approve',
        0.7,
        question,
        [...yes, ...no.map((r): Read => ({ ...r, signal: 'not-yet', why: 'another launch day asked beside the yes' }))],
        rest,
      );
    // Testing: what passed and what did not is feedback. Elsewhere a refusal outweighs a yes ("looks
    // good, but we can't accept the fee"); a yes beside a correction is for the PM.
    const sure = question === 'testing' || refusals.length > 0 || no.some((r) => r.clause.request);
    // (Not sure, the no is one a second reading sure of it settles: two readings of a correction beside a yes agree it asks for one.)
    return result('decline', sure ? 0.85 : 0.7, question, [...no, ...yes, ...weak], {
      ...rest,
      ...(sure ? {} : { settleable: true }),
      ...(onlyNotYet ? { notYet: true } : {}),
    });
  }
  if (no.length > 0) return result('decline', questions.length > 0 ? 0.8 : 0.9, question, no, { ...rest, ...(onlyNotYet ? { notYet: true } : {}) });
  if ((yes.length > 0 || weak.length > 0) && questions.length > 0) return result('question', 0.8, question, [...questions, ...yes, ...weak], rest);
  // Ready, but something is still to come (materials to follow): not ready yet.
  // "If you need anything else, let us know": a hypothesis names nothing still to come.
  // (Nor the sender's availability or the next talk: "our office is closed next Monday", "on se parle jeudi".)
  const stillToCome =
    of('not-yet').length > 0 || clauses.some((c) => !c.hypothetical && !c.availability && !fixed.has(c) && (c.pending || c.hits.some((h) => h.pending)));
  if (question === 'readiness' && (yes.length > 0 || weak.length > 0) && stillToCome)
    return result('inform', 0.8, question, [...yes, ...weak, ...informs], rest);
  if (yes.length > 0) {
    const thanked = clauses.some((c) => c.hits.some((h) => h.act === 'thanks'));
    // Only bare words ("OK", "Yes") beside thanks could be an acknowledgement; "Happy to go live" says what it approves.
    const onlyBare = yes.every((r) => r.clause.words <= 4 && !r.clause.hits.some((h) => h.act !== 'yes' && YES_ACTS[question].has(h.act) && !h.negated));
    // A signed file alone says yes a little less surely, unless the words hand it over ("attached, signed").
    const handedOver = of('info').length > 0;
    const confidence = onlyBare && thanked ? 0.6 : fileYes.length === yes.length && clauses.length > 0 && !handedOver ? 0.75 : 0.95;
    // Doubts: anything else in the mail that could turn the yes around, read or not. An approval
    // moves a project; with a doubt the PM decides (docs/mail-understanding.md#confidence).
    // "We approve the project plan as sent", "Hiermit geben wir den Projektplan frei": an explicit approval, unhedged, outweighs
    // the doubts from beside it that say nothing of the step (a long mail's news, its hedges, its plans).
    // (At a step that confirms details, the words of confirming count too: `explicitlyOurs`.)
    const inOwnVoice = (step?: StepQuestion, able = true) =>
      yes.some((r) => !r.clause.hedge && !r.clause.pending && r.clause.hits.some((h) => explicitlyOurs(r.clause.folded, h, step, able)));
    const explicit = inOwnVoice(question);
    // "Confirmamos o cronograma, com o go-live a 8 de junho", under a schedule for 15 June: the yes is to another day.
    // "…go-live on Wednesday, June 31st": a day that does not exist beside the yes; which one is meant is for the PM to ask.
    const dayDoubts: Read[] = [
      ...((question === 'approval' || question === 'confirmation') && signals.anotherDay === true
        ? [{ signal: 'not-yet', clause: yes[0]?.clause as Clause, why: 'a launch day other than the one the notice proposes' } as const]
        : []),
      // "Approved! Go-live the first week of March works perfectly", under a schedule whose go-live is 31 March.
      ...(question === 'approval' || question === 'confirmation'
        ? newsIn(clauses, yes, signals.otherWindow, 'a launch in a month or part of one the notice’s day is not in')
        : []),
      ...(signals.noSuchDay === true ? [{ signal: 'not-yet', clause: yes[0]?.clause as Clause, why: 'a day no calendar has' } as const] : []),
      ...newsIn(clauses, yes, signals.onTimeline, 'news on a day of the project’s timeline'),
      // "Goedgekeurd! De koppeling voor de Vakbeurs Utrecht (INT-1102) werkt prima", answering INT-1160's: the yes may be that one's.
      // (Only in the yes's own sentence: an id told elsewhere in the mail is no answer's object.)
      ...newsIn(clauses, yes, signals.otherProject, 'another of our projects named', true),
      // (Not at a test or a readiness report: "tested in 3 stores" is the test's reach, not the client's count.)
      ...(question === 'testing' || question === 'readiness' ? [] : newsIn(clauses, yes, signals.otherCount, 'a count other than the notice’s')),
      // "approvato. … la tappa di Bologna è stata annullata", under a plan for three venues: the scope approved no longer holds.
      // (Not at a test or a readiness report, where a booking "cancelled" at a venue is the test itself.)
      ...(question === 'testing' || question === 'readiness'
        ? []
        : newsIn(clauses, yes, signals.calledOff, 'a place or event of the notice called off or put off')),
      // "The total on this version is $18,400, and the quote our CFO approved came to $16,900": where a document is approved, a sum
      // the notice does not name.
      ...(question === 'approval' ? newsIn(clauses, yes, signals.otherAmount, 'a sum other than the notice’s') : []),
      // "Config looks good, confirmed. FYI the webhook now lives at https://api.cafemondo.co/px/webhook", under a configuration on
      // cafemondo.com: where the notice lists a set-up with no yes-or-no question (the production configuration), an address of
      // the sender's own is a change to it. (Not at a build or a readiness report, where the sender's own test site and shared
      // folder are the news asked for, nor at a test of that site.)
      ...(question === 'open' ? newsIn(clauses, yes, signals.otherAddress, 'a web address other than the notice’s') : []),
      // "APPROVED - see attached", the file named plan_v3_our_changes.pdf: the yes comes with changes the PM must read.
      // (Not one that says there are none, or that they are settled: "signed_no_changes.pdf", "all_comments_resolved.pdf".)
      ...fileClauses
        .filter((c) => FILE_OF_CHANGES.test(c.folded) && !NONE_IN_FILE.test(c.folded) && !NONE_IN_FILE_WORDS.test(c.folded))
        .slice(0, 1)
        .map((c): Read => ({ signal: 'not-yet', clause: c, why: 'a file of changes or comments beside the yes' })),
      // "Fine by me. … Raj, can you confirm by tomorrow?": the yes waits on a colleague's answer.
      ...of('not-yet').filter((r) => toColleague.has(r.clause)),
      // "Ready for certification, screenshots, video and transactions attached", and no file: the round would open on materials
      // that never came.
      ...(question === 'readiness' && signals.noFiles === true && clauses.some((c) => ATTACHED_WORDS.test(c.folded))
        ? [{ signal: 'not-yet', clause: yes[0]?.clause as Clause, why: 'files said to be attached, and none is' } as const]
        : []),
    ];
    const turning = [...doubtsAbout(clauses, yes, question).filter((d) => !(explicit && d.aside === true)), ...dayDoubts];
    const doubts = [...turning, ...unread(statements, yes, explicit, question)];
    // Only statements the rules could not read are a doubt another reading can settle; a "but", a negation or a yes still
    // to come are read, and they stand.
    // So is a review or a test still to come: the second reading, sure of the yes, settles it (most such replies are a yes and
    // a plan to test what comes next). So is the launch day still to come beside details confirmed ("all correct, I'll confirm
    // the exact day after our committee"): confirmed with no day, the details are taken and the client is asked for the day again
    // (out of fold, 13 replies more acted on, all of them right; writers label such replies approvals).
    const settleable = turning.every((d) => d.settles === true) && confidence >= 0.95;
    if (doubts.length > 0)
      return result('approve', Math.min(confidence, 0.7), question, [...yes, ...doubts], { ...rest, ...(settleable ? { settleable } : {}) });
    // A reply-all to a colleague's mail ("Agreed", "Go ahead" under "let's hold off until…"): the yes may be to the colleague.
    // Settled by a second reading sure of the yes only where the yes is in the words of approving, in the sender's voice or
    // another's ("We approve the schedule as proposed", "Kiln Software approves the proposed schedule"), says more than a word or
    // four, and nothing takes up what the colleague said: a bare "Approved." under a colleague's "can we ask them to push QA to
    // June?" could approve the colleague's proposal, and so could "Good idea, go ahead and ask them" or "OK, that works for me, go
    // ahead Jen". (Until the twelfth round only a yes in the sender's own voice was settled so.)
    if (signals.answersSomeoneElse === true)
      return result(
        'approve',
        Math.min(confidence, 0.7),
        question,
        [...yes, { signal: 'not-yet', clause: yes[0]?.clause as Clause, why: 'a reply to a colleague’s mail: the yes may be to it' }],
        {
          ...rest,
          ...(confidence >= 0.95 &&
          (explicit || yes.some((r) => r.clause.hits.some(inWordsOfApproving))) &&
          yes.some((r) => r.clause.words > 4) &&
          !clauses.some((c) => TAKES_UP.test(c.folded))
            ? { settleable: true }
            : {}),
        },
      );
    // (Exempt from the second reading's floor only a yes in the words of approving, "We approve", "Hiermit geben wir frei": not
    // the words of confirming, "Wir bestätigen Ihnen die Angaben", which a correction before them turns around as easily.)
    const approvedInOwnVoice = explicit && inOwnVoice(undefined, false);
    return result('approve', confidence, question, yes, { ...rest, ...(approvedInOwnVoice ? { explicitYes: true } : {}) });
  }
  if (weak.length > 0) return result('approve', 0.6, question, weak, rest);
  // Details confirmed by giving the launch date the step asked for.
  if (question === 'confirmation' && signals.hasDate && questions.length === 0 && of('not-yet').length === 0) {
    // "June 7 should work I think, but I need to check with our venue": a date, not yet a confirmation.
    const hedged = clauses.filter((c) => c.hedge);
    // "…avec notre nouvelle billetterie, et non avec Weezevent": details corrected, changed or still asked are not confirmed.
    // So is a date on a condition or as a target ("launch june 3 provided the hardware is in", "go live on the 3rd, pending the
    // GM's ok", "Target date June 3", "3 june tbc").
    const amended = clauses.filter(
      (c) =>
        c.corrects ||
        c.anew ||
        c.alters ||
        c.dateChoice ||
        c.asksWhether ||
        c.condition ||
        c.pending ||
        STRONG_CONDITION.test(c.folded) ||
        UNLESS.test(c.folded) ||
        TARGET.test(c.folded),
    );
    return result(
      'approve',
      hedged.length > 0 || amended.length > 0 ? 0.6 : 0.85,
      question,
      [
        ...informs,
        ...hedged.map((clause): Read => ({ signal: 'weak-yes', clause, why: 'hedged' })),
        ...amended.map((clause): Read => ({ signal: 'weak-yes', clause, why: 'details corrected, changed or asked' })),
      ],
      { ...rest, fromDateAlone: true },
    );
  }
  // Where items are asked for, a question beside what the reply delivers asks it: the question goes to someone who can answer
  // it, the delivery is received all the same ("Here are the test accounts. When does development start?"). (Elsewhere what
  // it gives is information the step takes, a launch date at the details: "Our launch date is 12 June. Who runs the training?")
  if (questions.length > 0)
    return delivers && question !== 'delivery'
      ? result('inform', 0.8, question, [...informs, ...questions], rest)
      : result('question', delivers ? 0.8 : 0.9, question, [...questions, ...informs], rest);
  if (gives) return result('inform', informs.length > 0 ? 0.9 : 0.7, question, [...informs, ...statements], rest);
  const thanks = of('thanks');
  return result('none', thanks.length > 0 ? 0.9 : 0.6, question, thanks, rest);
}
