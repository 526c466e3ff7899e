import { createHash } from 'node:crypto';
import { readAtStep, readMail } from '../../mail/read';
import type { MailReading } from '../../mail/schemas';
import { updateProject } from '../../project/ports';
import { ProjectNotFoundError } from '../../project/errors';
import type { Project } from '../../project/schemas';
import { processOf } from '../../processes/registry';
import type { QueuedProject } from '../../timeline/feasibility';
import { decide, decidesStep, decisionMark, type CorrelatedVia, type Verdicts } from '../decide';
import { notActed, type Outcome } from '../outcome';
import type { LifecyclePorts } from '../ports';
import { reasonNamed, type ReasonName } from '../reasons';
import { currentStep, stepOutcome, type StepId } from '../steps';

import { isNewProjectForm } from '../new-project-form';
import { correlate, correlateBySender } from './correlate';
import { newProjectFromMail } from './new-project-mail';
import { keepUnmatched } from './unmatched';
import { restartIfMovedEarlier } from './staff';
import { flushOutbox, queueNotices } from './notify';
import { wake } from './waits';
import { inboundMailRecord } from './mail-record';
import { queuedNear } from './queue';

export type { Verdicts } from '../decide';

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
  readonly reason?: ReasonName;
  readonly readAs: string;
  readonly woken: readonly StepId[];
  /** A mail that found no project: its id in the inbox (`MAIL-…`). */
  readonly mailId?: string;
}

/** The project a mail is read in, the step its reply key names, and how it was matched. */
export interface ReadTarget {
  readonly projectId: string;
  readonly step?: StepId;
  readonly via: CorrelatedVia;
}

/** Message-IDs kept on the record for idempotency; older ones are far past any redelivery. */
export const PROCESSED_MESSAGES_KEPT = 500;

function messageKey(reading: MailReading | undefined, raw: Buffer): string {
  return reading?.mail.messageId ?? `<sha256-${createHash('sha256').update(raw).digest('hex')}@local>`;
}

/**
 * The inbound path after the raw mail is stored: read → correlate (reply key, thread, tag; then a
 * NEW PROJECT form; then the sender) → verdicts → sender allowed → idempotency on Message-ID (inside
 * the versioned write) → record → notices → wake the waiting task. Every mail ends acted on,
 * recorded with a named reason, or kept in the inbox for staff (UnmatchedMailError).
 */
export async function handleInbound(ports: LifecyclePorts, mail: InboundMail): Promise<InboundResult> {
  const result = await readMail(mail.raw, { serviceAddresses: [ports.config.serviceAddress] });
  if (result.outcome === 'rejected') {
    return {
      messageId: messageKey(undefined, mail.raw),
      actedOn: false,
      reason: reasonNamed(result.reason),
      readAs: `unreadable: ${result.message}`,
      woken: [],
    };
  }
  const reading = result;
  const messageId = messageKey(reading, mail.raw);
  // A virus is dropped before anything reads the database.
  if (mail.verdicts.virus === 'FAIL') return { messageId, actedOn: false, reason: 'VirusFoundError', readAs: 'dropped: virus', woken: [] };
  const correlation = await correlate(reading, mail.envelopeRecipients, ports.store, ports.config);
  if (!correlation.found) {
    // A forged key is refused, never guessed around; only mail that names no project is looked at further.
    if (correlation.reason !== 'UncorrelatedMailError')
      return { messageId, actedOn: false, reason: correlation.reason, readAs: correlation.explanation, woken: [] };
    // A fresh staff mail may be a contract notification: a NEW PROJECT form creates the project.
    if (reading.kind === 'human' && isNewProjectForm(reading.replyText)) {
      return { messageId, woken: [], ...(await newProjectFromMail(ports, reading, mail.verdicts, messageId)) };
    }
    // A fresh mail from an active party of exactly one active project is read there, in its current step.
    const match = await correlateBySender(reading, ports.store);
    if (match.found) return readInProject(ports, reading, mail, messageId, { projectId: match.project.id, via: 'sender' }, { current: match.project });
    return { messageId, woken: [], ...(await keepUnmatched(ports, reading, mail, messageId, match.candidates)) };
  }
  return readInProject(ports, reading, mail, messageId, correlation);
}

/**
 * Reads a mail in its project as a reply: the decision, the Message-ID and the mail log in one
 * versioned write and one batch, then the notices, the woken tasks and the process's after-effects.
 * `current` stands in for the first read (a record just read); `receivedAt` is when the mail came
 * (a mail of the inbox assigned later), by default now.
 */
export async function readInProject(
  ports: LifecyclePorts,
  mailReading: MailReading,
  mail: InboundMail,
  messageId: string,
  correlation: ReadTarget,
  options: { readonly current?: Project; readonly receivedAt?: string } = {},
): Promise<InboundResult> {
  const at = ports.clock.now();
  // Read again at the step the reply answers, once its project is read (the same words mean different things at different steps).
  let reading = mailReading;
  const from = reading.mail.from.address;
  const evidence = { kind: 'mail' as const, messageId, from, subject: reading.mail.subject, receivedAt: options.receivedAt ?? at };
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
    saved = await updateProject(
      ports.store,
      correlation.projectId,
      async (project) => {
        before = project;
        if (project.processedMessages.includes(messageId)) {
          duplicate = true;
          return project;
        }
        decidingStep ??= correlation.step ?? currentStep(project);
        reading = readAtStep(mailReading, processOf(project), decidingStep);
        firstMark ??= decidingStep ? decisionMark(project, decidingStep) : '';
        // Two answers to one decision at once (approve and decline): the one whose write lands first
        // decides; the other, re-read after losing the race, finds the decision changed and is superseded.
        if (decidesStep(project, decidingStep, reading) && decisionMark(project, decidingStep) !== firstMark) {
          outcome = notActed(
            project,
            `${reading.intent}, superseded by an earlier decision`,
            'SupersededReplyError',
            `Another reply decided the ${decidingStep} step while this one was being read.`,
            { quotedText: reading.replyText },
          );
        } else {
          // A reply naming a launch date sets the timeline only while the details are being confirmed:
          // only then is the queue near that date read (once, however many times the write is retried).
          if (others === undefined && reading.launchDate && processOf(project).readsLaunchQueue(project, reading))
            others = await queuedNear(ports, reading.launchDate, project.id);
          outcome = decide(project, reading, correlation.step, mail.verdicts, {
            at,
            via: correlation.via,
            evidence,
            staffDomains: ports.config.staffDomains,
            serviceDomain: ports.config.serviceAddress.split('@')[1] ?? 'localhost',
            capacity: ports.config.queueCapacity,
            others: others ?? [],
          });
        }
        // The Message-ID and the notices the decision causes (the outbox) are recorded in the same
        // conditional write as the decision (docs/decisions.md#notice-outbox).
        const decided = { ...outcome.project, updatedAt: at, processedMessages: [...project.processedMessages, messageId].slice(-PROCESSED_MESSAGES_KEPT) };
        return queueNotices(decided, outcome.notices, messageId, { inReplyTo: messageId }, at);
      },
      options.current ? { current: options.current } : {},
    );
  } catch (error) {
    if (error instanceof ProjectNotFoundError)
      return { messageId, actedOn: false, reason: 'UnknownProjectError', readAs: `no project ${correlation.projectId}`, woken: [] };
    throw error;
  }
  if (duplicate || !outcome) {
    // A redelivery: what a crash after the decision's write left unsent goes now (no request when nothing is pending).
    if (saved.outbox.length > 0) await flushOutbox(ports, saved.id, { current: saved });
    return { projectId: saved.id, messageId, actedOn: false, reason: 'DuplicateMessageError', readAs: 'already processed', woken: [] };
  }
  await ports.faults?.afterDecisionWrite?.();

  // The mail log entry of this reply is written with those of the notices it caused, in one batch.
  const logged = inboundMailRecord(reading, {
    projectId: saved.id,
    messageId,
    at,
    summary: outcome.readAs,
    rawRef: mail.rawRef,
    ...(outcome.notActedOn ? { rejectedFor: outcome.notActedOn.name } : {}),
  });
  // The notices this decision queued are sent, logged in one batch with the reply, and removed from the outbox.
  const queued = new Set(outcome.notices.map((_, index) => `${messageId}#${index + 1}`));
  saved = await flushOutbox(ports, saved.id, { current: saved, alongside: [logged], only: queued });
  // Only a decision that satisfied a step can complete a waiting task: otherwise no query for waits.
  const satisfied = processOf(saved).steps.some((step) => before !== undefined && !stepOutcome(before, step) && stepOutcome(saved, step));
  const woken = satisfied ? await wake(ports, saved) : [];
  // A staff command by mail that moved a date earlier restarts the execution, as from the CLI.
  if (!outcome.notActedOn && before) {
    await processOf(saved).afterDecision(ports, before, saved);
    await restartIfMovedEarlier(ports, before, saved);
  }
  return { projectId: saved.id, messageId, actedOn: !outcome.notActedOn, reason: outcome.notActedOn?.name, readAs: outcome.readAs, woken };
}
