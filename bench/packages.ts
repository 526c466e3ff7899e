import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');

export interface PackageFigures {
  readonly handler: string;
  readonly bytes: number;
  readonly loadMs: number;
  readonly ratioToBaseline: number;
  readonly includesMailParser: boolean;
}

/** Bundles like the stack does (esbuild, CJS, minified, node22), so sizes are what Lambda loads. */
async function bundle(entry: string | { contents: string }, outfile: string): Promise<{ bytes: number; inputs: string[] }> {
  const source = typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: 'ts' as const } };
  const result = await build({ ...source, bundle: true, platform: 'node', target: 'node22', format: 'cjs', minify: true, outfile, metafile: true, logLevel: 'silent' });
  return { bytes: (await stat(outfile)).size, inputs: Object.keys(result.metafile.inputs) };
}

/** Median wall time of loading a bundle in a fresh Node process, minus an empty process's start. */
function loadMs(file: string, runs: number): number {
  const time = (code: string) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = process.hrtime.bigint();
      execFileSync(process.execPath, ['-e', code]);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return samples.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
  };
  return Math.max(0, time(`require(${JSON.stringify(file)})`) - time('0'));
}

/**
 * Each handler's bundle size and load time, beside a baseline bundle that imports only the AWS SDK
 * clients the handlers use: the difference is what the system's own code and libraries cost a cold start.
 */
export async function measurePackages(runs = 5): Promise<{ baseline: { bytes: number; loadMs: number }; handlers: PackageFigures[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-bundles-'));
  const clients = ['client-dynamodb', 'lib-dynamodb', 'client-sfn', 'client-sesv2', 'client-secrets-manager', 'client-s3', 'client-kms'];
  const contents = `${clients.map((c, i) => `import * as c${i} from '@aws-sdk/${c}';`).join('\n')}\nexport const clients = [${clients.map((_, i) => `c${i}`).join(', ')}];\n`;
  const baselineFile = join(dir, 'baseline.js');
  const baseline = await bundle({ contents }, baselineFile);
  const baselineMs = loadMs(baselineFile, runs);
  const handlers: PackageFigures[] = [];
  for (const handler of (await readdir(join(ROOT, 'functions'), { withFileTypes: true })).filter((d) => d.isDirectory() && d.name !== 'commons').map((d) => d.name).sort()) {
    const file = join(dir, `${handler}.js`);
    const { bytes, inputs } = await bundle(join(ROOT, 'functions', handler, 'handler.ts'), file);
    const ms = loadMs(file, runs);
    handlers.push({ handler, bytes, loadMs: Math.round(ms), ratioToBaseline: Math.round((ms / Math.max(baselineMs, 1)) * 100) / 100, includesMailParser: inputs.some((i) => i.includes('node_modules/mailparser/')) });
  }
  return { baseline: { bytes: baseline.bytes, loadMs: Math.round(baselineMs) }, handlers };
}
