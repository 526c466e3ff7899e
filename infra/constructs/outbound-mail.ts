import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ConfigurationSet, ConfigurationSetTlsPolicy, EmailIdentity, EventDestination, EmailSendingEvent, Identity } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { TaskFunction } from './task-function';

export interface OutboundMailProps {
  readonly domain: string;
  readonly key: IKey;
  readonly environment: Readonly<Record<string, string>>;
}

/**
 * SES outbound: the domain identity (Easy DKIM), a configuration set whose bounce and complaint
 * events go through an encrypted topic to a handler that records them on the project and tells the PM.
 */
export class OutboundMail extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly identity: EmailIdentity;
  readonly eventsHandler: IFunction;

  constructor(scope: Construct, id: string, props: OutboundMailProps) {
    super(scope, id);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', { tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE });
    this.identity = new EmailIdentity(this, 'Identity', { identity: Identity.domain(props.domain), configurationSet: this.configurationSet });
    const topic = new Topic(this, 'Events', { masterKey: props.key, enforceSSL: true, displayName: 'SES bounces and complaints' });
    props.key.grant(new ServicePrincipal('ses.amazonaws.com'), 'kms:GenerateDataKey*', 'kms:Decrypt');
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(topic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.eventsHandler = new TaskFunction(this, 'Handler', {
      handlerId: 'ses-events',
      environment: { ...props.environment, SES_CONFIGURATION_SET: this.configurationSet.configurationSetName },
    }).fn;
    topic.addSubscription(new LambdaSubscription(this.eventsHandler));
  }
}
