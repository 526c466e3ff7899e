import { join } from 'node:path';
import { loadScenario, Scenario, type ScenarioStep } from '../local/scenario';
import { simulate } from '../local/simulate';

const DAY_MS = 86_400_000;
const STAGGER_DAYS = 7;

function shift(at: string, days: number): string {
  return new Date(Date.parse(at) + days * DAY_MS).toISOString();
}

function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The demo lifecycle for `count` projects, each started a week after the one before and asking
 * for a launch a week later: with three projects in development at once (the sample capacity)
 * and three-week development windows, one a week is what the queue sustains.
 */
export async function staggeredScenario(count: number): Promise<Scenario> {
  const { scenario: demo } = await loadScenario(join(import.meta.dirname, '..', 'scenarios', 'demo-cadmium.json'));
  const template = demo.projects[0];
  if (!template) throw new Error('the demo has no project');
  const projects = Array.from({ length: count }, (_, i) => ({ ...template, key: `p${i}`, client: `Client ${i}`, at: shift(demo.start, STAGGER_DAYS * i) }));
  const steps: ScenarioStep[] = [];
  for (let i = 0; i < count; i += 1) {
    for (const step of demo.steps) {
      const moved = { ...step, at: shift(step.at, STAGGER_DAYS * i) };
      if (moved.type === 'staff' || moved.type === 'reply') moved.project = `p${i}`;
      if (moved.type === 'reply') moved.text = moved.text.replace('April 19, 2027', longDate(shift('2027-04-19T12:00:00Z', STAGGER_DAYS * i)));
      steps.push(moved);
    }
  }
  steps.sort((a, b) => a.at.localeCompare(b.at));
  return Scenario.parse({ start: demo.start, end: shift(demo.end, STAGGER_DAYS * count), projects, steps });
}

export interface CapacityFigures {
  readonly projects: number;
  readonly live: number;
  readonly wallMs: number;
  readonly peakRssMb: number;
  readonly transitions: number;
  readonly mailsOut: number;
}

/** Runs `count` staggered lifecycles on the simulated clock: wall time and peak memory. */
export async function measureCapacity(count: number): Promise<CapacityFigures> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  try {
    const result = await simulate(await staggeredScenario(count), import.meta.dirname);
    return {
      projects: count,
      live: result.projects.filter((p) => p.phase === 'live').length,
      wallMs: result.wallMs,
      peakRssMb: Math.round(peak / 1024 / 1024),
      transitions: result.projects.reduce((n, p) => n + p.transitions, 0),
      mailsOut: result.metrics.mailsOut,
    };
  } finally {
    clearInterval(sampler);
  }
}
