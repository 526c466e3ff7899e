import { createHash } from 'node:crypto';
import { readMail } from '../../mail/read';
import type { MailReading } from '../../mail/schemas';
import { updateProject } from '../../project/ports';
import { ProjectNotFoundError } from '../../project/errors';
import type { MailRecord, Party, Project } from '../../project/schemas';
import { addDays } from '../../timeline/dates';
import type { QueuedProject } from '../../timeline/feasibility';
import type { Evidence } from '../../timeline/schemas';
import { applyStaffAction, StaffActionRefusedError, staffActionFromText } from '../commands';
import type { LifecyclePorts } from '../ports';
import { applyClientReply } from '../replies';
import { notActed, quotedMail, type NotActedOn, type Outcome } from '../outcome';
import { processOf } from '../../processes/registry';
import { stepOutcome, currentStep, type StepId } from '../steps';
import { correlate } from './correlate';
import { sendNotices } from './notify';
import { wake } from './waits';

/** SES receipt verdicts (PASS, FAIL, GRAY, PROCESSING_FAILED, DISABLED); locally PASS unless a test says otherwise. */
export interface Verdicts {
  readonly spam: string;
  readonly virus: string;
  readonly spf: string;
  readonly dkim: string;
  readonly dmarc: string;
}

export interface InboundMail {
  readonly raw: Buffer;
  /** Where the raw mail is stored (S3 key or file), for the mail log. */
  readonly rawRef: string;
  readonly envelopeRecipients: readonly string[];
  readonly verdicts: Verdicts;
}

export interface InboundResult {
  readonly projectId?: string;
  readonly messageId: string;
  readonly actedOn: boolean;
  readonly reason?: string;
  readonly readAs: string;
  readonly woken: readonly StepId[];
}

/** Message-IDs kept on the record for idempotency; older ones are far past any redelivery. */
export const PROCESSED_MESSAGES_KEPT = 500;

function messageKey(reading: MailReading | undefined, raw: Buffer): string {
  return reading?.mail.messageId ?? `<sha256-${createHash('sha256').update(raw).digest('hex')}@local>`;
}

/** What the verdicts allow once a mail is past the virus check: failed authentication or spam is recorded, not acted on. */
function verdictRefusal(verdicts: Verdicts): NotActedOn | undefined {
  if (verdicts.dmarc === 'FAIL') return { name: 'AuthenticationFailedError', explanation: 'The sender domain’s DMARC check failed: the From address may be forged.' };
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
    return notActed(project, 'credentials sent by mail: refused, not forwarded', 'CredentialsByMailError', 'Credentials are given with the CLI (integrations pm … --file), never by mail; the mail was not forwarded. Consider the credentials exposed and issue new ones.', true);
  }
  const command = staffActionFromText(reading.replyText);
  // Paytronix staff are parties too (they approve the schedule): a reply without a command is read as theirs.
  if (!command && processOf(project).staffReplyWithoutCommandIsPartyReply) return undefined;
  if (!command) return notActed(project, `staff mail without a command (${firstLine.slice(0, 40) || 'empty'})`, 'NoStaffCommandError', 'The first line is not a command.', false);
  try {
    return applyStaffAction(project, command, { by, at, evidence, serviceDomain });
  } catch (error) {
    if (!(error instanceof StaffActionRefusedError)) throw error;
    return notActed(project, `staff command ${command.action} refused`, error.name, error.message, true, { quotedText: reading.replyText });
  }
}

/**
 * The inbound path after the raw mail is stored: read → correlate → verdicts → sender allowed →
 * idempotency on Message-ID (inside the versioned write) → record → notices → wake the waiting task.
 * Every mail ends acted on, or recorded with a named reason.
 */
export async function handleInbound(ports: LifecyclePorts, mail: InboundMail): Promise<InboundResult> {
  const result = await readMail(mail.raw, { serviceAddresses: [ports.config.serviceAddress] });
  if (result.outcome === 'rejected') {
    return { messageId: messageKey(undefined, mail.raw), actedOn: false, reason: result.reason, readAs: `unreadable: ${result.message}`, woken: [] };
  }
  const reading = result;
  const messageId = messageKey(reading, mail.raw);
  // A virus is dropped before anything reads the database.
  if (mail.verdicts.virus === 'FAIL') return { messageId, actedOn: false, reason: 'VirusFoundError', readAs: 'dropped: virus', woken: [] };
  const correlation = await correlate(reading, mail.envelopeRecipients, ports.store, ports.config);
  if (!correlation.found) return { messageId, actedOn: false, reason: correlation.reason, readAs: correlation.explanation, woken: [] };
  const at = ports.clock.now();
  const from = reading.mail.from.address;
  const evidence = { kind: 'mail' as const, messageId, from, subject: reading.mail.subject, receivedAt: at };
  let outcome: Outcome | undefined;
  let before: Project | undefined;
  let duplicate = false;
  let saved: Project;
  try {
    // One read and one conditional write: the read is the decision's input, the write its idempotency check.
    // `decidingStep` and `firstMark`: the client decision this mail answers, as it stood at the first read.
    let decidingStep: StepId | undefined;
    let firstMark: string | undefined;
    let others: readonly QueuedProject[] | undefined;
    saved = await updateProject(ports.store, correlation.projectId, async (project) => {
      before = project;
      if (project.processedMessages.includes(messageId)) {
        duplicate = true;
        return project;
      }
      decidingStep ??= correlation.step ?? currentStep(project);
      firstMark ??= decidingStep ? decisionMark(project, decidingStep) : '';
      // Two answers to one decision at once (approve and decline): the one whose write lands first
      // decides; the other, re-read after losing the race, finds the decision changed and is superseded.
      if (decidingStep && processOf(project).decisionSteps.has(decidingStep) && decisionMark(project, decidingStep) !== firstMark && (reading.intent === 'approve' || reading.intent === 'decline')) {
        outcome = notActed(project, `${reading.intent}, superseded by an earlier decision`, 'SupersededReplyError', `Another reply decided the ${decidingStep} step while this one was being read.`, true, { quotedText: reading.replyText });
      } else {
        // A reply naming a launch date sets the timeline only while the details are being confirmed:
        // only then is the queue near that date read (once, however many times the write is retried).
        if (others === undefined && reading.launchDate && processOf(project).readsLaunchQueue(project, reading)) others = await queuedNear(ports, reading.launchDate, project.id);
        outcome = decide(project, reading, correlation.step, mail.verdicts, { at, evidence, staffDomains: ports.config.staffDomains, serviceDomain: ports.config.serviceAddress.split('@')[1] ?? 'localhost', capacity: ports.config.queueCapacity, others: others ?? [] });
      }
      // The Message-ID is recorded in the same conditional write as the decision it caused.
      return { ...outcome.project, updatedAt: at, processedMessages: [...project.processedMessages, messageId].slice(-PROCESSED_MESSAGES_KEPT) };
    });
  } catch (error) {
    if (error instanceof ProjectNotFoundError) return { messageId, actedOn: false, reason: 'UnknownProjectError', readAs: `no project ${correlation.projectId}`, woken: [] };
    throw error;
  }
  if (duplicate || !outcome) return { projectId: saved.id, messageId, actedOn: false, reason: 'DuplicateMessageError', readAs: 'already processed', woken: [] };

  // The mail log entry of this reply is written with those of the notices it caused, in one batch.
  const logged: MailRecord = {
    projectId: saved.id,
    direction: 'in',
    messageId,
    at,
    from,
    to: reading.mail.to.map((a) => a.address),
    cc: reading.mail.cc.map((a) => a.address),
    subject: reading.mail.subject,
    readAs: { kind: reading.kind, intent: reading.intent, ...(outcome.notActedOn ? { rejectedFor: outcome.notActedOn.name } : {}), summary: outcome.readAs },
    rawRef: mail.rawRef,
    ...(reading.mail.inReplyTo ? { inReplyTo: reading.mail.inReplyTo } : {}),
  };
  await sendNotices(ports, saved, outcome.notices, { inReplyTo: messageId, alongside: [logged] });
  // Only a decision that satisfied a step can complete a waiting task: otherwise no query for waits.
  const satisfied = processOf(saved).steps.some((step) => before !== undefined && !stepOutcome(before, step) && stepOutcome(saved, step));
  const woken = satisfied ? await wake(ports, saved) : [];
  return { projectId: saved.id, messageId, actedOn: !outcome.notActedOn, reason: outcome.notActedOn?.name, readAs: outcome.readAs, woken };
}

interface DecideContext {
  readonly at: string;
  readonly evidence: Extract<Evidence, { kind: 'mail' }>;
  readonly staffDomains: readonly string[];
  readonly serviceDomain: string;
  readonly capacity: number;
  readonly others: readonly QueuedProject[];
}

/** The state a client's decision on `step` changes: compared before and after a lost write race. */
function decisionMark(project: Project, step: StepId): string {
  return processOf(project).decisionMark(project, step);
}

/** How far around a requested launch the queue is read: a window is 3 weeks, a search 2 years. */
const QUEUE_LOOKBACK_DAYS = 60;
const QUEUE_LOOKAHEAD_DAYS = 730;

async function queuedNear(ports: LifecyclePorts, launch: string, except: string): Promise<QueuedProject[]> {
  const projects = await ports.store.listByLaunch(addDays(launch, -QUEUE_LOOKBACK_DAYS), addDays(launch, QUEUE_LOOKAHEAD_DAYS));
  return projects.filter((p) => p.id !== except && p.timeline.current).map((p) => ({ projectId: p.id, timeline: p.timeline.current ?? {} }));
}

function decide(project: Project, reading: MailReading, keyStep: StepId | undefined, verdicts: Verdicts, context: DecideContext): Outcome {
  const refusal = verdictRefusal(verdicts);
  const quoted = quotedMail(reading, context.at);
  if (refusal) return notActed(project, `not acted on: ${refusal.name}`, refusal.name, refusal.explanation, true, quoted);
  // A decision (approve, decline) on a key whose step already closed must not decide the step the
  // project is at now: an old "Approved" replayed during client testing would otherwise approve it.
  // Information replied to an older notice is fine: clients answer whatever mail is newest in their inbox.
  const decision = reading.intent === 'approve' || reading.intent === 'decline';
  const now = currentStep(project);
  if (keyStep && decision && reading.kind === 'human' && stepOutcome(project, keyStep) && now !== keyStep && now !== undefined && processOf(project).decisionSteps.has(now)) {
    return notActed(project, `late reply to the closed ${keyStep} step`, 'StepClosedError', `The reply answers the ${keyStep} step, which is already closed.`, true, quoted);
  }
  const staff = reading.kind === 'human' ? isStaff(project, reading.mail.from.address, context.staffDomains) : undefined;
  const command = staff ? staffReply(project, reading, staff.email, context.evidence, context.at, context.serviceDomain) : undefined;
  if (command) return command;
  const sender = project.parties.find((p) => p.email === reading.mail.from.address && p.active);
  return applyClientReply(project, reading, { step: keyStep, sender, at: context.at, evidence: context.evidence, queue: { capacity: context.capacity, others: context.others } });
}
