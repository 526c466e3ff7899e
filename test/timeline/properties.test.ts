import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadmium } from '../../shared/processes/cadmium/definition';
import {
  addDays,
  BusinessCalendar,
  computeTimeline,
  daysBetween,
  delayForLateRequirements,
  delayMilestones,
  earliestFeasibleLaunch,
  earliestRoundEnd,
  milestoneIds,
  type Timeline,
} from '../../shared/timeline';

const calendars = [
  new BusinessCalendar(),
  new BusinessCalendar({ country: 'GB', state: 'ENG' }),
  new BusinessCalendar({ country: 'DE' }),
  new BusinessCalendar({ country: 'CA' }),
];
const calendar = fc.constantFrom(...calendars);
/** Any date from 2026 to 2035. */
const date = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2026-01-01', n));
const evidence = { kind: 'staff-action' as const, by: 'pm@vendor.example', action: 'test' };

function dues(timeline: Timeline): string[] {
  return milestoneIds(cadmium).map((id) => timeline[id]?.due ?? '');
}

function strictlyIncreasing(values: string[]): boolean {
  return values.every((value, i) => i === 0 || value > (values[i - 1] ?? ''));
}

describe('timeline invariants (property-based)', () => {
  it('every due date is a business day on or at most a few days before its nominal date', () => {
    fc.assert(
      fc.property(date, calendar, (launch, cal) => {
        for (const milestone of Object.values(computeTimeline(cadmium, launch, cal))) {
          expect(cal.isBusinessDay(milestone.due)).toBe(true);
          const back = daysBetween(milestone.due, milestone.nominal);
          expect(back).toBeGreaterThanOrEqual(0);
          expect(back).toBeLessThan(7);
          expect(milestone.adjustedFor !== undefined).toBe(back > 0);
        }
      }),
    );
  });

  it('milestones stay strictly ordered after any forward shift, from any milestone', () => {
    fc.assert(
      fc.property(date, calendar, fc.integer({ min: 0, max: 120 }), fc.constantFrom(...milestoneIds(cadmium)), (launch, cal, days, after) => {
        const { timeline } = delayMilestones({
          process: cadmium,
          timeline: computeTimeline(cadmium, launch, cal),
          calendar: cal,
          after,
          days,
          cause: 'vendor-reschedule',
          causedBy: 'vendor',
          summary: 'shift',
          evidence,
          at: '2026-01-01T00:00:00.000Z',
        });
        expect(strictlyIncreasing(dues(timeline))).toBe(true);
      }),
    );
  });

  it('a late-requirements delay moves every later nominal date by exactly the days late, and nothing before', () => {
    fc.assert(
      fc.property(date, calendar, fc.integer({ min: 1, max: 90 }), (launch, cal, late) => {
        const timeline = computeTimeline(cadmium, launch, cal);
        const completedOn = addDays(timeline['requirementsDue']?.due ?? launch, late);
        const result = delayForLateRequirements({ process: cadmium, timeline, calendar: cal, completedOn, evidence, at: '2026-01-01T00:00:00.000Z' });
        expect(result?.entry.days).toBe(late);
        for (const id of milestoneIds(cadmium)) {
          const before = timeline[id]?.nominal ?? '';
          const after = result?.timeline[id]?.nominal ?? '';
          const later = ['developmentDue', 'clientTestingDue', 'launch'].includes(id);
          expect(daysBetween(before, after)).toBe(later ? late : 0);
        }
      }),
    );
  });

  it('the offered launch is never before the desired date nor inside the lead time', () => {
    fc.assert(
      fc.property(date, date, calendar, fc.integer({ min: 0, max: 120 }), (desired, today, cal, lead) => {
        const result = earliestFeasibleLaunch({ process: cadmium, calendar: cal, desired, today, minimumLeadDays: lead });
        expect(result.launch >= desired).toBe(true);
        expect(daysBetween(today, result.launch)).toBeGreaterThanOrEqual(lead);
        expect(result.desiredAccepted).toBe(result.reasons.length === 0);
      }),
      { numRuns: 60 },
    );
  });

  it('a certification round always spans at least five business days', () => {
    fc.assert(
      fc.property(date, calendar, (materials, cal) => {
        const end = earliestRoundEnd(materials, cal);
        expect(cal.businessDaysBetween(materials, end)).toBe(5);
        expect(cal.isBusinessDay(end)).toBe(true);
      }),
    );
  });
});
