import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SecretContext, SecretSealer } from '../shared/lifecycle/ports';

/** Thrown when a sealed value does not open: wrong key, wrong project or name, or tampered. */
export class SecretUnsealError extends Error {
  override name = 'SecretUnsealError';
}

const PREFIX = 'local-gcm.v1';

function aad(context: SecretContext): Buffer {
  return Buffer.from(`${context.projectId}\n${context.name}`, 'utf8');
}

/**
 * The local stand-in for KMS: AES-256-GCM under a key kept in the data folder (mode 0600), with
 * the project and secret name as additional authenticated data, like KMS's encryption context.
 */
export class LocalSealer implements SecretSealer {
  private constructor(private readonly key: Buffer) {}

  static async inFolder(dataDir: string): Promise<LocalSealer> {
    const file = join(dataDir, 'sealing-key');
    try {
      const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
      if (key.length === 32) return new LocalSealer(key);
    } catch {
      // No key yet: made below.
    }
    const key = randomBytes(32);
    await writeFile(file, key.toString('base64'), { mode: 0o600 });
    return new LocalSealer(key);
  }

  seal(plaintext: string, context: SecretContext): Promise<string> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(aad(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Promise.resolve([PREFIX, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':'));
  }

  open(sealed: string, context: SecretContext): Promise<string> {
    const [prefix, iv, tag, body] = sealed.split(':');
    if (prefix !== PREFIX || !iv || !tag || body === undefined) return Promise.reject(new SecretUnsealError(`not a locally sealed value (${context.name})`));
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64')).setAAD(aad(context)).setAuthTag(Buffer.from(tag, 'base64'));
      return Promise.resolve(Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8'));
    } catch {
      return Promise.reject(new SecretUnsealError(`the sealed ${context.name} of ${context.projectId} does not open with this key`));
    }
  }
}
