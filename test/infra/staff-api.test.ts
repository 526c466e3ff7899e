import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, type CfnResource, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ENVIRONMENT } from '../../infra/config';
import { OPEN_ROUTE_ACKNOWLEDGEMENT } from '../../infra/nag';
import { IntegrationsStack } from '../../infra/stack';
import { MODULES } from '../../shared/processes/registry';

// As production.test.ts builds it, without bundling; `builtinCloudFormationValidation: false` is
// CDK_VALIDATION=false for this app only (the full synth with validation is workflow.test.ts's).
const app = () => new App({ context: { 'aws:cdk:bundling-stacks': [] }, builtinCloudFormationValidation: false });
const stack = new IntegrationsStack(app(), 'Prod', { config: { ...SAMPLE_ENVIRONMENT, alarmEmail: 'ops@gocadmium.example' } });
const template = Template.fromStack(stack);
/** The template's JSON, as loosely typed as CDK's own assertions give it. */
type Json = ReturnType<Template['toJSON']>;
const resources = template.toJSON()['Resources'] as Record<string, { Type: string; Properties: Json }>;

/** A template value as one readable string: `{"Ref": "X"}` is `<X>`, `{"Fn::GetAtt": ["X", "Arn"]}` is `<X.Arn>`, joins joined. */
function flat(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Json;
  if ('Ref' in v) return `<${v['Ref']}>`;
  if ('Fn::GetAtt' in v) return `<${v['Fn::GetAtt'].join('.')}>`;
  if ('Fn::Join' in v) return v['Fn::Join'][1].map(flat).join(v['Fn::Join'][0]);
  throw new Error(`cannot flatten ${JSON.stringify(value)}`);
}
const list = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map(flat);
const logicalId = (construct: IConstruct) => stack.getLogicalId(construct.node.defaultChild as CfnResource);
const arn = (service: string, resource: string) => `arn:<AWS::Partition>:${service}:<AWS::Region>:<AWS::AccountId>:${resource}`;

const functionOf = (handlerId: string) => {
  const found = Object.entries(resources).filter(
    ([, r]) => r.Type === 'AWS::Lambda::Function' && r.Properties['Environment']?.Variables?.HANDLER_ID === handlerId,
  );
  expect(found).toHaveLength(1);
  return found[0] as [string, (typeof resources)[string]];
};
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
/** Every statement of the inline policies on a handler's role. */
const statementsOf = (handlerId: string): Statement[] => {
  const role = functionOf(handlerId)[1].Properties['Role']['Fn::GetAtt'][0];
  return Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && r.Properties['Roles'].some((ref: { Ref: string }) => ref.Ref === role))
    .flatMap((r) => r.Properties['PolicyDocument'].Statement);
};
const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
const grantsOf = (handlerId: string, action: string) =>
  statementsOf(handlerId)
    .filter((s) => actions(s).includes(action))
    .flatMap((s) => list(s.Resource))
    .sort();

const stateMachineNames = Object.values(resources)
  .filter((r) => r.Type === 'AWS::StepFunctions::StateMachine')
  .map((r) => flat(r.Properties['StateMachineName']))
  .sort();
const stateMachines = stateMachineNames.map((name) => arn('states', `stateMachine:${name}`));
const sealingKey = `<${logicalId(stack.node.findChild('SealingKey'))}.Arn>`;
const apiId = logicalId(stack.staffApi.api);
const invoke = (method: string, path: string) => arn('execute-api', `<${apiId}>/$default/${method}${path}`);

describe('the staff API', () => {
  it('is one HTTP API, named after the stack', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP', Name: 'Prod-staff' });
  });

  it('declares the twenty routes of the app, each on its own (no catch-all), each with IAM authorization but the calendar feed', () => {
    const routes = Object.values(resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Route');
    expect(routes.map((r) => r.Properties['RouteKey']).sort()).toEqual([
      'GET /',
      'GET /calendar/{token}',
      'GET /feeds',
      'GET /inbox',
      'GET /projects',
      'GET /projects/{id}',
      'GET /ui',
      'GET /ui/ended',
      'GET /ui/needs-you',
      'GET /ui/projects/{id}',
      'POST /feeds',
      'POST /feeds/{id}/revoke',
      'POST /inbox/{mailId}/assign',
      'POST /projects',
      'POST /projects/{id}/actions',
      'POST /ui/feeds/{feedId}/revoke',
      'POST /ui/inbox/{mailId}/assign',
      'POST /ui/needs-you/feeds',
      'POST /ui/projects/{id}/actions',
      'POST /ui/projects/{id}/feeds',
    ]);
    const signed = routes.filter((r) => r.Properties['RouteKey'] !== 'GET /calendar/{token}');
    for (const route of signed) expect(route.Properties).toMatchObject({ AuthorizationType: 'AWS_IAM', ApiId: { Ref: apiId } });
  });

  it('leaves exactly one route unauthenticated: GET /calendar/{token}, whose token is the credential (calendar apps cannot sign)', () => {
    const routes = Object.values(resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Route');
    const open = routes.filter((r) => r.Properties['AuthorizationType'] !== 'AWS_IAM');
    expect(open.map((r) => r.Properties['RouteKey'])).toEqual(['GET /calendar/{token}']);
    expect(open[0]?.Properties).toMatchObject({ AuthorizationType: 'NONE', ApiId: { Ref: apiId } });
    expect(open[0]?.Properties).not.toHaveProperty('AuthorizerId');
  });

  it('authorizes the /feeds routes with IAM, as every staff route', () => {
    const feeds = Object.values(resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Route' && /\/feeds/.test(r.Properties['RouteKey']));
    expect(feeds.map((r) => r.Properties['RouteKey']).sort()).toEqual([
      'GET /feeds',
      'POST /feeds',
      'POST /feeds/{id}/revoke',
      'POST /ui/feeds/{feedId}/revoke',
      'POST /ui/needs-you/feeds',
      'POST /ui/projects/{id}/feeds',
    ]);
    for (const route of feeds) expect(route.Properties['AuthorizationType']).toBe('AWS_IAM');
  });

  it('sends every route to the staff-api function (Lambda proxy, payload 2.0)', () => {
    const [fnId] = functionOf('staff-api');
    const integrations = Object.values(resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Integration');
    expect(integrations).toHaveLength(1);
    expect(integrations[0]?.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
    expect(flat(integrations[0]?.Properties['IntegrationUri'])).toBe(`<${fnId}.Arn>`);
    const permitted = Object.values(resources).filter(
      (r) => r.Type === 'AWS::Lambda::Permission' && r.Properties['FunctionName']?.['Fn::GetAtt']?.[0] === fnId,
    );
    expect(permitted.map((p) => p.Properties['Principal'])).toEqual(Array(20).fill('apigateway.amazonaws.com'));
  });

  it('logs every request of the default stage to a log group with a retention, naming the IAM caller', () => {
    const stages = Object.values(resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Stage');
    expect(stages).toHaveLength(1);
    const stage = stages[0]?.Properties ?? {};
    expect(stage).toMatchObject({ StageName: '$default', AutoDeploy: true, DefaultRouteSettings: { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 } });
    const destination = stage['AccessLogSettings'].DestinationArn['Fn::GetAtt'][0];
    expect(resources[destination]).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: expect.any(Number) } });
    const format = JSON.parse(stage['AccessLogSettings'].Format);
    expect(format).toMatchObject({ requestId: '$context.requestId', user: '$context.identity.userArn', route: '$context.routeKey', status: '$context.status' });
    // A calendar feed's path is its credential: the log names the route (`GET /calendar/{token}`), never the path.
    expect(stage['AccessLogSettings'].Format).not.toContain('$context.path');
  });
});

describe('the staff-api function', () => {
  it('gets the environment every handler gets, the state machine of each process, and the raw-mail bucket', () => {
    const variables = (handlerId: string) => functionOf(handlerId)[1].Properties['Environment'].Variables as Record<string, unknown>;
    const { HANDLER_ID: _staff, STATE_MACHINE_ARNS, RAW_MAIL_BUCKET, ...staff } = variables('staff-api');
    // Assigning a mail of the inbox to a project reads the raw mail again, from the bucket the inbound handler reads.
    expect(RAW_MAIL_BUCKET).toEqual(variables('inbound-mail')['RAW_MAIL_BUCKET']);
    const { HANDLER_ID: _notify, ...notify } = variables('notify');
    expect(staff).toEqual(notify);
    const byProcess = JSON.parse(flat(STATE_MACHINE_ARNS));
    expect(Object.keys(byProcess).sort()).toEqual(MODULES.map((m) => m.id).sort());
    for (const m of MODULES) expect(byProcess[m.id]).toBe(arn('states', `stateMachine:Prod-${m.id}`));
    expect(Object.values(byProcess).sort()).toEqual(stateMachines);
  });

  it('may start executions of the registered state machines, describe their executions, seal and open with the sealing key, and nothing more', () => {
    const statements = statementsOf('staff-api');
    for (const s of statements) expect(s).toMatchObject({ Effect: 'Allow' });
    expect(statements.every((s) => !s.Condition)).toBe(true);
    expect(grantsOf('staff-api', 'states:StartExecution')).toEqual(stateMachines);
    expect(grantsOf('staff-api', 'states:DescribeExecution')).toEqual(stateMachineNames.map((name) => arn('states', `execution:${name}:*`)));
    // A restart stops the previous execution of the project.
    expect(grantsOf('staff-api', 'states:StopExecution')).toEqual(stateMachineNames.map((name) => arn('states', `execution:${name}:*`)));
    // A staff action may complete the task its step waits on (as a staff reply by mail does).
    expect(grantsOf('staff-api', 'states:SendTaskSuccess')).toEqual(stateMachines);
    expect(grantsOf('staff-api', 'kms:Encrypt')).toEqual([sealingKey]);
    // SEND WELCOME through the API mails the credentials, as the same action by mail does.
    expect(grantsOf('staff-api', 'kms:Decrypt')).toEqual([sealingKey]);
    const every = statements.flatMap(actions).sort();
    expect(every.filter((a) => a.startsWith('kms:'))).toEqual(['kms:Decrypt', 'kms:Encrypt']);
    expect(every.filter((a) => a.startsWith('states:'))).toEqual([
      'states:DescribeExecution',
      'states:SendTaskSuccess',
      'states:StartExecution',
      'states:StopExecution',
    ]);
    expect(every.filter((a) => !/^(dynamodb|secretsmanager|ses|states|kms|xray|s3):/.test(a))).toEqual([]);
  });

  it('may read the raw mail as the inbound handler does (assigning a mail of the inbox), and write none', () => {
    for (const action of ['s3:GetObject*', 's3:GetBucket*', 's3:List*']) {
      expect(grantsOf('staff-api', action)).toEqual(grantsOf('inbound-mail', action));
      expect(grantsOf('staff-api', action).length).toBeGreaterThan(0);
    }
    expect(
      statementsOf('staff-api')
        .flatMap(actions)
        .filter((a) => a.startsWith('s3:') && !/^s3:(GetObject|GetBucket|List)/.test(a)),
    ).toEqual([]);
  });

  it('has no Resource "*" but the X-Ray one CDK adds for tracing (acknowledged in infra/nag.ts)', () => {
    const anywhere = statementsOf('staff-api').filter((s) => list(s.Resource).includes('*'));
    expect(anywhere).toEqual([{ Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: '*' }]);
  });

  it('uses the table, the reply-key secret and SES as the other handlers do', () => {
    for (const action of ['dynamodb:PutItem', 'dynamodb:Query', 'secretsmanager:GetSecretValue', 'ses:SendRawEmail'])
      expect(grantsOf('staff-api', action)).toEqual(grantsOf('notify', action));
  });
});

describe('the inbound handler', () => {
  it('gets the state machine of each process and may start executions of them only', () => {
    const variables = functionOf('inbound-mail')[1].Properties['Environment'].Variables;
    expect(Object.values(JSON.parse(flat(variables.STATE_MACHINE_ARNS))).sort()).toEqual(stateMachines);
    expect(grantsOf('inbound-mail', 'states:StartExecution')).toEqual(stateMachines);
    expect(grantsOf('inbound-mail', 'states:DescribeExecution')).toEqual([]);
    // A staff command by mail that moves a date earlier restarts the execution: it stops the previous one.
    expect(grantsOf('inbound-mail', 'states:StopExecution')).toEqual(stateMachineNames.map((name) => arn('states', `execution:${name}:*`)));
    expect(grantsOf('inbound-mail', 'kms:Encrypt')).toEqual([]);
  });

  it('is, with the staff API, the only handler given the state machines or the right to start them', () => {
    const handlers = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::Function' && r.Properties['Environment']?.Variables?.HANDLER_ID);
    const given = handlers
      .filter((r) => r.Properties['Environment'].Variables.STATE_MACHINE_ARNS)
      .map((r) => r.Properties['Environment'].Variables.HANDLER_ID)
      .sort();
    expect(given).toEqual(['inbound-mail', 'staff-api']);
    const starting = handlers.map((r) => r.Properties['Environment'].Variables.HANDLER_ID).filter((id) => grantsOf(id, 'states:StartExecution').length > 0);
    expect(starting.sort()).toEqual(['inbound-mail', 'staff-api']);
  });

  it('leaves sealing to the staff API alone', () => {
    const sealing = Object.entries(resources)
      .filter(([, r]) => r.Type === 'AWS::IAM::Policy')
      .filter(([, r]) => r.Properties['PolicyDocument'].Statement.some((s: Statement) => actions(s).includes('kms:Encrypt')))
      .map(([id]) => id);
    expect(sealing).toEqual([expect.stringMatching(/^StaffApi/)]);
  });
});

describe('the managed policies for people', () => {
  const policy = (construct: IConstruct) => {
    const { Properties } = template.toJSON()['Resources'][logicalId(construct)];
    expect(Properties.PolicyDocument.Statement).toHaveLength(1);
    const [statement] = Properties.PolicyDocument.Statement;
    expect(statement).toMatchObject({ Effect: 'Allow', Action: 'execute-api:Invoke' });
    return list(statement.Resource).sort();
  };

  it('lets PMs and TCs call every signed route of this API (path parameters as *), the feed routes included', () => {
    expect(policy(stack.staffApi.staffPolicy)).toEqual(
      [
        invoke('GET', '/projects'),
        invoke('POST', '/projects'),
        invoke('GET', '/projects/*'),
        invoke('POST', '/projects/*/actions'),
        invoke('GET', '/inbox'),
        invoke('POST', '/inbox/*/assign'),
        invoke('GET', '/feeds'),
        invoke('POST', '/feeds'),
        invoke('POST', '/feeds/*/revoke'),
        invoke('GET', '/'),
        invoke('GET', '/ui'),
        invoke('GET', '/ui/ended'),
        invoke('GET', '/ui/needs-you'),
        invoke('GET', '/ui/projects/*'),
        invoke('POST', '/ui/projects/*/actions'),
        invoke('POST', '/ui/inbox/*/assign'),
        invoke('POST', '/ui/projects/*/feeds'),
        invoke('POST', '/ui/needs-you/feeds'),
        invoke('POST', '/ui/feeds/*/revoke'),
      ].sort(),
    );
  });

  it('lets read-only people call the GET routes only (projects, the inbox, the list of feeds, the dashboard’s pages)', () => {
    expect(policy(stack.staffApi.readOnlyPolicy)).toEqual(
      [
        invoke('GET', '/projects'),
        invoke('GET', '/projects/*'),
        invoke('GET', '/inbox'),
        invoke('GET', '/feeds'),
        invoke('GET', '/'),
        invoke('GET', '/ui'),
        invoke('GET', '/ui/ended'),
        invoke('GET', '/ui/needs-you'),
        invoke('GET', '/ui/projects/*'),
      ].sort(),
    );
  });

  it('name no calendar route: it takes no signature, so no one needs a grant for it', () => {
    for (const p of [stack.staffApi.staffPolicy, stack.staffApi.readOnlyPolicy]) expect(policy(p).filter((r) => r.includes('/calendar'))).toEqual([]);
  });

  it('are the only managed policies, and are attached to no one by the stack', () => {
    const managed = Object.values(resources).filter((r) => r.Type === 'AWS::IAM::ManagedPolicy');
    expect(managed).toHaveLength(2);
    for (const m of managed) expect(m.Properties).not.toHaveProperty('Roles');
  });
});

describe('outputs', () => {
  it('names the API URL and both policies, and keeps every earlier output', () => {
    template.hasOutput('StaffApiUrl', Match.anyValue());
    expect(flat(template.toJSON()['Outputs']['StaffApiUrl'].Value)).toBe(`https://<${apiId}>.execute-api.<AWS::Region>.<AWS::URLSuffix>/`);
    template.hasOutput('StaffPolicyArn', { Value: { Ref: logicalId(stack.staffApi.staffPolicy) } });
    template.hasOutput('ReadOnlyPolicyArn', { Value: { Ref: logicalId(stack.staffApi.readOnlyPolicy) } });
    expect(Object.keys(template.toJSON()['Outputs']).sort()).toEqual(
      [
        'AlarmTopic',
        'CadmiumStateMachineArn',
        'DeadLetterQueue',
        'PaytronixStateMachineArn',
        'ProjectTableName',
        'RawMailBucket',
        'ReadOnlyPolicyArn',
        'ReceiptRuleSet',
        'StaffApiUrl',
        'StaffPolicyArn',
      ].sort(),
    );
  });
});

describe('cdk-nag', () => {
  // Without an environment (as above), and with one as `cdk synth` has (infra/app.ts): findings then name the region and account.
  it.each([
    { case: 'no environment', env: undefined, region: '<AWS::Region>', account: '<AWS::AccountId>' },
    { case: 'a region and account', env: { region: 'us-east-1', account: '123456789012' }, region: 'us-east-1', account: '123456789012' },
  ])('finds nothing unacknowledged with $case, and every staff API acknowledgement answers a finding', ({ env, region, account }) => {
    const nagged = app();
    const checked = new IntegrationsStack(nagged, 'Prod', { config: SAMPLE_ENVIRONMENT, env });
    Validations.of(nagged).addPlugins(new AwsSolutionsChecks(nagged));
    const { directory } = nagged.synth();
    const report = JSON.parse(readFileSync(join(directory, 'validation-report.json'), 'utf8'));
    const [aws] = report.pluginReports;
    expect(aws.violations).toEqual([]);
    const suppressed = aws.suppressedViolations.map((v: { ruleName: string }) => v.ruleName);
    const arnOf = (service: string, resource: string) => `arn:<AWS::Partition>:${service}:${region}:${account}:${resource}`;
    const api = checked.getLogicalId(checked.staffApi.api.node.defaultChild as CfnResource);
    expect(suppressed).toEqual(
      expect.arrayContaining([
        `AwsSolutions-IAM5[Resource::${arnOf('states', 'execution:Prod-cadmium:*')}]`,
        `AwsSolutions-IAM5[Resource::${arnOf('states', 'execution:Prod-paytronix:*')}]`,
        `AwsSolutions-IAM5[Resource::${arnOf('execute-api', `<${api}>/$default/GET/projects/*`)}]`,
        `AwsSolutions-IAM5[Resource::${arnOf('execute-api', `<${api}>/$default/POST/projects/*/actions`)}]`,
        `AwsSolutions-IAM5[Resource::${arnOf('execute-api', `<${api}>/$default/POST/inbox/*/assign`)}]`,
        `AwsSolutions-IAM5[Resource::${arnOf('execute-api', `<${api}>/$default/POST/feeds/*/revoke`)}]`,
        'AwsSolutions-APIG4',
      ]),
    );
    // The missing authorizer is accepted on the calendar route alone, with its reason, not stack-wide.
    const apig4 = aws.suppressedViolations.filter((v: { ruleName: string }) => v.ruleName === 'AwsSolutions-APIG4');
    expect(apig4.flatMap((v: { violatingConstructs: { constructPath: string }[] }) => v.violatingConstructs.map((c) => c.constructPath))).toEqual([
      'Prod/StaffApi/Api/GET--calendar--{token}/Resource',
    ]);
    expect(OPEN_ROUTE_ACKNOWLEDGEMENT.reason).toMatch(/cannot sign requests.*token.*SHA-256.*revocable/);
  });
});
