import { latestApproval } from '../../project/rules';
import type { Project } from '../../project/schemas';
import type { StaffCommand } from '../types';

/** The EventTech steps that wait on the PM (or the team), and the command that settles each. */
const COMMANDS: Readonly<Record<string, StaffCommand>> = {
  'contract-review': { reply: 'CONTRACT REVIEWED', cli: 'contract-reviewed' },
  kickoff: { reply: 'KICKOFF HELD', cli: 'kickoff-held' },
  submission: { reply: 'SUBMITTED FOR DEVELOPMENT', cli: 'submitted-for-development' },
  review: { reply: 'REVIEW COMPLETE', cli: 'review-complete' },
  development: { reply: 'DEVELOPMENT COMPLETE', cli: 'development-complete' },
  qa: { reply: 'QA COMPLETE', cli: 'qa-complete' },
};

/** The command that settles a step waiting on staff; the plan waits on the PM only once the client asked for changes. */
export function cadmiumStaffCommand(project: Project, step: string): StaffCommand | undefined {
  if (step === 'plan') {
    const plan = latestApproval(project, 'project-plan');
    return plan?.decisions.some((d) => d.decision === 'declined') ? { reply: 'RESEND PLAN', cli: 'resend-plan' } : undefined;
  }
  return COMMANDS[step];
}
