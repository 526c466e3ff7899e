import { randomBytes } from 'node:crypto';
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from '@aws-sdk/client-secrets-manager';
import { z } from 'zod';
import { logger } from '../commons/logger';

/** Secrets Manager's rotation event (the four-step protocol). */
const RotationEvent = z.object({
  SecretId: z.string().min(1),
  ClientRequestToken: z.string().min(1),
  Step: z.enum(['createSecret', 'setSecret', 'testSecret', 'finishSecret']),
});

/** Key ids kept after a rotation: the current one and the two before it (replies to older mail still verify). */
export const KEY_IDS_KEPT = 3;

const ReplyKeys = z
  .record(z.string(), z.string())
  .refine((v) => typeof v['current'] === 'string' && typeof v[v['current']] === 'string', 'current must name a key id present in the secret');

/**
 * The next reply-key secret: a new key id signs new mail; the last few ids stay so replies to mail
 * sent before the rotation keep verifying. Pure, so it is tested without AWS.
 */
export function rotateKeys(current: Record<string, string>, secret: string): Record<string, string> {
  const keys = ReplyKeys.parse(current);
  const ids = Object.keys(keys)
    .filter((k) => k !== 'current')
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const next = `k${Math.max(0, ...ids.map((id) => Number(id.slice(1)) || 0)) + 1}`;
  const kept = [...ids, next].slice(-KEY_IDS_KEPT);
  return { current: next, ...Object.fromEntries(kept.map((id) => [id, id === next ? secret : (keys[id] ?? '')])) };
}

const client = new SecretsManagerClient({});

export const handler = async (event: unknown): Promise<void> => {
  const { SecretId, ClientRequestToken, Step } = RotationEvent.parse(event);
  logger.info('rotating the reply-key secret', { step: Step });
  if (Step === 'createSecret') {
    try {
      await client.send(new GetSecretValueCommand({ SecretId, VersionId: ClientRequestToken, VersionStage: 'AWSPENDING' }));
      return; // this rotation's new version already exists
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    const current = await client.send(new GetSecretValueCommand({ SecretId, VersionStage: 'AWSCURRENT' }));
    const next = rotateKeys(JSON.parse(current.SecretString ?? '{}'), randomBytes(32).toString('hex'));
    await client.send(new PutSecretValueCommand({ SecretId, ClientRequestToken, SecretString: JSON.stringify(next), VersionStages: ['AWSPENDING'] }));
    return;
  }
  if (Step === 'finishSecret') {
    const description = await client.send(new DescribeSecretCommand({ SecretId }));
    const currentVersion = Object.entries(description.VersionIdsToStages ?? {}).find(([, stages]) => stages.includes('AWSCURRENT'))?.[0];
    if (currentVersion === ClientRequestToken) return;
    await client.send(
      new UpdateSecretVersionStageCommand({ SecretId, VersionStage: 'AWSCURRENT', MoveToVersionId: ClientRequestToken, RemoveFromVersionId: currentVersion }),
    );
  }
  // setSecret and testSecret: the secret is only ours; handlers read it at cold start, so nothing to set.
};
