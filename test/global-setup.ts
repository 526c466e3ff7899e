import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder for the whole run: TMPDIR points into it before any worker or child process
 * starts, so every `mkdtemp(tmpdir())` of a test, of the runtime it starts and of CDK's synth lands
 * there, and the teardown removes it all (nothing is left in the system temp folder).
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'integrations-test-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = root;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
