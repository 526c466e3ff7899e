import { ArnFormat, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { SAMPLE_ENVIRONMENT, type EnvironmentConfig } from './config';
import { Alarms } from './constructs/alarms';
import { DigestSchedule } from './constructs/digest-schedule';
import { InboundMail, RAW_MAIL_PREFIX } from './constructs/inbound-mail';
import { OutboundMail } from './constructs/outbound-mail';
import { ProjectTable } from './constructs/project-table';
import { ReplyKeySecret } from './constructs/reply-key-secret';
import { StaffApi } from './constructs/staff-api';
import { TaskFunction } from './constructs/task-function';
import { acknowledgeFindings } from './nag';
import { MODULES } from '../shared/processes/registry';
import type { ProcessModule } from '../shared/processes/types';
import { ProcessWorkflow } from './workflows/process-workflow';

export { RAW_MAIL_PREFIX } from './constructs/inbound-mail';

export interface IntegrationsStackProps extends StackProps {
  /** @default SAMPLE_ENVIRONMENT */
  readonly config?: EnvironmentConfig;
}

/** Log retention choices CloudWatch accepts, nearest at or above the configured days. */
function retention(days: number): RetentionDays {
  const allowed = Object.values(RetentionDays)
    .filter((v): v is number => typeof v === 'number' && v > 0)
    .sort((a, b) => a - b);
  return (allowed.find((d) => d >= days) ?? RetentionDays.INFINITE) as RetentionDays;
}

/** The system's stack: table, secrets, handlers, workflow, inbound and outbound mail, the staff API, alarms. */
export class IntegrationsStack extends Stack {
  readonly projects: ProjectTable;
  /** Each registered process's state machine, by process id. */
  readonly workflows: ReadonlyMap<string, ProcessWorkflow>;
  readonly inbound: InboundMail;
  readonly outbound: OutboundMail;
  readonly staffApi: StaffApi;
  readonly alarms: Alarms;
  /** The PMs' daily digest: its function and the hourly schedule that invokes it. */
  readonly digest: { readonly fn: IFunction; readonly schedule: DigestSchedule };

  constructor(scope: Construct, id: string, props: IntegrationsStackProps = {}) {
    super(scope, id, props);
    const config = props.config ?? SAMPLE_ENVIRONMENT;
    const key = new Key(this, 'Key', { enableKeyRotation: true, description: 'Integrations: secrets and topics' });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:GenerateDataKey*', 'kms:Decrypt');
    this.projects = new ProjectTable(this, 'Projects');
    const replyKeys = new ReplyKeySecret(this, 'ReplyKeys', { key });
    // Credentials are sealed with their own key: only the functions that send or receive them use it.
    const sealingKey = new Key(this, 'SealingKey', { enableKeyRotation: true, description: 'Integrations: seals project credentials in the table' });
    const processes: readonly ProcessModule[] = MODULES;
    const nameOf = (process: string) => `${this.stackName}-${process}`;
    const arnOf = (name: string) =>
      Stack.of(this).formatArn({ service: 'states', resource: 'stateMachine', resourceName: name, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    // Every execution of a state machine: their names are per project (id and record version).
    const executionsOf = (name: string) =>
      Stack.of(this).formatArn({ service: 'states', resource: 'execution', resourceName: `${name}:*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    // The state machine of each process, by process id: the functions that start executions get it as JSON.
    const stateMachineArns = Object.fromEntries(processes.map((p) => [p.id, arnOf(nameOf(p.id))]));
    const base = {
      TABLE_NAME: this.projects.table.tableName,
      SERVICE_ADDRESS: config.serviceAddress,
      TEAM_NAME: config.teamName,
      ...(config.teamAddress ? { TEAM_ADDRESS: config.teamAddress } : {}),
      STAFF_DOMAINS: config.staffDomains.join(','),
      QUEUE_CAPACITY: String(config.queueCapacity),
      OVERDUE_REMINDER_EVERY_BUSINESS_DAYS: String(config.overdueReminderEveryBusinessDays),
      OVERDUE_REMINDER_LIMIT: String(config.overdueReminderLimit),
      ...(config.escalationAddress ? { ESCALATION_ADDRESS: config.escalationAddress } : {}),
      ...(config.certificationSlotsPerWeek ? { CERTIFICATION_SLOTS_PER_WEEK: String(config.certificationSlotsPerWeek) } : {}),
      REPLY_KEY_SECRET_ARN: replyKeys.secret.secretArn,
      SEALING_KEY_ID: sealingKey.keyArn,
    };
    this.outbound = new OutboundMail(this, 'Outbound', { domain: config.domain, key, environment: base });
    const environment = { ...base, SES_CONFIGURATION_SET: this.outbound.configurationSet.configurationSetName };
    const logRetention = retention(config.retention.logDays);
    const task = (id: string, handlerId: string, reservedConcurrentExecutions?: number) =>
      new TaskFunction(this, id, { handlerId, environment, logRetention, reservedConcurrentExecutions }).fn;
    const functions = {
      locate: task('Locate', 'locate'),
      // The ones that send mail are capped so a burst cannot outrun the SES sending rate.
      notify: task('Notify', 'notify', 10),
      stepDeadline: task('StepDeadline', 'step-deadline'),
      awaitStep: task('AwaitStep', 'await-step'),
      remind: task('Remind', 'remind', 10),
      milestoneWake: task('MilestoneWake', 'milestone-wake'),
    };
    const starting = { ...environment, STATE_MACHINE_ARNS: Stack.of(this).toJsonString(stateMachineArns) };
    // The inbound path creates a project from a NEW PROJECT mail and starts its execution.
    this.inbound = new InboundMail(this, 'Inbound', { domain: config.domain, environment: starting, rawMailDays: config.retention.rawMailDays });
    // Assigning a mail of the inbox to a project reads the raw mail again: the staff API reads the bucket too.
    this.staffApi = new StaffApi(this, 'StaffApi', {
      environment: { ...starting, RAW_MAIL_BUCKET: this.inbound.bucket.bucketName },
      logRetention,
    });
    this.inbound.bucket.grantRead(this.staffApi.handler, `${RAW_MAIL_PREFIX}*`);

    const sendMail = new PolicyStatement({
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: [
        Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: config.domain }),
        Stack.of(this).formatArn({ service: 'ses', resource: 'configuration-set', resourceName: this.outbound.configurationSet.configurationSetName }),
      ],
    });
    const completeTasks = new PolicyStatement({ actions: ['states:SendTaskSuccess'], resources: processes.map((p) => arnOf(nameOf(p.id))) });
    // The PMs' daily digest: run hourly, it reads every active project and the inbox once a run.
    const digest = new TaskFunction(this, 'Digest', { handlerId: 'digest', environment, logRetention, timeout: Duration.minutes(2) }).fn;
    this.digest = { fn: digest, schedule: new DigestSchedule(this, 'DigestSchedule', { target: digest }) };
    const handlers: IFunction[] = [...Object.values(functions), this.inbound.handler, this.outbound.eventsHandler, this.staffApi.handler, digest];
    for (const fn of handlers) {
      this.projects.table.grantReadWriteData(fn);
      replyKeys.secret.grantRead(fn);
      fn.addToRolePolicy(sendMail);
    }
    // A staff action (by mail or through the staff API) may complete the task its step waits on.
    for (const fn of [functions.awaitStep, this.inbound.handler, this.staffApi.handler]) fn.addToRolePolicy(completeTasks);
    // Starting an execution (a new project, or a restart after a date moved earlier): only on the registered state machines.
    const startExecutions = new PolicyStatement({ actions: ['states:StartExecution'], resources: Object.values(stateMachineArns) });
    for (const fn of [this.inbound.handler, this.staffApi.handler]) fn.addToRolePolicy(startExecutions);
    // A restart stops the project's previous execution (its name is kept on the record), so one
    // execution at a time runs a project; the staff API also describes it.
    const executions = processes.map((p) => executionsOf(nameOf(p.id)));
    this.staffApi.handler.addToRolePolicy(new PolicyStatement({ actions: ['states:DescribeExecution', 'states:StopExecution'], resources: executions }));
    this.inbound.handler.addToRolePolicy(new PolicyStatement({ actions: ['states:StopExecution'], resources: executions }));
    // Opening happens where credentials are mailed: the notify task (the welcome mail), the inbound
    // path (a staff SEND WELCOME by mail), the staff API (the same action through it), and the remind
    // task, which sends what a record's outbox still holds before its reminder (a credentials mail too).
    for (const fn of [functions.notify, functions.remind, this.inbound.handler, this.staffApi.handler])
      fn.addToRolePolicy(new PolicyStatement({ actions: ['kms:Decrypt'], resources: [sealingKey.keyArn] }));
    // Sealing is the staff API's alone: a credential given with a staff action is sealed on arrival.
    this.staffApi.handler.addToRolePolicy(new PolicyStatement({ actions: ['kms:Encrypt'], resources: [sealingKey.keyArn] }));

    // One state machine per registered process, built from its workflow description.
    this.workflows = new Map(
      processes.map((p) => [
        p.id,
        new ProcessWorkflow(this, p.workflow.deployment.constructId, { process: p, functions, stateMachineName: nameOf(p.id), logRetention }),
      ]),
    );

    this.alarms = new Alarms(this, 'Alarms', { key, email: config.alarmEmail });
    this.alarms.whenAny(
      'InboundDeadLetters',
      this.inbound.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Alarms.PERIOD }),
      'Inbound mail failed processing after its retries: see the dead-letter queue and the raw mail.',
    );
    for (const p of processes) {
      const { stateMachine } = this.stateMachineOf(p.id);
      const prefix = p.workflow.deployment.alarmPrefix;
      this.alarms.whenAny(
        `${prefix}ExecutionsFailed`,
        stateMachine.metricFailed({ period: Alarms.PERIOD }),
        'A project workflow failed: restart it from its record (see the runbook).',
      );
      this.alarms.whenAny(`${prefix}ExecutionsTimedOut`, stateMachine.metricTimedOut({ period: Alarms.PERIOD }), 'A project workflow timed out.');
    }
    this.alarms.whenAny(
      'InboundErrors',
      this.inbound.handler.metricErrors({ period: Alarms.PERIOD }),
      'The inbound handler threw; SES retries, then the dead-letter queue.',
    );

    acknowledgeFindings({
      stack: this,
      handlers,
      workflowFunctions: Object.values(functions),
      table: this.projects.table,
      rawMailBucket: this.inbound.bucket,
      stateMachineNames: processes.map((p) => nameOf(p.id)),
      staffApi: this.staffApi,
    });

    new CfnOutput(this, 'ProjectTableName', { value: this.projects.table.tableName });
    for (const p of processes) new CfnOutput(this, p.workflow.deployment.outputId, { value: this.stateMachineOf(p.id).stateMachine.stateMachineArn });
    new CfnOutput(this, 'RawMailBucket', { value: this.inbound.bucket.bucketName });
    new CfnOutput(this, 'ReceiptRuleSet', { value: this.inbound.ruleSet.receiptRuleSetName });
    new CfnOutput(this, 'DeadLetterQueue', { value: this.inbound.deadLetters.queueUrl });
    new CfnOutput(this, 'AlarmTopic', { value: this.alarms.topic.topicArn });
    new CfnOutput(this, 'StaffApiUrl', { value: this.staffApi.url });
    new CfnOutput(this, 'StaffPolicyArn', { value: this.staffApi.staffPolicy.managedPolicyArn });
    new CfnOutput(this, 'ReadOnlyPolicyArn', { value: this.staffApi.readOnlyPolicy.managedPolicyArn });
  }

  /** The state machine of a registered process. */
  stateMachineOf(process: string): ProcessWorkflow {
    const workflow = this.workflows.get(process);
    if (!workflow) throw new Error(`the stack has no state machine for ${process}`);
    return workflow;
  }
}
