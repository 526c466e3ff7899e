import { ProcessDefinition } from '../definition';

/** The EventTech phases, in the order a project passes through them. */
export const CADMIUM_PHASES = [
  'contracted',
  'confirming-details',
  'scheduled',
  'plan-approval',
  'requirements',
  'developer-review',
  'development',
  'client-testing',
  'live',
] as const;

/**
 * The EventTech integration process (docs/process-cadmium.md). Offsets count back from the
 * launch date L: kick-off due L−7 weeks, requirements due L−5 weeks, vendor development and testing
 * due L−2 weeks, client testing due L−1 week; the kick-off-call reminder 30 days before kick-off due.
 */
export const cadmium = ProcessDefinition.parse({
  id: 'cadmium',
  name: 'EventTech integration',
  vendor: 'Cadmium',
  serviceAddress: 'integrationservices@gocadmium.com',
  parties: [
    { role: 'client-poc', description: "the client's one point of contact", side: 'client', actsBy: 'mail' },
    { role: 'pm', description: 'the integration project manager', side: 'vendor', actsBy: 'mail-or-cli' },
    { role: 'integration-services', description: 'the Integration Services team address', side: 'vendor', actsBy: 'mail-or-cli' },
    { role: 'developer', description: 'vendor developers', side: 'vendor', actsBy: 'recorded-by-staff' },
    { role: 'qa', description: 'the QA analyst', side: 'vendor', actsBy: 'recorded-by-staff' },
  ],
  phases: [...CADMIUM_PHASES],
  milestones: [
    { id: 'kickoffCallReminder', label: 'Kick-off call reminder', anchor: 'kickoffDue', offsetDays: -30, businessDayRule: 'previous-business-day' },
    { id: 'kickoffDue', label: 'Kick-off due', anchor: 'launch', offsetDays: -49, businessDayRule: 'previous-business-day' },
    { id: 'requirementsDue', label: 'Requirements due', anchor: 'launch', offsetDays: -35, businessDayRule: 'previous-business-day' },
    { id: 'developmentDue', label: 'Development & testing due', anchor: 'launch', offsetDays: -14, businessDayRule: 'previous-business-day' },
    { id: 'clientTestingDue', label: 'Client testing due', anchor: 'launch', offsetDays: -7, businessDayRule: 'previous-business-day' },
    { id: 'launch', label: 'Launch', anchor: 'launch', offsetDays: 0, businessDayRule: 'previous-business-day' },
  ],
  rules: {
    kind: 'launch-timeline',
    detailsConfirmation: { remindAfterBusinessDays: [2], escalateAfterBusinessDays: 5 },
    planApprovalHours: 48,
    planReminderHoursBeforeDeadline: 24,
    requirementsMilestone: 'requirementsDue',
    requirementsReminders: { businessDaysBeforeDue: [3], onDue: true, overdueEveryBusinessDays: 2 },
    queueWindow: { from: 'requirementsDue', to: 'developmentDue' },
    minimumLeadDays: 49,
    changeRequestsAfterPlanApproval: true,
  },
});
