import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnSchedule } from 'aws-cdk-lib/aws-scheduler';
import { Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';

export interface DigestScheduleProps {
  /** The digest function (functions/digest): the schedule's only target. */
  readonly target: IFunction;
}

/** Every hour, on the hour: the digest function decides per PM whether their 08:00 local has come. */
export const DIGEST_SCHEDULE = 'cron(0 * * * ? *)';

/**
 * The PMs' daily digest, run hourly by EventBridge Scheduler (the L1 resource: the L2 target grants
 * `function:*` too, every version, where one unqualified ARN is enough). Its role may invoke that
 * one function and nothing else, and only this account's scheduler may assume it. A missed run is
 * retried for an hour at most: the next run comes then anyway, and the day's claim stops a second mail.
 */
export class DigestSchedule extends Construct {
  readonly schedule: CfnSchedule;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: DigestScheduleProps) {
    super(scope, id);
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } } }),
      description: 'Integrations: the hourly digest schedule invokes the digest function',
    });
    this.role.addToPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [props.target.functionArn] }));
    this.schedule = new CfnSchedule(this, 'Schedule', {
      description: 'Integrations: hourly run of the PMs’ daily digest (each PM gets it once a business day, from 08:00 local)',
      scheduleExpression: DIGEST_SCHEDULE,
      scheduleExpressionTimezone: 'UTC',
      flexibleTimeWindow: { mode: 'OFF' },
      state: 'ENABLED',
      target: {
        arn: props.target.functionArn,
        roleArn: this.role.roleArn,
        input: JSON.stringify({ scheduledTime: '<aws.scheduler.scheduled-time>' }),
        retryPolicy: { maximumEventAgeInSeconds: 3600, maximumRetryAttempts: 3 },
      },
    });
  }
}
