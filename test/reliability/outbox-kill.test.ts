import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjects, freePort, type Killable, startDynaliteProcess, startRuntimeProcess, type RuntimeProcess } from './processes';

/*
 * The notice outbox with real kills: `npm start` as a child process with the fault point armed
 * (INTEGRATIONS_FAULT=after-decision-write:1), so every reply's decision is written and the process
 * then dies by SIGKILL before its notice goes. The harness starts it again each time; the restart
 * sends what the record's outbox still holds. One kill per reply: 2 here, 50 with SOAK=1 (each
 * restart costs seconds; test/reliability/outbox.test.ts does 50 in-process kills in every run).
 */
const SOAK = process.env['SOAK'] === '1';
const KILLS = SOAK ? 50 : 2;
const PROJECTS = 3;
const SERVICE = 'integrationservices@gocadmium.example';
const poc = (i: number) => `poc${i}@client${i}.example`;

let dataDir: string;
let dbPort: number;
let smtpPort: number;
let db: Killable;
let runtime: RuntimeProcess;
const ids: string[] = [];
let kills = 0;

function exited(child: RuntimeProcess): Promise<void> {
  return new Promise((resolve) =>
    child.process.exitCode !== null || child.process.signalCode !== null ? resolve() : child.process.once('exit', () => resolve()),
  );
}

async function send(index: number): Promise<void> {
  const slot = index % PROJECTS;
  const raw = await new MailComposer({
    from: poc(slot),
    to: SERVICE,
    subject: `Re: [${ids[slot]}] Your integration`,
    messageId: `<kill-${index}@client${slot}.example>`,
    date: new Date(),
    text: `Hello,\n\nQuestion ${index}: when will the kick-off call be scheduled?\n\nThanks`,
  })
    .compile()
    .build();
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({ envelope: { from: poc(slot), to: [SERVICE] }, raw });
  } finally {
    transport.close();
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'outbox-kill-'));
  dbPort = await freePort();
  smtpPort = await freePort();
  db = await startDynaliteProcess(dbPort, join(dataDir, 'dynamodb'));
  runtime = await startRuntimeProcess(dataDir, `http://127.0.0.1:${dbPort}`, smtpPort);
  ids.push(...(await createProjects(runtime, PROJECTS, poc)));
  await runtime.kill();
  // Every reply now kills the runtime after its decision is written and before its notice goes.
  for (let index = 0; index < KILLS; index += 1) {
    runtime = await startRuntimeProcess(dataDir, `http://127.0.0.1:${dbPort}`, smtpPort, { INTEGRATIONS_FAULT: 'after-decision-write:1' });
    await send(index);
    await exited(runtime);
    kills += 1;
  }
  // The last start, unarmed: it sends what the outboxes still hold, then is idle.
  runtime = await startRuntimeProcess(dataDir, `http://127.0.0.1:${dbPort}`, smtpPort);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
}, 600_000);

afterAll(async () => {
  await runtime?.kill();
  await db?.kill();
});

describe(`the runtime killed between ${KILLS} decisions' writes and their notices`, () => {
  it('died once for each reply, at the fault point', () => {
    expect(kills).toBe(KILLS);
  });

  it('sent every notice exactly once after the restarts', async () => {
    const outbox = join(dataDir, 'outbox');
    const mails = await Promise.all((await readdir(outbox)).filter((f) => f.endsWith('.eml')).map(async (f) => simpleParser(await readFile(join(outbox, f)))));
    const questions = mails.filter((m) => (m.subject ?? '').includes('Question from'));
    expect(questions).toHaveLength(KILLS);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(mails.length);
    // One question notice for each reply, quoting it: none lost, none twice.
    for (let index = 0; index < KILLS; index += 1) expect(questions.filter((m) => (m.text ?? '').includes(`Question ${index}:`))).toHaveLength(1);
  });
});
