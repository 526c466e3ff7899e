import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { staffApi } from '../../shared/api/app';
import { summarize } from '../../shared/api/views/summary';
import type { LifecyclePorts } from '../../shared/lifecycle/ports';
import { addDays } from '../../shared/timeline/dates';
import { sampleProject } from '../helpers/projects';
import { testPorts } from '../helpers/ports';

/*
 * The dashboard's pages over the staff API (shared/api/dashboard.ts): 500 projects render within a
 * second; health marks follow the thresholds of the config; a form from another site cannot act.
 */
let dynamo: LocalDynamo;
let ports: LifecyclePorts;
const PROJECTS = 500;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  ports = await testPorts(dynamo);
  // 500 EventTech projects, launches spread over two years, a third of them slipped by a few days.
  for (let i = 0; i < PROJECTS; i++) {
    const project = sampleProject(`INT-${2001 + i}`, { launch: addDays('2027-05-03', (i * 7) % 730), phase: 'requirements' });
    const slipped =
      i % 3 === 0 && project.timeline.current
        ? {
            ...project.timeline.current,
            launch: { ...project.timeline.current['launch'], due: addDays(project.timeline.current['launch']?.due ?? '2027-05-03', 2 + (i % 7)) },
          }
        : project.timeline.current;
    await ports.store.create({ ...project, timeline: { ...project.timeline, current: slipped as typeof project.timeline.current } });
  }
}, 120_000);

afterAll(async () => {
  await dynamo?.stop();
});

const app = () => staffApi(() => Promise.resolve(ports));

describe('the portfolio of 500 projects', () => {
  it('renders every one within a second (the median of three requests)', async () => {
    const times: number[] = [];
    let body = '';
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const response = await app().request('/ui');
      body = await response.text();
      times.push(performance.now() - started);
      expect(response.status).toBe(200);
    }
    const median = [...times].sort((a, b) => a - b)[1] ?? Number.POSITIVE_INFINITY;
    console.log(`dashboard figures: {"projects":${PROJECTS},"portfolioRenderMs":${Math.round(median)},"bytes":${body.length}}`);
    expect(body.match(/<tr data-project=/g)).toHaveLength(PROJECTS);
    expect(median).toBeLessThan(1000);
  });

  it('marks health by the deployment’s thresholds: a launch slipped 2–8 days is at risk below 5 days, late from 5', async () => {
    const projects = await ports.store.listActive();
    const marks = projects.map((p) => summarize(p, ports.clock.now(), ports.config));
    for (const m of marks.filter((s) => (s.slipDays ?? 0) > 0 && !s.overdue)) expect(m.health).toBe((m.slipDays ?? 0) >= 5 ? 'late' : 'at-risk');
    const strict = marks.map((_, i) =>
      summarize(projects[i] as (typeof projects)[number], ports.clock.now(), { health: { atRiskSlipDays: 1, lateSlipDays: 2 } }),
    );
    expect(strict.filter((s) => s.health === 'late').length).toBeGreaterThan(marks.filter((s) => s.health === 'late').length);
  });

  it('filters by health and sorts by the next date', async () => {
    const body = await (await app().request('/ui?health=late&sort=next')).text();
    const dates = [...body.matchAll(/<span class="small">(\d{4}-\d{2}-\d{2})<\/span><\/td>/g)].map((m) => m[1] ?? '');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
    expect(body).not.toContain('class="health on-track" title');
  });
});

describe('a staff action from a page', () => {
  it('is refused when the form comes from another site (Origin), and the record is untouched', async () => {
    const before = await ports.store.require('INT-2001');
    const response = await app().request('/ui/projects/INT-2001/actions', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'action=reschedule&milestone=launch&date=2027-09-01',
    });
    expect(response.status).toBe(403);
    expect((await ports.store.require('INT-2001')).version).toBe(before.version);
  });

  it('goes back with the refusal in words when the project is not at that point', async () => {
    const response = await app().request('http://localhost/ui/projects/INT-2001/actions', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: 'action=qa-complete',
    });
    expect(response.status).toBe(303);
    expect(decodeURIComponent(response.headers.get('location') ?? '')).toMatch(/^\/ui\/projects\/INT-2001\?refused=/);
  });

  it('answers 404 with a page for an unknown project', async () => {
    const response = await app().request('/ui/projects/INT-9999');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('No project INT-9999');
  });
});
