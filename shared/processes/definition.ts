import { z } from 'zod';

/** A process's id, as a project record names it: the registry knows which ones exist. */
export const ProcessId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a process id such as "acme-onboarding"');
export type ProcessId = z.infer<typeof ProcessId>;

/** A role a party holds in a project; each process lists its own roles in its definition. */
export const PartyRole = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a role such as "client-poc"');
export type PartyRole = z.infer<typeof PartyRole>;

export const PartyDefinition = z.object({
  role: PartyRole,
  description: z.string(),
  side: z.enum(['client', 'vendor', 'partner']),
  actsBy: z.enum(['mail', 'mail-or-cli', 'recorded-by-staff']),
});

/**
 * A milestone date of the timeline, placed relative to another milestone (or to the launch) by
 * a whole number of calendar days; negative is before. Order in the list is the timeline order.
 */
export const MilestoneDefinition = z.object({
  id: z.string().regex(/^[a-z][A-Za-z]*$/),
  label: z.string(),
  anchor: z.string(),
  offsetDays: z.number().int(),
  /** Dates that fall on a weekend or holiday move to the business day before. */
  businessDayRule: z.literal('previous-business-day'),
});
export type MilestoneDefinition = z.infer<typeof MilestoneDefinition>;

const ReminderCadence = z.object({
  /** Business days after the request at which a reminder goes to the party. */
  remindAfterBusinessDays: z.array(z.number().int().positive()),
  /** Business days after the request at which the PM is told. */
  escalateAfterBusinessDays: z.number().int().positive(),
});

/** The rules of a process whose timeline is computed back from a launch date, as numbers the engine and the workflows read. */
export const LaunchTimelineRules = z.object({
  kind: z.literal('launch-timeline'),
  detailsConfirmation: ReminderCadence,
  planApprovalHours: z.number().int().positive(),
  planReminderHoursBeforeDeadline: z.number().int().positive(),
  /** Late requirements move every milestone after this one by the days they were late. */
  requirementsMilestone: z.string(),
  requirementsReminders: z.object({
    businessDaysBeforeDue: z.array(z.number().int().positive()),
    onDue: z.boolean(),
    overdueEveryBusinessDays: z.number().int().positive(),
  }),
  /** The milestones between which a project occupies the vendor's development queue. */
  queueWindow: z.object({ from: z.string(), to: z.string() }),
  /** Minimum days from today to launch the vendor accepts (7 weeks: kick-off due must not be past). */
  minimumLeadDays: z.number().int().nonnegative(),
  changeRequestsAfterPlanApproval: z.literal(true),
});

/** The rules of a process staged by approvals and certification rounds, with no computed timeline. */
export const StagedCertificationRules = z.object({
  kind: z.literal('staged-certification'),
  scheduleApproval: z.literal('all-parties'),
  certification: z.object({
    minimumBusinessDaysAfterMaterials: z.number().int().positive(),
    roundsIncludedBeforeFees: z.number().int().positive(),
    slotsPerWeek: z.number().int().positive(),
  }),
  monitoringDays: z.number().int().positive(),
  checkInEveryDays: z.number().int().positive(),
});

export const ProcessDefinition = z.object({
  id: ProcessId,
  name: z.string(),
  vendor: z.string(),
  /** Default service address; deployments configure their own. */
  serviceAddress: z.email(),
  parties: z.array(PartyDefinition).nonempty(),
  /** Phases in the order a project passes through them; terminal ones last. */
  phases: z.array(z.string()).nonempty(),
  milestones: z.array(MilestoneDefinition),
  rules: z.discriminatedUnion('kind', [LaunchTimelineRules, StagedCertificationRules]),
});
export type ProcessDefinition = z.infer<typeof ProcessDefinition>;
export type LaunchTimelineRules = z.infer<typeof LaunchTimelineRules>;
export type StagedCertificationRules = z.infer<typeof StagedCertificationRules>;
