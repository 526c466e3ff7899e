import { latestApproval } from '../../project/rules';
import type { Project } from '../../project/schemas';
import type { StaffCommand } from '../types';

/** The Paytronix steps that wait on the TC or the integrations team, and the command that settles each. */
const COMMANDS: Readonly<Record<string, StaffCommand>> = {
  discovery: { reply: 'FEASIBLE (or NOT FEASIBLE and why)', cli: 'feasible' },
  idi: { reply: 'IDI HELD', cli: 'idi-held' },
  welcome: { reply: 'SEND WELCOME', cli: 'send-welcome' },
  certification: { reply: 'CERTIFIED (or FAILED and the feedback)', cli: 'certified' },
  configuration: { reply: 'CONFIGURATION (and the differences, or NONE)', cli: 'configuration --note "the differences, or NONE"' },
  production: { reply: 'CLI only: credentials never go by mail', cli: 'production-credentials --file <file>' },
  'go-live': { reply: 'LIVE', cli: 'live' },
};

/** The command that settles a step waiting on staff; an approval waits on staff until it is sent, or again once declined. */
export function paytronixStaffCommand(project: Project, step: string): StaffCommand | undefined {
  if (step === 'work-order' || step === 'schedule') {
    const approval = latestApproval(project, step);
    if (approval && !approval.decisions.some((d) => d.decision === 'declined')) return undefined;
    return step === 'work-order'
      ? { reply: 'SEND WORK ORDER (its responsibilities and costs below)', cli: 'send-work-order --note "responsibilities and costs"' }
      : { reply: 'SEND SCHEDULE (the schedule below)', cli: 'send-schedule --note "the schedule"' };
  }
  return COMMANDS[step];
}
