/**
 * Every mail the Paytronix process sends (docs/paytronix.md). "client side" = client and integrator; "staff" = TC and integrations team.
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
  'decision-recorded', // the deciding party: their decision (work order, schedule) recorded, and what happens next
  'change-request-ack', // client side: new scope after the work order was approved is a change request; fees apply
  'change-request', // staff: a change request was recorded (extras.changeRequest, extras.quotedText)
  'materials-pending', // client side: certification material received in part (extras.items): the round waits for the rest
] as const;

export type PaytronixTemplateId = (typeof PAYTRONIX_TEMPLATE_IDS)[number];

/** Paytronix notices addressed to vendor staff (the technical consultant and the integrations team). */
export const PAYTRONIX_STAFF_TEMPLATE_IDS = [
  'discovery-evaluation',
  'change-request',
  'idi-needed',
  'work-order-needed',
  'work-order-declined',
  'schedule-needed',
  'schedule-declined',
  'test-credentials-needed',
  'development-checklist',
  'configuration-check',
  'production-credentials-needed',
  'go-live-ready',
  'step-reminder',
] as const satisfies readonly PaytronixTemplateId[];
