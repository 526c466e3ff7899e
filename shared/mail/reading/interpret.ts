import { DECISION_CONFIDENCE, type DocumentName, type Intent, isDecision, type StepQuestion } from './types';
import { NAMES_A_DAY, readClauses, SELF_NEGATED, wordsBetween, YES_LIKE, type Act, type Clause, type ClauseReading, type Hit } from './clauses';
import { fixedItems, live, namedCases } from './lists';
import { wordsOf } from './patterns';
import { fold } from './lexicon';
import { checkedBySecondReading, chosenBySecondReading, type IntentModel } from './second-reading';

export { DECISION_CONFIDENCE, type StepQuestion } from './types';

/**
 * What a reply means at the step it answers, from its clauses (clauses.ts), with a confidence and
 * the clauses that decided. The same words mean different things at different steps: "Yes" answers
 * an approval request, "found two issues" is feedback during testing, "test accounts attached"
 * delivers a requirement. docs/mail-understanding.md#intent states the rules and the confidence.
 */

/** Steps whose question a yes or no answers. */
const YES_OR_NO: ReadonlySet<StepQuestion> = new Set(['approval', 'confirmation', 'testing', 'readiness']);

/** Something not done yet, in the seven languages ("haven't got to the error messages yet", "noch nicht", "pas encore"). */
/** "as long as", "vorausgesetzt", "à condition que", "siempre que", "purché", "desde que", "mits": a condition that binds. */
const STRONG_CONDITION = new RegExp(wordsOf('strongCondition', (f) => String.raw`\b${f}\b`));
/** A day aimed at, not fixed: "target date", "pencilling in", "tbc", "Stand jetzt", "salvo imprevistos" (the `dateTarget` pattern). */
const TARGET = new RegExp(wordsOf('dateTarget', (f) => String.raw`\b${f}\b`));
/** "tbc", "to be confirmed", "por confirmar", "nog te bevestigen": said not to be confirmed yet. */
const UNCONFIRMED = new RegExp(wordsOf('unconfirmed', (f) => String.raw`\b${f}\b`));
/** "unless", "es sei denn", "sauf si": what follows undoes what the clause says. */
const UNLESS = new RegExp(wordsOf('unlessWords', (f) => String.raw`\b${f}\b`));
const NOT_YET = new RegExp(wordsOf('notYet', (f) => String.raw`\b${f}\b`));
/** "Hold the kickoff until our CFO signs the PO", "wacht met de kick-off tot…", "no empecéis hasta…": the start held back until something is done. */
const HOLD_UNTIL = new RegExp(wordsOf('holdUntil'));

/** "Sent to our director for approval", "zur Freigabe", "per l'approvazione": a yes asked of someone, not given. */
const FOR_A_YES = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('forWords')})\s+(?:(?:${wordsOf('forDeterminers')})\s+)?(?:l')?$`);

/** A preference for things as they are is no change: "we'd prefer to keep the date", "preferimos seguir adelante", "nous préférons garder". */
const PREFERENCE = new RegExp(`^(?:${wordsOf('preference')})`);
const AS_IS = new RegExp(String.raw`^\s+(?:to\s+|not\s+to\s+)?(?:${wordsOf('asIs')})\b`);

/** "I've sent it to our CFO for signature", "zur Freigabe weitergeleitet": the step's yes is someone else's, still to come. */
const SENT_FOR_A_YES = new RegExp(
  [
    // The sender (or their side) sent it on: "I've sent it through DocuSign to our CFO", "ich habe ihn … weitergeleitet".
    // A clause may open on the verb, the sender understood: "Forwarding to Jim for his OK".
    String.raw`(?:(?:^|\s)(?:${wordsOf('sender')})\s+(?:\S+\s+){0,3}?|^)`,
    String.raw`(?:${wordsOf('sentOn')})\b`,
    '[^.;!?]{0,90}?',
    `(?:${wordsOf('forSignature')})`,
    String.raw`(?:\s|[.,;!]|$)`,
  ].join(''),
);

/** German "stimmt … ab" (abstimmen, to agree on a date with someone): no yes. */
const SEPARATED_AB = /^[^,.;!?]*\sab\s*(?:[,.;!?]|$)/;

/** What follows a yes refused for someone else ("confirm anything for her", "on his behalf"). */
const ON_BEHALF = /^\s+(?:\S+\s+){0,2}?(?:for (?:her|him|them)|on (?:her|his|their) behalf|on behalf of)\b/;

/** "Almost ready", "casi listos", "bijna klaar": nearly is not yet (right before the word of being ready; "almost perfect, approved" approves). */
const ALMOST = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('almost')})\s+$`);
const READY_WORD = new RegExp(`^(?:${wordsOf('readyWords')})\\b`);

/** A yes whose subject is a day or an hour ("Thursday at 2 works great", "10am is fine"): a meeting slot taken, not the step's answer. */
const SLOT_BEFORE = new RegExp(
  String.raw`(?:(?:^|\s)(?:${wordsOf('slotDayPart')}|${wordsOf('slotDays')})(?:\s+(?:(?:${wordsOf('slotAt')})\s+)?\d{1,2}(?::\d{2}|h\d{0,2})?\s*(?:${wordsOf('clock')}|h)?)?|(?:^|\s)\d{1,2}(?::\d{2})?\s*(?:${wordsOf('clock')}))(?:\s+(?:et|ct|mt|pt|est|edt|cst|cdt|pst|pdt|cet|cest|gmt|utc|bst))?\s*$`,
);

/** An explicit approval's words (`approve`, `freigeben`, `aprobación`), not a plain "fine" or "looks right". */
const EXPLICIT_YES = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('explicitYes')})(?:\s|$)`, 'u');

/** A word of contrast anywhere in a clause, opening it or not ("However, I think the launch might slip"). */
const CONTRAST_WORD = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('butWords')}|${wordsOf('adverbialContrast')})(?:\s|,|$)`, 'u');

/**
 * A clause that says nothing the reader knows, asks nothing, sets no condition, names no going live and nothing to come,
 * and turns nothing: its hedge is beside the point ("Tom will probably click around in the sandbox"; not "Probably best to
 * hold the launch until legal has seen it").
 */
const besideThePoint = (clause: Clause) =>
  clause.hits.length === 0 &&
  !clause.request &&
  !clause.condition &&
  !clause.hypothetical &&
  !clause.goLiveNamed &&
  !clause.pending &&
  !clause.contrast &&
  !CONTRAST_WORD.test(clause.folded);

/** The sender speaking, first in a phrase or right before its verb: "I", "we", "hereby", "wir", "hiermit", "nous"… */
const OWN_VOICE_AT_END = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('ownVoice')})\s*$`, 'u');
const OWN_VOICE_FIRST = new RegExp(String.raw`^\s*(?:${wordsOf('ownVoice')})(?:\s|$)`, 'u');
const OWN_BY_AT_END = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('ownBy')})\s*$`, 'u');
const OWN_VOICE = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('ownVoice')})(?:\s|$)`, 'u');

/**
 * A bare yes that the sender's own statement follows, with nothing the reader knows in it ("Yes, I'll be there", "Yes, we
 * have 14 locations"): it answers another question of the notice, not the step's. Not "Yes, June 7" nor "Yes, the plan".
 */
function yesToAStatement(clause: Clause, bare: Hit): boolean {
  const rest = clause.folded.slice(bare.end).replace(/^[\s,.!:;-]+/, '');
  const after = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return after.length >= 2 && OWN_VOICE_FIRST.test(rest) && !clause.hits.some((h) => h !== bare && h.at >= bare.end);
}

/** A negator anywhere in a clause ("don't", "nicht", "pas"). */
const NEGATOR = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('negators')})(?:\s|$)|n't\b`, 'u');

/**
 * An explicit approval in the sender's own voice: its words say approve (not a plain "fine"), and in their phrase nothing
 * before them or the sender right before them ("APPROVED - GO AHEAD", "we approve the integration for launch", "Hiermit
 * geben wir den Projektplan frei"; not "Marketing approved the campaign plan", nor "Our marketing team approved it").
 */
function explicitlyOurs(folded: string, h: Hit): boolean {
  if (h.negated || h.pending || !YES_LIKE.has(h.act) || !EXPLICIT_YES.test(h.words)) return false;
  const before = (
    folded
      .slice(0, h.at)
      .split(/[,;:!.-]/)
      .pop() ?? ''
  ).trim();
  // ("consider this our sign-off", "unsere Freigabe": a possessive of the sender's right before the yes is theirs too.)
  return before === '' || OWN_VOICE_AT_END.test(before) || OWN_BY_AT_END.test(before) || OWN_VOICE.test(h.words);
}

/**
 * A day of the month, as a subject before a yes ("The 17th for certification works for us", "June 3 works"): at a step
 * that asks for a test's verdict, the yes takes a date, not the step's answer.
 */
const DAY_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:\d{1,2}(?:st|nd|rd|th)|(?:${wordsOf('dateWords', fold)})\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.?\s+(?:${wordsOf('dateWords', fold)}))(?:\s+(?:${wordsOf('forWords')})\s+\S+(?:\s+\S+)?)?\s*$`,
  'u',
);

/** "The costs are Harbor Grill's to approve", "that's up to our CFO to sign off": a yes that is someone else's to give. */
const SOMEONE_ELSES = String.raw`(?:(?:\S's|s'|\btheirs|\bhers|\bhis)\s+|\bup to\s+(?!you\b|us\b|me\b|date\b)(?:[^\s,.;]+\s+){1,3}?)to\s+`;
/** Before a yes word: it is someone else's to give. */
const OTHERS_TO_GIVE = new RegExp(`${SOMEONE_ELSES}$`);
/** Anywhere in a clause: the step's yes is someone else's ("… Harbor Grill's to approve"). */
const SOMEONE_ELSES_YES = new RegExp(String.raw`${SOMEONE_ELSES}(?:approve|sign|sign off|confirm)\b`);

/** Problems said not to block ("none of these should hold up the launch", "non bloquants", "can be fixed after go-live"). */
const NOT_BLOCKING = new RegExp(wordsOf('notBlocking'));

/** A yes followed by a part it leaves out: "…, el presupuesto no.", "…, las imágenes todavía no", "…, the budget not". */
const PART_REFUSED = new RegExp(String.raw`,\s*[^,]{1,40}\s(?:${wordsOf('partNot')})\s*[.!]?\s*$`);
/** "… but not the budget", "mais pas le budget", "pero no el presupuesto" (not "last but not least", "but not only"). */
const CONTRAST_NOT = new RegExp(String.raw`^(?:${wordsOf('butWords')})\s+(?:${wordsOf('notWords')})\b(?!\s+(?:${wordsOf('notOnly')})\b)`);
/** "… but only phase 1", "pero solo la fase 1": a yes to a part of it only. */
const CONTRAST_ONLY = new RegExp(String.raw`^(?:${wordsOf('butWords')})\s+(?:${wordsOf('onlyWords')})\b`);

/** A problem named a blocker ("that's a blocker", "must be fixed before we sign"): then some problem blocks, whatever else does not. */
const BLOCKER =
  /(?:^|\s)(?:(?:is|that's|thats|it's|its|are|as) (?:a |an absolute |the )?(?:blocker|showstopper)|(?:must|has to|have to|needs to|need to) be (?:fixed|corrected|changed) before)\b/;

/** "Please confirm in writing…", "merci de confirmer": a confirmation the sender asks for, not one given. */
const ASKS_TO_CONFIRM = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('please')})\s+$`);
const CONFIRM_WORD = new RegExp(`^(?:${wordsOf('confirmStems')})`);

/** The nouns of a yes ("approval", "the OK", "Freigabe"): one can be needed rather than given. */
const YES_NOUN = new RegExp(`^(?:${wordsOf('yesNouns')})$`);
/** A yes, as a noun or a verb, up to four words after a "before" ("before we sign off", "avant de donner notre approbation"). */
const YES_AFTER = new RegExp(String.raw`^\s+(?:\S+\s+){0,3}?(?:${wordsOf('yesAfter')})\b`);

/** What makes one needed, before it ("we need the CFO's approval", "è necessaria l'approvazione", "serve l'ok")... */
const NEEDED_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('neededBefore')})\s+(?:\S+\s+){0,3}(?:l'|dell'|d')?$`);
/** ...or after it ("the director's approval is needed"). */
const NEEDED_AFTER = new RegExp(String.raw`^\s+(?:\S+\s+){0,3}?(?:is |are )?(?:${wordsOf('neededAfter')})\b`);
const neededYes = (h: Hit, folded: string) => YES_NOUN.test(h.words) && (NEEDED_BEFORE.test(folded.slice(0, h.at)) || NEEDED_AFTER.test(folded.slice(h.end)));

/** Steps whose yes a review or a test still to come holds back. */
const REVIEW_STEPS: ReadonlySet<StepQuestion> = new Set(['approval', 'confirmation', 'testing', 'readiness']);

/** Steps where "I confirm that we have 18 stores" tells a fact: nothing there asked for a confirmation. */
const CONFIRMS_A_FACT: ReadonlySet<StepQuestion> = new Set(['open', 'status', 'delivery']);

/** What a zero can count that makes it "none of them": "shows 0 errors", "zeigt 0 Fehler". */
const ZERO_OF = new RegExp(String.raw`^\s+(?:${wordsOf('problemNouns')})\b`);
/** A zero in words ("zero", "null", "cero"), or the digit. */
const ZERO = new RegExp(String.raw`(?:^|\s)(?:0|${wordsOf('zeroWords')})$`);
/** A relative pronoun right before a yes: a yes described of someone else ("our CFO, who signs off on…"). */
const RELATIVE_BEFORE = new RegExp(String.raw`(?:^|\s)(${wordsOf('relative')})\s+$`);
/** An auxiliary of the past passive right before a yes: "the budget was approved internally". */
const PAST_PASSIVE_BEFORE = new RegExp(String.raw`(?:^|\s)(${wordsOf('pastAux')})\s+(?:\S+\s+)?$`);
/** "She approved it", "he signed off": a yes whose subject is someone else, right before it (a word between; in English only: other languages' pronouns are also "it"). */
const THIRD_PERSON_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('thirdPerson')})\s+(?:\S+\s+)?$`);
/** "Most tests passed", "9 of 10 test cases passed", "die meisten Tests": a part of it. */
const PART_BEFORE = new RegExp(
  String.raw`(?:(?:^|\s)(?:${wordsOf('mostWords')})\s+(?:\S+\s+){0,3}|(?:^|\s)(\d+)\s*(?:${wordsOf('countOf')}|/)\s*(\d+)\s+(?:\S+\s+){0,3})$`,
);
/** "validated by my colleague": a yes by someone other than the sender's side. */
const BY_SOMEONE_ELSE = new RegExp(String.raw`^\s*(?:\S+\s+)?(${wordsOf('byWords')})\s+(?!(${wordsOf('ownBy')})(?![\p{L}\p{N}]))`, 'u');

/** "or" in the seven languages, between two answers offered as alternatives (and a word of their own: "or your changes"). */
const ALTERNATIVE = new RegExp(String.raw`^[\s,]*(?:${wordsOf('orWords')})\s+(?:\S+\s+){0,2}$`);
/** The other answer a yes can be offered beside: a change, a problem, a refusal, a no. */
const ALTERNATIVE_ACTS: ReadonlySet<string> = new Set(['change', 'amend', 'problem', 'refuse', 'no']);

/** Words in a file's name that tell how the file is, not that anything is approved. */
const FILE_STATE = new RegExp(`^(?:${wordsOf('fileState')})$`);

/** The acts that say yes at each kind of step (besides a bare `yes` as the whole answer). */
const YES_ACTS: Readonly<Record<StepQuestion, ReadonlySet<Act>>> = {
  approval: new Set(['approve']),
  confirmation: new Set(['approve']),
  testing: new Set(['approve', 'pass']),
  readiness: new Set(['done', 'approve', 'pass']),
  // Nothing is approved by a delivery: "validated by marketing" describes an item.
  delivery: new Set(),
  // Nothing was asked: "all good on our end" is how things stand, not an approval of anything.
  status: new Set(),
  open: new Set(['approve']),
};

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
  /** Documents of earlier steps than the one the reply answers (the work order, at the schedule step): a yes to one is not this step's. */
  readonly earlierDocuments?: readonly DocumentName[];
  /** The reply has no words of its own (only an attachment, the answer in the subject): its text is the mail it quotes, not read. */
  readonly quotedOnly?: boolean;
}

/** What the mail around a reply says of it (the notice it quotes, whose mail that is, a calendar button): read once per mail. */
export type MailSignals = Pick<InterpretSignals, 'quoteAsks' | 'answersSomeoneElse' | 'calendarAnswer' | 'quotedOnly'>;

type Signal = 'yes' | 'weak-yes' | 'no' | 'conditional' | 'not-yet' | 'question' | 'scope' | 'info' | 'statement' | 'thanks';

interface Read {
  readonly signal: Signal;
  readonly clause: Clause;
  readonly why: string;
  /** For a no: what kind of no it is (a change asked for counts as a change request after approval). */
  readonly no?: 'refusal' | 'problem' | 'change';
  /** It asks for more than was agreed. */
  readonly scope?: boolean;
  /** A yes to the rest only ("the other points are fine"): something else is left out, unless another clause says yes. */
  readonly toRest?: boolean;
  /** A doubt a second reading sure of the yes may settle. */
  readonly settles?: boolean;
  /**
   * A doubt from beside the yes that says nothing of the step (a hedge, a plain word of things to come, statements not
   * read): an explicit approval of the step outweighs it.
   */
  readonly aside?: boolean;
}

/** A clause that asks for something to be different, with the words that asked. */
const asksChange = (clause: Clause, hits: readonly Hit[]): Read => ({
  signal: 'no',
  no: 'change',
  clause,
  why: `asks for a change (${hits.map((h) => h.words).join(', ')})`,
});

const quote = (c: Clause) => `“${c.text.length > 90 ? `${c.text.slice(0, 87)}…` : c.text}”`;

/** A short answer: one or two clauses of at most four words (greetings and thanks aside). */
function isShortAnswer(clauses: readonly Clause[]): boolean {
  const substantive = clauses.filter(
    (c) => !(c.hits.length > 0 && c.hits.every((h) => h.act === 'thanks')) && !/^(hi|hello|hey|dear|hallo|bonjour|hola|ciao|olá|ola|beste|hoi)\b/i.test(c.text),
  );
  return substantive.length > 0 && substantive.length <= 2 && substantive.every((c) => c.words <= 4);
}

/*
 * What readOne asks of a clause's hits, at module level (not closures made anew for every clause: the reader's cost).
 */

/** A problem word inside a yes phrase is part of it ("signed off by" is no "off by"). */
function overlapsYes(hits: readonly Hit[], h: Hit): boolean {
  return hits.some((y) => y !== h && YES_LIKE.has(y.act) && !y.negated && y.at < h.end && y.end > h.at);
}

/** "0 failed API calls": a count of none. "Monitoring shows 0 errors": a zero that counts problems counts none. */
function countsNone(folded: string, h: Hit): boolean {
  return /(?:^|[\s(,;:])0\s+(?:\S+\s+)?$/.test(folded.slice(0, h.at)) || (ZERO.test(h.words) && ZERO_OF.test(folded.slice(h.end)));
}

/** "Sie bekommen unsere Freigabe oder Änderungswünsche bis Freitag": a yes offered beside its other answer is no answer. */
function offeredBeside(hits: readonly Hit[], folded: string, h: Hit): boolean {
  return hits.some(
    (k) =>
      ALTERNATIVE_ACTS.has(k.act) &&
      ((k.at >= h.end && ALTERNATIVE.test(folded.slice(h.end, k.at))) || (h.at >= k.end && ALTERNATIVE.test(folded.slice(k.end, h.at)))),
  );
}

/** "I don't want to confirm anything for her": a yes left to someone else, still to come, not refused. */
function leftToOthers(folded: string, h: Hit): boolean {
  return h.negated && ON_BEHALF.test(folded.slice(h.end));
}

/** A yes whose subject is the rest ("the rest is fine", "o restante está correto"): something else is left out of it. */
function toRest(clause: Clause, h: Hit): boolean {
  return clause.rest.some((end) => end <= h.at);
}

/** A yes about a part ("most tests passed"; "9 of 10 passed", not "10 of 10"). */
function partOf(folded: string, h: Hit): boolean {
  const before = folded.slice(0, h.at);
  const m = PART_BEFORE.exec(before);
  // "Most …" is a part; counted ("9 of 10"), a part unless all of them.
  return m !== null && (m[1] === undefined || m[1] !== m[2]);
}

/** The hits of these acts that are not negated (stated, whatever their tense). */
function stated(hits: readonly Hit[], acts: readonly Act[]): Hit[] {
  return hits.filter((h) => acts.includes(h.act) && !h.negated);
}

/** A verb of changing inside a yes phrase is part of it ("let's move forward"). */
function insideYes(hits: readonly Hit[], yesActs: readonly Act[], h: Hit): boolean {
  return hits.some((y) => y !== h && yesActs.includes(y.act) && y.at <= h.at && y.end >= h.end);
}

/** What the reader knows of a clause besides its own words: the reply it stands in, the notice it answers, the step. */
interface ClauseContext {
  /** The whole reply is a short answer: a bare "Yes" or "OK" in it counts. */
  readonly short: boolean;
  /** The clause is an item of a list of fixes ("All three points are fixed:"). */
  readonly fixed?: boolean;
  /** Error cases named as tested ("checked for: wrong password, locked account"): cases, not problems. */
  readonly cases?: ReadonlySet<Hit>;
  /** The notice quoted below the reply asked for an answer, or it is unknown. */
  readonly quoteAsked?: boolean;
  /** A bare yes answers our notice, not a colleague's mail quoted in a reply-all. */
  readonly bareAnswers?: boolean;
  /** Documents of earlier steps than the one the reply answers. */
  readonly earlier?: readonly DocumentName[];
}

function readOne(clause: Clause, question: StepQuestion, context: ClauseContext): Read[] {
  const { short, fixed = false, cases = new Set<Hit>(), quoteAsked: asked = true, bareAnswers = asked, earlier = [] } = context;
  const out: Read[] = [];
  const yesActs = [...YES_ACTS[question]] as Act[];
  const hits = clause.hits;
  // "Just need the fee fixed": a fix asked for is a change, not one reported.
  const resolved = live(hits, ['resolved']).filter(
    (r) => !hits.some((h) => h.act === 'change' && h.at <= r.at && h.end >= r.end && h.end - h.at > r.end - r.at),
  );
  // "If anything needs to change, shout": a change or a problem in a condition is a hypothesis, not a report.
  const hypothetical = clause.hypothetical && live(hits, yesActs).length === 0;
  // A problem stands whatever its tense ("points aren't being awarded", "komen niet door"): only a negation or a resolution takes it back.
  const problems =
    resolved.length > 0 || hypothetical
      ? []
      : hits.filter((h) => h.act === 'problem' && !h.negated && !cases.has(h) && !overlapsYes(hits, h) && !countsNone(clause.folded, h));
  // A bare yes counts as the whole answer, or opening the reply in a short first clause ("Yes, go ahead", "Thursday at 2 works.").
  // Not under a quoted point: a bare "OK" there answers that point only, not the step. Nor to a notice
  // that asked nothing: a 👍 to "round 1 starts Monday" acknowledges it.
  const answering = YES_OR_NO.has(question) && !clause.answersQuote && (short || (clause.opening && clause.words <= 5));
  // A bare "OK" under a colleague's mail (a reply-all) answers that mail, not our notice quoted further down.
  const answers = answering && bareAnswers;
  // "Please send the plan approval to her": the noun in a request is not a yes.
  // A yes described of someone else ("our CFO, who signs off on anything over $2,500") is not the sender's.
  const folded = clause.folded;
  // "Go-live early June", "Go-live Jul 6 needs the franchisee vote first": where the step asks for details or a document's yes, a
  // "go" before "live" names the go-live; it is no bare yes. (At a test, "All tested, go live" is the yes asked.)
  const goLiveNamed = (h: Hit) => h.words === 'go' && (question === 'confirmation' || question === 'approval') && /^[- ]?live\b/.test(folded.slice(h.end));
  // A short "OK" or "Sounds good" under a notice that asked nothing acknowledges it, like a 👍.
  const said = (asked || !short ? live(hits, yesActs) : []).filter(
    (h) =>
      !goLiveNamed(h) &&
      !(clause.request && /^approv(al|e)$/.test(h.words)) &&
      !RELATIVE_BEFORE.test(folded.slice(0, h.at)) &&
      !FOR_A_YES.test(folded.slice(0, h.at)) &&
      !OTHERS_TO_GIVE.test(folded.slice(0, h.at)) &&
      !(CONFIRM_WORD.test(h.words) && ASKS_TO_CONFIRM.test(folded.slice(0, h.at))) &&
      !(/^stimm/.test(h.words) && SEPARATED_AB.test(folded.slice(h.end))) &&
      !(CONFIRMS_A_FACT.has(question) && /^confirm/.test(h.words) && /^\s+(?:que|that|dass|che|dat|qu')/.test(folded.slice(h.end))) &&
      !neededYes(h, folded) &&
      !offeredBeside(hits, folded, h),
  );
  // "Noted, nothing to add from our side" to a notice that asked nothing: no objection raised, nothing approved.
  const noObjection = question === 'open' && said.length > 0 && said.every((h) => SELF_NEGATED.test(h.words));
  const yes = noObjection
    ? []
    : [...said, ...(answers ? live(hits, ['yes']).filter((h) => !neededYes(h, folded) && !yesToAStatement(clause, h) && !goLiveNamed(h)) : [])];
  // A negated yes still to come ("isn't done yet") is a not yet, below; one refused for the future is refused ("we will not be approving").
  const negatedYes = hits.filter((h) => yesActs.includes(h.act) && h.negated && (!h.pending || h.future === true) && !leftToOthers(folded, h));
  const pendingYes = hits.filter((h) => (yesActs.includes(h.act) || h.act === 'resolved') && ((h.pending && !h.negated) || leftToOthers(folded, h)));
  // A refusal stands in the future too ("we will hold off").
  const refusals = hits.filter((h) => h.act === 'refuse' && !h.negated);
  // Saying something is wrong asks for a change; a verb of changing does only when it is asked for.
  // A change asked for "before we sign" is still asked for now: only a negation takes it back.
  // "The errors we reported (wrong message, no refresh) are fixed": what a resolution names is neither a problem nor a change asked.
  const changes =
    hypothetical || resolved.length > 0
      ? []
      : [...stated(hits, ['change']), ...(clause.request ? stated(hits, ['amend']) : [])].filter(
          (h) => !cases.has(h) && !insideYes(hits, yesActs, h) && !(PREFERENCE.test(h.words.split(' ').at(-1) ?? '') && AS_IS.test(folded.slice(h.end))),
        );
  // "No, all good!": a no that goes on to say yes is "no problem".
  // A bare "No" answering one of our quoted points refuses that point; a bare "OK" there approves only its point, not the step.
  // "No corrections from our side": a "no" that negates a change or a problem after it refuses nothing.
  const noneToChange = hits.some((h) => h.negated && ['change', 'amend', 'problem'].includes(h.act));
  const bareNo =
    (answering || (clause.answersQuote && YES_OR_NO.has(question))) && yes.length === 0 && !noneToChange
      ? hits.filter((h) => h.act === 'no' && h.at === 0)
      : [];
  // New scope asked for stands in the future too ("for phase 2 we'll want to add the lead scans"); only a negation takes it back.
  const scope = hits.some((h) => h.act === 'scope' && !h.negated) && (clause.question || clause.request);

  if (clause.question) {
    // "Can we switch on the birthday reward too?" asks for something: no small talk, whatever its words.
    if (clause.smallTalk && !scope && !clause.request) return [{ signal: 'thanks', clause, why: 'small talk' }];
    // "Could we move the QA date to 16 April?" to an approval request: a request for changes, asked.
    // At a testing step only a change that says what is wrong or should differ counts ("go live on the 26th instead?").
    const asked = question === 'testing' ? changes.filter((h) => h.act === 'change') : changes;
    // "Could we postpone the launch to 14 June?" to a yes-or-no question: asking to hold off is a no, asked.
    if (refusals.length > 0 && YES_OR_NO.has(question))
      return [{ signal: 'no', no: 'refusal', clause, why: `asks to hold off (${refusals.map((h) => h.words).join(', ')})` }];
    if (!scope && asked.length > 0 && (question === 'approval' || question === 'confirmation' || question === 'open' || question === 'testing'))
      return [asksChange(clause, changes)];
    out.push({ signal: scope ? 'scope' : 'question', clause, why: scope ? 'asks for more scope' : 'asks' });
    return out;
  }
  // Each item under "All three points are fixed:" says what was fixed, whatever words it uses ("duplicates are now rejected").
  if (fixed) return [{ signal: 'info', clause, why: 'an item of a list of fixes' }];
  // New scope asked for before a document is approved is a change to it ("Please move the kick-off and add badge printing"); elsewhere it
  // is new scope to price (a change request once the plan or order is approved). Either way the reading says scope was asked.
  if (scope && (question === 'approval' || question === 'confirmation'))
    out.push({ signal: 'no', no: 'change', scope: true, clause, why: 'asks for more scope' });
  else if (scope) out.push({ signal: 'scope', clause, why: 'asks for more scope' });
  // The words that asked for scope ("add") are not a change besides it; another verb of changing is ("move the kick-off").
  const otherChanges = changes.filter((h) => !hits.some((k) => k.act === 'scope' && k.at <= h.at && k.end >= h.end));
  if (refusals.length > 0 || negatedYes.length > 0 || bareNo.length > 0)
    out.push({ signal: 'no', no: 'refusal', clause, why: `refuses (${[...refusals, ...negatedYes, ...bareNo].map((h) => h.words).join(', ')})` });
  // "Approved. Don't start the work until the PO is signed", "Bitte wartet mit dem Kickoff, bis die Bestellung da ist": whatever
  // the yes beside it, the work is held back until something is done (the `holdUntil` pattern).
  else if (YES_OR_NO.has(question) && HOLD_UNTIL.test(folded))
    out.push({ signal: 'no', no: 'refusal', clause, why: 'holds the start until something is done' });
  // A problem is feedback on what was asked; in one's own work (QA nearly done, one bug left) it is work still to do.
  if (problems.length > 0 && question === 'readiness')
    out.push({ signal: 'not-yet', clause, why: `a problem still open (${problems.map((h) => h.words).join(', ')})` });
  else if (problems.length > 0 && question !== 'delivery')
    out.push({ signal: 'no', no: 'problem', clause, why: `reports a problem (${problems.map((h) => h.words).join(', ')})` });
  if (otherChanges.length > 0 && question === 'readiness')
    out.push({ signal: 'not-yet', clause, why: `work still to do (${otherChanges.map((h) => h.words).join(', ')})` });
  // At a status step a change beside new scope ("outside the original scope, send the paperwork for the change") is new work
  // to price, not a no; a change of plan there ("we want to push the launch back") still is one.
  else if (otherChanges.length > 0 && question !== 'delivery' && !(question === 'status' && hits.some((h) => h.act === 'scope')))
    out.push(asksChange(clause, otherChanges));
  const resolvedYes = question === 'testing' || question === 'readiness' ? resolved : [];
  // "Approved for the pilot store", "Freigegeben für die Pilotfiliale", "approved for a 90-day trial": a yes to a part only.
  if (YES_OR_NO.has(question) && yes.length > 0 && clause.partOnly)
    return [...out, { signal: 'not-yet', clause, why: `a yes to a part only (${yes.map((h) => h.words).join(', ')})` }];
  // "Most tests passed", "9 of 10 test cases passed": part of it, a pass of it all still to come.
  if ((question === 'testing' || question === 'readiness') && yes.length > 0 && yes.every((h) => partOf(folded, h)))
    return [...out, { signal: 'not-yet', clause, why: `a part of it (${yes.map((h) => h.words).join(', ')})` }];
  // "70% of development is done": part of it, not done.
  if (question === 'readiness' && /(?<!\d)(?:[1-9]\d?|0)\s?%/.test(clause.text) && yes.length > 0)
    return [...out, { signal: 'not-yet', clause, why: `done in part (${yes.map((h) => h.words).join(', ')})` }];
  // "Almost ready", "nearly all passed": not yet.
  if (question === 'readiness' && yes.some((h) => READY_WORD.test(h.words) && ALMOST.test(folded.slice(0, h.at))))
    return [...out, { signal: 'not-yet', clause, why: `nearly, not yet (${yes.map((h) => h.words).join(', ')})` }];
  if (yes.length > 0 || resolvedYes.length > 0) {
    const words = [...yes, ...resolvedYes].map((h) => h.words).join(', ');
    // "validated by my colleague last week": someone else's yes, reported: the PM checks it.
    // "The budget was approved internally": a yes told in the past passive is about something, not the answer.
    const past = yes.some((h) => PAST_PASSIVE_BEFORE.test(folded.slice(0, h.at)));
    // "I approved the invoice for the deposit": a yes to something else than the step asks for. So is a yes to a
    // meeting ("Thursday works for the walkthrough, I've accepted the invite"), but where the step confirms details or a meeting.
    // So is a yes to an earlier step's document ("attached is the signed work order", in a reply to the schedule's notice).
    const earlierNamed = clause.documents.filter((d) => earlier.includes(d.name)).map((d) => d.at);
    const elsewhere = [...clause.elsewhere, ...(question === 'confirmation' ? [] : clause.meeting), ...earlierNamed];
    // An earlier document named inside the yes's own words ("the signed work order") is not this step's yes either.
    // Only when every yes of the clause is the slot's: "Monday works, approved" approves.
    const slotted = yes.filter((h) => SLOT_BEFORE.test(folded.slice(0, h.at)) || (question === 'testing' && DAY_BEFORE.test(folded.slice(0, h.at))));
    const slot =
      question !== 'confirmation' &&
      slotted.length > 0 &&
      yes.every((h) => slotted.some((s) => s === h || (s.at <= h.at && s.end >= h.end) || (h.at <= s.at && h.end >= s.end)));
    const other =
      slot ||
      yes.some((h) => elsewhere.some((at) => (earlierNamed.includes(at) && at >= h.at && at < h.end) || (at >= h.end && wordsBetween(folded, h.end, at) <= 3)));
    const reported =
      past ||
      other ||
      // "Jenna said on our call that the dates work for them": another person's words, reported. "She approved it, see below": hers.
      yes.some((h) => clause.reports.some((end) => end <= h.at) || THIRD_PERSON_BEFORE.test(folded.slice(0, h.at))) ||
      yes.some((h) => BY_SOMEONE_ELSE.test(folded.slice(h.end)));
    // Ready once something is done: not ready yet. A yes once something is done: a condition (a request for it).
    if (clause.condition && question === 'readiness') out.push({ signal: 'not-yet', clause, why: `ready on a condition (${words})` });
    else if (clause.condition) out.push({ signal: 'conditional', clause, why: `approves with a condition (${words})` });
    // "to decide whether we go ahead": a yes weighed, not given.
    else if (clause.hypothetical) out.push({ signal: 'not-yet', clause, why: `a yes only weighed (${words})` });
    else if (clause.hedge) out.push({ signal: 'weak-yes', clause, why: `hedged yes (${words})` });
    else if (other) out.push({ signal: 'weak-yes', clause, why: `a yes to something else than this step asks (${words})` });
    // "Il resto per noi va bene", "the other points are fine": a yes to the rest leaves something out (unless another clause says yes to it).
    else if (yes.length > 0 && yes.every((h) => toRest(clause, h))) out.push({ signal: 'yes', toRest: true, clause, why: `a yes to the rest only (${words})` });
    else if (reported) out.push({ signal: 'weak-yes', clause, why: `someone else’s yes, reported (${words})` });
    else if (yes.length === 0) out.push({ signal: 'weak-yes', clause, why: `an earlier problem resolved (${words})` });
    else out.push({ signal: 'yes', clause, why: `says yes (${words})` });
  } else if (pendingYes.length > 0) {
    out.push({ signal: 'not-yet', clause, why: `not done yet (${pendingYes.map((h) => h.words).join(', ')})` });
  }
  // Nothing was asked at a status step: "all good on our end" tells how things stand.
  // So does "no errors, no complaints": a problem denied.
  if (
    out.length === 0 &&
    question === 'status' &&
    (live(hits, ['approve', 'pass', 'done', 'resolved']).length > 0 || hits.some((h) => h.act === 'problem' && (h.negated || countsNone(clause.folded, h))))
  )
    out.push({ signal: 'info', clause, why: 'tells how things stand' });
  if (out.length === 0 && live(hits, ['info']).length > 0) out.push({ signal: 'info', clause, why: 'gives information' });
  if (out.length === 0 && clause.pending) out.push({ signal: 'info', clause, why: 'says what is still to come' });
  if (out.length === 0 && hits.some((h) => h.act === 'thanks')) out.push({ signal: 'thanks', clause, why: 'thanks or acknowledges' });
  // A statement of some length that none of the above reads still tells something (a status, a plan).
  if (out.length === 0 && hits.length === 0 && clause.words >= 6) out.push({ signal: 'statement', clause, why: 'a statement' });
  return out;
}

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
    ...rest,
  };
}

/**
 * What in a reply could turn its yes around: a clause opened by "but" or "however" that says no
 * yes itself, a negation outside the yes (not "no issues"), something still to come, a hedge.
 */
function doubtsAbout(clauses: readonly Clause[], yes: readonly Read[], question: StepQuestion): Read[] {
  const yesClauses = new Set(yes.map((r) => r.clause));
  // Answers written under our quoted lines are in the reply text, and read.
  const answeredInline = clauses.some((c) => c.answersQuote === true);
  const doubts: Read[] = [];
  for (const clause of clauses) {
    // "Las fechas están bien, el presupuesto no", "the dates suit us, but not the budget": a part of it refused.
    if (PART_REFUSED.test(clause.folded) || (clause.contrast && (CONTRAST_NOT.test(clause.folded) || CONTRAST_ONLY.test(clause.folded)))) {
      doubts.push({ signal: 'not-yet', clause, why: 'a part of it refused' });
      continue;
    }
    // "I've sent it to our CFO for signature", "the costs are Harbor Grill's to approve": the yes that counts is someone
    // else's, still to come (however the clause reads, its own yes too: "approved on our side, up to our CFO to sign off").
    if (SENT_FOR_A_YES.test(clause.folded) || SOMEONE_ELSES_YES.test(clause.folded) || clause.othersYes) {
      doubts.push({ signal: 'not-yet', clause, why: 'the yes that counts is someone else’s' });
      continue;
    }
    // "I'll review the work order itself with our finance team next week", "we'll start testing tomorrow": the answer is still to come.
    if (clause.toReview && REVIEW_STEPS.has(question)) {
      doubts.push({ signal: 'not-yet', clause, why: 'still to be reviewed or tested', settles: true });
      continue;
    }
    // "Details look right. Priya will firm up the exact date with you": the step asked for the date too, and it is still to come.
    if (question === 'confirmation' && clause.dateToCome) {
      doubts.push({ signal: 'not-yet', clause, why: 'the launch date still to come' });
      continue;
    }
    // "Looks good overall, see my answers below in red": the answers that count are where the reader does not read
    // (unless they are here: answers written under our quoted lines are kept with them, and read).
    if (clause.elsewhereAnswers && !answeredInline) {
      doubts.push({ signal: 'not-yet', clause, why: 'the answers are somewhere else' });
      continue;
    }
    // "Approved internally, waiting for the client's sign-off", "Ok from ops. Waiting for finance.": still to come from someone.
    if (clause.awaitsOthers) {
      doubts.push({ signal: 'not-yet', clause, why: 'still waiting for someone' });
      continue;
    }
    // "Tested and working. Go live for the pilot store only please": the yes is limited to a part.
    if (!yesClauses.has(clause) && clause.partOnly) {
      doubts.push({ signal: 'not-yet', clause, why: 'a part only' });
      continue;
    }
    // "Approved. Please don't launch until we've trained the staff": going live on a condition, in a clause of its own.
    // (Not a polite "if possible": a going live held back, "don't … until", "nicht vor"; held back to a day named, "switch it
    // live next Tuesday and not before", it gives the launch date.)
    if (!yesClauses.has(clause) && clause.condition && clause.goLiveNamed && NEGATOR.test(clause.folded) && !NAMES_A_DAY.test(clause.folded)) {
      doubts.push({ signal: 'not-yet', clause, why: 'going live on a condition' });
      continue;
    }
    // "Approved without the loyalty module", "Freigegeben. Zur Info: die Kiosk-Anbindung fällt weg", "we crossed out the monthly
    // minimum": the sender changed the terms or the scope; the yes is to something other than what was asked.
    if (clause.alters && (question === 'approval' || question === 'confirmation')) {
      doubts.push({ signal: 'not-yet', clause, why: 'terms or scope changed beside the yes' });
      continue;
    }
    // "Looks good. The fee is $300, not $500": a detail corrected.
    if (clause.corrects) {
      doubts.push({ signal: 'not-yet', clause, why: 'a detail corrected beside the yes' });
      continue;
    }
    // "Thanks, the plan looks good. Please let me know if staff training is included in the setup fee": something still asked.
    // (A tag question asks whatever its tag word: "Training's included, right".)
    if ((clause.asksWhether && !yesClauses.has(clause)) || clause.tagged) {
      doubts.push({ signal: 'not-yet', clause, why: 'a question beside the yes' });
      continue;
    }
    // "Looks right! Launch June 3 or 10": the launch date is still a choice.
    if (question === 'confirmation' && clause.dateChoice) {
      doubts.push({ signal: 'not-yet', clause, why: 'a choice of dates' });
      continue;
    }
    // "Approved at a setup fee of $1,500", "Freigegeben zu 1.500 €": a yes at a price of the sender's own; the PM compares it
    // with the document's. (Fees restated as listed, "we approve the fees as listed ($4,800 setup)", are the document's.)
    if (question === 'approval' && clause.amount) {
      doubts.push({ signal: 'not-yet', clause, why: 'an amount beside the yes' });
      continue;
    }
    // "Avant de donner notre approbation, nous voudrions ajouter…": the yes comes after something else.
    if (clause.before.some((end) => YES_AFTER.test(clause.folded.slice(end).split(/[,;:]/)[0] ?? ''))) {
      doubts.push({ signal: 'not-yet', clause, why: 'the yes comes after something else' });
      continue;
    }
    // "Testing looks fine, we'll confirm the go-live next week": beside its yes, the clause names the yes that counts as still to come.
    if (yesClauses.has(clause) && clause.approvalToCome) {
      doubts.push({ signal: 'not-yet', clause, why: 'the yes that counts still to come' });
      continue;
    }
    // "correct. launch june 3 tbc", "Launch June 7, not set in stone": the day named (in the clause or its sentence), not confirmed.
    if (
      question === 'confirmation' &&
      UNCONFIRMED.test(clause.folded) &&
      clauses.some((c) => c.sentence === clause.sentence && (c.goLiveNamed || NAMES_A_DAY.test(c.folded)))
    ) {
      doubts.push({ signal: 'not-yet', clause, why: 'the launch date not confirmed' });
      continue;
    }
    // "Details look right. Launch is June 3 unless the venue moves us": the launch on a condition, where the step asks for its date.
    // (Not a polite "if that's doable": an "unless", whatever clause it cuts, or a change of the launch on a condition, "we may
    // push the launch if…".)
    const changedIf = (clause.condition || clause.hypothetical) && clause.hits.some((h) => h.act === 'amend' || h.act === 'change' || h.act === 'refuse');
    if (question === 'confirmation' && (UNLESS.test(clause.folded) || (!yesClauses.has(clause) && clause.goLiveNamed && changedIf))) {
      doubts.push({ signal: 'not-yet', clause, why: 'the launch on a condition' });
      continue;
    }
    // "Approved – as long as the training is included", "All correct. Launch June 3, provided the hardware arrives": a
    // condition in a clause of its own (cut off by a dash or a full stop) holds the yes as much as one beside it.
    // (The words of a condition that binds, the `strongCondition` pattern: not an "if anyone wants it" or a "once per session".)
    if (!yesClauses.has(clause) && STRONG_CONDITION.test(clause.folded) && !clause.smallTalk) {
      doubts.push({ signal: 'not-yet', clause, why: 'a condition beside the yes' });
      continue;
    }
    // (Small talk never hides a part not done: "I'll mull it over this weekend".)
    if (yesClauses.has(clause) || (clause.smallTalk && !NOT_YET.test(clause.folded))) continue;
    const acts = clause.hits.map((h) => h.act);
    const partNotDone = question !== 'confirmation' && NOT_YET.test(clause.folded);
    // (A hedged date is a doubt where the step asks for one: "The launch date could slip a week".)
    if (acts.length > 0 && acts.every((a) => a === 'thanks' || a === 'info') && !partNotDone && !(question === 'confirmation' && clause.hedge)) continue;
    const says = (list: readonly Act[]) => acts.some((a) => list.includes(a));
    // A yes still to come ("but we still need to confirm") is no yes.
    const saysYes = clause.hits.some((h) => !h.pending && !h.negated && ['approve', 'pass', 'done', 'resolved'].includes(h.act));
    if (clause.contrast && (clause.request || clause.pending || says(['refuse', 'change', 'amend', 'problem', 'no'])) && !saysYes)
      doubts.push({ signal: 'not-yet', clause, why: 'a “but” after the yes' });
    else if (clause.hits.some((h) => h.negated && ['approve', 'pass', 'done', 'yes'].includes(h.act)))
      doubts.push({ signal: 'not-yet', clause, why: 'a negation beside the yes' });
    // (In a clause of its own that asks nothing and has no yes word, a hedge is beside the point: "Tom will probably click around in the sandbox".)
    else if (clause.hedge) doubts.push({ signal: 'not-yet', clause, why: 'a hedge beside the yes', aside: besideThePoint(clause) });
    // "The success messages are approved. Haven't got to the error messages yet": a part not done yet. (Details confirmed with
    // "we haven't locked the date yet" are confirmed: the date is asked for on its own.)
    else if (partNotDone && !saysYes) doubts.push({ signal: 'not-yet', clause, why: 'a part not done yet beside the yes' });
    // "Final sign-off is with Karen": the yes that counts is still someone else's to give.
    // "Waiting on Karen for the final go": a clause of something still to come that names a yes.
    // (A go-live wished for on a day named gives the launch date: "Wat ons betreft gaan we op maandag 15 maart live".)
    else if (!clause.goLiveOn && clause.hits.some((h) => h.pending && !h.negated && ['approve', 'done'].includes(h.act)))
      doubts.push({ signal: 'not-yet', clause, why: 'the yes that counts still to come' });
    // A plain word of things to come beside the yes ("Fine, Kevin will send these", "assim que estiverem prontas").
    else if (!clause.goLiveOn && clause.pending && clause.hits.some((h) => YES_LIKE.has(h.act) && !h.negated))
      doubts.push({ signal: 'not-yet', clause, why: 'the yes that counts still to come', aside: !clause.contrast && !CONTRAST_WORD.test(clause.folded) });
  }
  return doubts;
}

/**
 * Much the reader did not read: when statements it found no meaning in (of eight words or more)
 * outnumber the clauses that said yes, what it missed could turn the yes around.
 */
function unread(statements: readonly Read[], yes: readonly Read[]): Read[] {
  const long = statements.filter((r) => r.clause.words >= 8);
  return long.length >= 1 && long.length > yes.length
    ? [{ signal: 'not-yet', clause: long[0]?.clause as Clause, why: `${long.length} statements not read beside the yes` }]
    : [];
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
  return YES_OR_NO.has(question) || (question === 'open' && isDecision(first.intent))
    ? checkedBySecondReading(first, replyText, question, signals.attachmentNames, model)
    : chosenBySecondReading(first, replyText, question, signals.attachmentNames, model);
}

/** The rules' reading of a reply's new text at a step (docs/mail-understanding.md#intent). */
function readByRules(question: StepQuestion, signals: InterpretSignals, reading: ClauseReading): Interpretation {
  const clauses = reading.clauses;
  // A signed document attached is a clause of its own ("signed plan attached" often has no words at all).
  const fileClauses = signals.attachmentNames.flatMap((name) => readClauses(name.replace(/[_.-]+/g, ' ')).clauses);
  const short = isShortAnswer(clauses);
  const fixed = fixedItems(clauses);
  const cases = namedCases(clauses);
  const reads = clauses.flatMap((c) =>
    readOne(c, question, {
      short,
      fixed: fixed.has(c),
      cases,
      quoteAsked: signals.quoteAsks !== false,
      bareAnswers: signals.quoteAsks !== false && signals.answersSomeoneElse !== true,
      ...(signals.earlierDocuments ? { earlier: signals.earlierDocuments } : {}),
    }),
  );
  // A file's name that says how it is ("screenshots_CORRECT.zip", "final_ok.pdf") describes the file, not a yes.
  const fileYes = YES_OR_NO.has(question)
    ? fileClauses
        .flatMap((c) => readOne(c, question, { short: false, ...(signals.earlierDocuments ? { earlier: signals.earlierDocuments } : {}) }))
        // A file named for an earlier step's document ("PX-2031 Work Order signed.pdf", at the schedule step) is that document.
        .filter((r) => !r.clause.documents.some((d) => signals.earlierDocuments?.includes(d.name)))
        .filter((r) => r.signal === 'yes' && r.clause.hits.some((h) => YES_LIKE.has(h.act) && !h.negated && !FILE_STATE.test(h.words)))
    : [];
  // "Accepted: Invitation: Integration Deployment Interview": the person pressed Accept (or Decline) on our invitation. That
  // answers a step that asked to confirm a meeting or a date, never a plan, an order or a test (a meeting about it is not it).
  const answered = signals.calendarAnswer && question === 'confirmation' ? calendarRead(signals.calendarAnswer) : undefined;
  if (answered) reads.push(answered);
  const of = (...signals: Signal[]) => reads.filter((r) => signals.includes(r.signal));
  const delivered = clauses.filter((c) => !c.question && !c.pending && !c.hits.some((h) => h.negated || h.pending)).map((c) => c.text);
  const pending = clauses.filter((c) => c.pending || c.hits.some((h) => h.pending || (h.negated && h.act !== 'problem'))).map((c) => c.text);
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
  const no = of('no');
  const refusals = no.filter((r) => r.no === 'refusal');
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
    const unblocking = refusals.length === 0 && yes.length > 0 && !blocker ? clauses.filter((c) => NOT_BLOCKING.test(c.folded)) : [];
    if (unblocking.length > 0)
      return result(
        'approve',
        0.7,
        question,
        [...yes, ...no, ...unblocking.map((clause): Read => ({ signal: 'not-yet', clause, why: 'problems said not to block the yes' }))],
        rest,
      );
    // Testing: what passed and what did not is feedback. Elsewhere a refusal outweighs a yes ("looks
    // good, but we can't accept the fee"); a yes beside a correction is for the PM.
    const sure = question === 'testing' || refusals.length > 0 || no.some((r) => r.clause.request);
    return result('decline', sure ? 0.85 : 0.7, question, [...no, ...yes, ...weak], rest);
  }
  if (no.length > 0) return result('decline', questions.length > 0 ? 0.8 : 0.9, question, no, rest);
  if ((yes.length > 0 || weak.length > 0) && questions.length > 0) return result('question', 0.8, question, [...questions, ...yes, ...weak], rest);
  // Ready, but something is still to come (materials to follow): not ready yet.
  // "If you need anything else, let us know": a hypothesis names nothing still to come.
  const stillToCome = of('not-yet').length > 0 || clauses.some((c) => !c.hypothetical && !fixed.has(c) && (c.pending || c.hits.some((h) => h.pending)));
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
    const explicit = yes.some((r) => !r.clause.hedge && !r.clause.pending && r.clause.hits.some((h) => explicitlyOurs(r.clause.folded, h)));
    const turning = doubtsAbout(clauses, yes, question).filter((d) => !(explicit && d.aside === true));
    const doubts = [...turning, ...(explicit ? [] : unread(statements, yes))];
    // Only statements the rules could not read are a doubt another reading can settle; a "but", a negation or a yes still
    // to come are read, and they stand.
    // So is a review or a test still to come: the second reading, sure of the yes, settles it (most such replies are a yes and
    // a plan to test what comes next). A launch date still to come is not settled: the step asked for it.
    const settleable = turning.every((d) => d.settles === true) && confidence >= 0.95;
    if (doubts.length > 0)
      return result('approve', Math.min(confidence, 0.7), question, [...yes, ...doubts], { ...rest, ...(settleable ? { settleable } : {}) });
    // A reply-all to a colleague's mail ("Agreed", "Go ahead" under "let's hold off until…"): the yes may be to the colleague.
    if (signals.answersSomeoneElse === true)
      return result(
        'approve',
        Math.min(confidence, 0.7),
        question,
        [...yes, { signal: 'not-yet', clause: yes[0]?.clause as Clause, why: 'a reply to a colleague’s mail: the yes may be to it' }],
        rest,
      );
    return result('approve', confidence, question, yes, rest);
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
  if (questions.length > 0)
    return delivers ? result('inform', 0.8, question, [...informs, ...questions], rest) : result('question', 0.9, question, questions, rest);
  if (gives) return result('inform', informs.length > 0 ? 0.9 : 0.7, question, [...informs, ...statements], rest);
  const thanks = of('thanks');
  return result('none', thanks.length > 0 ? 0.9 : 0.6, question, thanks, rest);
}
