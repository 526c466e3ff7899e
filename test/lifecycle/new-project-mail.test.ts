import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../local/clock';
import { LocalRuntime } from '../../local/runtime';
import { readNewProjectForm } from '../../shared/lifecycle/new-project-form';

/*
 * The contract notification as a form: a staff mail to the service address whose first line is
 * NEW PROJECT creates the project and starts its execution, on the local runtime through the
 * inbound path (SMTP-equivalent delivery with SES verdicts).
 */
const SERVICE = 'integrationservices@gocadmium.example';
let runtime: LocalRuntime;
let counter = 0;

function form(from: string, body: string): Buffer {
  counter += 1;
  const headers = [
    `From: ${from}`,
    `To: ${SERVICE}`,
    'Subject: New contract: Acme Events',
    `Message-ID: <form-${counter}@gocadmium.example>`,
    `Date: ${new Date().toUTCString()}`,
  ];
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`);
}

const GOOD = `NEW PROJECT
Process: cadmium
Client: Acme Events
Title: Registration sync
POC: Pat Doe <pat.doe@acme-events.example>
PM: Sam Lee <sam.lee@gocadmium.example>

Thanks,
Sam`;

async function outbox(): Promise<{ to: string; subject: string; text: string }[]> {
  const dir = runtime.outboxDir;
  const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.eml'));
  return Promise.all(
    files.map(async (f) => {
      const parsed = await simpleParser(await readFile(join(dir, f)));
      return { to: parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '', subject: parsed.subject ?? '', text: parsed.text ?? '' };
    }),
  );
}

beforeAll(async () => {
  runtime = await LocalRuntime.start({ dataDir: await mkdtemp(join(tmpdir(), 'new-project-mail-')), clock: realClock(), smtpPort: 0 });
});
afterAll(async () => {
  await runtime?.stop();
});

describe('a NEW PROJECT form by mail', () => {
  it('creates the project from a staff mail that passed DMARC, and starts its execution', async () => {
    const result = await runtime.deliver(form('Sam Lee <sam.lee@gocadmium.example>', GOOD), [SERVICE]);
    expect(result).toMatchObject({ actedOn: true });
    const project = await runtime.ports.store.require(result.projectId ?? '');
    expect(project).toMatchObject({ process: 'cadmium', client: { name: 'Acme Events' }, title: 'Registration sync', phase: 'contracted' });
    expect(project.parties.map((p) => [p.role, p.email])).toEqual([
      ['client-poc', 'pat.doe@acme-events.example'],
      ['pm', 'sam.lee@gocadmium.example'],
    ]);
    expect(runtime.executions.get(project.id)?.status).toBe('running');
    expect((await runtime.ports.store.listMail(project.id)).some((m) => m.direction === 'in' && m.readAs?.summary?.includes('created'))).toBe(true);
  });

  it('creates nothing twice when the same mail is delivered again', async () => {
    const raw = form('sam.lee@gocadmium.example', GOOD.replace('Acme Events', 'Beta Events'));
    const first = await runtime.deliver(raw, [SERVICE]);
    const again = await runtime.deliver(raw, [SERVICE]);
    expect(first.actedOn).toBe(true);
    expect(again).toMatchObject({ actedOn: false, reason: 'DuplicateMessageError' });
    // The list is a secondary index (eventually consistent on AWS too): read it once the workflow's tasks are done.
    await runtime.idle();
    expect((await runtime.ports.store.listActive()).filter((p) => p.client.name === 'Beta Events')).toHaveLength(1);
  });

  it('finishes the work of a delivery that died after claiming the mail: the project is created and started, once', async () => {
    // As if a first delivery claimed the Message-ID (with the project's id) and then crashed.
    const raw = form('sam.lee@gocadmium.example', GOOD.replace('Acme Events', 'Epsilon Events'));
    const messageId = /Message-ID: (<[^>]+>)/.exec(raw.toString())?.[1] ?? '';
    const id = await runtime.ports.store.nextProjectId();
    await runtime.ports.store.claimMessage({ messageId, projectId: id, at: new Date().toISOString() });
    const redelivered = await runtime.deliver(raw, [SERVICE]);
    expect(redelivered).toMatchObject({ projectId: id, reason: 'DuplicateMessageError' });
    expect(await runtime.ports.store.require(id)).toMatchObject({ client: { name: 'Epsilon Events' }, phase: 'contracted' });
    expect(runtime.executions.get(id)?.status).toBe('running');
    await runtime.deliver(raw, [SERVICE]);
    await runtime.idle();
    expect((await runtime.ports.store.listActive()).filter((p) => p.client.name === 'Epsilon Events')).toHaveLength(1);
  });

  it('answers a malformed form once, naming each field to fix, and creates nothing', async () => {
    await runtime.idle();
    const before = (await runtime.ports.store.listActive()).length;
    const raw = form('sam.lee@gocadmium.example', 'NEW PROJECT\nClient: Gamma Events\nPOC: Pat Doe\nColour: blue');
    const result = await runtime.deliver(raw, [SERVICE]);
    await runtime.deliver(raw, [SERVICE]);
    expect(result).toMatchObject({ actedOn: false, reason: 'InvalidProjectFormError' });
    await runtime.idle();
    expect((await runtime.ports.store.listActive()).length).toBe(before);
    const answers = (await outbox()).filter((m) => m.subject.startsWith('Not created'));
    expect(answers).toHaveLength(1);
    expect(answers[0]?.to).toContain('sam.lee@gocadmium.example');
    for (const field of ['title: missing', 'pm: missing', 'poc: expected', 'colour: not a field']) expect(answers[0]?.text).toContain(field);
  });

  it.each([
    { case: 'a sender outside the staff domains', from: 'mallory@elsewhere.example', verdicts: {} },
    { case: 'a staff address whose DMARC did not pass (GRAY: no proof)', from: 'sam.lee@gocadmium.example', verdicts: { dmarc: 'GRAY' } },
    { case: 'a staff address whose DMARC failed (forged)', from: 'sam.lee@gocadmium.example', verdicts: { dmarc: 'FAIL' } },
  ])('does nothing for $case', async ({ from, verdicts }) => {
    await runtime.idle();
    const before = (await runtime.ports.store.listActive()).length;
    const mailsBefore = (await outbox()).length;
    const result = await runtime.deliver(form(from, GOOD.replace('Acme Events', 'Delta Events')), [SERVICE], verdicts);
    expect(result).toMatchObject({ actedOn: false, reason: 'NewProjectNotAllowedError' });
    await runtime.idle();
    expect((await runtime.ports.store.listActive()).length).toBe(before);
    expect((await outbox()).length).toBe(mailsBefore);
  });
});

describe('reading the form', () => {
  it.each([
    { case: 'keys and the process in any case; what is missing', text: 'new project\nPROCESS: Paytronix\nTime Zone: Europe/Paris', problem: 'scope: missing' },
    { case: 'an unknown process', text: 'NEW PROJECT\nProcess: acme\nClient: A\nTitle: T', problem: 'unknown process "acme"' },
  ])('names the problem: $case', ({ text, problem }) => {
    const read = readNewProjectForm(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join('\n')).toContain(problem);
  });

  it('reads a Paytronix form, the integrator left out, and stops at the signature', () => {
    const read = readNewProjectForm(
      'NEW PROJECT\nProcess: paytronix\nClient: Harbor Grill\nTitle: Loyalty website\nScope: Loyalty on the website\nTC: Tess Cole <tess@vendor.example>\nSales: Sal Ruiz <sal@vendor.example>\nTeam: integrations@vendor.example\nContact: Casey Grill <casey@harbor-grill.example>\nTime zone: America/Chicago\n\n-- \nTess',
    );
    expect(read).toMatchObject({
      ok: true,
      input: { process: 'paytronix', client: 'Harbor Grill', integrationsTeam: 'integrations@vendor.example', timeZone: 'America/Chicago' },
    });
  });
});
