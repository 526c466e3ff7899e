import { updateProject } from '../../project/ports';
import type { Project } from '../../project/schemas';
import { BusinessCalendar } from '../../timeline/calendar';
import { instantOn } from '../../timeline/dates';
import { processOf } from '../../processes/registry';
import { deadlineEvent, MAX_WAIT_SECONDS, overdueCount, overdueKey, sinceKey, timeoutSeconds } from '../deadlines';
import type { LifecyclePorts } from '../ports';
import type { NoticeRequest } from '../outcome';
import { locate, stepOutcome, type ResumePoint, type StepId } from '../steps';
import { flushOutbox, sendNotices } from './notify';

/** Overdue reminders of a waiting step are counted apart from its other reminders. */

/** Where an execution (re)starting from the record resumes. */
export async function locateStep(ports: LifecyclePorts, projectId: string): Promise<{ step: ResumePoint }> {
  return { step: locate(await ports.store.require(projectId)) };
}

/**
 * The cycle a step's await loop belongs to: the cycle of its open wait, when one is still stored,
 * else the record's. A reply can decide a step (client feedback, which also starts the next cycle)
 * in the instant its waiting task timed out; its token then cannot be completed, the wait stays
 * stored with its cycle, and the loop's next await finds that cycle decided. Without it the loop
 * would wait on the step of the new cycle and skip the steps that come before it.
 */
async function loopCycle(ports: LifecyclePorts, project: Project, step: StepId): Promise<number> {
  if (!processOf(project).perCycleSteps.has(step)) return project.testingCycle;
  const open = (await ports.store.listWaits(project.id)).find((wait) => wait.step === step);
  return open ? Math.min(open.cycle, project.testingCycle) : project.testingCycle;
}

async function since(ports: LifecyclePorts, projectId: string, step: StepId): Promise<{ project: Project; since: string; cycle: number }> {
  // The record read for the cycle is the one the write starts from: one read, not two.
  const read = await ports.store.require(projectId);
  const cycle = await loopCycle(ports, read, step);
  const project = await updateProject(
    ports.store,
    projectId,
    (current) => {
      const key = sinceKey(current, step, cycle);
      if (current.progress[key]) return current;
      const now = ports.clock.now();
      return { ...current, updatedAt: now, progress: { ...current.progress, [key]: { at: now, by: 'system' } }, reminders: { ...current.reminders, [key]: 0 } };
    },
    { current: read },
  );
  const entry = project.progress[sinceKey(project, step, cycle)];
  return { project, since: entry?.at ?? ports.clock.now(), cycle };
}

/** Seconds until the step's next reminder or escalation falls due (the callback task's timeout). */
export async function nextDeadline(ports: LifecyclePorts, projectId: string, step: StepId): Promise<{ timeoutSeconds: number; at: string }> {
  const { project, since: start, cycle } = await since(ports, projectId, step);
  const key = sinceKey(project, step, cycle);
  const sent = project.reminders[key] ?? 0;
  const event = deadlineEvent(project, step, start, sent, ports.config.overdueReminderEveryBusinessDays);
  // Past the limit and its one escalation nothing more is sent: the task waits the longest wait, re-checked then.
  if (event.overdue && overdueCount(project, key) > ports.config.overdueReminderLimit) {
    const later = new Date(Date.parse(ports.clock.now()) + MAX_WAIT_SECONDS * 1000).toISOString();
    return { timeoutSeconds: MAX_WAIT_SECONDS, at: later };
  }
  return { timeoutSeconds: timeoutSeconds(event.at, ports.clock.now()), at: event.at };
}

/**
 * The callback task: the token is stored before the condition is checked, and the inbound path
 * updates the record before it looks for tokens, so whichever comes second completes the task.
 */
export async function registerWait(ports: LifecyclePorts, projectId: string, step: StepId, token: string): Promise<void> {
  const { since: start, cycle } = await since(ports, projectId, step);
  await ports.store.putWait({ projectId, step, token, cycle, since: start });
  const fresh = await ports.store.require(projectId);
  const outcome = stepOutcome(fresh, step, cycle);
  if (outcome) {
    await ports.tokens.succeed(token, { outcome });
    await ports.store.deleteWait(projectId, step);
  }
}

/** Completes every waiting task whose condition the record now satisfies. */
export async function wake(ports: LifecyclePorts, project: Project): Promise<StepId[]> {
  const woken: StepId[] = [];
  for (const wait of await ports.store.listWaits(project.id)) {
    const step = processOf(project).steps.find((s) => s === wait.step);
    if (!step) continue;
    const outcome = stepOutcome(project, step, wait.cycle);
    if (!outcome) continue;
    // A token that timed out a moment ago cannot be completed: the wait stays stored, with its
    // cycle, for the task's next await to find decided (see loopCycle).
    if (!(await ports.tokens.succeed(wait.token, { outcome }))) continue;
    await ports.store.deleteWait(project.id, step);
    woken.push(step);
  }
  return woken;
}

/** The deadline passed: send what is due (reminder, escalation) and count it. Nothing if not yet due. */
export async function remind(ports: LifecyclePorts, projectId: string, step: StepId): Promise<{ sent: string[] }> {
  // Notices a decision queued and a crash left unsent go first (docs/decisions.md#notice-outbox).
  const project = await flushOutbox(ports, projectId);
  const cycle = await loopCycle(ports, project, step);
  const key = sinceKey(project, step, cycle);
  const start = project.progress[key]?.at;
  if (!start || stepOutcome(project, step, cycle)) return { sent: [] };
  const count = project.reminders[key] ?? 0;
  const event = deadlineEvent(project, step, start, count, ports.config.overdueReminderEveryBusinessDays);
  if (event.at > ports.clock.now()) return { sent: [] }; // the wait was capped; not due yet
  const overdue = overdueCount(project, key);
  const limit = ports.config.overdueReminderLimit;
  if (event.overdue && overdue > limit) return { sent: [] };
  const words: { stepLabel?: string; waitingFor?: string } = processOf(project).stepWords(step) ?? {};
  const extras = { reminderNumber: count + 1, overdue: event.overdue, ...words };
  // The limit reached: one escalation to the lead instead of another reminder, then silence.
  const requests: NoticeRequest[] =
    event.overdue && overdue === limit
      ? [{ template: 'overdue-escalation', to: 'lead', extras: { ...extras, stepLabel: words.stepLabel ?? step, reminderNumber: overdue } }]
      : [
          ...(event.client ? [{ template: event.client, to: event.audience ?? 'client', extras } as const] : []),
          ...(event.staff ? [{ template: event.staff, to: 'staff', extras } as const] : []),
        ];
  await sendNotices(ports, project, requests, { step });
  const sent = requests.map((r) => r.template);
  await updateProject(
    ports.store,
    projectId,
    (current) => ({
      ...current,
      updatedAt: ports.clock.now(),
      reminders: {
        ...current.reminders,
        [key]: (current.reminders[key] ?? 0) + 1,
        ...(event.overdue ? { [overdueKey(key)]: (current.reminders[overdueKey(key)] ?? 0) + 1 } : {}),
      },
    }),
    { current: project },
  );
  return { sent };
}

/**
 * For "wait until a milestone": when to wake (09:00 local on its due date, capped so no wait
 * exceeds {@link MAX_WAIT_SECONDS}) and whether it is already due. Re-read each time, so a date that
 * moved later is waited for again.
 */
export async function milestoneWake(ports: LifecyclePorts, projectId: string, milestone: string): Promise<{ due: boolean; wakeAt: string }> {
  const project = await ports.store.require(projectId);
  const date = milestoneDue(project, milestone);
  const now = ports.clock.now();
  if (!date) return { due: true, wakeAt: now };
  const at = instantOn(new BusinessCalendar(project.holidays).onOrBefore(date), project.timeZone);
  const cap = new Date(Date.parse(now) + MAX_WAIT_SECONDS * 1000).toISOString();
  // Step Functions' TimestampPath wants RFC 3339 with seconds; toISOString gives milliseconds, which it accepts.
  return { due: at <= now, wakeAt: at < cap ? at : cap };
}

/** A milestone's due date, by the project's process: from its timeline, or counted from an event (a go-live). */
export function milestoneDue(project: Project, milestone: string): string | undefined {
  return processOf(project).milestoneDue(project, milestone);
}
