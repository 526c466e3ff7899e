import { readdir, readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, Scenario } from '../../local/scenario';
import type { SimulationResult } from '../../local/simulate';
import { projectCost, README_MARKERS } from '../../bench/cost-model';
import { ACME, PM, POC, run, scenario, UNTIL_PLAN, type Run } from './helpers';

const SCENARIO_TIMEOUT = 120_000;

describe('the demo: contract to live', () => {
  let demo: Run;
  beforeAll(async () => {
    const { scenario: loaded } = await loadScenario(join(import.meta.dirname, '..', '..', 'scenarios', 'demo-cadmium.json'));
    demo = await run(loaded);
  }, SCENARIO_TIMEOUT);

  it('ends live, with the workflow succeeded', () => {
    expect(demo.project.phase).toBe('live');
    expect(demo.project.executionStatus).toBe('succeeded');
  });

  it('moves development, client testing and launch each 3 days when requirements come 3 days late, with a ledger entry naming the mail', () => {
    expect(demo.project.originalTimeline).toMatchObject({ developmentDue: '2027-04-05', clientTestingDue: '2027-04-12', launch: '2027-04-19' });
    expect(demo.project.timeline).toMatchObject({
      requirementsDue: '2027-03-15',
      developmentDue: '2027-04-08',
      clientTestingDue: '2027-04-15',
      launch: '2027-04-22',
    });
    const [entry] = demo.project.ledger;
    expect(demo.project.ledger).toHaveLength(1);
    expect(entry).toMatchObject({ days: 3, cause: 'requirements-late', causedBy: 'client' });
    const completing = demo.project.mail.find((m) => m.direction === 'in' && m.readAs?.summary?.includes('all requirements in'));
    expect(entry?.evidence).toMatchObject({ kind: 'mail', from: POC, subject: completing?.subject });
  });

  it('acknowledges the first requirements mail with what is still missing', async () => {
    const [first] = await demo.notices('requirements-ack');
    expect(first).toContain('Test accounts');
    expect(first).toMatch(/missing[\s\S]*API access[\s\S]*Registration field mapping/i);
  });

  it('sends notices as threadable, loop-safe mail: signed Reply-To key, Auto-Submitted, stored Message-ID', async () => {
    const files = (await readdir(join(demo.dataDir, 'outbox'))).sort();
    const first = await simpleParser(await readFile(join(demo.dataDir, 'outbox', files[1] ?? '')));
    expect(first.headers.get('auto-submitted')).toBe('auto-generated');
    expect(first.replyTo?.value[0]?.address).toMatch(/^integrationservices\+k1\.INT-1001\.details\.[0-9a-f]{12}@gocadmium\.example$/);
    expect(first.text).toBeTruthy();
    expect(first.html).toContain('<p>');
    expect(demo.project.mail.filter((m) => m.direction === 'out')).toHaveLength(files.length);
  });

  it('is the lifecycle the README cost table was computed from, with the same counts', async () => {
    const readme = await readFile(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf(README_MARKERS.start), readme.indexOf(README_MARKERS.end));
    const { metrics } = demo.result;
    const invocations = Object.values(metrics.lambdaInvocations).reduce((a, b) => a + b, 0);
    expect(block).toContain(`${demo.project.transitions} state transitions, ${invocations} Lambda invocations`);
    expect(block).toContain(`${metrics.mailsOut} mails out and ${metrics.mailsIn} in`);
    // Request units can differ by a retried write (a lost optimistic-concurrency race), never by much.
    const perProject = Number(/: \$([\d.]+) per project/.exec(block)?.[1]);
    expect(Math.abs(projectCost({ transitions: demo.project.transitions, metrics }).total - perProject) / perProject).toBeLessThan(0.05);
    expect(perProject).toBeLessThan(0.01);
  });

  it('sends client feedback to the PM and runs another testing cycle', () => {
    const out = demo.project.mail.filter((m) => m.direction === 'out').map((m) => m.template);
    expect(out.filter((t) => t === 'ready-to-test')).toHaveLength(2);
    expect(out.filter((t) => t === 'qa-needed')).toHaveLength(2);
    expect(out.indexOf('client-feedback')).toBeGreaterThan(out.indexOf('ready-to-test'));
    expect(out.at(-1)).toBe('live');
  });
});

describe('the project plan', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ...UNTIL_PLAN,
          // Fri 17:00 plan sent. An out-of-office answers at once; a colleague "approves" on Saturday.
          [
            '2027-02-26T17:05:00Z',
            {
              type: 'reply',
              project: 'acme',
              from: POC,
              text: 'I am out of the office until March 2 with limited access to email.',
              attachments: [],
              autoReply: true,
            },
          ],
          [
            '2027-02-27T15:00:00Z',
            { type: 'reply', project: 'acme', from: 'lee.colleague@acme-events.example', text: 'Approved.', attachments: [], autoReply: false },
          ],
          // Nothing from the POC for 48 hours: reminder at 24, PM escalation at 48. Then the POC approves, and the same mail arrives twice.
          ['2027-03-01T15:00:00Z', { type: 'reply', project: 'acme', from: POC, text: 'Approved, please go ahead.', attachments: [], autoReply: false }],
          ['2027-03-01T15:30:00Z', { type: 'redeliver' }],
          // After approval, a change of scope.
          [
            '2027-03-03T15:00:00Z',
            {
              type: 'reply',
              project: 'acme',
              from: POC,
              text: 'We need to change the scope: please add session check-ins to the integration.',
              attachments: [],
              autoReply: false,
            },
          ],
        ],
        '2027-03-05T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  const outAfter = (at: string) => result.project.mail.filter((m) => m.direction === 'out' && m.at >= at);

  it('reminds the client before the 48 hours run out and tells the PM when they have', () => {
    const reminder = result.project.mail.find((m) => m.template === 'plan-reminder');
    const escalation = result.project.mail.find((m) => m.template === 'plan-escalation');
    expect(reminder?.at.slice(0, 13)).toBe('2027-02-27T17');
    expect(reminder?.to).toEqual([POC]);
    expect(escalation?.at.slice(0, 13)).toBe('2027-02-28T17');
    expect(escalation?.to).toEqual([PM]);
  });

  it('does not take an out-of-office reply as an approval, and does not answer it', () => {
    const ooo = result.project.mail.find((m) => m.direction === 'in' && m.readAs?.kind === 'auto-reply');
    expect(ooo?.readAs).toMatchObject({ intent: 'none', rejectedFor: 'AutoReplyIgnoredError' });
    expect(outAfter(ooo?.at ?? '').filter((m) => m.to.includes(POC) && m.at < '2027-02-27T00:00:00Z')).toEqual([]);
  });

  it('does not take an approval from someone who is not the POC, and tells the PM', () => {
    const colleague = result.project.mail.find((m) => m.direction === 'in' && m.from === 'lee.colleague@acme-events.example');
    expect(colleague?.readAs).toMatchObject({ intent: 'approve', rejectedFor: 'SenderNotAllowedError' });
    expect(result.project.mail.some((m) => m.template === 'not-acted-on' && m.at.startsWith('2027-02-27T15'))).toBe(true);
    expect(result.project.mail.some((m) => m.template === 'plan-escalation')).toBe(true);
  });

  it('acts once on the same mail delivered twice', () => {
    const approvals = result.project.mail.filter((m) => m.direction === 'in' && m.readAs?.summary?.startsWith('approved the project plan'));
    expect(approvals).toHaveLength(1);
    expect(result.project.phase).toBe('requirements');
  });

  it('turns a change of scope after approval into a change request: client told fees apply, PM told', async () => {
    expect(result.project.openItems.changeRequests).toEqual([expect.stringMatching(/^CR-1: We need to change the scope/)]);
    const [ack] = await result.notices('change-request-ack');
    expect(ack).toMatch(/additional fees/i);
    expect(result.project.mail.find((m) => m.template === 'change-request')?.to).toEqual([PM]);
  });
});

describe('a restart of the local runtime mid-project', () => {
  const steps: Parameters<typeof scenario>[0] = [
    ...UNTIL_PLAN,
    ['2027-02-27T15:00:00Z', { type: 'reply', project: 'acme', from: POC, text: 'Approved.', attachments: [], autoReply: false }],
    [
      '2027-03-10T15:00:00Z',
      {
        type: 'reply',
        project: 'acme',
        from: POC,
        text: 'Attached: test accounts, the API endpoint and credentials, and the field mapping.',
        attachments: [{ filename: 'test-accounts.csv', content: 'u,p' }],
        autoReply: false,
      },
    ],
  ];
  let plain: SimulationResult;
  let restarted: SimulationResult;
  beforeAll(async () => {
    plain = (await run(scenario([...steps], '2027-03-20T00:00:00Z'))).result;
    restarted = (
      await run(
        scenario(
          [...steps.slice(0, 3), ['2027-02-27T12:00:00Z', { type: 'restart' }], ...steps.slice(3), ['2027-03-12T12:00:00Z', { type: 'restart' }]],
          '2027-03-20T00:00:00Z',
        ),
      )
    ).result;
  }, SCENARIO_TIMEOUT * 2);

  it('loses nothing: the same mail goes out, the same replies are read, the project ends in the same place', () => {
    const shape = (r: SimulationResult) => r.projects[0]?.mail.map((m) => `${m.direction} ${m.template ?? m.readAs?.summary ?? ''}`);
    expect(restarted.restarts).toBe(2);
    expect(shape(restarted)).toEqual(shape(plain));
    expect(restarted.projects[0]?.phase).toBe(plain.projects[0]?.phase);
    // Every requirement is in: the PM has been told and the project waits for the submission.
    expect(restarted.projects[0]?.phase).toBe('requirements');
    expect(restarted.projects[0]?.mail.filter((m) => m.template === 'requirements-complete' && m.at.startsWith('2027-03-10'))).toHaveLength(1);
  });
});

describe('the demo scenario file', () => {
  it('is valid and documented', async () => {
    const text = await readFile(join(import.meta.dirname, '..', '..', 'scenarios', 'demo-cadmium.json'), 'utf8');
    expect(JSON.parse(text).description).toMatch(/contract to live/);
    await expect(loadScenario(join(import.meta.dirname, 'missing.json'))).rejects.toThrow(/cannot read scenario/);
  });
});

describe('staff act by replying to their notices, or with the same commands from the CLI', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          // The PM answers the "new integration contracted" notice with the command as its first line.
          ['2027-01-04T15:00:00Z', { type: 'reply', project: 'acme', from: PM, text: 'QA COMPLETE', attachments: [], autoReply: false }],
          [
            '2027-01-04T16:00:00Z',
            { type: 'reply', project: 'acme', from: PM, text: 'CONTRACT REVIEWED\n\nLooks fine, go.', attachments: [], autoReply: false },
          ],
          [
            '2027-01-05T15:10:00Z',
            { type: 'reply', project: 'acme', from: POC, text: 'All correct. We want to launch on April 19, 2027.', attachments: [], autoReply: false },
          ],
          [
            '2027-01-06T15:00:00Z',
            { type: 'staff', project: 'acme', command: { action: 'reschedule', milestone: 'developmentDue', date: '2027-04-07', note: 'two developers out' } },
          ],
        ],
        '2027-01-08T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('refuses a command out of turn, and says why to the PM', () => {
    const refused = result.project.mail.find((m) => m.direction === 'in' && m.at.startsWith('2027-01-04T15'));
    expect(refused?.readAs).toMatchObject({ rejectedFor: 'StaffActionRefusedError' });
    expect(result.project.mail.find((m) => m.template === 'not-acted-on')?.to).toEqual([PM]);
  });

  it('records the contract review from a reply and sends the client the confirmation request', () => {
    const reviewed = result.project.mail.find((m) => m.direction === 'in' && m.at.startsWith('2027-01-04T16'));
    expect(reviewed?.readAs?.summary).toBe('contract reviewed');
    expect(result.project.mail.find((m) => m.template === 'confirm-details')?.to).toEqual([POC]);
  });

  it('moves a date only when the PM reschedules, with a ledger entry saying who and why', () => {
    expect(result.project.timeline).toMatchObject({ developmentDue: '2027-04-07', clientTestingDue: '2027-04-14', launch: '2027-04-21' });
    expect(result.project.ledger).toEqual([
      expect.objectContaining({ days: 2, cause: 'vendor-reschedule', causedBy: 'vendor', summary: expect.stringContaining('two developers out') }),
    ]);
  });
});

describe('the development queue', () => {
  let result: SimulationResult;
  beforeAll(async () => {
    const projects = ['a', 'b', 'c', 'd'].map((key) => ({
      ...ACME,
      key,
      client: `Client ${key.toUpperCase()}`,
      poc: { name: 'Pat Doe', email: `pat@${key}.example` },
    }));
    const steps = projects.flatMap((p, i) => [
      { type: 'staff' as const, at: `2027-01-04T16:0${i}:00Z`, project: p.key, command: { action: 'contract-reviewed' as const } },
      {
        type: 'reply' as const,
        at: `2027-01-05T15:0${i}:00Z`,
        project: p.key,
        from: p.poc.email,
        text: 'All correct. We want to launch on April 19, 2027.',
        attachments: [],
        autoReply: false,
      },
    ]);
    steps.sort((x, y) => x.at.localeCompare(y.at));
    result = (await run(Scenario.parse({ start: '2027-01-04T14:00:00Z', end: '2027-01-06T00:00:00Z', projects, steps }))).result;
  }, SCENARIO_TIMEOUT);

  it('gives the first three the launch they asked for and offers the fourth a later one, saying why', () => {
    const launches = result.projects.map((p) => p.timeline?.['launch']);
    expect(launches.slice(0, 3)).toEqual(['2027-04-19', '2027-04-19', '2027-04-19']);
    expect(launches[3] && launches[3] > '2027-04-19').toBe(true);
    const fourth = result.projects[3];
    expect(fourth?.mail.find((m) => m.direction === 'in')?.readAs?.summary).toMatch(/launch 2027-04-19 → offered 2027-0/);
  });
});
