import { z } from 'zod';
import { PartyRole, ProcessId } from '../processes/definition';
import { HolidayCalendarSpec } from '../timeline/calendar';
import { IsoDate, IsoInstant, TimeZone } from '../timeline/dates';
import { Evidence, LedgerEntry, Timeline } from '../timeline/schemas';
import { PROJECT_ID_SHAPE } from './project-id';

/** Project ids double as the subject tag: `[INT-1042]`. */
export const ProjectId = z.string().regex(new RegExp(`^${PROJECT_ID_SHAPE}$`), 'expected a project id such as INT-1042');
export type ProjectId = z.infer<typeof ProjectId>;

/** Addresses are compared lower-cased: the local part is case-sensitive in theory, never in practice. */
export const EmailAddress = z.email().transform((value) => value.toLowerCase());

/**
 * A phase of the project's process. Each process lists its phases in its definition; the registry
 * checks a record's phase against its process (`ProjectRecord`).
 */
export const Phase = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a phase such as "requirements"');
export type Phase = z.infer<typeof Phase>;

/** A person or team address with a role in the project. A replaced POC stays, inactive, for the record. */
export const Party = z.object({
  role: PartyRole,
  name: z.string().min(1),
  email: EmailAddress,
  verified: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type Party = z.infer<typeof Party>;

/** A pointer to the mail (or staff action) that delivered something. */
export const Receipt = z.object({
  at: IsoInstant,
  evidence: Evidence,
});

/** A requirement the client owes before development starts; test accounts are always one of them. */
export const Requirement = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  kind: z.enum(['test-accounts', 'document', 'information', 'credentials']),
  received: Receipt.nullable().default(null),
  /** Free text or attachment names that came with it (never secrets). */
  notes: z.array(z.string()).default([]),
});
export type Requirement = z.infer<typeof Requirement>;

export const Decision = z.object({
  email: EmailAddress,
  role: PartyRole,
  decision: z.enum(['pending', 'approved', 'declined']),
  at: IsoInstant.optional(),
  evidence: Evidence.optional(),
  comment: z.string().optional(),
});
export type Decision = z.infer<typeof Decision>;

/**
 * Something that needs a yes: the project plan (one party: the POC), a work order, a schedule that
 * every party must approve. `status` is derived by {@link approvalStatus}, never stored.
 */
export const Approval = z.object({
  /** What is approved, in the process's words (`project-plan`, a schedule): each process names its own. */
  subject: z.string().regex(/^[a-z][a-z0-9-]*$/),
  mode: z.enum(['any-one', 'all']),
  requestedAt: IsoInstant,
  deadline: IsoInstant.optional(),
  /** Which revision was sent (a revised plan is a new revision). */
  revision: z.number().int().positive().default(1),
  /** What is being approved, as its author wrote it (a work order's responsibilities and costs, a schedule). */
  summary: z.string().optional(),
  decisions: z.array(Decision).nonempty(),
});
export type Approval = z.infer<typeof Approval>;

export const ChangeRequest = z.object({
  id: z.string().regex(/^CR-\d+$/),
  requestedAt: IsoInstant,
  requestedBy: EmailAddress,
  summary: z.string().min(1),
  evidence: Evidence,
  feesApply: z.boolean(),
  status: z.enum(['open', 'accepted', 'withdrawn']).default('open'),
});
export type ChangeRequest = z.infer<typeof ChangeRequest>;

/**
 * A certification round (Paytronix). It is booked into a weekly slot when the client side reports
 * ready; it ends no earlier than five business days after the last testing material arrived.
 */
export const CertificationRound = z.object({
  number: z.number().int().positive(),
  /** The development cycle that produced what is being certified. */
  cycle: z.number().int().positive(),
  /** The day the last testing material arrived (moves when more arrives during the round). */
  materialsCompleteOn: IsoDate,
  /** The Monday of the booked slot week and the round's first day; unset until booked. */
  slotWeek: IsoDate.optional(),
  slotStartsOn: IsoDate.optional(),
  earliestEndOn: IsoDate,
  endedOn: IsoDate.optional(),
  outcome: z.enum(['pending', 'certified', 'failed']).default('pending'),
  feedback: z.string().optional(),
  feesFlagged: z.boolean().default(false),
});
export type CertificationRound = z.infer<typeof CertificationRound>;

/** An open question (e.g. a developer's, relayed by the PM) and its answer. */
export const OpenQuestion = z.object({
  id: z.string().regex(/^Q-\d+$/),
  askedAt: IsoInstant,
  askedBy: z.string(),
  text: z.string().min(1),
  answeredAt: IsoInstant.optional(),
});

/**
 * A reply the reader would not decide alone (docs/mail-understanding.md#never-guess): what the
 * client wrote and how it was read, kept until the PM's one-line answer decides it. The client's
 * mail stays the evidence of the decision.
 */
export const Review = z.object({
  id: z.string().regex(/^RV-\d+$/),
  /** The step the reply answered. */
  step: z.string().min(1),
  from: z.string(),
  at: IsoInstant,
  evidence: Evidence,
  /** The reply's new text (bounded) and what else the mail carried. */
  text: z.string(),
  attachments: z.array(z.string()).default([]),
  launchDate: IsoDate.nullable().default(null),
  contacts: z.array(z.object({ name: z.string().nullable(), email: z.string() })).default([]),
  /** The reader's best guess, its confidence and the clauses that decided. */
  guess: z.enum(['approve', 'decline']),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()).default([]),
  status: z.enum(['open', 'approved', 'declined', 'superseded']).default('open'),
  decidedBy: z.string().optional(),
  decidedAt: IsoInstant.optional(),
});
export type Review = z.infer<typeof Review>;

export const Progress = z.object({
  at: IsoInstant,
  by: z.string(),
  evidence: Evidence.optional(),
  note: z.string().optional(),
});
export type Progress = z.infer<typeof Progress>;

/** What the inbound path read a mail as. */
export const ReadAs = z.object({
  kind: z.enum(['human', 'auto-reply', 'bounce']),
  intent: z.enum(['approve', 'decline', 'inform', 'question', 'none']),
  /** Why it was not acted on, as a named rejection reason (e.g. `SenderNotAllowedError`). */
  rejectedFor: z.string().optional(),
  /** What the system did with it, in words (`approved the project plan`). */
  summary: z.string().optional(),
  /** How sure the reader was (0 to 1), whether it left the decision to the PM, and the clauses that decided. */
  confidence: z.number().min(0).max(1).optional(),
  needsReview: z.boolean().optional(),
  reasons: z.array(z.string()).optional(),
});

/** One mail in or out, as the project's log shows it. Stored as its own item, not inside the record. */
export const MailRecord = z.object({
  projectId: ProjectId,
  direction: z.enum(['in', 'out']),
  messageId: z.string().min(1),
  at: IsoInstant,
  from: EmailAddress,
  to: z.array(EmailAddress),
  cc: z.array(EmailAddress).default([]),
  subject: z.string(),
  /** The notice template that produced an outbound mail. */
  template: z.string().optional(),
  readAs: ReadAs.optional(),
  /** Where the raw message is kept (S3 key or local file), for inbound mail. */
  rawRef: z.string().optional(),
  inReplyTo: z.string().optional(),
});
export type MailRecord = z.infer<typeof MailRecord>;

/**
 * A notice a decision caused, queued in the same version-checked write as the decision and removed
 * once sent (docs/decisions.md#notice-outbox). `id` is deterministic (the causing Message-ID or staff
 * action and the notice's index), and so is the Message-ID it is sent with: a second send is the same mail.
 */
export const OutboxEntry = z.object({
  id: z.string().min(1),
  /** The NoticeRequest: template, audience, extras (the decision's words; never a secret), the sender it answers. */
  template: z.string().min(1),
  to: z.string().min(1),
  extras: z.record(z.string(), z.unknown()).optional(),
  sender: z.string().optional(),
  /** The send options: the step replies act on, the inbound mail it answers. */
  step: z.string().optional(),
  inReplyTo: z.string().optional(),
  queuedAt: IsoInstant,
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

/** The project record: the truth every handler reads and writes (docs/decisions.md#record-is-truth). */
export const Project = z.object({
  id: ProjectId,
  process: ProcessId,
  title: z.string().min(1),
  client: z.object({ name: z.string().min(1) }),
  phase: Phase,
  timeZone: TimeZone.default('America/New_York'),
  holidays: HolidayCalendarSpec.default({ country: 'US', types: ['public'], extraClosedDates: [] }),
  parties: z.array(Party),
  desiredLaunch: IsoDate.optional(),
  timeline: z.object({ original: Timeline.nullable(), current: Timeline.nullable() }).default({ original: null, current: null }),
  ledger: z.array(LedgerEntry).default([]),
  requirements: z.array(Requirement).default([]),
  approvals: z.array(Approval).default([]),
  changeRequests: z.array(ChangeRequest).default([]),
  certificationRounds: z.array(CertificationRound).default([]),
  /** Paytronix discovery: the goals and scope the TC recorded. */
  scope: z.string().optional(),
  /** Paytronix: the Integration Deployment Interview, once scheduled. */
  idi: z
    .object({ start: IsoInstant, minutes: z.number().int().positive(), uid: z.string().min(1), sequence: z.number().int().nonnegative().default(0) })
    .optional(),
  /**
   * Credentials (test server, production), sealed by the deployment's key (KMS on AWS): ciphertext
   * only, never a plain attribute; opened only to render the mail that carries them.
   */
  sealed: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.string()).default({}),
  questions: z.array(OpenQuestion).default([]),
  /** Replies waiting for the PM's decision, and those decided (docs/mail-understanding.md#never-guess). */
  reviews: z.array(Review).default([]),
  /**
   * What has happened, by step key (`contract-reviewed`, `plan-approved`, `development-complete#2`…):
   * when, by whom, and the proof. The workflow's conditions are read from here.
   */
  progress: z.record(z.string(), Progress).default({}),
  /** Client-testing cycles: feedback sends the project round again (fix, QA, ready to test). */
  testingCycle: z.number().int().positive().default(1),
  /** Reminders and escalations sent, by step key, so the cadence survives restarts. */
  reminders: z.record(z.string(), z.number().int().nonnegative()).default({}),
  /** Message-IDs already acted on (newest last, bounded): the idempotency check rides the versioned write. */
  processedMessages: z.array(z.string()).default([]),
  /** Notices decided but not yet sent (docs/decisions.md#notice-outbox): sent and removed by `flushOutbox`. */
  outbox: z.array(OutboxEntry).default([]),
  /** On AWS: the project's latest Step Functions execution (its name, project id and record version), for the staff API to describe. */
  execution: z.object({ name: z.string().min(1), startedAt: IsoInstant }).optional(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  /** Optimistic-concurrency counter: every stored write increments it by one. */
  version: z.number().int().nonnegative(),
});
export type Project = z.infer<typeof Project>;
export type ProjectInput = z.input<typeof Project>;

/** SES receipt verdicts as stored with a mail (PASS, FAIL, GRAY, PROCESSING_FAILED, DISABLED). */
export const MailVerdicts = z.object({ spam: z.string(), virus: z.string(), spf: z.string(), dkim: z.string(), dmarc: z.string() });

/** `MAIL-` and 12 upper-case hex digits: the id of a mail that found no project (from its Message-ID). */
export const UnmatchedMailId = z.string().regex(/^MAIL-[0-9A-F]{12}$/, 'expected a mail id such as MAIL-3F9A2C81D07B');

/**
 * A mail that found no project (docs/table-design.md#unmatched-mail): kept for a person, with where
 * its raw bytes are, until staff give it to a project (`assigned`) — it is then read as a reply there.
 */
export const UnmatchedMail = z.object({
  mailId: UnmatchedMailId,
  messageId: z.string().min(1),
  /** Where the raw message is kept (S3 key or local file): an assignment reads it again from there. */
  rawRef: z.string().min(1),
  receivedAt: IsoInstant,
  /** As the mail says it (not validated as an address: a bounce may come from `MAILER-DAEMON@localhost`). */
  from: z.string().min(1),
  to: z.array(z.string()).default([]),
  subject: z.string(),
  kind: ReadAs.shape.kind,
  intent: ReadAs.shape.intent,
  /** Why it is here: a reason of shared/lifecycle/reasons.ts, and the words for a person. */
  reason: z.string().min(1),
  explanation: z.string(),
  /** Projects the sender is an active party of, when more than one (a person picks). */
  candidates: z.array(ProjectId).default([]),
  verdicts: MailVerdicts,
  /** When the team address got it (once per mail). */
  forwardedAt: IsoInstant.optional(),
  /** When the sender was told a person will look at it (at most once a day per sender). */
  answeredAt: IsoInstant.optional(),
  /** Given to a project by staff: what reading it there did. */
  assigned: z
    .object({
      projectId: ProjectId,
      at: IsoInstant,
      by: z.string().min(1),
      actedOn: z.boolean().optional(),
      reason: z.string().optional(),
      readAs: z.string().optional(),
    })
    .optional(),
});
export type UnmatchedMail = z.infer<typeof UnmatchedMail>;
export type UnmatchedMailInput = z.input<typeof UnmatchedMail>;
