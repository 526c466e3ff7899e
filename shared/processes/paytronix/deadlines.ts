import type { Project } from '../../project/schemas';
import { BusinessCalendar } from '../../timeline/calendar';
import { instantOn, localDate } from '../../timeline/dates';
import { latestApproval } from '../../project/rules';
import type { DeadlineEvent } from '../types';
import type { PaytronixStepId } from './steps';
import { currentRound } from './certification';

/** Each Paytronix step in words, and who it waits for (reminder notices say both). */
export const PAYTRONIX_STEP_LABELS: Readonly<Record<PaytronixStepId, { label: string; waitingFor: string }>> = {
  discovery: { label: 'the feasibility decision', waitingFor: 'the integrations team' },
  idi: { label: 'the Integration Deployment Interview', waitingFor: 'the technical consultant' },
  'work-order': { label: 'the work order', waitingFor: 'the client side' },
  schedule: { label: 'the schedule', waitingFor: 'every party' },
  welcome: { label: 'the welcome mail with the test-server credentials', waitingFor: 'the technical consultant' },
  build: { label: 'development and the integrator’s own QA', waitingFor: 'the integrator' },
  'client-qa': { label: 'the client’s QA of every error and success message', waitingFor: 'the client' },
  ready: { label: 'the readiness report for certification', waitingFor: 'the client side' },
  certification: { label: 'the certification round’s result', waitingFor: 'the integrations team' },
  configuration: { label: 'the test/production configuration check', waitingFor: 'the technical consultant' },
  production: { label: 'the production credentials', waitingFor: 'the integrations team' },
  'go-live': { label: 'the go-live', waitingFor: 'the technical consultant' },
};

/**
 * When a waiting Paytronix step's next reminder falls due, and what it sends. Staff steps remind
 * staff every `every` business days; client steps remind the client side after 2 and every 5
 * business days and tell staff at 5 (*(choice)*, like EventTech's details); a schedule reminds
 * exactly the parties still to approve; a round reminds the integrations team from its earliest end.
 */
export function paytronixDeadline(project: Project, step: string, waitingSince: string, n: number, every: number): DeadlineEvent {
  // An approval counts from when it was asked for, not from when the step began waiting.
  const asked = step === 'work-order' || step === 'schedule' ? latestApproval(project, step)?.requestedAt : undefined;
  const since = asked && asked > waitingSince ? asked : waitingSince;
  const declined = (subject: 'work-order' | 'schedule') => latestApproval(project, subject)?.decisions.some((d) => d.decision === 'declined') === true;
  const calendar = new BusinessCalendar(project.holidays);
  const after = (from: string, days: number) => instantOn(calendar.addBusinessDays(localDate(from, project.timeZone), days), project.timeZone);
  const staff = (from = since): DeadlineEvent => ({ at: after(from, every * (n + 1)), staff: 'step-reminder', overdue: true });
  const client = (audience: DeadlineEvent['audience'] = 'client'): DeadlineEvent => {
    if (n === 0) return { at: after(since, 2), client: 'reply-reminder', audience, overdue: false };
    if (n === 1) return { at: after(since, 5), staff: 'step-reminder', overdue: true };
    return { at: after(since, 5 * n), client: 'reply-reminder', audience, overdue: true };
  };
  switch (step) {
    case 'idi': {
      // Nothing to remind before the interview has happened: from the business day after it.
      const held = project.idi ? after(project.idi.start, 1) : undefined;
      const at = after(since, every * (n + 1));
      return { at: held && held > at ? (n === 0 ? held : after(held, every * n)) : at, staff: 'step-reminder', overdue: true };
    }
    case 'work-order':
      // Before the order is sent, or once the client side asked for changes, the TC is the one to act; else the client side.
      return latestApproval(project, 'work-order') && !declined('work-order') ? client() : staff();
    case 'schedule': {
      if (!latestApproval(project, 'schedule') || declined('schedule')) return staff();
      if (n === 1) return { at: after(since, 5), client: 'schedule-reminder', audience: 'pending-approvers', staff: 'step-reminder', overdue: true };
      return { at: after(since, every * (n + 1)), client: 'schedule-reminder', audience: 'pending-approvers', overdue: n > 1 };
    }
    case 'build':
      // Development takes weeks: the TC is reminded of the checklist; the client side only every 10 business days.
      if (!project.progress['test-cards-sent'] || !project.progress['test-user-created']) return staff();
      return { at: after(since, 10 * (n + 1)), client: 'reply-reminder', overdue: false };
    case 'client-qa':
    case 'ready':
      return client();
    case 'certification': {
      const round = currentRound(project);
      const end = round?.earliestEndOn ? instantOn(round.earliestEndOn, project.timeZone, 17) : undefined;
      if (!end) return staff();
      return { at: n === 0 ? end : after(end, every * n), staff: 'step-reminder', overdue: n > 0 };
    }
    default:
      return staff();
  }
}
