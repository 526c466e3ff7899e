import { describe, expect, it } from 'vitest';
import { keyFromAddress, replyAddress, ReplyKeyError, signReplyKey, verifyReplyKey } from '../../shared/lifecycle/reply-key';

const secrets = { current: 'k2', secrets: { k1: 'an-older-secret-still-accepted', k2: 'the-current-secret-for-new-mail' } };
const SERVICE = 'integrationservices@gocadmium.example';

describe('reply keys', () => {
  it('names the project and step, signed with the current key, and fits a 64-character local part', () => {
    const key = signReplyKey({ projectId: 'INT-1042', step: 'client-testing' }, secrets);
    expect(key).toMatch(/^k2\.INT-1042\.client-testing\.[0-9a-f]{12}$/);
    const address = replyAddress(SERVICE, key);
    expect(address.split('@')[0]?.length).toBeLessThanOrEqual(64);
    expect(verifyReplyKey(keyFromAddress(address, SERVICE) ?? '', secrets)).toEqual({ ok: true, key: { projectId: 'INT-1042', step: 'client-testing' } });
  });

  it('still verifies keys signed before a rotation', () => {
    const old = signReplyKey({ projectId: 'INT-1042', step: 'plan' }, { ...secrets, current: 'k1' });
    expect(verifyReplyKey(old, secrets)).toMatchObject({ ok: true });
  });

  it.each([
    { case: 'a wrong MAC', key: 'k2.INT-1042.plan.000000000000', why: 'bad-mac' },
    { case: 'a key moved to another project', key: 'INT-9999', why: 'bad-mac' },
    { case: 'a retired key id', key: 'k0.INT-1042.plan.0123456789ab', why: 'unknown-key-id' },
    { case: 'an unknown step', key: 'k2.INT-1042.launch-party.0123456789ab', why: 'malformed' },
    { case: 'garbage', key: 'hello', why: 'malformed' },
  ])('refuses $case', ({ key, why }) => {
    const real = signReplyKey({ projectId: 'INT-1042', step: 'plan' }, secrets);
    const candidate = key === 'INT-9999' ? real.replace('INT-1042', 'INT-9999') : key;
    expect(verifyReplyKey(candidate, secrets)).toEqual({ ok: false, why });
  });

  it('survives a mail system that changes the case of the local part', () => {
    const key = signReplyKey({ projectId: 'INT-1042', step: 'plan' }, secrets);
    expect(verifyReplyKey(key.toUpperCase(), secrets)).toMatchObject({ ok: true });
  });

  it('reads a key only from an address of the service', () => {
    expect(keyFromAddress('integrationservices+k2.INT-1.plan.ab@gocadmium.example', SERVICE)).toBe('k2.int-1.plan.ab');
    expect(keyFromAddress('someone+k2.INT-1.plan.ab@gocadmium.example', SERVICE)).toBeUndefined();
    expect(keyFromAddress('integrationservices@gocadmium.example', SERVICE)).toBeUndefined();
  });

  it('refuses to build a local part longer than 64 characters', () => {
    expect(() => replyAddress('a-very-long-service-mailbox-name-for-integrations@x.example', 'k2.INT-1042.client-testing.0123456789ab')).toThrow(ReplyKeyError);
  });
});
