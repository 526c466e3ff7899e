/**
 * Every mail the EventTech process sends (docs/process-cadmium.md#steps, steps 1–10). Client notices go to the
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
  'decision-recorded', // client: their decision (plan, testing) recorded, and what happens next
  'question-for-pm', // staff: a client question the system cannot answer
  'not-acted-on', // staff: a mail was not acted on, and why
] as const;

export type CadmiumTemplateId = (typeof CADMIUM_TEMPLATE_IDS)[number];

/** Notices addressed to vendor staff (the PM, or the Integration Services team). */
export const STAFF_TEMPLATE_IDS = [
  'new-contract',
  'contract-review-reminder',
  'confirm-details-escalation',
  'kickoff-call-reminder',
  'kickoff-overdue',
  'plan-escalation',
  'plan-changes-requested',
  'change-request',
  'requirements-overdue',
  'requirements-complete',
  'development-overdue',
  'qa-needed',
  'testing-overdue',
  'client-feedback',
  'question-for-pm',
  'not-acted-on',
] as const satisfies readonly CadmiumTemplateId[];

export type StaffTemplateId = (typeof STAFF_TEMPLATE_IDS)[number];
export type ClientTemplateId = Exclude<CadmiumTemplateId, StaffTemplateId>;
