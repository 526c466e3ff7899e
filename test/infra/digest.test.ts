import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnResource } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { DIGEST_SCHEDULE } from '../../infra/constructs/digest-schedule';
import { IntegrationsStack } from '../../infra/stack';

const stack = new IntegrationsStack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Digest');
const template = Template.fromStack(stack);
const logicalId = (construct: { node: { defaultChild?: unknown } }) => Stack.of(stack).getLogicalId(construct.node.defaultChild as CfnResource);
const functionId = logicalId(stack.digest.fn);
const roleId = logicalId(stack.digest.schedule.role);

describe('the daily digest on AWS', () => {
  it('runs the digest handler like the others: Node 22 on arm64, with the same environment', () => {
    const fn = template.findResources('AWS::Lambda::Function')[functionId];
    expect(fn?.['Properties']).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler' });
    const variables = fn?.['Properties'].Environment.Variables;
    expect(variables).toMatchObject({
      HANDLER_ID: 'digest',
      SERVICE_ADDRESS: expect.any(String),
      TABLE_NAME: expect.anything(),
      REPLY_KEY_SECRET_ARN: expect.anything(),
    });
    expect(variables).toHaveProperty('SES_CONFIGURATION_SET');
  });

  it('is invoked hourly by one EventBridge Scheduler schedule, with the scheduled time as its input', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule'));
    expect(schedules).toHaveLength(1);
    expect(DIGEST_SCHEDULE).toBe('cron(0 * * * ? *)');
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 * * * ? *)',
      ScheduleExpressionTimezone: 'UTC',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: { 'Fn::GetAtt': [functionId, 'Arn'] },
        RoleArn: { 'Fn::GetAtt': [roleId, 'Arn'] },
        Input: JSON.stringify({ scheduledTime: '<aws.scheduler.scheduled-time>' }),
        RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 3 },
      },
    });
  });

  it('gives the schedule a role only this account’s scheduler assumes, allowed to invoke only the digest function', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { Service: 'scheduler.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          },
        ],
      },
    });
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) =>
      (p['Properties'].Roles as { Ref: string }[]).some((r) => r.Ref === roleId),
    );
    expect(policies).toHaveLength(1);
    expect(policies[0]?.['Properties'].PolicyDocument.Statement).toEqual([
      { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { 'Fn::GetAtt': [functionId, 'Arn'] } },
    ]);
  });

  it('grants the digest function the table, the reply-key secret and sending mail, like every handler', () => {
    const fnRole = template.findResources('AWS::Lambda::Function')[functionId]?.['Properties'].Role['Fn::GetAtt'][0];
    const statements = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((p) => (p['Properties'].Roles as { Ref: string }[]).some((r) => r.Ref === fnRole))
      .flatMap((p) => p['Properties'].PolicyDocument.Statement as { Action: string | string[] }[]);
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query', 'secretsmanager:GetSecretValue', 'ses:SendRawEmail']));
    // It starts, stops and completes no execution, and opens no credentials.
    expect(actions.filter((a) => a.startsWith('states:') || a.startsWith('kms:Decrypt'))).toEqual([]);
  });
});
