import { ADDRESS } from '../address';
import { ABSENCE } from '../kind/absence-words';
import type { StepQuestion } from './types';
import { NAMES_A_DAY, namesIn, openBracketAt, YES_LIKE, type Act, type Clause, type Hit } from './clauses';
import { fold, matchesOf, withoutAccents } from './lexicon';
import { anchoredTest, fragmentsOf, spacedWordsOf, wholeWordsOf, wordsOf } from './patterns';
import { SOMEONE_ELSES, type Read } from './reads';
import { WINDOW_WORDS } from './month-window';

/**
 * What beside a yes could turn it around (`doubtsAbout`): a condition, a correction, someone else's yes still to come, a part
 * not done, a launch day not fixed… An approval moves a project; with a doubt the PM decides (docs/mail-understanding.md#confidence).
 */

/** "as long as", "vorausgesetzt", "à condition que", "siempre que", "purché", "desde que", "mits": a condition that binds. */
export const STRONG_CONDITION = new RegExp(wordsOf('strongCondition', (f) => String.raw`\b${f}\b`));

/** "tbc", "to be confirmed", "por confirmar", "nog te bevestigen": said not to be confirmed yet. */
const UNCONFIRMED = new RegExp(wordsOf('unconfirmed', (f) => String.raw`\b${f}\b`));

/** "unless", "es sei denn", "sauf si": what follows undoes what the clause says. */
export const UNLESS = new RegExp(wordsOf('unlessWords', (f) => String.raw`\b${f}\b`));

/**
 * Something not done yet, in the seven languages ("haven't got to the error messages yet", "noch nicht", "pas encore"): the
 * alternatives of one expression, tried only where a word of theirs stands (anchoredTest: five thousand characters of them cost a
 * fresh process some twenty milliseconds to compile).
 */
const NOT_YET = { test: anchoredTest(fragmentsOf('notYet'), (fragments) => fragments.map((f) => String.raw`\b${f}\b`).join('|')) };

/** Whether a folded clause says something is not done yet ("not yet", "noch nicht", "pas encore", "still reviewing"). */
export const saysNotYet = (folded: string): boolean => NOT_YET.test(folded);

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

/**
 * The sender speaking, first in a phrase or right before its verb: "I", "we", "hereby", "wir", "hiermit", "nous"…; with `able`, also
 * a "can" of theirs between ("I can confirm", "ich kann bestätigen") or that "can" alone where it is a first person's ("podemos
 * confirmar").
 */
const ownVoiceAtEnd = (able: boolean) =>
  new RegExp(
    String.raw`(?:^|\s)(?:(?:${wordsOf('ownVoice')})${able ? String.raw`(?:\s+(?:${wordsOf('ableTo')}))?|(?:(?:${wordsOf('toYou')})\s+)?(?:${wordsOf('ownAbleTo')})` : ''})\s*$`,
    'u',
  );
const OWN_VOICE_AT_END = { able: ownVoiceAtEnd(true), strict: ownVoiceAtEnd(false) };

/**
 * The reader addressed right before the verb ("je vous confirme", "les confirmo", "vi confermo", "lhes confirmo"): the sender is
 * the one telling them (the subject pronoun a Romance verb drops); with `able`, a "can" between ("je peux vous confirmer").
 */
const toYouAtEnd = (able: boolean) =>
  new RegExp(String.raw`(?:^|\s)(?:${wordsOf('ownVoice')}\s+)?${able ? String.raw`(?:(?:${wordsOf('ableTo')})\s+)?` : ''}(?:${wordsOf('toYou')})\s*$`, 'u');
const TO_YOU_AT_END = { able: toYouAtEnd(true), strict: toYouAtEnd(false) };

/** Where the step asks to confirm details, the words of confirming are its explicit yes ("je vous confirme que les informations…"). */
const CONFIRMING = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('confirmStems')})`, 'u');

const OWN_BY_AT_END = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('ownBy')})\s*$`, 'u');

const OWN_VOICE = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('ownVoice')})(?:\s|$)`, 'u');

/** A negator anywhere in a clause ("don't", "nicht", "pas"). */
const NEGATOR = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('negators')})(?:\s|$)|n't\b`, 'u');

/**
 * An explicit approval in the sender's own voice: its words say approve (not a plain "fine"), and in their phrase nothing
 * before them or the sender right before them ("APPROVED - GO AHEAD", "we approve the integration for launch", "Hiermit
 * geben wir den Projektplan frei"; not "Marketing approved the campaign plan", nor "Our marketing team approved it").
 */
export function explicitlyOurs(folded: string, h: Hit, question?: StepQuestion, able = true): boolean {
  if (h.negated || h.pending || !YES_LIKE.has(h.act)) return false;
  if (!EXPLICIT_YES.test(h.words) && !(question === 'confirmation' && CONFIRMING.test(h.words))) return false;
  const before = (
    folded
      .slice(0, h.at)
      .split(/[,;:!.-]/)
      .pop() ?? ''
  ).trim();
  // ("consider this our sign-off", "unsere Freigabe": a possessive of the sender's right before the yes is theirs too.)
  // (A "can" of the sender's, "I can confirm", counts with `able` only: it outweighs the small doubts beside a yes, not the second
  // reading's floor.)
  const voice = able ? 'able' : 'strict';
  return before === '' || OWN_VOICE_AT_END[voice].test(before) || TO_YOU_AT_END[voice].test(before) || OWN_BY_AT_END.test(before) || OWN_VOICE.test(h.words);
}

/** A yes in the words of approving ("approved", "approves", "sign off"), whoever's voice it is in. */
export function inWordsOfApproving(h: Hit): boolean {
  return !h.negated && !h.pending && YES_LIKE.has(h.act) && EXPLICIT_YES.test(h.words);
}

/** Anywhere in a clause: the step's yes is someone else's ("… Harbor Grill's to approve"). */
const SOMEONE_ELSES_YES = new RegExp(String.raw`${SOMEONE_ELSES}(?:approve|sign|sign off|confirm)\b`);

/** A yes followed by a part it leaves out: "…, el presupuesto no.", "…, las imágenes todavía no", "…, the budget not". */
const PART_REFUSED = new RegExp(String.raw`,\s*[^,]{1,40}\s(?:${wordsOf('partNot')})\s*[.!]?\s*$`);

/** "… but not the budget", "mais pas le budget", "pero no el presupuesto" (not "last but not least", "but not only"). */
const CONTRAST_NOT = new RegExp(String.raw`^(?:${wordsOf('butWords')})\s+(?:${wordsOf('notWords')})\b(?!\s+(?:${wordsOf('notOnly')})\b)`);

/** "… but only phase 1", "pero solo la fase 1": a yes to a part of it only. */
const CONTRAST_ONLY = new RegExp(String.raw`^(?:${wordsOf('butWords')})\s+(?:${wordsOf('onlyWords')})\b`);

/** The sender taking something for granted ("I assumed", "entiendo que", "ich gehe davon aus"): each language's `assumedWords`. */
const ASSUMED = wholeWordsOf(['assumedWords']);
/** Answers or comments, pointed to elsewhere ("my answers", "Anmerkungen", "commentaires"): each language's `answerWords`. */
const ANSWER_WORDS = wholeWordsOf(['answerWords']);
/** A thing said to be included ("included", "incluidas", "inbegrepen"): each language's `includedWords`. */
const INCLUDED = wholeWordsOf(['includedWords']);

/**
 * "One thing:", "Only thing -", "Só um detalhe:", "L'unica cosa:", "Petit bémol :": a caveat announced, opening a clause (or after
 * a comma or a "but"). What it announces is held against the yes, whatever its words.
 */
const CAVEAT_LEAD = {
  // (An "and" or a "with" may open it, and a word of what it is about with two more after it: "con una precisazione sui requisiti:",
  // "and one thing on the fees -"; not "one small thing, not a change:", "ein Hinweis für später:".)
  test: anchoredTest(
    fragmentsOf('caveatLead'),
    (fragments) =>
      String.raw`(?:^|[,;(]\s*|(?:${wordsOf('butWords')})\s+)(?:(?:${wordsOf('caveatOpeners')})\s+)?(?:${fragments.join('|')})(?:\s+(?:${wordsOf('topicWords')})(?:\s+[^\s:–—-]+){1,2})?(?:\s*[:–—]|\s+-)`,
    'u',
  ),
};

/** A yes, as a noun or a verb, up to four words after a "before" ("before we sign off", "avant de donner notre approbation"). */
const YES_AFTER = new RegExp(String.raw`^\s+(?:\S+\s+){0,3}?(?:${wordsOf('yesAfter')})\b`);

/** The words that limit a yes to what they name: "for", "für", "pour", "para", "per", "voor" (the `scopeFor` pattern), folded. */
const SCOPE_FOR: ReadonlySet<string> = new Set(fragmentsOf('scopeFor'));
/**
 * The words that may stand between them and the name ("for the West region", "pour nos restaurants en France": the
 * `scopeDeterminers` pattern), one list for all languages. German has none of its own: its nouns have capitals, and "für die
 * Zertifizierung" names no place (a Dutch `alle` still opens "für alle Filialen in Köln", whose noun is then read as the name).
 */
const SCOPE_DETERMINERS: ReadonlySet<string> = new Set(fragmentsOf('scopeDeterminers'));

/**
 * The names a yes's clause limits it to: those right after its "for" ("Approved for Lyon", "Approved for Harbor Grill", "Freigabe
 * für Köln"), or after up to two determiners or counts and up to two small words ("Confirmed for the West region", "for all
 * Lisbon stores", "Aprovado para as lojas de Lisboa"), within one phrase (not "for our team, thanks Sarah"). A name that opens one
 * of the reader's phrases is no place ("Thanks for Everything").
 */
function scopedNames(text: string): string[] {
  // Words and the signs between them, so that a comma or a stop ends the search.
  const tokens = [...text.matchAll(/[\p{L}\p{N}'’]+|[^\s\p{L}\p{N}'’]/gu)].map((m) => m[0]);
  const isWord = (token: string | undefined) => token !== undefined && /^[\p{L}\p{N}]/u.test(token);
  const names: string[] = [];
  for (const [i, token] of tokens.entries()) {
    if (!SCOPE_FOR.has(fold(token))) continue;
    let at = i + 1;
    for (let d = 0; d < 2 && isWord(tokens[at]) && (SCOPE_DETERMINERS.has(fold(tokens[at] ?? '')) || /^\d+$/.test(tokens[at] ?? '')); d++) at += 1;
    if (at > i + 1) for (let small = 0; small < 2 && /^\p{Ll}/u.test(tokens[at] ?? ''); small++) at += 1;
    // The name, and the names right after it ("Harbor Grill").
    for (; isWord(tokens[at]); at++) {
      const name = namesIn(tokens[at] ?? '', true);
      if (name.length === 0) break;
      names.push(...name);
    }
  }
  return names;
}

/** A clause whose only words of yes are bare ones ("great", "gerne") in thanks or in a supposition: courtesy, no yes. */
const onlyCourtesy = (clause: Clause) =>
  (clause.hypothetical || clause.hits.some((h) => h.act === 'thanks')) && clause.hits.every((h) => !YES_LIKE.has(h.act) || h.act === 'yes');

/** A clause of thanks or of a yes and no more ("Thanks Maria!", "Great work, Lyon team"): it limits nothing. */
const onlyThanksOrYes = (clause: Clause) =>
  clause.hits.length > 0 && clause.hits.every((h) => !h.negated && !h.pending && (h.act === 'thanks' || YES_LIKE.has(h.act)));

/** Words of a look taken ("reviewed", "geprüft", "vérifié", "revisado": the `examined` pattern), folded. */
const EXAMINED = wholeWordsOf(['examined'], 'gu');
/** A look not taken yet: words of one with a "not yet" around them ("hasn't reviewed it yet", "noch nicht geprüft"). */
function notYetExamined(folded: string): boolean {
  for (const m of folded.matchAll(EXAMINED)) if (NOT_YET.test(folded.slice(Math.max(0, m.index - 50), m.index + m[0].length + 15))) return true;
  return false;
}

/**
 * A test or a look not taken, told plainly: a negator up to three words before a word of testing ("We didn't test group
 * registrations", "weren't part of my testing", "die Android-Version haben wir uns nicht angesehen", "no probamos las
 * devoluciones"; not "no testing issues", "not a single test failed", nor a "nothing" or a "while": "Nothing broke during
 * testing", "Nichts Auffälliges beim Testen", nor across a stop or a comma: "Nessun problema riscontrato: abbiamo provato…"). The
 * negators of a verb only (`verbNegators`), the words of a time (`whileWords`).
 */
const NOT_TESTED = new RegExp(
  String.raw`(?:(?:^|\s)(?:${wordsOf('verbNegators')})|(?<!could)n't)\s+(?:(?!(?:${wordsOf('whileWords')})\s)[^\s.,;:!?]+\s+){0,3}?(?:${wordsOf('testedWords')})(?![\p{L}])(?!\s+(?:\S+\s+)?(?:${wordsOf('problemNouns')}|failed|fail|fails))`,
  'u',
);

/** A feedback item the sender left as it was ("we left the rounding as it was", "laissé l'arrondi tel quel": the `leftAsIs` pattern). */
const LEFT_AS_IS = spacedWordsOf('leftAsIs');

/**
 * An identifier stated with its figure ("Unsere Handelsregisternummer ist HRB 48231", "La nostra partita IVA è 03958120964": the
 * `identifiers` words, then a number of four digits or more within a few words).
 */
const IDENTIFIER_GIVEN = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('identifiers')})(?![\p{L}])[^.;!?]{0,30}?\d[\d .-]{3,}`, 'u');

/** A "but" among a clause's first words ("But the total…", "One thing tho -", "Mas os reembolsos…", "Wel komt…": the `butLead` pattern). */
const BUT_OPENS = new RegExp(String.raw`^\s*(?:\S+\s+){0,2}?(?:${wordsOf('butLead')})(?![\p{L}])`, 'u');

/** A review still running, where a document is approved, in the yes's own clause (the `stillReviewing` pattern). */
const STILL_REVIEWING = wholeWordsOf(['stillReviewing']);

/** Another point of contact from now on ("make Dana the point of contact", "nouvelle interlocutrice": the `contactChange` pattern). */
const CONTACT_CHANGE = spacedWordsOf('contactChange');
/** A person named in a clause (a capitalised word with lower-case letters after it, past the clause's first letter) or a mail address. */
const NAMES_A_PERSON = /@|\s\p{Lu}\p{Ll}+/u;
/**
 * A new point of contact (`contactChange`), a mail address in the clause read as one word: its full stops end no sentence
 * ("neemt mijn collega Femke Bos (f.bos@molen.example) het project over").
 */
const changesContact = (folded: string) => CONTACT_CHANGE.test(folded.includes('@') ? folded.replace(ADDRESS, 'address') : folded);

/** A month's name and no other word of a date, nor a figure ("para mayo"; not "the first Monday in May", "May 12"). */
const MONTH_NAMES = wholeWordsOf(['monthNames'], 'gu');
/** (The `dateWords` lists are written with their accents: folded here, as the text is.) */
const DATE_NAMES = new RegExp(String.raw`(?:^|(?<=[^\p{L}\p{N}]))(?:${wordsOf('dateWords', fold)})(?![\p{L}\p{N}])`, 'gu');
/** A window in the month right before its name ("early April", "Anfang April", "finales de mayo": month-window.ts's words). */
const MONTH_WINDOW = new RegExp(String.raw`(?:^|\s)(?:${WINDOW_WORDS})(?:\s+\S+){0,2}\s*$`, 'u');
function monthWithoutDay(folded: string): boolean {
  if (/\d/.test(folded)) return false;
  const months = matchesOf(MONTH_NAMES, folded);
  return (
    months.length > 0 &&
    matchesOf(DATE_NAMES, folded).length === months.length &&
    months.every((m) => !MONTH_WINDOW.test(folded.slice(Math.max(0, m.index - 40), m.index)))
  );
}

/** A time no calendar fixes ("sometime after Labor Day", "im Herbst", "ergens in het najaar", "no segundo semestre": `vagueLaunch`). */
const VAGUE_TIME = spacedWordsOf('vagueLaunch');
/** Each of them, to take out: a week's number is one ("live in week 14"), its figure no day's. */
const VAGUE_TIMES = new RegExp(VAGUE_TIME.source, 'gu');

/** A launch of something new of the sender's ("We're launching new contactless terminals in the spring"): not the integration's. */
const LAUNCHES_A_THING = /\b(?:launch\w*|lanc\w*|lanz\w*)\s+(?:new|nieuwe?|neue\w*|nouve\w*|nuev\w*|nov[oa]s?|nuov\w*)\s/;

/** A quarter of a year or a year ("Q2", "T3" for trimestre, "2027"): a time with a figure that names no day. */
const QUARTER = /\b(?:[qt][1-4]|20\d\d)\b/g;

/** A launch named by a season or a time no calendar fixes, and no figure, month or weekday, nor a launch of something new. */
function vagueLaunch(clause: Clause): boolean {
  return (
    clause.goLiveNamed &&
    // (A quarter, a year or a week's number is no day: "courant T2", "end of Q2", "spring 2027", "KW 14".)
    !/\d/.test(clause.folded.replace(QUARTER, '').replace(VAGUE_TIMES, ' ')) &&
    VAGUE_TIME.test(clause.folded) &&
    matchesOf(DATE_NAMES, clause.folded).length === 0 &&
    !LAUNCHES_A_THING.test(clause.folded)
  );
}

/** Something still to be sent ("I'll send", "vous sera transmis", "ve lo mando", "eu envio": the `sendLater` pattern). */
const SEND_LATER = spacedWordsOf('sendLater');

/**
 * A count of the client's places said to have changed ("nel frattempo i punti vendita sono diventati 28", "nous sommes à 54
 * restaurants et non plus 47", "it's 42 stores now"): a word of places, a figure and a word of change in one clause.
 */
const PLACES = wholeWordsOf(['countedPlaces']);
const COUNT_CHANGE = wholeWordsOf(['nowWords', 'sinceThen', 'countBecame'], 'gu');
/** (A word of change bound to the count: within three words of its figure, and no stop between.) */
function placeCountChanged(folded: string): boolean {
  if (!/\d/.test(folded) || !PLACES.test(folded)) return false;
  const figures = [...folded.matchAll(/\d+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  return matchesOf(COUNT_CHANGE, folded).some((w) =>
    figures.some(([a, b]) => {
      const between = w.index < a ? folded.slice(w.index + w[0].length, a) : folded.slice(b, w.index);
      return !/[.;:!?]/.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 3;
    }),
  );
}

/**
 * Words of a time before the notice ("last week", "martedì scorso", "in May", "em maio": a month's name after "in"; not a
 * name that is also a month's, "Marco", Portuguese "março" folded), and of long ago ("back in", "weeks ago").
 */
const EARLIER_TIME = new RegExp(String.raw`(?<![\p{L}])(?:${wordsOf('earlierTime')}|(?:in|im|em|en|no|nel|ne)\s+(?:${wordsOf('monthNames')}))(?![\p{L}])`, 'u');
const LONG_AGO = wholeWordsOf(['longAgo']);
/**
 * "Already" ("schon", "già", "déjà", "reeds", "já"): not a German "Ja," that answers, nor "ya que", "já que" (since); and not the
 * Dutch "al", which is Italian's and Spanish's "to the" ("relativo al progetto").
 */
const ALREADY_SAID = new RegExp(
  String.raw`(?<![\p{L}])(?:${fragmentsOf('already')
    .filter((word) => word !== 'al' && word !== 'ja')
    .join('|')})(?![\p{L}]|\s+que\b)`,
  'gu',
);
/** The Portuguese "já", with its accent, as written (a German or Dutch "ja" answers). */
const JA = /(?<![\p{L}])[jJ]á(?![\p{L}]|\s+que\b)/gu;
/** How near before a yes "already" must stand to be said of it ("hatte ich doch schon letzte Woche abgenickt"), in characters. */
const ALREADY_BEFORE = 30;

/**
 * A yes said to be given before, to a version the PM must check is this one: "already" right before the yes and a time before
 * the notice ("Den Projektplan hatte ich doch schon letzte Woche abgenickt", "l'avevo già approvato martedì scorso", "déjà
 * confirmé … en mai"), or long ago ("I confirmed the design doc back in August"). (Not "Approved, as already discussed last
 * week", nor "already looking forward to the launch in June": no yes right after them.)
 */
function givenBefore(clause: Clause): boolean {
  if (LONG_AGO.test(clause.folded)) return true;
  if (!EARLIER_TIME.test(clause.folded)) return false;
  const already = [...matchesOf(ALREADY_SAID, clause.folded), ...matchesOf(JA, clause.text)].map((m) => m.index);
  return clause.hits.some((h) => YES_LIKE.has(h.act) && already.some((at) => at < h.at && h.at - at <= ALREADY_BEFORE));
}

/** Steps whose yes a review or a test still to come holds back. */
const REVIEW_STEPS: ReadonlySet<StepQuestion> = new Set(['approval', 'confirmation', 'testing', 'readiness']);

/**
 * What in a reply could turn its yes around: a clause opened by "but" or "however" that says no
 * yes itself, a negation outside the yes (not "no issues"), something still to come, a hedge.
 */
export function doubtsAbout(clauses: readonly Clause[], yes: readonly Read[], question: StepQuestion): Read[] {
  const yesClauses = new Set(yes.map((r) => r.clause));
  // Answers written under our quoted lines are in the reply text, and read.
  const answeredInline = clauses.some((c) => c.answersQuote === true);
  const doubts: Read[] = [];
  // The names a yes is limited to ("approved for Lyon", "validé pour nos restaurants en France"), and every name its clauses give.
  const namedScope = new Set(yes.flatMap((r) => scopedNames(r.clause.text)));
  const namedInYes = new Set(namedScope.size > 0 ? yes.flatMap((r) => namesIn(r.clause.text)) : []);
  const firstYes = Math.min(...yes.map((r) => r.clause.sentence));
  // A step that asks a yes to a document (a plan, a work order, a schedule) or to details.
  const toADocument = question === 'approval' || question === 'confirmation';
  // Where a document or details are to be confirmed, a yes said to be given before: whether it was this version is for the PM.
  // (Any yes so said: "we already approved this one on Monday. All good on our side" speaks of that yes again.)
  if (toADocument && yes.some((r) => givenBefore(r.clause)))
    doubts.push({ signal: 'not-yet', clause: (yes[0] as Read).clause, why: 'a yes said to be given before' });
  // "We approve. FYI, our menu prices go up across all 22 locations on May 1", "goedgekeurd. Let op: mijn e-mailadres verandert":
  // at a test or a readiness report, news announced as such after the yes may change what was tested or who is asked. Only the
  // sender's own absence ("Heads-up that I'm out from Dec 23") is news a second reading sure of the yes settles: a new build, a new
  // legal name, a new address is the PM's to weigh.
  // (Only when the absence is all the news and the last thing said: "Heads up: I'm out from Dec 23. The build is now 5.1.0" is not.)
  if (question === 'testing' || question === 'readiness') {
    const news = clauses.filter((c) => c.sentence > firstYes && !yesClauses.has(c) && !c.question && NEWS_LEAD.test(c.folded));
    const first = news[0];
    const absenceOnly =
      first !== undefined &&
      news.every(tellsAbsence) &&
      !clauses.some((c) => c.sentence > first.sentence && !news.includes(c) && c.words >= ABSENCE_AFTER_WORDS);
    if (first !== undefined) doubts.push({ signal: 'not-yet', clause: first, why: 'news announced after the yes', ...(absenceOnly ? { settles: true } : {}) });
  }
  for (const [i, clause] of clauses.entries()) {
    // "Both issues are fixed (the mail goes out, though with last year's logo)", "sind behoben (… allerdings weiterhin nicht
    // zurück)": a "but" that goes on inside a fix's bracket is something still open beside it, whatever its words.
    const before = clauses[i - 1];
    // After words that turn to something else ("Unrelated, but my desk line changed this week"), what the clause tells is news.
    const afterUnrelated = clause.contrast && before?.sentence === clause.sentence && UNRELATED_ONLY.test(before.folded);
    if (
      clause.contrast &&
      before?.sentence === clause.sentence &&
      openBracketAt(before.folded, before.folded.length) >= 0 &&
      before.hits.some((h) => h.act === 'resolved')
    ) {
      doubts.push({ signal: 'not-yet', clause, why: 'something still open beside the fix' });
      continue;
    }
    // "Tested, works, approve for launch. Apart from the bar printer.": an exception opening a sentence of its own limits the yes.
    if (
      !yesClauses.has(clause) &&
      before !== undefined &&
      before.sentence !== clause.sentence &&
      EXCEPT_LEAD.test(clause.folded) &&
      !clause.question &&
      !clause.hypothetical
    ) {
      doubts.push({ signal: 'not-yet', clause, why: 'an exception beside the yes' });
      continue;
    }
    // "Ready. The test account expired though.": a statement a bare "though" at its end turns against the yes, whatever its words
    // (not one that turns back, "the QA date is tight, but doable").
    const after = clauses[i + 1];
    if (
      !yesClauses.has(clause) &&
      after?.sentence === clause.sentence &&
      after.contrast &&
      after.words <= 1 &&
      after.hits.length === 0 &&
      !clause.smallTalk &&
      !clause.hits.some((h) => YES_LIKE.has(h.act) || h.act === 'thanks')
    ) {
      doubts.push({ signal: 'not-yet', clause, why: 'a “though” after the yes' });
      continue;
    }
    // "Yes, I confirm. I assumed the app integration was included too", "¡Aprobado! Entiendo que con esto ya quedan incluidas también
    // las tiendas de Portugal": the yes is to a scope the sender takes for granted, which the notice may not hold.
    // (Not what the sender takes to be left out: "Entiendo que el mantenimiento no está incluido".)
    if (ASSUMED.test(clause.folded) && INCLUDED.test(clause.folded) && !NEGATOR.test(clause.folded) && !clause.question) {
      doubts.push({ signal: 'not-yet', clause, why: 'what is included taken for granted beside the yes' });
      continue;
    }
    // "Testamos tudo, aprovado. Só um detalhe: o Rodrigo ainda precisa validar as mensagens": a caveat announced beside the yes,
    // which no second reading settles, whatever the caveat's words.
    // (Not one that announces only thanks or praise: "One last thing: thank you all for the great work".)
    const onlyThanks =
      clause.hits.some((h) => h.act === 'thanks') &&
      !clause.pending &&
      !clause.contrast &&
      clause.hits.every((h) => !h.negated && (h.act === 'thanks' || YES_LIKE.has(h.act)));
    if (CAVEAT_LEAD.test(clause.folded) && !onlyThanks) {
      doubts.push({ signal: 'not-yet', clause, why: 'a caveat announced beside the yes' });
      continue;
    }
    // "Las fechas están bien, el presupuesto no", "the dates suit us, but not the budget": a part of it refused.
    // (Not a "but no" that a neutral phrase holds: "a short training guide would be handy at some point, but no rush".)
    if (PART_REFUSED.test(clause.folded) || (clause.contrast && !clause.neutral && (CONTRAST_NOT.test(clause.folded) || CONTRAST_ONLY.test(clause.folded)))) {
      doubts.push({ signal: 'not-yet', clause, why: 'a part of it refused' });
      continue;
    }
    // "I've sent it to our CFO for signature", "the costs are Harbor Grill's to approve": the yes that counts is someone
    // else's, still to come (however the clause reads, its own yes too: "approved on our side, up to our CFO to sign off").
    if (SENT_FOR_A_YES.test(clause.folded) || SOMEONE_ELSES_YES.test(clause.folded) || clause.othersYes) {
      doubts.push({ signal: 'not-yet', clause, why: 'the yes that counts is someone else’s', toCome: true });
      continue;
    }
    // "I'll review the work order itself with our finance team next week", "we'll start testing tomorrow": the answer is still to come.
    if (clause.toReview && REVIEW_STEPS.has(question)) {
      // A second reading sure of the yes settles it (most such replies approve and plan the next test), but not a review by legal,
      // finance or a board ("our legal team will go through the fee clause next week"): that review is the yes's own condition.
      doubts.push({
        signal: 'not-yet',
        clause,
        why: 'still to be reviewed or tested',
        toCome: true,
        // Nor, where a document is approved or confirmed, one whose comments on it are still to come ("We'll have our comments on
        // the document ready by then"): the document is still being read.
        // Nor one still to come before going live ("is going to review the data flows on Thursday before we go live"): going live
        // waits on it.
        settles:
          !(clause.goLiveNamed && clause.before.length > 0) &&
          (REPORTED.has(question) || (!DECIDED_ELSEWHERE.test(clause.folded) && !COMMENTS.test(clause.folded))),
      });
      continue;
    }
    // "Confirmed on the details. Please make Dana Whitfield the point of contact going forward", "Par contre, je ne serai plus votre
    // interlocuteur": the contact changed beside the yes (where details are confirmed, a yes to the rest of them). Where the step
    // asks no details, only when a person is named, by a name or a mail address: not "the new contact form".
    if (
      !clause.question &&
      !clause.hypothetical &&
      changesContact(clause.folded) &&
      (question === 'confirmation' || NAMES_A_PERSON.test(clause.text.slice(1)))
    ) {
      doubts.push({ signal: 'not-yet', clause, why: 'a new point of contact beside the yes' });
      continue;
    }
    // "Details look right. Priya will firm up the exact date with you": the step asked for the date too, and it is still to come.
    // A second reading sure of the yes settles it (the client is asked for the day again), unless the day is said to be
    // undecided ("Launch date TBD") or held by a yes or a condition of its own ("Status of launch date | Pending board approval").
    // (Nor when the launch is said to depend on something, in a sentence of its own: "Per la data di lancio pensavamo a inizio
    // aprile, ma dipende dal consiglio direttivo. Vi confermo il giorno preciso subito dopo.")
    if (question === 'confirmation' && clause.dateToCome) {
      doubts.push({
        signal: 'not-yet',
        clause,
        why: 'the launch date still to come',
        toCome: true,
        // (Nor a season or a time no calendar fixes, said as still to come: "The launch will be sometime in the fall"; below.)
        // (Nor where the only yes is this clause's own, the confirming still to come: "On tranche en comité mardi prochain et je vous
        // confirme la date retenue dans la foulée".)
        settles:
          !UNCONFIRMED.test(clause.folded) &&
          !clause.approvalToCome &&
          !clause.condition &&
          !launchOnCondition(clauses) &&
          !vagueLaunch(clause) &&
          !(yesClauses.size === 1 && yesClauses.has(clause)),
      });
      continue;
    }
    // "Dados confirmados. O CNPJ da empresa eu envio amanhã", "C'est bon pour nous. Notre numéro de TVA vous sera transmis demain":
    // where details are confirmed, one of them still to be sent is a detail not confirmed yet (the launch day: above).
    // (With a time still to come in the clause: not "Le envío un cordial saludo", "Envio em anexo o logotipo".)
    if (
      question === 'confirmation' &&
      !yesClauses.has(clause) &&
      !clause.question &&
      !clause.hypothetical &&
      (clause.pending || clause.later.length > 0) &&
      SEND_LATER.test(clause.folded)
    ) {
      doubts.push({ signal: 'not-yet', clause, why: 'a detail still to be sent beside the yes' });
      continue;
    }
    // "Looks good overall, see my answers below in red": the answers that count are where the reader does not read
    // (unless they are here: answers written under our quoted lines are kept with them, and read).
    // (Not at a readiness report, whose materials are files, "We're ready for round 2, see transactions 31 to 44 in the attached
    // file", unless what is pointed to is answers or comments: "see my answers to your questions in the attached file".)
    if (clause.elsewhereAnswers && !answeredInline && (question !== 'readiness' || ANSWER_WORDS.test(clause.folded))) {
      doubts.push({ signal: 'not-yet', clause, why: 'the answers are somewhere else' });
      continue;
    }
    // "Approved internally, waiting for the client's sign-off", "Ok from ops. Waiting for finance.": still to come from someone.
    if (clause.awaitsOthers) {
      doubts.push({ signal: 'not-yet', clause, why: 'still waiting for someone', toCome: true });
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
    if (clause.alters && toADocument) {
      doubts.push({ signal: 'not-yet', clause, why: 'terms or scope changed beside the yes' });
      continue;
    }
    // "Die Angaben stimmen so. Unsere Handelsregisternummer ist HRB 48231": where details or a document are confirmed or approved,
    // an identifier stated beside the yes, in a clause of its own, is for the PM to compare with the document's. (Not at a
    // readiness report, whose test store and logins are handed over: "test store 9001 and the login are set up for you".)
    if (!yesClauses.has(clause) && toADocument && IDENTIFIER_GIVEN.test(clause.folded) && !clause.question) {
      doubts.push({ signal: 'not-yet', clause, why: 'an identifier given beside the yes' });
      continue;
    }
    // "Ready for round 3. We left the rounding on points redemption as it was": at a readiness report, a feedback item not fixed.
    if (!yesClauses.has(clause) && question === 'readiness' && LEFT_AS_IS.test(clause.folded) && !clause.question && !clause.hypothetical) {
      doubts.push({ signal: 'not-yet', clause, why: 'a feedback item left as it was' });
      continue;
    }
    // "Approved. We didn't test group registrations", "Freigegeben. Die Android-Version haben wir uns nicht angesehen": at a test or
    // a readiness report, a part not tested beside the yes.
    if (!yesClauses.has(clause) && REPORTED.has(question) && NOT_TESTED.test(clause.folded) && !clause.question && !clause.hypothetical) {
      doubts.push({ signal: 'not-yet', clause, why: 'a part not tested beside the yes' });
      continue;
    }
    // "Approved! Only thing: the field mapping will realistically be Feb 12 rather than Feb 1": a date of the document moved,
    // told as what will be, where the step asks to approve the document with its dates.
    if (clause.movesADay && question === 'approval') {
      doubts.push({ signal: 'not-yet', clause, why: 'a date moved beside the yes' });
      continue;
    }
    // "Looks good. The fee is $300, not $500": a detail corrected.
    if (clause.corrects) {
      doubts.push({ signal: 'not-yet', clause, why: 'a detail corrected beside the yes' });
      continue;
    }
    // "Todo correcto. El lanzamiento lo queremos para mayo": where details are confirmed, the launch named by its month and no day
    // (nor a weekday: "the first Monday in May" is one; nor a window in the month, "early April", "Anfang April", which the
    // corpus's writers take for a launch date given: six of six such yeses in the tuning split). Like a day still to come
    // (above), a second reading sure of the yes settles it: the client is asked for the day again.
    if (question === 'confirmation' && clause.goLiveNamed && !clause.question && !clause.hypothetical && monthWithoutDay(clause.folded)) {
      doubts.push({
        signal: 'not-yet',
        clause,
        why: 'the launch named by its month, no day',
        settles: !clause.approvalToCome && !clause.condition && !launchOnCondition(clauses),
      });
      continue;
    }
    // "Bestätigt. Livegang irgendwann nach den Sommerferien", "Confirmado. Queremos lançar no segundo semestre": where details are
    // confirmed, the launch named by a season or a time no calendar fixes, and no figure, month or weekday ("sometime in April" is
    // a month alone, above; "the Monday after Easter" a day): no timeline can be counted back from it, and no second reading
    // settles it.
    if (question === 'confirmation' && !clause.question && !clause.hypothetical && vagueLaunch(clause)) {
      doubts.push({ signal: 'not-yet', clause, why: 'the launch named by a season or a time, no day' });
      continue;
    }
    // "C'est exact. L'adresse est maintenant 5 rue de la Paix", "todo bien; el correcto es B87654321": where details are confirmed
    // (or a reply answers no step in particular), a detail given anew is a change to them (at a test, "the timeout is now 10
    // seconds" tells a fix).
    // (Not after words that turn to something else: "Unrelated, but my desk line changed this week: it's now 617-555-0148" is news.)
    if ((question === 'confirmation' || question === 'open') && clause.anew && !afterUnrelated) {
      doubts.push({ signal: 'not-yet', clause, why: 'a detail given anew beside the yes' });
      continue;
    }
    // "All details correct. We've since added a fourth store in Leeds", "Tutto corretto. Nel frattempo abbiamo aperto un quarto locale":
    // where details are confirmed, something changed since they were written is a change to them; and where a document is
    // approved too, since the document itself ("Since the work order we've opened a new store in Portland"; not "Wir haben den
    // Plan inzwischen intern abgestimmt").
    if (
      !yesClauses.has(clause) &&
      !clause.question &&
      ((question === 'confirmation' && SINCE_THEN.test(clause.folded)) || (toADocument && SINCE_SIGNED.test(clause.folded)))
    ) {
      doubts.push({ signal: 'not-yet', clause, why: 'something changed since, beside the yes' });
      continue;
    }
    // "Arbeitsauftrag passt. Kleine Info am Rande: Wir stellen im Frühjahr von Vectron auf Orderbird um": beside a yes to a
    // document or to details, the client's own system changing is a change to what the integration joins.
    // (In the yes's own clause too: "we've signed with Toast and will be rolling it out across all 38 locations, replacing Aloha".)
    if (!clause.question && toADocument && systemSwitch(clause)) {
      doubts.push({ signal: 'not-yet', clause, why: 'the client’s own system changing, beside the yes' });
      continue;
    }
    // "Ordine di lavoro ok. Vi segnalo solo che nel frattempo i punti vendita sono diventati 28": beside a yes to a document or to
    // details, a count of the client's places changed is a change to what they say.
    if (!yesClauses.has(clause) && !clause.question && toADocument && placeCountChanged(clause.folded)) {
      doubts.push({ signal: 'not-yet', clause, why: 'a count of the client’s places changed, beside the yes' });
      continue;
    }
    // "Passt für uns. Die Abstimmung mit dem Vorstand findet noch statt", "más adelante lo revisará nuestro director financiero":
    // beside a yes to a document, a board or a committee still to meet or decide is the yes's own condition.
    if (!yesClauses.has(clause) && clause.pending && toADocument && BOARD.test(clause.folded)) {
      doubts.push({ signal: 'not-yet', clause, why: 'a decision still to come elsewhere', toCome: true });
      continue;
    }
    // "Approved for Lyon. Bordeaux we'll look at after the summer", "Confirmed for the West region. East region ops hasn't reviewed
    // it yet", "Aprovado para Lisboa e Porto. O Algarve fica em suspenso": a yes limited to places or parts named, beside a clause
    // that names another, whatever it says of it. Which of the project's parts the yes leaves out is for the PM to see.
    // (Where it says something is not so, not yet, later, asked, hoped or held: "Good morning Megan" and "64 test cases run on iOS and
    // Android" name no part left out; nor does a request, "Please send the invoice to Julia".)
    const leavesOpen =
      clause.pending ||
      clause.later.length > 0 ||
      clause.hedge ||
      clause.condition ||
      clause.question ||
      clause.contrast ||
      clause.deferred ||
      NEGATOR.test(clause.folded) ||
      NOT_YET.test(clause.folded);
    if (!yesClauses.has(clause) && namedScope.size > 0 && question !== 'readiness' && leavesOpen && !clause.smallTalk && !onlyThanksOrYes(clause)) {
      const other = namesIn(clause.text, before === undefined || before.sentence !== clause.sentence).filter((name) => !namedInYes.has(name));
      if (other.length > 0) {
        doubts.push({ signal: 'not-yet', clause, why: `another part named beside a yes for ${[...namedScope].join(' ')}` });
        continue;
      }
    }
    // "Go ahead for Dublin. Cork can wait", "Akkoord voor de winkel in Utrecht. Amsterdam volgt later":
    // beside a yes to a document, a part put off to later in a clause of its own that says nothing else is a yes to a part.
    if (
      question === 'approval' &&
      !yesClauses.has(clause) &&
      clause.deferred &&
      !FAREWELL.test(clause.folded) &&
      clause.hits.every((h) => h.act === 'info') &&
      !clause.question &&
      !NOT_YET.test(clause.folded)
    ) {
      // (A second reading sure of the yes settles a next step the sender puts off, "we'll send the attendee list later", never a store
      // or a part put off, nor one on a condition: "The Boston store later, provided the lease is signed". A part said not done yet,
      // "Providence joins later", is one whatever the second reading: below.)
      // (Nor one whose clause opens on a name: "Porto we'll decide later", "Bonn entscheiden wir später".)
      const opensOnAName = namesIn(clause.text.trim().split(/\s+/)[0] ?? '', true).length > 0;
      const nextStep =
        OWN_VOICE.test(clause.folded) &&
        !opensOnAName &&
        !clause.condition &&
        !clause.hypothetical &&
        !STRONG_CONDITION.test(clause.folded) &&
        !UNLESS.test(clause.folded);
      doubts.push({ signal: 'not-yet', clause, why: 'a part put off to later', settles: nextStep });
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
      doubts.push({ signal: 'not-yet', clause, why: 'the yes that counts still to come', toCome: true });
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
    // At a test or a readiness report, a part deferred in the yes's own clause holds it too ("QA complete. Refunds we have parked,
    // Tomás agreed they can come in a second phase after go-live"); where a document is approved, a review still running there
    // ("schedule works for the dev part, still looking at launch week w our ops team").
    if (
      yesClauses.has(clause) &&
      (REPORTED.has(question) ? NOT_YET.test(clause.folded) : question === 'approval' && STILL_REVIEWING.test(clause.folded)) &&
      !clause.hits.some((h) => h.act === 'resolved')
    ) {
      doubts.push({ signal: 'not-yet', clause, why: 'a part not done yet beside the yes' });
      continue;
    }
    // (Small talk never hides a part not done: "I'll mull it over this weekend".)
    if (yesClauses.has(clause) || (clause.smallTalk && !NOT_YET.test(clause.folded))) continue;
    const acts = clause.hits.map((h) => h.act);
    const partNotDone = question !== 'confirmation' && NOT_YET.test(clause.folded);
    // (A hedged date is a doubt where the step asks for one: "The launch date could slip a week".)
    if (acts.length > 0 && acts.every((a) => a === 'thanks' || a === 'info') && !partNotDone && !(question === 'confirmation' && clause.hedge)) continue;
    // A yes still to come ("but we still need to confirm") is no yes.
    const saysYes = clause.hits.some((h) => !h.pending && !h.negated && ['approve', 'pass', 'done', 'resolved'].includes(h.act));
    // (A "but" that takes its problem back says nothing against the yes: "mas pelo que vi não impacta nenhuma das datas", "but that
    // doesn't change anything for the integration".)
    // (A "no" counts only as an answer, opening its clause after the "but" at most: Portuguese "não", Spanish "no" inside the
    // clause only negate its verb, "pero eso no afecta a la integración".)
    // (After words that turn to something else, a change told is news, not a change asked against the yes: "Unrelated, but my desk
    // line changed this week"; a refusal, a problem or something still to come there still stand against it.)
    const against = clause.hits.some(
      (h) =>
        !h.negated &&
        ((afterUnrelated ? ['refuse', 'problem'] : ['refuse', 'change', 'amend', 'problem']).includes(h.act) ||
          (h.act === 'no' && /^\s*(?:\S+[\s,]+)?$/.test(clause.folded.slice(0, h.at)))),
    );
    // (Nor does a request to keep things as they are: "but please keep me as the main contact".)
    const asks = clause.request && !KEEPS_AS_IS.test(clause.folded);
    if (clause.contrast && (asks || clause.pending || against) && !saysYes) doubts.push({ signal: 'not-yet', clause, why: 'a “but” after the yes' });
    // "Approved. But the end-of-day total is double the real one", "Aprovamos. Mas os reembolsos aparecem como vendas", "Approve.
    // One thing tho - VIP ticket holders show up as General Admission": at a test, a "but" after the yes on something told in
    // words no list knows is what was found.
    else if (
      question === 'testing' &&
      // (A bare yes or no word there is another language's: "fine giornata", "no relatório".)
      clause.hits.every((h) => h.act === 'info' || h.act === 'yes' || h.act === 'no') &&
      clause.words >= 4 &&
      !clause.question &&
      !clause.hypothetical &&
      clause.sentence > firstYes &&
      // (Opening on the "but", or turned by a short one after it: "Der Punktestand bleibt … aber gleich".)
      (BUT_OPENS.test(clause.folded) || (after?.sentence === clause.sentence && after.words <= 3 && BUT_OPENS.test(after.folded)))
    )
      doubts.push({ signal: 'not-yet', clause, why: 'a “but” after the yes at a test, on what was found' });
    else if (clause.hits.some((h) => h.negated && ['approve', 'pass', 'done', 'yes'].includes(h.act)))
      doubts.push({ signal: 'not-yet', clause, why: 'a negation beside the yes' });
    // (In a clause of its own that asks nothing and has no yes word, a hedge is beside the point: "Tom will probably click around in the sandbox".)
    else if (clause.hedge) doubts.push({ signal: 'not-yet', clause, why: 'a hedge beside the yes', aside: besideThePoint(clause) });
    // "The success messages are approved. Haven't got to the error messages yet": a part not done yet. (Details confirmed with
    // "we haven't locked the date yet" are confirmed: the date is asked for on its own.)
    else if (partNotDone && !saysYes) doubts.push({ signal: 'not-yet', clause, why: 'a part not done yet beside the yes' });
    // "All correct. East region ops hasn't reviewed it yet", "Unsere IT hat es noch nicht geprüft": where details are confirmed, a
    // look at them not taken yet (not a day not fixed yet, "we haven't locked the date yet": that day is asked for on its own).
    else if (question === 'confirmation' && notYetExamined(clause.folded))
      doubts.push({ signal: 'not-yet', clause, why: 'still to be reviewed or tested', toCome: true });
    // "Final sign-off is with Karen": the yes that counts is still someone else's to give.
    // "Waiting on Karen for the final go": a clause of something still to come that names a yes.
    // (A go-live wished for on a day named gives the launch date: "Wat ons betreft gaan we op maandag 15 maart live".)
    // (Where the step asks to approve a document, work still to be done is the plan that follows it, "our QA must be finished by July
    // 30", "we can start as soon as you're ready": the second reading, sure of the yes, settles it.)
    // At a test or a readiness report, a fix or a pass still to come is one too ("de punten worden nu door OrderLoop opgelost", "the
    // totals will be right in next week's build").
    else if (
      !clause.goLiveOn &&
      clause.hits.some(
        (h) =>
          h.pending &&
          !h.negated &&
          // (Not our side's readiness: "Northwind can start as soon as you're ready".)
          !ADDRESSEE_BEFORE.test(clause.folded.slice(0, h.at)) &&
          (TO_COME.includes(h.act) || (FIXED_TO_COME.includes(h.act) && REPORTED.has(question) && !GO_LIVE_WORDS.test(h.words))),
      )
    ) {
      // (Not a purchase order, a contract or a budget a committee still finalises: that is the yes's own condition.)
      const workToCome =
        question === 'approval' && !clause.hits.some((h) => h.pending && !h.negated && h.act === 'approve') && !DECIDED_ELSEWHERE.test(clause.folded);
      doubts.push({ signal: 'not-yet', clause, why: 'the yes that counts still to come', toCome: true, ...(workToCome ? { settles: true } : {}) });
    }
    // A plain word of things to come beside the yes ("Fine, Kevin will send these", "assim que estiverem prontas").
    // (Not a bare word of yes in thanks or a supposition, "grazie per l'ottimo incontro di martedì", "falls Sie ihn noch im Verteiler
    // haben, können Sie ihn gerne entfernen": courtesy, no yes.)
    else if (!clause.goLiveOn && clause.pending && clause.hits.some((h) => YES_LIKE.has(h.act) && !h.negated) && !onlyCourtesy(clause)) {
      // (At a test or a readiness report it is about what was tested, no aside: "the totals will be right in next week's build".)
      const aside = !clause.contrast && !CONTRAST_WORD.test(clause.folded) && !REPORTED.has(question);
      // (A short clause is the answer itself, not an aside: "Yes, still June.")
      doubts.push({ signal: 'not-yet', clause, why: 'the yes that counts still to come', toCome: true, aside, settles: aside && clause.words >= 5 });
    }
  }
  // "Oui, parfait pour le 14 à 10 h !", "Yes! Thursday at 2pm Eastern works for everyone here": where a document is approved, a yes
  // said to a time of day, with no word of approving ("approved", "we approve") and no document named: the yes may be to a call's
  // time, not to the document.
  const timed = yes.filter((r) => TIME_OF_DAY.test(r.clause.folded) && !PROJECT_TIME.test(r.clause.folded));
  if (
    question === 'approval' &&
    timed.length > 0 &&
    yes.every((r) => timed.includes(r) || r.clause.words <= 2) &&
    !yes.some((r) => r.clause.documents.length > 0 || r.clause.hits.some((h) => !h.negated && YES_LIKE.has(h.act) && EXPLICIT_YES.test(h.words)))
  )
    doubts.push({ signal: 'not-yet', clause: timed[0]?.clause as Clause, why: 'a yes to a time of day, not to the document' });
  // Beside a yes limited to places or parts named, what is still to come may be the rest of them: no second reading settles it.
  return namedScope.size > 0 ? doubts.map((d) => (d.settles === true ? { ...d, settles: false } : d)) : doubts;
}

/** A time of day ("2pm", "10am", "10 h", "14:30", "10 Uhr", "às 15h"), in folded text (not a spaced "am": German "Phase 2 am liebsten"; Dutch "om 10 uur"). */
const TIME_OF_DAY =
  /(?:^|[^\p{L}\p{N}])(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?(?:am|\s?pm|\s?h|\s?uhr|\s?uur|\s?hrs)(?![\p{L}\p{N}])|(?:^|\s)(?:[01]?\d|2[0-3]):[0-5]\d(?![\p{N}])/u;
/** A time of the project's own: its cutover or launch ("The 6am cutover on Tuesday works for us"). */
const PROJECT_TIME = /\b(?:cutover|cut-over|switch\w*|launch\w*|go[- ]?live|livegang|lancement|lanzamiento|lancamento|lancio)\b/;

/** A request to keep something as it is ("please keep me as the main contact", "bitte beibehalten"): no change asked. */
const KEEPS_AS_IS = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('keepsAsIs')})(?:\s|$)`, 'u');

/** A condition in a sentence that names the launch ("…, ma dipende dal consiglio direttivo", "but it depends on the board"). */
function launchOnCondition(clauses: readonly Clause[]): boolean {
  return clauses.some((c) => c.condition && clauses.some((d) => d.sentence === c.sentence && d.goLiveNamed));
}

/**
 * A body that decides: a board, a committee, a council (not a purchase order or finance still to send something, "our PO number
 * will follow from procurement", which follows a yes).
 */
const BOARD = wholeWordsOf(['boards']);

/** An exception opening its sentence (`exceptLead`: "Apart from…", "Bis auf…", "Sauf…", "Salvo…"). */
const EXCEPT_LEAD = new RegExp(String.raw`^\s*(?:${wordsOf('exceptLead')})(?![\p{L}])`, 'u');

/** A clause that is a farewell and no more, a name after it at most (`farewells`: "Catch you later", "bis später, Tom"): it puts nothing off. */
const FAREWELL = new RegExp(String.raw`^\s*(?:${wordsOf('farewells')})(?:[\s,]+\p{L}+)?[\s!.]*$`, 'u');

/** Something changed since (`sinceThen`: "we've since", "inzwischen", "nel frattempo", "inmiddels"). */
const SINCE_THEN = wholeWordsOf(['sinceThen']);
/** The client's own system replaced, its name not said (`ownSystemReplaced`): "our PMS will be replaced in June". */
const OWN_SYSTEM_REPLACED = wholeWordsOf(['ownSystemReplaced']);
/**
 * The client's own system changing ("Wir stellen im Frühjahr von Vectron auf Orderbird um", "pasamos de Micros a Toast"): a word
 * of switching, and "from" a name "to" another, over the clause as written but for its accents (a name has its capital; not a
 * month's or a day's, "moved from May to July").
 */
const SWITCH_WORDS = new RegExp(String.raw`(?<![\p{L}])(?:${wordsOf('switchVerbs')})(?![\p{L}])`, 'u');
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*)?`;
/** An article before the name ("da Sympla", "para a Ingresse", "de la Fnac"; an elided one, "l'", glued to it). */
const ARTICLE = String.raw`(?:(?:${wordsOf('switchArticles', (a) => (a.endsWith("'") ? a : `${a}\\s`))})\s*)?`;
const FROM_NAME_TO_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${wordsOf('switchFrom')})\s+${ARTICLE}(${NAME})\s+(?:${wordsOf('switchTo')})\s+${ARTICLE}(${NAME})`,
  'gu',
);
/** Away from a name, or in its place ("all our ticketing moves over from Ticketmaster Host", "replacing Aloha", "migramos da Sympla"). */
const AWAY_FROM_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${wordsOf('switchAway')})\s+${ARTICLE}(${NAME})`, 'giu');
/** A document or a mail, replaced ("this replaces the DocuSign envelope", "ersetzt die Version von gestern"): no system. */
const DOCUMENT_WORD =
  /^(?:version|versione|versao|versie|docusign|pdf|mail|e-?mail|envelope|freigabe|dokument|documento?|document|file|datei|fichier|archivo|bestand|link|invite)\b/i;
/** Accents off, and the typographic apostrophe made plain ("de l’Addition à Zelty"), the case kept. */
const asWritten = (text: string) => withoutAccents(text).replace(/[’‘]/g, "'");
const aName = (name: string | undefined) =>
  name !== undefined && /^\p{Lu}/u.test(name) && matchesOf(DATE_NAMES, fold(name)).length === 0 && !DOCUMENT_WORD.test(name);
function systemSwitch(clause: Clause): boolean {
  if (OWN_SYSTEM_REPLACED.test(clause.folded)) return true;
  const text = asWritten(clause.text);
  if (SWITCH_WORDS.test(clause.folded) && matchesOf(FROM_NAME_TO_NAME, text).some((m) => aName(m[1]) && aName(m[2]))) return true;
  return matchesOf(AWAY_FROM_NAME, text).some((m) => aName(m[1]));
}

/** Since the document or its signing (`sinceSigned`: "since the work order", "seit dem Vertrag"). */
const SINCE_SIGNED = wholeWordsOf(['sinceSigned']);

/** Words that open news told after the answer (the `newsLead` pattern): "FYI, …", "Heads up:", "Let op:", "Zur Info:". */
const NEWS_LEAD = new RegExp(String.raw`^\s*(?:${wordsOf('newsLead')})(?![\p{L}])`, 'u');
/** Words that turn to something else, a clause of their own before a "but" (the `unrelatedLead` pattern): "Unrelated, but …". */
const UNRELATED_ONLY = new RegExp(String.raw`^\s*(?:${wordsOf('unrelatedLead')})\s*[,:]?\s*$`);

/** The reader's side, right before a word of being ready ("as soon as you're ready", "dès que vous êtes prêts"): the `addresseeIs` pattern. */
const ADDRESSEE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${wordsOf('addresseeIs')})\s+$`);

/** Comments, feedback, remarks on a document ("our comments", "Anmerkungen", "nos retours"): the `commentWords` pattern. */
const COMMENTS = wholeWordsOf(['commentWords']);
/** Who or what a yes may still wait on: a committee, a board, a purchase order, a contract, a budget, a role (finance, legal). */
const DECIDED_ELSEWHERE = wholeWordsOf(['decisionBodies', 'roles']);

/** The acts of a yes still to come beside the yes; at a test or a readiness report, a fix or a pass still to come too. */
const TO_COME: readonly Act[] = ['approve', 'done'];
const FIXED_TO_COME: readonly Act[] = ['resolved', 'pass'];
const REPORTED: ReadonlySet<StepQuestion> = new Set(['testing', 'readiness']);
/** A go-live named ("who to contact after go-live"): no pass still to come. */
const GO_LIVE_WORDS = new RegExp(`^(?:${wordsOf('goLiveNoun')})$`);

/** A clause that tells the sender's own absence, in any language's words of one (`I'm out from Dec 23`, `je serai en congés`). */
const tellsAbsence = (clause: Clause): boolean => Object.values(ABSENCE).some((list) => list.some((words) => words.test(clause.text)));

/** Words of a statement after news of the sender's absence that could be news of its own (a sign-off is shorter). */
const ABSENCE_AFTER_WORDS = 5;

/** At a test or a readiness report, a statement of this many words the reader found no meaning in, after the yes, is a doubt. */
const REPORTED_UNREAD_WORDS = 10;

/**
 * Much the reader did not read: when statements it found no meaning in (of eight words or more)
 * outnumber the clauses that said yes, what it missed could turn the yes around. At a test or a readiness report one such
 * statement after the yes is enough ({@link REPORTED_UNREAD_WORDS} words or more): what the sender found is told after the yes, in
 * plain words no list knows ("QA done, approved. The balance screen rounds 12.5 points down to 12, while the receipt shows 13").
 * It is a doubt the second reading settles when it is sure of the yes.
 */
export function unread(statements: readonly Read[], yes: readonly Read[], afterTheYes: boolean, question: StepQuestion): Read[] {
  // After an explicit yes, only what comes after it could turn it around ("We approve the work order. … [a last paragraph]").
  const last = Math.max(...yes.map((r) => r.clause.sentence));
  const reported = REPORTED.has(question)
    ? statements.filter((r) => r.clause.words >= REPORTED_UNREAD_WORDS && r.clause.sentence > last && !r.clause.neutral)
    : [];
  if (reported.length > 0)
    return [
      {
        signal: 'not-yet',
        clause: reported[0]?.clause as Clause,
        why: `${reported.length} statements not read after the yes, at a test or a readiness report`,
        unread: true,
      },
    ];
  const long = statements.filter((r) => r.clause.words >= 8 && (!afterTheYes || r.clause.sentence > last));
  return long.length >= 1 && long.length > new Set(yes.map((r) => r.clause)).size
    ? [{ signal: 'not-yet', clause: long[0]?.clause as Clause, why: `${long.length} statements not read beside the yes`, unread: true }]
    : [];
}
