import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { simpleParser } from 'mailparser';
import { realClock } from '../local/clock';
import { LocalRuntime } from '../local/runtime';
import { Project } from '../shared/project/schemas';
import REPLY_TARGET from './fixtures/reply-target.json' with { type: 'json' };

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'mail');
const POC = 'pat.doe@acme-events.example';
const SERVICE = 'integrationservices@gocadmium.example';
const WARM_UP_MESSAGES = 20;
/** The projects the replies are about, in every run. */
const TARGET_PROJECTS = 10;

/** The corpus's typical human replies (under 20 KB), as raw bytes. */
export async function typicalReplies(): Promise<Buffer[]> {
  const replies: Buffer[] = [];
  for (const file of (await readdir(FIXTURES)).filter((f) => f.endsWith('.expected.json')).sort()) {
    const expected = JSON.parse(await readFile(join(FIXTURES, file), 'utf8')) as { kind?: string };
    const raw = await readFile(join(FIXTURES, file.replace('.expected.json', '.eml')));
    if (expected.kind === 'human' && raw.length < 20_000) replies.push(raw);
  }
  return replies;
}

/** The reply as if the project's POC sent it about `projectId`, with a fresh Message-ID. */
export function retarget(raw: Buffer, projectId: string): Buffer {
  const text = raw.toString('latin1');
  const split = text.search(/\r?\n\r?\n/);
  const head = text.slice(0, split).replace(/^(from|subject|message-id|to|cc|in-reply-to|references|reply-to):.*(\r?\n[ \t].*)*\r?\n?/gim, '');
  const headers = `From: Pat Doe <${POC}>\r\nTo: ${SERVICE}\r\nSubject: Re: [${projectId}] Your integration\r\nMessage-ID: <${randomUUID()}@acme-events.example>\r\n`;
  return Buffer.from(`${headers}${head}${text.slice(split)}`, 'latin1');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface InboundFigures {
  readonly projectsInTable: number;
  readonly messages: number;
  readonly bareMailparser: { readonly perSecond: number; readonly meanMs: number };
  readonly inboundPath: { readonly perSecond: number; readonly meanMs: number; readonly p50Ms: number; readonly p99Ms: number };
  readonly ratioToBare: number;
  readonly dynamoRoundTripsPerReply: number;
  /** The same, by DynamoDB command. */
  readonly dynamoRequestsPerReply: Readonly<Record<string, number>>;
}

interface Table {
  readonly projectsInTable: number;
  readonly runtime: LocalRuntime;
  readonly dataDir: string;
  readonly times: number[];
}

/** A local runtime whose table holds `projectsInTable` projects; the first ten are the ones replied to. */
async function table(projectsInTable: number): Promise<Table & { readonly targets: string[] }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-inbound-'));
  const runtime = await LocalRuntime.start({ dataDir, clock: realClock(), smtpPort: 0 });
  const create = () => runtime.ports.store.nextProjectId().then((id) => runtime.ports.store.create(project(id, runtime.clock.now())));
  const targets: string[] = [];
  for (let i = 0; i < TARGET_PROJECTS; i += 1) targets.push((await create()).id);
  for (let i = TARGET_PROJECTS; i < projectsInTable; i += 50) await Promise.all(Array.from({ length: Math.min(50, projectsInTable - i) }, create));
  return { projectsInTable, runtime, dataDir, targets, times: [] };
}

/**
 * Every reply through the whole inbound path on the local runtime (store raw, parse, understand,
 * correlate, authorize, record, notices, wake), for each table size, beside bare mailparser on the
 * same messages. The runs are interleaved message by message (bare parse, then each table, the
 * order alternating), so every one sees the same warmed-up code and the same moment of the
 * machine: only the number of projects in the table differs. The replies go round the same ten
 * projects whatever the table holds, so each table does the same work.
 */
export async function measureInbound(sizes: readonly number[], messages: number): Promise<InboundFigures[]> {
  const tables: (Table & { readonly targets: string[] })[] = [];
  try {
    for (const size of sizes) tables.push(await table(size));
    const corpus = await typicalReplies();
    const reply = (t: { targets: string[] }, i: number) =>
      retarget(corpus[i % corpus.length] ?? Buffer.alloc(0), t.targets[i % t.targets.length] ?? 'INT-1001');
    // Warm every path (module initialisation, JIT) before timing, as a warm Lambda would be.
    for (let i = 0; i < WARM_UP_MESSAGES; i += 1) {
      await simpleParser(reply(tables[0] ?? { targets: [] }, i));
      for (const t of tables) await t.runtime.deliver(reply(t, i), [SERVICE]);
    }
    const before = tables.map((t) => t.runtime.metrics.snapshot().dynamodb.requests);
    let bareMs = 0;
    for (let i = 0; i < messages; i += 1) {
      const raw = reply(tables[0] ?? { targets: [] }, i);
      const start = performance.now();
      await simpleParser(raw);
      bareMs += performance.now() - start;
      for (const t of i % 2 === 0 ? tables : [...tables].reverse()) {
        const mail = reply(t, i);
        const delivered = performance.now();
        await t.runtime.deliver(mail, [SERVICE]);
        t.times.push(performance.now() - delivered);
      }
    }
    return tables.map((t, index) => {
      const after = t.runtime.metrics.snapshot().dynamodb.requests;
      const earlier = before[index] ?? {};
      const byCommand: Record<string, number> = Object.fromEntries(
        Object.entries(after)
          .map(([command, n]) => [command, round((n - (earlier[command] ?? 0)) / messages)] as const)
          .filter(([, n]) => n !== 0),
      );
      const total = t.times.reduce((a, b) => a + b, 0);
      const sorted = [...t.times].sort((a, b) => a - b);
      return {
        projectsInTable: t.projectsInTable,
        messages,
        bareMailparser: { perSecond: Math.round((messages / bareMs) * 1000), meanMs: round(bareMs / messages) },
        inboundPath: {
          perSecond: Math.round((messages / total) * 1000),
          meanMs: round(total / messages),
          p50Ms: round(percentile(sorted, 50)),
          p99Ms: round(percentile(sorted, 99)),
        },
        ratioToBare: round(total / bareMs),
        dynamoRoundTripsPerReply: round(Object.values(byCommand).reduce((a, b) => a + b, 0)),
        dynamoRequestsPerReply: byCommand,
      };
    });
  } finally {
    for (const t of tables) {
      await t.runtime.stop();
      await rm(t.dataDir, { recursive: true, force: true });
    }
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A copy of the reply target (bench/fixtures/reply-target.json) with its own id, created now. */
function project(id: string, now: string) {
  return Project.parse({ ...REPLY_TARGET.project, id, createdAt: now, updatedAt: now });
}
