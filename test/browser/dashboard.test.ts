import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../local/clock';
import { startControl } from '../../local/control';
import { LocalRuntime } from '../../local/runtime';
import { Scenario } from '../../local/scenario';
import { simulate } from '../../local/simulate';
import { summarize } from '../../shared/api/views/summary';

/*
 * The PM's view in a real browser (Debian's Chromium, driven by playwright-core) over the local
 * runtime: the demo projects, a project's moved dates and ledger, a staff action from a button, and a
 * reply waiting for review decided from "Needs you". Screenshots go to test-output/screenshots/.
 * `.ci/run` installs Chromium when it is missing: these tests never skip.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SHOTS = join(import.meta.dirname, '..', '..', 'test-output', 'screenshots');
const ROBIN = 'robin.park@gocadmium.example';
const CUTOFF = '2027-03-20T00:00:00Z';

/** Both demos up to 20 March 2027, and a third project whose plan approval is unclear (the PM decides). */
async function scenario(): Promise<Scenario> {
  const load = async (name: string) => JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'scenarios', name), 'utf8'));
  const cadmium = await load('demo-cadmium.json');
  const paytronix = await load('demo-paytronix.json');
  const beta = {
    key: 'beta',
    title: 'Badge scans into the Beta platform',
    client: 'Beta Conferences',
    poc: { name: 'Lee Wong', email: 'lee.wong@beta-conf.example' },
    pm: { name: 'Robin Park', email: ROBIN },
  };
  const betaSteps = [
    { type: 'staff', at: '2027-01-04T16:30:00Z', project: 'beta', command: { action: 'contract-reviewed' } },
    {
      type: 'reply',
      at: '2027-01-05T16:00:00Z',
      project: 'beta',
      from: beta.poc.email,
      text: 'All details are correct. We would like to go live on May 24, 2027.',
    },
    { type: 'staff', at: '2027-03-10T17:00:00Z', project: 'beta', command: { action: 'kickoff-held' } },
    {
      type: 'reply',
      at: '2027-03-11T21:30:00Z',
      project: 'beta',
      from: beta.poc.email,
      text: 'I think the plan looks fine, but let me double-check with our director.',
    },
  ];
  const steps = [...cadmium.steps, ...paytronix.steps, ...betaSteps].filter((s) => s.at < CUTOFF).sort((a, b) => a.at.localeCompare(b.at));
  return Scenario.parse({ start: '2027-01-04T14:00:00Z', end: CUTOFF, projects: [...cadmium.projects, ...paytronix.projects, beta], steps });
}

let runtime: LocalRuntime;
let control: { port: number; close(): Promise<void> };
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'dashboard-'));
  await simulate(await scenario(), import.meta.dirname, { dataDir });
  // Real timers (the browser needs them), the day where the scenario stopped: a clock that runs from the cutoff.
  const started = Date.now();
  const clock = { ...realClock(), now: () => new Date(Date.parse(CUTOFF) + 15 * 3_600_000 + (Date.now() - started)).toISOString() };
  runtime = await LocalRuntime.start({ dataDir, clock, smtpPort: 0 });
  control = await startControl(runtime, 0);
  base = `http://127.0.0.1:${control.port}`;
  await mkdir(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await control?.close();
  await runtime?.stop();
});

const byId = async (id: string) => {
  const project = await runtime.ports.store.require(id);
  return { project, summary: summarize(project, runtime.ports.clock.now(), runtime.ports.config) };
};
const rowText = (id: string) => page.locator(`#portfolio tr[data-project="${id}"]`).innerText();

describe('the portfolio', () => {
  it('shows every active demo project with its phase, health and PM, as the records say', async () => {
    await page.goto(`${base}/ui`);
    expect(await page.title()).toBe('Portfolio — Integration projects');
    const ids = await page.locator('#portfolio tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-project')));
    expect(ids.sort()).toEqual(['INT-1001', 'INT-1002', 'INT-1003']);
    for (const id of ids as string[]) {
      const { project, summary } = await byId(id);
      const text = await rowText(id);
      expect(text).toContain(project.phase);
      expect(text).toContain({ 'on-track': 'On track', 'at-risk': 'At risk', late: 'Late' }[summary.health]);
      expect(text).toContain(summary.pm?.name ?? '—');
    }
    // The EventTech demo's launch moved three days (requirements late): at risk, +3.
    expect(await rowText('INT-1001')).toMatch(/\+3[\s\S]*At risk/);
    await page.screenshot({ path: join(SHOTS, 'portfolio.png'), fullPage: true });
  });

  it('filters by PM and health with the form, by keyboard', async () => {
    await page.goto(`${base}/ui`);
    await page.selectOption('#f-pm', ROBIN);
    await page.focus('button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/pm=robin/);
    const ids = await page.locator('#portfolio tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-project')));
    expect(ids).toEqual(['INT-1003']);
  });

  it('reads at a phone’s width: the page itself does not scroll sideways', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${base}/ui`);
    // Run in the page: the browser's own globals, not this process's.
    const overflow = await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: join(SHOTS, 'portfolio-phone.png'), fullPage: true });
    await phone.close();
  });
});

describe('a project’s page', () => {
  it('shows the moved dates in the chart and the table, and the ledger with its cause and evidence', async () => {
    await page.goto(`${base}/ui/projects/INT-1001`);
    await expect.poll(() => page.locator('#gantt').count()).toBe(1);
    const launch = await page.locator('#milestones tr[data-milestone="launch"]').innerText();
    expect(launch).toContain('2027-04-19');
    expect(launch).toContain('2027-04-22');
    expect(launch).toContain('+3 days');
    const ledger = await page.locator('#ledger-table').innerText();
    expect(ledger).toContain('requirements-late');
    expect(ledger).toContain('mail from pat.doe@acme-events.example');
    expect(await page.locator('#gantt g[data-milestone="launch"] text').allTextContents()).toContain('+3d');
    await page.screenshot({ path: join(SHOTS, 'project.png'), fullPage: true });
  });

  it('moves the project with a staff action from its button, and refuses one out of turn with the reason', async () => {
    await page.goto(`${base}/ui/projects/INT-1001`);
    await page.click('form[data-action="qa-complete"] button');
    expect(await page.locator('.flash.refused').innerText()).toMatch(/^Refused: /);
    expect((await runtime.ports.store.require('INT-1001')).progress['review-complete']).toBeUndefined();
    await page.click('form[data-action="review-complete"] button');
    expect(await page.locator('.flash.done').innerText()).toContain('INT-1001');
    expect((await runtime.ports.store.require('INT-1001')).progress['review-complete']).toMatchObject({ by: 'sam.lee@gocadmium.example' });
  });
});

describe('Needs you', () => {
  it('lists the reply waiting for the PM’s decision, and Approve decides it', async () => {
    await page.goto(`${base}/ui/needs-you?me=${ROBIN}`);
    const item = page.locator('#reviews li[data-review="RV-1"]');
    expect(await item.innerText()).toContain('I think the plan looks fine');
    await page.screenshot({ path: join(SHOTS, 'needs-you.png'), fullPage: true });
    await page.focus('#reviews button[data-decision="approve"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=/);
    expect(await page.locator('.flash.done').innerText()).toContain('decided RV-1');
    const beta = await runtime.ports.store.require('INT-1003');
    expect(beta.phase).toBe('requirements');
    expect(beta.reviews[0]).toMatchObject({ status: 'approved', decidedBy: ROBIN });
    expect(await page.locator('#reviews').count()).toBe(0);
  });
});

describe('the calendar feed from a project’s page', () => {
  it('shows a new feed’s address once; the address serves the milestones; Revoke makes it 404', async () => {
    await page.goto(`${base}/ui/projects/INT-1001`);
    await page.click('#new-feed');
    const url = (await page.locator('#feed-url').innerText()).trim();
    expect(url).toMatch(new RegExp(`^${base}/calendar/[A-Za-z0-9_-]+\\.ics$`));
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART;VALUE=DATE:20270422/);
    // Reloading the page never shows the address again.
    await page.goto(`${base}/ui/projects/INT-1001`);
    expect(await page.locator('#feed-url').count()).toBe(0);
    await page.click('button[data-feed]');
    expect(await page.locator('.flash.done').innerText()).toContain('revoked');
    expect((await fetch(url)).status).toBe(404);
  });
});
