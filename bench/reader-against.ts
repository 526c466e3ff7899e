/**
 * `npm run measure:mail:against -- <checkout>`: this checkout's `readMail` against another checkout's (a worktree of an
 * earlier commit, e.g. `git worktree add /tmp/before <commit>`), both in one process on the same typical replies, in
 * alternating half-second slices: the drift of a shared machine falls on both readers alike, where two runs of
 * `npm run measure:mail` one after the other can differ by a tenth. Prints one JSON object: each reader's messages a
 * second and `ratio` (how many times slower this checkout reads than the other).
 *
 * `WARM_UP_SECONDS` (default 2) reads every typical reply over and over with each reader before the clock starts; 0
 * measures the first seconds of a fresh process, the engine still compiling. `ROUNDS` (default 30) slices of each.
 *
 * `FRESH_PROCESSES=N` measures the first seconds fairly: each reader reads for `FIRST_SECONDS` (default 3) right after it is
 * imported, in a fresh process of its own, N times each, the two going first by turns (bench/reader-fresh.ts); prints the
 * medians, the ratio of the medians and each pair's ratio. In one process whoever reads first compiles the libraries both use.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { typicalReplies } from './typical';

type Reader = (raw: Buffer) => Promise<unknown>;

const other = process.argv[2];
const entry = other === undefined ? undefined : resolve(other, 'shared', 'mail', 'index.ts');
if (other === undefined || entry === undefined || !existsSync(entry)) {
  console.error('usage: npm run measure:mail:against -- <path of another checkout, with shared/mail/index.ts>');
  process.exit(2);
}

const freshProcesses = Number(process.env['FRESH_PROCESSES'] ?? 0);
if (freshProcesses > 0) {
  // Each reader's first seconds in a process of its own: neither pays for compiling the libraries both use (mailparser, chrono)
  // for the other, as whoever reads first in one process does. The two go first by turns.
  const seconds = Number(process.env['FIRST_SECONDS'] ?? 3);
  const here = resolve(import.meta.dirname, '..');
  const run = (checkout: string): { importMs: number; perSecond: number } => {
    const child = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, 'reader-fresh.ts'), checkout, String(seconds)], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`the fresh process reading ${checkout} failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as { importMs: number; perSecond: number };
  };
  const ours: { importMs: number; perSecond: number }[] = [];
  const before: { importMs: number; perSecond: number }[] = [];
  for (let i = 0; i < freshProcesses; i++) {
    if (i % 2 === 0) ours.push(run(here));
    before.push(run(other));
    if (i % 2 === 1) ours.push(run(here));
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  };
  const ratios = ours.map((o, i) => Number(((before[i] as { perSecond: number }).perSecond / o.perSecond).toFixed(2)));
  console.log(
    JSON.stringify({
      freshProcesses,
      firstSeconds: seconds,
      thisCheckoutPerSecond: Math.round(median(ours.map((o) => o.perSecond))),
      otherCheckoutPerSecond: Math.round(median(before.map((o) => o.perSecond))),
      thisCheckoutImportMs: median(ours.map((o) => o.importMs)),
      otherCheckoutImportMs: median(before.map((o) => o.importMs)),
      ratio: Number((median(before.map((o) => o.perSecond)) / median(ours.map((o) => o.perSecond))).toFixed(2)),
      ratios,
    }),
  );
  process.exit(0);
}

const { readMail } = (await import('../shared/mail')) as { readMail: Reader };
const theirs = ((await import(pathToFileURL(entry).href)) as { readMail: Reader }).readMail;
const typical = typicalReplies();

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
