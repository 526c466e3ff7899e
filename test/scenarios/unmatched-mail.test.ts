import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../local/clock';
import { startControl } from '../../local/control';
import { composeMail } from '../../local/replies';
import { LocalRuntime } from '../../local/runtime';
import { Scenario } from '../../local/scenario';
import { unmatchedMailId } from '../../shared/lifecycle/service/unmatched';
import type { Project } from '../../shared/project/schemas';
import { cli } from '../helpers/cli';
import { ACME, PM, POC, run, scenario, UNTIL_PLAN, type Run } from './helpers';

const SCENARIO_TIMEOUT = 120_000;
const SERVICE = 'integrationservices@gocadmium.example';
const TEAM = 'integrations-team@gocadmium.example';
const STRANGER = 'lee.park@newcorp.example';

/** Every mail of the run's outbox, parsed: who it went to, its subject, its text, its attachments. */
async function outbox(result: Run) {
  const mails = [];
  for (const file of (await readdir(join(result.dataDir, 'outbox'))).sort()) {
    const mail = await simpleParser(await readFile(join(result.dataDir, 'outbox', file)));
    const to = [mail.to]
      .flat()
      .flatMap((a) => a?.value ?? [])
      .map((a) => a.address?.toLowerCase() ?? '');
    mails.push({
      to,
      subject: mail.subject ?? '',
      // Lines wrapped for mail clients, joined again to read.
      text: (mail.text ?? '').replace(/\s+/g, ' '),
      inReplyTo: mail.inReplyTo,
      autoSubmitted: String(mail.headers.get('auto-submitted') ?? ''),
      attachments: mail.attachments.map((a) => a.contentType),
    });
  }
  return mails;
}

/*
 * The plan goes out Fri 2027-02-26 17:00 UTC (UNTIL_PLAN). The POC then writes a fresh mail, not a
 * reply: no reply key, no thread, no [INT-…] tag. It finds its project by its sender and is read in
 * the project's current step (plan approval); without a DMARC pass its approval is the PM's to decide.
 */
describe('a fresh mail from the POC', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(
      scenario(
        [
          ...UNTIL_PLAN,
          [
            '2027-02-27T15:00:00Z',
            {
              type: 'mail',
              from: POC,
              subject: 'The plan',
              text: 'Approved, thanks.',
              verdicts: { dmarc: 'GRAY', dkim: 'GRAY' },
              attachments: [],
              autoReply: false,
            },
          ],
          ['2027-02-27T16:00:00Z', { type: 'mail', from: POC, subject: 'The plan', text: 'Approved, thanks.', attachments: [], autoReply: false }],
        ],
        '2027-03-01T00:00:00Z',
      ),
    );
  }, SCENARIO_TIMEOUT);

  const inbound = () => result.project.mail.filter((m) => m.direction === 'in' && m.subject === 'The plan');

  it('reaches its project by its sender and is read in the current step', () => {
    expect(inbound().map((m) => m.at.slice(0, 16))).toEqual(['2027-02-27T15:00', '2027-02-27T16:00']);
    expect(inbound()[1]?.readAs).toMatchObject({ intent: 'approve', summary: expect.stringContaining('approved the project plan') });
    expect(result.project.approvals).toEqual([expect.objectContaining({ subject: 'project-plan', status: 'approved' })]);
    expect(['requirements', 'developer-review', 'development']).toContain(result.project.phase);
  });

  it('leaves an approval matched only by its sender to the PM without a DMARC pass', () => {
    expect(inbound()[0]?.readAs).toMatchObject({
      rejectedFor: 'UnprovenDecisionError',
      summary: 'approve matched only by the sender: not acted on, the PM decides',
    });
    const told = result.project.mail.filter((m) => m.direction === 'out' && m.template === 'not-acted-on');
    expect(told.map((m) => [m.to, m.at.slice(0, 16)])).toEqual([[[PM], '2027-02-27T15:00']]);
  });

  it('puts nothing in the inbox and forwards nothing to the team', async () => {
    expect(result.result.inbox).toEqual([]);
    expect((await outbox(result)).filter((m) => m.to.includes(TEAM))).toEqual([]);
  });
});

/*
 * Mail that finds no project: a stranger writes three times (twice on Tue 2027-01-05, once the next
 * day), one of them delivered twice; a mail daemon bounces something the service never sent; an
 * out-of-office answers nothing. The POC of two projects writes fresh mail: a person picks.
 */
describe('mail that finds no project', () => {
  let result: Run;
  let mails: Awaited<ReturnType<typeof outbox>>;
  beforeAll(async () => {
    const mail = (key: string, from: string, subject: string, text: string, extra: Record<string, unknown> = {}) => ({
      type: 'mail',
      key,
      from,
      subject,
      text,
      ...extra,
    });
    const other = { ...ACME, key: 'beta', title: 'Badge printing', client: 'Acme Events (Beta)' };
    result = await run(
      Scenario.parse({
        start: '2027-01-04T14:00:00Z',
        end: '2027-01-09T00:00:00Z',
        projects: [ACME, other],
        steps: [
          {
            at: '2027-01-05T14:00:00Z',
            ...mail('first', STRANGER, 'Integrating with you', 'Hello, we would like to integrate our ticketing with your platform.'),
          },
          { at: '2027-01-05T14:05:00Z', type: 'redeliver' },
          { at: '2027-01-05T18:00:00Z', ...mail('second', STRANGER, 'Integrating with you', 'Following up on my mail of this morning.') },
          { at: '2027-01-06T14:00:00Z', ...mail('third', STRANGER, 'Still interested', 'Any news?') },
          { at: '2027-01-06T15:00:00Z', type: 'eml', file: '../fixtures/mail/bounce_qmail_failure_notice.eml' },
          { at: '2027-01-06T16:00:00Z', ...mail('ooo', 'kim@faraway.example', 'Out of office', 'I am away until Monday.', { autoReply: true }) },
          {
            at: '2027-01-06T17:00:00Z',
            ...mail('spoofed', 'pay@bills.example', 'Invoice', 'Please pay the attached invoice.', { verdicts: { spam: 'FAIL' } }),
          },
          { at: '2027-01-07T15:00:00Z', ...mail('both', POC, 'Our details', 'Quick question: who do we send the badge layouts to?') },
          { at: '2027-01-07T16:00:00Z', type: 'assign', mail: 'both', project: 'beta' },
          { at: '2027-01-07T17:00:00Z', type: 'assign', mail: 'first', project: 'acme' },
          { at: '2027-01-07T17:05:00Z', type: 'assign', mail: 'first', project: 'beta' },
        ],
      }),
    );
    mails = await outbox(result);
  }, SCENARIO_TIMEOUT);

  const kept = (key: string) => result.result.inbox.find((m) => m.key === key);
  const receipts = () => mails.filter((m) => m.to.includes(STRANGER));
  const forwards = () => mails.filter((m) => m.to.includes(TEAM));

  it('keeps every one in the inbox, newest first, with why', () => {
    const inbox = result.result.inbox;
    expect(inbox.map((m) => m.receivedAt)).toEqual([...inbox.map((m) => m.receivedAt)].sort().reverse());
    expect(inbox).toHaveLength(7);
    expect(kept('second')).toMatchObject({ from: STRANGER, subject: 'Integrating with you', kind: 'human', reason: 'UnmatchedMailError' });
    expect(kept('second')?.explanation).toContain('an active party of no active project');
    expect(inbox.find((m) => m.kind === 'bounce')).toMatchObject({ from: 'mailer-daemon@mail.harbourfair.example', reason: 'UnmatchedMailError' });
    expect(kept('both')?.candidates).toEqual(result.result.projects.map((p) => p.id).sort());
  });

  it('forwards each mail to the team once, the original attached, a redelivery not again', () => {
    expect(forwards()).toHaveLength(7);
    for (const m of result.result.inbox) {
      const forward = forwards().filter((f) => f.subject.startsWith(`Unmatched mail ${m.mailId}:`));
      expect(forward).toHaveLength(1);
      expect(forward[0]?.attachments).toEqual(['message/rfc822']);
      expect(forward[0]?.text).toContain(`integrations assign ${m.mailId} INT-`);
      expect(m.forwardedAt).toBe(m.receivedAt);
    }
  });

  it('answers the stranger at most once a day: two the same day and one the next is two answers', () => {
    expect(receipts().map((m) => m.subject)).toEqual(['Re: Integrating with you', 'Re: Still interested']);
    expect(receipts()[0]?.text).toContain('a person on our team will look at it');
    expect(receipts()[0]?.autoSubmitted).toBe('auto-replied');
    expect(kept('first')?.answeredAt?.slice(0, 16)).toBe('2027-01-05T14:00');
    expect(kept('second')?.answeredAt).toBeUndefined();
    expect(kept('third')?.answeredAt?.slice(0, 16)).toBe('2027-01-06T14:00');
    expect(forwards().find((f) => f.subject.includes(kept('second')?.mailId ?? '?'))?.text).toContain('already answered today');
  });

  it('never answers a bounce, an automatic reply, or a mail SES calls spam', () => {
    const answeredTo = new Set(mails.flatMap((m) => m.to));
    for (const address of ['mailer-daemon@mail.harbourfair.example', 'kim@faraway.example', 'pay@bills.example']) expect(answeredTo.has(address)).toBe(false);
    for (const key of ['ooo', 'spoofed']) expect(kept(key)?.answeredAt).toBeUndefined();
    expect(result.result.inbox.find((m) => m.kind === 'bounce')?.answeredAt).toBeUndefined();
    expect(forwards().find((f) => f.subject.includes(kept('spoofed')?.mailId ?? '?'))?.text).toContain('Careful: SES classified the mail as spam.');
  });

  it('does not answer the POC of two projects either way until a person picks: assigned, it is read there as their reply', () => {
    const beta = result.result.projects.find((p) => p.key === 'beta');
    expect(kept('both')?.assigned).toMatchObject({ projectId: beta?.id, by: ACME.pm.email, actedOn: true });
    const read = beta?.mail.find((m) => m.direction === 'in' && m.subject === 'Our details');
    expect(read?.readAs).toMatchObject({ intent: 'question' });
    expect(beta?.openItems.questions).toEqual([expect.stringContaining('who do we send the badge layouts to?')]);
    expect(beta?.mail.filter((m) => m.direction === 'out' && m.template === 'question-for-pm')).toHaveLength(1);
    // The POC is a person: the receipt went out once, on the day.
    expect(mails.filter((m) => m.to.includes(POC) && m.subject === 'Re: Our details')).toHaveLength(1);
  });

  it('reads an assigned stranger’s mail as theirs: not a party, so the PM is told with their words, and only once', () => {
    const acme = result.result.projects.find((p) => p.key === 'acme');
    expect(kept('first')?.assigned).toMatchObject({ projectId: acme?.id, actedOn: false, reason: 'SenderNotAllowedError' });
    const read = acme?.mail.filter((m) => m.direction === 'in' && m.from === STRANGER);
    expect(read?.map((m) => m.readAs?.rejectedFor)).toEqual(['SenderNotAllowedError']);
    expect(acme?.mail.filter((m) => m.direction === 'out' && m.template === 'not-acted-on').map((m) => m.at.slice(0, 16))).toEqual(['2027-01-07T17:00']);
    // The second assignment (to beta) was refused: it stays with acme.
    const beta = result.result.projects.find((p) => p.key === 'beta');
    expect(beta?.mail.some((m) => m.from === STRANGER)).toBe(false);
  });
});

/* The staff API and the CLI against the local runtime: the inbox, one line a mail; assign; the error contract. */
describe('integrations inbox and assign', () => {
  let runtime: LocalRuntime;
  let control: { port: number; close(): Promise<void> };
  let project: Project;
  const previous = process.env['INTEGRATIONS_DATA_DIR'];
  const base = () => `http://127.0.0.1:${control.port}`;

  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cli-inbox-'));
    runtime = await LocalRuntime.start({ dataDir, clock: realClock(), smtpPort: 0 });
    control = await startControl(runtime, 0);
    await writeFile(join(dataDir, 'runtime.json'), JSON.stringify({ controlPort: control.port }));
    process.env['INTEGRATIONS_DATA_DIR'] = dataDir;
    project = await runtime.createProject({ process: 'cadmium', title: 'Sync', client: 'Acme Events', poc: ACME.poc, pm: ACME.pm });
    await runtime.idle();
  }, 60_000);

  afterAll(async () => {
    if (previous === undefined) delete process.env['INTEGRATIONS_DATA_DIR'];
    else process.env['INTEGRATIONS_DATA_DIR'] = previous;
    await control?.close();
    await runtime?.stop();
  });

  const deliver = async (from: string, subject: string, text: string) => {
    const mail = await composeMail({ from, to: SERVICE, subject, text, at: new Date().toISOString(), attachments: [], autoReply: false });
    return { ...(await runtime.deliver(mail.raw, [SERVICE])), mailId: unmatchedMailId(mail.messageId) };
  };

  it('lists mail that found no project, one line each: id, received, from, subject', async () => {
    expect((await cli('inbox')).stdout).toBe('No unmatched mail.');
    const first = await deliver(STRANGER, 'Integrating with you', 'Hello there.');
    const second = await deliver('ana@other.example', 'A question', 'Do you integrate with badge printers?');
    expect(first).toMatchObject({ actedOn: false, reason: 'UnmatchedMailError' });
    const listed = await cli('inbox');
    expect(listed.code).toBe(0);
    const lines = listed.stdout.split('\n');
    expect(lines[0]).toMatch(/^mail\s+received\s+from\s+subject$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/))).toEqual([
      [second.mailId, expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), 'ana@other.example', 'A question'],
      [first.mailId, expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), STRANGER, 'Integrating with you'],
    ]);
  });

  it('gives one to a project, which reads it as a reply; the inbox no longer lists it; a second time is refused', async () => {
    const inbox = await runtime.ports.store.listUnmatched();
    const mail = inbox.find((m) => m.from === 'ana@other.example');
    const assigned = await cli('assign', mail?.mailId ?? '', project.id.toLowerCase());
    expect(assigned).toMatchObject({ code: 0 });
    expect(assigned.stdout).toBe(`${mail?.mailId} → ${project.id}: question from ana@other.example, not the client POC (not acted on: SenderNotAllowedError).`);
    expect((await cli('inbox')).stdout).not.toContain(mail?.mailId);
    const log = await runtime.ports.store.listMail(project.id);
    expect(log.find((m) => m.direction === 'in' && m.from === 'ana@other.example')).toMatchObject({ rawRef: expect.any(String) });
    const again = await cli('assign', mail?.mailId ?? '', project.id);
    expect(again).toMatchObject({ code: 2, stderr: `integrations: ${mail?.mailId} was already assigned to ${project.id}` });
  });

  it('answers 400 naming the field, 404 for an unknown mail or project, 409 when already assigned', async () => {
    const [waiting] = await runtime.ports.store.listUnmatched();
    const post = (path: string, body: unknown) => fetch(`${base()}${path}`, { method: 'POST', body: JSON.stringify(body) });
    const bad = await post(`/inbox/${waiting?.mailId}/assign`, { projectId: 'acme' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'InvalidAssignmentError', message: expect.stringContaining('projectId') });
    const noProject = await post(`/inbox/${waiting?.mailId}/assign`, { projectId: 'INT-9999' });
    expect(noProject.status).toBe(404);
    expect(await noProject.json()).toMatchObject({ error: 'ProjectNotFoundError' });
    const noMail = await post('/inbox/MAIL-000000000000/assign', { projectId: project.id });
    expect(noMail.status).toBe(404);
    expect(await noMail.json()).toMatchObject({ error: 'UnmatchedMailNotFoundError' });
    expect((await post(`/inbox/${waiting?.mailId}/assign`, { projectId: project.id })).status).toBe(200);
    const twice = await post(`/inbox/${waiting?.mailId}/assign`, { projectId: project.id });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ error: 'MailAlreadyAssignedError' });
    expect((await cli('inbox')).stdout).toBe('No unmatched mail.');
  });

  it('refuses a malformed id in one line before asking the API', async () => {
    expect(await cli('assign', 'hello', project.id)).toMatchObject({
      code: 2,
      stderr: 'integrations: hello: expected a mail id such as MAIL-3F9A2C81D07B (see integrations inbox)',
    });
  });
});
