import { describe, expect, it } from 'vitest';
import { escapeHtml, renderNotice, type NoticeContext, type NoticeExtras, type TemplateId } from '../../shared/notices';
import { cadmiumProcess } from '../../shared/processes/cadmium';
import { cadmium } from '../../shared/processes/cadmium/definition';
import { CADMIUM_TEMPLATE_IDS, STAFF_TEMPLATE_IDS } from '../../shared/processes/cadmium/notices/ids';

import { Project, type ProjectInput } from '../../shared/project';
import { BusinessCalendar, computeTimeline, delayForLateRequirements, type Evidence } from '../../shared/timeline';

const STAFF_TEMPLATES = cadmiumProcess.staffTemplates;

const calendar = new BusinessCalendar();
const timeline = computeTimeline(cadmium, '2027-04-19', calendar);
const lateMail: Evidence = {
  kind: 'mail',
  messageId: '<req-3@acme-events.example>',
  from: 'pat.doe@acme-events.example',
  subject: 'Re: [INT-1042] Requirements',
  receivedAt: '2027-03-18T15:04:00.000Z',
};
const delay = delayForLateRequirements({ process: cadmium, timeline, calendar, completedOn: '2027-03-18', evidence: lateMail, at: lateMail.receivedAt });
if (!delay) throw new Error('fixture: requirements three days late should move the timeline');

function project(overrides: Partial<ProjectInput> = {}): Project {
  return Project.parse({
    id: 'INT-1042',
    process: 'cadmium',
    title: 'Registration sync',
    client: { name: 'Acme Events' },
    phase: 'requirements',
    parties: [
      { role: 'client-poc', name: 'Pat Doe', email: 'pat.doe@acme-events.example', verified: true },
      { role: 'client-poc', name: 'Old Contact', email: 'old@acme-events.example', active: false },
      { role: 'pm', name: 'Sam Lee', email: 'sam.lee@vendor.example' },
    ],
    desiredLaunch: '2027-04-12',
    timeline: { original: timeline, current: timeline },
    requirements: [
      { id: 'test-accounts', label: 'Test accounts', kind: 'test-accounts' },
      {
        id: 'api-credentials',
        label: 'API credentials',
        kind: 'credentials',
        received: { at: '2027-03-02T10:00:00.000Z', evidence: { ...lateMail, receivedAt: '2027-03-02T10:00:00.000Z' } },
      },
    ],
    createdAt: '2026-11-02T14:00:00.000Z',
    updatedAt: '2027-03-18T15:04:00.000Z',
    version: 7,
    ...overrides,
  });
}

const base = project();
const [testAccounts, apiCredentials] = base.requirements;
const extras: NoticeExtras = {
  missing: testAccounts ? [testAccounts] : [],
  received: apiCredentials ? [apiCredentials] : [],
  ledgerEntry: delay.entry,
  launchReasons: ['The earliest launch our queue allows is Mon 2027-04-19.'],
  quotedText: 'Hi Sam,\r\nCould we also sync badge types?\n\nThanks, Pat',
  changeRequest: {
    id: 'CR-2',
    requestedAt: '2027-03-20T09:00:00.000Z',
    requestedBy: 'pat.doe@acme-events.example',
    summary: 'Also sync badge types',
    evidence: lateMail,
    feesApply: true,
    status: 'open',
  },
  reason: { name: 'SenderNotAllowedError', explanation: 'The sender is not a party of this project.' },
  mail: { from: 'stranger@elsewhere.example', subject: 'Quick question', receivedAt: '2027-03-18T15:04:00.000Z' },
  reminderNumber: 2,
};

function context(p: Project = base, more: NoticeExtras = extras): NoticeContext {
  return { project: p, now: '2027-03-18T15:10:00.000Z', teamName: 'Cadmium Integration Services', extras: more };
}

// The EventTech templates, on an EventTech project (the Paytronix ones: paytronix-templates.test.ts).
const cases = CADMIUM_TEMPLATE_IDS.map((template) => ({ case: template, template }));
const staffCases = cases.filter(({ template }) => STAFF_TEMPLATES.has(template));
const clientCases = cases.filter(({ template }) => !STAFF_TEMPLATES.has(template));

const REPLY_COMMAND =
  /^ {2}(CONTRACT REVIEWED|KICKOFF HELD|RESEND PLAN|SUBMITTED FOR DEVELOPMENT|DEVELOPMENT COMPLETE|QA COMPLETE|RESCHEDULE (kickoffDue|requirementsDue|developmentDue|clientTestingDue|launch) YYYY-MM-DD)$/m;
const CLI_COMMAND =
  /npx integrations pm INT-1042 (contract-reviewed|kickoff-held|resend-plan|submitted-for-development|development-complete|qa-complete|reschedule --milestone \w+)/;

function longLines(text: string): string[] {
  return text.split('\n').filter((line) => [...line].length > 78 && !/[a-z]+:\/\/\S/i.test(line));
}

describe('every notice', () => {
  it.each(cases)('$case renders for a realistic project, tagged and readable', ({ template }) => {
    const notice = renderNotice(template, context());
    expect(notice.subject).toMatch(/^\[INT-1042\] \S/);
    expect(notice.subject.length).toBeLessThanOrEqual(80);
    expect(notice.text).toMatch(/^Hi (Pat|Sam),\n\n\S/);
    expect(notice.text).toMatch(/Replies to this mail are read by (the|our) system/);
    expect(notice.text).toContain('— Cadmium Integration Services');
    expect(longLines(notice.text)).toEqual([]);
    expect(notice.html).toMatch(/^<!DOCTYPE html>/);
    expect(notice.html).not.toMatch(/<script|<link|<img|\bsrc=|\bhref=|@import|url\(/i);
  });

  it.each(cases)('$case keeps the subject on one line when the record holds CR/LF', ({ template }) => {
    const hostile = project({ client: { name: 'Acme\r\nBcc: x@evil.example' }, title: 'Sync\nX-Injected: 1' });
    const notice = renderNotice(template, context(hostile, { ...extras, reason: { name: 'Bad\r\nBcc: y@evil.example', explanation: 'x' } }));
    expect(notice.subject).not.toMatch(/[\r\n]/);
    expect(notice.subject.startsWith('[INT-1042] ')).toBe(true);
    expect(notice.text).not.toMatch(/\r|\nBcc:|\nX-Injected/);
  });

  it.each(cases)('$case escapes every value from the record in HTML', ({ template }) => {
    const hostile = project({
      client: { name: '<script>alert(1)</script>' },
      title: 'Sync "quoted" & <b>bold</b>',
      parties: [
        { role: 'client-poc', name: `<img src=x onerror="alert('poc')">`, email: 'pat@acme.example' },
        { role: 'pm', name: 'Sam <script>', email: 'sam@vendor.example' },
      ],
    });
    const notice = renderNotice(template, context(hostile, { ...extras, quotedText: '<script>steal()</script>', launchReasons: ['<b>queue</b>'] }));
    expect(notice.html).not.toMatch(/<script|<img|<b>/i);
    if (notice.text.includes('<script>alert(1)</script>')) expect(notice.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each(cases)('$case renders with no timeline, parties, requirements or extras', ({ template }) => {
    const bare = project({ timeline: { original: null, current: null }, parties: [], requirements: [], desiredLaunch: undefined });
    const notice = renderNotice(template, { project: bare, now: 'not a time', teamName: 'Cadmium Integration Services' });
    expect(notice.subject).toMatch(/^\[INT-1042\] /);
    expect(notice.text).toMatch(/^Hello,\n/);
    expect(longLines(notice.text)).toEqual([]);
  });

  it('refuses a template id that is not one of the template ids', () => {
    expect(() => renderNotice('no-such-notice' as TemplateId, context())).toThrow(/unknown notice template/);
  });
});

describe('staff notices', () => {
  it('are exactly the ones addressed to staff', () => {
    expect([...STAFF_TEMPLATE_IDS].sort()).toEqual(
      [
        'new-contract',
        'contract-review-reminder',
        'confirm-details-escalation',
        'kickoff-call-reminder',
        'kickoff-overdue',
        'plan-escalation',
        'plan-changes-requested',
        'change-request',
        'requirements-overdue',
        'requirements-complete',
        'development-overdue',
        'qa-needed',
        'testing-overdue',
        'client-feedback',
        'question-for-pm',
        'not-acted-on',
      ].sort(),
    );
  });

  it('confirm-details-escalation asks the PM to call the client, with nothing to record', () => {
    const { text } = renderNotice('confirm-details-escalation', context());
    expect(text).toContain('Please contact the client directly');
    expect(text).toContain('nothing to record');
    expect(text).not.toMatch(REPLY_COMMAND);
  });

  it.each(staffCases.filter((c) => c.template !== 'confirm-details-escalation'))(
    '$case says how to act: a reply command for the first line, and the CLI equivalent',
    ({ template }) => {
      const notice = renderNotice(template, context());
      expect(notice.text).toMatch(/^Hi Sam,/);
      expect(notice.text).toContain('command as the first line');
      expect(notice.text).toMatch(REPLY_COMMAND);
      expect(notice.text).toMatch(CLI_COMMAND);
      expect(notice.html).toMatch(
        /<pre>(CONTRACT REVIEWED|KICKOFF HELD|RESEND PLAN|SUBMITTED FOR DEVELOPMENT|DEVELOPMENT COMPLETE|QA COMPLETE|RESCHEDULE \w+ YYYY-MM-DD)<\/pre>/,
      );
    },
  );

  it.each([
    { case: 'new-contract', template: 'new-contract', reply: 'CONTRACT REVIEWED', cli: 'contract-reviewed' },
    { case: 'kickoff-call-reminder', template: 'kickoff-call-reminder', reply: 'KICKOFF HELD', cli: 'kickoff-held' },
    { case: 'plan-changes-requested', template: 'plan-changes-requested', reply: 'RESEND PLAN', cli: 'resend-plan' },
    { case: 'requirements-complete', template: 'requirements-complete', reply: 'SUBMITTED FOR DEVELOPMENT', cli: 'submitted-for-development' },
    { case: 'development-overdue: done', template: 'development-overdue', reply: 'DEVELOPMENT COMPLETE', cli: 'development-complete' },
    {
      case: 'development-overdue: move',
      template: 'development-overdue',
      reply: 'RESCHEDULE developmentDue YYYY-MM-DD',
      cli: 'reschedule --milestone developmentDue --date YYYY-MM-DD',
    },
    { case: 'qa-needed', template: 'qa-needed', reply: 'QA COMPLETE', cli: 'qa-complete' },
    { case: 'testing-overdue', template: 'testing-overdue', reply: 'RESCHEDULE clientTestingDue YYYY-MM-DD', cli: 'reschedule --milestone clientTestingDue' },
  ] satisfies { case: string; template: TemplateId; reply: string; cli: string }[])('$case offers $reply', ({ template, reply, cli }) => {
    const { text } = renderNotice(template, context());
    expect(text).toContain(`\n  ${reply}\n`);
    expect(text).toContain(`npx integrations pm INT-1042 ${cli.split(' --date')[0]}`);
  });

  it('breaks a long CLI command with a shell continuation rather than a long line', () => {
    const { text } = renderNotice('development-overdue', context());
    expect(text).toContain('  npx integrations pm INT-1042 reschedule --milestone developmentDue \\\n    --date YYYY-MM-DD');
  });

  it('not-acted-on names the reason, the sender and subject, and quotes the mail', () => {
    const { text, html } = renderNotice('not-acted-on', context());
    expect(text).toContain('SenderNotAllowedError');
    expect(text).toContain('The sender is not a party of this project.');
    expect(text).toContain('From: stranger@elsewhere.example on Thu 2027-03-18');
    expect(text).toContain('Subject: Quick question');
    expect(text).toContain('> Hi Sam,\n> Could we also sync badge types?\n>\n> Thanks, Pat');
    expect(html).toContain('<blockquote');
  });

  it('overdue notices say how long ago the date passed', () => {
    expect(renderNotice('requirements-overdue', context()).text).toContain('Requirements were due Mon 2027-03-15 (3 days ago); 1 still missing.');
  });
});

describe('client notices', () => {
  it.each(clientCases)('$case greets the active POC and shows no staff commands', ({ template }) => {
    const { text } = renderNotice(template, context());
    expect(text).toMatch(/^Hi Pat,/);
    expect(text).not.toContain('npx integrations');
  });

  it('greets the PM, not the client, in the PM’s copy of a client notice (timeline-moved to staff)', () => {
    const { text } = renderNotice('timeline-moved', { ...context(), forStaff: true });
    expect(text).toMatch(/^Hi Sam,/);
    expect(text.replace(/\s+/g, ' ')).toContain('put the command on the first line');
  });

  it.each(['timeline', 'project-plan', 'timeline-moved', 'ready-to-test'] as const)('%s shows every milestone with its due date', (template) => {
    const { text, html } = renderNotice(template, context());
    for (const [label, due] of [
      ['Kick-off due', 'Mon 2027-03-01'],
      ['Requirements due', 'Mon 2027-03-15'],
      ['Development & testing due', 'Mon 2027-04-05'],
      ['Client testing due', 'Mon 2027-04-12'],
      ['Launch', 'Mon 2027-04-19'],
    ]) {
      expect(text).toContain(`- ${label}: ${due}`);
      expect(html).toContain(`<td>${escapeHtml(label ?? '')}</td><td>${due}</td>`);
    }
    // The kick-off call reminder is the PM's own date, not the client's.
    expect(text).not.toContain('Kick-off call reminder');
    expect(html).toContain('<table');
  });

  it('says which dates moved off a weekend or holiday, and why', () => {
    const june = project({ timeline: { original: null, current: computeTimeline(cadmium, '2027-06-07', new BusinessCalendar()) } });
    expect(renderNotice('timeline', context(june)).text).toContain('Client testing due: Fri 2027-05-28 (moved from Mon 2027-05-31: Memorial Day)');
  });

  it.each(['timeline', 'project-plan', 'timeline-moved', 'ready-to-test'] as const)('%s says the timeline is not set yet when there is none', (template) => {
    const { text } = renderNotice(template, context(project({ timeline: { original: null, current: null } })));
    expect(text).toMatch(/not set yet/);
  });

  it('the timeline says why the launch is later than asked', () => {
    const { text } = renderNotice('timeline', context());
    expect(text).toContain('later than the date you asked for (Mon 2027-04-12)');
    expect(text).toContain('- The earliest launch our queue allows is Mon 2027-04-19.');
  });

  it('the project plan gives scope, requirements (marking received ones), due dates and the 48-hour approval', () => {
    const { text } = renderNotice('project-plan', context());
    expect(text).toContain('within 48 hours');
    expect(text).toContain('Scope: Registration sync.');
    expect(text).toContain('Requirements, due Mon 2027-03-15:');
    expect(text).toContain('- Test accounts\n- API credentials (received, thank you)');
    expect(text).toContain('Reply APPROVED to approve, or tell us what to change.');
  });

  it('requirements-ack names what arrived and what is still missing', () => {
    const { text } = renderNotice('requirements-ack', context());
    expect(text).toContain('Received:\n\n- API credentials');
    expect(text).toContain('Still missing (due Mon 2027-03-15):\n\n- Test accounts');
  });

  it('requirements-ack says when everything is in', () => {
    const { subject, text } = renderNotice('requirements-ack', context(base, { received: extras.received ?? [], missing: [] }));
    expect(subject).toBe('[INT-1042] All requirements received');
    expect(text).toContain('everything is in');
    expect(text).not.toContain('Still missing');
  });

  it('timeline-moved shows the days, the reason and each move from → to', () => {
    const moved = project({ timeline: { original: timeline, current: delay.timeline }, ledger: [delay.entry] });
    const { text, html } = renderNotice('timeline-moved', context(moved, {}));
    expect(text).toContain('launch is now Thu 2027-04-22');
    expect(text).toMatch(/The dates moved 3 days later\. Why: Requirements completed 2027-03-18/);
    expect(text).toContain('- Development & testing due: Mon 2027-04-05 → Thu 2027-04-08');
    expect(text).toContain('- Client testing due: Mon 2027-04-12 → Thu 2027-04-15');
    expect(text).toContain('- Launch: Mon 2027-04-19 → Thu 2027-04-22');
    expect(html).toContain('<li>Launch: Mon 2027-04-19 → Thu 2027-04-22</li>');
  });

  it('ready-to-test gives the client-testing due date and how to reply', () => {
    const { text } = renderNotice('ready-to-test', context());
    expect(text).toContain('Please test by Mon 2027-04-12.');
    expect(text).toMatch(/APPROVED/);
    expect(text).toMatch(/feedback/);
  });

  it('change-request-ack quotes the change and says additional fees apply', () => {
    const { subject, text } = renderNotice('change-request-ack', context());
    expect(subject).toBe('[INT-1042] Change request CR-2 recorded');
    expect(text).toContain('> Also sync badge types');
    expect(text).toContain('Additional fees apply.');
  });

  it('live gives reminders and numbered troubleshooting steps', () => {
    const { text, html } = renderNotice('live', context());
    expect(text).toMatch(/1\. Check that the credentials[\s\S]*2\. Check the Cadmium status page[\s\S]*3\. Collect example IDs[\s\S]*4\. Reply to this mail/);
    expect(html).toContain('<ol>');
  });
});

describe('plain text on a phone', () => {
  it('wraps long values at 78 characters but never breaks a URL', () => {
    const url = `https://status.example.com/${'x'.repeat(90)}`;
    const long = project({ client: { name: 'The Extraordinarily Long-Named International Association of Event Professionals' } });
    const { text } = renderNotice('question-for-pm', context(long, { quotedText: `See ${url} and ${'y'.repeat(120)}` }));
    expect(longLines(text)).toEqual([]);
    expect(text).toContain(url);
  });

  it('escapes &, <, >, " and \' in HTML', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
});
