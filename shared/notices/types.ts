import type { ChangeRequest, Project, Requirement } from '../project/schemas';
import type { LedgerEntry } from '../timeline/schemas';

/**
 * Every mail the EventTech process sends (process-cadmium.md steps 1–10). Client notices go to the
 * client POC; staff notices to the PM (and the Integration Services team where it says so).
 */
export const TEMPLATE_IDS = [
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
