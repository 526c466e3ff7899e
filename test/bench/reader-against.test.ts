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
    // Against itself (a speed measured under a test run's load says nothing; the report's shape and sums do).
    const { stdout } = await run(TSX, [SCRIPT, ROOT], { env: { ...process.env, WARM_UP_SECONDS: '0', ROUNDS: '2' }, timeout: 60_000 });
    const report = JSON.parse(stdout) as Record<string, number>;
    expect(report['typicalReplies']).toBeGreaterThan(20);
    expect(report['rounds']).toBe(2);
    expect(report['warmUpSeconds']).toBe(0);
    const ours = report['thisCheckoutPerSecond'] as number;
    const theirs = report['otherCheckoutPerSecond'] as number;
    expect(ours).toBeGreaterThan(0);
    expect(theirs).toBeGreaterThan(0);
    // The ratio is how many times slower this checkout reads: the other's speed over this one's.
    expect(report['ratio']).toBeCloseTo(theirs / ours, 1);
  }, 90_000);

  it('says how to use it, in one line and with a non-zero exit, when the other checkout is missing', async () => {
    const failure = await run(TSX, [SCRIPT, join(ROOT, 'no-such-checkout')], { timeout: 60_000 }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr.trim().split('\n')).toEqual([expect.stringMatching(/^usage: npm run measure:mail:against/)]);
  }, 90_000);
});
