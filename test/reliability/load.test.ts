import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../local/clock';
import { LocalRuntime, type MailInEvent } from '../../local/runtime';
import { percentile } from './processes';

/**
 * The load suite (issue 7.5): a sustained stream of replies, 20 a second, spread over many active
 * projects, through SMTP on the real clock. Nothing may be lost; the latency percentiles are printed.
 * `npm test` streams for 5 seconds; `npm run test:soak` for a minute.
 */
const SOAK = process.env['SOAK'] === '1';
const RATE_PER_SECOND = 20;
const SECONDS = SOAK ? 60 : 5;
const PROJECTS = 50;
const SERVICE = 'integrationservices@gocadmium.example';

let runtime: LocalRuntime;
const figures: Record<string, number> = {};
const sentAt = new Map<string, number>();
const processedAt = new Map<string, number>();
const actedOn = new Map<string, number>();

beforeAll(async () => {
  runtime = await LocalRuntime.start({ dataDir: await mkdtemp(join(tmpdir(), 'load-')), clock: realClock(), smtpPort: 0 });
  const ids: string[] = [];
  for (let i = 0; i < PROJECTS; i += 1) {
    const project = await runtime.createProject({
      process: 'cadmium',
      title: `Sync ${i}`,
      client: `Client ${i}`,
      poc: { name: `Poc ${i}`, email: `poc${i}@client${i}.example` },
      pm: { name: 'Sam Lee', email: 'sam.lee@gocadmium.example' },
    });
    ids.push(project.id);
  }
  await runtime.idle();
  runtime.events.on('mail-in', (event: MailInEvent) => {
    processedAt.set(event.result.messageId, Date.now());
    if (event.result.actedOn) actedOn.set(event.result.messageId, (actedOn.get(event.result.messageId) ?? 0) + 1);
  });
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: runtime.smtpPort,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 4,
    maxMessages: Infinity,
  });
  const total = RATE_PER_SECOND * SECONDS;
  const started = Date.now();
  const sends: Promise<unknown>[] = [];
  let accepted = 0;
  for (let i = 0; i < total; i += 1) {
    // Paced: mail i leaves at i / rate seconds, whatever the previous ones are doing.
    const due = started + (i * 1000) / RATE_PER_SECOND;
    if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    const slot = i % PROJECTS;
    const messageId = `<load-${i}@client${slot}.example>`;
    const raw = await new MailComposer({
      from: `poc${slot}@client${slot}.example`,
      to: SERVICE,
      subject: `Re: [${ids[slot]}] Your integration`,
      messageId,
      date: new Date(),
      text: `Question ${i}: when is the kick-off call?`,
    })
      .compile()
      .build();
    sentAt.set(messageId, Date.now());
    sends.push(transport.sendMail({ envelope: { from: `poc${slot}@client${slot}.example`, to: [SERVICE] }, raw }).then(() => (accepted += 1)));
  }
  await Promise.all(sends);
  const deadline = Date.now() + 60_000;
  while (processedAt.size < total && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  transport.close();
  const latencies = [...sentAt]
    .map(([id, at]) => (processedAt.get(id) ?? Number.NaN) - at)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  Object.assign(figures, {
    mailsSent: total,
    accepted,
    processed: processedAt.size,
    lost: [...sentAt.keys()].filter((id) => !actedOn.has(id)).length,
    duplicatesActedOn: [...actedOn.values()].filter((n) => n > 1).length,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    ratePerSecond: RATE_PER_SECOND,
    activeProjects: PROJECTS,
    p50LatencyMs: percentile(latencies, 50),
    p95LatencyMs: percentile(latencies, 95),
    p99LatencyMs: percentile(latencies, 99),
  });
  console.log(`load suite figures: ${JSON.stringify(figures)}`);
}, 300_000);

afterAll(async () => {
  await runtime?.stop();
});

describe(`${RATE_PER_SECOND} replies a second for ${SECONDS} s over ${PROJECTS} active projects`, () => {
  it('accepts, processes and acts on every one exactly once', () => {
    expect(figures['accepted']).toBe(RATE_PER_SECOND * SECONDS);
    expect(figures['lost']).toBe(0);
    expect(figures['duplicatesActedOn']).toBe(0);
  });

  it('keeps up: the stream ends within a few seconds of its last mail, the median reply acted on within two', () => {
    // Other suites share the machine's two cores under `npm test`: the bounds leave room for that.
    expect(figures['seconds']).toBeLessThan(SECONDS + 10);
    expect(figures['p50LatencyMs']).toBeLessThan(2_000);
  });

  it('leaves each project with exactly the questions sent to it', async () => {
    const projects = await runtime.ports.store.listActive();
    const questions = projects.reduce((n, p) => n + p.questions.length, 0);
    expect(questions).toBe(RATE_PER_SECOND * SECONDS);
  });
});
