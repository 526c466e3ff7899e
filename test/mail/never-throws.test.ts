import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMail, REJECTION_REASONS } from '../../shared/mail';

function settled(result: Awaited<ReturnType<typeof readMail>>): boolean {
  if (result.outcome === 'read') return ['human', 'auto-reply', 'bounce'].includes(result.kind);
  return (REJECTION_REASONS as readonly string[]).includes(result.reason);
}

const header = fc.constantFrom(
  'From: Pat <pat@acme.example>\r\n',
  'Subject: Re: [INT-1001] plan\r\n',
  'Content-Type: multipart/mixed; boundary="b"\r\n',
  'Content-Transfer-Encoding: base64\r\n',
  'MIME-Version: 1.0\r\n',
  '\r\n',
  '--b\r\n',
  '--b--\r\n',
  'Content-Type: message/rfc822\r\n',
  '=?utf-8?B?w6k=?=\r\n',
);

describe('readMail on any input', () => {
  it('returns a reading or a named rejection for any byte string, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        expect(settled(await readMail(Buffer.from(bytes)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does the same for byte strings built from mail-shaped pieces', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(header, fc.string({ maxLength: 40 })), { maxLength: 40 }), async (pieces) => {
        expect(settled(await readMail(Buffer.from(pieces.join(''), 'utf8')))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
