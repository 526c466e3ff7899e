import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  type HttpRoute,
  type HttpStage,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
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
  /**
   * No IAM authorization: the path carries its own credential (a calendar feed's token: calendar
   * apps cannot sign requests). In no policy, since no one needs `execute-api:Invoke` for it.
   */
  readonly open?: true;
}

/** The routes of `shared/api/app.ts`, declared one by one (no catch-all) so a policy can name each; the GET routes are read-only. */
export const STAFF_API_ROUTES: readonly StaffRoute[] = [
  { method: HttpMethod.GET, path: '/projects', readOnly: true },
  { method: HttpMethod.POST, path: '/projects', readOnly: false },
  { method: HttpMethod.GET, path: '/projects/{id}', readOnly: true },
  { method: HttpMethod.POST, path: '/projects/{id}/actions', readOnly: false },
  { method: HttpMethod.GET, path: '/inbox', readOnly: true },
  { method: HttpMethod.POST, path: '/inbox/{mailId}/assign', readOnly: false },
  // Calendar feeds (shared/api/feeds.ts): made, listed and revoked by staff; read by calendar apps with the token alone.
  { method: HttpMethod.GET, path: '/feeds', readOnly: true },
  { method: HttpMethod.POST, path: '/feeds', readOnly: false },
  { method: HttpMethod.POST, path: '/feeds/{id}/revoke', readOnly: false },
  { method: HttpMethod.GET, path: '/calendar/{token}', readOnly: true, open: true },
  // The PM's view (shared/api/dashboard.ts): pages, and the forms of their buttons (through `integrations dashboard`, signed).
  { method: HttpMethod.GET, path: '/', readOnly: true },
  { method: HttpMethod.GET, path: '/ui', readOnly: true },
  { method: HttpMethod.GET, path: '/ui/ended', readOnly: true },
  { method: HttpMethod.GET, path: '/ui/needs-you', readOnly: true },
  { method: HttpMethod.GET, path: '/ui/projects/{id}', readOnly: true },
  { method: HttpMethod.POST, path: '/ui/projects/{id}/actions', readOnly: false },
  { method: HttpMethod.POST, path: '/ui/inbox/{mailId}/assign', readOnly: false },
  { method: HttpMethod.POST, path: '/ui/projects/{id}/feeds', readOnly: false },
  { method: HttpMethod.POST, path: '/ui/needs-you/feeds', readOnly: false },
  { method: HttpMethod.POST, path: '/ui/feeds/{feedId}/revoke', readOnly: false },
];

/** The routes IAM authorizes: every one but the calendar feed's. */
export const SIGNED_ROUTES: readonly StaffRoute[] = STAFF_API_ROUTES.filter((route) => !route.open);

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
 * API Gateway HTTP API whose every route but one requires IAM authorization: callers sign with SigV4, and
 * what they may call is what their IAM policies allow. Two managed policies to attach to people:
 * `staffPolicy` (PMs and TCs: every signed route) and `readOnlyPolicy` (the GET routes: projects, the inbox, feeds). The default
 * stage writes an access log naming the caller's IAM identity; request bodies are never logged.
 * The one route without an authorizer is `GET /calendar/{token}`, a calendar feed, whose unguessable
 * token is its credential (calendar apps cannot sign); the access log names routes, not paths, so
 * that token never reaches it.
 */
export class StaffApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly handler: IFunction;
  /** For PMs and TCs: `execute-api:Invoke` on every signed route. */
  readonly staffPolicy: ManagedPolicy;
  /** For people who only look: `execute-api:Invoke` on the GET routes. */
  readonly readOnlyPolicy: ManagedPolicy;
  /** The API's URL (the `$default` stage). */
  readonly url: string;
  /** The routes without an authorizer (`GET /calendar/{token}`): cdk-nag's APIG4 is acknowledged on them alone (infra/nag.ts). */
  readonly openRoutes: readonly HttpRoute[];

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
            // The route, not the path: a calendar feed's path is its credential (its token).
            route: '$context.routeKey',
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
    const open: HttpRoute[] = [];
    for (const route of STAFF_API_ROUTES) {
      const added = this.api.addRoutes({
        path: route.path,
        methods: [route.method],
        integration,
        // The calendar route's token is its credential; its throttle is its own (the stage's default
        // route settings apply per route), so polling or probing it cannot use up the staff routes' rate.
        ...(route.open ? { authorizer: new HttpNoneAuthorizer() } : {}),
      });
      if (route.open) open.push(...added);
    }
    this.openRoutes = open;

    const invoke = (routes: readonly StaffRoute[]) =>
      new PolicyStatement({ actions: ['execute-api:Invoke'], resources: routes.map((route) => this.arnFor(route)) });
    this.staffPolicy = new ManagedPolicy(this, 'StaffPolicy', {
      description: 'Integrations staff API: every route (PMs and TCs)',
      statements: [invoke(SIGNED_ROUTES)],
    });
    this.readOnlyPolicy = new ManagedPolicy(this, 'ReadOnlyPolicy', {
      description: 'Integrations staff API: read only (GET /projects, GET /projects/{id}, GET /inbox, GET /feeds)',
      statements: [invoke(SIGNED_ROUTES.filter((route) => route.readOnly))],
    });
  }

  /** The `execute-api` ARN of a route on the stage (see {@link invokePath}). */
  arnFor(route: StaffRoute): string {
    return this.api.arnForExecuteApi(route.method, invokePath(route), STAFF_API_STAGE);
  }
}
