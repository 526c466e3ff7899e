import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import MailComposer from 'nodemailer/lib/mail-composer';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { DynamoProjectStore } from '../../shared/project/adapters/dynamodb-store';
import type { Project } from '../../shared/project/schemas';
import { createProjects, freePort, percentile, startDynaliteProcess, startRuntimeProcess, type Killable, type RuntimeProcess } from './processes';

/**
 * The fault suite (issue 7.3): a burst of mail over several SMTP connections while the runtime is
 * killed (SIGKILL) and restarted, and then the database process too. Every mail the SMTP server
 * accepted must be stored and acted on exactly once; a handler that throws ends dead-lettered.
 */
const SOAK = process.env['SOAK'] === '1';
const MAILS = SOAK ? 2_000 : 500;
const CONNECTIONS = 5;
const PROJECTS = 20;
const SERVICE = 'integrationservices@gocadmium.example';

let dataDir: string;
let dbPort: number;
let smtpPort: number;
let db: Killable;
let runtime: RuntimeProcess;
const ids: string[] = [];
const figures: Record<string, number> = {};
const acceptedAt = new Map<string, number>();
let accepted250 = 0;

const poc = (i: number) => `poc${i}@client${i}.example`;

async function question(index: number): Promise<{ messageId: string; raw: Buffer; project: string }> {
  const slot = index % PROJECTS;
  const project = ids[slot] ?? '';
  const messageId = `<burst-${index}@client${slot}.example>`;
  const raw = await new MailComposer({
    from: poc(slot),
    to: SERVICE,
    subject: `Re: [${project}] Your integration`,
    messageId,
    date: new Date(),
    text: `Hello,\n\nQuestion ${index}: when will the kick-off call be scheduled?\n\nThanks`,
  })
    .compile()
    .build();
  return { messageId, raw, project };
}

/** How long a sender keeps retrying one mail before the suite fails (the restarts take seconds). */
const SEND_DEADLINE_MS = 180_000;

/** One SMTP connection delivering its share of the burst; a refused or broken connection is retried, like an MTA. */
async function sender(queue: number[], onAccepted: () => Promise<void>): Promise<number> {
  let attempts = 0;
  const giveUpAt = Date.now() + SEND_DEADLINE_MS;
  for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
    const mail = await question(index);
    for (;;) {
      attempts += 1;
      const transport = nodemailer.createTransport({
        host: '127.0.0.1',
        port: smtpPort,
        secure: false,
        ignoreTLS: true,
        connectionTimeout: 2_000,
        socketTimeout: 5_000,
      });
      // Like an MTA, but not forever: a runtime that never comes back fails the suite in words, not by hanging it.
      if (Date.now() > giveUpAt) throw new Error(`mail ${index} still not accepted after ${SEND_DEADLINE_MS / 1000} s: the runtime did not come back`);
      try {
        await transport.sendMail({ envelope: { from: poc(index % PROJECTS), to: [SERVICE] }, raw: mail.raw });
        accepted250 += 1;
        acceptedAt.set(mail.messageId, acceptedAt.get(mail.messageId) ?? Date.now());
        await onAccepted();
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 150));
      } finally {
        transport.close();
      }
    }
  }
  return attempts;
}

async function results(): Promise<{ ref: string; result: Record<string, unknown> }[]> {
  const raw = join(dataDir, 'raw');
  const names = await readdir(raw);
  const out = [];
  for (const name of names.filter((n) => n.endsWith('.result.json')))
    out.push({ ref: name.slice(0, -'.result.json'.length), result: JSON.parse(await readFile(join(raw, name), 'utf8')) as Record<string, unknown> });
  return out;
}

async function storedMails(): Promise<string[]> {
  return (await readdir(join(dataDir, 'raw'))).filter((n) => n.endsWith('.eml'));
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'fault-'));
  dbPort = await freePort();
  smtpPort = await freePort();
  db = await startDynaliteProcess(dbPort, join(dataDir, 'dynamodb'));
  runtime = await startRuntimeProcess(dataDir, `http://127.0.0.1:${dbPort}`, smtpPort);
  ids.push(...(await createProjects(runtime, PROJECTS, poc)));
  // A record the handler cannot read (a schema it does not know): mail for it makes the handler throw.
  const dynamo = await connectLocalDynamo(`http://127.0.0.1:${dbPort}`);
  await dynamo.client.send(
    new PutItemCommand({
      TableName: dynamo.tableName,
      Item: {
        pk: { S: 'PROJECT#INT-9999' },
        sk: { S: '#RECORD' },
        type: { S: 'project' },
        version: { N: '1' },
        record: { M: { id: { S: 'INT-9999' }, phase: { S: 'no-such-phase' } } },
      },
    }),
  );
  await dynamo.stop();

  const started = Date.now();
  const queue = Array.from({ length: MAILS }, (_, i) => i);
  let killedRuntime = false;
  let killedDatabase = false;
  const faults: Promise<void>[] = [];
  const onAccepted = async () => {
    if (!killedRuntime && acceptedAt.size >= MAILS * 0.3) {
      killedRuntime = true;
      faults.push(
        (async () => {
          await runtime.kill();
          runtime = await startRuntimeProcess(dataDir, `http://127.0.0.1:${dbPort}`, smtpPort);
        })(),
      );
    }
    if (!killedDatabase && killedRuntime && acceptedAt.size >= MAILS * 0.65) {
      killedDatabase = true;
      faults.push(
        (async () => {
          await db.kill();
          db = await startDynaliteProcess(dbPort, join(dataDir, 'dynamodb'));
        })(),
      );
    }
  };
  const poison = await new MailComposer({
    from: poc(0),
    to: SERVICE,
    subject: 'Re: [INT-9999] Your integration',
    messageId: '<poison@client0.example>',
    date: new Date(),
    text: 'When is the kick-off?',
  })
    .compile()
    .build();
  const poisonSent = (async () => {
    for (;;) {
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
      try {
        await transport.sendMail({ envelope: { from: poc(0), to: [SERVICE] }, raw: poison });
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 150));
      } finally {
        transport.close();
      }
    }
  })();
  const attempts = await Promise.all(Array.from({ length: CONNECTIONS }, () => sender(queue, onAccepted)));
  await poisonSent;
  await Promise.all(faults);
  // Every stored mail ends with a result (acted on, a named reason, or dead-lettered).
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const [stored, done] = [await storedMails(), await results()];
    if (done.length >= stored.length) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  figures['mailsSent'] = MAILS;
  figures['smtpAttempts'] = attempts.reduce((a, b) => a + b, 0);
  figures['accepted250'] = accepted250;
  figures['crashesSurvived'] = (killedRuntime ? 1 : 0) + (killedDatabase ? 1 : 0);
  figures['burstSeconds'] = Math.round((Date.now() - started) / 100) / 10;
}, 600_000);

afterAll(async () => {
  await runtime?.kill();
  await db?.kill();
});

describe(`a burst of ${MAILS} mails over ${CONNECTIONS} SMTP connections, the runtime and then the database killed mid-burst`, () => {
  let projects: Project[];
  let byMessage: Map<string, Record<string, unknown>[]>;

  beforeAll(async () => {
    await runtime.kill(); // the runtime is done: read what it left
    const dynamo: LocalDynamo = await connectLocalDynamo(`http://127.0.0.1:${dbPort}`);
    const store = new DynamoProjectStore(dynamo.client, dynamo.tableName);
    projects = await Promise.all(ids.map((id) => store.require(id)));
    byMessage = new Map();
    for (const { result } of await results()) byMessage.set(String(result['messageId']), [...(byMessage.get(String(result['messageId'])) ?? []), result]);
    // Latency: from the sender's 250 to the result file of the processing that acted on it.
    const latencies = [...acceptedAt]
      .map(([id, at]) => Date.parse(String(byMessage.get(id)?.find((r) => r['actedOn'])?.['processedAt'] ?? '')) - at)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    // Acted on = recorded in its project (the Message-ID in the same write as the decision); a
    // crash after that write and before the result file is written leaves a redelivery that is
    // recognised as a duplicate, so the result files alone would undercount.
    const recorded = projects.flatMap((p) => p.processedMessages);
    const questions = projects.reduce((n, p) => n + p.questions.length, 0);
    figures['stored'] = (await storedMails()).length;
    figures['processed'] = new Set(recorded.filter((id) => acceptedAt.has(id))).size;
    figures['lost'] = [...acceptedAt.keys()].filter((id) => !recorded.includes(id)).length;
    figures['duplicatesActedOn'] = recorded.length - new Set(recorded).size + Math.max(0, questions - new Set(recorded).size);
    figures['redeliveriesRecognised'] = [...byMessage.values()].flat().filter((r) => r['reason'] === 'DuplicateMessageError').length;
    figures['p50LatencyMs'] = percentile(latencies, 50);
    figures['p99LatencyMs'] = percentile(latencies, 99);
    await dynamo.stop();
    console.log(`fault suite figures: ${JSON.stringify(figures)}`);
  }, 60_000);

  it('survived both crashes', () => {
    expect(figures['crashesSurvived']).toBe(2);
  });

  it('stored and acted on every accepted mail exactly once: none lost, none acted on twice', () => {
    expect(acceptedAt.size).toBe(MAILS);
    expect(figures['lost']).toBe(0);
    expect(figures['duplicatesActedOn']).toBe(0);
    expect(figures['processed']).toBe(MAILS);
  });

  it('leaves every project where its mail says: one question per mail sent to it, each Message-ID recorded once', () => {
    for (const [slot, project] of projects.entries()) {
      const expected = [...acceptedAt.keys()].filter((id) => id.endsWith(`@client${slot}.example>`));
      expect(project.questions).toHaveLength(expected.length);
      expect(new Set(project.processedMessages).size).toBe(project.processedMessages.length);
      expect([...project.processedMessages].sort()).toEqual(expected.sort());
    }
  });

  it('retries a handler that throws and then dead-letters its mail, kept with its raw bytes', async () => {
    // A dead letter names its raw mail (the handler never got as far as its Message-ID).
    const names = await storedMails();
    const refs: string[] = [];
    for (const name of names) if ((await readFile(join(dataDir, 'raw', name), 'utf8')).includes('<poison@client0.example>')) refs.push(name);
    expect(refs.length).toBeGreaterThanOrEqual(1);
    const poison = (await results()).filter((r) => refs.includes(r.ref)).map((r) => r.result);
    expect(poison.length).toBe(refs.length);
    expect(poison.every((r) => r['reason'] === 'DeadLetteredError')).toBe(true);
    expect(String(poison[0]?.['readAs'])).toMatch(/^processing failed 3 times: /);
  });
});
