import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, type HttpStage, LogGroupLogDestination, type ThrottleSettings } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { ManagedPolicy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { TaskFunction } from './task-function';

/** One route of the staff API: its method, its path as API Gateway declares it, and whether reading staff may call it. */
export interface StaffRoute {
  readonly method: HttpMethod;
  readonly path: string;
  readonly readOnly: boolean;
}

/** The routes of `shared/api/app.ts`, declared one by one (no catch-all) so a policy can name each; the GET routes are read-only. */
export const STAFF_API_ROUTES: readonly StaffRoute[] = [
  { method: HttpMethod.GET, path: '/projects', readOnly: true },
  { method: HttpMethod.POST, path: '/projects', readOnly: false },
  { method: HttpMethod.GET, path: '/projects/{id}', readOnly: true },
  { method: HttpMethod.POST, path: '/projects/{id}/actions', readOnly: false },
  { method: HttpMethod.GET, path: '/inbox', readOnly: true },
  { method: HttpMethod.POST, path: '/inbox/{mailId}/assign', readOnly: false },
];

/** The stage every request goes through: the API's URL has no stage in its path. */
export const STAFF_API_STAGE = '$default';

/**
 * A route's path as IAM matches it in an `execute-api` ARN: IAM sees the request's path, not the
 * route's template, so each path parameter becomes `*` (`/projects/{id}` is `/projects/*`).
 */
export function invokePath(route: StaffRoute): string {
  return route.path.replace(/\{[^}]+\}/g, '*');
}

export interface StaffApiProps {
  /** The handler's environment: what every handler gets, and `STATE_MACHINE_ARNS` to start executions. */
  readonly environment: Readonly<Record<string, string>>;
  /**
   * Retention of the handler's log and of the API's access log.
   * @default RetentionDays.THREE_MONTHS
   */
  readonly logRetention?: RetentionDays;
  /**
   * Request rates of the stage: the callers are a few people and their CLI.
   * @default 10 requests a second, bursts of 20
   */
  readonly throttle?: ThrottleSettings;
}

/**
 * The staff API on AWS: the `staff-api` handler (the Hono app the local runtime serves) behind an
 * API Gateway HTTP API whose every route requires IAM authorization: callers sign with SigV4, and
 * what they may call is what their IAM policies allow. Two managed policies to attach to people:
 * `staffPolicy` (PMs and TCs: every route) and `readOnlyPolicy` (the GET routes: projects and the inbox). The default
 * stage writes an access log naming the caller's IAM identity; request bodies are never logged.
 */
export class StaffApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly handler: IFunction;
  /** For PMs and TCs: `execute-api:Invoke` on every route. */
  readonly staffPolicy: ManagedPolicy;
  /** For people who only look: `execute-api:Invoke` on the GET routes. */
  readonly readOnlyPolicy: ManagedPolicy;
  /** The API's URL (the `$default` stage). */
  readonly url: string;

  constructor(scope: Construct, id: string, props: StaffApiProps) {
    super(scope, id);
    const retention = props.logRetention ?? RetentionDays.THREE_MONTHS;
    this.handler = new TaskFunction(this, 'Handler', { handlerId: 'staff-api', environment: props.environment, logRetention: retention }).fn;

    this.api = new HttpApi(this, 'Api', {
      apiName: `${Stack.of(this).stackName}-staff`,
      description: 'Integrations staff API (IAM authorization: callers sign with SigV4)',
      defaultAuthorizer: new HttpIamAuthorizer(),
      // The default stage is made below, with its access log.
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention, removalPolicy: RemovalPolicy.DESTROY });
    this.stage = this.api.addStage('DefaultStage', {
      stageName: STAFF_API_STAGE,
      autoDeploy: true,
      throttle: props.throttle ?? { rateLimit: 10, burstLimit: 20 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            caller: '$context.identity.caller',
            user: '$context.identity.userArn',
            sourceIp: '$context.identity.sourceIp',
            route: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            latency: '$context.responseLatency',
            error: '$context.error.message',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    this.url = this.stage.url;

    const integration = new HttpLambdaIntegration('Handler', this.handler);
    for (const route of STAFF_API_ROUTES) this.api.addRoutes({ path: route.path, methods: [route.method], integration });

    const invoke = (routes: readonly StaffRoute[]) =>
      new PolicyStatement({ actions: ['execute-api:Invoke'], resources: routes.map((route) => this.arnFor(route)) });
    this.staffPolicy = new ManagedPolicy(this, 'StaffPolicy', {
      description: 'Integrations staff API: every route (PMs and TCs)',
      statements: [invoke(STAFF_API_ROUTES)],
    });
    this.readOnlyPolicy = new ManagedPolicy(this, 'ReadOnlyPolicy', {
      description: 'Integrations staff API: read only (GET /projects, GET /projects/{id}, GET /inbox)',
      statements: [invoke(STAFF_API_ROUTES.filter((route) => route.readOnly))],
    });
  }

  /** The `execute-api` ARN of a route on the stage (see {@link invokePath}). */
  arnFor(route: StaffRoute): string {
    return this.api.arnForExecuteApi(route.method, invokePath(route), STAFF_API_STAGE);
  }
}
