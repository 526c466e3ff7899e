import type { DocumentName, StepQuestion } from './types';
import { openBracketAt, phraseBefore, SELF_NEGATED, wordsBetween, YES_LIKE, type Act, type Clause, type Hit } from './clauses';
import { live } from './lists';
import { fragmentsOf, spacedWordsOf, wholeWordsOf, wordsOf } from './patterns';
import { holdsAddress } from '../address';
import { fold } from './lexicon';
import { LANGUAGES } from './languages';
import { YES_OR_NO, SOMEONE_ELSES, YES_ACTS, type Read } from './reads';

/**
 * One clause read at the step it answers (`readOne`): its yes, its no, its question, what it still waits for, and the
 * reasons, in the reply's languages. interpret.ts weighs the clauses' reads into one intent; docs/mail-understanding.md#intent.
 */

/** Words of receipt ("received", "recibido", "bien reçu"), over folded text. */
const RECEIPT = wholeWordsOf(['receipt']);
const RECEIPTS = wholeWordsOf(['receipt'], 'gu');
/** Words of approving ("approved", "aprobado"): a yes of its own beside a receipt ("Noted, approved"). */
const APPROVING = wholeWordsOf(['explicitYes']);

/** The clause says nothing but a word of liking ("perfect", "perfecto": one word each) and words of receipt or thanks. */
function onlyLikingAndReceipt(folded: string, hits: readonly Hit[]): boolean {
  const liking = hits.filter((h) => h.act === 'yes' || h.act === 'approve');
  if (liking.some((h) => /\s/.test(h.words.trim()) || APPROVING.test(h.words))) return false;
  let rest = folded;
  for (const h of hits) if (h.act === 'yes' || h.act === 'approve' || h.act === 'thanks') rest = rest.replaceAll(h.words, ' ');
  return !/\p{L}/u.test(rest.replace(RECEIPTS, ' '));
}

/** "Hold the kickoff until our CFO signs the PO", "wacht met de kick-off tot…", "no empecéis hasta…": the start held back until something is done. */
const HOLD_UNTIL = new RegExp(wordsOf('holdUntil'));
/** Words of scope that only add to what is said (the `scopeAside` pattern): "also", "as well", "another". */
const SCOPE_ASIDE = new RegExp(`^(?:${wordsOf('scopeAside')})$`, 'u');
/** A document's scope or a revised version of it, named (the `scopeNamed` pattern): "add it to the scope", "send a revised plan". */
const SCOPE_NAMED = new RegExp(wordsOf('scopeNamed'), 'u');
/** A later phase named by its number, in any of the languages ("phase 2", "Phase II", "fase 2"). */
const LATER_PHASE = /\b(?:phase|fase)\s*(?:[2-9]|ii|two|zwei|deux|dos|twee|due|dois)\b/;

/** "please stop by!", "stop by our booth": a visit invited, no refusal (not "please stop by Friday all work on the build"). */
const VISIT_AFTER = /^\s+(?:by|in|over)(?:\s*[!.]*\s*$|\s+(?:our|my|the office|the booth|and|for|if|sometime|anytime|to say)\b)/;

/** Thanks passed on to someone ("Please also pass on my thanks to Priya", "Richten Sie bitte auch Frau Klein unseren Dank aus"). */
const THANKS_PASSED_ON = wholeWordsOf(['thanksPassedOn']);
/** Words of a look taken ("reviewed", "gone through", "abgeglichen", "avons vérifié": the `lookTaken` pattern), and the words that deny one. */
const LOOK_TAKEN = wholeWordsOf(['lookTaken'], 'gu');
/** A look taken, not one wished, owed, supposed or still to take (`lookNotTaken` right before it): "I'd want her to read that section". */
const LOOK_NOT_TAKEN = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('lookNotTaken')})\s+$`, 'u');
const lookTaken = (folded: string) => [...folded.matchAll(LOOK_TAKEN)].some((m) => !LOOK_NOT_TAKEN.test(folded.slice(Math.max(0, m.index - 12), m.index)));
const NEGATOR = wholeWordsOf(['negators', 'verbNegators']);
/** Words that join another request after thanks passed on ("and add…", "und nehmen Sie…", a comma). */
const JOINED_AFTER = /[,;]|(?:^|\s)(?:and|und|et|y|e|en|ed|plus|sowie|also|auch|aussi|tambien|anche|ook|tambem)(?:\s|$)/;
/**
 * A word of scope that only adds thanks passed on ("Please also thank Mei", "Richten Sie bitte auch Frau Klein unseren Dank aus"),
 * or is said in them ("pass on our thanks for the extra effort"): in the thanks or a few words before them, nothing joined between
 * them or after them.
 */
function onlyThanks(folded: string, h: Hit): boolean {
  const m = THANKS_PASSED_ON.exec(folded);
  if (m === null) return false;
  if (JOINED_AFTER.test(folded.slice(m.index + m[0].length))) return false;
  if (h.at >= m.index) return true;
  return wordsBetween(folded, h.end, m.index) <= 6 && !JOINED_AFTER.test(folded.slice(h.end, m.index));
}

/**
 * "Die Rechnung zur Anzahlung ist freigegeben", "La factura de la certificación ya está aprobada", "Jullie factuur 2024-118 is
 * goedgekeurd": another thing to approve opens the yes's phrase as its subject (a word or two before it, then at most eight words to
 * the yes, no stop or comma between, no document of the process named between): the yes is to it. Only where that thing heads
 * its phrase: a figure, a small word of its own or the verb after it (`HEADS_ITS_PHRASE`), not another noun ("the payment
 * integration plan is approved", "Invoice layout approved"), and nothing joined to it ("Budget and timeline approved").
 */
function subjectElsewhere(clause: Clause, h: Hit): boolean {
  const folded = clause.folded;
  return clause.elsewhere.some(
    (at) =>
      at < h.at &&
      wordsBetween(folded, at, h.at) <= 8 &&
      !/[,;:.!?]/.test(folded.slice(at, h.at)) &&
      wordsBetween(phraseBefore(folded, at), 0, Infinity) <= 2 &&
      !clause.documents.some((d) => d.at > at && d.at < h.at) &&
      headsItsPhrase(folded, at, h.at) &&
      !JOINED.test(folded.slice(at, h.at)),
  );
}

/** What may follow a thing that heads its phrase: a figure or a code, a small word of its own (`headFollowers`). */
const HEADS_ITS_PHRASE = new RegExp(String.raw`^\s*(?:[\d#(]|(?:${wordsOf('headFollowers')})(?![\p{L}]))`, 'u');
/**
 * "and" or "or" between two words (each language's `andOr`; not the Italian and Portuguese "e", which folds to the "è" and "é" of
 * "la fattura è approvata").
 */
const JOINED = new RegExp(
  String.raw`(?<![\p{L}])(?:${fragmentsOf('andOr')
    .filter((word) => word !== 'e')
    .join('|')})(?![\p{L}])`,
  'u',
);

/** Whether the word at `at` heads its phrase: right before the yes, or followed by a figure or one of `headFollowers`. */
function headsItsPhrase(folded: string, at: number, yesAt: number): boolean {
  const word = /^[\p{L}'-]+/u.exec(folded.slice(at))?.[0] ?? '';
  const after = at + word.length;
  return /^\s*$/.test(folded.slice(after, yesAt)) || HEADS_ITS_PHRASE.test(folded.slice(after));
}

/** A caveat announced, opening the clause ("One more thing:", "Only thing -"): its words of scope ("one more") ask for nothing. */
const CAVEAT_OPENING = new RegExp(String.raw`^\s*(?:${wordsOf('caveatLead')})\s*[:–—-]`);

/** The go-live named as a thing ("go-live", "go live": the `goLiveNoun` pattern). */
const GO_LIVE_NOUN = new RegExp(`^(?:${wordsOf('goLiveNoun')})\\b`);

/**
 * "Go-live early June", "Go-live Jul 6 needs the franchisee vote first": where the step asks for details or a document's yes,
 * a yes word that opens the go-live's name names it; it is no yes. (At a test, "All tested, go live" is the yes asked.)
 */
const namesTheGoLive = (h: Hit, folded: string, question: StepQuestion) =>
  (question === 'confirmation' || question === 'approval') && GO_LIVE_NOUN.test(folded.slice(h.at));

/** "Sent to our director for approval", "zur Freigabe", "per l'approvazione": a yes asked of someone, not given. */
const FOR_A_YES = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('forWords')})\s+(?:(?:${wordsOf('forDeterminers')})\s+)?(?:l')?$`);

/** A preference for things as they are is no change: "we'd prefer to keep the date", "preferimos seguir adelante", "nous préférons garder". */
const PREFERENCE = new RegExp(`^(?:${wordsOf('preference')})`);

const AS_IS = new RegExp(String.raw`^\s+(?:to\s+|not\s+to\s+)?(?:${wordsOf('asIs')})\b`);

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

const OWN_VOICE_FIRST = new RegExp(String.raw`^\s*(?:${wordsOf('ownVoice')})(?:\s|$)`, 'u');

/** A letter or a digit: a word, not a sign (made once: see lexicon.ts's MARKS). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A bare yes that the sender's own statement follows, with nothing the reader knows in it ("Yes, I'll be there", "Yes, we
 * have 14 locations"): it answers another question of the notice, not the step's. Not "Yes, June 7" nor "Yes, the plan".
 */
function yesToAStatement(clause: Clause, bare: Hit): boolean {
  const rest = clause.folded.slice(bare.end).replace(/^[\s,.!:;-]+/, '');
  const after = rest.split(/\s+/).filter((w) => LETTER_OR_DIGIT.test(w));
  return after.length >= 2 && OWN_VOICE_FIRST.test(rest) && !clause.hits.some((h) => h !== bare && h.at >= bare.end);
}

/**
 * A day of the month, as a subject before a yes ("The 17th for certification works for us", "June 3 works"): at a step
 * that asks for a test's verdict, the yes takes a date, not the step's answer.
 */
const DAY_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:\d{1,2}(?:st|nd|rd|th)|(?:${wordsOf('dateWords', fold)})\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.?\s+(?:${wordsOf('dateWords', fold)}))(?:\s+(?:${wordsOf('forWords')})\s+\S+(?:\s+\S+)?)?\s*$`,
  'u',
);

/** Before a yes word: it is someone else's to give. */
const OTHERS_TO_GIVE = new RegExp(`${SOMEONE_ELSES}$`);

/** "Please confirm in writing…", "merci de confirmer": a confirmation the sender asks for, not one given. */
const ASKS_TO_CONFIRM = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('please')})\s+$`);

const CONFIRM_WORD = new RegExp(`^(?:${wordsOf('confirmStems')})`);

/** The nouns of a yes ("approval", "the OK", "Freigabe"): one can be needed rather than given. */
const YES_NOUN = new RegExp(`^(?:${wordsOf('yesNouns')})$`);

/** What makes one needed, before it ("we need the CFO's approval", "è necessaria l'approvazione", "serve l'ok")... */
const NEEDED_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('neededBefore')})\s+(?:\S+\s+){0,3}(?:l'|dell'|d')?$`);

/** ...or after it ("the director's approval is needed"). */
const NEEDED_AFTER = new RegExp(String.raw`^\s+(?:\S+\s+){0,3}?(?:is |are )?(?:${wordsOf('neededAfter')})\b`);

const neededYes = (h: Hit, folded: string) => YES_NOUN.test(h.words) && (NEEDED_BEFORE.test(folded.slice(0, h.at)) || NEEDED_AFTER.test(folded.slice(h.end)));

/** Steps where "I confirm that we have 18 stores" tells a fact: nothing there asked for a confirmation. */
const CONFIRMS_A_FACT: ReadonlySet<StepQuestion> = new Set(['open', 'status', 'delivery']);

/** What a zero can count that makes it "none of them": "shows 0 errors", "zeigt 0 Fehler". */
const ZERO_OF = new RegExp(String.raw`^\s+(?:${wordsOf('problemNouns')})\b`);

/** A zero in words ("zero", "null", "cero"), or the digit. */
const ZERO = new RegExp(String.raw`(?:^|\s)(?:0|${wordsOf('zeroWords')})$`);

/** A zero right before what it counts, a word between at most ("0 failed API calls", "cero problemas", "zero open issues"). */
// (Not "null": beside English it is a value, "returns null errors on every call".)
const ZERO_BEFORE = new RegExp(
  String.raw`(?:^|[\s(,;:])(?:0|${wordsOf('zeroWords')
    .split('|')
    .filter((w) => w !== 'null')
    .join('|')})\s+(?:\S+\s+)?$`,
);

/** A relative pronoun right before a yes: a yes described of someone else ("our CFO, who signs off on…"). */
const RELATIVE_BEFORE = new RegExp(String.raw`(?:^|\s)(${wordsOf('relative')})\s+$`);

/** An auxiliary of the past passive right before a yes: "the budget was approved internally". */
const PAST_PASSIVE_BEFORE = new RegExp(String.raw`(?:^|\s)(${wordsOf('pastAux')})\s+(?:\S+\s+)?$`);

/**
 * Whether words of reporting ending at `end` are a yes's own words ("de acordo com" of "de acordo com o cronograma"): they end inside
 * a yes, or right after it, and what follows is the document agreed with ("de acordo com o João", "… com o nosso diretor" report).
 */
function agreesWith(clause: Clause, yes: readonly Hit[], end: number): boolean {
  return AGREED_DOCUMENT.test(clause.folded.slice(end)) && yes.some((y) => y.at < end && end <= y.end + 5);
}
/** What a step asks to agree with, right after those words: the schedule, the plan, the proposal, the dates (folded). */
const AGREED_DOCUMENT =
  /^\s*(?:\p{L}{1,3}\s+)?(?:cronograma|calendario|plano|planejamento|planificacion|plan|proposta|propuesta|escopo|alcance|datas?|fechas?|orcamento|presupuesto|contrato|ordem|orden|documento|resumo|resumen)\b/u;

/** Words of reporting right after a yes ("Approved, says our CFO", "OK laut unserem Geschäftsführer"): the yes is theirs, reported. */
const REPORTED_AFTER = new RegExp(
  String.raw`^[\s,;:–-]*(?:\S+\s+)?(?:${LANGUAGES.flatMap((l) => l.reporting)
    .map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\p{L}])`,
  'u',
);

/** "Hereby", "hiermit", "par la présente": the yes is given in the writing itself. */
const HEREBY = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('hereby')})(?:\s|$)`, 'u');
/** What puts a yes in a clause of its own, or in someone's words, after "hereby": "hereby inform you that…", "con la presente vi comunico che…". */
const NOT_THE_SAME_YES = /\b(?:that|dass|que|che|dat|said|says|told|laut|volgens|segun|secondo|selon|segundo)\b|:/;

/** Whether a yes of the clause is given "hereby", nothing between them that makes it another's ("Freigabe … ist hiermit erteilt"). */
function hereby(folded: string, yes: readonly Hit[]): boolean {
  const m = HEREBY.exec(folded);
  if (m === null) return false;
  const at = m.index;
  return yes.some((h) => !NOT_THE_SAME_YES.test(h.at < at ? folded.slice(h.end, at) : folded.slice(at + m[0].length, h.at)));
}
/** "She approved it", "he signed off": a yes whose subject is someone else, right before it (a word between; in English only: other languages' pronouns are also "it"). */
const THIRD_PERSON_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('thirdPerson')})\s+(?:\S+\s+)?$`);
/** The same where the verb ends the clause after its auxiliary (the `thirdPersonHas` pattern): "Zij heeft het plan goedgekeurd". */
const THIRD_PERSON_HAS_BEFORE = new RegExp(String.raw`(?:^|[\s,;:])(?:${wordsOf('thirdPersonHas')})\s+(?:\S+\s+){0,6}$`);

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

/*
 * What readOne asks of a clause's hits, at module level (not closures made anew for every clause: the reader's cost).
 */

/** A clause that asks for something to be different, with the words that asked. */
const asksChange = (clause: Clause, hits: readonly Hit[]): Read => ({
  signal: 'no',
  no: 'change',
  clause,
  why: `asks for a change (${hits.map((h) => h.words).join(', ')})`,
});

/** A problem word inside a yes phrase is part of it ("signed off by" is no "off by"). */
function overlapsYes(hits: readonly Hit[], h: Hit): boolean {
  return hits.some((y) => y !== h && YES_LIKE.has(y.act) && !y.negated && y.at < h.end && y.end > h.at);
}

/**
 * A problem word opening the words that say a record of problems holds none (the `problemsNone` pattern), and the phrase ends
 * there: "Error logs are clean.", "Die Fehlerprotokolle sind leer". (Not "Errors were zero until Friday", "the error emails are empty".)
 */
const STATE_OF_NONE = new RegExp(String.raw`^(?:${wordsOf('problemsNone')})(?=\s*(?:[.!;,]|$))`);

/**
 * "0 failed API calls", "cero problemas": a count of none. "Monitoring shows 0 errors": a zero that counts problems counts none.
 * "Error logs are clean": a record of them that holds none.
 */
function countsNone(folded: string, h: Hit): boolean {
  return ZERO_BEFORE.test(folded.slice(0, h.at)) || (ZERO.test(h.words) && ZERO_OF.test(folded.slice(h.end))) || STATE_OF_NONE.test(folded.slice(h.at));
}

/** A problem word that is the state of none itself ("leer" of "Die Fehlerprotokolle sind leer"), after the problem it says is none. */
function stateOfNone(folded: string, hits: readonly Hit[], h: Hit): boolean {
  return hits.some((k) => k !== h && k.act === 'problem' && k.end <= h.at && (STATE_OF_NONE.exec(folded.slice(k.at))?.[0].length ?? -1) >= h.end - k.at);
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
  // (Ending inside the yes too: the words for the rest may hold its first word, "rest looks good".)
  return clause.rest.some((end) => end <= h.end);
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

/** A request to be told ("let me know", "geben Sie mir Bescheid", "fatemi sapere": the `tellMe` pattern). */
const TELL_ME = spacedWordsOf('tellMe');

/** Beside a mail address in a clause, words of someone joining (`joining`): a person added; mail's words (`routedMail`): mail routed. */
const JOINING = spacedWordsOf('joining');
const ROUTED_MAIL = spacedWordsOf('routedMail');

/** A verb of changing inside a yes phrase is part of it ("let's move forward"). */
function insideYes(hits: readonly Hit[], yesActs: readonly Act[], h: Hit): boolean {
  return hits.some((y) => y !== h && yesActs.includes(y.act) && y.at <= h.at && y.end >= h.end);
}

/** Words that say something in a bracket is still wrong (`though`, `allerdings`, `toujours`: the `stillOpen` pattern). */
const STILL_OPEN = wholeWordsOf(['stillOpen']);

/** Whether a hit stands in a bracketed aside that says something is still wrong ("(the mail goes out, though with last year's logo)"). */
function stillOpenAside(folded: string, h: Hit): boolean {
  const open = openBracketAt(folded, h.at);
  if (open < 0) return false;
  const close = folded.indexOf(')', h.at);
  return STILL_OPEN.test(folded.slice(open, close < 0 ? folded.length : close));
}

/** What the reader knows of a clause besides its own words: the reply it stands in, the notice it answers, the step. */
export interface ClauseContext {
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
  /** Documents other steps than the one the reply answers ask a yes to (the work order, at the IDI or the schedule). */
  readonly others?: readonly DocumentName[];
  /** The notice quoted below the reply invites to a meeting (the IDI's invitation): saying one will attend answers it. */
  readonly invited?: boolean;
}

/** Words of signing (`signing`, folded): a signature is a document's yes ("signed copy", "getekend", "unterschrieben"; not "signed up"). */
export const SIGNING = new RegExp(String.raw`\b(?:${wordsOf('signing')})\b`);

/** The words between a yes and a document it moves on to ("proceed to the work order"), folded (English). */
const ONWARD = /^\s+(?:on\s+)?(?:to|onto)\s+(?:the\s+|our\s+)?$/;

/** A line of capitalised words only (a name, a title, an organisation), "&" and initials among them. */
const NAME_LINE = /^(?:(?:\p{Lu}[\p{L}'’.-]*|&|\||-)\s*)+$/u;

export function readOne(clause: Clause, question: StepQuestion, context: ClauseContext): Read[] {
  const { short, fixed = false, cases = new Set<Hit>(), quoteAsked: asked = true, bareAnswers = asked, others = [], invited = false } = context;
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
  // (Beside a resolution, only a problem in a bracket that says something is still wrong: "both issues are fixed (the mail goes
  // out, though the refund still doesn't post)".)
  const standing = (h: Hit) =>
    h.act === 'problem' && !h.negated && !cases.has(h) && !overlapsYes(hits, h) && !countsNone(clause.folded, h) && !stateOfNone(clause.folded, hits, h);
  const problems = hypothetical ? [] : resolved.length > 0 ? hits.filter((h) => standing(h) && stillOpenAside(clause.folded, h)) : hits.filter(standing);
  // A bare yes counts as the whole answer, or opening the reply in a short first clause ("Yes, go ahead", "Thursday at 2 works.").
  // Not under a quoted point: a bare "OK" there answers that point only, not the step. Nor to a notice
  // that asked nothing: a 👍 to "round 1 starts Monday" acknowledges it.
  const answering = YES_OR_NO.has(question) && !clause.answersQuote && (short || (clause.opening && clause.words <= 5));
  // A bare "OK" under a colleague's mail (a reply-all) answers that mail, not our notice quoted further down.
  const answers = answering && bareAnswers;
  // "The points show twice on the receipt", "Saldo blijft op 0 na inwisselen": at a test, how the system misbehaves, told in plain
  // words with no other word the reader knows (`anomaly`), is a problem found; in one's own work, one still open. A word of a yes
  // in it is the defect's own ("Stock levels go negative"). Not what the sender did ("we ran it twice"; nor a check, "Testé deux
  // fois": `anomaly` in clauses.ts), an item of a list of fixes, a question, a request or a hypothesis.
  if (
    (question === 'testing' || question === 'readiness') &&
    clause.anomaly &&
    !fixed &&
    !clause.question &&
    !clause.request &&
    !clause.hypothetical &&
    !OWN_VOICE_FIRST.test(clause.folded)
  )
    return [
      question === 'readiness'
        ? { signal: 'not-yet', clause, why: 'a defect told in plain words, still open' }
        : { signal: 'no', no: 'problem', clause, why: 'reports a defect in plain words' },
    ];
  // "Please send the plan approval to her": the noun in a request is not a yes.
  // A yes described of someone else ("our CFO, who signs off on anything over $2,500") is not the sender's.
  const folded = clause.folded;
  // A short "OK" or "Sounds good" under a notice that asked nothing acknowledges it, like a 👍.
  const said = (asked || !short ? live(hits, yesActs) : []).filter(
    (h) =>
      !namesTheGoLive(h, folded, question) &&
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
    : [
        ...said,
        ...(answers ? live(hits, ['yes']).filter((h) => !neededYes(h, folded) && !yesToAStatement(clause, h) && !namesTheGoLive(h, folded, question)) : []),
      ];
  // A negated yes still to come ("isn't done yet") is a not yet, below; one refused for the future is refused ("we will not be approving").
  const negatedYes = hits.filter((h) => yesActs.includes(h.act) && h.negated && (!h.pending || h.future === true) && !leftToOthers(folded, h));
  const pendingYes = hits.filter((h) => (yesActs.includes(h.act) || h.act === 'resolved') && ((h.pending && !h.negated) || leftToOthers(folded, h)));
  // A refusal stands in the future too ("we will hold off"). Not one a resolution names in brackets: "the two defects (birth date
  // rejected in DD/MM format, …) are fixed" lists what was wrong, and it is fixed.
  const named = (h: Hit) => resolved.length > 0 && openBracketAt(folded, h.at) >= 0 && !stillOpenAside(folded, h);
  // (Nor one weighed in a hypothesis we are asked to answer: "If that's too tight with the lead time, let me know".)
  // Only the hypothesis itself, up to its first comma ("If the fee stays in, we can't sign, let me know" refuses).
  const toldAt = hypothetical ? folded.search(TELL_ME) : -1;
  const comma = folded.indexOf(',');
  const hypothesisEnd = toldAt >= 0 && comma >= 0 ? Math.min(toldAt, comma) : toldAt;
  const refusals = hits.filter(
    (h) => h.act === 'refuse' && !h.negated && !named(h) && !(h.at < hypothesisEnd) && !(h.words === 'stop' && VISIT_AFTER.test(folded.slice(h.end))),
  );
  // Saying something is wrong asks for a change; a verb of changing does only when it is asked for.
  // A change asked for "before we sign" is still asked for now: only a negation takes it back.
  // "The errors we reported (wrong message, no refresh) are fixed": what a resolution names is neither a problem nor a change asked.
  // (Where a document's yes is asked, a change that names a mail address routes mail, not the document: "Please send invoices to
  // ap@harborbowl.example rather than to me".)
  const changes =
    hypothetical || resolved.length > 0 || (question === 'approval' && holdsAddress(clause.text) && ROUTED_MAIL.test(folded))
      ? []
      : [...stated(hits, ['change']), ...(clause.request ? stated(hits, ['amend']) : [])].filter(
          (h) => !cases.has(h) && !insideYes(hits, yesActs, h) && !(PREFERENCE.test(h.words.split(' ').at(-1) ?? '') && AS_IS.test(folded.slice(h.end))),
        );
  // "No, all good!": a no that goes on to say yes is "no problem".
  // A bare "No" answering one of our quoted points refuses that point; a bare "OK" there approves only its point, not the step.
  // "No corrections from our side": a "no" that negates a change or a problem after it refuses nothing.
  const noneToChange = hits.some((h) => h.negated && ['change', 'amend', 'problem'].includes(h.act));
  // "Not yet - need my VP to sign off", "Nope, still fixing the balance call": a no that opens the reply, set off by a comma or a
  // dash, answers the step when what follows says what is still to come or wrong ("No, we didn't find any issues" says neither).
  const setOff = (h: Hit) =>
    YES_OR_NO.has(question) &&
    !clause.answersQuote &&
    clause.opening &&
    /^\s*[,;:–—-]/.test(folded.slice(h.end)) &&
    (clause.pending || hits.some((k) => k !== h && ((k.pending && !k.negated) || (k.act === 'problem' && !k.negated))));
  const bareNo =
    yes.length === 0 && !noneToChange
      ? hits.filter((h) => h.act === 'no' && h.at === 0 && (answering || setOff(h) || (clause.answersQuote && YES_OR_NO.has(question))))
      : [];
  // New scope asked for stands in the future too ("for phase 2 we'll want to add the lead scans"); only a negation takes it back.
  // (Not an "also" that goes with a yes right after it: "Da minha parte também está tudo bem, podem avançar", "we're also happy to go ahead".)
  // (Not a person added: "I'll also bring our lead developer, Sam Ito (sam.ito@…), please add him" names who joins, not more to build;
  // an address with more to build, "add the export, contact jane@… for the format", is still scope.)
  // (Nor a word of scope that only opens the clause, set off by a comma: "Also, will we get a heads-up before the email?"; nor one
  // in the examples a condition gives in brackets: "si necesitáis algo más (accesos, usuarios de prueba adicionales), decídnoslo".)
  const scope =
    hits.some(
      (h) =>
        h.act === 'scope' &&
        !h.negated &&
        // (Nor one that opens words of time still to come: "we need another week", "noch eine Woche".)
        !clause.later.includes(h.at) &&
        // (Nor an "also" that only adds thanks passed on: "Please also thank Mei from the integrations team" asks a courtesy; "Please
        // also thank Priya and add two more test stores" still asks for scope.)
        !onlyThanks(folded, h) &&
        // (Nor one in the words that announce a caveat: "One more thing: our CFO still has to sign the work order".)
        !((CAVEAT_OPENING.exec(folded)?.[0].length ?? -1) >= h.end) &&
        !hits.some((k) => YES_LIKE.has(k.act) && !k.negated && k.at >= h.end && wordsBetween(folded, h.end, k.at) <= 1) &&
        // (An opening "Also," before a request asked as a question still asks: "Also, can we include the gift card module?"; not
        // "Also, please send the signed copy back to Maria.")
        !(h.at === 0 && /^\s*,/.test(folded.slice(h.end)) && !(clause.request && clause.question)) &&
        !((clause.condition || clause.hypothetical) && openBracketAt(folded, h.at) >= 0),
    ) &&
    (clause.question || clause.request) &&
    !(holdsAddress(clause.text) && (JOINING.test(folded) || ROUTED_MAIL.test(folded))) &&
    // A request that reports a problem, at a step that tests or tells how things stand, asks for it to be fixed ("also the chapter
    // field is blank on every registration can you guys look at both"): the word of scope only joins the problem after it to
    // the last one. (Not new scope asked after the problem, "please fix that and add SMS notifications"; nor a question: "Le
    // message … apparaît-il aussi si la carte a été déclarée …?" asks what the integration does.)
    !(
      !clause.question &&
      (question === 'testing' || question === 'status') &&
      problems.length > 0 &&
      hits.filter((h) => h.act === 'scope' && !h.negated).every((h) => problems.some((p) => p.at > h.end))
    );

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
    // "Can you add that to the scope and send a revised plan?", before the document is approved: new scope asked of the document,
    // named (its scope, a revised version: the `scopeNamed` pattern), is a change to it, asked. Not a question of what it holds
    // ("Does the scope include gift cards?"), nor what words of scope ask of anything else ("Can you add Maria to the kickoff
    // invite?", "Could you also send a signed copy?": the `scopeAside` words add nothing).
    if (
      scope &&
      clause.request &&
      (question === 'approval' || question === 'confirmation') &&
      SCOPE_NAMED.test(folded) &&
      // (Not for later: "For phase 2, could you add the badge sync to the scope?" leaves this plan as it is.)
      !clause.deferred &&
      !LATER_PHASE.test(folded) &&
      hits.some((h) => h.act === 'scope' && !h.negated && !SCOPE_ASIDE.test(h.words))
    )
      return [{ signal: 'no', no: 'change', scope: true, clause, why: 'asks for more scope' }];
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
    out.push({ signal: 'not-yet', clause, why: `work still to do (${otherChanges.map((h) => h.words).join(', ')})`, toCome: true });
  // At a status step a change beside new scope ("outside the original scope, send the paperwork for the change") is new work
  // to price, not a no; a change of plan there ("we want to push the launch back") still is one.
  else if (otherChanges.length > 0 && question !== 'delivery' && !(question === 'status' && hits.some((h) => h.act === 'scope')))
    out.push(asksChange(clause, otherChanges));
  const resolvedYes = question === 'testing' || question === 'readiness' ? resolved : [];
  // "Three of the four feedback items are fixed", "Most of the feedback is addressed": a part fixed, the rest still open.
  if (resolvedYes.length > 0 && yes.length === 0 && resolvedYes.every((h) => partOf(folded, h)))
    return [...out, { signal: 'not-yet', clause, why: `a part of it fixed (${resolvedYes.map((h) => h.words).join(', ')})` }];
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
    return [...out, { signal: 'not-yet', clause, why: `nearly, not yet (${yes.map((h) => h.words).join(', ')})`, toCome: true }];
  // "¡Perfecto, recibido!", "Great, noted": a word of liking beside words of receipt, in a few words, acknowledges the mail and
  // approves nothing (not "Noted, approved": a word of approving is a yes).
  if (clause.words <= 4 && yes.length > 0 && RECEIPT.test(folded) && onlyLikingAndReceipt(folded, hits))
    return [...out, { signal: 'thanks', clause, why: `acknowledges receipt (${yes.map((h) => h.words).join(', ')})` }];
  if (yes.length > 0 || resolvedYes.length > 0) {
    const words = [...yes, ...resolvedYes].map((h) => h.words).join(', ');
    // "validated by my colleague last week": someone else's yes, reported: the PM checks it.
    // "The budget was approved internally": a yes told in the past passive is about something, not the answer.
    // (Not own work told done or passed, "Development and our QA were completed", "foram concluídos": at a readiness step that is
    // the answer.)
    const past = yes.some((h) => h.act !== 'done' && h.act !== 'pass' && PAST_PASSIVE_BEFORE.test(folded.slice(0, h.at)));
    // "I approved the invoice for the deposit": a yes to something else than the step asks for. So is a yes to a
    // meeting ("Thursday works for the walkthrough, I've accepted the invite"), but where the step confirms details or a meeting.
    // So is a yes to another step's document ("attached is the signed work order", in a reply to the schedule's or the IDI's notice).
    const otherNamed = clause.documents.filter((d) => others.includes(d.name)).map((d) => d.at);
    const elsewhere = [...clause.elsewhere, ...(question === 'confirmation' ? [] : clause.meeting), ...otherNamed];
    // Another step's document named inside the yes's own words ("the signed work order") is not this step's yes either.
    // Only when every yes of the clause is the slot's: "Monday works, approved" approves.
    const slotted = yes.filter((h) => SLOT_BEFORE.test(folded.slice(0, h.at)) || (question === 'testing' && DAY_BEFORE.test(folded.slice(0, h.at))));
    const slot =
      question !== 'confirmation' &&
      slotted.length > 0 &&
      yes.every((h) => slotted.some((s) => s === h || (s.at <= h.at && s.end >= h.end) || (h.at <= s.at && h.end >= s.end)));
    // A yes tied to the other thing: the thing inside its words, or within three words after it with no other thanks or yes
    // between ("I approved the attached invoice", "aprovado, o da semana passada"; not "APPROVED - thanks, great call today": the
    // thanks and the "great" are the call's).
    const takesIt = (o: Hit) => o.act === 'thanks' || YES_LIKE.has(o.act);
    // Another step's document also just before a yes of signing, no other yes between ("can't find the work order email - signed
    // copy attached", at the IDI; not "Same as the work order, approved").
    const tied = (h: Hit) =>
      elsewhere.some(
        (at) =>
          (otherNamed.includes(at) && at >= h.at && at < h.end) ||
          (otherNamed.includes(at) &&
            at < h.at &&
            SIGNING.test(h.words) &&
            wordsBetween(folded, at, h.at) <= 4 &&
            !hits.some((o) => o !== h && o.at > at && o.at < h.at && takesIt(o))) ||
          (at >= h.end &&
            wordsBetween(folded, h.end, at) <= 3 &&
            !hits.some((o) => o !== h && o.at >= h.end && o.at < at && takesIt(o)) &&
            // ("We're happy for you to proceed to the work order", at the IDI: a yes to move on to it is this step's.)
            !(otherNamed.includes(at) && ONWARD.test(folded.slice(h.end, at)))),
      );
    const leading = yes.reduce<Hit | undefined>((a, h) => (a === undefined || h.at < a.at ? h : a), undefined);
    const other =
      slot ||
      // (Unless the clause opens on a yes in words of its own, not a bare "great", untied: "APPROVED - thanks, great call today";
      // not "Yes, our legal team signed off on the DPA this morning, countersigned copy attached".)
      (yes.some(tied) && !(leading !== undefined && leading.act !== 'yes' && !tied(leading))) ||
      (yes.length > 0 && yes.every((h) => subjectElsewhere(clause, h)));
    const reported =
      !hereby(folded, yes) &&
      (past ||
        other ||
        // "Jenna said on our call that the dates work for them": another person's words, reported. "She approved it, see below": hers.
        // (Not words of reporting that are a yes's own: "de acordo com o cronograma" agrees, where "de acordo com o João" reports.)
        yes.some(
          (h) =>
            clause.reports.some((end) => end <= h.at && !agreesWith(clause, yes, end)) ||
            THIRD_PERSON_BEFORE.test(folded.slice(0, h.at)) ||
            THIRD_PERSON_HAS_BEFORE.test(folded.slice(0, h.at)),
        ) ||
        yes.some((h) => BY_SOMEONE_ELSE.test(folded.slice(h.end)) || REPORTED_AFTER.test(folded.slice(h.end))));
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
    out.push({ signal: 'not-yet', clause, why: `not done yet (${pendingYes.map((h) => h.words).join(', ')})`, toCome: true });
  }
  // Nothing was asked at a status step: "all good on our end" tells how things stand.
  // So does "no errors, no complaints": a problem denied.
  if (
    out.length === 0 &&
    question === 'status' &&
    // ("ok thx" acknowledges.)
    !(clause.words <= 3 && hits.some((h) => h.act === 'thanks')) &&
    (live(hits, ['approve', 'pass', 'done', 'resolved']).length > 0 || hits.some((h) => h.act === 'problem' && (h.negated || countsNone(clause.folded, h))))
  )
    out.push({ signal: 'info', clause, why: 'tells how things stand' });
  // "C'est noté, je serai présente mardi", "wir sind dabei", "I'll be there": where the step asks to confirm and the notice quoted
  // below invites to a meeting (the IDI's invitation asks whether one can attend), saying one will attend is the answer. (Not under
  // the details to confirm: "We'll join the kick-off call on Tuesday" confirms none of them.)
  if (out.length === 0 && question === 'confirmation' && invited && clause.attends) out.push({ signal: 'yes', clause, why: 'says they will attend' });
  // "Side note, our office is closed next Monday", "On se parle jeudi à la réunion de suivi": the sender's availability or the next
  // talk, in the future or not, is small talk; nothing still to come of what the step asks.
  if (out.length === 0 && clause.availability) out.push({ signal: 'thanks', clause, why: 'small talk' });
  if (out.length === 0 && live(hits, ['info']).length > 0) out.push({ signal: 'info', clause, why: 'gives information' });
  if (out.length === 0 && clause.pending) out.push({ signal: 'info', clause, why: 'says what is still to come', toCome: true });
  if (out.length === 0 && hits.some((h) => h.act === 'thanks')) out.push({ signal: 'thanks', clause, why: 'thanks or acknowledges' });
  // "We checked the details with our IT team last week", "Ich habe die Angaben mit unserer IT abgeglichen": a look taken tells how
  // the answer was reached, nothing more. (Not one not taken, nor one still to come: "we haven't checked the refunds", "IT will go
  // through it", nor a look asked for or supposed.)
  if (
    out.length === 0 &&
    hits.length === 0 &&
    lookTaken(clause.folded) &&
    !NEGATOR.test(clause.folded) &&
    !/n't\b/.test(clause.folded) &&
    !clause.pending &&
    !clause.question &&
    !clause.hypothetical &&
    !clause.condition &&
    !clause.request
  )
    out.push({ signal: 'info', clause, why: 'a look taken' });
  // A statement of three words or more that none of the above reads still tells something (a status, a plan, "Orderly hosts it").
  // (Not a line of capitalised words only, a name or an organisation's: "Pacific Rim Dental Congress" under a signature.)
  if (out.length === 0 && hits.length === 0 && clause.words >= 3 && !NAME_LINE.test(clause.text.trim()))
    out.push({ signal: 'statement', clause, why: 'a statement' });
  return out;
}
