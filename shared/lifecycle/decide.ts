import { isDecision } from '../mail/reading/types';
import type { MailReading } from '../mail/schemas';
import type { Party, Project } from '../project/schemas';
import { processOf } from '../processes/registry';
import type { QueuedProject } from '../timeline/feasibility';
import type { Evidence } from '../timeline/schemas';
import { applyStaffAction, StaffActionRefusedError, staffActionFromText } from './commands';
import { notActed, quotedMail, type NotActedOn, type Outcome } from './outcome';
import { applyClientReply } from './replies';
import { askThePm, openReview } from './review';
import { REVIEW_ACTION_NAMES } from '../processes/review-actions';
import { currentStep, stepOutcome, type StepId } from './steps';

/*
 * What a reply does to a project, decided without I/O: a pure function of the record, the reading
 * of the mail, the step its reply key names, the SES verdicts and the context the inbound path read
 * (now, the evidence, how the mail was correlated, the staff domains, the queue near a launch date).
 * The inbound path (service/inbound.ts) reads, calls `decide`, and writes; the decision tables in
 * test/fixtures/decisions/ specify it case by case.
 */

/** SES receipt verdicts (PASS, FAIL, GRAY, PROCESSING_FAILED, DISABLED); locally PASS unless a test says otherwise. */
export interface Verdicts {
  readonly spam: string;
  readonly virus: string;
  readonly spf: string;
  readonly dkim: string;
  readonly dmarc: string;
}

/** What the verdicts allow once a mail is past the virus check: failed authentication or spam is recorded, not acted on. */
export function verdictRefusal(verdicts: Verdicts): NotActedOn | undefined {
  if (verdicts.dmarc === 'FAIL')
    return { name: 'AuthenticationFailedError', explanation: 'The sender domain’s DMARC check failed: the From address may be forged.' };
  if (verdicts.spf === 'FAIL' && verdicts.dkim === 'FAIL') return { name: 'AuthenticationFailedError', explanation: 'Neither SPF nor DKIM passed.' };
  if (verdicts.spam === 'FAIL') return { name: 'SpamError', explanation: 'SES classified the mail as spam.' };
  return undefined;
}

/*
 * Trust by evidence. A verdict that is not FAIL is not a proof: a domain without a DMARC record gets
 * GRAY, so a From address on it can be forged freely. What would change a project must prove itself.
 */

/** The `d=` domain of each DKIM signature the mail carries (one `DKIM-Signature` header each). */
function dkimDomains(reading: MailReading): string[] {
  const header = reading.mail.headers.get('dkim-signature') ?? '';
  return [...header.matchAll(/(?:^|[;\s,])d=([A-Za-z0-9.-]+)/g)].map((m) => (m[1] ?? '').toLowerCase());
}

/**
 * Whether the verdicts prove the From address's domain, as a staff command by mail needs: DMARC PASS
 * (SPF or DKIM aligned with the From domain), or a DKIM PASS for that domain. SES's dkimVerdict says
 * only that a signature verified, not whose: anyone can sign for a domain of their own. So a DKIM
 * PASS counts only when the mail carries exactly one signature, and its `d=` is the From domain or a
 * parent of it (relaxed alignment), and DMARC did not FAIL.
 */
function senderAuthenticated(verdicts: Verdicts, reading: MailReading): boolean {
  if (verdicts.dmarc === 'PASS') return true;
  if (verdicts.dkim !== 'PASS' || verdicts.dmarc === 'FAIL') return false;
  const from = reading.mail.from.address.split('@')[1]?.toLowerCase() ?? '';
  const signers = dkimDomains(reading);
  return signers.length === 1 && signers.every((d) => from === d || from.endsWith(`.${d}`));
}

/**
 * How the inbound path matched the mail to its project (service/correlate.ts, docs/decisions.md#reply-key).
 * `sender`: a fresh mail that answers no notice, from an active party of exactly one active project
 * (or one staff gave to a project from the inbox).
 */
export type CorrelatedVia = 'reply-key' | 'in-reply-to' | 'subject-tag' | 'bounced-original' | 'sender';

/**
 * Whether a decision by mail is proven: the sender saw the notice it answers (the mail came back on
 * the notice's signed reply key, or references a notice's stored Message-ID), or the From domain is
 * authenticated (DMARC PASS). The `[INT-…]` subject tag is guessable and a From address is written
 * by the sender: on their own they prove nothing.
 */
function decisionProven(via: CorrelatedVia, verdicts: Verdicts): boolean {
  return via === 'reply-key' || via === 'in-reply-to' || verdicts.dmarc === 'PASS';
}

/** Whether `after` closes a step a client's yes or no decides that `before` left open (a details confirmation, an approval). */
function closesDecisionStep(before: Project, after: Project): boolean {
  const module = processOf(before);
  return module.steps.some(
    (step) => module.decisionSteps.has(step) && !stepOutcome(before, step) && stepOutcome(after, step, before.testingCycle) !== undefined,
  );
}

function isStaff(project: Project, address: string, staffDomains: readonly string[]): Party | undefined {
  const staffRoles = processOf(project).staffRoles;
  const party = project.parties.find((p) => p.email === address && p.active && staffRoles.has(p.role));
  if (party) return party;
  const domain = address.split('@')[1] ?? '';
  return staffDomains.includes(domain) ? { role: 'pm', name: address, email: address, verified: true, active: true } : undefined;
}

function staffReply(project: Project, reading: MailReading, by: string, verdicts: Verdicts, context: DecideContext): Outcome | undefined {
  const { at, evidence, serviceDomain } = context;
  const firstLine = reading.replyText.split('\n').find((line) => line.trim() !== '') ?? '';
  // Credentials never travel by mail: such a mail is refused and neither quoted nor forwarded.
  if (/^\s*(test|production)[\s-]+credentials\b/i.test(firstLine)) {
    return notActed(
      project,
      'credentials sent by mail: refused, not forwarded',
      'CredentialsByMailError',
      'Credentials are given with the CLI (integrations pm … --file), never by mail; the mail was not forwarded. Consider the credentials exposed and issue new ones.',
    );
  }
  const command = staffActionFromText(reading.replyText);
  // Paytronix staff are parties too (they approve the schedule): a reply without a command is read as
  // theirs, and so is an "Approve" while no reply waits for their review.
  const partyToo = processOf(project).staffReplyWithoutCommandIsPartyReply;
  if (partyToo && (!command || (REVIEW_ACTION_NAMES.includes(command.action) && !openReview(project)))) return undefined;
  if (!command)
    return notActed(project, `staff mail without a command (${firstLine.slice(0, 40) || 'empty'})`, 'NoStaffCommandError', 'The first line is not a command.');
  // A command in a staff member's name is obeyed only when the mail proves the sender's domain:
  // anyone can write a staff address in From, and a reply key proves nothing here (clients hold them too).
  if (!senderAuthenticated(verdicts, reading)) {
    return notActed(
      project,
      `staff command ${command.action} not obeyed: the sender is not authenticated`,
      'UnauthenticatedCommandError',
      `A command in the name of ${by} was not obeyed: the mail does not prove it came from ${by.split('@')[1] ?? 'that domain'} (DMARC ${verdicts.dmarc}, DKIM ${verdicts.dkim}); a staff command by mail needs a DMARC or DKIM pass. Nothing was changed: give the command with the CLI, or send it again from an authenticated mailbox.`,
      quotedMail(reading, at),
    );
  }
  try {
    return applyStaffAction(project, command, { by, at, evidence, serviceDomain });
  } catch (error) {
    if (!(error instanceof StaffActionRefusedError)) throw error;
    return notActed(project, `staff command ${command.action} refused`, 'StaffActionRefusedError', error.message, { quotedText: reading.replyText });
  }
}

export interface DecideContext {
  readonly at: string;
  /** How the mail was matched to the project: a client's decision needs more than the subject tag or the sender. */
  readonly via: CorrelatedVia;
  readonly evidence: Extract<Evidence, { kind: 'mail' }>;
  readonly staffDomains: readonly string[];
  readonly serviceDomain: string;
  readonly capacity: number;
  readonly others: readonly QueuedProject[];
}

/** The state a client's decision on `step` changes: compared before and after a lost write race. */
export function decisionMark(project: Project, step: StepId): string {
  return processOf(project).decisionMark(project, step);
}

/** A "not yet" read as what it tells: said so in how the mail was read, and to the PM it is passed to. */
function stillToCome(outcome: Outcome): Outcome {
  return {
    ...outcome,
    notices: outcome.notices.map((n) => (n.template === 'question-for-pm' ? { ...n, extras: { ...n.extras, notYet: true } } : n)),
    readAs: `not yet, the answer still to come: ${outcome.readAs}`,
  };
}

/** Whether a reply decides `step` (an approval or a refusal of a step a client's yes or no decides). */
export function decidesStep(project: Project, step: StepId | undefined, reading: MailReading): step is StepId {
  return step !== undefined && processOf(project).decisionSteps.has(step) && isDecision(reading.intent);
}

/**
 * The decision itself: verdicts first, then a stale decision, then a staff command (obeyed only when
 * the sender is authenticated), then the process's reading of a party's reply (a decision only when
 * proven). Pure: the new record, the notices, and how the mail was read.
 */
export function decide(project: Project, reading: MailReading, keyStep: StepId | undefined, verdicts: Verdicts, context: DecideContext): Outcome {
  const refusal = verdictRefusal(verdicts);
  const quoted = quotedMail(reading, context.at);
  if (refusal) return notActed(project, `not acted on: ${refusal.name}`, refusal.name, refusal.explanation, quoted);
  // A decision (approve, decline) on a key whose step already closed must not decide the step the
  // project is at now: an old "Approved" replayed during client testing would otherwise approve it.
  // Information replied to an older notice is fine: clients answer whatever mail is newest in their inbox.
  // A no that only says "not yet" decides nothing: it is read as what it tells, and the step keeps waiting for the answer
  // (docs/mail-understanding.md#not-yet).
  const notYet = reading.intent === 'decline' && reading.notYet === true;
  const decision = isDecision(reading.intent) && !notYet;
  const now = currentStep(project);
  if (
    keyStep &&
    decision &&
    reading.kind === 'human' &&
    stepOutcome(project, keyStep) &&
    now !== keyStep &&
    now !== undefined &&
    processOf(project).decisionSteps.has(now)
  ) {
    return notActed(
      project,
      `late reply to the closed ${keyStep} step`,
      'StepClosedError',
      `The reply answers the ${keyStep} step, which is already closed.`,
      quoted,
    );
  }
  const staff = reading.kind === 'human' ? isStaff(project, reading.mail.from.address, context.staffDomains) : undefined;
  const command = staff ? staffReply(project, reading, staff.email, verdicts, context) : undefined;
  if (command) return command;
  const sender = project.parties.find((p) => p.email === reading.mail.from.address && p.active);
  const replyContext = { step: keyStep, sender, at: context.at, evidence: context.evidence, queue: { capacity: context.capacity, others: context.others } };
  // A yes or no the reader is not sure of decides nothing: the PM is asked (docs/mail-understanding.md#never-guess).
  const reviewStep = keyStep ?? now;
  // So is a no at a step whose no the PM reads first (the EventTech details: a correction, or a confirmation read as one).
  const pmReadsIt =
    reading.intent === 'decline' && reviewStep !== undefined && processOf(project).pmReadsNo?.has(reviewStep) === true && !stepOutcome(project, reviewStep);
  if (reading.kind === 'human' && (reading.needsReview || pmReadsIt) && sender && reviewStep)
    return askThePm(project, reading, reviewStep, { ...replyContext, sender });
  const outcome = notYet
    ? stillToCome(applyClientReply(project, { ...reading, intent: 'inform' }, replyContext))
    : applyClientReply(project, reading, replyContext);
  // The process's own refusals (not a party, not an approver, …) say more; bounces and automatic
  // replies never decide; information (a question, a plain reply) is read whatever its proof.
  if (outcome.notActedOn || reading.kind !== 'human' || decisionProven(context.via, verdicts)) return outcome;
  // A decision is a yes or no that would change the record, or a reply that closes a decision step
  // (a details confirmation with a launch date closes one whatever its wording).
  const decides = (decision && outcome.project !== project) || closesDecisionStep(project, outcome.project);
  if (!decides) return outcome;
  const bySender = context.via === 'sender';
  const how = bySender
    ? `only by its sender's address (it answers no notice), which anyone can write in From`
    : `only by the [${project.id}] tag in its subject, which anyone can write`;
  return notActed(
    project,
    `${reading.intent} matched only by the ${bySender ? 'sender' : 'subject tag'}: not acted on, the PM decides`,
    'UnprovenDecisionError',
    `The mail was matched to ${project.id} ${how}, and its sender's domain is not authenticated (DMARC ${verdicts.dmarc}): nothing shows ${reading.mail.from.address} saw the notice it answers. It was not acted on; if it is genuine, record the decision yourself or ask the sender to reply to the notice itself.`,
    quoted,
  );
}
