/**
 * `npm run measure:mail:against -- <checkout>`: this checkout's `readMail` against another checkout's (a worktree of an
 * earlier commit, e.g. `git worktree add /tmp/before <commit>`), both in one process on the same typical replies, in
 * alternating half-second slices: the drift of a shared machine falls on both readers alike, where two runs of
 * `npm run measure:mail` one after the other can differ by a tenth. Prints one JSON object: each reader's messages a
 * second and `ratio` (how many times slower this checkout reads than the other).
 *
 * `WARM_UP_SECONDS` (default 2) reads every typical reply over and over with each reader before the clock starts; 0
 * measures the first seconds of a fresh process, the engine still compiling. `ROUNDS` (default 30) slices of each.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { readMail } from '../shared/mail';

type Reader = (raw: Buffer) => Promise<unknown>;

const other = process.argv[2];
const entry = other === undefined ? undefined : resolve(other, 'shared', 'mail', 'index.ts');
if (entry === undefined || !existsSync(entry)) {
  console.error('usage: npm run measure:mail:against -- <path of another checkout, with shared/mail/index.ts>');
  process.exit(2);
}
const theirs = ((await import(pathToFileURL(entry).href)) as { readMail: Reader }).readMail;

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'mail');
/** A typical reply, as `npm run measure:mail` takes it: a human one, under 20 KB. */
const typical = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => ({
    raw: readFileSync(join(FIXTURES, f)),
    kind: (JSON.parse(readFileSync(join(FIXTURES, `${f.slice(0, -4)}.expected.json`), 'utf8')) as { kind?: string }).kind,
  }))
  .filter((m) => m.kind === 'human' && m.raw.length < 20_000)
  .map((m) => m.raw);

/** Reads the typical replies over and over for about `ms`; the count and the time it took. */
async function slice(read: Reader, ms: number): Promise<{ count: number; ms: number }> {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const raw of typical) await read(raw);
    count += typical.length;
  }
  return { count, ms: performance.now() - start };
}

const warmUp = Number(process.env['WARM_UP_SECONDS'] ?? 2) * 1000;
const rounds = Number(process.env['ROUNDS'] ?? 30);
await slice(readMail, warmUp);
await slice(theirs, warmUp);
const ours = { count: 0, ms: 0 };
const before = { count: 0, ms: 0 };
for (let round = 0; round < rounds; round++) {
  for (const [read, total] of [
    [readMail, ours],
    [theirs, before],
  ] as const) {
    const { count, ms } = await slice(read, 500);
    total.count += count;
    total.ms += ms;
  }
}
const perSecond = (t: { count: number; ms: number }) => t.count / (t.ms / 1000);
console.log(
  JSON.stringify({
    typicalReplies: typical.length,
    warmUpSeconds: warmUp / 1000,
    rounds,
    thisCheckoutPerSecond: Math.round(perSecond(ours)),
    otherCheckoutPerSecond: Math.round(perSecond(before)),
    ratio: Number((perSecond(before) / perSecond(ours)).toFixed(2)),
  }),
);
