import { describe, expect, it } from 'vitest';
import { cadmium } from '../../shared/processes/cadmium/definition';
import {
  BusinessCalendar,
  computeTimeline,
  delayForLateRequirements,
  delayMilestones,
  moveMilestone,
  replanFromLaunch,
  dueDates,
  TimelineOrderError,
  type Evidence,
} from '../../shared/timeline';

const us = new BusinessCalendar();
const timeline = computeTimeline(cadmium, '2027-04-19', us); // requirements due Mon 2027-03-15
const mail: Evidence = {
  kind: 'mail',
  messageId: '<CAF=req2@mail.example.com>',
  from: 'poc@client.example',
  subject: 'Re: [INT-1001] Requirements',
  receivedAt: '2027-03-18T15:04:00.000Z',
};

describe('day-for-day delay when requirements arrive late', () => {
  it('moves development, client testing and launch each by the days the requirements were late', () => {
    const result = delayForLateRequirements({ process: cadmium, timeline, calendar: us, completedOn: '2027-03-18', evidence: mail, at: mail.receivedAt });
    expect(result).toBeDefined();
    expect(dueDates(result!.timeline)).toEqual({
      kickoffCallReminder: '2027-01-29',
      kickoffDue: '2027-03-01',
      requirementsDue: '2027-03-15',
      developmentDue: '2027-04-08',
      clientTestingDue: '2027-04-15',
      launch: '2027-04-22',
    });
  });

  it('writes a ledger entry with the days, the cause, whose doing, the mail as evidence, and every move', () => {
    const result = delayForLateRequirements({ process: cadmium, timeline, calendar: us, completedOn: '2027-03-18', evidence: mail, at: mail.receivedAt });
    expect(result?.entry).toEqual({
      at: '2027-03-18T15:04:00.000Z',
      days: 3,
      cause: 'requirements-late',
      causedBy: 'client',
      summary: expect.stringContaining('3 days after they were due (2027-03-15)'),
      evidence: mail,
      moves: [
        { milestone: 'developmentDue', from: '2027-04-05', to: '2027-04-08' },
        { milestone: 'clientTestingDue', from: '2027-04-12', to: '2027-04-15' },
        { milestone: 'launch', from: '2027-04-19', to: '2027-04-22' },
      ],
    });
  });

  it('moves nothing when the last requirement arrives on or before the due date', () => {
    for (const completedOn of ['2027-03-10', '2027-03-15']) {
      expect(delayForLateRequirements({ process: cadmium, timeline, calendar: us, completedOn, evidence: mail, at: mail.receivedAt })).toBeUndefined();
    }
  });

  it('shifts the nominal dates and re-applies the business-day rule to each shifted date', () => {
    // 5 days late: every Monday milestone lands on a Saturday and is due the Friday (4 days later).
    const result = delayForLateRequirements({ process: cadmium, timeline, calendar: us, completedOn: '2027-03-20', evidence: mail, at: mail.receivedAt });
    expect(result?.timeline['launch']).toEqual({ nominal: '2027-04-24', due: '2027-04-23', adjustedFor: 'Saturday' });
    expect(result?.entry.days).toBe(5);
  });

  it('refuses a shift that would put a milestone on or before the one it follows', () => {
    expect(() =>
      delayMilestones({
        process: cadmium,
        timeline,
        calendar: us,
        after: 'requirementsDue',
        days: -30,
        cause: 'vendor-reschedule',
        causedBy: 'vendor',
        summary: 'PM pulled the dates in',
        evidence: { kind: 'staff-action', by: 'pm@vendor.example', action: 'reschedule' },
        at: '2027-03-01T12:00:00.000Z',
      }),
    ).toThrow(TimelineOrderError);
  });
});

describe('the PM moves the launch, or one milestone alone', () => {
  const staff: Evidence = { kind: 'staff-action', by: 'pm@vendor.example', action: 'reschedule' };
  const move = {
    process: cadmium,
    timeline,
    calendar: us,
    cause: 'vendor-reschedule' as const,
    causedBy: 'vendor' as const,
    evidence: staff,
    summary: 'moved',
    at: '2027-03-02T15:00:00.000Z',
  };

  it('plans every date not yet passed again from the new launch, and keeps the passed ones', () => {
    const { timeline: moved, entry } = replanFromLaunch({ ...move, launch: '2027-05-03', today: '2027-03-02' });
    expect(dueDates(moved)).toEqual({
      kickoffCallReminder: '2027-01-29',
      kickoffDue: '2027-03-01',
      requirementsDue: '2027-03-29',
      developmentDue: '2027-04-19',
      clientTestingDue: '2027-04-26',
      launch: '2027-05-03',
    });
    expect(entry.days).toBe(14);
    expect(entry.moves.map((m) => m.milestone)).toEqual(['requirementsDue', 'developmentDue', 'clientTestingDue', 'launch']);
  });

  it('refuses a launch so early that a passed date would come after a planned one', () => {
    expect(() => replanFromLaunch({ ...move, launch: '2027-03-08', today: '2027-03-02' })).toThrow(TimelineOrderError);
  });

  it('moves one milestone alone, and refuses to let it pass its neighbour', () => {
    const { timeline: moved, entry } = moveMilestone({ ...move, milestone: 'developmentDue', to: '2027-04-07' });
    expect(dueDates(moved)).toMatchObject({
      requirementsDue: '2027-03-15',
      developmentDue: '2027-04-07',
      clientTestingDue: '2027-04-12',
      launch: '2027-04-19',
    });
    expect(entry).toMatchObject({ days: 2, moves: [{ milestone: 'developmentDue', from: '2027-04-05', to: '2027-04-07' }] });
    expect(() => moveMilestone({ ...move, milestone: 'developmentDue', to: '2027-04-14' })).toThrow(TimelineOrderError);
  });
});
