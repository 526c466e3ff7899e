import { z } from 'zod';
import { processById, UnknownProcessError, type ProcessDefinition } from '../../shared/processes/registry';
import {
  BusinessCalendar,
  computeTimeline,
  daysBetween,
  dueDates,
  earliestFeasibleLaunch,
  formatDay,
  IsoDate,
  localDate,
  TimeZone,
  TimelineError,
  type Feasibility,
  type Timeline,
} from '../../shared/timeline';
import { UsageError } from '../errors';
import { table, type CliIo } from '../io';

export const TimelineOptions = z.object({
  process: z.string(),
  launch: IsoDate,
  today: IsoDate.optional(),
  timeZone: TimeZone,
  holidays: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'expected a calendar such as US or US-NY'),
  json: z.boolean(),
});
function parseOptions(raw: unknown) {
  const parsed = TimelineOptions.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? 'option';
    throw new UsageError(`--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** `integrations timeline`: the timeline computed backwards from a launch date, and whether it can be met. */
export function timelineCommand(raw: unknown, io: CliIo): void {
  const options = parseOptions(raw);
  let process: ProcessDefinition;
  let calendar: BusinessCalendar;
  try {
    process = processById(options.process);
    const [country, state] = options.holidays.split('-');
    calendar = new BusinessCalendar({ country, state });
  } catch (error) {
    if (error instanceof UnknownProcessError || error instanceof TimelineError) throw new UsageError(error.message);
    throw error;
  }
  const today = options.today ?? localDate(new Date(), options.timeZone);
  let timeline: Timeline;
  let feasibility: Feasibility;
  try {
    timeline = computeTimeline(process, options.launch, calendar);
    feasibility = earliestFeasibleLaunch({ process, calendar, desired: options.launch, today });
  } catch (error) {
    if (error instanceof TimelineError) throw new UsageError(error.message);
    throw error;
  }

  const adjustments = process.milestones.flatMap((m) => {
    const date = timeline[m.id];
    return date?.adjustedFor ? [{ milestone: m.id, nominal: date.nominal, due: date.due, reason: date.adjustedFor }] : [];
  });
  if (options.json) {
    io.out(
      JSON.stringify(
        {
          process: process.id,
          launch: options.launch,
          timeZone: options.timeZone,
          holidays: calendar.label,
          today,
          milestones: dueDates(timeline),
          adjustments,
          feasibility: {
            desiredAccepted: feasibility.desiredAccepted,
            earliestLaunch: feasibility.launch,
            reasons: feasibility.reasons.map((r) => ({ code: r.code, message: r.message })),
          },
        },
        null,
        2,
      ),
    );
    return;
  }

  const rows = [['Milestone', 'Due', 'Before launch', 'Note']];
  for (const milestone of process.milestones) {
    const date = timeline[milestone.id];
    if (!date) continue;
    const before = daysBetween(date.due, options.launch);
    const span = before === 0 ? '' : before % 7 === 0 ? `${before / 7} weeks` : `${before} days`;
    const note = date.adjustedFor ? `moved from ${formatDay(date.nominal)} (${date.adjustedFor})` : '';
    rows.push([milestone.label, formatDay(date.due), span, note]);
  }
  const lines = [
    `${process.name} (${process.id}) — launch ${formatDay(options.launch)}`,
    `Time zone ${options.timeZone}, holidays ${calendar.label}, today ${formatDay(today)}`,
    '',
    table(rows),
    '',
    feasibility.desiredAccepted
      ? `Lead time: fine (${daysBetween(today, options.launch)} days from today).`
      : `Not feasible as asked: ${feasibility.reasons.map((r) => r.message).join(' ')}`,
  ];
  io.out(lines.join('\n'));
}
