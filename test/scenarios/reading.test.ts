import { beforeAll, describe, expect, it } from 'vitest';
import { PM, POC, run, scenario, UNTIL_PLAN, type Run } from './helpers';

const SCENARIO_TIMEOUT = 120_000;

/*
 * What a client's reply means, end to end on the local runtime: the reader reads each reply at the
 * step it answers, item by item, and leaves to the PM what it cannot tell (docs/mail-understanding.md).
 * The plan goes out Fri 2027-02-26 17:00 UTC (UNTIL_PLAN); launch 2027-04-19, requirements due 2027-03-15.
 */
const reply = (at: string, text: string, attachments: { filename: string; content: string }[] = []) =>
  [at, { type: 'reply' as const, project: 'acme', from: POC, text, attachments, autoReply: false }] as [string, never];
const staff = (at: string, action: string, by?: string) =>
  [at, { type: 'staff' as const, project: 'acme', ...(by ? { by } : {}), command: { action } }] as [string, never];
/** The test accounts and the field mapping, as files. */
const TWO_ITEMS = [
  { filename: 'test-accounts.csv', content: 'username,role\ncadmium-test-1,attendee\n' },
  { filename: 'field-mapping.xlsx', content: 'mapping' },
];
const APPROVED = reply('2027-02-27T21:30:00Z', 'Approved. Looks good to us, please go ahead.');
const ALL_REQUIREMENTS = reply(
  '2027-03-04T15:00:00Z',
  'Attached are the test accounts and the field mapping. The API endpoint is https://staging.acme-events.example/api, client id: acme-sync.',
  TWO_ITEMS,
);
/** From the plan to client testing: approved, every requirement in, development and QA done (Wed 2027-04-07). */
const UNTIL_CLIENT_TESTING = [
  ...UNTIL_PLAN,
  APPROVED,
  ALL_REQUIREMENTS,
  staff('2027-03-05T14:00:00Z', 'submitted-for-development'),
  staff('2027-03-08T14:00:00Z', 'review-complete'),
  staff('2027-04-06T19:00:00Z', 'development-complete'),
  staff('2027-04-07T20:00:00Z', 'qa-complete'),
];
const out = (r: Run, template: string) => r.project.mail.filter((m) => m.direction === 'out' && m.template === template);
const readAs = (r: Run) => r.project.mail.filter((m) => m.direction === 'in').map((m) => m.readAs);

describe('a client who reports the earlier problems fixed and approves', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ...UNTIL_CLIENT_TESTING,
          reply(
            '2027-04-09T15:45:00Z',
            'We found two problems: the login fails for attendees with a plus sign in their email, and cancelled tickets still sync.',
          ),
          staff('2027-04-12T18:00:00Z', 'development-complete'),
          staff('2027-04-13T15:00:00Z', 'qa-complete'),
          reply(
            '2027-04-14T14:30:00Z',
            'Both problems we reported last week are fixed: the login no longer fails and cancelled tickets are gone. Approved for launch!',
          ),
        ],
        '2027-04-30T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('goes live on the approval, not back to development', () => {
    expect(result.project.phase).toBe('live');
    expect(result.project.executionStatus).toBe('succeeded');
    expect(out(result, 'client-feedback')).toHaveLength(1);
  });

  it('logs the approval with its confidence and the clauses that decided', () => {
    const approval = readAs(result).at(-1);
    expect(approval).toMatchObject({ intent: 'approve', needsReview: false });
    expect(approval?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(approval?.reasons?.join(' ')).toContain('Approved for launch');
  });
});

const pmReply = (at: string, text: string) =>
  [at, { type: 'reply' as const, project: 'acme', from: PM, text, attachments: [], autoReply: false }] as [string, never];

describe('a correction at the details step that also names a launch day', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          staff('2027-01-04T16:00:00Z', 'contract-reviewed'),
          reply(
            '2027-01-05T15:10:00Z',
            'One correction before we confirm: we moved off Cvent last year, so the integration needs to be Swoogo, not Cvent. Everything else is right. Launch April 19, 2027.',
          ),
          pmReply('2027-01-11T15:00:00Z', 'DECLINE\n\nI have asked Pat to confirm once the contract says Swoogo.'),
          reply('2027-01-13T14:00:00Z', 'Thanks for updating it to Swoogo. All correct now, launch April 19, 2027.'),
        ],
        '2027-01-14T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('confirms nothing and schedules nothing: the PM is asked, with the client’s words, and nobody is reminded meanwhile', async () => {
    expect(readAs(result)[0]).toMatchObject({ intent: 'decline' });
    expect(readAs(result)[0]?.summary).toContain('RV-1 asked the PM');
    const [notice] = await result.notices('reply-needs-review');
    expect(notice).toContain('integration needs to be Swoogo, not Cvent');
    expect(notice).toContain('APPROVE or DECLINE');
    expect(out(result, 'timeline').filter((m) => m.at < '2027-01-13')).toEqual([]);
    expect(out(result, 'confirm-details-reminder').filter((m) => m.at > '2027-01-05T15:10' && m.at < '2027-01-11T15:00')).toEqual([]);
  });

  it('schedules the project on the client’s confirmation that follows the PM’s DECLINE, once', () => {
    expect(result.project.reviews).toEqual([expect.objectContaining({ id: 'RV-1', step: 'details', guess: 'decline', status: 'declined', decidedBy: PM })]);
    expect(readAs(result).at(-1)?.summary).toContain('details confirmed, launch 2027-04-19');
    expect(out(result, 'timeline')).toHaveLength(1);
    expect(result.project.timeline).toMatchObject({ launch: '2027-04-19' });
  });
});

describe('a confirmation at the details step read as a no', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          staff('2027-01-04T16:00:00Z', 'contract-reviewed'),
          reply('2027-01-05T15:10:00Z', 'Details are fine. The only issue is we cannot launch before April 19, 2027, so April 19 it is.'),
          pmReply('2027-01-06T15:00:00Z', 'APPROVE'),
        ],
        '2027-01-07T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('is not stuck: the PM’s APPROVE confirms the details with the day the client named', () => {
    expect(readAs(result)[0]?.summary).toContain('RV-1 asked the PM');
    expect(result.project.reviews).toEqual([expect.objectContaining({ id: 'RV-1', step: 'details', status: 'approved', decidedBy: PM })]);
    expect(out(result, 'timeline')).toHaveLength(1);
    expect(result.project.timeline).toMatchObject({ launch: '2027-04-19' });
  });
});

describe('a partial delivery that names the missing item as coming later', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ...UNTIL_PLAN,
          APPROVED,
          reply(
            '2027-03-04T15:00:00Z',
            'Attached are the test accounts and the field mapping. The API credentials will follow next week, once our IT has set up the sandbox.',
            TWO_ITEMS,
          ),
          reply(
            '2027-03-19T16:20:00Z',
            'Here are the API credentials for the sandbox: endpoint https://sandbox.acme-events.example/api, client id: acme-sync.',
          ),
        ],
        '2027-03-22T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('leaves the named item missing and says so in the acknowledgement', async () => {
    const first = readAs(result).find((r) => r?.summary?.includes('requirements received'));
    expect(first?.summary).toContain('requirements received: test-accounts, field-mapping');
    expect(first?.summary).toContain('named as coming later: api-access');
    const [ack] = await result.notices('requirements-ack');
    expect(ack).toMatch(/missing[\s\S]*API access/i);
  });

  it('moves the dates day for day when the last item comes late (due Mon 03-15, in Fri 03-19: four business days)', () => {
    expect(result.project.ledger).toHaveLength(1);
    expect(result.project.ledger[0]).toMatchObject({ days: 4, cause: 'requirements-late', causedBy: 'client' });
    expect(result.project.originalTimeline).toMatchObject({ launch: '2027-04-19' });
    expect(result.project.timeline).toMatchObject({ launch: '2027-04-23' });
  });
});

describe('a delivery that also asks a question', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ...UNTIL_PLAN,
          APPROVED,
          reply('2027-03-04T15:00:00Z', 'Attached are the test accounts and the field mapping. When does development start on your side?', TWO_ITEMS),
        ],
        '2027-03-06T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('receives the items it delivers and passes its question to the PM', async () => {
    const summary = readAs(result).find((r) => r?.summary?.includes('requirements received'))?.summary;
    expect(summary).toContain('requirements received: test-accounts, field-mapping');
    expect(summary).toContain('question: Attached are the test accounts');
    expect(result.project.openItems.questions).toEqual([expect.stringMatching(/When does development start/)]);
    expect(await result.notices('requirements-ack')).toHaveLength(1);
    expect(out(result, 'question-for-pm')).toHaveLength(1);
  });
});

describe('a new-scope question after the plan is approved', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [...UNTIL_PLAN, APPROVED, reply('2027-03-02T15:00:00Z', 'Quick one: could the integration also push badge scans back to our platform?')],
        '2027-03-04T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('becomes a change request with fees, told to the client and the PM, not a question', () => {
    expect(result.project.openItems.changeRequests).toEqual([expect.stringMatching(/^CR-1: Quick one: could the integration also push badge scans/)]);
    expect(result.project.openItems.questions).toEqual([]);
    expect(out(result, 'change-request-ack').map((m) => m.to)).toEqual([[POC]]);
    expect(out(result, 'change-request')).toHaveLength(1);
  });
});

describe('an ambiguous approval goes to the PM, whose one-line answer decides it', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ...UNTIL_PLAN,
          reply('2027-02-27T21:30:00Z', 'I think the plan looks fine, but let me double-check with our director.'),
          [
            '2027-03-02T15:00:00Z',
            { type: 'reply', project: 'acme', from: PM, text: 'APPROVE\n\nPat confirmed on the phone.', attachments: [], autoReply: false },
          ] as [string, never],
        ],
        '2027-03-04T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('decides nothing on the reply: the PM is asked once, with the reader’s reasons', async () => {
    const ambiguous = readAs(result).find((r) => r?.needsReview);
    expect(ambiguous).toMatchObject({ intent: 'approve', needsReview: true });
    expect(ambiguous?.summary).toContain('RV-1 asked the PM');
    expect(out(result, 'reply-needs-review').map((m) => [m.to, m.subject])).toEqual([
      [[PM], expect.stringMatching(/^\[INT-\d+\] Your decision: whether .+ approves the plan$/)],
    ]);
    const [notice] = await result.notices('reply-needs-review');
    expect(notice).toContain('I could not tell whether');
    expect(notice).toContain('APPROVE or DECLINE');
    expect(notice).toContain('hedged yes');
  });

  it('reminds nobody of the step while the PM decides', () => {
    const waiting = (template: string) => out(result, template).filter((m) => m.at > '2027-02-27T21:30' && m.at < '2027-03-02T15:00');
    expect(waiting('plan-reminder')).toEqual([]);
    expect(waiting('plan-escalation')).toEqual([]);
  });

  it('approves the plan on the PM’s APPROVE, with the client’s mail as the evidence', () => {
    expect(result.project.phase).toBe('requirements');
    expect(result.project.approvals).toEqual([expect.objectContaining({ subject: 'project-plan', status: 'approved' })]);
    expect(result.project.reviews).toEqual([
      expect.objectContaining({ id: 'RV-1', step: 'plan', from: POC, guess: 'approve', status: 'approved', decidedBy: PM }),
    ]);
    expect(readAs(result).at(-1)?.summary).toContain(`${PM} decided RV-1`);
    expect(out(result, 'decision-recorded').map((m) => m.to)).toEqual([[POC]]);
  });
});

describe('a client who says not yet to the plan, then approves it', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ...UNTIL_PLAN,
          reply(
            '2027-02-27T21:30:00Z',
            "Thanks for sending the plan. We can't approve it yet: our director has to sign off on anything with a budget line and she is away until Thursday. I'll come back to you after that.",
          ),
          reply('2027-03-04T16:00:00Z', 'Our director has signed off: the plan is approved.'),
        ],
        '2027-03-05T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('reads the first reply as a no that says not yet: no change is asked of the PM, the plan is not declined, nobody decides', async () => {
    const notYet = result.project.mail.find((m) => m.direction === 'in' && m.at.startsWith('2027-02-27T21:30'))?.readAs;
    expect(notYet).toMatchObject({ intent: 'decline', needsReview: false });
    expect(notYet?.summary).toMatch(/^not yet, the answer still to come: /);
    expect(out(result, 'plan-changes-requested')).toEqual([]);
    expect(out(result, 'reply-needs-review')).toEqual([]);
    expect(result.project.reviews).toEqual([]);
    // The PM sees the client's words all the same, told as a not yet.
    const [forwarded] = await result.notices('question-for-pm');
    const flat = forwarded?.replace(/\s*\n>?\s*/g, ' ');
    expect(flat).toContain('Acme Events says their answer is still to come. Nothing was decided; the step waits for it.');
    expect(flat).toContain("They wrote: Thanks for sending the plan. We can't approve it yet: our director has to sign off");
    expect(out(result, 'question-for-pm').map((m) => m.subject)).toEqual([expect.stringMatching(/^\[INT-\d+\] Not yet, from Acme Events$/)]);
  });

  it('approves the plan on the approval that follows', () => {
    expect(readAs(result).at(-1)).toMatchObject({ intent: 'approve', needsReview: false });
    expect(result.project.phase).toBe('requirements');
    expect(result.project.approvals).toEqual([expect.objectContaining({ subject: 'project-plan', status: 'approved' })]);
  });
});

describe('a client who says not yet to client testing, then approves it', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ...UNTIL_CLIENT_TESTING,
          reply('2027-04-08T15:00:00Z', "Not yet - we'll run our tests next week and let you know."),
          reply('2027-04-13T15:00:00Z', 'Tested everything this week, all good. Approved for launch.'),
        ],
        '2027-04-30T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  it('keeps testing open on the not yet: no feedback, no new cycle, not back to development', () => {
    const notYet = result.project.mail.find((m) => m.direction === 'in' && m.at.startsWith('2027-04-08T15:00'))?.readAs;
    expect(notYet).toMatchObject({ intent: 'decline', needsReview: false });
    expect(notYet?.summary).toMatch(/^not yet, the answer still to come: /);
    expect(out(result, 'client-feedback')).toEqual([]);
  });

  it('goes live on the approval that follows', () => {
    expect(readAs(result).at(-1)).toMatchObject({ intent: 'approve', needsReview: false });
    expect(result.project.phase).toBe('live');
    expect(result.project.executionStatus).toBe('succeeded');
  });
});
