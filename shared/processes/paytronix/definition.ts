import { ProcessDefinition } from '../definition';

/** The Paytronix phases; `ended` is the end of a project found not feasible. */
export const PAYTRONIX_PHASES = ['discovery', 'requirements', 'development', 'certification', 'launch', 'monitoring', 'closed', 'ended'] as const;

/**
 * The Paytronix integrations process with certification (docs/paytronix.md).
 * It has no timeline computed back from a launch date: the TC sets the schedule, all parties approve it.
 */
export const paytronix = ProcessDefinition.parse({
  id: 'paytronix',
  name: 'Integrations with certification',
  vendor: 'Paytronix',
  serviceAddress: 'integrations@paytronix.com',
  parties: [
    { role: 'technical-consultant', description: 'owns the project with the client', side: 'vendor', actsBy: 'mail-or-cli' },
    { role: 'sales', description: 'the sales representative', side: 'vendor', actsBy: 'mail' },
    { role: 'integrations-team', description: 'evaluates, answers technical questions, certifies', side: 'vendor', actsBy: 'mail-or-cli' },
    { role: 'client', description: "the vendor's customer", side: 'client', actsBy: 'mail' },
    { role: 'integrator', description: 'the partner that builds the integration', side: 'partner', actsBy: 'mail' },
  ],
  phases: [...PAYTRONIX_PHASES],
  milestones: [],
  rules: {
    kind: 'staged-certification',
    scheduleApproval: 'all-parties',
    certification: { minimumBusinessDaysAfterMaterials: 5, roundsIncludedBeforeFees: 3, slotsPerWeek: 2 },
    monitoringDays: 14,
    checkInEveryDays: 7,
  },
});
