import type { ProcessDefinition } from '../processes/definition';
import type { BusinessCalendar } from './calendar';
import { addDays, daysBetween, type IsoDate } from './dates';
import { assertOrdered, computeTimeline, milestoneDate, milestoneIds } from './compute';
import { UnknownMilestoneError } from './errors';
import type { Evidence, LedgerCause, LedgerEntry, MilestoneMove, Timeline } from './schemas';

export interface DelayRequest {
  readonly process: ProcessDefinition;
  readonly timeline: Timeline;
  readonly calendar: BusinessCalendar;
  /** Every milestone after this one (in process order) moves; this one and those before stay. */
  readonly after: string;
  /** Calendar days; positive moves later. */
  readonly days: number;
  readonly cause: LedgerCause;
  readonly causedBy: LedgerEntry['causedBy'];
  readonly evidence: Evidence;
  readonly summary: string;
  /** When the move is recorded (ISO instant). */
  readonly at: string;
}

export interface DelayResult {
  readonly timeline: Timeline;
  readonly entry: LedgerEntry;
}

/**
 * Day-for-day delay: every milestone after `after` moves by `days` calendar days on its nominal date,
 * and its due date is re-derived (the business day on or before). The ledger entry lists each due
 * date that changed. Throws {@link TimelineOrderError} if the result would be out of order.
 */
export function delayMilestones(request: DelayRequest): DelayResult {
  const { process, timeline, calendar, after, days } = request;
  const ids = milestoneIds(process);
  const index = ids.indexOf(after);
  if (index < 0) throw new UnknownMilestoneError(`${process.id} has no milestone "${after}"`);
  if (!Number.isInteger(days)) throw new RangeError(`a delay is a whole number of days, got ${days}`);

  const shifted: Timeline = { ...timeline };
  const moves: MilestoneMove[] = [];
  for (const id of ids.slice(index + 1)) {
    const current = timeline[id];
    if (!current) continue;
    const next = milestoneDate(addDays(current.nominal, days), calendar);
    shifted[id] = next;
    if (next.due !== current.due) moves.push({ milestone: id, from: current.due, to: next.due });
  }
  assertOrdered(process, shifted);
  const entry: LedgerEntry = {
    at: request.at,
    days,
    cause: request.cause,
    causedBy: request.causedBy,
    summary: request.summary,
    evidence: request.evidence,
    moves,
  };
  return { timeline: shifted, entry };
}

export interface LateRequirementsRequest {
  readonly process: ProcessDefinition;
  readonly timeline: Timeline;
  readonly calendar: BusinessCalendar;
  /** The project-local date the last requirement arrived. */
  readonly completedOn: IsoDate;
  /** The mail that completed the requirements. */
  readonly evidence: Evidence;
  readonly at: string;
}

/**
 * The source's rule: "Should the client submit requirements after the due date, the integration
 * timeline will be delayed by the same number of days." Lateness is counted in calendar days from
 * the requirements due date to the day the last requirement arrived. Undefined when on time.
 */
export function delayForLateRequirements(request: LateRequirementsRequest): DelayResult | undefined {
  const { process } = request;
  if (process.rules.kind !== 'launch-timeline') return undefined;
  const milestone = process.rules.requirementsMilestone;
  const due = request.timeline[milestone]?.due;
  if (!due) throw new UnknownMilestoneError(`the timeline has no ${milestone}`);
  const lateDays = daysBetween(due, request.completedOn);
  if (lateDays <= 0) return undefined;
  const plural = lateDays === 1 ? 'day' : 'days';
  return delayMilestones({
    process,
    timeline: request.timeline,
    calendar: request.calendar,
    after: milestone,
    days: lateDays,
    cause: 'requirements-late',
    causedBy: 'client',
    evidence: request.evidence,
    summary: `Requirements completed ${request.completedOn}, ${lateDays} ${plural} after they were due (${due}); every later date moves ${lateDays} ${plural}.`,
    at: request.at,
  });
}

export interface MoveOneRequest extends Omit<DelayRequest, 'after' | 'days'> {
  readonly milestone: string;
  readonly to: IsoDate;
}

/**
 * One milestone alone moves to a date (`reschedule … --only`): no other date changes. Throws
 * {@link TimelineOrderError} when it would pass a neighbour.
 */
export function moveMilestone(request: MoveOneRequest): DelayResult {
  const { process, timeline, calendar, milestone, to } = request;
  const current = timeline[milestone];
  if (!current) throw new UnknownMilestoneError(`the timeline has no ${milestone}`);
  const next = milestoneDate(to, calendar);
  const shifted: Timeline = { ...timeline, [milestone]: next };
  assertOrdered(process, shifted);
  const moves: MilestoneMove[] = next.due !== current.due ? [{ milestone, from: current.due, to: next.due }] : [];
  return {
    timeline: shifted,
    entry: {
      at: request.at,
      days: daysBetween(current.due, next.due),
      cause: request.cause,
      causedBy: request.causedBy,
      summary: request.summary,
      evidence: request.evidence,
      moves,
    },
  };
}

export interface ReplanRequest extends Omit<DelayRequest, 'after' | 'days'> {
  /** The new launch date. */
  readonly launch: IsoDate;
  /** The project's today: milestones already due before it keep their dates. */
  readonly today: IsoDate;
}

/**
 * The launch moves: every milestone not yet passed is planned again backwards from the new launch
 * by the process's offsets (and moved to the business day before when it lands on a closed day);
 * those already passed keep their dates. Throws {@link TimelineOrderError} when a kept date would
 * fall after a re-planned one (a launch moved so early that the past no longer fits).
 */
export function replanFromLaunch(request: ReplanRequest): DelayResult {
  const { process, timeline, calendar, launch, today } = request;
  const planned = computeTimeline(process, launch, calendar);
  const shifted: Timeline = { ...timeline };
  const moves: MilestoneMove[] = [];
  for (const id of milestoneIds(process)) {
    const current = timeline[id];
    const next = planned[id];
    if (!next) continue;
    if (current && current.due < today) continue;
    shifted[id] = next;
    if (current && next.due !== current.due) moves.push({ milestone: id, from: current.due, to: next.due });
  }
  assertOrdered(process, shifted);
  const before = timeline['launch']?.due ?? launch;
  return {
    timeline: shifted,
    entry: {
      at: request.at,
      days: daysBetween(before, shifted['launch']?.due ?? launch),
      cause: request.cause,
      causedBy: request.causedBy,
      summary: request.summary,
      evidence: request.evidence,
      moves,
    },
  };
}
