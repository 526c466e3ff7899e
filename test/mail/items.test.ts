import { describe, expect, it } from 'vitest';
import { readAt, readMail } from '../../shared/mail/read';
import { processModule } from '../../shared/processes/registry';

/** A plain reply at EventTech's requirements step, and the requirement items it delivers or names as still to come. */
async function itemsOf(text: string) {
  const raw = Buffer.from(
    [
      'From: Dana Client <dana@client.example>',
      'To: integrations@vendor.example',
      'Subject: RE: [INT-1042] Requirements',
      'Date: Mon, 01 Mar 2027 10:00:00 +0000',
      'Message-ID: <items-1@client.example>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
      '',
    ].join('\r\n'),
  );
  const read = await readMail(raw);
  if (read.outcome !== 'read') throw new Error('the mail was not read');
  const cadmium = processModule('cadmium');
  const items = cadmium.itemsIn?.(readAt(read, cadmium.replyQuestion('requirements')));
  return { delivered: [...(items?.delivered ?? [])].sort(), pending: [...(items?.pending ?? [])].sort() };
}

describe('requirements item by item', () => {
  it.each([
    {
      case: 'one item given and one to follow in the same sentence',
      text: 'Test accounts attached, API keys to follow next week.',
      delivered: ['test-accounts'],
      pending: ['api-access'],
    },
    {
      case: 'test accounts for a sandbox (the sandbox says where they live, it is no API access)',
      text: 'Attached are 3 test accounts for our Salesforce sandbox.',
      delivered: ['test-accounts'],
      pending: [],
    },
    {
      case: 'the sandbox itself given',
      text: 'Here is the sandbox login for your team.',
      delivered: ['api-access'],
      pending: [],
    },
    {
      case: 'an enumeration under one future verb',
      text: 'We will send the test accounts, the API keys and the field mapping on Friday.',
      delivered: [],
      pending: ['api-access', 'field-mapping', 'test-accounts'],
    },
    {
      case: 'a delivering word in a phrase of its own',
      text: 'Attached: the test accounts and the field mapping.',
      delivered: ['field-mapping', 'test-accounts'],
      pending: [],
    },
    {
      case: 'a list under a lead-in that hands it over',
      text: 'Please find everything attached:\n- test accounts for five attendees\n- API endpoint and credentials for staging\n- the field mapping sheet',
      delivered: ['api-access', 'field-mapping', 'test-accounts'],
      pending: [],
    },
    {
      case: 'a heading without a colon and the logins under it',
      text: 'Test accounts (staging)\n- attendee1@client.example / Welcome2027\n- attendee2@client.example / Welcome2027\n\nThe mapping is still being finalised.',
      delivered: ['test-accounts'],
      pending: ['field-mapping'],
    },
    {
      case: 'a link given with "no password"',
      text: 'API docs and endpoint: https://sandbox.client.example/v2 (no password needed)',
      delivered: ['api-access'],
      pending: [],
    },
    {
      case: 'a "but" with no date yet about what its sentence named',
      text: 'API access depends on our vendor, we opened a ticket with them but there is no date yet.',
      delivered: [],
      pending: ['api-access'],
    },
    {
      case: 'an enumeration whose word comes last',
      text: 'Test accounts, API keys - not yet.',
      delivered: [],
      pending: ['api-access', 'test-accounts'],
    },
  ])('$case', async ({ text, delivered, pending }) => {
    expect(await itemsOf(text)).toEqual({ delivered, pending });
  });
});
