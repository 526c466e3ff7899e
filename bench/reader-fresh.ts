/**
 * One fresh process's first seconds with one checkout's `readMail` (run by `npm run measure:mail:against` with
 * `FRESH_PROCESSES`, never alone): imports the reader of the checkout given, then reads the typical replies over and over for
 * `seconds`, the engine compiling as it goes. Prints one JSON object: the import's milliseconds and the messages a second.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { typicalReplies } from './typical';

type Reader = (raw: Buffer) => Promise<unknown>;

const [checkout, seconds] = [process.argv[2], Number(process.argv[3] ?? 3)];
if (checkout === undefined) {
  console.error('usage: tsx bench/reader-fresh.ts <checkout> [seconds]');
  process.exit(2);
}
const typical = typicalReplies();
const importStart = performance.now();
const { readMail } = (await import(pathToFileURL(resolve(checkout, 'shared', 'mail', 'index.ts')).href)) as { readMail: Reader };
const importMs = performance.now() - importStart;
let count = 0;
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  for (const raw of typical) await readMail(raw);
  count += typical.length;
}
console.log(JSON.stringify({ importMs: Math.round(importMs), perSecond: count / ((performance.now() - start) / 1000) }));
