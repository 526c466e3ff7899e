import { describe, expect, it } from 'vitest';
import { cadmium } from '../../shared/processes/cadmium/definition';
import { paytronix } from '../../shared/processes/paytronix/definition';
import { BusinessCalendar, computeTimeline, dueDates, NoLaunchTimelineError } from '../../shared/timeline';

const us = new BusinessCalendar();

describe('the EventTech timeline, computed backwards from the launch date', () => {
  it('puts kick-off at L−7 weeks, requirements at L−5, development at L−2, client testing at L−1', () => {
    expect(dueDates(computeTimeline(cadmium, '2027-04-19', us))).toEqual({
      kickoffCallReminder: '2027-01-29',
      kickoffDue: '2027-03-01',
      requirementsDue: '2027-03-15',
      developmentDue: '2027-04-05',
      clientTestingDue: '2027-04-12',
      launch: '2027-04-19',
    });
  });

  it('reminds the PM about the kick-off call 30 days before kick-off due, on a business day', () => {
    const timeline = computeTimeline(cadmium, '2027-04-19', us);
    // Kick-off due Mon 2027-03-01 − 30 days = Sat 2027-01-30 → Fri 2027-01-29.
    expect(timeline['kickoffCallReminder']).toEqual({ nominal: '2027-01-30', due: '2027-01-29', adjustedFor: 'Saturday' });
  });

  it('moves a due date that falls on a holiday to the business day before, and says why', () => {
    // Launch Mon 2027-06-07: client testing due L−7 = Mon 2027-05-31, Memorial Day.
    const timeline = computeTimeline(cadmium, '2027-06-07', us);
    expect(timeline['clientTestingDue']).toEqual({ nominal: '2027-05-31', due: '2027-05-28', adjustedFor: 'Memorial Day' });
  });

  it('moves a launch on a Saturday to the Friday before, and keeps the other offsets from the Saturday', () => {
    const timeline = computeTimeline(cadmium, '2027-04-24', us);
    expect(timeline['launch']).toEqual({ nominal: '2027-04-24', due: '2027-04-23', adjustedFor: 'Saturday' });
    expect(timeline['kickoffDue']?.nominal).toBe('2027-03-06');
    expect(timeline['kickoffDue']?.due).toBe('2027-03-05');
  });

  it('refuses a process whose schedule is not computed from a launch date', () => {
    expect(() => computeTimeline(paytronix, '2027-04-19', us)).toThrow(NoLaunchTimelineError);
  });
});
