import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing, type IDestination, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { HANDLER_BUNDLING } from './bundling';

export interface TaskFunctionProps {
  /** The folder under `functions/` holding `handler.ts`; also the local runtime's name for it. */
  readonly handlerId: string;
  readonly environment: Readonly<Record<string, string>>;
  /** @default 30 seconds */
  readonly timeout?: Duration;
  /** @default 512 MB */
  readonly memorySize?: number;
  /** @default RetentionDays.THREE_MONTHS */
  readonly logRetention?: RetentionDays;
  /**
   * Cap on concurrent executions, where a downstream limit needs protecting (SES send rate).
   * @default no cap
   */
  readonly reservedConcurrentExecutions?: number;
  /** For asynchronous invocations: where an event goes after its retries fail. @default none */
  readonly onFailure?: IDestination;
  /** @default 2 */
  readonly retryAttempts?: number;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * One handler of `functions/` as a Lambda: Node 22 on arm64, bundled locally by esbuild as an ES
 * module (no Docker; see {@link HANDLER_BUNDLING}), X-Ray tracing, JSON logs in a log group with a
 * retention. `HANDLER_ID` lets the local runtime map the synthesized ASL's tasks to the same code.
 */
export class TaskFunction extends Construct {
  readonly fn: IFunction;

  constructor(scope: Construct, id: string, props: TaskFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention ?? RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    this.fn = new NodejsFunction(this, 'Function', {
      entry: join(ROOT, 'functions', props.handlerId, 'handler.ts'),
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout ?? Duration.seconds(30),
      memorySize: props.memorySize ?? 512,
      tracing: Tracing.ACTIVE,
      logGroup,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      onFailure: props.onFailure,
      retryAttempts: props.onFailure ? (props.retryAttempts ?? 2) : undefined,
      // No --enable-source-maps: Node would parse the bundle's map (up to 9 MB) at every cold start,
      // 50–140 ms measured. Errors are logged by name and message; the map ships in the asset, and
      // NODE_OPTIONS=--enable-source-maps can be set on a function while a stack trace is needed.
      environment: { ...props.environment, HANDLER_ID: props.handlerId, POWERTOOLS_SERVICE_NAME: 'integrations' },
      projectRoot: ROOT,
      depsLockFilePath: join(ROOT, 'package-lock.json'),
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        mainFields: [...HANDLER_BUNDLING.mainFields],
        externalModules: [...HANDLER_BUNDLING.externalModules],
        banner: HANDLER_BUNDLING.banner,
        sourceMap: true,
        minify: HANDLER_BUNDLING.minify,
        target: HANDLER_BUNDLING.target,
      },
    });
  }
}
