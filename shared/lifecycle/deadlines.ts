import type { Project } from '../project/schemas';
import type { DeadlineEvent } from '../processes/types';
import { processOf } from '../processes/registry';
import { waitingKey } from '../processes/keys';

export type { DeadlineEvent } from '../processes/types';

/** Business days between reminders once something is overdue (a deployment setting). */
export const DEFAULT_OVERDUE_EVERY_BUSINESS_DAYS = 2;

/** Node timers (and aws-local-stepfunctions) overflow past 2^31 ms (~24.8 days): re-check sooner. */
export const MAX_WAIT_SECONDS = 20 * 24 * 3600;

/**
 * The `n`-th (0-based) reminder or escalation of `step`, counted from `since` (when the step
 * began), by the project's process. `every` is the deployment's overdue cadence in business days.
 */
export function deadlineEvent(project: Project, step: string, since: string, n: number, every = DEFAULT_OVERDUE_EVERY_BUSINESS_DAYS): DeadlineEvent {
  const event = processOf(project).deadline(project, step, since, n, every);
  // While the PM decides a reply to this step, nobody is reminded of it: the client did answer, and
  // the PM was asked once (the reply-needs-review notice), which is the reminder that counts.
  if (project.reviews.some((r) => r.status === 'open' && r.step === step)) return { at: event.at, overdue: event.overdue };
  return event;
}

/** When the step began waiting (recorded by the await task), as the key the record keeps it under. */
export function sinceKey(project: Project, step: string, cycle: number): string {
  return waitingKey(step, processOf(project).perCycleSteps.has(step), cycle);
}

/** Where the record counts a step's overdue reminders, beside its reminders (`reminders[key]`). */
export function overdueKey(key: string): string {
  return `${key}:overdue`;
}

/** How many overdue reminders of the step under `key` were sent. */
export function overdueCount(project: Project, key: string): number {
  return project.reminders[overdueKey(key)] ?? 0;
}

/** Seconds a callback task may wait before its next deadline check: at least 1, at most {@link MAX_WAIT_SECONDS}. */
export function timeoutSeconds(at: string, now: string): number {
  const seconds = Math.ceil((Date.parse(at) - Date.parse(now)) / 1000);
  return Math.min(Math.max(seconds, 1), MAX_WAIT_SECONDS);
}
