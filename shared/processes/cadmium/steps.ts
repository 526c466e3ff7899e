import { approvalStatus, latestApproval, requirementsComplete } from '../../project/rules';
import type { Project } from '../../project/schemas';
import type { StepQuestion } from '../../mail/reading/interpret';
import type { StepOutcome } from '../types';

/**
 * The EventTech lifecycle as a sequence of awaited steps. The workflow waits at each one (a
 * callback task) until its condition holds on the record; the record is the truth (docs/decisions.md).
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
export type CadmiumStepId = (typeof CADMIUM_STEPS)[number];

/** What the mail at each step asked, for reading the replies to it (ProcessModule.replyQuestion). */
export const REPLY_QUESTIONS: Readonly<Partial<Record<CadmiumStepId, StepQuestion>>> = {
  details: 'confirmation',
  plan: 'approval',
  requirements: 'delivery',
  'client-testing': 'testing',
  // Status mails while the vendor builds and tests: a reply tells, asks or asks for more; it approves nothing.
  development: 'status',
  qa: 'status',
};

/** Each step in words, and whom it waits on (the digest, reminders, the dashboard). */
export const STEP_WORDS: Readonly<Record<CadmiumStepId, { stepLabel: string; waitingFor: string }>> = {
  'contract-review': { stepLabel: 'contract review', waitingFor: 'the Integration Services team' },
  details: { stepLabel: 'details', waitingFor: 'the client' },
  kickoff: { stepLabel: 'kickoff', waitingFor: 'the PM' },
  plan: { stepLabel: 'plan', waitingFor: 'the client' },
  requirements: { stepLabel: 'requirements', waitingFor: 'the client' },
  submission: { stepLabel: 'submission', waitingFor: 'the PM' },
  review: { stepLabel: 'review', waitingFor: 'the developers' },
  development: { stepLabel: 'development', waitingFor: 'the developers' },
  qa: { stepLabel: 'qa', waitingFor: 'the PM' },
  'client-testing': { stepLabel: 'client testing', waitingFor: 'the client' },
};

/** Steps that run again after the client's testing feedback: their progress keys carry the cycle. */
export const PER_CYCLE: ReadonlySet<string> = new Set<CadmiumStepId>(['development', 'qa', 'client-testing']);

/** Steps a client's yes or no decides. */
export const DECISION_STEPS: ReadonlySet<string> = new Set<CadmiumStepId>(['details', 'plan', 'client-testing']);

/** The progress key of a step in a cycle: `plan-approved`, `qa-complete#2`. */
export function progressKey(name: string, step: CadmiumStepId, cycle: number): string {
  return PER_CYCLE.has(step) ? `${name}#${cycle}` : name;
}

function isStep(step: string): step is CadmiumStepId {
  return (CADMIUM_STEPS as readonly string[]).includes(step);
}

/** Whether the record satisfies a step in a cycle, and how. */
export function stepOutcome(project: Project, step: string, cycle = project.testingCycle): StepOutcome | undefined {
  if (!isStep(step)) return undefined;
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

/** Where an execution (re)started from the record resumes: the first step not satisfied; `done` once live. */
export function locate(project: Project): CadmiumStepId | 'done' {
  if (project.phase === 'live') return 'done';
  for (const step of CADMIUM_STEPS) {
    // A testing cycle that ended in feedback sends the project back to development of the next cycle.
    if (!stepOutcome(project, step)) return step;
  }
  return 'done';
}

/** The step the project waits on now. */
export function currentStep(project: Project): CadmiumStepId | undefined {
  const step = locate(project);
  return step === 'done' ? undefined : step;
}

/** The state a client's decision on `step` changes: compared before and after a lost write race. */
export function decisionMark(project: Project, step: string): string {
  if (step === 'plan') return JSON.stringify(latestApproval(project, 'project-plan')?.decisions.map((d) => [d.email, d.decision]) ?? []);
  if (step === 'details') return project.timeline.current ? 'set' : 'open';
  return JSON.stringify(Object.keys(project.progress).filter((k) => k.startsWith('client-')));
}
