import type { TemplateId } from './types';

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
] as const satisfies readonly TemplateId[];

export type StaffTemplateId = (typeof STAFF_TEMPLATE_IDS)[number];
export type ClientTemplateId = Exclude<TemplateId, StaffTemplateId>;

export const STAFF_TEMPLATES: ReadonlySet<TemplateId> = new Set<TemplateId>(STAFF_TEMPLATE_IDS);
