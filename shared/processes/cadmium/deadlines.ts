import type { Project } from '../../project/schemas';
import { BusinessCalendar } from '../../timeline/calendar';
import { addDays, instantOn, localDate, type IsoDate } from '../../timeline/dates';
import { latestApproval } from '../../project/rules';
import type { DeadlineEvent } from '../types';

const HOUR_MS = 3600 * 1000;

function calendarOf(project: Project): BusinessCalendar {
  return new BusinessCalendar(project.holidays);
}

/** 09:00 local on the `n`-th business day after the day of `since`. */
function businessDaysAfter(project: Project, since: string, n: number): string {
  const calendar = calendarOf(project);
  return instantOn(calendar.addBusinessDays(localDate(since, project.timeZone), n), project.timeZone);
}

function onDate(project: Project, date: IsoDate | undefined, fallback: string): string {
  return date ? instantOn(date, project.timeZone) : fallback;
}

function due(project: Project, milestone: string): IsoDate | undefined {
  return project.timeline.current?.[milestone]?.due;
}

/**
 * The `n`-th (0-based) reminder or escalation of `step`, counted from `since` (when the step began).
 * Each schedule follows the EventTech process (docs/process-cadmium.md).
 * `every` is the deployment's overdue cadence in business days.
 */
export function cadmiumDeadline(project: Project, step: string, since: string, n: number, every: number): DeadlineEvent {
  const event = scheduled(project, step, since, n, every);
  // A step is never overdue the day it began waiting: the PM would get the kick-off call reminder
  // and the kick-off overdue notice in the same second when the timeline is set on the due date.
  if (event.overdue && localDate(event.at, project.timeZone) <= localDate(since, project.timeZone))
    return { ...event, at: businessDaysAfter(project, since, 1) };
  return event;
}

function scheduled(project: Project, step: string, since: string, n: number, every: number): DeadlineEvent {
  const calendar = calendarOf(project);
  const after = (days: number) => businessDaysAfter(project, since, days);
  switch (step) {
    case 'contract-review':
      return { at: after(every * (n + 1)), staff: 'contract-review-reminder', overdue: true };
    case 'details':
      // Reminders after 2 business days, the PM told after 5, then a reminder every 5.
      if (n === 0) return { at: after(2), client: 'confirm-details-reminder', overdue: false };
      if (n === 1) return { at: after(5), staff: 'confirm-details-escalation', overdue: true };
      return { at: after(5 * n), client: 'confirm-details-reminder', overdue: true };
    case 'kickoff': {
      const kickoff = due(project, 'kickoffDue');
      const start = onDate(project, kickoff, after(10));
      return { at: n === 0 ? start : businessDaysAfter(project, start, every * n), staff: 'kickoff-overdue', overdue: true };
    }
    case 'plan': {
      const plan = latestApproval(project, 'project-plan');
      // The client asked for changes: the step waits on the vendor; the PM is reminded, the client not.
      if (plan?.decisions.some((d) => d.decision === 'declined')) return { at: after(every * (n + 1)), staff: 'plan-changes-requested', overdue: true };
      // 48 hours to approve from when the latest revision was sent: a reminder at 24, the PM told at
      // 48, then reminders every 2 business days.
      const asked = plan?.requestedAt;
      const sent = Date.parse(asked && asked > since ? asked : since);
      if (n === 0) return { at: new Date(sent + 24 * HOUR_MS).toISOString(), client: 'plan-reminder', overdue: false };
      if (n === 1) return { at: new Date(sent + 48 * HOUR_MS).toISOString(), staff: 'plan-escalation', overdue: true };
      return { at: businessDaysAfter(project, new Date(sent + 48 * HOUR_MS).toISOString(), every * (n - 1)), client: 'plan-reminder', overdue: true };
    }
    case 'requirements': {
      // Before the due date (3 business days), on it, then every 2 business days while overdue.
      const requirementsDue = due(project, 'requirementsDue');
      if (!requirementsDue) return { at: after(5 * (n + 1)), client: 'requirements-reminder', overdue: false };
      const threeBefore = instantOn(previousBusinessDays(calendar, requirementsDue, 3), project.timeZone);
      const onDue = instantOn(requirementsDue, project.timeZone);
      if (n === 0 && threeBefore > since) return { at: threeBefore, client: 'requirements-reminder', overdue: false };
      if (n <= 1 && onDue > since) return { at: onDue, client: 'requirements-reminder', overdue: false };
      const k = Math.max(n - 1, 1);
      return {
        at: businessDaysAfter(project, onDue, every * k),
        client: 'requirements-reminder',
        staff: k === 1 ? 'requirements-overdue' : undefined,
        overdue: true,
      };
    }
    case 'submission':
      return { at: after(every * (n + 1)), staff: 'requirements-complete', overdue: true };
    case 'review':
      return { at: after(3 * (n + 1)), staff: 'requirements-complete', overdue: true };
    case 'development':
    case 'qa': {
      const developmentDue = due(project, 'developmentDue');
      const start = onDate(project, developmentDue, after(10));
      const at = n === 0 ? start : businessDaysAfter(project, start, every * n);
      return {
        at: at > since ? at : businessDaysAfter(project, since, every * (n + 1)),
        staff: step === 'qa' ? 'qa-needed' : 'development-overdue',
        overdue: true,
      };
    }
    case 'client-testing': {
      const testingDue = due(project, 'clientTestingDue');
      const onDue = onDate(project, testingDue, after(5));
      if (n === 0) {
        const twoBefore = testingDue ? instantOn(previousBusinessDays(calendar, testingDue, 2), project.timeZone) : after(3);
        if (twoBefore > since) return { at: twoBefore, client: 'testing-reminder', overdue: false };
      }
      if (n <= 1 && onDue > since) return { at: onDue, client: 'testing-reminder', overdue: false };
      const k = Math.max(n - 1, 1);
      const at = businessDaysAfter(project, onDue > since ? onDue : since, every * k);
      return { at, client: 'testing-reminder', staff: k === 1 ? 'testing-overdue' : undefined, overdue: true };
    }
    default:
      throw new Error(`${step} is not a step of the EventTech process`);
  }
}

function previousBusinessDays(calendar: BusinessCalendar, date: IsoDate, n: number): IsoDate {
  let current = date;
  for (let i = 0; i < n; i += 1) current = calendar.onOrBefore(addDays(current, -1));
  return current;
}
