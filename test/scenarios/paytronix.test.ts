import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { simpleParser } from 'mailparser';
import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { startLocalDynamo } from '../../local/dynamodb/dynalite';
import { loadScenario, Scenario } from '../../local/scenario';
import { simulate, type SimulationResult } from '../../local/simulate';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { ScenarioStep } from '../../local/scenario';

const SCENARIO_TIMEOUT = 120_000;

const TC = 'terry.chan@paytronix.example';
const SALES = 'sasha.reyes@paytronix.example';
const TEAM = 'integrations-team@paytronix.example';
const CLIENT = 'casey.brooks@brewhouse.example';
const INTEGRATOR = 'ivan@webworks.example';
const TEST_SECRET = 'password: T3st-2f9c1e';
const PRODUCTION_SECRET = 'password: Pr0d-88a41c7d';

const BREWHOUSE = {
  key: 'brewhouse',
  process: 'paytronix' as const,
  title: 'Loyalty on the Brewhouse ordering website',
  client: 'Brewhouse Coffee',
  scope: 'REST website: registration, reverse enrollment, log in, balance, user info display and update',
  tc: { name: 'Terry Chan', email: TC },
  sales: { name: 'Sasha Reyes', email: SALES },
  integrationsTeam: TEAM,
  clientContact: { name: 'Casey Brooks', email: CLIENT },
  integrator: { name: 'Ivan Petrov', email: INTEGRATOR },
};

type Step = ScenarioStep extends infer S ? (S extends { type: infer T } ? Omit<S, 'at' | 'project'> & { type: T } : never) : never;
const staff = (command: Record<string, unknown>, by = TC): Step => ({ type: 'staff', by, command }) as Step;
const reply = (from: string, text: string, attachments: { filename: string; content: string }[] = []): Step => ({
  type: 'reply',
  from,
  text,
  attachments,
  autoReply: false,
});

/** Discovery to the schedule sent, with the test-server credentials already given (Mon 2027-01-04 on). */
const UNTIL_SCHEDULE: [string, Step][] = [
  ['2027-01-05T15:00:00Z', staff({ action: 'feasible' }, TEAM)],
  ['2027-01-05T16:00:00Z', staff({ action: 'schedule-idi', at: '2027-01-12T10:00' })],
  ['2027-01-12T16:00:00Z', staff({ action: 'idi-held' })],
  ['2027-01-13T15:00:00Z', staff({ action: 'send-work-order', note: 'Responsibilities and costs as quoted.' })],
  ['2027-01-14T15:30:00Z', reply(CLIENT, 'Approved. We accept the work order.')],
  ['2027-01-15T15:00:00Z', staff({ action: 'send-schedule', note: 'Development Jan 25 to Feb 12; certification from Feb 17.' })],
  ['2027-01-15T15:30:00Z', staff({ action: 'test-credentials', secret: `server: https://test.paytronix.example\nuser: brewhouse-web\n${TEST_SECRET}` })],
  ['2027-01-18T14:00:00Z', reply(CLIENT, 'Approved, the schedule works for us.')],
  ['2027-01-18T15:00:00Z', reply(INTEGRATOR, 'Approved from Webworks.')],
  ['2027-01-18T16:00:00Z', reply(TEAM, 'Approved.')],
];

const SALES_APPROVES: [string, Step] = ['2027-01-19T14:00:00Z', reply(SALES, 'Approved, thanks Terry.')];
const CHECKLIST: [string, Step][] = [
  ['2027-01-20T15:00:00Z', staff({ action: 'test-cards-sent' })],
  ['2027-01-20T15:05:00Z', staff({ action: 'test-user-created' })],
];

/**
 * One development cycle: integrator QA (Mon), client QA (Tue), and the integrator's reply at the ready step (Wed): by default
 * ready with materials, which opens a round.
 */
function cycle(
  monday: string,
  ready: Step = reply(INTEGRATOR, 'We are ready for certification; the test plan is attached.', [{ filename: 'test-plan.pdf', content: 'plan' }]),
): [string, Step][] {
  const day = (offset: number, time: string) => `${new Date(Date.parse(`${monday}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)}T${time}Z`;
  return [
    [day(0, '16:00:00'), reply(INTEGRATOR, 'Development is done and our QA is complete.')],
    [day(1, '15:00:00'), reply(CLIENT, 'Approved. We tested every use case and all error and success messages read right.')],
    [day(2, '15:00:00'), ready],
  ];
}

interface PaytronixRun {
  readonly result: SimulationResult;
  readonly project: SimulationResult['projects'][number];
  readonly dataDir: string;
  readonly log: string[];
}

async function run(steps: [string, Step][], end: string): Promise<PaytronixRun> {
  const scenario = Scenario.parse({
    start: '2027-01-04T14:00:00Z',
    end,
    projects: [BREWHOUSE],
    steps: steps.map(([at, step]) => ({ at, project: 'brewhouse', ...step })),
  });
  return runScenario(scenario);
}

async function runScenario(scenario: Scenario): Promise<PaytronixRun> {
  const dataDir = await mkdtemp(join(tmpdir(), 'paytronix-'));
  const log: string[] = [];
  const result = await simulate(scenario, import.meta.dirname, { dataDir, log: (line) => log.push(line) });
  const project = result.projects[0];
  if (!project) throw new Error('the scenario created no project');
  return { result, project, dataDir, log };
}

/** The recipients of an outbound mail record, sorted. */
const sortedTo = (mail: { to: readonly string[] } | undefined) => (mail ? [...mail.to].sort() : undefined);

function sentWith(run: PaytronixRun, template: string) {
  return run.project.mail.filter((m) => m.direction === 'out' && m.template === template);
}

async function outboxMails(run: PaytronixRun, template: string) {
  const subjects = new Set(sentWith(run, template).map((m) => m.subject));
  const mails = [];
  for (const file of (await readdir(join(run.dataDir, 'outbox'))).sort()) {
    const mail = await simpleParser(await readFile(join(run.dataDir, 'outbox', file)));
    if (subjects.has(mail.subject ?? '')) mails.push(mail);
  }
  return mails;
}

describe('the Paytronix demo: discovery to closed', () => {
  let demo: PaytronixRun;
  const written: string[] = [];
  beforeAll(async () => {
    // Every log line the handlers write during the run, at the most talkative level.
    const previous = process.env['LOG_LEVEL'];
    process.env['LOG_LEVEL'] = 'DEBUG';
    const stdout = process.stdout.write.bind(process.stdout);
    const stderr = process.stderr.write.bind(process.stderr);
    const capture = (chunk: unknown) => {
      written.push(String(chunk));
      return true;
    };
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    try {
      const { scenario } = await loadScenario(join(import.meta.dirname, '..', '..', 'scenarios', 'demo-paytronix.json'));
      demo = await runScenario(scenario);
    } finally {
      process.stdout.write = stdout;
      process.stderr.write = stderr;
      if (previous === undefined) delete process.env['LOG_LEVEL'];
      else process.env['LOG_LEVEL'] = previous;
    }
  }, SCENARIO_TIMEOUT);

  it('ends closed, the workflow succeeded, after one failed round and one certified', () => {
    expect(demo.project.phase).toBe('closed');
    expect(demo.project.executionStatus).toBe('succeeded');
    expect(demo.project.certificationRounds.map((r) => r.outcome)).toEqual(['failed', 'certified']);
    expect(demo.log).toEqual([]);
  });

  it('sends the failed round’s feedback to the client and the integrator, and runs development again', async () => {
    const [failed] = sentWith(demo, 'certification-failed');
    expect(sortedTo(failed)).toEqual([CLIENT, INTEGRATOR].sort());
    const [mail] = await outboxMails(demo, 'certification-failed');
    expect(mail?.text).toContain('Reverse enrollment shows the raw API error');
    expect(sentWith(demo, 'development-started')).toHaveLength(2);
  });

  it('invites every party to the IDI with an iCalendar REQUEST', async () => {
    const [invitation] = await outboxMails(demo, 'idi-invitation');
    const calendar = invitation?.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    // Long iCalendar lines are folded (RFC 5545 3.1): unfold before reading.
    const ics = (calendar?.content.toString('utf8') ?? '').replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('METHOD:REQUEST');
    // 10:00 in New York on Tue 2027-01-12 is 15:00 UTC.
    expect(ics).toMatch(/DTSTART:20270112T150000Z/);
    for (const party of [TC, SALES, TEAM, CLIENT, INTEGRATOR]) expect(ics.toLowerCase()).toContain(`mailto:${party}`);
  });

  it('sends the welcome mail only once the last of the five parties approved the schedule', () => {
    const lastApproval = demo.project.mail
      .filter((m) => m.direction === 'in' && m.readAs?.summary?.startsWith('approved the schedule'))
      .map((m) => m.at)
      .sort()
      .at(-1);
    const [welcome] = sentWith(demo, 'welcome');
    expect(lastApproval).toBeDefined();
    expect(welcome?.at && lastApproval && welcome.at >= lastApproval).toBe(true);
    expect(sortedTo(welcome)).toEqual([CLIENT, INTEGRATOR].sort());
  });

  it('mails the production credentials to the verified client side only, and shows the configuration differences to everyone', async () => {
    const [credentials] = await outboxMails(demo, 'production-credentials');
    expect(credentials?.text).toContain(PRODUCTION_SECRET);
    expect(sortedTo(sentWith(demo, 'production-credentials')[0])).toEqual([CLIENT, INTEGRATOR].sort());
    expect(sentWith(demo, 'configuration-differences')[0]?.to).toHaveLength(5);
  });

  it('writes the credentials in no log line and in no plain table attribute', async () => {
    const logs = written.join('');
    // The check can fail: the handlers did log, the inbound path among them.
    expect(logs).toContain('"message":"inbound mail"');
    expect(logs).not.toContain(TEST_SECRET);
    expect(logs).not.toContain(PRODUCTION_SECRET);
    const dynamo = await startLocalDynamo({ path: join(demo.dataDir, 'dynamodb') });
    try {
      const items = (await dynamo.client.send(new ScanCommand({ TableName: dynamo.tableName }))).Items ?? [];
      const table = JSON.stringify(items);
      expect(table).toContain('reverse enrollment'); // the scan reads the records
      expect(table).not.toContain(TEST_SECRET);
      expect(table).not.toContain(PRODUCTION_SECRET);
      expect(table).not.toContain('T3st-2f9c1e');
      const record = items.find((i) => i['sk']?.S === '#RECORD');
      const sealed = JSON.stringify(record?.['record']?.M?.['sealed']);
      expect(sealed).toMatch(/test-server/);
      expect(sealed).toMatch(/production/);
    } finally {
      await dynamo.stop();
    }
  });
});

describe('certification rounds', () => {
  let fourRounds: PaytronixRun;
  beforeAll(async () => {
    const failed = (wednesday: string): [string, Step] => [
      `${wednesday}T18:00:00Z`,
      staff({ action: 'certification-failed', note: 'Balance is not refreshed.' }, TEAM),
    ];
    fourRounds = await run(
      [
        ...UNTIL_SCHEDULE,
        SALES_APPROVES,
        ...CHECKLIST,
        ...cycle('2027-02-01'),
        failed('2027-02-10'),
        ...cycle('2027-02-15'),
        failed('2027-02-24'),
        ...cycle('2027-03-01'),
        failed('2027-03-10'),
        ...cycle('2027-03-15'),
      ],
      '2027-03-18T00:00:00Z',
    );
  }, SCENARIO_TIMEOUT);

  it('flags additional fees on the fourth round and tells the client, the TC and sales', () => {
    expect(fourRounds.project.certificationRounds.map((r) => [r.number, r.feesFlagged])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    const fees = sentWith(fourRounds, 'certification-fees');
    expect(fees).toHaveLength(1);
    expect(sortedTo(fees[0])).toEqual([CLIENT, TC, SALES].sort());
    expect(fees[0]?.subject).toMatch(/round 4/i);
  });

  it('books each round into a weekly slot and ends none before five business days after its materials', () => {
    for (const round of fourRounds.project.certificationRounds.slice(0, 3)) {
      expect(round.slotStartsOn && round.slotStartsOn > round.materialsCompleteOn).toBe(true);
      expect(round.endedOn).toBe(round.earliestEndOn);
    }
    // Materials on Wed 2027-02-17 (the Monday before was Presidents' Day): five business days is Wed 2027-02-24.
    expect(fourRounds.project.certificationRounds[1]).toMatchObject({ materialsCompleteOn: '2027-02-17', earliestEndOn: '2027-02-24' });
  });
});

describe('a round over a holiday, with material arriving late', () => {
  let late: PaytronixRun;
  beforeAll(async () => {
    late = await run(
      [
        ...UNTIL_SCHEDULE,
        SALES_APPROVES,
        ...CHECKLIST,
        ['2027-05-24T16:00:00Z', reply(INTEGRATOR, 'Development is done and our QA is complete.')],
        ['2027-05-25T15:00:00Z', reply(CLIENT, 'Approved, every message reads right.')],
        // Fri 2027-05-28; Mon 2027-05-31 is Memorial Day.
        ['2027-05-28T15:00:00Z', reply(INTEGRATOR, 'Ready for certification, materials attached.', [{ filename: 'materials.zip', content: 'm1' }])],
        // More material on Tue 2027-06-01: the five business days start again from it.
        ['2027-06-01T15:00:00Z', reply(INTEGRATOR, 'One more tester account is attached.', [{ filename: 'tester-2.txt', content: 'm2' }])],
        ['2027-06-07T18:00:00Z', staff({ action: 'certified' }, TEAM)],
        ['2027-06-08T18:00:00Z', staff({ action: 'certified' }, TEAM)],
      ],
      '2027-06-09T00:00:00Z',
    );
  }, SCENARIO_TIMEOUT);

  it('counts five business days from the last material, skipping the holiday, and refuses an earlier end', () => {
    const [round] = late.project.certificationRounds;
    expect(round).toMatchObject({ materialsCompleteOn: '2027-06-01', earliestEndOn: '2027-06-08', endedOn: '2027-06-08', outcome: 'certified' });
    expect(late.log.join('\n')).toMatch(
      /certified refused: round 1 cannot end before 2027-06-08: five business days .* after the last testing material on 2027-06-01/,
    );
  });

  it('acknowledged the late material with the new earliest end', () => {
    const [ack] = sentWith(late, 'materials-received');
    expect(sortedTo(ack)).toEqual([CLIENT, INTEGRATOR].sort());
  });
});

describe('material beside a no at the ready step', () => {
  let notReady: PaytronixRun;
  beforeAll(async () => {
    notReady = await run(
      [
        ...UNTIL_SCHEDULE,
        SALES_APPROVES,
        ...CHECKLIST,
        ...cycle(
          '2027-02-08',
          reply(INTEGRATOR, "The iOS screenshots are attached. We're not ready for certification yet: Android still crashes on the balance screen.", [
            { filename: 'ios-screens.zip', content: 'screens' },
          ]),
        ),
      ],
      '2027-02-12T00:00:00Z',
    );
  }, SCENARIO_TIMEOUT);

  it('opens no certification round: a no with files attached is no readiness', () => {
    expect(notReady.project.certificationRounds).toEqual([]);
    expect(notReady.log.join('\n')).not.toMatch(/round 1 opened/);
  });
});

describe('every material beside work still to do at the ready step', () => {
  let stillToDo: PaytronixRun;
  beforeAll(async () => {
    stillToDo = await run(
      [
        ...UNTIL_SCHEDULE,
        SALES_APPROVES,
        ...CHECKLIST,
        ...cycle(
          '2027-02-08',
          reply(INTEGRATOR, 'Screenshots, test transactions and the video are attached. We still need to fix the Android login crash before certification.', [
            { filename: 'screenshots.zip', content: 'screens' },
            { filename: 'test-transactions.csv', content: 'txns' },
            { filename: 'flow.mp4', content: 'video' },
          ]),
        ),
      ],
      '2027-02-12T00:00:00Z',
    );
  }, SCENARIO_TIMEOUT);

  it('opens no certification round while work is named still to do', () => {
    expect(stillToDo.project.certificationRounds).toEqual([]);
  });
});

describe('the welcome gate', () => {
  let gated: PaytronixRun;
  beforeAll(async () => {
    gated = await run([...UNTIL_SCHEDULE, ['2027-01-18T18:00:00Z', staff({ action: 'send-welcome' })], SALES_APPROVES], '2027-01-20T00:00:00Z');
  }, SCENARIO_TIMEOUT);

  it('refuses the welcome mail while the schedule lacks the sales approval, saying so', () => {
    expect(gated.log.join('\n')).toMatch(
      /send-welcome refused: the welcome mail cannot go yet; it waits for: the schedule's approval from Sasha Reyes \(sales, sasha\.reyes@paytronix\.example\)/,
    );
    const refusedAt = '2027-01-18T18:00:00Z';
    expect(sentWith(gated, 'welcome').every((m) => m.at > refusedAt)).toBe(true);
  });

  it('sends it, with the test-server credentials, when the last approval arrives', async () => {
    const welcome = sentWith(gated, 'welcome');
    expect(welcome).toHaveLength(1);
    expect(welcome[0]?.at.slice(0, 16)).toBe('2027-01-19T14:00');
    const [mail] = await outboxMails(gated, 'welcome');
    expect(mail?.text).toContain(TEST_SECRET);
    expect(gated.project.phase).toBe('development');
  });
});

describe('discovery', () => {
  it(
    'ends a project found not feasible and tells every party why',
    async () => {
      const ended = await run(
        [['2027-01-05T15:00:00Z', staff({ action: 'not-feasible', note: 'The POS version has no loyalty API.' }, TEAM)]],
        '2027-01-08T00:00:00Z',
      );
      expect(ended.project.phase).toBe('ended');
      expect(ended.project.executionStatus).toBe('succeeded');
      const [told] = sentWith(ended, 'not-feasible');
      expect(sortedTo(told)).toEqual([TC, SALES, TEAM, CLIENT, INTEGRATOR].sort());
      const [mail] = await outboxMails(ended, 'not-feasible');
      expect(mail?.text).toContain('The POS version has no loyalty API.');
      // Nothing of the requirements stage follows.
      expect(sentWith(ended, 'idi-needed')).toEqual([]);
    },
    SCENARIO_TIMEOUT,
  );

  it(
    'refuses a step of the other process, in one line',
    async () => {
      const refused = await run([['2027-01-05T15:00:00Z', staff({ action: 'kickoff-held' })]], '2027-01-06T00:00:00Z');
      expect(refused.log).toEqual(['staff kickoff-held refused: kickoff-held is a step of the EventTech process; INT-1001 follows paytronix']);
    },
    SCENARIO_TIMEOUT,
  );
});
