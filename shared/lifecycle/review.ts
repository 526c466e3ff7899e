import { isDecision } from '../mail/reading/types';
import type { MailReading, ParsedMail } from '../mail/schemas';
import type { Party, Project, Review } from '../project/schemas';
import { processOf } from '../processes/registry';
import type { ApproveReply, DeclineReply } from '../processes/review-actions';
import type { ReplyContext } from '../processes/types';
import type { z } from 'zod';
import { quotedMail, touched, type Outcome } from './outcome';
import { applyClientReply } from './replies';
import { stepOutcome } from './steps';

/*
 * Never guess a decision (docs/mail-understanding.md#never-guess). A reply whose yes or no the
 * reader is not sure of decides nothing: what it tells (dates, contacts, items) is still recorded,
 * the PM is asked once, the step stops reminding the client, and the PM's one-line answer decides
 * it with the client's mail as the evidence.
 */

/** Words for what the PM is asked to tell, by the step's question. */
function whether(reading: Pick<MailReading, 'question'>, step: string): string {
  switch (reading.question) {
    case 'confirmation':
      return 'confirms the details';
    case 'testing':
      return 'approves the testing (or reports problems)';
    case 'readiness':
      return 'reports their work complete';
    default:
      return `approves the ${step.replace(/-/g, ' ')}`;
  }
}

/** What the reader guessed the reply decides. */
function guessOf(reading: MailReading): 'approve' | 'decline' {
  if (isDecision(reading.intent)) return reading.intent;
  return reading.secondReading?.intent === 'approve' ? 'approve' : 'decline';
}

/** The open review of `step`, if any: while it is open the step does not remind the client. */
export function openReview(project: Project, step?: string): Review | undefined {
  return project.reviews.findLast((r) => r.status === 'open' && (step === undefined || r.step === step));
}

/**
 * A reply the reader would not decide alone: read as information only (unless that alone would
 * close the step), kept as a review, and the PM asked. Pure.
 */
export function askThePm(project: Project, reading: MailReading, step: string, context: ReplyContext & { sender: Party }): Outcome {
  const informed = applyClientReply(project, { ...reading, intent: 'inform', needsReview: false }, context);
  // The process's own refusals (not the party who answers this step) stand: nothing to review.
  if (informed.notActedOn?.name === 'SenderNotAllowedError') return informed;
  const closes = processOf(project).steps.some((s) => !stepOutcome(project, s) && stepOutcome(informed.project, s, project.testingCycle) !== undefined);
  const kept = informed.notActedOn || closes ? undefined : informed;
  const base = kept?.project ?? project;
  const review: Review = {
    id: `RV-${project.reviews.length + 1}`,
    step,
    from: reading.mail.from.address,
    at: context.at,
    evidence: context.evidence,
    text: reading.replyText.slice(0, 2000),
    attachments: reading.attachments.map((a) => a.filename ?? '').filter((f) => f !== ''),
    launchDate: reading.launchDate,
    contacts: reading.contacts.map((c) => ({ name: c.name, email: c.email })),
    // The rules' yes or no; when they read neither, the one the second reading took it for.
    guess: guessOf(reading),
    confidence: reading.confidence,
    reasons: [...reading.reasons],
    status: 'open',
  };
  // An older open review of the same step is superseded: the newest reply is the one the PM decides.
  const reviews = [...base.reviews.map((r) => (r.status === 'open' && r.step === step ? { ...r, status: 'superseded' as const } : r)), review];
  const question = whether(reading, step);
  return {
    project: touched(base, context.at, { reviews }),
    notices: [
      ...(kept?.notices.filter((n) => n.template !== 'question-for-pm' && n.template !== 'not-acted-on') ?? []),
      { template: 'reply-needs-review', to: 'staff', extras: { ...quotedMail(reading, context.at), review, stepLabel: question } },
    ],
    // What the reply also told (a contact, items) is said only when it was recorded.
    readAs: `not sure whether ${reading.mail.from.address} ${question} (confidence ${reading.confidence}): ${review.id} asked the PM${kept && kept.project !== project ? `; ${kept.readAs}` : ''}`,
  };
}

/** The reading a review keeps, with the PM's decision as its intent: the process reads it as it reads a reply. */
function decidedReading(review: Review, intent: 'approve' | 'decline', by: string): MailReading {
  const evidence = review.evidence.kind === 'mail' ? review.evidence : undefined;
  const mail: ParsedMail = {
    messageId: evidence?.messageId ?? null,
    from: { address: review.from, name: null },
    to: [],
    cc: [],
    deliveredTo: [],
    replyTo: [],
    subject: evidence?.subject ?? '',
    date: review.at,
    inReplyTo: null,
    references: [],
    headers: new Map(),
    contentType: { value: 'text/plain', params: {} },
    text: review.text,
    html: null,
    parts: [],
    sizeBytes: review.text.length,
  };
  return {
    outcome: 'read',
    mail,
    kind: 'human',
    autoReplyReason: null,
    bounce: null,
    replyText: review.text,
    intent,
    confidence: 1,
    needsReview: false,
    reasons: [`${by} decided ${review.id}: ${intent}`],
    question: 'open',
    scope: false,
    changes: intent === 'decline',
    delivered: [review.text],
    pending: [],
    languages: [],
    clauseReading: { languages: [], clauses: [] },
    // A PM's one-line answer quotes no notice and is no calendar reply.
    mailSignals: {},
    launchDate: review.launchDate,
    contacts: review.contacts,
    attachments: review.attachments.map((filename) => ({
      filename,
      contentType: 'application/octet-stream',
      size: 0,
      sha256: '',
      disposition: 'attachment',
      contentId: null,
    })),
  };
}

export type ReviewDecision = z.infer<typeof ApproveReply> | z.infer<typeof DeclineReply>;

/**
 * The PM's answer to a review: the client's reply applied as the yes or no the PM read in it, at
 * the step it answered, with the client's mail as the evidence. Pure.
 * @param refuse throws the refusal a staff action gets (not waiting, already decided, step closed).
 */
export function decideReview(
  project: Project,
  command: ReviewDecision,
  context: { by: string; at: string; queue?: ReplyContext['queue'] },
  refuse: (message: string) => never,
): Outcome {
  const review = command.reviewId ? project.reviews.find((r) => r.id === command.reviewId) : openReview(project);
  if (!review) return refuse(command.reviewId ? `${project.id} has no review ${command.reviewId}` : `no reply of ${project.id} waits for a decision`);
  if (review.status !== 'open') return refuse(`${review.id} is already ${review.status}`);
  if (stepOutcome(project, review.step)) return refuse(`the ${review.step} step of ${project.id} is already closed; ${review.id} no longer decides it`);
  if (review.evidence.kind !== 'mail') return refuse(`${review.id} has no mail to decide on`);
  const sender = project.parties.find((p) => p.email === review.from && p.active);
  const outcome = applyClientReply(project, decidedReading(review, command.action, context.by), {
    step: review.step,
    sender,
    at: context.at,
    evidence: review.evidence,
    queue: context.queue ?? { others: [] },
  });
  if (outcome.notActedOn) return refuse(`${review.id}: ${outcome.notActedOn.explanation}`);
  const status = command.action === 'approve' ? ('approved' as const) : ('declined' as const);
  return {
    ...outcome,
    project: touched(outcome.project, context.at, {
      reviews: outcome.project.reviews.map((r) => (r.id === review.id ? { ...r, status, decidedBy: context.by, decidedAt: context.at } : r)),
    }),
    readAs: `${context.by} decided ${review.id} (${review.from}'s reply of ${review.at.slice(0, 10)}): ${outcome.readAs}`,
  };
}
