import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Lambda as LambdaAction, LambdaInvocationType, S3 as S3Action } from 'aws-cdk-lib/aws-ses-actions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { TaskFunction } from './task-function';

/** Where SES stores raw inbound mail, and so where the inbound handler reads it. */
export const RAW_MAIL_PREFIX = 'inbound/';

export interface InboundMailProps {
  /** The domain SES receives for: the rule takes every address at it, so `service+key@domain` too. */
  readonly domain: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly rawMailDays: number;
}

/**
 * SES inbound: a receipt rule set (made active by a custom resource: CloudFormation cannot) whose
 * rule scans for spam and viruses, stores the raw mail in an encrypted bucket, then invokes the
 * inbound handler. A mail whose processing fails after its retries lands in a dead-letter queue.
 */
export class InboundMail extends Construct {
  readonly bucket: Bucket;
  readonly handler: IFunction;
  readonly deadLetters: Queue;
  readonly ruleSet: ReceiptRuleSet;

  constructor(scope: Construct, id: string, props: InboundMailProps) {
    super(scope, id);
    const accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(props.rawMailDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket = new Bucket(this, 'RawMail', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: false,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'raw-mail/',
      lifecycleRules: [{ prefix: RAW_MAIL_PREFIX, expiration: Duration.days(props.rawMailDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.handler = new TaskFunction(this, 'Handler', {
      handlerId: 'inbound-mail',
      environment: { ...props.environment, RAW_MAIL_BUCKET: this.bucket.bucketName, RAW_MAIL_PREFIX },
      timeout: Duration.seconds(60),
      memorySize: 1024,
      onFailure: new SqsDestination(this.deadLetters),
      retryAttempts: 2,
      // Protects the table and SES from a flood; SES queues and retries asynchronous invocations.
      reservedConcurrentExecutions: 20,
    }).fn;
    this.bucket.grantRead(this.handler, `${RAW_MAIL_PREFIX}*`);

    this.ruleSet = new ReceiptRuleSet(this, 'RuleSet', {
      rules: [
        {
          recipients: [props.domain],
          scanEnabled: true,
          tlsPolicy: TlsPolicy.OPTIONAL,
          actions: [
            new S3Action({ bucket: this.bucket, objectKeyPrefix: RAW_MAIL_PREFIX }),
            new LambdaAction({ function: this.handler, invocationType: LambdaInvocationType.EVENT }),
          ],
        },
      ],
    });
    const activate = {
      service: 'SES',
      action: 'setActiveReceiptRuleSet',
      parameters: { RuleSetName: this.ruleSet.receiptRuleSetName },
      physicalResourceId: PhysicalResourceId.of(`active-${this.ruleSet.receiptRuleSetName}`),
    };
    new AwsCustomResource(this, 'ActivateRuleSet', {
      onCreate: activate,
      onUpdate: activate,
      // Deleting the stack leaves no rule set active rather than one that points at deleted resources.
      onDelete: { service: 'SES', action: 'setActiveReceiptRuleSet', parameters: {} },
      policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: AwsCustomResourcePolicy.ANY_RESOURCE }),
      installLatestAwsSdk: false,
    });
  }
}
