import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { Scenario } from '../../local/scenario';
import { PM, POC, run, scenario, type Run } from './helpers';

const SCENARIO_TIMEOUT = 120_000;

/*
 * Reminder policy: a step is never overdue the day it began waiting. The timeline is set on Tue
 * 2027-01-05 for a launch 49 days later (the shortest lead time), so the kick-off is due that very
 * day and its call reminder date is already past.
 */
describe('a kick-off due the day the timeline is set', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ['2027-01-04T16:00:00Z', { type: 'staff', project: 'acme', command: { action: 'contract-reviewed' } }],
          [
            '2027-01-05T15:10:00Z',
            {
              type: 'reply',
              project: 'acme',
              from: POC,
              text: 'Details are correct. We would like to go live on February 23, 2027.',
              attachments: [],
              autoReply: false,
            },
          ],
        ],
        '2027-01-08T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('sends the PM the kick-off call reminder that day, and the overdue notice only the next business day', () => {
    expect(result.project.timeline).toMatchObject({ kickoffDue: '2027-01-05', launch: '2027-02-23' });
    const days = (template: string) => result.project.mail.filter((m) => m.template === template).map((m) => m.at.slice(0, 10));
    expect(days('kickoff-call-reminder')).toEqual(['2027-01-05']);
    expect(days('kickoff-overdue')[0]).toBe('2027-01-06');
    expect(days('kickoff-overdue')).not.toContain('2027-01-05');
  });
});

describe('the daily digest on the simulated clock', () => {
  let result: Run;
  beforeAll(async () => {
    // Created Mon 2027-01-04 09:00 New York; the run ends Sun 2027-01-10 (a weekend with no digest).
    const base = scenario([], '2027-01-11T00:00:00Z');
    result = await run(Scenario.parse({ ...base, digests: true }));
  }, SCENARIO_TIMEOUT);

  it('sends the PM one digest each business day while the contract waits for review, none on the weekend', async () => {
    const outbox = join(result.dataDir, 'outbox');
    const digests = [];
    for (const file of (await readdir(outbox)).sort()) {
      const mail = await simpleParser(await readFile(join(outbox, file)));
      if ((mail.subject ?? '').startsWith('Your integrations digest'))
        digests.push({ date: mail.date?.toISOString().slice(0, 10), to: mail.to, text: mail.text ?? '' });
    }
    // From the day it is created (the digest runs hourly from 08:00 local), each business day, not Sat or Sun.
    expect(digests.map((d) => d.date)).toEqual(['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']);
    for (const digest of digests) expect(JSON.stringify(digest.to)).toContain(PM);
    expect(digests[0]?.text).toContain(`npx integrations pm ${result.project.id} contract-reviewed`);
  });
});
