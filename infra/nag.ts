import { Stack, Token, Validations, type CfnResource } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { invokePath, SIGNED_ROUTES, STAFF_API_STAGE, type StaffApi } from './constructs/staff-api';

/** A cdk-nag AwsSolutions finding this design accepts, and why. */
export interface Acknowledgement {
  readonly id: string;
  readonly reason: string;
}

function logicalId(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnResource);
}

function ref(construct: IConstruct): string {
  return `<${logicalId(construct)}.Arn>`;
}

/** The start of an ARN in the stack as cdk-nag writes it: the stack's partition, region and account, or `<AWS::…>` where unknown at synth. */
function arnIn(stack: Stack, service: string): string {
  const pseudo = (value: string, name: string) => (Token.isUnresolved(value) ? `<AWS::${name}>` : value);
  return `arn:${pseudo(stack.partition, 'Partition')}:${service}:${pseudo(stack.region, 'Region')}:${pseudo(stack.account, 'AccountId')}`;
}

export interface NagScope {
  readonly stack: Stack;
  readonly handlers: readonly IFunction[];
  readonly workflowFunctions: readonly IFunction[];
  readonly table: IConstruct;
  readonly rawMailBucket: IConstruct;
  /** The names of the registered state machines. */
  readonly stateMachineNames: readonly string[];
  readonly staffApi: StaffApi;
}

/**
 * The findings cdk-nag's AwsSolutions pack reports on this stack that are accepted, each with its
 * written reason. They are named exactly (rule and resource), so a new finding fails the synth.
 */
export function acknowledgements(scope: NagScope): Acknowledgement[] {
  const nag = (rule: string, detail: string) => `AwsSolutions::AwsSolutions-${rule}[${detail}]`;
  return [
    {
      id: nag('IAM4', 'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'),
      reason: 'Every Lambda role has AWS’s basic execution policy: it only writes the function’s own logs.',
    },
    {
      id: nag('IAM5', 'Resource::*'),
      reason: 'X-Ray (PutTraceSegments, PutTelemetryRecords) and SES SetActiveReceiptRuleSet support no resource-level permissions.',
    },
    {
      id: nag('IAM5', `Resource::${ref(scope.table)}/index/*`),
      reason: 'Handlers query the project table’s own two indexes (byLaunch, active).',
    },
    {
      id: nag('IAM5', 'Action::s3:GetBucket*'),
      reason: 'CDK’s read grant on the raw-mail bucket, for the inbound handler and the staff API (assigning a mail of the inbox reads it again) only.',
    },
    {
      id: nag('IAM5', 'Action::s3:GetObject*'),
      reason: 'CDK’s read grant on the raw-mail bucket, for the inbound handler and the staff API (assigning a mail of the inbox reads it again) only.',
    },
    {
      id: nag('IAM5', 'Action::s3:List*'),
      reason: 'CDK’s read grant on the raw-mail bucket, for the inbound handler and the staff API (assigning a mail of the inbox reads it again) only.',
    },
    {
      id: nag('IAM5', `Resource::${ref(scope.rawMailBucket)}/inbound/*`),
      reason: 'The inbound handler and the staff API read only raw mail under the prefix SES writes to.',
    },
    {
      id: 'AwsSolutions::AwsSolutions-L1',
      reason:
        'Handlers run on nodejs22.x on purpose: the Node version the project is built and tested on (the node dev dependency); moving up is a tested change, not a default.',
    },
    {
      id: 'AwsSolutions::AwsSolutions-SQS3',
      reason:
        'The only queue is itself the inbound handler’s dead-letter queue (its failure destination); a dead-letter queue of a dead-letter queue would hide nothing more.',
    },
    ...scope.workflowFunctions.map((fn) => ({
      id: nag('IAM5', `Resource::${ref(fn)}:*`),
      reason: 'The state machine may invoke any version of its own task function (CDK’s LambdaInvoke grant).',
    })),
    ...scope.stateMachineNames.map((name) => ({
      id: nag('IAM5', `Resource::${arnIn(scope.stack, 'states')}:execution:${name}:*`),
      reason:
        'The staff API describes a project’s execution, and a restart (staff API, or a staff command by mail) stops the previous one, by the name kept on its record; execution names are per project (id and record version), so the grant covers the executions of this one registered state machine.',
    })),
    ...SIGNED_ROUTES.filter((route) => invokePath(route) !== route.path).map((route) => ({
      id: nag(
        'IAM5',
        `Resource::${arnIn(scope.stack, 'execute-api')}:<${logicalId(scope.staffApi.api)}>/${STAFF_API_STAGE}/${route.method}${invokePath(route)}`,
      ),
      reason: `IAM matches the request’s path, so the path parameter of ${route.method} ${route.path} is a wildcard; the API, stage, method and the rest of the path are named (the staff managed policies).`,
    })),
  ];
}

/**
 * Findings accepted on one construct only, not the whole stack: the calendar feed's route has no
 * authorizer (APIG4), and any other route without one must still fail the synth.
 */
export const OPEN_ROUTE_ACKNOWLEDGEMENT: Acknowledgement = {
  id: 'AwsSolutions::AwsSolutions-APIG4',
  reason:
    'GET /calendar/{token} serves a calendar feed to calendar apps (Outlook, Google Calendar), which cannot sign requests: the URL’s token (256 random bits, stored only as its SHA-256, revocable) is the credential, and an unknown or revoked token gets 404. The route reads one feed and writes nothing; the access log names the route, not the path.',
};

export function acknowledgeFindings(scope: NagScope): void {
  for (const acknowledgement of acknowledgements(scope)) Validations.of(scope.stack).acknowledge(acknowledgement);
  for (const route of scope.staffApi.openRoutes) Validations.of(route).acknowledge(OPEN_ROUTE_ACKNOWLEDGEMENT);
}
