import type { CadmiumTemplateId, PaytronixTemplateId, TemplateId } from './types';

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

/** Paytronix notices addressed to vendor staff (the technical consultant and the integrations team). */
export const PAYTRONIX_STAFF_TEMPLATE_IDS = [
  'discovery-evaluation',
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

export type StaffTemplateId = (typeof STAFF_TEMPLATE_IDS)[number];
export type ClientTemplateId = Exclude<CadmiumTemplateId, StaffTemplateId>;

export const STAFF_TEMPLATES: ReadonlySet<TemplateId> = new Set<TemplateId>([...STAFF_TEMPLATE_IDS, ...PAYTRONIX_STAFF_TEMPLATE_IDS]);
