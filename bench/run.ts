/**
 * `npm run bench`: the system's speed and cost on this machine, as one JSON object and a table.
 * Times are reported beside baselines measured in the same run (machines differ); counts are exact.
 * BENCH_MESSAGES (default 200), BENCH_SCALE_PROJECTS (10000) and BENCH_PROJECTS (20) size the runs.
 */
import { join } from 'node:path';
import { loadScenario } from '../local/scenario';
import { simulate } from '../local/simulate';
import { measureCapacity } from './capacity';
import { projectCost } from './cost-model';
import { measureInbound } from './inbound';
import { measurePackages } from './packages';

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const messages = number('BENCH_MESSAGES', 200);
const scaleProjects = number('BENCH_SCALE_PROJECTS', 10_000);
const capacityProjects = number('BENCH_PROJECTS', 20);
const log = (line: string) => process.stderr.write(`${line}\n`);

log(`inbound: ${messages} replies with 10 projects in the table…`);
const small = await measureInbound(10, messages);
log(`inbound: ${messages} replies with ${scaleProjects} projects in the table…`);
const large = await measureInbound(scaleProjects, messages);
log('lambda packages…');
const packages = await measurePackages();
/** The counts and the AWS cost of one full lifecycle: a process's demo scenario on the local runtime. */
async function lifecycleCost(process: 'cadmium' | 'paytronix') {
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

log('workflow cost of a full EventTech lifecycle…');
const cadmiumCost = await lifecycleCost('cadmium');
log('workflow cost of a full Paytronix lifecycle (one failed certification round)…');
const paytronixCost = await lifecycleCost('paytronix');
log(`simulation capacity: ${capacityProjects} staggered lifecycles…`);
const capacity = await measureCapacity(capacityProjects);

const report = {
  inbound: { tenProjects: small, manyProjects: large, scaleRatio: Math.round((large.inboundPath.meanMs / small.inboundPath.meanMs) * 100) / 100 },
  packages,
  workflowCost: { cadmium: cadmiumCost, paytronix: paytronixCost },
  capacity,
};
console.log(JSON.stringify(report, null, 2));
const rows = [
  ['inbound path, 10 projects', `${small.inboundPath.perSecond}/s`, `${small.ratioToBare}× bare mailparser (${small.bareMailparser.perSecond}/s)`, `p50 ${small.inboundPath.p50Ms} ms, p99 ${small.inboundPath.p99Ms} ms`],
  [`inbound path, ${scaleProjects} projects`, `${large.inboundPath.perSecond}/s`, `scale ratio ${report.inbound.scaleRatio}`, `${large.dynamoRoundTripsPerReply} DynamoDB round trips a reply`],
  ...packages.handlers.map((h) => [`bundle ${h.handler}`, `${Math.round(h.bytes / 1024)} KB`, `load ${h.loadMs} ms = ${h.ratioToBaseline}× SDK baseline (${packages.baseline.loadMs} ms)`, h.includesMailParser ? 'parses mail' : '']),
  ...([['EventTech lifecycle', cadmiumCost], ['Paytronix lifecycle', paytronixCost]] as const).map(([name, c]) => [name, `${c.stateTransitions} transitions`, `${c.lambdaInvocations} invocations, ${c.dynamodbRequests} DynamoDB requests, ${c.mailsOut + c.mailsIn} mails`, `$${c.costPerProjectUsd} a project`]),
  [`${capacity.projects} lifecycles simulated`, `${(capacity.wallMs / 1000).toFixed(1)} s`, `peak ${capacity.peakRssMb} MB`, `${capacity.live} live`],
];
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
log(`\n${rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')).join('\n')}`);
