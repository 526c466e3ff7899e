/**
 * `npm run bench`: the system's speed and cost on this machine, as one JSON object (stdout) and a
 * table (stderr). Times are reported beside baselines measured in the same run, because machines
 * differ; counts (requests, transitions, mails, bytes) are exact. README "Figures" explains each.
 * BENCH_MESSAGES (default 200), BENCH_SCALE_PROJECTS (10000), BENCH_PROJECTS (200) and
 * BENCH_LOAD_ROUNDS (11) size the runs. `-- --compare <earlier report>` adds a table of what changed.
 */
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadScenario } from '../local/scenario';
import { simulate } from '../local/simulate';
import { MODULES } from '../shared/processes/registry';
import { measureCapacity } from './capacity';
import { compareReports, type Json } from './compare';
import { projectCost } from './cost-model';
import { measureInbound } from './inbound';
import { measurePackages } from './packages';

const started = performance.now();
const number = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const messages = number('BENCH_MESSAGES', 200);
const scaleProjects = number('BENCH_SCALE_PROJECTS', 10_000);
const capacityProjects = number('BENCH_PROJECTS', 200);
const loadRounds = number('BENCH_LOAD_ROUNDS', 11);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The earlier report to compare with, read before anything is measured so a wrong path fails at once. */
async function earlierReport(): Promise<Json | undefined> {
  const flag = process.argv.indexOf('--compare');
  if (flag < 0) return undefined;
  const file = process.argv[flag + 1];
  try {
    if (!file) throw new Error('--compare needs the file of an earlier report');
    return JSON.parse(await readFile(file, 'utf8')) as Json;
  } catch (error) {
    log(`bench: cannot compare with ${file ?? '(no file)'}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
const earlier = await earlierReport();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

/** The targets of the benchmark issue, each checked against what was measured. */
const TARGETS = { roundTripsPerReply: 3, scaleRatio: 1.25, loadRatio: 1.5, costPerProjectUsd: 0.01 };

/** The counts and the AWS cost of one full lifecycle: a process's demo scenario on the local runtime. */
async function lifecycleCost(process: string) {
  const { scenario, baseDir } = await loadScenario(join(import.meta.dirname, '..', 'scenarios', `demo-${process}.json`));
  const demo = await simulate(scenario, baseDir);
  const counts = { transitions: demo.projects[0]?.transitions ?? 0, metrics: demo.metrics };
  return {
    stateTransitions: counts.transitions,
    lambdaInvocations: Object.values(demo.metrics.lambdaInvocations).reduce((a, b) => a + b, 0),
    dynamodbRequests: Object.values(demo.metrics.dynamodb.requests).reduce((a, b) => a + b, 0),
    dynamodbReadUnits: demo.metrics.dynamodb.readUnits,
    dynamodbWriteUnits: demo.metrics.dynamodb.writeUnits,
    mailsOut: demo.metrics.mailsOut,
    mailsIn: demo.metrics.mailsIn,
    costPerProjectUsd: Math.round(projectCost(counts).total * 1e5) / 1e5,
  };
}

log(`inbound: ${messages} replies to a table of 10 projects and to one of ${scaleProjects}, interleaved…`);
const [small, large] = await measureInbound([10, scaleProjects], messages);
if (!small || !large) throw new Error('the inbound measurement returned no figures');
log(`lambda packages: bundling, then ${loadRounds} rounds of loads… (${seconds()})`);
const packages = await measurePackages(loadRounds);
const workflowCost: Record<string, Awaited<ReturnType<typeof lifecycleCost>>> = {};
for (const module of MODULES) {
  log(`workflow cost of a full ${module.title} lifecycle (its demo scenario)… (${seconds()})`);
  workflowCost[module.id] = await lifecycleCost(module.id);
}
log(`simulation capacity: ${capacityProjects} staggered lifecycles in a fresh process… (${seconds()})`);
const capacity = await measureCapacity(capacityProjects);

const scaleRatio = Math.round((large.inboundPath.meanMs / small.inboundPath.meanMs) * 100) / 100;
const worstLoad = packages.reduce((worst, h) => (h.ratioToBaseline > worst.ratioToBaseline ? h : worst));
const roundTrips = Math.max(small.dynamoRoundTripsPerReply, large.dynamoRoundTripsPerReply);
const dearest = Math.max(...Object.values(workflowCost).map((c) => c.costPerProjectUsd));
const report = {
  machine: { node: process.version, cpus: cpus().length },
  inbound: { tenProjects: small, manyProjects: large, scaleRatio },
  packages,
  workflowCost,
  capacity,
  targets: {
    roundTripsPerReply: { measured: roundTrips, target: TARGETS.roundTripsPerReply, met: roundTrips <= TARGETS.roundTripsPerReply },
    scaleRatio: { measured: scaleRatio, target: TARGETS.scaleRatio, met: scaleRatio <= TARGETS.scaleRatio },
    loadRatio: {
      measured: worstLoad.ratioToBaseline,
      target: TARGETS.loadRatio,
      met: worstLoad.ratioToBaseline <= TARGETS.loadRatio,
      over: packages.filter((h) => h.ratioToBaseline > TARGETS.loadRatio).map((h) => h.handler),
    },
    mailParserOnlyInInbound: { met: packages.every((h) => h.includesMailParser === (h.handler === 'inbound-mail')) },
    costPerProjectUsd: { measured: dearest, target: TARGETS.costPerProjectUsd, met: dearest < TARGETS.costPerProjectUsd },
  },
  benchSeconds: Math.round((performance.now() - started) / 1000),
};
console.log(JSON.stringify(report, null, 2));

const rows = [
  [
    'inbound path, 10 projects',
    `${small.inboundPath.perSecond}/s`,
    `${small.ratioToBare}× bare mailparser (${small.bareMailparser.perSecond}/s)`,
    `p50 ${small.inboundPath.p50Ms} ms, p99 ${small.inboundPath.p99Ms} ms`,
  ],
  [
    `inbound path, ${scaleProjects} projects`,
    `${large.inboundPath.perSecond}/s`,
    `scale ratio ${scaleRatio}`,
    `${large.dynamoRoundTripsPerReply} DynamoDB round trips a reply`,
  ],
  ...packages.map((h) => [
    `bundle ${h.handler}`,
    `${Math.round(h.bytes / 1024)} KB`,
    `load ${h.loadMs} ms = ${h.ratioToBaseline}× its SDK baseline (${h.baselineLoadMs} ms)`,
    h.includesMailParser ? 'parses mail' : '',
  ]),
  ...MODULES.map((m) => [`${m.title} lifecycle`, workflowCost[m.id]] as const).flatMap(([name, c]) =>
    c === undefined
      ? []
      : [
          [
            name,
            `${c.stateTransitions} transitions`,
            `${c.lambdaInvocations} invocations, ${c.dynamodbRequests} DynamoDB requests, ${c.mailsOut + c.mailsIn} mails`,
            `$${c.costPerProjectUsd} a project`,
          ],
        ],
  ),
  [
    `${capacity.projects} lifecycles simulated`,
    `${(capacity.wallMs / 1000).toFixed(0)} s`,
    `${capacity.wallMsPerProject} ms a project over ${capacity.simulatedDays} simulated days`,
    `peak ${capacity.peakRssMb} MB, ${capacity.live} live`,
  ],
];
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
log(
  `\n${rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}`,
);
const targets = Object.entries(report.targets).map(
  ([name, t]) =>
    `${t.met ? 'met ' : 'MISSED'} ${name}${'measured' in t ? `: ${t.measured} (target ${'target' in t ? t.target : ''})` : ''}${'over' in t && t.over.length > 0 ? ` over: ${t.over.join(', ')}` : ''}`,
);
log(`\n${targets.join('\n')}\nbench took ${report.benchSeconds} s`);
if (earlier !== undefined) {
  const changes = [['figure', 'before', 'now', 'change'], ...compareReports(earlier, JSON.parse(JSON.stringify(report)) as Json)];
  const columns = changes[0]?.map((_, i) => Math.max(...changes.map((r) => (r[i] ?? '').length))) ?? [];
  log(`\n${changes.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(columns[i] ?? 0) : c.padStart(columns[i] ?? 0))).join('  ')).join('\n')}`);
}
