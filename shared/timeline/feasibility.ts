import type { ProcessDefinition } from '../processes/definition';
import type { BusinessCalendar } from './calendar';
import { computeTimeline } from './compute';
import { addDays, daysBetween, type IsoDate } from './dates';
import { NoFeasibleLaunchError, NoLaunchTimelineError } from './errors';
import type { Timeline } from './schemas';

/** How far ahead the search for a launch date goes before it gives up (two years). */
export const LAUNCH_SEARCH_HORIZON_DAYS = 730;

/** Another project's place in the queue: its current timeline. */
export interface QueuedProject {
  readonly projectId: string;
  readonly timeline: Timeline;
}

export interface FeasibilityRequest {
  readonly process: ProcessDefinition;
  readonly calendar: BusinessCalendar;
  /** The launch date the client asked for. */
  readonly desired: IsoDate;
  /** Today in the project's time zone. */
  readonly today: IsoDate;
  /** @default the process's `minimumLeadDays` (49: seven weeks) */
  readonly minimumLeadDays?: number;
  /** Projects the vendor develops at once. @default no limit */
  readonly queueCapacity?: number;
  /** The other active projects; their queue windows fill the queue. @default none */
  readonly others?: readonly QueuedProject[];
}

export type FeasibilityReason =
  | { readonly code: 'lead-time'; readonly message: string; readonly earliest: IsoDate }
  | {
      readonly code: 'queue-full';
      readonly message: string;
      readonly from: IsoDate;
      readonly to: IsoDate;
      readonly projects: readonly string[];
    };

export interface Feasibility {
  readonly desired: IsoDate;
  /** The launch date offered: the desired one when it can be met, else the earliest that can. */
  readonly launch: IsoDate;
  readonly desiredAccepted: boolean;
  readonly timeline: Timeline;
  /** Why the desired date cannot be met; empty when it can. */
  readonly reasons: readonly FeasibilityReason[];
}

function queueWindow(process: ProcessDefinition, timeline: Timeline): { from: IsoDate; to: IsoDate } | undefined {
  if (process.rules.kind !== 'launch-timeline') return undefined;
  const from = timeline[process.rules.queueWindow.from]?.due;
  const to = timeline[process.rules.queueWindow.to]?.due;
  return from && to ? { from, to } : undefined;
}

function* daysOf(window: { from: IsoDate; to: IsoDate }): Generator<IsoDate> {
  for (let day = window.from; day <= window.to; day = addDays(day, 1)) yield day;
}

/**
 * The earliest launch date on or after the desired one that (1) leaves at least the minimum lead
 * time from today and (2) finds a free place in the development queue on every day of the project's
 * queue window. A date offered instead of the desired one is always a business day. Each constraint
 * that pushed the date later is named, with the dates and the projects involved.
 */
export function earliestFeasibleLaunch(request: FeasibilityRequest): Feasibility {
  const { process, calendar, desired, today } = request;
  if (process.rules.kind !== 'launch-timeline') {
    throw new NoLaunchTimelineError(`the ${process.id} process has no launch-driven timeline`);
  }
  const minimumLeadDays = request.minimumLeadDays ?? process.rules.minimumLeadDays;
  const capacity = request.queueCapacity ?? Number.POSITIVE_INFINITY;
  const reasons: FeasibilityReason[] = [];

  const leadEarliest = addDays(today, minimumLeadDays);
  let candidate = desired;
  if (desired < leadEarliest) {
    candidate = calendar.onOrAfter(leadEarliest);
    const weeks = (minimumLeadDays / 7).toFixed(minimumLeadDays % 7 === 0 ? 0 : 1);
    reasons.push({
      code: 'lead-time',
      earliest: candidate,
      message: `${desired} is ${Math.max(daysBetween(today, desired), 0)} days from today (${today}); the lead time is at least ${minimumLeadDays} days (${weeks} weeks), so the earliest launch is ${candidate}.`,
    });
  }

  // Which projects hold a queue place on each day.
  const occupancy = new Map<IsoDate, string[]>();
  for (const other of request.others ?? []) {
    const window = queueWindow(process, other.timeline);
    if (!window) continue;
    for (const day of daysOf(window)) occupancy.set(day, [...(occupancy.get(day) ?? []), other.projectId]);
  }

  let firstQueueBlock: { from: IsoDate; to: IsoDate; projects: Set<string> } | undefined;
  const horizon = addDays(desired > leadEarliest ? desired : leadEarliest, LAUNCH_SEARCH_HORIZON_DAYS);
  while (candidate <= horizon) {
    const timeline = computeTimeline(process, candidate, calendar);
    const window = queueWindow(process, timeline);
    const fullDays = window ? [...daysOf(window)].filter((day) => (occupancy.get(day)?.length ?? 0) >= capacity) : [];
    if (fullDays.length === 0) {
      if (firstQueueBlock) {
        const projects = [...firstQueueBlock.projects].sort();
        reasons.push({
          code: 'queue-full',
          from: firstQueueBlock.from,
          to: firstQueueBlock.to,
          projects,
          message: `The development queue takes ${capacity} project${capacity === 1 ? '' : 's'} at once and is full from ${firstQueueBlock.from} to ${firstQueueBlock.to} (${projects.join(', ')}); the earliest launch with a free place is ${candidate}.`,
        });
      }
      return { desired, launch: candidate, desiredAccepted: candidate === desired, timeline, reasons };
    }
    if (!firstQueueBlock) {
      const first = fullDays[0] ?? candidate;
      const last = fullDays[fullDays.length - 1] ?? candidate;
      firstQueueBlock = { from: first, to: last, projects: new Set(fullDays.flatMap((day) => occupancy.get(day) ?? [])) };
    }
    candidate = calendar.addBusinessDays(candidate, 1);
  }
  throw new NoFeasibleLaunchError(
    `no launch date up to ${horizon} leaves ${minimumLeadDays} days of lead time and a free place in the queue (capacity ${capacity})`,
  );
}
