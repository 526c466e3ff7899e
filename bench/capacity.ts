import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadScenario, Scenario, type ScenarioStep } from '../local/scenario';
import { simulate } from '../local/simulate';

const DAY_MS = 86_400_000;
const STAGGER_DAYS = 8;
const run = promisify(execFile);

function shift(at: string, days: number): string {
  return new Date(Date.parse(at) + days * DAY_MS).toISOString();
}

function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The demo lifecycle for `count` projects, each contracted eight days after the one before and
 * asking for a launch eight days later. The development queue takes three projects at once (the
 * sample capacity) for windows of about three weeks, holidays included: one project a week is at
 * its limit and holidays make the queue fall behind, so every launch would drift a little later
 * than the one before. Eight days keeps every project on the demo's own script.
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
  /** Simulated days from the first project's contract to the end of the last lifecycle. */
  readonly simulatedDays: number;
  readonly live: number;
  readonly wallMs: number;
  readonly wallMsPerProject: number;
  /** The simulation process's peak resident memory (its own measure: getrusage maxrss). */
  readonly peakRssMb: number;
  /** The JavaScript heap still in use after the run and a full garbage collection: what the run retained. */
  readonly retainedHeapMb: number;
  readonly transitions: number;
  readonly mailsOut: number;
  readonly mailsIn: number;
  readonly dynamodbRequests: number;
}

function retainedHeapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
}

/** Runs `count` staggered lifecycles on the simulated clock, in this process. */
async function simulateStaggered(count: number): Promise<CapacityFigures> {
  const scenario = await staggeredScenario(count);
  const result = await simulate(scenario, import.meta.dirname);
  return {
    projects: count,
    simulatedDays: Math.round((Date.parse(scenario.end) - Date.parse(scenario.start)) / DAY_MS),
    live: result.projects.filter((p) => p.phase === 'live').length,
    wallMs: result.wallMs,
    wallMsPerProject: Math.round(result.wallMs / count),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    retainedHeapMb: retainedHeapMb(),
    transitions: result.projects.reduce((n, p) => n + p.transitions, 0),
    mailsOut: result.metrics.mailsOut,
    mailsIn: result.metrics.mailsIn,
    dynamodbRequests: Object.values(result.metrics.dynamodb.requests).reduce((a, b) => a + b, 0),
  };
}

/**
 * Runs `count` staggered lifecycles in a fresh Node process (the simulated clock fakes this
 * process's timers, and the peak memory must be the simulation's own): wall time and peak memory.
 */
export async function measureCapacity(count: number): Promise<CapacityFigures> {
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), String(count)], {
    maxBuffer: 1 << 20,
    env: { ...process.env, LOG_LEVEL: 'SILENT' },
  });
  return JSON.parse(stdout) as CapacityFigures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await simulateStaggered(Number(process.argv[2] ?? 200))));
}
