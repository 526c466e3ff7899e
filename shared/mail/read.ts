import { bodyText, colouredLines } from './body';
import { MailRejection, UnparseableMailError } from './errors';
import { extractContacts, mayNameADay, namesNoSuchDay, noticeLaunchDays, noticeSpans, readLaunch, sentencesWithin } from './extract';
import { readClauses, type Clause } from './reading/clauses';
import type { MonthWindow } from './reading/month-window';
import { fold, matchesOf } from './reading/lexicon';
import { wholeWordsOf } from './reading/patterns';
import { interpret, type InterpretSignals, type MailSignals, type StepQuestion } from './reading/interpret';
import type { IntentModel } from './reading/second-reading';
import type { DocumentName } from './reading/types';
import { addressesOtherThanNotice } from './addresses';
import { amountsOtherThanNotice } from './amounts';
import { namesCalledOff } from './called-off';
import { countsOtherThanNotice } from './counts';
import { readThrough, senderSentences } from './notice-figures';
import { classifyKind } from './kind';
import { MAX_REPLY_TEXT_CHARS } from './limits';
import { PROJECT_ID_SHAPE } from '../project/project-id';
import { parseMail, type ParseLimits } from './parse';
import { extractReply, withoutQuotedContext } from './reply-text';
import type { AttachmentInfo, MailAddress, MailReading, MailRejected, ParsedMail } from './schemas';

export interface ReadOptions extends ParseLimits {
  /** Read relative dates against this day (YYYY-MM-DD) instead of the mail's Date header. */
  readonly referenceDate?: string;
  /** The service's own addresses: never contacts. */
  readonly serviceAddresses?: readonly string[];
  /** What the step the reply answers asked, when known (the inbound path reads again at the step: {@link readAt}). */
  readonly question?: StepQuestion;
  /** The step asks for the launch day (the details' confirmation): a day named with no word of the launch is its launch day. */
  readonly asksLaunchDay?: boolean;
}

/** Names of the files a person attached (not inline images): a signed document can carry a decision. */
export function attachedFiles(attachments: readonly AttachmentInfo[]): string[] {
  return attachments
    .filter((a) => a.disposition !== 'inline' && !a.contentType.startsWith('image/'))
    .map((a) => a.filename ?? '')
    .filter((name) => name !== '');
}

/**
 * The answer of a calendar reply (RFC 5546: METHOD:REPLY, the attendee's PARTSTAT), which mail
 * programs send when a person presses Accept or Decline on an invitation; none for other mail.
 */
function calendarAnswerOf(mail: ParsedMail): { calendarAnswer?: 'accepted' | 'declined' | 'tentative' } {
  for (const part of mail.parts) {
    if (part.contentType !== 'text/calendar') continue;
    const text = part.content.toString('utf8');
    if (!/^METHOD:REPLY\s*$/im.test(text)) continue;
    const status = /PARTSTAT=(ACCEPTED|DECLINED|TENTATIVE)/i.exec(text)?.[1]?.toLowerCase();
    if (status === 'accepted' || status === 'declined' || status === 'tentative') return { calendarAnswer: status };
  }
  return {};
}

/** What besides its words a reply's meaning rests on: a date, contacts, files attached, what the mail around it says. */
function signalsOf(
  reading: Pick<MailReading, 'mailSignals' | 'launchDate' | 'dayNamed' | 'contacts' | 'attachments'>,
  otherDocuments: readonly DocumentName[] = [],
): InterpretSignals {
  // (A day named with no word of the launch, taken for the launch day where the step asks for it, and not the notice's.)
  const namedAsLaunch = reading.dayNamed !== undefined && reading.launchDate === reading.dayNamed;
  return {
    ...(otherDocuments.length > 0 ? { otherDocuments } : {}),
    hasDate: reading.launchDate !== null,
    hasContacts: reading.contacts.length > 0,
    attachmentNames: attachedFiles(reading.attachments),
    ...reading.mailSignals,
    ...(namedAsLaunch && reading.mailSignals.anotherDayNamed === true ? { anotherDay: true } : {}),
  };
}

/** What the mail around a reply says of it: whether the notice it quotes asks, whether that mail is someone else's, a calendar answer. */
function mailSignalsOf(mail: ParsedMail, quoted: string | undefined, replyText: string): MailSignals {
  const copied = copiedPeople(mail);
  return {
    ...quoteAsksOf(quoted, replyText),
    ...(answersSomeoneElse(mail) ? { answersSomeoneElse: true } : {}),
    ...calendarAnswerOf(mail),
    ...(copied.length > 0 ? { copied } : {}),
  };
}

/** Our address a reply is sent to (the reply key's: `…+k1.INT-1042.plan.…@domain`), if it is sent to one. */
function ourAddress(mail: ParsedMail): MailAddress | undefined {
  return [...mail.to, ...mail.cc].find((a) => /\+k\d+\./i.test(a.address));
}

/**
 * The first names of the people a reply is also sent to (To, Cc), folded as the text they are looked for in is: not the sender,
 * not anyone at our organisation (the one the reply key's address is at). "Ben Carter" and "Carter, Ben" are "ben"; with no
 * name, an address's first part ("raj.patel@…" is "raj").
 */
function copiedPeople(mail: ParsedMail): string[] {
  const everyone = [...mail.to, ...mail.cc];
  const ours = ourAddress(mail)?.address.split('@')[1];
  if (ours === undefined) return [];
  const names = everyone
    .filter((a) => a.address.toLowerCase() !== mail.from.address.toLowerCase() && organisation(a.address.split('@')[1] ?? '') !== organisation(ours))
    .map((a) => {
      const name = a.name?.trim() ?? '';
      const first = name.includes(',') ? name.split(',')[1]?.trim().split(/\s+/)[0] : name.split(/\s+/)[0];
      return fold(first || /^[a-z]{3,}(?=[._-]|@)/i.exec(a.address)?.[0] || '');
    });
  return [...new Set(names.filter((n) => /^\p{L}{2,}$/u.test(n)))];
}

/** A notice asks for an answer when it has a question mark or asks in words (our notices are in English; a client may forward one translated). */
const ASKS_FOR_ANSWER =
  /\?|\b(please|reply|respond|confirm|approve|let us know|tell us|sign|bitte|veuillez|merci de|por favor|per favore|graag|gelieve|favor)\b/i;

/** How far into a plain-text body the notice a reply quotes is looked for (the reply and its quote come first). */
const QUOTE_WINDOW = 100_000;

/** A quote mark or white space. */
const QUOTE_MARK_OR_SPACE = /[>\s]/;

/**
 * Whether the notice quoted after the reply asks for an answer: the lines of the plain-text body after
 * the first line that is the reply's last line (a top-posted reply). Unknown when there is no such
 * notice of some length.
 */
/** Whether a quoted notice has 80 characters or more besides quote marks and white space (counted only that far). */
function substantial(quoted: string): boolean {
  let count = 0;
  for (let i = 0; i < quoted.length && count < 80; i++) if (!QUOTE_MARK_OR_SPACE.test(quoted.charAt(i))) count += 1;
  return count >= 80;
}

/** The first line of a quoted mail that names its author: "From: …", "On … wrote:", "Am … schrieb …:" and their forms in the seven languages. */
const QUOTED_AUTHOR =
  /^[>\s*]*(?:(?:from|von|de|da|van|em)\s*:[^\n]*|(?:on|am|le|el|il|op|em)\s[^\n]*(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef)[^\n]*)$/im;

/** A mail address, its domain captured. */
const ADDRESS = /[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g;

/** A subject whose first prefix forwards (Fwd, FW, WG, TR, RV, ENC, I, Doorst): the mail is sent on by its sender, not a reply. */
const FORWARDED_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|enc|i|doorst)\s?:/i;

/** A domain's name without its top level and subdomains ("mail.paytronix.example" and "paytronix.com" are both "paytronix"). */
const organisation = (domain: string) => domain.toLowerCase().split('.').slice(-2)[0];

/**
 * Whether the mail a reply answers, the first one quoted under it, is someone else's: its author writes from another
 * organisation than ours (the one the reply key's address is at). A 👍 to a colleague's mail in a reply-all answers that mail.
 */
function answersSomeoneElse(mail: ParsedMail): boolean {
  // "Fwd: AW: Test …", "TR: [PX-2202] …": the sender forwards a colleague's mail to us and writes above it to us.
  if (FORWARDED_SUBJECT.test(mail.subject ?? '')) return false;
  const service = ourAddress(mail);
  const ours = service?.address.split('@')[1];
  const body = mail.text?.slice(0, QUOTE_WINDOW) ?? '';
  const author = QUOTED_AUTHOR.exec(body)?.[0];
  // The header can wrap: its address may stand on the next line.
  const at = author === undefined ? -1 : body.indexOf(author);
  if (ours === undefined || author === undefined || at < 0) return false;
  const domain = matchesOf(ADDRESS, body.slice(at, at + author.length + 120))[0]?.[1];
  if (domain !== undefined) return organisation(domain) !== organisation(ours);
  // Exchange shows a colleague by name only ("From: Park, Jen", no address in the whole header): a first quoted mail like that,
  // not under our service's name, with our notice (an address of ours) quoted further down, is a colleague's.
  const header = body.slice(at).split(/\n[>\s]*\n/)[0] ?? '';
  const name = service?.name?.trim().toLowerCase() ?? '';
  const below = body.slice(at + header.length);
  return (
    !header.includes('@') &&
    (name === '' || !header.toLowerCase().includes(name)) &&
    matchesOf(ADDRESS, below).some((m) => organisation(m[1] ?? '') === organisation(ours))
  );
}

/** The mail quoted under a top-posted reply: the body's lines after the first line that is the reply's last line (none when there is no such line). */
function quotedUnder(mail: ParsedMail, replyText: string): string | undefined {
  const body = mail.text;
  const last = (replyText.trim().split('\n').pop() ?? '').trim();
  if (!body || last === '') return undefined;
  const window = body.slice(0, QUOTE_WINDOW);
  // The first line that is the reply's last line, found by its text (the body is not cut into lines: it can be long).
  for (let from = window.indexOf(last); from >= 0; from = window.indexOf(last, from + 1)) {
    const start = window.lastIndexOf('\n', from - 1) + 1;
    const end = window.indexOf('\n', from);
    if (window.slice(start, end < 0 ? window.length : end).trim() !== last) continue;
    return end < 0 ? '' : window.slice(end + 1);
  }
  return undefined;
}

/** The lines of ours an inline answer keeps above itself in the reply text (`> …`). */
function linesAnsweredUnder(replyText: string): string[] {
  return replyText.includes('>') ? replyText.split('\n').filter((line) => line.startsWith('>')) : [];
}

function quoteAsksOf(quoted: string | undefined, replyText = ''): Pick<InterpretSignals, 'quoteAsks'> {
  // Our lines an inline answer is written under are the notice too ("> Please approve your project plan within 48 hours" /
  // "Approved - go ahead."): the quote below them may hold only the rest of it.
  if (ASKS_FOR_ANSWER.test(linesAnsweredUnder(replyText).join('\n'))) return { quoteAsks: true };
  return quoted !== undefined && substantial(quoted) ? { quoteAsks: ASKS_FOR_ANSWER.test(quoted) } : {};
}

/** How much of the quoted notice is looked for its launch day: the notice comes first under the reply, older mail after it. */
const NOTICE_WINDOW = 4_000;

/**
 * Whether the launch day a reply names is another than the one the notice it quotes proposes ("Confirmamos o cronograma, com o
 * go-live a 8 de junho", under a revised schedule for 15 June): a yes with it is a yes to other terms, or to an earlier version.
 * Unknown (false) when the reply names no day, or the quoted notice none.
 */
function namesAnotherDay(proposed: () => string | undefined, named: readonly string[]): boolean {
  if (named.length === 0) return false;
  const day = proposed();
  return day !== undefined && !named.includes(day);
}

/**
 * The sender's clauses that name the launch by a month, or a part of one, that the day the notice proposes is not in ("Approved!
 * Go-live the first week of March works perfectly", under a schedule whose go-live is 31 March; "le lancement courant avril", under
 * a plan for 17 March): the yes is to another launch. (A clause that asks or supposes names none.)
 */
function launchWindowsOtherThanNotice(clauses: readonly Clause[], proposed: () => string | undefined): string[] {
  const naming = clauses.filter((c) => c.launchWindows.length > 0 && !c.question && !c.hypothetical);
  const day = naming.length === 0 ? undefined : proposed();
  if (day === undefined) return [];
  const [year, month, date] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))];
  // (A year written beside the month is weighed too: "Go-live in June 2026", under a go-live of 16 June 2025.)
  const outside = (m: MonthWindow) => m.month !== month || date < m.from || date > m.to || (m.year !== undefined && m.year !== year);
  return naming.filter((c) => c.launchWindows.every(outside)).map((c) => c.text);
}

/** The launch day the notice quoted under the reply proposes ({@link proposedDay}), found once and only when something is weighed against it. */
function proposedUnder(notice: () => string | undefined, reference: Date): () => string | undefined {
  let found: { day: string | undefined } | undefined;
  return () => {
    if (found === undefined) {
      const text = notice();
      found = { day: text === undefined ? undefined : proposedDay(text, reference) };
    }
    return found.day;
  };
}

/**
 * The notice quoted under a reply as its lines read (the `>` marks taken off), with the lines of it an inline answer keeps above
 * itself, its first {@link NOTICE_WINDOW} characters, made once and only when something is weighed against it.
 */
function noticeUnder(quoted: string | undefined, replyText: string): () => string | undefined {
  let notice: string | undefined;
  return () => {
    if (notice !== undefined) return notice;
    // The notice's lines an inline answer is written under are the notice too ("> Desired launch date: Monday, March 3, 2025" /
    // "We're opening registration on March 10"): the quote below the reply may hold only the rest of it, or nothing.
    const answeredUnder = linesAnsweredUnder(replyText);
    const whole = answeredUnder.length > 0 ? `${answeredUnder.join('\n')}\n${quoted ?? ''}` : quoted;
    if (whole !== undefined) notice = whole.slice(0, NOTICE_WINDOW).replace(/^[>\s]+/gm, '');
    return notice;
  };
}

/**
 * The launch day a notice proposes: the one it names most often ("the target go-live is now June 15 (it was June 8)" and
 * "Target go-live: June 15"), the first of those named as often.
 */
function proposedDay(notice: string, reference: Date): string | undefined {
  const counts = new Map<string, number>();
  for (const day of noticeLaunchDays(notice, reference)) counts.set(day, (counts.get(day) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/**
 * The sender's sentences that name a day within the days the notice quoted under the reply names (its milestones, its spans):
 * "we put a freeze on any POS changes from November 20 through January 2", under a schedule whose go-live is November 24.
 */
function onTimeline(ownWords: string, notice: () => string | undefined, reference: Date, languages: readonly string[]): Pick<MailSignals, 'onTimeline'> {
  // (Words that name no day hold no news on one: the notice is not read for them.)
  const text = mayNameADay(ownWords) ? notice() : undefined;
  if (text === undefined) return {};
  const found = sentencesWithin(ownWords, noticeSpans(text, reference), reference, languages);
  return found.length > 0 ? { onTimeline: found.map((s) => s.trim()) } : {};
}

/**
 * A signal of the sender's sentences whose figures differ from the notice's (notice-figures.ts: a count of places, devices or
 * volumes, counts.ts; a sum, amounts.ts; a web address, addresses.ts), or that call off a place or an event it names (called-off.ts),
 * each trimmed; none when there are none.
 */
function sentencesSignal(
  signal: 'otherCount' | 'otherAmount' | 'otherAddress' | 'calledOff' | 'otherWindow' | 'otherProject',
  found: readonly string[],
): Pick<MailSignals, 'otherCount' | 'otherAmount' | 'otherAddress' | 'calledOff' | 'otherWindow' | 'otherProject'> {
  return found.length > 0 ? { [signal]: found.map((s) => s.trim()) } : {};
}

/**
 * One of our projects' ids ("INT-1160", project/schemas.ts's `ProjectId`), as a reply writes it: not part of a longer reference
 * ("INT-2027-0412"), nor one the sender files something of their own under ("our ticket: INT-4410", "logged under INT-20931").
 */
const PROJECT_ID = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?<!(?:ticket|ref|reference|po|order|case|incident|logged (?:as|under)|gelogd onder|referenz|référence|referencia|riferimento|referência)[\s:#.]{0,3})${PROJECT_ID_SHAPE}(?![\d-]|\.\d)`,
  'giu',
);
/** Whether a text names a project id at all, before the sentences are looked at. */
const ANY_PROJECT_ID = new RegExp(PROJECT_ID_SHAPE, 'i');

/**
 * The sender's sentences that name another of our projects than the one the reply answers (its id in the subject or in the reply
 * key's address): "Goedgekeurd! De koppeling voor de Vakbeurs Utrecht (INT-1102) werkt prima", answering INT-1160's test notice.
 * None where the mail names no project of ours of its own.
 */
function projectsOtherThanThis(ownWords: string, mail: ParsedMail): string[] {
  if (!ANY_PROJECT_ID.test(ownWords)) return [];
  const ours = new Set([mail.subject, ourAddress(mail)?.address ?? ''].flatMap((text) => (text.match(PROJECT_ID) ?? []).map((id) => id.toUpperCase())));
  if (ours.size === 0) return [];
  return senderSentences(ownWords)
    .filter((sentence) => (sentence.match(PROJECT_ID) ?? []).some((id) => !ours.has(id.toUpperCase())))
    .map(readThrough);
}

/** Words of an invitation to a meeting, each language's `invitation` pattern ("You are invited to", "Einladung", "convite"). */
const INVITATION = wholeWordsOf(['invitation']);

/** Whether the notice quoted under the reply invites to a meeting (the IDI's invitation): then attending answers it. */
function invitesToAMeeting(notice: () => string | undefined): Pick<MailSignals, 'noticeInvites'> {
  const text = notice();
  return text !== undefined && INVITATION.test(fold(text)) ? { noticeInvites: true } : {};
}

/** How a reading is read again at a step: the documents of other steps it may speak of, and the second reading's model. */
export interface ReadAtOptions {
  /** Documents other steps ask a yes to (ProcessModule.otherDocuments): a yes to one is not this step's. */
  readonly otherDocuments?: readonly DocumentName[];
  /** Another second-reading model than the committed one (an out-of-fold run). */
  readonly model?: IntentModel;
  /** The step asks for the launch day (ProcessModule.asksLaunchDay): a day named with no word of the launch is its launch day. */
  readonly asksLaunchDay?: boolean;
}

/** The reading of a human reply again at another step's question (or with another second-reading model): clauses are not read again. */
export function readAt(reading: MailReading, question: StepQuestion, options: ReadAtOptions = {}): MailReading {
  const { model, otherDocuments = [] } = options;
  const launchDate = launchAt(options.asksLaunchDay === true, reading);
  if (reading.kind !== 'human') return reading;
  if (reading.question === question && model === undefined && otherDocuments.length === 0 && launchDate === reading.launchDate) return reading;
  const text = readableText(reading.replyText, reading.mailSignals.quotedOnly === true);
  const meaning = interpret(text, question, signalsOf({ ...reading, launchDate }, otherDocuments), reading.clauseReading, model);
  // (A "not yet" read at another step is not this step's.)
  const { notYet: _atOtherStep, ...before } = reading;
  return { ...before, ...meaning, launchDate, question };
}

/** What a process says of its steps for reading the replies to them (a ProcessModule is one). */
export interface StepReading {
  replyQuestion(step: string | undefined): StepQuestion;
  otherDocuments?(step: string | undefined): readonly DocumentName[];
  /** Whether the step asks for the launch day (ProcessModule.asksLaunchDay); no step does when left out. */
  asksLaunchDay?(step: string | undefined): boolean;
}

/** The reading of a human reply at the step of a process it answers: that step's question, and the documents of the steps before it. */
export function readAtStep(reading: MailReading, process: StepReading, step: string | undefined, model?: IntentModel): MailReading {
  return readAt(reading, process.replyQuestion(step), {
    otherDocuments: process.otherDocuments?.(step) ?? [],
    asksLaunchDay: process.asksLaunchDay?.(step) === true,
    ...(model ? { model } : {}),
  });
}

/** The attachments a person would see: parts with a filename or an attachment disposition. */
function visibleAttachments(mail: ParsedMail): AttachmentInfo[] {
  return mail.parts.filter((part) => part.filename !== null || part.disposition === 'attachment').map(({ content: _content, ...info }) => info);
}

function referenceInstant(mail: ParsedMail, referenceDate: string | undefined): Date {
  if (referenceDate) return new Date(`${referenceDate}T12:00:00Z`);
  return mail.date ? new Date(mail.date) : new Date();
}

/**
 * The part of a reply's text the reader reads: its first {@link MAX_REPLY_TEXT_CHARS} characters. With no words of its own
 * (only an attachment, the answer in the subject), the text kept is the mail it quotes, and none of it is read as the
 * sender's (our notice's "Reply APPROVED to approve" is no yes, its dates no launch date).
 */
function readableText(replyText: string, quotedOnly: boolean): string {
  return quotedOnly ? '' : replyText.slice(0, MAX_REPLY_TEXT_CHARS);
}

/** Understands a parsed mail: kind, reply text, intent and what it names. */
export function understand(mail: ParsedMail, options: ReadOptions = {}): MailReading {
  const { text: replyText, own } = extractReply(bodyText(mail), { coloured: colouredLines(mail.html) });
  const { kind, autoReplyReason, bounce } = classifyKind(mail, replyText);
  const attachments = visibleAttachments(mail);
  const question = options.question ?? 'open';
  const read = { outcome: 'read', mail, kind, autoReplyReason, bounce, replyText, question, attachments } as const;
  if (kind !== 'human') {
    return {
      ...read,
      intent: 'none',
      confidence: 1,
      needsReview: false,
      reasons: [kind === 'bounce' ? 'a delivery failure report' : `an automatic reply (${autoReplyReason ?? 'auto'})`],
      scope: false,
      changes: false,
      delivered: [],
      pending: [],
      languages: [],
      clauseReading: { languages: [], clauses: [] },
      mailSignals: {},
      launchDate: null,
      contacts: [],
    };
  }
  const readable = readableText(replyText, !own);
  const exclude = new Set([
    mail.from.address,
    ...mail.to.map((a) => a.address),
    ...mail.deliveredTo,
    ...(options.serviceAddresses ?? []).map((a) => a.toLowerCase()),
  ]);
  // The quoted lines an inline answer keeps for context (`> …`) are ours, not the sender's: no contact
  // is read from them, and a date only from the answer below a quoted question about the launch.
  const ownWords = withoutQuotedContext(readable);
  const contacts = extractContacts(ownWords, exclude);
  const clauseReading = readClauses(readable);
  const reference = referenceInstant(mail, options.referenceDate);
  const { date: launchSaid, days, dayNamed, wrongWeekday } = readLaunch(readable, { reference, languages: clauseReading.languages, dayAsked: true });
  const launchDate = launchAt(options.asksLaunchDay === true, { launchDate: launchSaid, ...(dayNamed !== undefined ? { dayNamed } : {}) });
  const quoted = quotedUnder(mail, replyText);
  const notice = noticeUnder(quoted, readable);
  const proposed = proposedUnder(notice, reference);
  const mailSignals: MailSignals = {
    ...mailSignalsOf(mail, quoted, replyText),
    ...(own ? {} : { quotedOnly: true }),
    ...(namesAnotherDay(proposed, days) ? { anotherDay: true } : {}),
    ...(dayNamed !== undefined && namesAnotherDay(proposed, [dayNamed]) ? { anotherDayNamed: true } : {}),
    // ("Tuesday, March 9, 2026", a Monday, is no day a calendar has either.)
    ...(wrongWeekday === true || namesNoSuchDay(ownWords, reference) ? { noSuchDay: true } : {}),
    ...onTimeline(ownWords, notice, reference, clauseReading.languages),
    ...sentencesSignal('otherCount', countsOtherThanNotice(ownWords, notice)),
    ...sentencesSignal('otherAmount', amountsOtherThanNotice(ownWords, notice)),
    ...sentencesSignal('otherAddress', addressesOtherThanNotice(ownWords, notice)),
    ...sentencesSignal('calledOff', namesCalledOff(ownWords, notice)),
    ...sentencesSignal('otherWindow', launchWindowsOtherThanNotice(clauseReading.clauses, proposed)),
    ...sentencesSignal('otherProject', projectsOtherThanThis(ownWords, mail)),
    // (The notice read only for a reply that says it will attend.)
    ...(clauseReading.clauses.some((c) => c.attends) ? invitesToAMeeting(notice) : {}),
    // (A picture inside the text, a signature's logo, is no file handed over.)
    ...(attachments.every((a) => a.disposition === 'inline' && a.contentType.startsWith('image/')) ? { noFiles: true } : {}),
  };
  const meaning = interpret(
    readable,
    question,
    signalsOf({ mailSignals, launchDate, ...(dayNamed !== undefined ? { dayNamed } : {}), contacts, attachments }),
    clauseReading,
  );
  return { ...read, ...meaning, clauseReading, mailSignals, launchDate, ...(dayNamed !== undefined ? { dayNamed } : {}), contacts };
}

/**
 * The launch day a reply gives at a step: the day said of the launch; where the step asks for the day (the details'
 * confirmation), a day named with no word of the launch when none is said of it ("all correct. march 3 is still the date").
 */
function launchAt(asksLaunchDay: boolean, reading: Pick<MailReading, 'launchDate' | 'dayNamed'>): string | null {
  // (A day named alone is kept only when no day is said of the launch: then the launch read at another step is none.)
  const said = reading.dayNamed !== undefined ? null : reading.launchDate;
  return asksLaunchDay ? (said ?? reading.dayNamed ?? null) : said;
}

/**
 * Reads one raw message. Never throws for any input: a mail that cannot be read comes back as a
 * rejection with its reason's name (docs/mail-understanding.md lists them).
 */
export async function readMail(raw: Buffer, options: ReadOptions = {}): Promise<MailReading | MailRejected> {
  try {
    return understand(await parseMail(raw, options), options);
  } catch (error) {
    if (error instanceof MailRejection) return { outcome: 'rejected', reason: error.name, message: error.message };
    // Anything else thrown while reading bytes from outside is still this mail's problem: record it
    // under the unparseable reason with the cause, so nothing is lost and the inbound path goes on.
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const rejection = new UnparseableMailError(`the mail could not be read (${cause})`);
    return { outcome: 'rejected', reason: rejection.name, message: rejection.message };
  }
}
