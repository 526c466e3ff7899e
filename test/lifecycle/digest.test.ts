import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import type { LifecyclePorts, OutboundMail } from '../../shared/lifecycle/ports';
import { newProject, nextDeadline, remind, runStaffCommand } from '../../shared/lifecycle/service';
import { digestFor, sendDigests } from '../../shared/lifecycle/service/digest';
import type { Project } from '../../shared/project/schemas';
import { testPorts } from '../helpers/ports';

/*
 * The PMs' daily digest (docs/workflow.md#reminders), on dynalite, in America/New_York (the
 * projects' default zone): Sam's project waits on Sam's contract review, Ana's on the client's
 * details (nothing due). 2027-01-04 is a Monday; 2027-01-18 is Martin Luther King Jr. Day.
 */
const SAM = 'sam.lee@gocadmium.example';
const ANA = 'ana.ruiz@gocadmium.example';
let dynamo: LocalDynamo;
let ports: LifecyclePorts;
let now = '2027-01-04T11:00:00.000Z';
const sent: OutboundMail[] = [];
let sams: Project;
let anas: Project;

const digests = () => sent.filter((m) => m.subject.startsWith('Your integrations digest'));
async function runAt(at: string) {
  now = at;
  const before = digests().length;
  const run = await sendDigests(ports, at);
  return { run, mails: digests().slice(before) };
}
const textOf = async (mail: OutboundMail | undefined) => (await simpleParser(mail?.raw ?? Buffer.from(''))).text?.replace(/\s+/g, ' ') ?? '';

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  ports = await testPorts(dynamo, { sent, overrides: { clock: { now: () => now } } });
  const create = (client: string, pm: { name: string; email: string }) =>
    newProject(ports, {
      process: 'cadmium',
      title: 'Registration sync',
      client,
      poc: { name: 'Pat Doe', email: `pat@${client.toLowerCase().replace(/\W+/g, '-')}.example` },
      pm,
    });
  sams = await create('Acme Events', { name: 'Sam Lee', email: SAM });
  anas = await create('Globex Meetings', { name: 'Ana Ruiz', email: ANA });
  await nextDeadline(ports, sams.id, 'contract-review');
  await runStaffCommand(ports, anas.id, { action: 'contract-reviewed' }, ANA);
  await nextDeadline(ports, anas.id, 'details');
}, 30_000);
afterAll(async () => {
  await dynamo?.stop();
});

describe('the daily digest', () => {
  it('sends nothing before 08:00 local', async () => {
    const { run, mails } = await runAt('2027-01-04T12:30:00.000Z');
    expect(mails).toEqual([]);
    expect([...run.notNow].sort()).toEqual([ANA, SAM]);
  });

  it('from 08:00 local sends one mail to a PM with a step waiting on them, with the command, and none to a PM with nothing due', async () => {
    const { run, mails } = await runAt('2027-01-04T13:00:00.000Z');
    expect(mails.map((m) => m.to)).toEqual([[SAM]]);
    expect(run.quiet).toEqual([ANA]);
    const text = await textOf(mails[0]);
    expect(text).toContain('Waiting on you:');
    expect(text).toContain(`${sams.id} (Acme Events) waiting on you: contract review; since Mon 2027-01-04`);
    expect(text).toContain(`npx integrations pm ${sams.id} contract-reviewed (or reply CONTRACT REVIEWED)`);
    expect(mails[0]?.raw.toString()).toMatch(/^Auto-Submitted: auto-generated/m);
    expect(mails[0]?.subject).not.toMatch(/\[INT-/);
  });

  it('sends none twice the same day, whatever happens later that day', async () => {
    await ports.store.putUnmatched({
      mailId: 'MAIL-00000000000A',
      messageId: '<lost@acme-events.example>',
      rawRef: 'raw/lost.eml',
      receivedAt: '2027-01-04T16:00:00.000Z',
      from: 'someone@acme-events.example',
      to: ['integrationservices@gocadmium.example'],
      subject: 'Our launch',
      kind: 'human',
      intent: 'inform',
      reason: 'UnmatchedMailError',
      explanation: 'a party of two projects',
      candidates: [sams.id, 'INT-9999'],
      verdicts: { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
    });
    const { run, mails } = await runAt('2027-01-04T17:00:00.000Z');
    expect(mails).toEqual([]);
    expect(run.already).toEqual([SAM]);
  });

  it('the next business day says the step becomes overdue today, and lists the unmatched mail with the assign command to its candidate’s PM only', async () => {
    now = '2027-01-05T13:00:00.000Z';
    const digest = await digestFor(ports, SAM, '2027-01-05');
    expect(digest.items.map((i) => i.kind)).toEqual(['waiting-on-you', 'unmatched']);
    const { mails } = await runAt('2027-01-06T13:00:00.000Z');
    expect(mails.map((m) => m.to)).toEqual([[SAM]]);
    const text = await textOf(mails[0]);
    expect(text).toContain('Due today:');
    expect(text).toContain(`${sams.id} (Acme Events) becomes overdue today: contract review`);
    expect(text).toContain('Mail that found no project:');
    expect(text).toContain(`npx integrations assign MAIL-00000000000A ${sams.id}`);
  });

  it('lists an overdue step once its overdue reminder went out', async () => {
    const deadline = await nextDeadline(ports, sams.id, 'contract-review');
    now = deadline.at;
    await remind(ports, sams.id, 'contract-review');
    const { mails } = await runAt('2027-01-07T14:00:00.000Z');
    const text = await textOf(mails[0]);
    expect(mails).toHaveLength(1);
    expect(text).toContain('Overdue:');
    expect(text).toContain(`${sams.id} (Acme Events) overdue: contract review; since Mon 2027-01-04 → npx integrations pm ${sams.id} contract-reviewed`);
  });

  it('sends none on a weekend or a holiday, and again on the next business day', async () => {
    expect((await runAt('2027-01-09T15:00:00.000Z')).mails).toEqual([]);
    expect((await runAt('2027-01-10T15:00:00.000Z')).mails).toEqual([]);
    expect((await runAt('2027-01-18T15:00:00.000Z')).mails).toEqual([]);
    expect((await runAt('2027-01-19T15:00:00.000Z')).mails.map((m) => m.to)).toEqual([[SAM]]);
  });

  it('sends unmatched mail without candidates to every PM, and nothing once every item is settled', async () => {
    await ports.store.putUnmatched({
      mailId: 'MAIL-00000000000B',
      messageId: '<who@elsewhere.example>',
      rawRef: 'raw/who.eml',
      receivedAt: '2027-01-19T16:00:00.000Z',
      from: 'who@elsewhere.example',
      to: ['integrationservices@gocadmium.example'],
      subject: 'Hello?',
      kind: 'human',
      intent: 'question',
      reason: 'UnmatchedMailError',
      explanation: 'no project',
      candidates: [],
      verdicts: { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
    });
    const { mails } = await runAt('2027-01-20T13:00:00.000Z');
    expect(mails.map((m) => m.to[0]).sort()).toEqual([ANA, SAM]);
    expect(await textOf(mails.find((m) => m.to.includes(ANA)))).toContain('npx integrations assign MAIL-00000000000B INT-…');

    for (const id of ['MAIL-00000000000A', 'MAIL-00000000000B']) await ports.store.assignUnmatched(id, { projectId: sams.id, at: now, by: SAM });
    now = '2027-01-20T14:00:00.000Z';
    await runStaffCommand(ports, sams.id, { action: 'contract-reviewed' }, SAM);
    await nextDeadline(ports, sams.id, 'details');
    const { run, mails: quiet } = await runAt('2027-01-21T13:00:00.000Z');
    expect(quiet).toEqual([]);
    expect([...run.quiet].sort()).toEqual([ANA, SAM]);
  });
});
