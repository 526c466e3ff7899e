import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'mail');

/** The typical replies the reading speed is measured on, as `npm run measure:mail` takes them: human ones, under 20 KB. */
export function typicalReplies(): Buffer[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => ({
      raw: readFileSync(join(FIXTURES, f)),
      kind: (JSON.parse(readFileSync(join(FIXTURES, `${f.slice(0, -4)}.expected.json`), 'utf8')) as { kind?: string }).kind,
    }))
    .filter((m) => m.kind === 'human' && m.raw.length < 20_000)
    .map((m) => m.raw);
}
