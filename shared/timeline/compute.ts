import type { ProcessDefinition } from '../processes/definition';
import type { BusinessCalendar } from './calendar';
import { addDays, type IsoDate } from './dates';
import { NoLaunchTimelineError, TimelineOrderError, UnknownMilestoneError } from './errors';
import type { MilestoneDate, Timeline } from './schemas';

/** The due date for a nominal date under the process rule: the business day on or before it. */
export function milestoneDate(nominal: IsoDate, calendar: BusinessCalendar): MilestoneDate {
  const due = calendar.onOrBefore(nominal);
  if (due === nominal) return { nominal, due };
  return { nominal, due, adjustedFor: calendar.closure(nominal) ?? 'closed' };
}

/** Milestone ids of the process in timeline order. */
export function milestoneIds(process: ProcessDefinition): string[] {
  return process.milestones.map((m) => m.id);
}

/**
 * The timeline computed backwards from launch date `launch`: each milestone at its offset from its
 * anchor, then moved to the business day before if it falls on a weekend or holiday. Offsets chain
 * on nominal dates, so an adjusted anchor never drags the milestones placed from it.
 */
export function computeTimeline(process: ProcessDefinition, launch: IsoDate, calendar: BusinessCalendar): Timeline {
  if (process.milestones.length === 0) {
    throw new NoLaunchTimelineError(`the ${process.id} process has no timeline computed from a launch date; its schedule is set by staff`);
  }
  const nominal = new Map<string, IsoDate>([['launch', launch]]);
  const pending = [...process.milestones];
  // Anchors may be declared after the milestone that uses them (the reminder before kick-off due).
  while (pending.length > 0) {
    const ready = pending.findIndex((m) => nominal.has(m.anchor));
    if (ready < 0) throw new UnknownMilestoneError(`unresolvable milestone anchors in ${process.id}: ${pending.map((m) => m.anchor).join(', ')}`);
    const [milestone] = pending.splice(ready, 1);
    if (!milestone) break;
    const anchorDate = nominal.get(milestone.anchor) ?? launch;
    nominal.set(milestone.id, addDays(anchorDate, milestone.offsetDays));
  }
  const timeline: Timeline = {};
  for (const id of milestoneIds(process)) {
    const date = nominal.get(id);
    if (date) timeline[id] = milestoneDate(date, calendar);
  }
  assertOrdered(process, timeline);
  return timeline;
}

/** Due dates keyed by milestone id: the compact form used in JSON output and mail. */
export function dueDates(timeline: Timeline): Record<string, IsoDate> {
  return Object.fromEntries(Object.entries(timeline).map(([id, date]) => [id, date.due]));
}

/** Throws {@link TimelineOrderError} unless due dates strictly increase in process order. */
export function assertOrdered(process: ProcessDefinition, timeline: Timeline): void {
  let previous: { id: string; due: IsoDate } | undefined;
  for (const id of milestoneIds(process)) {
    const date = timeline[id];
    if (!date) continue;
    if (previous && date.due <= previous.due) {
      throw new TimelineOrderError(`${id} (${date.due}) would not come after ${previous.id} (${previous.due})`);
    }
    previous = { id, due: date.due };
  }
}
