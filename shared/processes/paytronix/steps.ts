import { approvalStatus, latestApproval } from '../../project/rules';
import type { Project } from '../../project/schemas';
import type { StepQuestion } from '../../mail/reading/interpret';
import type { StepOutcome } from '../types';

/** The Paytronix lifecycle's awaited steps (docs/paytronix.md), in order. */
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
export type PaytronixStepId = (typeof PAYTRONIX_STEPS)[number];

/** What the mail at each step asked, for reading the replies to it (ProcessModule.replyQuestion). */
export const REPLY_QUESTIONS: Readonly<Partial<Record<PaytronixStepId, StepQuestion>>> = {
  idi: 'confirmation',
  'work-order': 'approval',
  schedule: 'approval',
  build: 'readiness',
  'client-qa': 'testing',
  ready: 'readiness',
  // A round's replies are the client side's: fixes made, ready for the next round, more material.
  certification: 'readiness',
  // Production credentials and the check-ins after go-live ask how it goes: nothing there is approved by a reply.
  production: 'status',
  'go-live': 'status',
};

/**
 * The steps but the work order's: a yes to the work order in a reply to one of them is not that step's yes
 * (ProcessModule.otherDocuments): the schedule's and later ones hear of it again, the IDI's before it ("Replying here since I
 * can't find the work order email - signed copy attached").
 */
export const NOT_THE_WORK_ORDER: ReadonlySet<string> = new Set(PAYTRONIX_STEPS.filter((step) => step !== 'work-order'));

/** Steps that run again after changes asked in client QA or a failed certification round. */
export const PER_CYCLE: ReadonlySet<string> = new Set<PaytronixStepId>(['build', 'client-qa', 'ready', 'certification']);

/** Steps a client's yes or no decides. */
export const DECISION_STEPS: ReadonlySet<string> = new Set<PaytronixStepId>(['work-order', 'client-qa']);

/** Where an execution resumes once the integration is live, and once it is over. */
export const PAYTRONIX_ENDS = ['monitoring', 'done'] as const;

/** The progress key of a step in a cycle: `client-qa-approved#2`. */
export function progressKey(name: string, step: PaytronixStepId, cycle: number): string {
  return PER_CYCLE.has(step) ? `${name}#${cycle}` : name;
}

function isStep(step: string): step is PaytronixStepId {
  return (PAYTRONIX_STEPS as readonly string[]).includes(step);
}

/** Whether the record satisfies a step in a cycle, and how. */
export function stepOutcome(project: Project, step: string, cycle = project.testingCycle): StepOutcome | undefined {
  if (!isStep(step)) return undefined;
  const has = (name: string) => project.progress[progressKey(name, step, cycle)] !== undefined;
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

/** Where an execution (re)started from the record resumes: the first step not satisfied, monitoring once live, or done. */
export function locate(project: Project): PaytronixStepId | (typeof PAYTRONIX_ENDS)[number] {
  // Not feasible: resume at discovery until the parties were told, so the ending runs once.
  if (project.progress['not-feasible']) return project.progress['sent:not-feasible#1'] ? 'done' : 'discovery';
  if (project.phase === 'closed' || project.phase === 'ended') return 'done';
  if (project.progress['live']) return 'monitoring';
  for (const step of PAYTRONIX_STEPS) if (!stepOutcome(project, step)) return step;
  return 'monitoring';
}

/** The step the project waits on now. */
export function currentStep(project: Project): PaytronixStepId | undefined {
  const step = locate(project);
  return step === 'done' || step === 'monitoring' ? undefined : step;
}

/** The state a client's decision on `step` changes: compared before and after a lost write race. */
export function decisionMark(project: Project, step: string): string {
  if (step === 'work-order') return JSON.stringify(latestApproval(project, 'work-order')?.decisions.map((d) => [d.email, d.decision]) ?? []);
  return JSON.stringify(Object.keys(project.progress).filter((k) => k.startsWith('client-')));
}
