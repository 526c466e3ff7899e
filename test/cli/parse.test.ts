import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'mail');

describe('integrations parse', () => {
  it('prints the documented JSON object for a reply', async () => {
    const { code, stdout } = await cli('parse', join(FIXTURES, 'gmail_web_approval_with_exception.eml'), '--json');
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(
      expect.arrayContaining(['messageId', 'from', 'subject', 'kind', 'replyText', 'intent', 'launchDate', 'contacts', 'attachments']),
    );
    expect(output).toMatchObject({ kind: 'human', intent: 'decline' });
    expect(output.messageId).toMatch(/^<.+>$/);
    expect(output.reason).toBeUndefined();
  });

  it('reads a folder, one JSON object per line, each with its file, confidence, needsReview and reasons', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-many-'));
    const raw = (text: string) =>
      `From: Pat Doe <pat@acme.example>\r\nTo: svc@gocadmium.example\r\nSubject: Re: plan\r\nMessage-ID: <${text.length}@acme.example>\r\nDate: Mon, 01 Mar 2027 10:00:00 +0000\r\n\r\n${text}\r\n`;
    writeFileSync(join(dir, 'a.eml'), raw('We approve the project plan as written.'));
    writeFileSync(join(dir, 'b.eml'), raw('I think it looks fine, but let me check with our director.'));
    writeFileSync(join(dir, 'notes.txt'), 'not mail');
    const { code, stdout } = await cli('parse', dir, '--step', 'plan', '--json');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.file.endsWith('a.eml') || l.file.endsWith('b.eml'), l.step, l.intent, l.needsReview])).toEqual([
      [true, 'plan', 'approve', false],
      [true, 'plan', 'approve', true],
    ]);
    expect(lines[0].confidence).toBeGreaterThanOrEqual(0.8);
    expect(lines[1].confidence).toBeLessThan(0.8);
    expect(lines[1].reasons.join(' ')).toContain('hedged');
  });

  it('reads the same words differently at different steps: "found two issues" is testing feedback', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-step-'));
    const file = join(dir, 'feedback.eml');
    writeFileSync(
      file,
      'From: Pat Doe <pat@acme.example>\r\nTo: svc@gocadmium.example\r\nSubject: Re: testing\r\n\r\nYes, we found two issues: the login fails on Safari.\r\n',
    );
    expect(JSON.parse((await cli('parse', file, '--step', 'client-testing', '--json')).stdout).intent).toBe('decline');
  });

  it('marks a no that only says not yet, in JSON and in the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-not-yet-'));
    const file = join(dir, 'not-yet.eml');
    writeFileSync(
      file,
      "From: Pat Doe <pat@acme.example>\r\nTo: svc@gocadmium.example\r\nSubject: Re: plan\r\n\r\nWe can't approve the plan yet, our director signs off on it next week.\r\n",
    );
    expect(JSON.parse((await cli('parse', file, '--step', 'plan', '--json')).stdout)).toMatchObject({ intent: 'decline', notYet: true, needsReview: false });
    expect((await cli('parse', file, '--step', 'plan')).stdout).toMatch(/Read as\s+decline, not yet \(confidence 0\.\d+\) at the plan step/);
    const other = join(dir, 'no.eml');
    writeFileSync(
      other,
      'From: Pat Doe <pat@acme.example>\r\nTo: svc@gocadmium.example\r\nSubject: Re: plan\r\n\r\nWe cannot approve the plan: the timeline is wrong.\r\n',
    );
    expect(JSON.parse((await cli('parse', other, '--step', 'plan', '--json')).stdout)).not.toHaveProperty('notYet');
  });

  it('refuses a step no process has, in one line', async () => {
    const { code, stderr } = await cli('parse', join(FIXTURES, 'gmail_web_approval_with_exception.eml'), '--step', 'lunch');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('integrations: --step: "lunch" is not a step of any process');
  });

  it('reads relative dates against --reference-date when given', async () => {
    const file = join(FIXTURES, 'gmail_web_go_live_march_3rd_with_csv.eml');
    expect(JSON.parse((await cli('parse', file, '--json')).stdout).launchDate).toBe('2027-03-03');
    // Read in April, "March 3rd" is next year's.
    expect(JSON.parse((await cli('parse', file, '--json', '--reference-date', '2027-04-01')).stdout).launchDate).toBe('2028-03-03');
  });

  it('reports an unreadable mail by its reason and still exits 0', async () => {
    const { code, stdout } = await cli('parse', join(FIXTURES, 'reject_binary_garbage.eml'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ reason: 'UnparseableMailError', intent: 'none', kind: null });
  });

  it('prints a readable summary without --json', async () => {
    const { stdout } = await cli('parse', join(FIXTURES, 'dsn_postfix_user_unknown.eml'));
    expect(stdout).toMatch(/Kind\s+bounce/);
    expect(stdout).toMatch(/Bounced\s+\S+@\S+ \(5\.1\.1\)/);
  });

  it('refuses a missing file in one line with exit code 2', async () => {
    const { code, stderr } = await cli('parse', '/nonexistent/reply.eml');
    expect(code).toBe(2);
    expect(stderr).toBe('integrations: no such file: /nonexistent/reply.eml');
  });

  it('refuses a bad reference date in one line with exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-'));
    writeFileSync(join(dir, 'a.eml'), 'From: a@b.example\r\n\r\nhi\r\n');
    const { code, stderr } = await cli('parse', join(dir, 'a.eml'), '--reference-date', 'March');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^integrations: --reference-date: expected a date as YYYY-MM-DD$/);
  });
});
