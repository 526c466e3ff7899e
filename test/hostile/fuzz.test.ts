import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../local/clock';
import { LocalRuntime } from '../../local/runtime';
import { REJECTION_REASONS } from '../../shared/mail';

/** `npm run test:soak` runs many more cases than `npm test`. */
const SOAK = process.env['SOAK'] === '1';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'mail');
let runtime: LocalRuntime;
let corpus: Buffer[];
let projectId: string;

beforeAll(async () => {
  runtime = await LocalRuntime.start({ dataDir: await mkdtemp(join(tmpdir(), 'fuzz-')), clock: realClock(), smtpPort: 0 });
  const project = await runtime.createProject({
    process: 'cadmium',
    title: 'Sync',
    client: 'Acme Events',
    poc: { name: 'Pat Doe', email: 'pat.doe@acme-events.example' },
    pm: { name: 'Sam Lee', email: 'sam.lee@gocadmium.example' },
  });
  projectId = project.id;
  const files = (await readdir(FIXTURES)).filter((f) => f.endsWith('.eml')).sort();
  // Small fixtures only: the big attachment would make every mutation a 4 MB copy.
  corpus = (await Promise.all(files.map((f) => readFile(join(FIXTURES, f))))).filter((raw) => raw.length < 200_000);
}, 60_000);

afterAll(async () => {
  await runtime?.stop();
});

/** What became of the fuzzed mail, printed as the suite's figures. */
const tally = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const LONG = SOAK ? 1_800_000 : 120_000;

/** Every mail must end as acted on, or not acted on with a named reason: never a throw, never silence. */
const NAMED = /^[A-Z][A-Za-z]+Error$/;

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('boundary' as const) }),
  fc.record({ kind: fc.constant('charset' as const), charset: fc.constantFrom('utf-7', 'x-unknown', 'iso-2022-kr', 'utf-16', '') }),
  fc.record({ kind: fc.constant('tag' as const) }),
);

type Mutation = { kind: string } & Record<string, unknown>;

function mutate(raw: Buffer, m: Mutation): Buffer {
  const text = raw.toString('latin1');
  switch (m.kind) {
    case 'truncate':
      return raw.subarray(0, Math.floor(raw.length * Number(m['at'])));
    case 'bytes': {
      const at = Math.floor(raw.length * Number(m['at']));
      return Buffer.concat([raw.subarray(0, at), Buffer.from(m['bytes'] as Uint8Array), raw.subarray(at)]);
    }
    case 'boundary':
      return Buffer.from(text.replace(/boundary="?([^";\r\n]+)"?/i, 'boundary="broken-$1"'), 'latin1');
    case 'charset':
      return Buffer.from(text.replace(/charset="?[^";\r\n]+"?/gi, `charset="${String(m['charset'])}"`), 'latin1');
    default:
      // Aimed at a real project, so mutated mail gets past correlation into the record's decisions.
      return Buffer.from(text.replace(/^Subject:.*$/im, `Subject: Re: [${projectId}] fuzz`), 'latin1');
  }
}

describe('fuzzing the inbound path (local runtime)', () => {
  it(
    'ends every mutated fixture as a result or a named reason, with no crash and no unhandled rejection',
    async () => {
      const unhandled: unknown[] = [];
      const counts = new Map<string, number>();
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        await fc.assert(
          fc.asyncProperty(fc.nat({ max: 1000 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (index, mutations) => {
            const raw = mutations.reduce((bytes, m) => mutate(bytes, m), corpus[index % corpus.length] ?? Buffer.alloc(0));
            const result = await runtime.deliver(raw, ['integrationservices@gocadmium.example']);
            tally(counts, result.actedOn ? 'actedOn' : (result.reason ?? 'unnamed'));
            if (!result.actedOn) {
              expect(result.reason).toMatch(NAMED);
              expect(result.reason === 'DeadLetteredError').toBe(false);
            }
            if (result.reason && (REJECTION_REASONS as readonly string[]).includes(result.reason)) expect(result.projectId).toBeUndefined();
          }),
          { numRuns: SOAK ? 3_000 : 150 },
        );
        expect(unhandled).toEqual([]);
        console.log(
          `fuzz figures (mutated fixtures): ${JSON.stringify({ mails: [...counts.values()].reduce((a, b) => a + b, 0), crashes: 0, unhandledRejections: unhandled.length, ...Object.fromEntries(counts) })}`,
        );
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
    },
    LONG,
  );

  it(
    'does the same for random bytes',
    async () => {
      const counts = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
          const result = await runtime.deliver(Buffer.from(bytes), ['integrationservices@gocadmium.example']);
          tally(counts, result.reason ?? 'actedOn');
          expect(result.actedOn).toBe(false);
          expect(result.reason).toMatch(NAMED);
        }),
        { numRuns: SOAK ? 2_000 : 100 },
      );
      console.log(
        `fuzz figures (random bytes): ${JSON.stringify({ mails: [...counts.values()].reduce((a, b) => a + b, 0), crashes: 0, ...Object.fromEntries(counts) })}`,
      );
    },
    LONG,
  );
});
