import { beforeAll, describe, expect, it } from 'vitest';
import { PM, POC, run, scenario, UNTIL_PLAN, type Run } from './helpers';

const SCENARIO_TIMEOUT = 120_000;

/*
 * Moving dates (the PM's reschedule): the launch re-plans every date not yet passed; another
 * milestone moves the ones after it, or itself alone; waits and reminders follow the new dates.
 * The demo timeline: kick-off due 03-01, requirements due 03-15, development due 04-05, client
 * testing due 04-12, launch 04-19 (2027).
 */
describe('the launch moved two weeks later mid-requirements', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ...UNTIL_PLAN,
          ['2027-02-27T21:30:00Z', { type: 'reply', project: 'acme', from: POC, text: 'Approved, thanks.', attachments: [], autoReply: false }],
          [
            '2027-03-02T15:00:00Z',
            {
              type: 'staff',
              project: 'acme',
              by: PM,
              command: { action: 'reschedule', milestone: 'launch', date: '2027-05-03', note: 'the client’s event moved' },
            },
          ],
        ],
        '2027-04-02T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('moves every milestone not yet passed, planned again from the new launch, and keeps those passed', () => {
    expect(result.project.originalTimeline).toMatchObject({ kickoffDue: '2027-03-01', requirementsDue: '2027-03-15', launch: '2027-04-19' });
    expect(result.project.timeline).toMatchObject({
      kickoffDue: '2027-03-01',
      requirementsDue: '2027-03-29',
      developmentDue: '2027-04-19',
      clientTestingDue: '2027-04-26',
      launch: '2027-05-03',
    });
  });

  it('writes one ledger entry naming the PM, with the before and after of each date', () => {
    expect(result.project.ledger).toEqual([
      expect.objectContaining({ days: 14, cause: 'vendor-reschedule', causedBy: 'vendor', summary: expect.stringContaining(PM) }),
    ]);
    expect(result.project.ledger[0]?.summary).toContain('the client’s event moved');
  });

  it('tells the client and the PM once', () => {
    const moved = result.project.mail.filter((m) => m.template === 'timeline-moved');
    expect(moved.map((m) => m.to)).toEqual(expect.arrayContaining([[POC], [PM]]));
    expect(moved).toHaveLength(2);
  });

  it('sends no requirements reminder on the old dates, and reminds on the new ones', () => {
    const reminders = result.project.mail.filter((m) => m.template === 'requirements-reminder').map((m) => m.at.slice(0, 10));
    expect(reminders.filter((day) => day < '2027-03-24')).toEqual([]);
    expect(reminders).toContain('2027-03-24');
    expect(reminders).toContain('2027-03-29');
    expect(result.project.mail.filter((m) => m.template === 'requirements-overdue').every((m) => m.at >= '2027-03-29')).toBe(true);
  });
});

describe('a milestone moved earlier', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ...UNTIL_PLAN.slice(0, 2),
          [
            '2027-01-06T15:00:00Z',
            { type: 'staff', project: 'acme', by: PM, command: { action: 'reschedule', milestone: 'kickoffCallReminder', date: '2027-01-15', only: true } },
          ],
        ],
        '2027-02-05T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('restarts the wait: the kick-off call reminder goes on the new, earlier date, once', () => {
    expect(result.project.timeline).toMatchObject({ kickoffCallReminder: '2027-01-15', kickoffDue: '2027-03-01' });
    const reminders = result.project.mail.filter((m) => m.template === 'kickoff-call-reminder');
    expect(reminders.map((m) => m.at.slice(0, 10))).toEqual(['2027-01-15']);
  });

  it('moves that milestone alone when asked', () => {
    expect(result.project.ledger).toEqual([
      expect.objectContaining({ days: -14, summary: `${PM} moved kickoffCallReminder alone from 2027-01-29 to 2027-01-15.` }),
    ]);
    expect(result.project.originalTimeline).toMatchObject({ kickoffDue: '2027-03-01', requirementsDue: '2027-03-15' });
    expect(result.project.mail.filter((m) => m.template === 'timeline')).toHaveLength(1);
  });
});
