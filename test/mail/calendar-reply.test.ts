import { describe, expect, it } from 'vitest';
import { readAt, readMail } from '../../shared/mail/read';

/** A reply a mail program sends when a person presses a button on our invitation: a note, and the iCalendar REPLY. */
function calendarReply(partstat: string, note: string): Buffer {
  return Buffer.from(
    [
      'From: Dana Client <dana@client.example>',
      'To: Integrations <integrations+k1.PX-2031.idi.77ab31c0@paytronix.example>',
      'Subject: Accepted: [PX-2031] Invitation: Integration Deployment Interview',
      'Date: Mon, 01 Mar 2027 10:00:00 +0000',
      'Message-ID: <cal-1@client.example>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      note,
      '',
      '--b1',
      'Content-Type: text/calendar; charset="utf-8"; method=REPLY',
      '',
      'BEGIN:VCALENDAR',
      'METHOD:REPLY',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      `ATTENDEE;PARTSTAT=${partstat}:mailto:dana@client.example`,
      'UID:idi-px-2031',
      'DTSTART:20270311T200000Z',
      'END:VEVENT',
      'END:VCALENDAR',
      '--b1--',
      '',
    ].join('\r\n'),
  );
}

describe('a calendar reply to an invitation', () => {
  it.each([
    { partstat: 'ACCEPTED', intent: 'approve' },
    { partstat: 'DECLINED', intent: 'decline' },
  ])('reads $partstat as $intent at a step that asked to confirm a meeting', async ({ partstat, intent }) => {
    const read = await readMail(calendarReply(partstat, 'I will bring our lead developer.'));
    if (read.outcome !== 'read') throw new Error('the mail was not read');
    const reading = readAt(read, 'confirmation');
    expect(reading.kind).toBe('human');
    expect(reading.intent).toBe(intent);
    expect(reading.needsReview).toBe(false);
    expect(reading.reasons.join(' ')).toContain('invitation');
  });

  it('reads a button pressed with no note at all', async () => {
    const read = await readMail(calendarReply('ACCEPTED', ''));
    if (read.outcome !== 'read') throw new Error('the mail was not read');
    expect(readAt(read, 'confirmation').intent).toBe('approve');
  });

  it('approves no plan and no test by accepting a meeting about it', async () => {
    const read = await readMail(calendarReply('ACCEPTED', 'See you then.'));
    if (read.outcome !== 'read') throw new Error('the mail was not read');
    expect(readAt(read, 'approval').intent).not.toBe('approve');
    expect(readAt(read, 'testing').intent).not.toBe('approve');
  });

  it('leaves a tentative acceptance to the PM', async () => {
    const read = await readMail(calendarReply('TENTATIVE', 'Might be a few minutes late.'));
    if (read.outcome !== 'read') throw new Error('the mail was not read');
    expect(readAt(read, 'confirmation').needsReview).toBe(true);
  });
});
