import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** A free TCP port on loopback (asked of the OS, then released). */
export async function freePort(): Promise<number> {
  // Below the kernel's ephemeral range (32768 and up on Linux): a child killed and started again on
  // its port must find it free, and the sockets other suites open at the same time (a browser, test
  // servers on port 0) are given ephemeral ports, never this one.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    const server = createServer();
    const free = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (free) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      return port;
    }
  }
  throw new Error('no free port below the ephemeral range');
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A child process that can be killed without warning (SIGKILL) and started again. */
export interface Killable {
  readonly process: ChildProcess;
  kill(): Promise<void>;
}

function killable(child: ChildProcess): Killable {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** dynalite in its own process, on a LevelDB folder, so the database can be killed apart from the runtime. */
export async function startDynaliteProcess(port: number, path: string): Promise<Killable> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'dynalite', 'cli.js'), '--port', String(port), '--host', '127.0.0.1', '--path', path, '--createTableMs', '0'],
    { stdio: 'ignore' },
  );
  await until('dynalite to listen', async () => ((await fetch(`http://127.0.0.1:${port}`, { method: 'POST' })).status ? true : undefined), 20_000);
  return killable(child);
}

export interface RuntimeProcess extends Killable {
  readonly smtpPort: number;
  readonly controlPort: number;
}

/** `npm start` as a child process (the same entry point), on a given data folder and database. */
export async function startRuntimeProcess(
  dataDir: string,
  dynamoEndpoint: string,
  smtpPort: number,
  env: Readonly<Record<string, string>> = {},
): Promise<RuntimeProcess> {
  await rm(join(dataDir, 'runtime.json'), { force: true });
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'local', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      INTEGRATIONS_DATA_DIR: dataDir,
      SMTP_PORT: String(smtpPort),
      CONTROL_PORT: '0',
      DYNAMODB_ENDPOINT: dynamoEndpoint,
      LOG_LEVEL: 'SILENT',
      ...env,
    },
    stdio: 'ignore',
  });
  const info = await until(
    'the runtime to start',
    async () => JSON.parse(await readFile(join(dataDir, 'runtime.json'), 'utf8')) as { smtpPort: number; controlPort: number },
    60_000,
  );
  return { ...killable(child), smtpPort: info.smtpPort, controlPort: info.controlPort };
}

/** `count` EventTech projects created through a runtime's control port, the `i`-th with the client address `poc(i)`; their ids in order. */
export async function createProjects(runtime: RuntimeProcess, count: number, poc: (i: number) => string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(`http://127.0.0.1:${runtime.controlPort}/projects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        process: 'cadmium',
        title: `Sync ${i}`,
        client: `Client ${i}`,
        poc: { name: `Poc ${i}`, email: poc(i) },
        pm: { name: 'Sam Lee', email: 'sam.lee@gocadmium.example' },
      }),
    });
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

/** Percentile of a sorted list (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}
