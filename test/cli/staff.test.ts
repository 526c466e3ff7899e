import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../local/clock';
import { startControl } from '../../local/control';
import { LocalRuntime } from '../../local/runtime';
import { cli } from '../helpers/cli';

let runtime: LocalRuntime;
let control: { port: number; close(): Promise<void> };
let dataDir: string;
const previous = process.env['INTEGRATIONS_DATA_DIR'];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cli-staff-'));
  runtime = await LocalRuntime.start({ dataDir, clock: realClock(), smtpPort: 0 });
  control = await startControl(runtime, 0);
  await writeFile(join(dataDir, 'runtime.json'), JSON.stringify({ controlPort: control.port }));
  process.env['INTEGRATIONS_DATA_DIR'] = dataDir;
}, 60_000);

afterAll(async () => {
  if (previous === undefined) delete process.env['INTEGRATIONS_DATA_DIR'];
  else process.env['INTEGRATIONS_DATA_DIR'] = previous;
  await control?.close();
  await runtime?.stop();
});

describe('integrations new and pm for a Paytronix project', () => {
  let id = '';

  it('creates a project at discovery with its five parties', async () => {
    const created = await cli(
      'new',
      '--process',
      'paytronix',
      '--client',
      'Brewhouse Coffee',
      '--title',
      'Loyalty website',
      '--scope',
      'REST website: registration, log in, balance',
      '--tc',
      'Terry Chan <terry@paytronix.example>',
      '--sales',
      'Sasha Reyes <sasha@paytronix.example>',
      '--team',
      'team@paytronix.example',
      '--contact',
      'Casey Brooks <casey@brewhouse.example>',
      '--integrator',
      'Ivan Petrov <ivan@webworks.example>',
    );
    expect(created.code).toBe(0);
    id = /^(INT-\d+) created/.exec(created.stdout)?.[1] ?? '';
    expect(id).toMatch(/^INT-\d+$/);
    const project = await runtime.ports.store.require(id);
    expect(project.phase).toBe('discovery');
    expect(project.parties.map((p) => p.role)).toEqual(['technical-consultant', 'sales', 'integrations-team', 'client', 'integrator']);
  });

  it('says in one line which option a Paytronix project needs', async () => {
    const missing = await cli('new', '--process', 'paytronix', '--client', 'X', '--title', 'Y', '--scope', 'Z');
    expect(missing).toMatchObject({ code: 2, stderr: 'integrations: --tc is required for a paytronix project' });
  });

  it('records feasibility and schedules the IDI in the project time zone', async () => {
    expect((await cli('pm', id, 'feasible')).stdout).toBe(`${id}: found feasible; now requirements.`);
    const scheduled = await cli('pm', id, 'schedule-idi', '--at', '2031-01-14T10:00');
    expect(scheduled).toMatchObject({ code: 0, stdout: `${id}: IDI scheduled for 2031-01-14T10:00 America/New_York; now requirements.` });
    expect((await runtime.ports.store.require(id)).idi?.start).toBe('2031-01-14T15:00:00.000Z');
  });

  it('reads credentials from a file only, seals them, and refuses them without --file', async () => {
    const without = await cli('pm', id, 'test-credentials');
    expect(without).toMatchObject({
      code: 2,
      stderr: 'integrations: test-credentials needs --file <path>: the credentials are read from a file, never from the command line',
    });
    const file = join(dataDir, 'creds.txt');
    await writeFile(file, 'user: brewhouse\npassword: S3cret-cli-77\n');
    const kept = await cli('pm', id, 'test-credentials', '--file', file);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('test-server credentials kept; the welcome mail waits for: the IDI is not recorded as held');
    const project = await runtime.ports.store.require(id);
    expect(JSON.stringify(project)).not.toContain('S3cret-cli-77');
    expect(await runtime.ports.secrets.open(project.sealed['test-server'] ?? '', { projectId: id, name: 'test-server' })).toBe(
      'user: brewhouse\npassword: S3cret-cli-77',
    );
    expect(await readFile(join(dataDir, 'sealing-key'), 'utf8')).not.toContain('S3cret');
  });

  it('refuses the welcome mail in one line, naming what it waits for', async () => {
    const refused = await cli('pm', id, 'send-welcome');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'integrations: the welcome mail cannot go yet; it waits for: the IDI is not recorded as held; the work order was not sent; the schedule was not sent',
    );
  });
});
