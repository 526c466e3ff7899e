import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../local/clock';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { RuntimeMetrics } from '../../local/metrics';
import { OutboxMailer } from '../../local/mail';
import { LocalRuntime } from '../../local/runtime';
import type { FaultPoints } from '../../shared/lifecycle/ports';
import type { MailRecord, Project } from '../../shared/project/schemas';

/**
 * Nothing lost, nothing twice (docs/decisions.md#notice-outbox): client questions over several
 * projects, each causing one `question-for-pm` notice, while the runtime dies KILLS times at the
 * fault-injection point, after a decision and its outbox are written and before the notices go, and
 * is started again on the same data folder each time. Every mail is delivered again until it is
 * processed. In the end every notice is in the outbox folder exactly once and nothing is pending.
 *
 * In-process, not child processes: a start of `npm start` (tsx, the AWS SDK) takes seconds on a
 * small machine, so 50 SIGKILLs and restarts would not fit in a minute. The crash is the injection
 * point never returning: the work in flight is abandoned mid-way (its notices unsent), the runtime
 * is abandoned without waiting for it (`abandon`), and a new `LocalRuntime.start` on the same data
 * folder and database resumes: it processes the stored, unprocessed mail again (a redelivery: the
 * duplicate path sends what is pending), sends every active project's outbox, and restarts the
 * workflows, whose tasks send pending entries first. The mail is then delivered once more, as SES
 * may. Mails go one at a time, so nothing else is in flight in the abandoned runtime (a SIGKILL
 * with `INTEGRATIONS_FAULT=after-decision-write:<p>` on `npm start` stops everything at once).
 */
const REPLIES = 100;
const PROJECTS = 10;
const KILLS = 50;
/** Each fresh decision dies with this probability until KILLS is reached (about 75 of 100 expected: 50 near certain). */
const PROBABILITY = 0.75;
const SERVICE = 'integrationservices@gocadmium.example';

let dataDir: string;
let dynamo: LocalDynamo;
let runtime: LocalRuntime;
let crashed: Promise<'crashed'>;
const metrics = new RuntimeMetrics();
const ids: string[] = [];
const figures: Record<string, number> = {};
let kills = 0;
let armed = false;

const poc = (i: number) => `poc${i}@client${i}.example`;
const questionId = (index: number) => `<question-${index}@client${index % PROJECTS}.example>`;

/** The injection point of one runtime: once it has died, whatever reaches the point again hangs too. */
function faultsFor(onCrash: () => void): FaultPoints {
  let dead = false;
  return {
    afterDecisionWrite() {
      if (!dead && !(armed && kills < KILLS && Math.random() < PROBABILITY)) return;
      if (!dead) onCrash();
      dead = true;
      return new Promise<void>(() => undefined);
    },
  };
}

async function boot(): Promise<void> {
  let signal: () => void = () => undefined;
  crashed = new Promise((resolve) => {
    signal = () => resolve('crashed');
  });
  runtime = await LocalRuntime.start({ dataDir, clock: realClock(), smtpPort: 0, dynamoEndpoint: dynamo.endpoint, metrics, faults: faultsFor(signal) });
}

async function question(index: number): Promise<Buffer> {
  const slot = index % PROJECTS;
  return new MailComposer({
    from: poc(slot),
    to: SERVICE,
    subject: `Re: [${ids[slot]}] Your integration`,
    messageId: questionId(index),
    date: new Date(),
    text: `Hello,\n\nQuestion ${index}: when will the kick-off call be scheduled?\n\nThanks`,
  })
    .compile()
    .build();
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'outbox-'));
  dynamo = await startLocalDynamo();
  await boot();
  for (let i = 0; i < PROJECTS; i += 1) {
    const project = await runtime.createProject({
      process: 'cadmium',
      title: `Sync ${i}`,
      client: `Client ${i}`,
      poc: { name: `Poc ${i}`, email: poc(i) },
      pm: { name: 'Sam Lee', email: 'sam.lee@gocadmium.example' },
    });
    ids.push(project.id);
  }
  await runtime.idle();
  armed = true;
  const started = Date.now();
  let deliveries = 0;
  for (let index = 0; index < REPLIES; index += 1) {
    const raw = await question(index);
    // Delivered again until a delivery is processed to its end (acted on, or recognised as a duplicate).
    for (;;) {
      deliveries += 1;
      const outcome = await Promise.race([runtime.deliver(raw, [SERVICE]), crashed]);
      if (outcome !== 'crashed') break;
      kills += 1;
      await runtime.abandon();
      await boot();
    }
  }
  await runtime.idle();
  figures['replies'] = REPLIES;
  figures['deliveries'] = deliveries;
  figures['kills'] = kills;
  figures['seconds'] = Math.round((Date.now() - started) / 100) / 10;
}, 120_000);

afterAll(async () => {
  await runtime?.stop();
  await dynamo?.stop();
});

describe(`${REPLIES} client questions over ${PROJECTS} projects, the runtime killed ${KILLS} times between the decision's write and its notices`, () => {
  let projects: Project[];
  let log: MailRecord[];
  const files = new Map<string, number>();
  const byCause = new Map<string, number>();

  beforeAll(async () => {
    projects = await Promise.all(ids.map((id) => runtime.ports.store.require(id)));
    log = (await Promise.all(ids.map((id) => runtime.ports.store.listMail(id)))).flat();
    for (const name of (await readdir(join(dataDir, 'outbox'))).filter((n) => n.endsWith('.eml'))) {
      const mail = await simpleParser(await readFile(join(dataDir, 'outbox', name)));
      const messageId = mail.messageId ?? name;
      files.set(messageId, (files.get(messageId) ?? 0) + 1);
      // The causing reply: a notice answering a question threads under it (In-Reply-To).
      if (mail.inReplyTo?.startsWith('<question-')) byCause.set(mail.inReplyTo, (byCause.get(mail.inReplyTo) ?? 0) + 1);
    }
    figures['notices'] = [...byCause.values()].reduce((a, b) => a + b, 0);
    figures['mailFiles'] = files.size;
    figures['duplicates'] = [...files.values()].filter((n) => n > 1).length + [...byCause.values()].filter((n) => n > 1).length;
    figures['mailerSendsTwice'] = [...metrics.sends.values()].filter((n) => n > 1).length;
    figures['pending'] = projects.reduce((n, p) => n + p.outbox.length, 0);
    console.log(`outbox fault figures: ${JSON.stringify(figures)}`);
  }, 60_000);

  it(`died ${KILLS} times at the injection point and was started again each time`, () => {
    expect(figures['kills']).toBe(KILLS);
  });

  it('acted on every question once', () => {
    for (const [slot, project] of projects.entries()) {
      const expected = Array.from({ length: REPLIES }, (_, i) => i).filter((i) => i % PROJECTS === slot);
      expect(project.questions).toHaveLength(expected.length);
      expect([...project.processedMessages].sort()).toEqual(expected.map(questionId).sort());
    }
  });

  it('sent every notice exactly once: one question-for-pm per question, no Message-ID twice', () => {
    for (let index = 0; index < REPLIES; index += 1) expect(byCause.get(questionId(index)), questionId(index)).toBe(1);
    expect(figures['duplicates']).toBe(0);
    const logged = log.filter((m) => m.direction === 'out' && m.template === 'question-for-pm');
    expect(logged).toHaveLength(REPLIES);
    expect(new Set(logged.map((m) => m.messageId)).size).toBe(REPLIES);
    for (const mail of logged) expect(files.get(mail.messageId)).toBe(1);
  });

  it('leaves nothing pending', () => {
    expect(figures['pending']).toBe(0);
  });
});

describe('the local outbox folder', () => {
  it('keeps one file per Message-ID: a second send of the same mail writes nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'outbox-mailer-'));
    const calls: boolean[] = [];
    const mail = { messageId: '<same@example>', from: SERVICE, to: ['a@b.example'], replyTo: SERVICE, subject: 's', raw: Buffer.from('Subject: s\r\n\r\nx') };
    await new OutboxMailer(
      folder,
      () => new Date().toISOString(),
      (_m, _f, fresh) => calls.push(fresh),
    ).send(mail);
    // A new mailer (a restarted runtime) knows the folder's mail too.
    const again = new OutboxMailer(
      folder,
      () => new Date().toISOString(),
      (_m, _f, fresh) => calls.push(fresh),
    );
    await again.send(mail);
    await again.send({ ...mail, messageId: '<other@example>' });
    expect(calls).toEqual([true, false, true]);
    expect((await readdir(folder)).filter((n) => n.endsWith('.eml'))).toHaveLength(2);
  });
});
