import type { ProcessId } from '../process/schemas';
import type { Project } from '../project/schemas';
import { approvalStatus, requirementsComplete } from '../project/rules';

/**
 * The EventTech lifecycle as a sequence of awaited steps. The workflow waits at each one (a
 * callback task) until its condition holds on the record; the record is the truth (DESIGN 2).
 */
export const CADMIUM_STEPS = [
  'contract-review',
  'details',
  'kickoff',
  'plan',
  'requirements',
  'submission',
  'review',
  'development',
  'qa',
  'client-testing',
] as const;

/** The Paytronix lifecycle's awaited steps (process-paytronix.md), in order. */
export const PAYTRONIX_STEPS = [
  'discovery',
  'idi',
  'work-order',
  'schedule',
  'welcome',
  'build',
  'client-qa',
  'ready',
  'certification',
  'configuration',
  'production',
  'go-live',
] as const;

/** Every step of either process; the names differ, so a step names its process too. */
export const STEPS = [...CADMIUM_STEPS, ...PAYTRONIX_STEPS] as const;
export type StepId = (typeof STEPS)[number];
export type CadmiumStepId = (typeof CADMIUM_STEPS)[number];
export type PaytronixStepId = (typeof PAYTRONIX_STEPS)[number];

export function stepsOf(process: ProcessId): readonly StepId[] {
  return process === 'paytronix' ? PAYTRONIX_STEPS : CADMIUM_STEPS;
}

export function isPaytronixStep(step: StepId): step is PaytronixStepId {
  return (PAYTRONIX_STEPS as readonly string[]).includes(step);
}

/**
 * Steps that run again in every cycle (EventTech: client feedback; Paytronix: changes asked in client
 * QA, or a failed certification round): their progress keys carry the cycle.
 */
const PER_CYCLE: ReadonlySet<StepId> = new Set(['development', 'qa', 'client-testing', 'build', 'client-qa', 'ready', 'certification']);

/** The progress key of a step in a cycle: `plan-approved`, `qa-complete#2`. */
export function progressKey(name: string, step: StepId, cycle: number): string {
  return PER_CYCLE.has(step) ? `${name}#${cycle}` : name;
}

/** Who may act on a step: the client (by mail) or staff (by mail or the CLI). */
export const STEP_ACTOR: Readonly<Record<CadmiumStepId, 'client' | 'staff'>> = {
  'contract-review': 'staff',
  details: 'client',
  kickoff: 'staff',
  plan: 'client',
  requirements: 'client',
  submission: 'staff',
  review: 'staff',
  development: 'staff',
  qa: 'staff',
  'client-testing': 'client',
};

export type StepOutcome = 'done' | 'approved' | 'feedback' | 'feasible' | 'not-feasible' | 'certified' | 'failed';

/** Whether the record satisfies a step in a cycle, and how. */
export function stepOutcome(project: Project, step: StepId, cycle = project.testingCycle): StepOutcome | undefined {
  const has = (name: string) => project.progress[progressKey(name, step, cycle)] !== undefined;
  if (isPaytronixStep(step)) return paytronixOutcome(project, step, cycle, has);
  switch (step) {
    case 'contract-review':
      return has('contract-reviewed') ? 'done' : undefined;
    case 'details':
      return project.timeline.current ? 'done' : undefined;
    case 'kickoff':
      return has('kickoff-held') ? 'done' : undefined;
    case 'plan': {
      const plan = latestApproval(project, 'project-plan');
      return plan && approvalStatus(plan) === 'approved' ? 'approved' : undefined;
    }
    case 'requirements':
      return requirementsComplete(project) ? 'done' : undefined;
    case 'submission':
      return has('submitted-for-development') ? 'done' : undefined;
    case 'review':
      return has('review-complete') ? 'done' : undefined;
    case 'development':
      return has('development-complete') ? 'done' : undefined;
    case 'qa':
      return has('qa-complete') ? 'done' : undefined;
    case 'client-testing':
      if (has('client-approved')) return 'approved';
      return has('client-feedback') ? 'feedback' : undefined;
  }
}

function paytronixOutcome(project: Project, step: PaytronixStepId, cycle: number, has: (name: string) => boolean): StepOutcome | undefined {
  const approved = (subject: 'work-order' | 'schedule') => {
    const approval = latestApproval(project, subject);
    return approval && approvalStatus(approval) === 'approved' ? ('approved' as const) : undefined;
  };
  switch (step) {
    case 'discovery':
      if (has('feasible')) return 'feasible';
      return has('not-feasible') ? 'not-feasible' : undefined;
    case 'idi':
      return has('idi-held') ? 'done' : undefined;
    case 'work-order':
      return approved('work-order');
    case 'schedule':
      return approved('schedule');
    case 'welcome':
      return has('welcome-sent') ? 'done' : undefined;
    case 'build':
      // The TC's checklist (once) and the integrator's own QA (every cycle).
      return project.progress['test-cards-sent'] && project.progress['test-user-created'] && has('integrator-qa-complete') ? 'done' : undefined;
    case 'client-qa':
      if (has('client-qa-approved')) return 'approved';
      return has('client-qa-changes') ? 'feedback' : undefined;
    case 'ready':
      return has('ready-for-certification') ? 'done' : undefined;
    case 'certification': {
      const round = project.certificationRounds.find((r) => r.cycle === cycle);
      return round?.outcome === 'pending' || !round ? undefined : round.outcome;
    }
    case 'configuration':
      return has('configuration-verified') ? 'done' : undefined;
    case 'production':
      return has('production-credentials-sent') ? 'done' : undefined;
    case 'go-live':
      return has('live') ? 'done' : undefined;
  }
}

export function latestApproval(project: Project, subject: Project['approvals'][number]['subject']) {
  return project.approvals.filter((a) => a.subject === subject).at(-1);
}

/** Where a Paytronix execution resumes once the integration is live: the monitoring period. */
export type ResumePoint = StepId | 'monitoring' | 'done';

/**
 * Where an execution (re)started from the record resumes: the first step whose condition does not
 * hold. `done` when the project is live (EventTech) or closed or ended (Paytronix).
 */
export function locate(project: Project): ResumePoint {
  if (project.process === 'paytronix') return locatePaytronix(project);
  if (project.phase === 'live') return 'done';
  for (const step of CADMIUM_STEPS) {
    // A testing cycle that ended in feedback sends the project back to development of the next cycle.
    if (!stepOutcome(project, step)) return step;
  }
  return 'done';
}

function locatePaytronix(project: Project): ResumePoint {
  // Not feasible: resume at discovery until the parties were told, so the ending runs once.
  if (project.progress['not-feasible']) return project.progress['sent:not-feasible#1'] ? 'done' : 'discovery';
  if (project.phase === 'closed' || project.phase === 'ended') return 'done';
  if (project.progress['live']) return 'monitoring';
  for (const step of PAYTRONIX_STEPS) if (!stepOutcome(project, step)) return step;
  return 'monitoring';
}

/** The step the project is waiting on now (what a reply or staff action is about). */
export function currentStep(project: Project): StepId | undefined {
  const step = locate(project);
  return step === 'done' || step === 'monitoring' ? undefined : step;
}
