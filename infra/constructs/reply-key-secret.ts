import { Duration } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { TaskFunction } from './task-function';

export interface ReplyKeySecretProps {
  readonly key: IKey;
  /** @default 90 days */
  readonly rotateAfter?: Duration;
}

/**
 * The reply-key HMAC secrets, `{"current": "k1", "k1": "…"}`, encrypted with the stack's key and
 * rotated on a schedule: a rotation adds a key id and moves `current`; the last ids stay valid.
 */
export class ReplyKeySecret extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string, props: ReplyKeySecretProps) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description: 'Reply-key HMAC secrets: {"current": id, <id>: secret, …}',
      encryptionKey: props.key,
      generateSecretString: { secretStringTemplate: JSON.stringify({ current: 'k1' }), generateStringKey: 'k1', passwordLength: 48, excludePunctuation: true },
    });
    const rotator = new TaskFunction(this, 'Rotate', { handlerId: 'rotate-reply-key', environment: {} }).fn;
    this.secret.addRotationSchedule('Rotation', { rotationLambda: rotator, automaticallyAfter: props.rotateAfter ?? Duration.days(90) });
  }
}
