/**
 * `npx tsx test/corpus/split.ts [FOLDER] [--hard]`: files each new labelled reply of test/fixtures/replies/incoming/ (or FOLDER)
 * into `tune/` or `held-back/` by a hash of its name, fixed before any rule is tuned: a quarter is
 * held back (docs/mail-corpus.md). The corpus test checks every case sits where its hash puts it.
 * `--hard`: a trap batch (two thirds written to fool a careless reader); its held-back quarter goes to `held-back-hard/`.
 */
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, splitOf } from './cases';

const args = process.argv.slice(2);
const hard = args.includes('--hard');
const incoming = join(CORPUS, args.find((a) => !a.startsWith('--')) ?? 'incoming');
let moved = 0;
for (const file of readdirSync(incoming).filter((f) => f.endsWith('.eml'))) {
  const name = file.slice(0, -4);
  const split = splitOf(name);
  const target = join(CORPUS, hard && split === 'held-back' ? 'held-back-hard' : split);
  mkdirSync(target, { recursive: true });
  renameSync(join(incoming, `${name}.eml`), join(target, `${name}.eml`));
  renameSync(join(incoming, `${name}.expected.json`), join(target, `${name}.expected.json`));
  moved += 1;
}
console.log(`${moved} cases filed`);
