import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';

const run = promisify(execFile);

describe('integrations timeline', () => {
  it('prints the milestones of the README example as one JSON object', async () => {
    const { code, stdout } = await cli('timeline', '--process', 'cadmium', '--launch', '2027-04-19', '--today', '2026-11-22', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.milestones).toEqual({
      kickoffCallReminder: '2027-01-29',
      kickoffDue: '2027-03-01',
      requirementsDue: '2027-03-15',
      developmentDue: '2027-04-05',
      clientTestingDue: '2027-04-12',
      launch: '2027-04-19',
    });
    expect(result.adjustments).toEqual([{ milestone: 'kickoffCallReminder', nominal: '2027-01-30', due: '2027-01-29', reason: 'Saturday' }]);
    expect(result.feasibility).toEqual({ desiredAccepted: true, earliestLaunch: '2027-04-19', reasons: [] });
  });

  it('prints a readable table with the reason for every moved date', async () => {
    const { code, stdout } = await cli('timeline', '--process', 'cadmium', '--launch', '2027-06-07', '--today', '2026-11-22');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Client testing due\s+Fri 2027-05-28\s+10 days\s+moved from Mon 2027-05-31 \(Memorial Day\)/);
    expect(stdout).toMatch(/Kick-off due\s+Mon 2027-04-19\s+7 weeks/);
  });

  it('says when the launch is too soon for the lead time, and offers the earliest date', async () => {
    const { stdout } = await cli('timeline', '--process', 'cadmium', '--launch', '2027-01-04', '--today', '2026-11-22', '--json');
    expect(JSON.parse(stdout).feasibility).toMatchObject({ desiredAccepted: false, earliestLaunch: '2027-01-11' });
  });

  it('uses the holiday calendar and time zone it is given', async () => {
    // Launch Mon 2027-05-24: client testing due L−7 is Mon 2027-05-17, Whit Monday in Germany only.
    const german = JSON.parse(
      (
        await cli(
          'timeline',
          '--process',
          'cadmium',
          '--launch',
          '2027-05-24',
          '--today',
          '2026-11-22',
          '--holidays',
          'DE',
          '--time-zone',
          'Europe/Berlin',
          '--json',
        )
      ).stdout,
    );
    const american = JSON.parse((await cli('timeline', '--process', 'cadmium', '--launch', '2027-05-24', '--today', '2026-11-22', '--json')).stdout);
    expect(german.milestones.clientTestingDue).toBe('2027-05-14');
    expect(german.adjustments).toContainEqual({ milestone: 'clientTestingDue', nominal: '2027-05-17', due: '2027-05-14', reason: 'Pfingstmontag' });
    expect(american.milestones.clientTestingDue).toBe('2027-05-17');
    expect(german).toMatchObject({ holidays: 'DE', timeZone: 'Europe/Berlin' });
  });

  it.each([
    { case: 'an impossible date', argv: ['--process', 'cadmium', '--launch', '2027-02-30'], message: /--launch: not a real calendar date/ },
    { case: 'a date in the wrong format', argv: ['--process', 'cadmium', '--launch', '19/04/2027'], message: /--launch: expected a date as YYYY-MM-DD/ },
    { case: 'an unknown process', argv: ['--process', 'bogus', '--launch', '2027-04-19'], message: /unknown process "bogus" \(known: cadmium, paytronix\)/ },
    { case: 'a process without a launch timeline', argv: ['--process', 'paytronix', '--launch', '2027-04-19'], message: /paytronix process has no timeline/ },
    { case: 'a missing launch', argv: ['--process', 'cadmium'], message: /required option '--launch <date>'/ },
    { case: 'a bad today', argv: ['--process', 'cadmium', '--launch', '2027-04-19', '--today', 'tomorrow'], message: /--today: expected a date/ },
    {
      case: 'an unknown time zone',
      argv: ['--process', 'cadmium', '--launch', '2027-04-19', '--time-zone', 'Mars/Olympus'],
      message: /--time-zone: not a known IANA time zone/,
    },
    {
      case: 'an unknown holiday calendar',
      argv: ['--process', 'cadmium', '--launch', '2027-04-19', '--holidays', 'ZZ'],
      message: /no holiday calendar for country ZZ/,
    },
  ])('refuses $case with one line and exit code 2', async ({ argv, message }) => {
    const { code, stdout, stderr } = await cli('timeline', ...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^integrations: /);
    expect(stderr).toMatch(message);
  });

  it('works as the package bin, the way a user runs it (npx integrations …)', async () => {
    const { stdout } = await run('npx', ['--no-install', 'integrations', 'timeline', '--process', 'cadmium', '--launch', '2027-04-19', '--json']);
    expect(JSON.parse(stdout).milestones.kickoffDue).toBe('2027-03-01');
    const failure = await run('npx', ['--no-install', 'integrations', 'timeline', '--process', 'cadmium', '--launch', 'nope']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect('stderr' in failure ? failure.stderr : '').toContain('integrations: --launch: expected a date as YYYY-MM-DD');
    expect('stderr' in failure ? failure.stderr : '').not.toMatch(/\n\s+at /);
  });
});
