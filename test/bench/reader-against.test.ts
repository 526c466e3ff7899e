import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(ROOT, 'bench', 'reader-against.ts');

describe('npm run measure:mail:against', () => {
  it('reads this checkout against another in alternating slices and prints both speeds and their ratio', async () => {
    // Against itself: the same reader twice, so the ratio is about 1.
    const { stdout } = await run(TSX, [SCRIPT, ROOT], { env: { ...process.env, WARM_UP_SECONDS: '0', ROUNDS: '2' }, timeout: 60_000 });
    const report = JSON.parse(stdout) as Record<string, number>;
    expect(report['typicalReplies']).toBeGreaterThan(20);
    expect(report['rounds']).toBe(2);
    expect(report['thisCheckoutPerSecond']).toBeGreaterThan(0);
    expect(report['otherCheckoutPerSecond']).toBeGreaterThan(0);
    expect(report['ratio']).toBeGreaterThan(0.5);
    expect(report['ratio']).toBeLessThan(2);
  }, 90_000);

  it('says how to use it, in one line and with a non-zero exit, when the other checkout is missing', async () => {
    const failure = await run(TSX, [SCRIPT, join(ROOT, 'no-such-checkout')], { timeout: 60_000 }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr.trim().split('\n')).toEqual([expect.stringMatching(/^usage: npm run measure:mail:against/)]);
  }, 90_000);
});
