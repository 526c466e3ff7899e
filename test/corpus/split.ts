/**
 * `npx tsx test/corpus/split.ts [FOLDER]`: files each new labelled reply of test/fixtures/replies/incoming/ (or FOLDER)
 * into `tune/` or `held-back/` by a hash of its name, fixed before any rule is tuned: a quarter is
 * held back (docs/mail-corpus.md). The corpus test checks every case sits where its hash puts it.
 */
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, splitOf } from './cases';

const incoming = join(CORPUS, process.argv[2] ?? 'incoming');
let moved = 0;
for (const file of readdirSync(incoming).filter((f) => f.endsWith('.eml'))) {
  const name = file.slice(0, -4);
  const target = join(CORPUS, splitOf(name));
  mkdirSync(target, { recursive: true });
  renameSync(join(incoming, `${name}.eml`), join(target, `${name}.eml`));
  renameSync(join(incoming, `${name}.expected.json`), join(target, `${name}.expected.json`));
  moved += 1;
}
console.log(`${moved} cases filed`);
