import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, environmentConfig, SAMPLE_ENVIRONMENT } from '../../infra/config';
import { IntegrationsStack } from '../../infra/stack';
import { rotateKeys } from '../../functions/rotate-reply-key/handler';

const run = promisify(execFile);
const template = Template.fromStack(
  new IntegrationsStack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Prod', {
    config: { ...SAMPLE_ENVIRONMENT, alarmEmail: 'ops@gocadmium.example' },
  }),
);
const fromContext = (values: Record<string, unknown>) => (key: string) => values[key];
const noFile = () => {
  throw new Error('no file');
};

describe('configuration per environment', () => {
  it('reads the sample environment from cdk.json context by default', () => {
    const config = environmentConfig(
      fromContext({ environments: { sample: { domain: 'x.example', serviceAddress: 'svc@x.example', teamName: 'Team' } } }),
      noFile,
    );
    expect(config).toMatchObject({ domain: 'x.example', region: 'us-east-1', queueCapacity: 3, timeZone: 'America/New_York', retention: { rawMailDays: 400 } });
  });

  it.each([
    { case: 'an unknown environment', context: { env: 'prod', environments: {} }, message: /no environment "prod": add it under context.environments/ },
    {
      case: 'a service address outside the domain',
      context: { environments: { sample: { domain: 'x.example', serviceAddress: 'svc@y.example', teamName: 'T' } } },
      message: /serviceAddress: serviceAddress must be an address at domain/,
    },
    { case: 'a missing team name', context: { environments: { sample: { domain: 'x.example', serviceAddress: 'svc@x.example' } } }, message: /teamName/ },
    {
      case: 'an unknown time zone',
      context: { environments: { sample: { domain: 'x.example', serviceAddress: 'svc@x.example', teamName: 'T', timeZone: 'Mars/Base' } } },
      message: /timeZone: not a known IANA time zone/,
    },
    { case: 'an unreadable config file', context: { configFile: '/nonexistent.json' }, message: /cannot read the configuration file \/nonexistent.json/ },
  ])('stops with a message saying what to fix for $case', ({ context, message }) => {
    expect(() => environmentConfig(fromContext(context), noFile)).toThrow(ConfigurationError);
    expect(() => environmentConfig(fromContext(context), noFile)).toThrow(message);
  });

  it('makes `cdk synth` fail with one clear line for an invalid environment', async () => {
    const failure = await run('npx', ['cdk', 'synth', '-q', '-c', 'env=staging'], {
      env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1', CDK_DISABLE_CLI_TELEMETRY: 'true' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect('stderr' in failure ? failure.stderr : '').toContain('Configuration error: no environment "staging"');
  }, 60_000);
});

describe('service settings reach every handler', () => {
  it('passes the certification capacity, the overdue reminder limit and the escalation address to every handler of the table when set', () => {
    const tuned = Template.fromStack(
      new IntegrationsStack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Tuned', {
        config: { ...SAMPLE_ENVIRONMENT, certificationSlotsPerWeek: 4, overdueReminderLimit: 3, escalationAddress: 'lead@gocadmium.example' },
      }),
    );
    // Every handler that reads the project table (the reply-key rotation reads only its secret).
    const functions = Object.values(tuned.findResources('AWS::Lambda::Function')).filter((f) => f['Properties'].Environment?.Variables?.TABLE_NAME);
    expect(functions.length).toBe(10);
    for (const fn of functions) {
      expect(fn['Properties'].Environment.Variables).toMatchObject({
        CERTIFICATION_SLOTS_PER_WEEK: '4',
        OVERDUE_REMINDER_LIMIT: '3',
        ESCALATION_ADDRESS: 'lead@gocadmium.example',
      });
    }
  });

  it('leaves the capacity to the process rule and escalates to no one by default', () => {
    const variables = Object.values(template.findResources('AWS::Lambda::Function'))
      .filter((f) => f['Properties'].Environment?.Variables?.HANDLER_ID)
      .map((f) => f['Properties'].Environment.Variables);
    for (const v of variables) {
      expect(v).not.toHaveProperty('CERTIFICATION_SLOTS_PER_WEEK');
      expect(v).not.toHaveProperty('ESCALATION_ADDRESS');
    }
  });
});

describe('inbound mail', () => {
  it('stores raw mail then invokes the handler, in that order, for every address of the domain (so service+key@domain too)', () => {
    const rules = Object.values(template.findResources('AWS::SES::ReceiptRule'));
    expect(rules).toHaveLength(1);
    const rule = rules[0]?.['Properties'].Rule;
    expect(rule.Recipients).toEqual(['gocadmium.example']);
    expect(rule.ScanEnabled).toBe(true);
    expect(rule.Actions.map((a: Record<string, unknown>) => Object.keys(a)[0])).toEqual(['S3Action', 'LambdaAction']);
  });

  it('makes the rule set active with a custom resource, and inactive again on delete', () => {
    const activation = Object.values(template.findResources('Custom::AWS'))[0]?.['Properties'];
    expect(JSON.stringify(activation.Create)).toContain('setActiveReceiptRuleSet');
    expect(JSON.stringify(activation.Create)).toContain('RuleSetName');
    expect(JSON.stringify(activation.Delete)).toContain('setActiveReceiptRuleSet');
  });

  it('keeps raw mail encrypted, private, TLS-only, access-logged and expiring', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'raw-mail/' }),
      LifecycleConfiguration: { Rules: [Match.objectLike({ Prefix: 'inbound/', ExpirationInDays: 400, Status: 'Enabled' })] },
    });
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy')).map((p) => JSON.stringify(p['Properties'].PolicyDocument));
    expect(policies.every((p) => p.includes('"aws:SecureTransport":"false"'))).toBe(true);
    expect(policies.some((p) => p.includes('ses.amazonaws.com'))).toBe(true);
  });

  it('sends mail that fails processing after two retries to an encrypted dead-letter queue, and alarms on it', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 1,
      AlarmActions: [Match.anyValue()],
    });
  });
});

describe('data and secrets', () => {
  it('protects the table: point-in-time recovery, deletion protection, encryption, retained', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        SSESpecification: { SSEEnabled: true },
        Replicas: [Match.objectLike({ DeletionProtectionEnabled: true, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
      }),
    });
  });

  it('keeps the reply-key secret in Secrets Manager, encrypted with the stack key, rotated every 90 days', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      KmsKeyId: Match.anyValue(),
      GenerateSecretString: Match.objectLike({ GenerateStringKey: 'k1' }),
    });
    template.hasResourceProperties('AWS::SecretsManager::RotationSchedule', { RotationRules: { ScheduleExpression: 'rate(90 days)' } });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('passes no secret through the environment: handlers get the secret ARN only', () => {
    for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) {
      const variables = JSON.stringify(fn['Properties'].Environment?.Variables ?? {});
      expect(variables).not.toMatch(/secret"\s*:\s*"[^{]/i);
    }
  });

  it('rotates by adding a key id and moving current, keeping the last three ids', () => {
    expect(rotateKeys({ current: 'k1', k1: 'a' }, 'b')).toEqual({ current: 'k2', k1: 'a', k2: 'b' });
    expect(rotateKeys({ current: 'k3', k1: 'a', k2: 'b', k3: 'c' }, 'd')).toEqual({ current: 'k4', k2: 'b', k3: 'c', k4: 'd' });
    expect(() => rotateKeys({ current: 'k9', k1: 'a' }, 'b')).toThrow(/current must name a key id/);
  });
});

describe('compute and workflows', () => {
  it('traces every handler with X-Ray and caps the ones that send mail', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function')).filter((f) => f['Properties'].Environment?.Variables?.HANDLER_ID);
    for (const fn of functions) expect(fn['Properties'].TracingConfig).toEqual({ Mode: 'Active' });
    const capped = functions
      .filter((f) => f['Properties'].ReservedConcurrentExecutions)
      .map((f) => f['Properties'].Environment.Variables.HANDLER_ID)
      .sort();
    expect(capped).toEqual(['inbound-mail', 'notify', 'remind']);
  });

  it('runs every handler on Node 22 arm64, without parsing its source map at each cold start', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function')).filter((f) => f['Properties'].Environment?.Variables?.HANDLER_ID);
    expect(functions).toHaveLength(11);
    for (const fn of functions) {
      expect(fn['Properties']).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler' });
      expect(fn['Properties'].Environment.Variables.NODE_OPTIONS ?? '').not.toContain('--enable-source-maps');
    }
  });

  it('logs and traces the state machine, without execution data, and alarms on failed and timed-out executions', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: false }),
    });
    for (const metric of ['ExecutionsFailed', 'ExecutionsTimedOut'])
      template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: metric, Namespace: 'AWS/States', Threshold: 1 });
  });

  it('sends alarms to an encrypted topic mailed to ops', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@gocadmium.example' });
    // Inbound dead letters and errors, and failed and timed-out executions of each of the two workflows.
    expect(Object.values(template.findResources('AWS::CloudWatch::Alarm')).length).toBe(6);
  });

  it('runs both processes side by side: one state machine each, both allowed to be woken', () => {
    const machines = Object.values(template.findResources('AWS::StepFunctions::StateMachine'));
    expect(machines.map((m) => JSON.stringify(m['Properties'].StateMachineName)).sort()).toEqual([
      expect.stringContaining('-cadmium'),
      expect.stringContaining('-paytronix'),
    ]);
    const wake = JSON.stringify(
      Object.values(template.findResources('AWS::IAM::Policy'))
        .flatMap((p) => p['Properties'].PolicyDocument.Statement)
        .filter((s) => s.Action === 'states:SendTaskSuccess'),
    );
    expect(wake).toContain('-cadmium');
    expect(wake).toContain('-paytronix');
  });

  it('keeps credentials under their own rotated key: only the staff API seals them (on arrival); notify, remind (an outbox still pending), the inbound path and the staff API (a welcome sent by a staff action) may open them', () => {
    const statements = Object.entries(template.findResources('AWS::IAM::Policy')).flatMap(([id, p]) =>
      (p['Properties'].PolicyDocument.Statement as { Action: unknown }[]).map((s) => ({ id, action: s.Action })),
    );
    const using = (action: string) =>
      statements
        .filter((s) => s.action === action)
        .map((s) => s.id)
        .sort();
    expect(using('kms:Encrypt')).toEqual([expect.stringMatching(/^StaffApi/)]);
    expect(using('kms:Decrypt')).toEqual([
      expect.stringMatching(/^Inbound/),
      expect.stringMatching(/^Notify/),
      expect.stringMatching(/^Remind/),
      expect.stringMatching(/^StaffApi/),
    ]);
    template.hasResourceProperties('AWS::KMS::Key', { Description: Match.stringLikeRegexp('seals project credentials'), EnableKeyRotation: true });
  });
});

describe('outbound mail', () => {
  it('verifies the domain with Easy DKIM and sends through a configuration set', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'gocadmium.example', ConfigurationSetAttributes: Match.anyValue() });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', { DeliveryOptions: { TlsPolicy: 'REQUIRE' } });
  });

  it('feeds bounces and complaints through an encrypted topic to the handler that records them', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({ Enabled: true, MatchingEventTypes: ['bounce', 'complaint'], SnsDestination: Match.anyValue() }),
    });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda' });
  });
});
