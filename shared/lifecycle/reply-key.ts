import { createHmac, timingSafeEqual } from 'node:crypto';
import { isKnownStep } from '../processes/registry';
import { PROJECT_ID_SHAPE } from '../project/project-id';
import type { StepId } from './steps';

/**
 * Reply keys (docs/decisions.md): every outbound mail's Reply-To is `<local>+<key>@<domain>`, where the key
 * names the project and step and carries a truncated HMAC, so a reply is correlated without guessing
 * and a forged key is refused. Format: `<keyId>.<projectId>.<step>.<mac>`, e.g.
 * `k1.INT-1042.plan.3f9a2c1d0b7e`. With the service's local part it fits the 64-character limit.
 */
export const MAC_HEX_CHARS = 12;
export const MAX_LOCAL_PART_CHARS = 64;

export interface ReplyKeySecrets {
  /** The key id new mail is signed with. */
  readonly current: string;
  /** Key id → secret. Old ids stay here during a rotation so replies to older mail still verify. */
  readonly secrets: Readonly<Record<string, string>>;
}

export interface ReplyKey {
  readonly projectId: string;
  readonly step: StepId;
}

export class ReplyKeyError extends Error {
  override name = 'ReplyKeyError';
}

function mac(secret: string, keyId: string, projectId: string, step: string): string {
  return createHmac('sha256', secret).update(`${keyId}.${projectId}.${step}`).digest('hex').slice(0, MAC_HEX_CHARS);
}

export function signReplyKey(key: ReplyKey, secrets: ReplyKeySecrets): string {
  const secret = secrets.secrets[secrets.current];
  if (!secret) throw new ReplyKeyError(`no secret for key id ${secrets.current}`);
  return `${secrets.current}.${key.projectId}.${key.step}.${mac(secret, secrets.current, key.projectId, key.step)}`;
}

/** The Reply-To address for a key. Throws when the local part would exceed 64 characters. */
export function replyAddress(serviceAddress: string, key: string): string {
  const [local, domain] = serviceAddress.split('@');
  const localPart = `${local}+${key}`;
  if (localPart.length > MAX_LOCAL_PART_CHARS) throw new ReplyKeyError(`reply local part "${localPart}" exceeds ${MAX_LOCAL_PART_CHARS} characters`);
  return `${localPart}@${domain}`;
}

export type KeyVerdict = { readonly ok: true; readonly key: ReplyKey } | { readonly ok: false; readonly why: 'malformed' | 'unknown-key-id' | 'bad-mac' };

/** A key's parts: key id, project id, step, MAC. */
const KEY = new RegExp(String.raw`^([a-z0-9]{1,8})\.(${PROJECT_ID_SHAPE})\.([a-z-]+)\.([0-9a-f]+)$`, 'i');

/** Verifies a key (the part after `+`): a wrong or forged MAC is refused, never guessed around. */
export function verifyReplyKey(text: string, secrets: ReplyKeySecrets): KeyVerdict {
  const match = KEY.exec(text);
  if (!match) return { ok: false, why: 'malformed' };
  const [, rawKeyId = '', rawProjectId = '', rawStep = '', given = ''] = match;
  // Mail systems may change the case of a local part; the key's parts have a fixed case.
  const keyId = rawKeyId.toLowerCase();
  const projectId = rawProjectId.toUpperCase();
  const step = rawStep.toLowerCase();
  const secret = secrets.secrets[keyId];
  if (!secret) return { ok: false, why: 'unknown-key-id' };
  if (!isStep(step)) return { ok: false, why: 'malformed' };
  const expected = Buffer.from(mac(secret, keyId, projectId, step));
  const actual = Buffer.from(given.toLowerCase());
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, why: 'bad-mac' };
  return { ok: true, key: { projectId, step } };
}

function isStep(value: string): value is StepId {
  return isKnownStep(value);
}

/** The key in a recipient address `local+key@domain`, if it is addressed to the service. */
export function keyFromAddress(address: string, serviceAddress: string): string | undefined {
  const [local, domain] = serviceAddress.toLowerCase().split('@');
  const match = /^([^+@]+)\+([^@]+)@(.+)$/.exec(address.toLowerCase());
  if (!match || match[1] !== local || match[3] !== domain) return undefined;
  return match[2];
}
