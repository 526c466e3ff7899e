import type { MetricsSnapshot } from '../local/metrics';

/**
 * AWS list prices, us-east-1, as published for these services (USD). Change them here when AWS
 * does; the README's cost table is regenerated from them by `npm run cost -- --write-readme`.
 */
export const PRICES = {
  stepFunctionsPerTransition: 0.025 / 1000,
  lambdaPerRequest: 0.2 / 1_000_000,
  /** arm64 */
  lambdaPerGbSecond: 0.0000133334,
  dynamoPerWriteUnit: 0.625 / 1_000_000,
  dynamoPerReadUnit: 0.125 / 1_000_000,
  sesPerOutboundMail: 0.1 / 1000,
  sesPerInboundMail: 0.1 / 1000,
  /** Inbound mail is also billed per 256 KB chunk; a reply is one. */
  sesPerInboundChunk: 0.09 / 1000,
  s3PerPut: 0.005 / 1000,
  /** Fixed per month: the reply-key secret, the KMS keys (the stack's and the credentials' sealing key), the CloudWatch alarms. */
  secretPerMonth: 0.4,
  kmsKeyPerMonth: 1.0,
  alarmPerMonth: 0.1,
} as const;

/** Billed duration assumed per invocation (the local runtime measures no Lambda time): generous for these handlers. */
export const ASSUMED_BILLED_MS = 200;
export const MEMORY_GB: Readonly<Record<string, number>> = { 'inbound-mail': 1 };
const DEFAULT_MEMORY_GB = 0.5;
const ALARMS = 6; // inbound dead letters and errors; failed and timed-out executions of each of the two workflows
const KMS_KEYS = 2;

export interface LifecycleCounts {
  readonly transitions: number;
  readonly metrics: MetricsSnapshot;
}

export interface ProjectCost {
  readonly stepFunctions: number;
  readonly lambda: number;
  readonly dynamodb: number;
  readonly ses: number;
  readonly s3: number;
  readonly total: number;
}

/** What one full lifecycle costs, from its counted transitions, invocations, units and mails. */
export function projectCost({ transitions, metrics }: LifecycleCounts): ProjectCost {
  const invocations = Object.entries(metrics.lambdaInvocations);
  const requests = invocations.reduce((n, [, count]) => n + count, 0);
  const gbSeconds = invocations.reduce((sum, [id, count]) => sum + count * (ASSUMED_BILLED_MS / 1000) * (MEMORY_GB[id] ?? DEFAULT_MEMORY_GB), 0);
  const stepFunctions = transitions * PRICES.stepFunctionsPerTransition;
  const lambda = requests * PRICES.lambdaPerRequest + gbSeconds * PRICES.lambdaPerGbSecond;
  const dynamodb = metrics.dynamodb.writeUnits * PRICES.dynamoPerWriteUnit + metrics.dynamodb.readUnits * PRICES.dynamoPerReadUnit;
  const ses = metrics.mailsOut * PRICES.sesPerOutboundMail + metrics.mailsIn * (PRICES.sesPerInboundMail + PRICES.sesPerInboundChunk);
  const s3 = metrics.mailsIn * PRICES.s3PerPut;
  return { stepFunctions, lambda, dynamodb, ses, s3, total: stepFunctions + lambda + dynamodb + ses + s3 };
}

export const FIXED_PER_MONTH = PRICES.secretPerMonth + KMS_KEYS * PRICES.kmsKeyPerMonth + ALARMS * PRICES.alarmPerMonth;

/** The README table: a month in which N projects each run a full lifecycle. */
export function costTable(cost: ProjectCost, counts: LifecycleCounts): string {
  const usd = (value: number) => (value < 0.01 ? `$${value.toFixed(4)}` : `$${value.toFixed(2)}`);
  const invocations = Object.values(counts.metrics.lambdaInvocations).reduce((a, b) => a + b, 0);
  const lines = [
    `Counted on one full EventTech lifecycle (the demo scenario, one feedback cycle): ${counts.transitions} state transitions, ${invocations} Lambda invocations, ${counts.metrics.dynamodb.writeUnits} DynamoDB write units and ${counts.metrics.dynamodb.readUnits} read units, ${counts.metrics.mailsOut} mails out and ${counts.metrics.mailsIn} in: ${usd(cost.total)} per project (Step Functions ${usd(cost.stepFunctions)}, SES ${usd(cost.ses)}, DynamoDB ${usd(cost.dynamodb)}, Lambda ${usd(cost.lambda)}, S3 ${usd(cost.s3)}), plus ${usd(FIXED_PER_MONTH)} a month fixed (secret, two KMS keys, six alarms).`,
    '',
    '| projects a month | variable | fixed | total a month |',
    '|---:|---:|---:|---:|',
    ...[10, 100, 1000].map(
      (n) => `| ${n.toLocaleString('en-US')} | ${usd(n * cost.total)} | ${usd(FIXED_PER_MONTH)} | ${usd(n * cost.total + FIXED_PER_MONTH)} |`,
    ),
  ];
  return lines.join('\n');
}

export const README_MARKERS = { start: '<!-- cost-table:start (npm run cost -- --write-readme) -->', end: '<!-- cost-table:end -->' } as const;

/** The README with its cost block replaced by `table`. */
export function withCostTable(readme: string, table: string): string {
  const start = readme.indexOf(README_MARKERS.start);
  const end = readme.indexOf(README_MARKERS.end);
  if (start < 0 || end < start) throw new Error('the README has no cost-table markers');
  return `${readme.slice(0, start + README_MARKERS.start.length)}\n${table}\n${readme.slice(end)}`;
}
