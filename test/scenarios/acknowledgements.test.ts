import { beforeAll, describe, expect, it } from 'vitest';
import { PM, POC, run, scenario, UNTIL_PLAN, type Run } from './helpers';

const SCENARIO_TIMEOUT = 120_000;

/*
 * Every decision the client makes is acknowledged once, in their thread; a step whose client asked
 * for changes stops reminding the client and waits on the vendor; a revised plan restarts the
 * approval clock. The plan goes out Fri 2027-02-26 17:00 UTC (UNTIL_PLAN).
 */
describe('the client asks for changes to the plan, and the PM sends a revised one', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ...UNTIL_PLAN,
          [
            '2027-02-27T21:30:00Z',
            {
              type: 'reply',
              project: 'acme',
              from: POC,
              text: 'Please move the kick-off a week later and add badge printing.',
              attachments: [],
              autoReply: false,
            },
          ],
          ['2027-03-03T15:00:00Z', { type: 'staff', project: 'acme', by: PM, command: { action: 'resend-plan' } }],
          ['2027-03-04T20:00:00Z', { type: 'reply', project: 'acme', from: POC, text: 'Approved, thank you.', attachments: [], autoReply: false }],
        ],
        '2027-03-06T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  const out = (template: string) => result.project.mail.filter((m) => m.direction === 'out' && m.template === template);

  it('acknowledges each decision to the client once, in the thread of their reply', () => {
    const acks = out('decision-recorded');
    expect(acks.map((m) => [m.to, m.at.slice(0, 16)])).toEqual([
      [[POC], '2027-02-27T21:30'],
      [[POC], '2027-03-04T20:00'],
    ]);
    expect(acks[0]?.subject).toContain('request for changes to the project plan');
    expect(acks[1]?.subject).toContain('approval of the project plan (revision 2)');
  });

  it('stops reminding the client while the vendor revises the plan', () => {
    const waitingOnVendor = out('plan-reminder').filter((m) => m.at > '2027-02-27T21:30' && m.at < '2027-03-03T15:00');
    expect(waitingOnVendor).toEqual([]);
  });

  it('restarts the approval clock with the revised plan: a reminder 24 hours after it, not after the first', () => {
    expect(out('project-plan').map((m) => m.at.slice(0, 16))).toEqual(['2027-02-26T17:00', '2027-03-03T15:00']);
    expect(out('plan-reminder').map((m) => m.at.slice(0, 16))).toEqual(['2027-02-27T17:00', '2027-03-04T15:00']);
    expect(out('plan-escalation')).toEqual([]);
  });
});
