import type { MailReading } from '../mail/schemas';
import type { Party, Project } from '../project/schemas';
import { processOf } from '../processes/registry';
import type { QueuedProject } from '../timeline/feasibility';
import type { Evidence } from '../timeline/schemas';
import { applyStaffAction, StaffActionRefusedError, staffActionFromText } from './commands';
import { notActed, quotedMail, type NotActedOn, type Outcome } from './outcome';
import { applyClientReply } from './replies';
import { currentStep, stepOutcome, type StepId } from './steps';

/*
 * What a reply does to a project, decided without I/O: a pure function of the record, the reading
 * of the mail, the step its reply key names, the SES verdicts and the context the inbound path read
 * (now, the evidence, the staff domains, the queue near a launch date). The inbound path
 * (service/inbound.ts) reads, calls `decide`, and writes; the decision tables in
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
function verdictRefusal(verdicts: Verdicts): NotActedOn | undefined {
  if (verdicts.dmarc === 'FAIL')
    return { name: 'AuthenticationFailedError', explanation: 'The sender domain’s DMARC check failed: the From address may be forged.' };
  if (verdicts.spf === 'FAIL' && verdicts.dkim === 'FAIL') return { name: 'AuthenticationFailedError', explanation: 'Neither SPF nor DKIM passed.' };
  if (verdicts.spam === 'FAIL') return { name: 'SpamError', explanation: 'SES classified the mail as spam.' };
  return undefined;
}

function isStaff(project: Project, address: string, staffDomains: readonly string[]): Party | undefined {
  const staffRoles = processOf(project).staffRoles;
  const party = project.parties.find((p) => p.email === address && p.active && staffRoles.has(p.role));
  if (party) return party;
  const domain = address.split('@')[1] ?? '';
  return staffDomains.includes(domain) ? { role: 'pm', name: address, email: address, verified: true, active: true } : undefined;
}

function staffReply(project: Project, reading: MailReading, by: string, evidence: Evidence, at: string, serviceDomain: string): Outcome | undefined {
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
  // Paytronix staff are parties too (they approve the schedule): a reply without a command is read as theirs.
  if (!command && processOf(project).staffReplyWithoutCommandIsPartyReply) return undefined;
  if (!command)
    return notActed(project, `staff mail without a command (${firstLine.slice(0, 40) || 'empty'})`, 'NoStaffCommandError', 'The first line is not a command.');
  try {
    return applyStaffAction(project, command, { by, at, evidence, serviceDomain });
  } catch (error) {
    if (!(error instanceof StaffActionRefusedError)) throw error;
    return notActed(project, `staff command ${command.action} refused`, 'StaffActionRefusedError', error.message, { quotedText: reading.replyText });
  }
}

export interface DecideContext {
  readonly at: string;
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

/** Whether a reply decides `step` (an approval or a refusal of a step a client's yes or no decides). */
export function decidesStep(project: Project, step: StepId | undefined, reading: MailReading): step is StepId {
  return step !== undefined && processOf(project).decisionSteps.has(step) && (reading.intent === 'approve' || reading.intent === 'decline');
}

/**
 * The decision itself: verdicts first, then a stale decision, then a staff command, then the
 * process's reading of a party's reply. Pure: the new record, the notices, and how the mail was read.
 */
export function decide(project: Project, reading: MailReading, keyStep: StepId | undefined, verdicts: Verdicts, context: DecideContext): Outcome {
  const refusal = verdictRefusal(verdicts);
  const quoted = quotedMail(reading, context.at);
  if (refusal) return notActed(project, `not acted on: ${refusal.name}`, refusal.name, refusal.explanation, quoted);
  // A decision (approve, decline) on a key whose step already closed must not decide the step the
  // project is at now: an old "Approved" replayed during client testing would otherwise approve it.
  // Information replied to an older notice is fine: clients answer whatever mail is newest in their inbox.
  const decision = reading.intent === 'approve' || reading.intent === 'decline';
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
  const command = staff ? staffReply(project, reading, staff.email, context.evidence, context.at, context.serviceDomain) : undefined;
  if (command) return command;
  const sender = project.parties.find((p) => p.email === reading.mail.from.address && p.active);
  return applyClientReply(project, reading, {
    step: keyStep,
    sender,
    at: context.at,
    evidence: context.evidence,
    queue: { capacity: context.capacity, others: context.others },
  });
}
