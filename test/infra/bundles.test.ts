import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../infra/constructs/bundling';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const handlers = (await readdir(join(ROOT, 'functions'), { withFileTypes: true })).filter((d) => d.isDirectory() && d.name !== 'commons').map((d) => d.name);
let dir: string;
const bundled = new Map<string, { file: string; inputs: string[] }>();

beforeAll(async () => {
  // Inside the project: the bundles import the AWS SDK (Lambda's runtime provides it), here from node_modules.
  await mkdir(join(ROOT, 'node_modules', '.cache'), { recursive: true });
  dir = await mkdtemp(join(ROOT, 'node_modules', '.cache', 'bundles-'));
  for (const handler of handlers) {
    const file = join(dir, `${handler}.mjs`);
    const result = await build({
      entryPoints: [join(ROOT, 'functions', handler, 'handler.ts')],
      ...esbuildOptions(),
      outfile: file,
      metafile: true,
      logLevel: 'silent',
    });
    bundled.set(handler, { file, inputs: Object.keys(result.metafile.inputs) });
  }
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the handler bundles, built as the stack builds them', () => {
  it('each loads as an ES module in a fresh Node process and exports its handler', async () => {
    const files = handlers.map((h) => pathToFileURL(bundled.get(h)?.file ?? '').href);
    // One process imports every bundle, as Lambda's runtime imports one at a cold start: a bundle
    // whose top level throws (a missing module, a bad ESM conversion) fails here rather than on AWS.
    const code = `Promise.all(${JSON.stringify(files)}.map((f) => import(f))).then((ms) => console.log(JSON.stringify(ms.map((m) => typeof m.handler))))`;
    const { stdout } = await run(process.execPath, ['-e', code], { env: { ...process.env, AWS_REGION: 'us-east-1' } });
    expect(JSON.parse(stdout)).toEqual(handlers.map(() => 'function'));
  }, 30_000);

  it('carries the mail parser only in the handlers that read mail: the inbound path, and the staff API (assigning a mail of the inbox reads it)', () => {
    const withParser = handlers.filter((h) => bundled.get(h)?.inputs.some((i) => i.includes('node_modules/mailparser/')));
    expect(withParser.sort()).toEqual(['inbound-mail', 'staff-api']);
  });
});
