import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMail, REJECTION_REASONS, toParseOutput } from '../../shared/mail';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'mail');
const files = readdirSync(FIXTURES);
const scenarios = files
  .filter((f) => f.endsWith('.eml'))
  .map((f) => f.slice(0, -'.eml'.length))
  .sort();
const ALLOWED_KEYS = new Set([
  '$comment',
  'referenceDate',
  'kind',
  'intent',
  'replyText',
  'reason',
  'from',
  'subject',
  'launchDate',
  'contacts',
  'attachments',
  'bounce',
  'messageId',
]);

describe('the mail fixture corpus', () => {
  it('holds at least 80 real-shaped messages', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(80);
  });

  it('has an expectation beside every .eml, and no expectation without its .eml', () => {
    const expectations = files
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => f.slice(0, -'.expected.json'.length))
      .sort();
    expect(expectations).toEqual(scenarios);
  });
});

describe.each(scenarios)('%s', (scenario) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${scenario}.expected.json`), 'utf8')) as Record<string, unknown>;

  it('is read as its expectation says', async () => {
    for (const key of Object.keys(expected)) expect(ALLOWED_KEYS, `unknown key ${key}`).toContain(key);
    const raw = readFileSync(join(FIXTURES, `${scenario}.eml`));
    const referenceDate = typeof expected['referenceDate'] === 'string' ? expected['referenceDate'] : undefined;
    const output = toParseOutput(await readMail(raw, { referenceDate }));
    if ('reason' in expected) {
      expect(REJECTION_REASONS).toContain(expected['reason']);
      expect(output.reason).toBe(expected['reason']);
      return;
    }
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(['kind', 'intent', 'replyText']));
    expect(output.reason, output.message).toBeUndefined();
    const actual: Record<string, unknown> = { ...output };
    for (const [key, value] of Object.entries(expected)) {
      if (key === '$comment' || key === 'referenceDate') continue;
      expect(actual[key], key).toEqual(value);
    }
  });
});
