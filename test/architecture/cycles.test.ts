import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

// No module may import itself by way of others. A circle closed only by `import type` is still a circle: the modules
// in it cannot be understood, moved or tested apart, and the first value import added along it breaks load order.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = ['shared', 'functions', 'infra', 'local', 'cli', 'bench'];

describe('import graph', () => {
  it('has no import circle in the source, type-only imports included', async () => {
    const graph = await madge(
      SOURCE.map((dir) => join(ROOT, dir)),
      {
        baseDir: ROOT,
        fileExtensions: ['ts'],
        tsConfig: join(ROOT, 'tsconfig.json'),
        detectiveOptions: { ts: { skipTypeImports: false, skipAsyncImports: false } },
      },
    );

    const circles = graph.circular().map((circle) => [...circle, circle[0]].join(' -> '));
    // An import madge cannot resolve is an edge missing from the graph: a circle through it would go unseen.
    const unresolved = graph.warnings().skipped;
    const report = [`${circles.length} import circle(s):`, ...circles, `${unresolved.length} unresolved import(s):`, ...unresolved];
    expect({ circles, unresolved }, report.join('\n')).toEqual({ circles: [], unresolved: [] });
  });
});
