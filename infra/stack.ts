import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, ArnFormat } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { ReceiptRuleSet } from 'aws-cdk-lib/aws-ses';
import { Lambda as LambdaAction, LambdaInvocationType, S3 as S3Action } from 'aws-cdk-lib/aws-ses-actions';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { SAMPLE_ENVIRONMENT, type EnvironmentConfig } from './config';
import { ProjectTable } from './constructs/project-table';
import { TaskFunction } from './constructs/task-function';
import { CadmiumWorkflow } from './workflows/cadmium-workflow';

export interface IntegrationsStackProps extends StackProps {
  /** @default SAMPLE_ENVIRONMENT */
  readonly config?: EnvironmentConfig;
}

/** Where SES stores raw inbound mail, and so where the inbound handler reads it. */
export const RAW_MAIL_PREFIX = 'inbound/';

/** The system's stack: table, handlers, workflow, inbound mail. */
export class IntegrationsStack extends Stack {
  readonly projects: ProjectTable;
  readonly workflow: CadmiumWorkflow;

  constructor(scope: Construct, id: string, props: IntegrationsStackProps = {}) {
    super(scope, id, props);
    const config = props.config ?? SAMPLE_ENVIRONMENT;
    this.projects = new ProjectTable(this, 'Projects');
    const replyKeys = new Secret(this, 'ReplyKeySecret', {
      description: 'Reply-key HMAC secrets: {"current": id, <id>: secret, …}',
      generateSecretString: { secretStringTemplate: JSON.stringify({ current: 'k1' }), generateStringKey: 'k1', passwordLength: 48, excludePunctuation: true },
    });
    const stateMachineName = `${this.stackName}-cadmium`;
    const stateMachineArn = Stack.of(this).formatArn({ service: 'states', resource: 'stateMachine', resourceName: stateMachineName, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    const environment = {
      TABLE_NAME: this.projects.table.tableName,
      SERVICE_ADDRESS: config.serviceAddress,
      TEAM_NAME: config.teamName,
      STAFF_DOMAINS: config.staffDomains.join(','),
      QUEUE_CAPACITY: String(config.queueCapacity),
      REPLY_KEY_SECRET_ARN: replyKeys.secretArn,
    };
    const task = (id: string, handlerId: string) => new TaskFunction(this, id, { handlerId, environment }).fn;
    const functions = {
      locate: task('Locate', 'locate'),
      notify: task('Notify', 'notify'),
      stepDeadline: task('StepDeadline', 'step-deadline'),
      awaitStep: task('AwaitStep', 'await-step'),
      remind: task('Remind', 'remind'),
      milestoneWake: task('MilestoneWake', 'milestone-wake'),
    };

    const rawMail = new Bucket(this, 'RawMail', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ prefix: RAW_MAIL_PREFIX, expiration: Duration.days(400) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const inbound = new TaskFunction(this, 'InboundMail', {
      handlerId: 'inbound-mail',
      environment: { ...environment, RAW_MAIL_BUCKET: rawMail.bucketName, RAW_MAIL_PREFIX },
      timeout: Duration.seconds(60),
      memorySize: 1024,
    }).fn;
    rawMail.grantRead(inbound, `${RAW_MAIL_PREFIX}*`);

    const sendMail = new PolicyStatement({
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: [Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: config.domain })],
    });
    const completeTasks = new PolicyStatement({ actions: ['states:SendTaskSuccess'], resources: [stateMachineArn] });
    for (const fn of [...Object.values(functions), inbound]) {
      this.projects.table.grantReadWriteData(fn);
      replyKeys.grantRead(fn);
      fn.addToRolePolicy(sendMail);
    }
    functions.awaitStep.addToRolePolicy(completeTasks);
    inbound.addToRolePolicy(completeTasks);

    this.workflow = new CadmiumWorkflow(this, 'Cadmium', { functions, stateMachineName });

    new ReceiptRuleSet(this, 'Inbound', {
      rules: [
        {
          recipients: [config.serviceAddress],
          scanEnabled: true,
          actions: [
            new S3Action({ bucket: rawMail, objectKeyPrefix: RAW_MAIL_PREFIX }),
            new LambdaAction({ function: inbound, invocationType: LambdaInvocationType.EVENT }),
          ],
        },
      ],
    });

    new CfnOutput(this, 'ProjectTableName', { value: this.projects.table.tableName });
    new CfnOutput(this, 'CadmiumStateMachineArn', { value: this.workflow.stateMachine.stateMachineArn });
    new CfnOutput(this, 'RawMailBucket', { value: rawMail.bucketName });
  }
}
