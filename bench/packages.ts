import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { esbuildOptions } from '../infra/constructs/bundling';

const ROOT = join(import.meta.dirname, '..');

export interface PackageFigures {
  readonly handler: string;
  readonly bytes: number;
  readonly loadMs: number;
  /** The AWS SDK packages the handler imports (from the runtime's SDK), which its baseline imports and nothing else. */
  readonly sdkPackages: readonly string[];
  readonly baselineBytes: number;
  readonly baselineLoadMs: number;
  readonly ratioToBaseline: number;
  readonly includesMailParser: boolean;
}

/**
 * Bundles as the stack does (`HANDLER_BUNDLING` in infra/constructs/bundling.ts): `bytes` is what is deployed, and the AWS SDK
 * stays outside, imported at load from node_modules as Lambda imports it from its runtime.
 */
async function bundle(entry: string | { contents: string }, outfile: string): Promise<{ bytes: number; inputs: string[]; sdkPackages: string[] }> {
  const source = typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: 'ts' as const } };
  const result = await build({ ...source, ...esbuildOptions(), outfile, metafile: true, logLevel: 'silent' });
  const imports = Object.values(result.metafile.outputs)
    .flatMap((o) => o.imports)
    .filter((i) => i.external && i.path.startsWith('@aws-sdk/'));
  return { bytes: (await stat(outfile)).size, inputs: Object.keys(result.metafile.inputs), sdkPackages: [...new Set(imports.map((i) => i.path))].sort() };
}

/**
 * The time importing a bundle takes inside a fresh Node process (read, compile, run its top
 * level), measured by the process itself so Node's own start does not blur it. Every file is
 * loaded once per round, rounds interleaved, so a busy moment of the machine hits all alike;
 * the median of the rounds is kept.
 */
function loadTimes(files: readonly string[], rounds: number): number[] {
  const samples = files.map(() => [] as number[]);
  for (let round = 0; round < rounds; round += 1) {
    files.forEach((file, i) => {
      const code = `const t = process.hrtime.bigint(); import(${JSON.stringify(pathToFileURL(file).href)}).then(() => process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6)));`;
      samples[i]?.push(Number(execFileSync(process.execPath, ['-e', code], { env: { ...process.env, AWS_REGION: 'us-east-1' } }).toString()));
    });
  }
  return samples.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)] ?? 0);
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Each handler's bundle size and load time, beside a baseline that imports only the AWS SDK
 * packages that handler imports: the difference is what the system's own code and its other
 * libraries add to a cold start.
 */
export async function measurePackages(rounds = 11): Promise<PackageFigures[]> {
  // Inside the project, so the bundles' imports of the AWS SDK resolve to its node_modules.
  const cache = join(ROOT, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(join(cache, 'bench-bundles-'));
  const names = (await readdir(join(ROOT, 'functions'), { withFileTypes: true }))
    .filter((d) => d.isDirectory() && d.name !== 'commons')
    .map((d) => d.name)
    .sort();
  const handlers = [];
  const baselines = new Map<string, { file: string; bytes: number }>();
  for (const name of names) {
    const file = join(dir, `${name}.mjs`);
    const { bytes, inputs, sdkPackages } = await bundle(join(ROOT, 'functions', name, 'handler.ts'), file);
    const key = sdkPackages.join('+');
    if (!baselines.has(key)) {
      const baselineFile = join(dir, `baseline-${baselines.size}.mjs`);
      const contents = `${sdkPackages.map((p, i) => `import * as p${i} from '${p}';`).join('\n')}\nexport const packages = [${sdkPackages.map((_, i) => `p${i}`).join(', ')}];\n`;
      baselines.set(key, { file: baselineFile, ...(await bundle({ contents }, baselineFile)) });
    }
    handlers.push({ name, file, bytes, sdkPackages, key, includesMailParser: inputs.some((i) => i.includes('node_modules/mailparser/')) });
  }
  const files = [...handlers.map((h) => h.file), ...[...baselines.values()].map((b) => b.file)];
  const measured = loadTimes(files, rounds);
  await rm(dir, { recursive: true, force: true });
  const times = new Map(files.map((file, i) => [file, measured[i] ?? 0] as const));
  return handlers.map((h) => {
    const baseline = baselines.get(h.key) ?? { file: '', bytes: 0 };
    const loadMs = times.get(h.file) ?? 0;
    const baselineLoadMs = times.get(baseline.file) ?? 0;
    return {
      handler: h.name,
      bytes: h.bytes,
      loadMs: round2(loadMs),
      sdkPackages: h.sdkPackages,
      baselineBytes: baseline.bytes,
      baselineLoadMs: round2(baselineLoadMs),
      ratioToBaseline: round2(loadMs / Math.max(baselineLoadMs, 0.01)),
      includesMailParser: h.includesMailParser,
    };
  });
}
