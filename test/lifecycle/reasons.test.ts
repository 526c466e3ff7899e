import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASONS, reasonNamed, UnknownReasonError } from '../../shared/lifecycle/reasons';

const ROOT = join(import.meta.dirname, '..', '..');
const TABLE = 'shared/lifecycle/reasons.ts';

function sources(): { path: string; text: string }[] {
  return ['shared', 'functions', 'local']
    .flatMap((dir) =>
      readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile() && e.name.endsWith('.ts'))
        .map((e) => join(e.parentPath, e.name)),
    )
    .map((file) => ({ path: relative(ROOT, file).split(sep).join('/'), text: readFileSync(file, 'utf8') }))
    .filter((file) => file.path !== TABLE);
}

describe('the table of reasons a mail is not acted on', () => {
  const code = sources();
  const docs = readFileSync(join(ROOT, 'docs', 'reasons.md'), 'utf8');

  it.each(Object.keys(REASONS))('%s is used by the code (named, or a class of that name thrown)', (name) => {
    expect(code.some((file) => file.text.includes(`'${name}'`) || file.text.includes(`class ${name} `))).toBe(true);
  });

  it.each(Object.entries(REASONS))('%s is documented in docs/reasons.md with who is told', (name, reason) => {
    const row = docs.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain({ pm: 'not-acted-on', sender: 'the staff sender, once', team: 'the team (the inbox', nobody: 'nobody' }[reason.tell]);
    expect(row).toContain(reason.meaning);
  });

  it('refuses a reason the table does not have, by name', () => {
    expect(reasonNamed('SpamError')).toBe('SpamError');
    expect(() => reasonNamed('MadeUpError')).toThrow(UnknownReasonError);
  });

  it('names every reason the code records: no reason literal outside the table', () => {
    const recorded = code.flatMap((file) =>
      [...file.text.matchAll(/\breason: '([A-Za-z]+Error)'|notActed\([^;]*?'([A-Za-z]+Error)'/g)].map((m) => m[1] ?? m[2] ?? ''),
    );
    expect(recorded.length).toBeGreaterThan(5);
    for (const name of recorded) expect(Object.keys(REASONS)).toContain(name);
  });
});
