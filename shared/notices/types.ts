import type { CertificationRound, ChangeRequest, Project, Requirement } from '../project/schemas';
import type { LedgerEntry } from '../timeline/schemas';

/**
 * Every mail the EventTech process sends (process-cadmium.md steps 1–10). Client notices go to the
 * client POC; staff notices to the PM (and the Integration Services team where it says so).
 */
export const CADMIUM_TEMPLATE_IDS = [
  // 1. contracted
  'new-contract', // staff: a new integration is contracted; reply CONTRACT REVIEWED
  'contract-review-reminder', // staff: the contract still waits for review
  // 2. confirm details
  'confirm-details', // client: confirm details, POC, desired launch date
  'confirm-details-reminder', // client
  'confirm-details-escalation', // staff: no answer from the client
  'launch-date-unclear', // client: we could not read a date ("early April"); please give a day
  // 3. timeline
  'timeline', // client (+ PM cc): the timeline, and why the launch differs from the desired one if it does
  // 4. call scheduling
  'kickoff-call-reminder', // staff: schedule the kick-off call; reply KICKOFF HELD once held
  'kickoff-overdue', // staff: kick-off due date passed
  // 5. kick-off and plan
  'project-plan', // client: timeline, scope, requirements due; approve within 48 hours
  'plan-reminder', // client
  'plan-escalation', // staff: no approval within 48 hours
  'plan-changes-requested', // staff: the client asked for changes; reply RESEND PLAN after revising
  'change-request-ack', // client: change after approval = change request, additional fees apply
  'change-request', // staff: a change request was recorded
  // 6. requirements
  'requirements-ack', // client: what arrived, what is still missing
  'requirements-reminder', // client: before the due date, on it, while overdue
  'requirements-overdue', // staff: requirements overdue
  'requirements-complete', // staff: everything is in; reply SUBMITTED FOR DEVELOPMENT
  'timeline-moved', // client + staff: the new timeline after a slip, with the ledger entry
  // 7. developer review
  'developer-review', // client: the requirements are in developer review
  // 8. development and QA
  'development-overdue', // staff: development & testing due date passed; reply DEVELOPMENT COMPLETE / RESCHEDULE
  'qa-needed', // staff: development complete; reply QA COMPLETE after testing with the client's accounts
  // 9. client testing
  'ready-to-test', // client: ready to test, with the client-testing due date
  'testing-reminder', // client
  'testing-overdue', // staff
  'client-feedback', // staff: the client sent feedback; the cycle repeats
  // 10. live
  'live', // client: live, with reminders and troubleshooting support steps
  // any step
  'question-for-pm', // staff: a client question the system cannot answer
  'not-acted-on', // staff: a mail was not acted on, and why
] as const;

/**
 * Every mail the Paytronix process sends (process-paytronix.md). "client side" = client and integrator; "staff" = TC and integrations team.
 */
export const PAYTRONIX_TEMPLATE_IDS = [
  // 1. discovery
  'discovery-evaluation', // staff: evaluate the high-level flow; reply FEASIBLE or NOT FEASIBLE (reason below)
  'not-feasible', // all parties: the integration is not feasible (extras.note: why); the project ends
  // 2. requirements
  'idi-needed', // staff (TC): schedule the IDI; reply IDI 2027-01-12 15:00
  'idi-invitation', // all parties: the IDI invitation (an iCalendar invite is attached by the renderer)
  'work-order-needed', // staff (TC): the IDI was held; reply SEND WORK ORDER with the work order below the first line
  'work-order', // client side: the work order (approval.summary) to approve
  'work-order-declined', // staff: the client side asked for changes (extras.quotedText)
  'schedule-needed', // staff (TC): reply SEND SCHEDULE with the schedule below the first line
  'schedule', // all parties: the schedule (approval.summary) — every party must approve
  'schedule-reminder', // the parties whose approval is still pending
  'schedule-declined', // staff: a party asked for changes (extras.quotedText, extras.mail)
  'welcome', // client side (verified addresses only): welcome, with the test-server credentials (extras.credentials)
  'test-credentials-needed', // staff: give the test-server credentials with the CLI; extras.gateMissing lists what else the welcome waits for
  // 3. development
  'development-checklist', // staff (TC): make sure the integrator has test cards and a test-server user; reply TEST CARDS SENT / TEST USER CREATED
  'development-started', // client side: build and test; questions to the integrations team; reply "QA complete" when the integrator's own QA is done
  'client-qa', // client side: test every use case and approve all error and success messages; reply APPROVED or describe the changes
  'qa-changes-needed', // client side + staff: the client asked for changes (extras.quotedText): back to development
  // 4. certification
  'certification-ready-request', // client side: report ready for certification, with everything needed to access and test
  'certification-booked', // all parties: round extras.round booked: starts slotStartsOn, ends no earlier than earliestEndOn
  'materials-received', // client side: more testing material received; the round's earliest end is now extras.round.earliestEndOn
  'certification-fees', // client, TC and sales: round extras.round.number is beyond the included rounds: additional fees apply
  'certification-failed', // client side: round failed with feedback (extras.note); back to development
  'certified', // all parties: certified; launch preparation starts
  // 5. launch and monitoring
  'configuration-check', // staff (TC): verify test vs production differences; reply CONFIGURATION with them below the first line (or NONE)
  'configuration-differences', // all parties: the configuration differences (extras.note)
  'production-credentials-needed', // staff (integrations team): give the production credentials with the CLI
  'production-credentials', // client side, verified addresses only: the production credentials (extras.credentials)
  'go-live-ready', // staff (TC): reply LIVE when the integration is live
  'went-live', // all parties: live; monitoring for N days with check-ins
  'monitoring-check-in', // all parties: how is it going; reply with any problem
  'project-closed', // all parties: monitoring over, project closed
  // any step
  'step-reminder', // staff: a step has waited (extras.stepLabel, extras.reminderNumber, extras.waitingFor)
  'reply-reminder', // client side: we still wait for your reply (extras.stepLabel, extras.reminderNumber)
] as const;

export const TEMPLATE_IDS = [...CADMIUM_TEMPLATE_IDS, ...PAYTRONIX_TEMPLATE_IDS] as const;
export type CadmiumTemplateId = (typeof CADMIUM_TEMPLATE_IDS)[number];
export type PaytronixTemplateId = (typeof PAYTRONIX_TEMPLATE_IDS)[number];
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** What a template may need beyond the project record. */
export interface NoticeExtras {
  /** requirements-ack, requirements-reminder: what is still missing; requirements-ack: what just arrived. */
  readonly missing?: readonly Requirement[];
  readonly received?: readonly Requirement[];
  /** timeline-moved: the move. */
  readonly ledgerEntry?: LedgerEntry;
  /** timeline: why the launch is later than the client asked (feasibility reasons). */
  readonly launchReasons?: readonly string[];
  /** client-feedback, plan-changes-requested, question-for-pm, not-acted-on: the client's words. */
  readonly quotedText?: string;
  /** change-request-ack, change-request. */
  readonly changeRequest?: ChangeRequest;
  /** not-acted-on: the reason's name and its plain-words explanation. */
  readonly reason?: { readonly name: string; readonly explanation: string };
  /** not-acted-on, question-for-pm: who wrote and what subject. */
  readonly mail?: { readonly from: string; readonly subject: string; readonly receivedAt: string };
  /** Reminders: which one this is (1, 2, …) and whether the due date has passed. */
  readonly reminderNumber?: number;
  readonly overdue?: boolean;
  /** Paytronix: free text a person wrote for the notice (not-feasible reason, failure feedback, configuration differences). */
  readonly note?: string;
  /** welcome, production-credentials: the secret, opened just for rendering; never stored or logged. */
  readonly credentials?: string;
  /** certification-*: the round the notice is about. */
  readonly round?: CertificationRound;
  /** test-credentials-needed, refusals: what the welcome mail still waits for, in words. */
  readonly gateMissing?: readonly string[];
  /** production-credentials (staff copy): addresses not sent to because they are not verified. */
  readonly unverified?: readonly string[];
  /** step-reminder, reply-reminder: the step in words and who it waits for. */
  readonly stepLabel?: string;
  readonly waitingFor?: string;
}

export interface NoticeContext {
  readonly project: Project;
  /** The instant the notice is sent (ISO), in the simulated or real clock. */
  readonly now: string;
  /** Shown as the sender's name: e.g. "Cadmium Integration Services". */
  readonly teamName: string;
  readonly extras?: NoticeExtras;
}

/** A rendered notice: the subject always carries the project's tag `[INT-1042]`. */
export interface RenderedNotice {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}
