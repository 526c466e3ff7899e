import { describe, expect, it } from 'vitest';
import { cadmium } from '../../shared/processes/cadmium/definition';
import { BusinessCalendar, computeTimeline, earliestFeasibleLaunch, type QueuedProject } from '../../shared/timeline';

const us = new BusinessCalendar();
const queued = (projectId: string, launch: string): QueuedProject => ({ projectId, timeline: computeTimeline(cadmium, launch, us) });

describe('the earliest feasible launch date', () => {
  it('accepts the desired date when the lead time and the queue allow it', () => {
    const result = earliestFeasibleLaunch({
      process: cadmium,
      calendar: us,
      desired: '2027-04-19',
      today: '2027-01-04',
      queueCapacity: 2,
      others: [queued('INT-1001', '2027-04-19')],
    });
    expect(result).toMatchObject({ launch: '2027-04-19', desiredAccepted: true, reasons: [] });
  });

  it('offers the first business day after the minimum lead time, and says so', () => {
    const result = earliestFeasibleLaunch({ process: cadmium, calendar: us, desired: '2027-02-01', today: '2027-01-04' });
    // 2027-01-04 + 49 days = Mon 2027-02-22.
    expect(result.launch).toBe('2027-02-22');
    expect(result.desiredAccepted).toBe(false);
    expect(result.reasons).toEqual([
      expect.objectContaining({ code: 'lead-time', earliest: '2027-02-22', message: expect.stringContaining('at least 49 days') }),
    ]);
  });

  it('honours a longer lead time the vendor sets when the queue is busy', () => {
    const result = earliestFeasibleLaunch({ process: cadmium, calendar: us, desired: '2027-03-01', today: '2027-01-04', minimumLeadDays: 70 });
    expect(result.launch).toBe('2027-03-15');
  });

  it('pushes the launch later while the development queue is full, naming the projects that fill it', () => {
    const others = [queued('INT-1001', '2027-04-19'), queued('INT-1002', '2027-04-26')];
    const result = earliestFeasibleLaunch({ process: cadmium, calendar: us, desired: '2027-04-19', today: '2027-01-04', queueCapacity: 2, others });
    // Both others are in development from 2027-03-22 (INT-1002's requirements due) to 2027-04-05
    // (INT-1001's development due). This project's window, requirements due L−35 to development
    // due L−14, must start after that: L−35 ≥ 04-06 → L ≥ Tue 2027-05-11.
    expect(result.launch).toBe('2027-05-11');
    expect(result.desiredAccepted).toBe(false);
    const [reason] = result.reasons;
    expect(reason).toMatchObject({ code: 'queue-full', projects: ['INT-1001', 'INT-1002'], from: '2027-03-22', to: '2027-04-05' });
    expect(reason?.message).toContain('takes 2 projects at once');
    expect(reason?.message).toContain('the earliest launch with a free place is 2027-05-11');
  });

  it('gives both reasons when the lead time and then the queue each push the date', () => {
    const others = [queued('INT-1001', '2027-02-22')];
    const result = earliestFeasibleLaunch({ process: cadmium, calendar: us, desired: '2027-02-01', today: '2027-01-04', queueCapacity: 1, others });
    expect(result.reasons.map((r) => r.code)).toEqual(['lead-time', 'queue-full']);
    const window = { from: result.timeline['requirementsDue']?.due ?? '', to: result.timeline['developmentDue']?.due ?? '' };
    expect(window.from > (others[0]?.timeline['developmentDue']?.due ?? '')).toBe(true);
  });

  it('ignores projects whose development windows do not overlap', () => {
    const others = [queued('INT-1001', '2027-09-06')];
    const result = earliestFeasibleLaunch({ process: cadmium, calendar: us, desired: '2027-04-19', today: '2027-01-04', queueCapacity: 1, others });
    expect(result.desiredAccepted).toBe(true);
  });
});
