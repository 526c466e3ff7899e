import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../local/clock';
import { startControl } from '../../local/control';
import { LocalRuntime } from '../../local/runtime';
import { cli } from '../helpers/cli';
import { sampleProject } from '../helpers/projects';

/*
 * `integrations feed new | list | revoke` against a running local runtime, as a user runs them;
 * the URL printed is then fetched over HTTP from the runtime's control port, as a calendar app would.
 */

let runtime: LocalRuntime;
let control: { port: number; close(): Promise<void> };
let dataDir: string;
const previous = process.env['INTEGRATIONS_DATA_DIR'];
const SAM = 'sam.lee@vendor.example';

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cli-feeds-'));
  runtime = await LocalRuntime.start({ dataDir, clock: realClock(), smtpPort: 0 });
  control = await startControl(runtime, 0);
  await writeFile(join(dataDir, 'runtime.json'), JSON.stringify({ controlPort: control.port }));
  process.env['INTEGRATIONS_DATA_DIR'] = dataDir;
  // A project with its timeline (launch Mon 2031-06-02), its PM Sam Lee.
  await runtime.ports.store.create(sampleProject('INT-5001', { launch: '2031-06-02', phase: 'development' }));
}, 60_000);

afterAll(async () => {
  if (previous === undefined) delete process.env['INTEGRATIONS_DATA_DIR'];
  else process.env['INTEGRATIONS_DATA_DIR'] = previous;
  await control?.close();
  await runtime?.stop();
});

describe('integrations feed', () => {
  let url = '';
  let id = '';

  it('makes a project’s feed and prints its address once', async () => {
    const made = await cli('feed', 'new', '--project', 'int-5001');
    expect(made.code).toBe(0);
    const lines = made.stdout.split('\n');
    id = /^(FEED-[0-9A-F]{12}): calendar feed of INT-5001\./.exec(lines[0] ?? '')?.[1] ?? '';
    expect(id).not.toBe('');
    url = lines[1] ?? '';
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${control.port}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    expect(lines[2]).toBe(`Anyone with the address sees the dates. To stop it: integrations feed revoke ${id}`);
  });

  it('serves the feed at that address, over HTTP, as iCalendar a parser reads', async () => {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(6);
    const launch = events.find((e) => e.uid === 'INT-5001.launch@gocadmium.example');
    expect(launch?.startDate.isDate).toBe(true);
    expect(launch?.startDate.toString()).toBe('2031-06-02');
    expect(launch?.summary).toBe('INT-5001 Acme Events: Launch');
  });

  it('makes a PM’s feed, and lists the feeds without their addresses', async () => {
    const made = await cli('feed', 'new', '--pm', 'Sam.Lee@Vendor.example');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`calendar feed of ${SAM} (every active project where they are staff)`);
    const all = await cli('feed', 'list');
    expect(all.code).toBe(0);
    const rows = all.stdout.split('\n');
    expect(rows[0]).toMatch(/^feed\s+of\s+created\s+by\s+status$/);
    expect(rows).toHaveLength(3);
    expect(all.stdout).toContain(id);
    expect(all.stdout).not.toContain('/calendar/');
    const mine = await cli('feed', 'list', '--project', 'INT-5001');
    expect(mine.stdout.split('\n').slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^${id}\\s+INT-5001\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s+${SAM}\\s+active$`)),
    ]);
    const json = JSON.parse((await cli('feed', 'list', '--pm', SAM, '--json')).stdout) as { subject: unknown; revoked: boolean }[];
    expect(json).toEqual([expect.objectContaining({ subject: { pm: SAM }, revoked: false })]);
  });

  it('revokes a feed: its address answers 404, and the list says revoked', async () => {
    const revoked = await cli('feed', 'revoke', id.toLowerCase());
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`^${id}: revoked \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}; its address now answers 404\\.$`));
    expect((await fetch(url)).status).toBe(404);
    expect((await cli('feed', 'list', '--project', 'INT-5001')).stdout).toMatch(/revoked \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it.each([
    { argv: ['feed', 'new'], stderr: 'integrations: feed new needs --project PROJECT or --pm ADDRESS' },
    { argv: ['feed', 'new', '--project', 'INT-5001', '--pm', SAM], stderr: 'integrations: feed new: give --project or --pm, not both' },
    { argv: ['feed', 'new', '--project', 'ACME'], stderr: 'integrations: --project ACME: expected a project id such as INT-1042' },
    { argv: ['feed', 'new', '--pm', 'sam'], stderr: 'integrations: --pm sam: expected an address such as sam@vendor.example' },
    { argv: ['feed', 'new', '--project', 'INT-9999'], stderr: 'integrations: no project INT-9999' },
    { argv: ['feed', 'new', '--pm', 'nobody@vendor.example'], stderr: 'integrations: nobody@vendor.example is a staff party of no project' },
    { argv: ['feed', 'revoke', 'FEED-000000000000'], stderr: 'integrations: no calendar feed FEED-000000000000' },
    { argv: ['feed', 'revoke', 'INT-5001'], stderr: 'integrations: INT-5001: expected a feed id such as FEED-3F9A2C81D07B (see integrations feed list)' },
    { argv: ['feed', 'list', '--project', 'INT-5001', '--pm', SAM], stderr: 'integrations: feed list: give --project or --pm, not both' },
  ])('refuses $argv in one line, exit code 2', async ({ argv, stderr }) => {
    expect(await cli(...argv)).toMatchObject({ code: 2, stdout: '', stderr });
  });
});
