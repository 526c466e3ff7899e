import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { IntegrationsStack } from '../../infra/stack';
import { definitionsOf, processDefinition } from '../../local/asl';

const run = promisify(execFile);
const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
const template = Template.fromStack(new IntegrationsStack(app, 'Test'));
const asl = processDefinition('cadmium');
type State = {
  Type: string;
  Resource?: string;
  Next?: string;
  TimeoutSecondsPath?: string;
  Retry?: { ErrorEquals: string[] }[];
  Catch?: { ErrorEquals: string[]; Next: string }[];
  Parameters?: Record<string, unknown>;
};
const states = asl['States'] as Record<string, State>;

describe('npx cdk synth, offline, with the pinned CLI', () => {
  let synthesized: Record<string, unknown>;
  let output: string;
  beforeAll(async () => {
    const out = await mkdtemp(join(tmpdir(), 'cdk-out-'));
    const result = await run('npx', ['cdk', 'synth', '-q', '-o', out], {
      env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1', CDK_DISABLE_CLI_TELEMETRY: 'true' },
      timeout: 180_000,
    });
    output = `${result.stdout}\n${result.stderr}`;
    synthesized = JSON.parse(await readFile(join(out, 'Integrations.template.json'), 'utf8'));
  }, 200_000);

  it('passes cdk-nag AwsSolutions with no unacknowledged finding', () => {
    // An unacknowledged finding is an error that fails the synth (and so beforeAll); none is even printed.
    expect(output).not.toMatch(/AwsSolutions-[A-Z]+\d*/);
    expect(output).not.toMatch(/\bERROR\b/);
  });

  it('writes a template whose state machines are, state for state, the ASL the local runtime runs (one per process)', () => {
    const definitions = Object.values(definitionsOf(synthesized as Parameters<typeof definitionsOf>[0]));
    expect(definitions).toHaveLength(2);
    expect(definitions).toContainEqual(asl);
    expect(definitions).toContainEqual(processDefinition('paytronix'));
  });
});

describe('the EventTech state machine', () => {
  it('is a Standard workflow that starts by locating the project in its record', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', { StateMachineType: 'STANDARD' });
    expect(asl['StartAt']).toBe('Locate');
    expect(states['Locate']?.Next).toBe('Resume at');
    expect(states['Locate']?.Catch).toEqual([expect.objectContaining({ ErrorEquals: ['ProjectNotFoundError'], Next: 'Project missing' })]);
  });

  it('awaits every step with a callback task, a deadline from the record, and a reminder on timeout', () => {
    const awaits = Object.entries(states).filter(([, s]) => s.Resource?.endsWith('lambda:invoke.waitForTaskToken'));
    expect(awaits.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'Contract review: await',
        'Details: await',
        'Kick-off: await',
        'Plan approval: await',
        'Requirements: await',
        'Submission: await',
        'Developer review: await',
        'Development: await',
        'QA: await',
        'Client testing: await',
      ]),
    );
    for (const [name, state] of awaits) {
      expect(state.TimeoutSecondsPath, name).toBe('$.Payload.timeoutSeconds');
      expect(state.Catch, name).toEqual([expect.objectContaining({ ErrorEquals: ['States.Timeout'], Next: name.replace(': await', ': remind') })]);
      expect(JSON.stringify(state.Parameters), name).toContain('"token.$":"$$.Task.Token"');
    }
  });

  it('waits for the kick-off call reminder on a timestamp from the record and loops back to re-read it', () => {
    const wait = Object.entries(states).find(([, s]) => s.Type === 'Wait');
    expect(wait?.[0]).toBe('Kick-off call reminder date: wait');
    expect(wait?.[1]).toMatchObject({ TimestampPath: '$.wake.wakeAt', Next: 'Kick-off call reminder date: check date' });
  });

  it('retries only transient errors, by name, and never catches everything', () => {
    for (const [name, state] of Object.entries(states)) {
      for (const retry of state.Retry ?? []) expect(retry.ErrorEquals, name).not.toContain('States.ALL');
      for (const handler of state.Catch ?? []) expect(handler.ErrorEquals, name).not.toContain('States.ALL');
    }
    expect(states['Plan approval: deadline']?.Retry?.[0]?.ErrorEquals).toEqual(
      expect.arrayContaining(['Lambda.TooManyRequestsException', 'ProjectVersionConflictError']),
    );
  });

  it('branches on the client-testing outcome: approved goes live, feedback goes back to development', () => {
    const choice = states['Testing outcome'] as unknown as { Choices: { StringEquals: string; Next: string }[] };
    expect(choice.Choices.map((c) => [c.StringEquals, c.Next])).toEqual([
      ['approved', 'Live: notify live'],
      ['feedback', 'Development: deadline'],
    ]);
  });
});

describe('inbound mail on AWS', () => {
  it('has a receipt rule for the service address that stores raw mail first, then invokes the handler', () => {
    template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: Match.objectLike({
        Enabled: true,
        ScanEnabled: true,
        Recipients: ['gocadmium.example'],
        Actions: [{ S3Action: Match.objectLike({ ObjectKeyPrefix: 'inbound/' }) }, { LambdaAction: Match.objectLike({ InvocationType: 'Event' }) }],
      }),
    });
  });

  it('keeps raw mail in a bucket with public access blocked and TLS required', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });
});

describe("the handlers' permissions", () => {
  const policies = Object.values(template.findResources('AWS::IAM::Policy'));
  const statements = policies.flatMap((p) => p['Properties'].PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
  const actions = (s: { Action: string | string[] }) => [s.Action].flat();

  it('grants no wildcard action', () => {
    for (const statement of statements) for (const action of actions(statement)) expect(action).not.toMatch(/(^\*$|:\*$)/);
  });

  it('lets only the await, inbound and staff-api handlers complete tasks, and only of this state machine', () => {
    const completing = statements.filter((s) => actions(s).includes('states:SendTaskSuccess'));
    expect(completing.length).toBeGreaterThanOrEqual(2);
    for (const statement of completing) expect(JSON.stringify(statement.Resource)).toContain('stateMachine:');
  });

  it('lets handlers send mail only from the configured domain', () => {
    const sending = statements.filter((s) => actions(s).includes('ses:SendRawEmail'));
    expect(sending.length).toBeGreaterThan(0);
    for (const statement of sending) expect(JSON.stringify(statement.Resource)).toContain('identity/gocadmium.example');
  });

  it('runs every handler on Node 22, arm64', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function')).filter((f) => f['Properties'].Environment?.Variables?.HANDLER_ID);
    expect(functions.map((f) => f['Properties'].Environment.Variables.HANDLER_ID).sort()).toEqual([
      'await-step',
      'digest',
      'inbound-mail',
      'locate',
      'milestone-wake',
      'notify',
      'remind',
      'rotate-reply-key',
      'ses-events',
      'staff-api',
      'step-deadline',
    ]);
    for (const fn of functions) expect(fn['Properties']).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
  });
});
