import { describe, expect, it } from 'vitest';
import { PAYTRONIX_STAFF_TEMPLATE_IDS, PAYTRONIX_TEMPLATE_IDS } from '../../shared/processes/paytronix/notices/ids';
import { renderNotice } from '../../shared/notices/render';
import type { NoticeContext, NoticeExtras } from '../../shared/notices/types';
import { Project, type ProjectInput } from '../../shared/project/schemas';

function project(overrides: Partial<ProjectInput> = {}): Project {
  return Project.parse({
    id: 'INT-2051',
    process: 'paytronix',
    title: 'Loyalty website',
    client: { name: 'Harbor Grill' },
    phase: 'certification',
    timeZone: 'America/Chicago',
    parties: [
      { role: 'technical-consultant', name: 'Tess Kim', email: 'tess.kim@paytronix.example' },
      { role: 'sales', name: 'Sal Ortiz', email: 'sal.ortiz@paytronix.example' },
      { role: 'integrations-team', name: 'Integrations Team', email: 'integrations@paytronix.example' },
      { role: 'client', name: 'Casey Grill', email: 'casey@harbor-grill.example', verified: true },
      { role: 'integrator', name: 'Ida Crumb', email: 'dev@crumbsoft.example', verified: true },
    ],
    scope: 'REST website: registration, reverse enrollment, log in, balance, user info display and update',
    idi: { start: '2027-01-12T21:00:00.000Z', minutes: 60, uid: 'idi-INT-2051@paytronix.example' },
    approvals: [
      {
        subject: 'work-order',
        mode: 'any-one',
        requestedAt: '2027-01-13T15:00:00.000Z',
        summary: 'Crumbsoft builds the website integration.\nPaytronix certifies it.\nCost: 40 hours at the partner rate.',
        decisions: [
          { email: 'casey@harbor-grill.example', role: 'client', decision: 'approved', at: '2027-01-14T15:00:00.000Z' },
          { email: 'dev@crumbsoft.example', role: 'integrator', decision: 'pending' },
        ],
      },
      {
        subject: 'schedule',
        mode: 'all',
        requestedAt: '2027-01-15T15:00:00.000Z',
        revision: 2,
        summary: 'Development: Jan 18 - Feb 19\nClient QA: Feb 22 - Feb 26\nCertification: from Mar 1',
        decisions: [
          { email: 'tess.kim@paytronix.example', role: 'technical-consultant', decision: 'approved' },
          { email: 'sal.ortiz@paytronix.example', role: 'sales', decision: 'pending' },
          { email: 'integrations@paytronix.example', role: 'integrations-team', decision: 'approved' },
          { email: 'casey@harbor-grill.example', role: 'client', decision: 'declined' },
          { email: 'dev@crumbsoft.example', role: 'integrator', decision: 'pending' },
        ],
      },
    ],
    certificationRounds: [
      {
        number: 1,
        cycle: 1,
        materialsCompleteOn: '2027-02-22',
        slotStartsOn: '2027-02-22',
        earliestEndOn: '2027-03-01',
        outcome: 'failed',
        feedback: 'Balance is wrong after a refund.',
      },
      { number: 2, cycle: 2, materialsCompleteOn: '2027-03-03', slotWeek: '2027-03-08', slotStartsOn: '2027-03-08', earliestEndOn: '2027-03-10' },
    ],
    testingCycle: 2,
    createdAt: '2026-12-01T14:00:00.000Z',
    updatedAt: '2027-03-03T16:20:00.000Z',
    version: 21,
    ...overrides,
  });
}

const base = project();
const round2 = base.certificationRounds[1];
if (!round2) throw new Error('fixture: round 2');
const round4 = { ...round2, number: 4, cycle: 4, slotStartsOn: '2027-04-05', earliestEndOn: '2027-04-09', feesFlagged: true };

const extras: NoticeExtras = {
  note: 'The refund flow returns the wrong balance.',
  credentials: 'API user: harbor-test\nAPI secret: s3cr3t-T3st-9f2a',
  round: round2,
  gateMissing: ['every party approving the schedule'],
  quotedText: 'Could development start one week later?\r\nThanks, Casey',
  mail: { from: 'casey@harbor-grill.example', subject: 'Re: [INT-2051] Schedule', receivedAt: '2027-01-16T15:00:00.000Z' },
  reminderNumber: 2,
  stepLabel: 'the schedule',
  waitingFor: 'every party',
};

function context(p: Project = base, more: NoticeExtras = extras): NoticeContext {
  return { project: p, now: '2027-03-04T15:00:00.000Z', teamName: 'Paytronix Integrations', extras: more };
}

const staff: ReadonlySet<string> = new Set(PAYTRONIX_STAFF_TEMPLATE_IDS);
const cases = PAYTRONIX_TEMPLATE_IDS.map((template) => ({ case: template, template }));
const staffCases = cases.filter(({ template }) => staff.has(template));
const clientCases = cases.filter(({ template }) => !staff.has(template));

const longLines = (text: string): string[] => text.split('\n').filter((line) => [...line].length > 78);
/** Plain text wraps at 78 characters; compare phrases across line breaks. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');
/** A long command is broken before its options with a shell continuation; join it back. */
const joined = (text: string): string => text.replace(/ \\\n\s+/g, ' ');

describe('every Paytronix notice', () => {
  it('covers every Paytronix template id', () => {
    expect(cases.length).toBeGreaterThan(30);
    expect(staffCases.length).toBe(PAYTRONIX_STAFF_TEMPLATE_IDS.length);
  });

  it.each(cases)('$case is tagged, names the project and reads on a phone', ({ template }) => {
    const notice = renderNotice(template, context());
    expect(notice.subject).toMatch(/^\[INT-2051\] \S/);
    expect(notice.subject.length).toBeLessThanOrEqual(80);
    expect(flat(notice.text)).toContain('Loyalty website');
    expect(notice.text).toContain('— Paytronix Integrations');
    expect(notice.text).not.toMatch(/undefined|null|\[object Object\]|NaN/);
    expect(longLines(notice.text)).toEqual([]);
    expect(notice.html).toContain('Loyalty website');
    expect(notice.html).not.toMatch(/<script|<img|\bhref=|\bsrc=/i);
  });

  it.each(cases)('$case renders from a bare record with no extras', ({ template }) => {
    const bare = project({ parties: [], approvals: [], certificationRounds: [], idi: undefined, scope: undefined });
    const notice = renderNotice(template, { project: bare, now: 'not a time', teamName: 'Paytronix Integrations' });
    expect(notice.subject).toMatch(/^\[INT-2051\] \S/);
    expect(notice.text).toMatch(/^Hello,\n/);
    expect(notice.text).not.toMatch(/undefined|\[object Object\]/);
    expect(longLines(notice.text)).toEqual([]);
  });

  it.each(cases)('$case keeps CR/LF and HTML from names out of the subject and escapes them in HTML', ({ template }) => {
    const hostile = project({
      title: 'Web\r\nBcc: x@evil.example',
      client: { name: '<script>alert(1)</script>\r\nX-Injected: 1' },
      parties: [
        { role: 'technical-consultant', name: 'Tess <b>Kim</b>\r\nBcc: y@evil.example', email: 'tess.kim@paytronix.example' },
        { role: 'client', name: `<img src=x onerror="alert('c')">`, email: 'casey@harbor-grill.example', verified: true },
        { role: 'integrator', name: 'Ida\nCrumb', email: 'dev@crumbsoft.example', verified: true },
      ],
    });
    const notice = renderNotice(template, context(hostile, { ...extras, quotedText: '<script>steal()</script>', note: '<b>bad</b>' }));
    expect(notice.subject).not.toMatch(/[\r\n]/);
    expect(notice.subject.startsWith('[INT-2051] ')).toBe(true);
    expect(notice.text).not.toContain('\r');
    // the CR/LF became a space (wrapping may still break the line anywhere, as for any text)
    expect(flat(notice.text)).toContain('Web Bcc: x@evil.example');
    expect(notice.html).not.toMatch(/<script|<img|<b>/i);
    expect(notice.html).not.toMatch(/Web\s*\n\s*Bcc|\nX-Injected/);
    expect(notice.html).toContain('Web Bcc: x@evil.example');
  });
});

describe('names from the record in Paytronix notices', () => {
  it('a party name with CR/LF stays on one line in the subject', () => {
    const p = project({
      parties: [{ role: 'client', name: 'Casey\r\nBcc: z@evil.example', email: 'casey@harbor-grill.example', verified: true }],
    });
    const { subject, text } = renderNotice('schedule-declined', context(p));
    expect(subject).toBe('[INT-2051] Casey Bcc: z@evil.example asked to change the schedule');
    expect(text).toContain('- Casey Bcc: z@evil.example (client): declined');
  });

  it('a party name with HTML is escaped in the HTML copy', () => {
    const p = project({
      parties: [
        { role: 'technical-consultant', name: '<img src=x onerror="alert(1)">', email: 'tess.kim@paytronix.example' },
        { role: 'client', name: 'Casey <b>Grill</b>', email: 'casey@harbor-grill.example', verified: true },
      ],
    });
    const schedule = renderNotice('schedule', context(p));
    expect(schedule.text).toContain('Your technical consultant is <img src=x onerror="alert(1)">');
    expect(schedule.html).toContain('Your technical consultant is &lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(schedule.html).toContain('<li>Casey &lt;b&gt;Grill&lt;/b&gt; (client)</li>');
    expect(schedule.html).not.toMatch(/<img|<b>/);
  });
});

describe('Paytronix staff notices', () => {
  const commands: Record<string, { reply: string; cli: string }[]> = {
    'discovery-evaluation': [
      { reply: 'FEASIBLE', cli: 'feasible' },
      { reply: 'NOT FEASIBLE', cli: 'not-feasible --note "why"' },
    ],
    'idi-needed': [
      { reply: 'IDI YYYY-MM-DD HH:MM', cli: 'schedule-idi --at YYYY-MM-DDTHH:MM' },
      { reply: 'IDI HELD', cli: 'idi-held' },
    ],
    'work-order-needed': [{ reply: 'SEND WORK ORDER', cli: 'send-work-order --note' }],
    'work-order-declined': [{ reply: 'SEND WORK ORDER', cli: 'send-work-order --note' }],
    'schedule-needed': [{ reply: 'SEND SCHEDULE', cli: 'send-schedule --note' }],
    'schedule-declined': [{ reply: 'SEND SCHEDULE', cli: 'send-schedule --note' }],
    'test-credentials-needed': [{ reply: 'SEND WELCOME', cli: 'send-welcome' }],
    'development-checklist': [
      { reply: 'TEST CARDS SENT', cli: 'test-cards-sent' },
      { reply: 'TEST USER CREATED', cli: 'test-user-created' },
    ],
    'configuration-check': [{ reply: 'CONFIGURATION', cli: 'configuration --note' }],
    'go-live-ready': [{ reply: 'LIVE', cli: 'live' }],
    // a reminder in the certification phase offers that phase's commands
    'step-reminder': [
      { reply: 'CERTIFIED', cli: 'certified' },
      { reply: 'FAILED', cli: 'certification-failed --note' },
    ],
  };

  // Two staff notices ask for no command: the production credentials are given with the CLI only, and a change request is agreed with the client.
  it.each(staffCases.filter(({ template }) => template !== 'production-credentials-needed' && template !== 'change-request'))(
    '$case shows its reply command on a line of its own and the CLI form',
    ({ template }) => {
      const expected = commands[template];
      expect(expected, `no expected commands listed for ${template}`).toBeDefined();
      const { text, html } = renderNotice(template, context());
      expect(text).toContain('command as the first line');
      for (const { reply, cli } of expected ?? []) {
        expect(text).toContain(`\n  ${reply}\n`);
        expect(joined(text)).toContain(`npx integrations pm INT-2051 ${cli}`);
        expect(html).toContain(`<pre>${reply}</pre>`);
      }
    },
  );

  it('the IDI command gives the project time zone and an example', () => {
    const { text } = renderNotice('idi-needed', context());
    expect(text).toContain('America/Chicago time');
    expect(text).toContain('IDI 2027-01-12 15:00');
  });

  it.each([
    { template: 'test-credentials-needed', cli: 'test-credentials --file credentials.txt' },
    { template: 'production-credentials-needed', cli: 'production-credentials --file credentials.txt' },
  ] as const)('$template asks for credentials by CLI only, never by reply', ({ template, cli }) => {
    const { text } = renderNotice(template, context());
    expect(text).toContain(`npx integrations pm INT-2051 ${cli}`);
    expect(text).toContain('never sent to the system by mail');
    expect(text).not.toMatch(/^ {2}[A-Z ]*CREDENTIALS/m);
    expect(text).not.toContain('s3cr3t-T3st-9f2a');
  });

  it('test-credentials-needed lists what the welcome mail still waits for', () => {
    expect(renderNotice('test-credentials-needed', context()).text).toContain('- every party approving the schedule');
  });

  it('production-credentials-needed says who will and will not receive them', () => {
    const p = project({
      parties: [
        { role: 'client', name: 'Casey Grill', email: 'casey@harbor-grill.example', verified: true },
        { role: 'integrator', name: 'Ida Crumb', email: 'dev@crumbsoft.example', verified: false },
      ],
    });
    const { text } = renderNotice('production-credentials-needed', context(p));
    expect(text).toContain('Casey Grill (client): verified');
    expect(text).toContain('Ida Crumb (integrator): not verified, will not receive them');
  });

  it('discovery-evaluation shows the recorded scope', () => {
    expect(renderNotice('discovery-evaluation', context()).text).toContain('> REST website: registration, reverse enrollment');
  });

  it('schedule-declined names who asked in the subject, quotes them and shows every answer', () => {
    const { subject, text } = renderNotice('schedule-declined', context());
    expect(subject).toBe('[INT-2051] Casey Grill asked to change the schedule');
    expect(text).toContain('> Could development start one week later?\n> Thanks, Casey');
    expect(text).toContain('- Casey Grill (client): declined');
    expect(text).toContain('- Sal Ortiz (sales representative): pending');
  });

  it('step-reminder says which step waits, for whom, and which reminder it is', () => {
    const { subject, text } = renderNotice('step-reminder', context());
    expect(subject).toBe('[INT-2051] Reminder: the schedule for Harbor Grill');
    expect(flat(text)).toContain('Reminder 2: Loyalty website for Harbor Grill is still waiting for the schedule (from every party).');
    expect(flat(text)).toContain('The commands of the current stage (certification)');
  });

  it('step-reminder in discovery offers FEASIBLE / NOT FEASIBLE', () => {
    const { text } = renderNotice('step-reminder', context(project({ phase: 'discovery' })));
    expect(text).toContain('\n  FEASIBLE\n');
    expect(text).toContain('\n  NOT FEASIBLE\n');
  });
});

describe('Paytronix client-side notices', () => {
  it.each(clientCases)('$case shows no staff command line', ({ template }) => {
    expect(renderNotice(template, context()).text).not.toContain('npx integrations');
  });

  it('welcome carries the test-server credentials and warns to keep them private', () => {
    const { text, html } = renderNotice('welcome', context());
    expect(text).toContain('> API user: harbor-test\n> API secret: s3cr3t-T3st-9f2a');
    expect(text).toContain('Keep them private');
    expect(html).toContain('API secret: s3cr3t-T3st-9f2a');
    expect(text).toContain('reply "QA complete"');
  });

  it.each(['welcome', 'production-credentials'] as const)('%s without credentials says they follow separately, with no placeholder', (template) => {
    const { text } = renderNotice(template, context(base, { ...extras, credentials: undefined }));
    expect(text).toContain('follow in a separate mail');
    expect(text).not.toMatch(/secret|password|api key|xxxx|\*\*\*/i);
  });

  it('production-credentials carries them, and never lists unverified addresses', () => {
    const { text } = renderNotice(
      'production-credentials',
      context(base, { ...extras, credentials: 'Prod key: pk-live-77', unverified: ['stranger@else.example'] }),
    );
    expect(text).toContain('> Prod key: pk-live-77');
    expect(text).toContain('Keep them private');
    expect(text).not.toContain('stranger@else.example');
  });

  it('certification-booked gives the round, the start, the earliest end and why', () => {
    const { subject, text } = renderNotice('certification-booked', context());
    expect(subject).toBe('[INT-2051] Certification round 2 booked: starts Mon 2027-03-08');
    expect(text).toContain('- Starts: Mon 2027-03-08');
    expect(text).toContain('- Ends: no earlier than Wed 2027-03-10');
    expect(flat(text)).toContain('no earlier than 5 business days after the last testing material arrived, and the last material arrived on Wed 2027-03-03.');
  });

  it('materials-received gives the new earliest end', () => {
    const moved = { ...round2, materialsCompleteOn: '2027-03-05', earliestEndOn: '2027-03-12' };
    const { subject, text } = renderNotice('materials-received', context(base, { ...extras, round: moved }));
    expect(subject).toContain('round 2 ends Fri 2027-03-12');
    expect(text).toContain('Fri 2027-03-05');
  });

  it('certification-fees names the round, the rounds included and the fees', () => {
    const { subject, text } = renderNotice('certification-fees', context(base, { ...extras, round: round4 }));
    expect(subject).toBe('[INT-2051] Certification round 4: additional fees apply');
    expect(text).toContain('round 4');
    expect(flat(text)).toContain('beyond the 3 rounds included, so additional fees apply');
    expect(flat(text)).toContain('Tess Kim (technical consultant) or Sal Ortiz (sales)');
  });

  it('certification-failed quotes the feedback and asks for READY FOR CERTIFICATION', () => {
    const { text } = renderNotice('certification-failed', context());
    expect(text).toContain('> The refund flow returns the wrong balance.');
    expect(text).toContain('READY FOR CERTIFICATION');
    expect(flat(text)).toContain('That was round 2 of the 3 rounds included');
  });

  it('certification-ready-request tells them what to reply and what to include', () => {
    const { text } = renderNotice('certification-ready-request', context());
    expect(flat(text)).toContain('reply READY FOR CERTIFICATION and attach or include everything we need to access and test');
    expect(text).toContain('3 certification rounds are included');
  });

  it('work-order shows the summary and asks for APPROVED', () => {
    const { subject, text } = renderNotice('work-order', context());
    expect(subject).toBe('[INT-2051] Work order for your approval');
    expect(text).toContain('> Crumbsoft builds the website integration.\n> Paytronix certifies it.\n> Cost: 40 hours at the partner rate.');
    expect(text).toContain('Reply APPROVED, or tell us what to change.');
  });

  it('schedule lists every party that must approve and shows the schedule', () => {
    const { subject, text } = renderNotice('schedule', context());
    expect(subject).toBe('[INT-2051] Revised schedule (version 2) for approval');
    expect(text).toContain('> Development: Jan 18 - Feb 19');
    expect(text).toContain('Everyone listed must approve:');
    for (const who of [
      'Tess Kim (technical consultant)',
      'Sal Ortiz (sales representative)',
      'Integrations Team (integrations team)',
      'Casey Grill (client)',
      'Ida Crumb (integrator)',
    ]) {
      expect(text).toContain(`- ${who}`);
    }
  });

  it('schedule-reminder lists only those still pending', () => {
    const { text } = renderNotice('schedule-reminder', context());
    expect(text).toContain('This is reminder 2');
    expect(text).toContain('Still waiting for:\n\n- Sal Ortiz (sales representative)\n- Ida Crumb (integrator)\n\n');
    expect(text).not.toContain('- Tess Kim');
    expect(text).not.toContain('- Casey Grill');
  });

  it('idi-invitation gives the day, local time and length, and mentions the attached invitation', () => {
    const { subject, text } = renderNotice('idi-invitation', context());
    expect(subject).toBe('[INT-2051] Invitation: IDI for Loyalty website on Tue 2027-01-12');
    expect(text).toContain('When: Tue 2027-01-12, 15:00 to 16:00 (America/Chicago time)');
    expect(text).toContain('Length: 60 minutes');
    expect(text).toContain('invitation is attached');
  });

  it('not-feasible gives the reason and says the project ends', () => {
    const { text } = renderNotice('not-feasible', context());
    expect(text).toContain('> The refund flow returns the wrong balance.');
    expect(flat(text)).toContain('The project ends here');
  });

  it('configuration-differences shows the differences, or says there are none', () => {
    expect(renderNotice('configuration-differences', context(base, { note: 'Production URL: https://api.paytronix.example' })).text).toContain(
      '> Production URL: https://api.paytronix.example',
    );
    expect(renderNotice('configuration-differences', context(base, { note: 'NONE' })).text).toContain('There are no configuration differences');
  });

  it('went-live and project-closed use the monitoring period of the process', () => {
    expect(renderNotice('went-live', context()).text).toMatch(/next 14 days[\s\S]*every 7 days/);
    expect(renderNotice('project-closed', context()).text).toContain('The 14 days of monitoring');
  });

  it('reply-reminder names the step and how to answer', () => {
    const { subject, text } = renderNotice('reply-reminder', context());
    expect(subject).toBe('[INT-2051] Reminder: the schedule');
    expect(flat(text)).toContain('This is reminder 2: we are still waiting for your reply about the schedule for Loyalty website for Harbor Grill.');
    expect(text).toContain('Waiting for: every party.');
    expect(text).toContain('Reply APPROVED, or tell us what to change.');
  });
});
