import { describe, expect, it } from 'vitest';
import { MAX_MIME_DEPTH, MAX_RAW_MAIL_BYTES, mimeDepth, readMail } from '../../shared/mail';

const reply = (extra = '', body = 'Approved.') =>
  Buffer.from(
    `From: Pat Doe <pat@acme.example>\r\nTo: integrationservices@vendor.example\r\nSubject: Re: [INT-1001] Plan\r\nMessage-ID: <a1@acme.example>\r\nDate: Mon, 01 Mar 2027 10:00:00 -0500\r\n${extra}\r\n${body}\r\n`,
  );

function nested(levels: number): Buffer {
  let message = 'From: a@b.example\r\nSubject: inner\r\n\r\nhello\r\n';
  for (let i = 0; i < levels; i += 1) {
    message = `From: a@b.example\r\nSubject: level ${i}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\nContent-Type: message/rfc822\r\n\r\n${message}\r\n--b${i}--\r\n`;
  }
  return Buffer.from(message);
}

describe('limits on what is read', () => {
  it('turns away a mail over MAX_RAW_MAIL_BYTES without parsing it', async () => {
    const big = Buffer.concat([reply(), Buffer.alloc(MAX_RAW_MAIL_BYTES, 0x61)]);
    expect(await readMail(big)).toMatchObject({ outcome: 'rejected', reason: 'MailTooLargeError' });
  });

  it('accepts a mail just under a configured size limit and refuses one just over it', async () => {
    const raw = reply();
    expect((await readMail(raw, { maxRawBytes: raw.length })).outcome).toBe('read');
    expect(await readMail(raw, { maxRawBytes: raw.length - 1 })).toMatchObject({ reason: 'MailTooLargeError' });
  });

  it('measures MIME nesting: each multipart and embedded message is a level', () => {
    expect(mimeDepth(reply())).toBe(0);
    expect(mimeDepth(nested(1))).toBe(2);
    expect(mimeDepth(nested(3))).toBe(6);
  });

  it('reads a forwarded-inside-forwarded mail and refuses nesting past MAX_MIME_DEPTH', async () => {
    expect((await readMail(nested(3))).outcome).toBe('read');
    expect(await readMail(nested(MAX_MIME_DEPTH))).toMatchObject({ outcome: 'rejected', reason: 'MimeTooDeepError' });
  });

  it('counts recipients across To, Cc and Delivered-To', async () => {
    const to = Array.from({ length: 150 }, (_, i) => `u${i}@acme.example`).join(', ');
    const cc = Array.from({ length: 60 }, (_, i) => `c${i}@acme.example`).join(', ');
    const raw = Buffer.from(reply().toString().replace('To: integrationservices@vendor.example', `To: ${to}\r\nCc: ${cc}`));
    expect(await readMail(raw)).toMatchObject({ reason: 'TooManyRecipientsError' });
  });

  it('names a mail without a From address', async () => {
    expect(await readMail(Buffer.from('Subject: hi\r\n\r\nbody\r\n'))).toMatchObject({ reason: 'MissingSenderError' });
    expect(await readMail(Buffer.from('From: not an address\r\nSubject: hi\r\n\r\nbody\r\n'))).toMatchObject({ reason: 'MissingSenderError' });
    // A From whose display name and address were encoded together in one encoded-word is still a sender.
    const whole = 'From: =?utf-8?q?Luc=C3=ADa_Fern=C3=A1ndez_=3Clfernandez=40ifema=2Eexample=3E?=\r\nSubject: hi\r\n\r\nbody\r\n';
    expect(await readMail(Buffer.from(whole))).toMatchObject({
      outcome: 'read',
      mail: { from: { address: 'lfernandez@ifema.example', name: 'Lucía Fernández' } },
    });
  });

  it('names empty input and input with no header section', async () => {
    expect(await readMail(Buffer.alloc(0))).toMatchObject({ reason: 'EmptyMailError' });
    expect(await readMail(Buffer.from('\r\n  \r\n'))).toMatchObject({ reason: 'EmptyMailError' });
    expect(await readMail(Buffer.from([0xff, 0x00, 0x13, 0x37, 0x0a]))).toMatchObject({ reason: 'UnparseableMailError' });
  });
});
