import type { CertificationRound, ChangeRequest, Project, Requirement, Review } from '../project/schemas';
import type { LedgerEntry } from '../timeline/schemas';

/** A notice template's id: each process names its own (its module's `templates`). */
export type TemplateId = string;

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
  /** materials-pending: what a reply delivered and what it named as still to come (item ids). */
  readonly items?: { readonly received: readonly string[]; readonly pending: readonly string[] };
  /** reply-needs-review: the reply the reader would not decide alone. */
  readonly review?: Review;
  /** question-for-pm: the client's reply says its answer is still to come ("not yet"), nothing asked. */
  readonly notYet?: boolean;
  /** decision-recorded: the client's decision as recorded, and what happens next. */
  readonly recorded?: { readonly what: string; readonly next: string };
}

export interface NoticeContext {
  readonly project: Project;
  /** The instant the notice is sent (ISO), in the simulated or real clock. */
  readonly now: string;
  /** Shown as the sender's name: e.g. "Cadmium Integration Services". */
  readonly teamName: string;
  readonly extras?: NoticeExtras;
  /**
   * The notice goes to staff although its template is the client's (the PM's copy of "your
   * timeline has moved"): it greets staff and tells them how replies are read.
   */
  readonly forStaff?: boolean;
  /** Greets no one by name (`Hello,`): the notice goes to someone who is no party (the PMs' lead). */
  readonly anonymous?: boolean;
}

/** A rendered notice: the subject always carries the project's tag `[INT-1042]`. */
export interface RenderedNotice {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}
