/**
 * The figures of two `npm run bench` reports side by side: the one given with `--compare <file>`
 * and the one just measured. Only figures both reports hold are shown, so an older report with
 * fewer figures still compares.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The figures worth comparing, by a readable name: dotted paths into the report. */
const FIGURES: readonly (readonly [string, string])[] = [
  ['inbound replies a second (10 projects)', 'inbound.tenProjects.inboundPath.perSecond'],
  ['inbound time over bare mailparser', 'inbound.tenProjects.ratioToBare'],
  ['table requests a reply', 'inbound.tenProjects.dynamoRoundTripsPerReply'],
  ['scale ratio (the large table over 10 projects)', 'inbound.scaleRatio'],
  ['EventTech lifecycle: transitions', 'workflowCost.cadmium.stateTransitions'],
  ['EventTech lifecycle: DynamoDB requests', 'workflowCost.cadmium.dynamodbRequests'],
  ['EventTech lifecycle: $ a project', 'workflowCost.cadmium.costPerProjectUsd'],
  ['Paytronix lifecycle: transitions', 'workflowCost.paytronix.stateTransitions'],
  ['Paytronix lifecycle: DynamoDB requests', 'workflowCost.paytronix.dynamodbRequests'],
  ['Paytronix lifecycle: $ a project', 'workflowCost.paytronix.costPerProjectUsd'],
  ['simulation: ms a project', 'capacity.wallMsPerProject'],
  ['simulation: peak RSS MB', 'capacity.peakRssMb'],
  ['simulation: retained heap MB', 'capacity.retainedHeapMb'],
];

function at(report: Json, path: string): number | undefined {
  let value: Json | undefined = report;
  for (const key of path.split('.')) value = value !== null && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;
  return typeof value === 'number' ? value : undefined;
}

/** Each handler's bundle size and load ratio, keyed like the figures above. */
function handlers(report: Json): Map<string, number> {
  const packages = report !== null && typeof report === 'object' && !Array.isArray(report) ? report['packages'] : undefined;
  const figures = new Map<string, number>();
  for (const entry of Array.isArray(packages) ? packages : []) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry) || typeof entry['handler'] !== 'string') continue;
    if (typeof entry['bytes'] === 'number') figures.set(`bundle ${entry['handler']}: KB`, Math.round(entry['bytes'] / 1024));
    if (typeof entry['ratioToBaseline'] === 'number') figures.set(`bundle ${entry['handler']}: load over SDK baseline`, entry['ratioToBaseline']);
  }
  return figures;
}

/** Rows of `figure, before, after, change` for every figure both reports hold. */
export function compareReports(before: Json, after: Json): string[][] {
  const rows: string[][] = [];
  const row = (name: string, was: number | undefined, now: number | undefined) => {
    if (was === undefined || now === undefined) return;
    const change = was === 0 ? (now === 0 ? '=' : 'new') : `${now >= was ? '+' : ''}${(((now - was) / was) * 100).toFixed(0)}%`;
    rows.push([name, String(was), String(now), now === was ? '=' : change]);
  };
  for (const [name, path] of FIGURES) row(name, at(before, path), at(after, path));
  const was = handlers(before);
  for (const [name, now] of handlers(after)) row(name, was.get(name), now);
  return rows;
}
