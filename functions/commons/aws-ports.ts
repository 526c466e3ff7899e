import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { SendTaskSuccessCommand, SFNClient, TaskTimedOut, InvalidToken } from '@aws-sdk/client-sfn';
import { z } from 'zod';
import { ServiceConfig } from '../../shared/lifecycle/config';
import type { LifecyclePorts } from '../../shared/lifecycle/ports';
import { DynamoProjectStore } from '../../shared/project/adapters/dynamodb-store';
import { StepFunctionsWorkflows } from './aws-workflows';

/** The environment every handler gets from the stack, parsed once at module scope (docs/decisions.md#config-once). */
const Env = z.object({
  TABLE_NAME: z.string().min(1),
  SERVICE_ADDRESS: z.string().min(3),
  TEAM_NAME: z.string().min(1),
  /** The team inbox mail that finds no project is forwarded to; unset: none. */
  TEAM_ADDRESS: z.string().min(3).optional(),
  STAFF_DOMAINS: z.string().default(''),
  QUEUE_CAPACITY: z.coerce.number().int().positive().default(3),
  OVERDUE_REMINDER_EVERY_BUSINESS_DAYS: z.coerce.number().int().positive().default(2),
  OVERDUE_REMINDER_LIMIT: z.coerce.number().int().positive().default(5),
  /** The PMs' lead (unset: no escalation). */
  ESCALATION_ADDRESS: z.string().optional(),
  /** Unset: the process's own rule. */
  CERTIFICATION_SLOTS_PER_WEEK: z.coerce.number().int().positive().optional(),
  REPLY_KEY_SECRET_ARN: z.string().min(1),
  SES_CONFIGURATION_SET: z.string().optional(),
  /** The KMS key that seals credentials in the table. */
  SEALING_KEY_ID: z.string().min(1),
  /** The state machine of each process, by process id (JSON): given to the functions that start executions. */
  STATE_MACHINE_ARNS: z
    .string()
    .default('{}')
    .transform((text) => z.record(z.string(), z.string().min(1)).parse(JSON.parse(text))),
});

let ports: Promise<LifecyclePorts> | undefined;

/** AWS ports, built on first use and kept for the life of the execution environment. */
export function awsPorts(): Promise<LifecyclePorts> {
  ports ??= build();
  return ports;
}

async function build(): Promise<LifecyclePorts> {
  const env = Env.parse(process.env);
  const sfn = new SFNClient({});
  const kms = new KMSClient({});
  const ses = new SESv2Client({});
  // The reply-key secret is JSON: { "current": "k2", "k1": "…", "k2": "…" }: the id new mail is
  // signed with, and every key id still accepted (a rotation adds one and moves `current`).
  const secret = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: env.REPLY_KEY_SECRET_ARN }));
  const { current, ...secrets } = z.record(z.string(), z.string()).parse(JSON.parse(secret.SecretString ?? '{}'));
  const config = ServiceConfig.parse({
    serviceAddress: env.SERVICE_ADDRESS,
    teamName: env.TEAM_NAME,
    ...(env.TEAM_ADDRESS ? { teamAddress: env.TEAM_ADDRESS } : {}),
    staffDomains: env.STAFF_DOMAINS.split(',')
      .map((d) => d.trim())
      .filter(Boolean),
    queueCapacity: env.QUEUE_CAPACITY,
    overdueReminderEveryBusinessDays: env.OVERDUE_REMINDER_EVERY_BUSINESS_DAYS,
    overdueReminderLimit: env.OVERDUE_REMINDER_LIMIT,
    escalationAddress: env.ESCALATION_ADDRESS || undefined,
    certificationSlotsPerWeek: env.CERTIFICATION_SLOTS_PER_WEEK,
    replyKeys: { current, secrets },
  });
  const store = new DynamoProjectStore(new DynamoDBClient({}), env.TABLE_NAME);
  const now = () => new Date().toISOString();
  return {
    store,
    clock: { now },
    workflows: new StepFunctionsWorkflows(sfn, store, env.STATE_MACHINE_ARNS, now),
    config,
    mailer: {
      async send(mail) {
        await ses.send(
          new SendEmailCommand({
            FromEmailAddress: mail.from,
            Destination: { ToAddresses: [...mail.to] },
            Content: { Raw: { Data: mail.raw } },
            ConfigurationSetName: env.SES_CONFIGURATION_SET,
          }),
        );
      },
    },
    secrets: {
      // KMS binds the project and secret name into the ciphertext (encryption context).
      async seal(plaintext, context) {
        const result = await kms.send(
          new EncryptCommand({ KeyId: env.SEALING_KEY_ID, Plaintext: Buffer.from(plaintext, 'utf8'), EncryptionContext: { ...context } }),
        );
        return `kms.v1:${Buffer.from(result.CiphertextBlob ?? new Uint8Array()).toString('base64')}`;
      },
      async open(sealed, context) {
        const blob = Buffer.from(sealed.replace(/^kms\.v1:/, ''), 'base64');
        const result = await kms.send(new DecryptCommand({ CiphertextBlob: blob, EncryptionContext: { ...context } }));
        return Buffer.from(result.Plaintext ?? new Uint8Array()).toString('utf8');
      },
    },
    tokens: {
      async succeed(token, output) {
        try {
          await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }));
          return true;
        } catch (error) {
          // The task already timed out or completed: the record still holds the truth, nothing is lost.
          if (error instanceof TaskTimedOut || error instanceof InvalidToken) return false;
          throw error;
        }
      },
    },
  };
}
