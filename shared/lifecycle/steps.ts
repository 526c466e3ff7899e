import type { Project } from '../project/schemas';
import { approvalStatus, requirementsComplete } from '../project/rules';

/**
 * The EventTech lifecycle as a sequence of awaited steps. The workflow waits at each one (a
 * callback task) until its condition holds on the record; the record is the truth (DESIGN 2).
 */
export const STEPS = [
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
export type StepId = (typeof STEPS)[number];

/** Steps that run again in every client-testing cycle: their progress keys carry the cycle. */
const PER_CYCLE: ReadonlySet<StepId> = new Set(['development', 'qa', 'client-testing']);

/** The progress key of a step in a cycle: `plan-approved`, `qa-complete#2`. */
export function progressKey(name: string, step: StepId, cycle: number): string {
  return PER_CYCLE.has(step) ? `${name}#${cycle}` : name;
}

/** Who may act on a step: the client (by mail) or staff (by mail or the CLI). */
export const STEP_ACTOR: Readonly<Record<StepId, 'client' | 'staff'>> = {
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

export type StepOutcome = 'done' | 'approved' | 'feedback';

/** Whether the record satisfies a step in a cycle, and how. */
export function stepOutcome(project: Project, step: StepId, cycle = project.testingCycle): StepOutcome | undefined {
  const has = (name: string) => project.progress[progressKey(name, step, cycle)] !== undefined;
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

export function latestApproval(project: Project, subject: Project['approvals'][number]['subject']) {
  return project.approvals.filter((a) => a.subject === subject).at(-1);
}

/**
 * Where an execution (re)started from the record resumes: the first step whose condition does not
 * hold. `done` when the project is live.
 */
export function locate(project: Project): StepId | 'done' {
  if (project.phase === 'live') return 'done';
  for (const step of STEPS) {
    // A testing cycle that ended in feedback sends the project back to development of the next cycle.
    if (!stepOutcome(project, step)) return step;
  }
  return 'done';
}

/** The step the project is waiting on now (what a reply or staff action is about). */
export function currentStep(project: Project): StepId | undefined {
  const step = locate(project);
  return step === 'done' ? undefined : step;
}
