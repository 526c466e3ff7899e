import { describe, expect, it } from 'vitest';
import { readMail } from '../../shared/mail';

interface Draft {
  readonly from?: string;
  readonly subject?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string | Buffer;
  readonly contentType?: string;
}

/** A raw mail as a client or a server sends it: the headers given, a body in UTF-8 unless said otherwise. */
function raw({
  from = 'Pat Doe <pat.doe@acme-events.example>',
  subject = 'Re: [INT-1042] Your project plan - please approve',
  headers = {},
  body,
  contentType,
}: Draft): Buffer {
  const head = [
    `From: ${from}`,
    'To: Integration Services <integrationservices@gocadmium.example>',
    `Subject: ${subject}`,
    'Date: Mon, 1 Mar 2027 10:00:00 +0000',
    'Message-ID: <m1@acme-events.example>',
    'MIME-Version: 1.0',
    `Content-Type: ${contentType ?? 'text/plain; charset=utf-8'}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  const bytes = typeof body === 'string' ? Buffer.from(body.replace(/\n/g, '\r\n'), 'utf8') : body;
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'utf8'), bytes]);
}

async function kindOf(draft: Draft): Promise<{ kind: string; reason: string | null }> {
  const result = await readMail(raw(draft));
  if (result.outcome !== 'read') throw new Error(`not read: ${result.reason}`);
  return { kind: result.kind, reason: result.autoReplyReason };
}

/** KOI8-R, as Russian providers still send it (the Cyrillic letters only; ASCII stays as it is). */
function koi8r(text: string): Buffer {
  const lower = 'юабцдефгхийклмнопярстужвьызшэщчъ';
  const upper = 'ЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ';
  return Buffer.from(
    [...text.replace(/\n/g, '\r\n')].map((ch) => {
      if (lower.includes(ch)) return 0xc0 + lower.indexOf(ch);
      if (upper.includes(ch)) return 0xe0 + upper.indexOf(ch);
      if (ch === 'ё') return 0xa3;
      return ch.charCodeAt(0) & 0x7f;
    }),
  );
}

const NOTICE_SUBJECT = 'Re: [INT-1042] Your project plan - please approve';

describe('bounces, whoever sends them', () => {
  it.each<[string, Draft]>([
    [
      'a Japanese carrier bounce (au/ezweb) from Postmaster, multipart/mixed, no delivery-status part',
      {
        from: 'Postmaster@ezweb.ne.jp',
        subject: 'Mail System Error - Returned Mail',
        contentType: 'multipart/mixed; boundary="b1"',
        body: '--b1\nContent-Type: text/plain; charset=utf-8\n\n次のあて先へのメッセージはエラーのため送信できませんでした。\n\n<yui@ezweb.ne.jp>\n--b1--\n',
      },
    ],
    [
      'a SoftBank bounce with an English subject',
      {
        from: 'MAILER-DAEMON@i.softbank.jp',
        subject: 'Returned mail: User unknown',
        body: '宛先不明のため、メールを配信できませんでした。\n<ken@i.softbank.jp>',
      },
    ],
    [
      'a docomo bounce in Japanese only',
      { from: 'mailer-daemon@docomo.ne.jp', subject: 'メール送信エラー', body: '送信したメールは宛先が見つかりませんでした。' },
    ],
    [
      'a Mail.ru bounce in KOI8-R with an Auto-Submitted header',
      {
        from: 'mailer-daemon@relay10.mail.ru',
        subject: '=?koi8-r?B?8MnT2M3PIM7FIMTP09TB18zFzs8=?=',
        headers: { 'Auto-Submitted': 'auto-replied' },
        contentType: 'text/plain; charset=koi8-r',
        body: koi8r('Ваше письмо не может быть доставлено одному или нескольким получателям.\n\n  i.petrov@mail.ru\n'),
      },
    ],
    [
      'a Yandex bounce in Russian',
      { from: 'mailer-daemon@yandex.ru', subject: 'Недоставленное сообщение', body: 'К сожалению, ваше сообщение не удалось доставить.' },
    ],
    [
      'a GMX quota bounce',
      {
        from: 'mailer-daemon@gmx.net',
        subject: 'Mail delivery failed: returning message to sender',
        body: 'A message that you sent could not be delivered.\n552 5.2.2 Mailbox quota exceeded',
      },
    ],
    [
      'a T-Online bounce',
      { from: 'mailer-daemon@t-online.de', subject: 'Mail delivery failed / Unzustellbare Nachricht', body: 'Ihre Nachricht konnte nicht zugestellt werden.' },
    ],
    [
      'an Orange bounce',
      { from: 'mailer-daemon@orange.fr', subject: 'Échec de remise du message', body: "Votre message n'a pas pu être remis au destinataire." },
    ],
    [
      'a Libero bounce',
      { from: 'mailer-daemon@libero.it', subject: 'Messaggio non recapitato', body: 'Il messaggio non è stato recapitato al seguente destinatario.' },
    ],
    ['a KPN bounce', { from: 'mailer-daemon@kpnmail.nl', subject: 'Onbestelbaar bericht', body: 'Uw bericht kon niet worden afgeleverd.' }],
    ['a SAPO bounce', { from: 'mailer-daemon@sapo.pt', subject: 'Mensagem não entregue', body: 'A sua mensagem não pôde ser entregue.' }],
    ['a Seznam bounce', { from: 'mailer-daemon@seznam.cz', subject: 'Nedoručitelná zpráva', body: 'Vaši zprávu se nepodařilo doručit.' }],
    [
      'an Exchange NDR in Italian',
      { from: 'postmaster@ristorante.example', subject: 'Non recapitabile: [PX-2031] Work order', body: 'Impossibile recapitare il messaggio.' },
    ],
    [
      'a Domino bounce',
      {
        from: 'postmaster@alpenhof.example',
        subject: 'DELIVERY FAILURE: User Heinz Berger not listed in Domino Directory',
        body: 'Your message was not delivered.',
      },
    ],
    [
      'a Postfix delay warning',
      {
        from: 'MAILER-DAEMON@mta.example',
        subject: 'Delayed Mail (still being retried)',
        body: 'Your message could not be delivered for more than 4 hour(s).',
      },
    ],
    [
      'a helpdesk relaying a failure from its own address',
      {
        from: 'IT Service Desk <it-helpdesk@lakeside.example>',
        subject: 'Message not delivered - [INT-1042] Your project plan',
        body: 'Your message to jordan@lakeside.example was NOT delivered.\nThe mailbox has been deactivated.\n\nThis is an automated notice from the Lakeside mail gateway.',
      },
    ],
    [
      'a failure in a gateway’s words with no bounce subject',
      {
        from: 'gateway@lakeside.example',
        subject: 'Notification',
        body: 'Delivery to jordan@lakeside.example failed permanently.\n\nThis is an automatically generated message.',
      },
    ],
    [
      'a mail with X-Failed-Recipients',
      { from: 'relay@isp.example', subject: 'Problem', headers: { 'X-Failed-Recipients': 'jordan@lakeside.example' }, body: 'See below.' },
    ],
    ['a failure from a null sender', { from: 'relay@isp.example', subject: 'Returned mail', headers: { 'Return-Path': '<>' }, body: 'User unknown.' }],
    [
      'an Exchange delivery-status report',
      {
        from: 'Microsoft Outlook <postmaster@harborgrill.example>',
        subject: 'Undeliverable: [PX-2031] Work order for approval',
        contentType: 'multipart/report; report-type=delivery-status; boundary="r"',
        body: '--r\nContent-Type: text/plain\n\nDelivery has failed.\n--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; dana@harborgrill.example\nAction: failed\nStatus: 5.1.10\n--r--\n',
      },
    ],
  ])('%s', async (_case, draft) => {
    expect((await kindOf(draft)).kind).toBe('bounce');
  });

  it('takes the failed recipient from X-Failed-Recipients when there is no DSN', async () => {
    const result = await readMail(
      raw({
        from: 'mailer-daemon@gmx.net',
        subject: 'Mail delivery failed',
        headers: { 'X-Failed-Recipients': 'l.brandt@brandt.example' },
        body: 'Return-Path: <x@gocadmium.example>\n550 5.1.1 unknown',
      }),
    );
    expect(result.outcome === 'read' && result.bounce).toEqual({ recipient: 'l.brandt@brandt.example', status: '5.1.1' });
  });

  it('reads a delivery-status report that only says the mail arrived as an automatic mail, not a bounce', async () => {
    const draft: Draft = {
      from: 'postmaster@acme-events.example',
      subject: 'Delivered: [INT-1042] Your project plan',
      contentType: 'multipart/report; report-type=delivery-status; boundary="r"',
      body: '--r\nContent-Type: text/plain\n\nYour message has been delivered.\n--r\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; pat@acme-events.example\nAction: delivered\nStatus: 2.0.0\n--r--\n',
    };
    expect((await kindOf(draft)).kind).toBe('auto-reply');
  });
});

describe('automatic replies with no header to say so', () => {
  it.each<[string, Draft]>([
    [
      'an English out-of-office under "Re:" with no Auto-Submitted',
      { body: "Hi,\n\nThanks for your message. I'm currently out of the office with limited access to email and will be back on Monday March 8th." },
    ],
    [
      'an out-of-office with a return date only',
      { body: "Hi, I'm on parental leave until 6 April 2027. For anything urgent please contact events@acme-events.example." },
    ],
    [
      'a German out-of-office',
      { body: 'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 12.03.2027 im Urlaub. In dringenden Fällen wenden Sie sich bitte an Frau Lenz.' },
    ],
    ['a French out-of-office', { body: "Bonjour,\nJe suis absente du bureau jusqu'au lundi 15 mars inclus. Je traiterai votre message à mon retour." }],
    ['a Spanish out-of-office', { body: 'Estoy fuera de la oficina hasta el 20 de marzo. Para asuntos urgentes, escriba a soporte@acme-events.example.' }],
    ['an Italian out-of-office', { body: 'Sono in ferie fino a lunedì 22 marzo. Per questioni urgenti scrivere a amministrazione@acme-events.example.' }],
    ['a Dutch out-of-office', { body: 'Ik ben met vakantie tot en met vrijdag 2 april. Voor dringende zaken kun je bellen met 030 555 0112.' }],
    [
      'a Portuguese out-of-office',
      { body: 'Estou ausente até dia 19 de abril, com acesso limitado ao correio. Para assuntos urgentes contacte suporte@acme-events.example.' },
    ],
    ['a Russian out-of-office', { body: 'Я в отпуске с 15 по 26 февраля. По срочным вопросам пишите коллеге.' }],
    ['a Japanese out-of-office', { body: '出張のため不在にしております。3月8日（月）以降、順次ご返信いたします。' }],
    ['a first-person "I have left the company"', { body: 'I have left Acme Events as of February 28. Please contact hanako@acme-events.example.' }],
    ['a mailbox that is no longer monitored', { body: 'This mailbox is no longer monitored. Please write to bookings@acme-events.example.' }],
    [
      'a third-person leaving notice naming the sender',
      { from: 'Karen Walsh <kwalsh@mwbexpo.example>', body: 'Karen Walsh is no longer with Midwest Builders Expo. Please contact tom@mwbexpo.example.' },
    ],
    [
      'a Japanese leaving notice naming the sender',
      { from: '山田 太郎 <taro.yamada@hikari.example>', body: '山田太郎は、2027年2月28日をもちまして退職いたしました。' },
    ],
    [
      'a Zendesk acknowledgement',
      {
        from: 'support@northwind.example',
        subject: '[Northwind Support] Re: [INT-1042] Ready for testing',
        body: '##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed by our support staff.',
      },
    ],
    [
      'a Freshdesk acknowledgement',
      {
        from: 'support@acme.example',
        body: 'Thank you for contacting us. This is an automated response confirming the receipt of your ticket. Ticket ID: #4521.',
      },
    ],
    [
      'a Spanish ticket acknowledgement',
      { from: 'soporte@pos.example', body: 'Hemos recibido tu solicitud y la hemos registrado con el número de ticket #48213.' },
    ],
    [
      'an office closed for the holidays',
      {
        from: 'info@fabrikam.example',
        body: 'Our office is closed until Monday, January 4. Emails received during this period will be answered in order of arrival.',
      },
    ],
    [
      'a newsletter without Precedence',
      {
        from: 'news@weekly.example',
        subject: 'EventTech Weekly #112',
        body: 'This week: badge scanning.\n\nYou are receiving this email because you subscribed.\nUnsubscribe',
      },
    ],
  ])('%s', async (_case, draft) => {
    expect((await kindOf({ subject: NOTICE_SUBJECT, ...draft })).kind).toBe('auto-reply');
  });
});

describe('automatic replies by their headers and subjects', () => {
  it.each<[string, Draft]>([
    ['X-Auto-Response-Suppress (Exchange)', { headers: { 'X-Auto-Response-Suppress': 'All' }, body: 'Hello.' }],
    ['an empty Return-Path', { headers: { 'Return-Path': '<>' }, body: 'Hello.' }],
    ['an autoresponder X-Mailer', { headers: { 'X-Mailer': 'cPanel Autoresponder' }, body: 'Hello.' }],
    ['List-Id', { headers: { 'List-Id': '<vendors.lists.example>' }, body: 'Hello all.' }],
    ['a no-reply sender', { from: 'no-reply@platform.example', body: 'Hello.' }],
    ['"Message d\'absence :"', { subject: "Message d'absence : [PX-2031] Work order", body: 'Bonjour.' }],
    ['"Afwezigheidsmelding:"', { subject: 'Afwezigheidsmelding: [INT-1042] plan', body: 'Hallo.' }],
    ['"Автоответ:"', { subject: 'Автоответ: [INT-1042] plan', body: 'Здравствуйте.' }],
    ['"自動応答:"', { subject: '自動応答: [INT-1042] plan', body: 'お世話になっております。' }],
    ['"Automatická odpověď:"', { subject: 'Automatická odpověď: [INT-1042] plan', body: 'Dobrý den.' }],
    ['a Notes subject with the name in front', { subject: 'Karen Walsh is out of the office.', body: 'I will respond when I return.' }],
    ['a helpdesk subject', { subject: 'Request received: [INT-1042] plan', from: 'help@acme.example', body: 'We will get back to you.' }],
  ])('%s', async (_case, draft) => {
    expect((await kindOf(draft)).kind).toBe('auto-reply');
  });
});

describe('people stay people', () => {
  it.each<[string, Draft]>([
    ['a colleague on leave, in the third person', { body: 'Approved. Our Swoogo admin is on leave until the 26th, so the accounts follow then.' }],
    ['an absence that still answers', { body: "I'm out of the office until Monday, but approved - go ahead with the plan." }],
    ['a short absence with no notice around it', { body: "I'm out of office tomorrow, so please send the accounts today." }],
    [
      'an absence told to someone by name',
      { body: 'Hi Chris,\n\nI will be out of the office until May 10 with limited access to email. Please contact Dana in the meantime.\n\nPat' },
    ],
    [
      'an absence told above the quoted mail it answers',
      {
        body: "I'm away until Monday 10 May, back on the 10th. Please contact Dana for anything urgent.\n\nOn Mon, 1 Mar 2027, Integration Services wrote:\n> Your project plan is attached.",
      },
    ],
    [
      'an absence told above the mail it answers, quoted as Outlook quotes it (a block of headers)',
      {
        body: "All correct, I'm the POC. Launch date Friday May 14.\n\nFyi I'm out from tomorrow through the 9th (no laptop) so replies might be slow.\n\nBen\n\n________________________________\nFrom: Integration Services <integrationservices@gocadmium.example>\nSent: Wednesday, February 24, 2027 3:58:10 PM\nSubject: [INT-1042] Please confirm your integration details\n\nHello Ben,",
      },
    ],
    ['a colleague who left, told by the new contact', { body: 'Jordan has left the company. Please use me as your contact from now on.' }],
    [
      'test feedback about mail that is not delivered',
      { body: 'The confirmation email could not be delivered to attendees with a plus sign in their address. User unknown, it says.' },
    ],
    ['a person acknowledging receipt', { body: 'We have received your test accounts request and will send them Friday.' }],
    ['a subject about a vacation', { subject: 'Re: Vacation dates for the launch', body: 'We launch after the holidays.' }],
    [
      'a person answering a bounce notice they got',
      { subject: 'Re: Undeliverable: [INT-1042] plan', body: 'Sorry, the right address is pat@acme-events.example.' },
    ],
    ['a person who says the file is confidential', { body: 'This email is confidential, please do not forward the credentials.' }],
    [
      "a person who typed an absence before their reply's subject, above the mail they answer",
      {
        subject: 'Out of office from tomorrow - RE: [INT-1042] Ready to test',
        body: "Hi – I'm off from tomorrow for a week, hence the subject. Ran through the bookings: all fine. Approved, go ahead with the launch.\n\nTom\n\n________________________________\nFrom: Integration Services <integrationservices@gocadmium.example>\nSent: Wednesday, February 24, 2027 3:58:10 PM\nSubject: [INT-1042] Ready to test\n\nHello Tom,",
      },
    ],
  ])('%s', async (_case, draft) => {
    expect((await kindOf(draft)).kind).toBe('human');
  });

  // The same subject from an absence script: its marker ends in a colon, or no mail is quoted under it.
  it.each<[string, Draft]>([
    [
      '"Out of Office: RE: …"',
      { subject: 'Out of Office: RE: [INT-1042] Ready to test', body: 'I am out of the office until 10 March with no access to email.' },
    ],
    [
      '"Out of office until Monday - RE: …", nothing quoted',
      { subject: 'Out of office until Monday - RE: [INT-1042] Ready to test', body: 'I am out of the office until Monday.' },
    ],
  ])('still reads %s as an automatic reply', async (_case, draft) => {
    expect((await kindOf(draft)).kind).toBe('auto-reply');
  });
});
