import type { ServiceConfig } from '../../lifecycle/config';
import { overdueCount, sinceKey } from '../../lifecycle/deadlines';
import { currentStep } from '../../lifecycle/steps';
import type { Project } from '../../project/schemas';
import { processOf, staffOwner } from '../../processes/registry';
import { daysBetween, localDate } from '../../timeline/dates';

/*
 * Where a project stands, as the dashboard shows it (docs/dashboard.md): its next milestone, how far
 * its launch slipped against the original timeline, a health mark, what it waits on and since when,
 * and its PM. Pure: a function of the record, the day and the deployment's thresholds.
 */

export type Health = 'on-track' | 'at-risk' | 'late';

export interface Summary {
  readonly id: string;
  readonly title: string;
  readonly client: string;
  readonly process: string;
  readonly processTitle: string;
  readonly phase: string;
  /** The PM (EventTech) or technical consultant (Paytronix): the project's first active staff party. */
  readonly pm: { readonly name: string; readonly email: string } | null;
  readonly step: string | null;
  readonly stepLabel: string | null;
  /** Who the project waits on now, in words (`the client`, `the PM: a reply to decide`, `a certification slot`). */
  readonly waitsOn: string | null;
  /** Since when it waits at its step (the local date), when known. */
  readonly since: string | null;
  readonly next: { readonly milestone: string; readonly label: string; readonly due: string } | null;
  /** Calendar days the launch moved against the original timeline (negative: earlier); null without a timeline. */
  readonly slipDays: number | null;
  readonly health: Health;
  /** Why the health mark is what it is, in words. */
  readonly healthWhy: string;
  /** Replies waiting for the PM's decision. */
  readonly openReviews: number;
  readonly overdue: boolean;
}

/** The staff party who owns the project: its PM or technical consultant. */
export function ownerOf(project: Project): { name: string; email: string } | null {
  const owner = staffOwner(project);
  return owner ? { name: owner.name, email: owner.email } : null;
}

/** The first milestone of the current timeline due today or later (the last one when all are past). */
function nextMilestone(project: Project, today: string): Summary['next'] {
  const current = project.timeline.current;
  if (!current) return null;
  const milestones = processOf(project).definition.milestones.filter((m) => current[m.id]);
  const upcoming = milestones.find((m) => (current[m.id]?.due ?? '') >= today) ?? milestones.at(-1);
  const due = upcoming ? current[upcoming.id]?.due : undefined;
  return upcoming && due ? { milestone: upcoming.id, label: upcoming.label, due } : null;
}

export function summarize(project: Project, now: string, config: Pick<ServiceConfig, 'health'>): Summary {
  const module = processOf(project);
  const today = localDate(now, project.timeZone);
  const step = currentStep(project) ?? null;
  const words = step ? module.stepWords(step) : undefined;
  const key = step ? sinceKey(project, step, project.testingCycle) : undefined;
  const sinceAt = key ? project.progress[key]?.at : undefined;
  const reviews = project.reviews.filter((r) => r.status === 'open');
  const round = project.certificationRounds.at(-1);
  const waitsOn =
    reviews.length > 0
      ? 'the PM: a reply to decide'
      : round?.outcome === 'pending' && round.slotStartsOn && round.slotStartsOn > today
        ? `a certification slot (starts ${round.slotStartsOn})`
        : (words?.waitingFor ?? (step ? 'the team' : null));
  const next = nextMilestone(project, today);
  const original = project.timeline.original?.['launch']?.due;
  const current = project.timeline.current?.['launch']?.due;
  const slipDays = original && current ? daysBetween(original, current) : null;
  const overdueReminders = key ? overdueCount(project, key) : 0;
  const pastDue = next !== null && next.due < today && step !== null;
  // While the PM decides a reply, the step waits on the PM, not on a late client.
  const overdue = reviews.length === 0 && (pastDue || overdueReminders > 0);
  const { atRiskSlipDays, lateSlipDays } = config.health;
  let health: Health = 'on-track';
  let healthWhy = slipDays ? `launch moved ${slipDays > 0 ? '+' : ''}${slipDays} days` : 'on its original dates';
  if (overdue) {
    health = 'late';
    healthWhy = pastDue && next ? `${next.label} was due ${next.due}` : `${words?.stepLabel ?? step} is overdue`;
  } else if (slipDays !== null && slipDays >= lateSlipDays) health = 'late';
  else if (slipDays !== null && slipDays >= atRiskSlipDays) health = 'at-risk';
  else if (reviews.length > 0) {
    health = 'at-risk';
    healthWhy = 'a reply waits for the PM’s decision';
  }
  return {
    id: project.id,
    title: project.title,
    client: project.client.name,
    process: project.process,
    processTitle: module.title,
    phase: project.phase,
    pm: ownerOf(project),
    step,
    stepLabel: words?.stepLabel ?? step,
    waitsOn,
    since: sinceAt ? localDate(sinceAt, project.timeZone) : null,
    next,
    slipDays,
    health,
    healthWhy,
    openReviews: reviews.length,
    overdue,
  };
}
