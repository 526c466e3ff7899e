import { describe, expect, it } from 'vitest';
import { extractReplyText, normalizeText } from '../../shared/mail';
import { withoutQuotedContext } from '../../shared/mail/reply-text';

const lines = (...text: string[]) => text.join('\n');

describe('inline answers between quoted lines', () => {
  const body = lines(
    'Hi Sam, answers inline.',
    '',
    'On Tue, Mar 9, 2027 at 3:40 PM Sam Lee <sam@vendor.example> wrote:',
    '',
    '> Hello Robin,',
    '>',
    '> Please answer these:',
    '>   1. Is the integration name right?',
    '',
    'Yes, it is.',
    '',
    '>   2. When do you want to launch?',
    '',
    'On May 3.',
    '',
    '> Kind regards,',
    '> Sam',
    '',
    'Robin',
  );

  it('keeps each answer under the quoted lines it answers, marked "> "', () => {
    expect(extractReplyText(body)).toBe(
      lines(
        'Hi Sam, answers inline.',
        '',
        '> Please answer these:',
        '> 1. Is the integration name right?',
        'Yes, it is.',
        '',
        '> 2. When do you want to launch?',
        'On May 3.',
      ),
    );
  });

  it('gives the answers alone when asked for no context', () => {
    expect(extractReplyText(body, { quotedContext: false })).toBe(lines('Hi Sam, answers inline.', '', 'Yes, it is.', '', 'On May 3.'));
  });

  it('drops the context lines again for a reader of the sender’s own words', () => {
    expect(withoutQuotedContext(extractReplyText(body))).toBe(lines('Hi Sam, answers inline.', '', 'Yes, it is.', '', 'On May 3.'));
  });

  it('keeps at most six quoted lines of context, the ones right above the answer', () => {
    const long = lines(
      'See below.',
      '',
      'On Mon, Mar 1, 2027, Sam <sam@vendor.example> wrote:',
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((l) => `> ${l}`),
      '',
      'Fine.',
      '',
      '> bye',
    );
    expect(extractReplyText(long)).toBe(lines('See below.', '', '> c', '> d', '> e', '> f', '> g', '> h', 'Fine.'));
  });

  it('finds answers when the attribution itself is quoted (Apple Mail)', () => {
    const apple = lines(
      'Answers inline (JA).',
      '',
      '> On May 5, 2027, at 14:02, Sam <sam@vendor.example> wrote:',
      '> ',
      '> - login',
      '',
      'JA: tested, OK',
      '',
      '> Thanks',
    );
    expect(extractReplyText(apple)).toBe(lines('Answers inline (JA).', '', '> - login', 'JA: tested, OK'));
  });

  it('does not take a quoted line re-wrapped without its ">" for an answer', () => {
    const wrapped = lines(
      'Approved.',
      '',
      'On Mon, Mar 1, 2027, Sam <sam@vendor.example> wrote:',
      '> Please review and approve the project plan within 48 hours by replying',
      'to this email.',
      '> Thanks',
    );
    expect(extractReplyText(wrapped)).toBe('Approved.');
  });

  it('keeps a lower-case answer typed right under a long quoted item of a list, the quote not resuming under it', () => {
    const typed = lines(
      'answers below',
      '',
      '> - Test accounts: a login for a test event in your system',
      'user: cadmium.test@riverside.example',
      '',
      '> - Field mapping: which of your fields map to which Cadmium fields',
      'working on it, will send tomorrow',
    );
    expect(extractReplyText(typed)).toContain('working on it, will send tomorrow');
  });

  it("takes a line that goes on with a quoted item's sentence for its re-wrap, not an answer", () => {
    const wrapped = lines(
      'Checking with finance.',
      '',
      'On Mon, Mar 1, 2027, Sam <sam@vendor.example> wrote:',
      '> Please confirm:',
      '> - Launch date: June 18, 2027, and that all other details below are correct',
      'and confirmed.',
    );
    expect(extractReplyText(wrapped)).toBe('Checking with finance.');
  });

  it('keeps an objection typed right under a long quoted item, whatever word it starts with', () => {
    const typed = lines(
      'Looks good overall, comments below.',
      '',
      'On Mon, Mar 1, 2027, Sam <sam@vendor.example> wrote:',
      '> 1. Kick-off on February 2',
      '> 2. Go-live on March 3, with the menu and the ticketing integration switched on together',
      'but the ticketing part has to wait until April',
      '> 3. Training on February 20',
      'ok',
    );
    expect(extractReplyText(typed)).toContain('but the ticketing part has to wait until April');
  });

  it('keeps a short lower-case answer right under a short quoted line', () => {
    const compact = lines(
      'See below.',
      '',
      'On Mon, Mar 1, 2027, Sam <sam@vendor.example> wrote:',
      '> Client QA: April 12',
      'fine',
      '> Launch: May 3',
      'too early',
    );
    expect(extractReplyText(compact)).toBe(lines('See below.', '', '> Client QA: April 12', 'fine', '', '> Launch: May 3', 'too early'));
  });

  it('drops a signature under the last quoted line, and stops at a "-- " delimiter', () => {
    const signed = lines(
      'See inline.',
      '',
      'On Mon, Mar 1, 2027, Sam <sam@vendor.example> wrote:',
      '> 1. Scope?',
      '',
      'Right.',
      '',
      '> Regards',
      '',
      '-- ',
      'Derek Holm',
      'VP Engineering',
    );
    expect(extractReplyText(signed)).toBe(lines('See inline.', '', '> 1. Scope?', 'Right.'));
    const named = lines(
      'See inline.',
      '',
      'On Mon, Mar 1, 2027, Sam <sam@vendor.example> wrote:',
      '> 1. Scope?',
      '',
      'Right.',
      '',
      '> Regards',
      '',
      'Hannah Price',
      'Cityline Comic Con | Ticketing',
    );
    expect(extractReplyText(named)).toBe(lines('See inline.', '', '> 1. Scope?', 'Right.'));
  });

  it('keeps what the sender wrote on under a "-- " signature block, and no line of the signature', () => {
    const under = lines(
      'Approved.',
      '',
      'Regards,',
      'Ian',
      '',
      '-- ',
      'Ian Fletcher',
      'Head of Digital, Meridian Trade Shows Ltd',
      '+44 161 555 0127',
      '',
      'Q for you: if the requirements come early, does the 12 May launch stay fixed?',
      '',
      'www.meridiantradeshows.example',
      '',
      'On 24/03/2027 16:12, Cadmium Integration Services wrote:',
      '> Please reply APPROVED within 48 hours.',
    );
    expect(extractReplyText(under)).toBe(lines('Approved.', '', 'Q for you: if the requirements come early, does the 12 May launch stay fixed?'));
    const signed = lines('Approved.', '', '-- ', 'Ian Fletcher', 'Head of Digital', '', 'Meridian Trade Shows Ltd', '+44 161 555 0127');
    expect(extractReplyText(signed)).toBe('Approved.');
    // A sentence typed straight under the signature's lines, no blank line between, is the sender's too.
    const typedOn = lines('Approved.', '', '-- ', 'Ian Fletcher', '+44 161 555 0127', "Our ops team can't support a go-live during the week of the 14th.");
    expect(extractReplyText(typedOn)).toBe(lines('Approved.', '', "Our ops team can't support a go-live during the week of the 14th."));
  });

  it('drops a tagline or a footer under a "-- " signature block: no word of the project, no point added', () => {
    for (const tagline of [
      'Have you tried our new online ordering app for your next event?',
      'How are we doing? Let us know by taking our two-minute customer survey.',
      'Dieses Dokument wurde elektronisch erstellt und ist ohne Unterschrift gültig.',
      'Book a demo of our loyalty program: https://harborsmokehouse.example/demo',
    ]) {
      const mail = lines('Approved.', '', 'Thanks,', 'Dana', '', '-- ', 'Dana Whitfield', 'IT Director, Harbor Smokehouse', '+1 617 555 0142', '', tagline);
      expect(extractReplyText(mail)).toBe('Approved.');
    }
  });

  it('reads a lone block under the whole quote as bottom-posting: the reply itself, with no context', () => {
    const bottom = lines(
      'Pat <pat@x.example> schrieb am 16.03.2027 10:10:',
      '> Hello Priya,',
      '> All requirements are in.',
      '',
      'Thanks. Would that change the timeline?',
      '',
      'Priya',
    );
    expect(extractReplyText(bottom)).toBe(lines('Thanks. Would that change the timeline?', '', 'Priya'));
  });

  it('leaves the text around ">" lines as it stands when nothing is answered between them', () => {
    expect(extractReplyText(lines('Line one', '> quoted.', 'Line two'))).toBe(lines('Line one', 'Line two'));
  });
});

describe('inline answers in an unquoted copy of our mail (Outlook)', () => {
  const copy = (top: string, ...answered: string[]) =>
    lines(
      top,
      '',
      'From: Sam Lee <sam@vendor.example>',
      'Sent: Monday, March 15, 2027 7:30 AM',
      'To: Greg',
      'Subject: schedule',
      '',
      'Hello Greg,',
      '',
      ...answered,
      '',
      'Please reply to approve the schedule.',
      '',
      'Sam',
    );

  it('keeps answers in capitals when the top says so', () => {
    const body = copy('Please see our answers below in CAPS.', '  Build complete: 2027-04-09', 'FINE BY US', '  Launch: 2027-05-17', 'WE NEED A WEEK MORE');
    expect(extractReplyText(body)).toBe(
      lines('Please see our answers below in CAPS.', '', '> Build complete: 2027-04-09', 'FINE BY US', '', '> Launch: 2027-05-17', 'WE NEED A WEEK MORE'),
    );
  });

  it('keeps an answer typed behind ">>" and the writer’s name, once, when the top announces answers', () => {
    expect(
      extractReplyText(copy('Answer inline below.', 'Which field holds the license number?', '>> EMILY: It is License_Number__c on the Contact object.')),
    ).toBe(lines('Answer inline below.', '', '> Which field holds the license number?', 'EMILY: It is License_Number__c on the Contact object.'));
    // Not announced, it is not taken for one.
    expect(extractReplyText(copy('Thanks.', 'Which field holds the license number?', '>> EMILY: It is License_Number__c.'))).toBe('Thanks.');
  });

  it('keeps answers marked with initials in brackets, with a colon, or with an arrow', () => {
    expect(extractReplyText(copy('Comments inline marked [PD].', 'Launch: 2027-05-17', '[PD] Too early for us.'))).toBe(
      lines('Comments inline marked [PD].', '', '> Launch: 2027-05-17', '[PD] Too early for us.'),
    );
    expect(extractReplyText(copy('Approved - see my comments inline.', 'Scope: REST', 'JS: Confirmed.', 'Fees: USD 4,500', 'JS: Agreed.'))).toBe(
      lines('Approved - see my comments inline.', '', '> Scope: REST', 'JS: Confirmed.', '', '> Fees: USD 4,500', 'JS: Agreed.'),
    );
    expect(extractReplyText(copy('My answers below.', 'Scope: REST', '--> ok', 'Fees: USD 4,500', '--> too high'))).toBe(
      lines('My answers below.', '', '> Scope: REST', '--> ok', '', '> Fees: USD 4,500', '--> too high'),
    );
  });

  it('keeps answers after a dash when the top says they follow one, and en dashes under any announcement, twice', () => {
    expect(extractReplyText(copy('Mes réponses ci-dessous, précédées d’un tiret.', 'Launch: 2027-05-17', '- Trop tôt pour nous.'))).toBe(
      lines('Mes réponses ci-dessous, précédées d’un tiret.', '', '> Launch: 2027-05-17', '- Trop tôt pour nous.'),
    );
    expect(extractReplyText(copy('Answers inline.', 'Scope: REST', '   – fine', 'Fees: USD 4,500', '   – too high'))).toBe(
      lines('Answers inline.', '', '> Scope: REST', '   – fine', '', '> Fees: USD 4,500', '   – too high'),
    );
    // A list our notice sends ("  - Test accounts") is no answer when the top says nothing of dashes.
    expect(extractReplyText(copy('My answers below.', '  - Test accounts', '  - API access'))).toBe('My answers below.');
  });

  it('keeps answers marked as writers of other habits mark them: "CD :", "PdV:", "-- MH:", "<HC>"', () => {
    expect(extractReplyText(copy('Mes réponses ci-dessous (CD).', 'Launch: not given yet', 'CD : Le 14 mai 2025.'))).toBe(
      lines('Mes réponses ci-dessous (CD).', '', '> Launch: not given yet', 'CD : Le 14 mai 2025.'),
    );
    expect(extractReplyText(copy('Mijn reactie, tussen de regels door (PdV).', 'Scope: REST', 'PdV: Akkoord.'))).toBe(
      lines('Mijn reactie, tussen de regels door (PdV).', '', '> Scope: REST', 'PdV: Akkoord.'),
    );
    expect(extractReplyText(copy('Notes inline (-- MH).', 'Launch: 2027-05-17', '-- MH: Timeline approved.'))).toBe(
      lines('Notes inline (-- MH).', '', '> Launch: 2027-05-17', '-- MH: Timeline approved.'),
    );
    expect(extractReplyText(copy('Question below.', 'Certification: week of 17 May', '<HC> Results by the 24th?'))).toBe(
      lines('Question below.', '', '> Certification: week of 17 May', '<HC> Results by the 24th?'),
    );
  });

  it('keeps answers marked with a first name in brackets, announced', () => {
    expect(extractReplyText(copy('Answers inline below marked [Luis].', '1. Production store IDs?', '[Luis] 1001 through 1012.'))).toBe(
      lines('Answers inline below marked [Luis].', '', '> 1. Production store IDs?', '[Luis] 1001 through 1012.'),
    );
  });

  it('keeps answers behind a bare ">>" in a copy that quotes nothing, announced, and none where the copy quotes older mail', () => {
    expect(extractReplyText(copy('Te respondo en línea.', 'Video: a recording of the main flows.', '>> Video: https://drive.example/v'))).toBe(
      lines('Te respondo en línea.', '', '> Video: a recording of the main flows.', 'Video: https://drive.example/v'),
    );
    expect(extractReplyText(copy('See below.', 'Point of contact: Angela', '>> No - please work with Tom Reyes.', 'Launch date: not given yet'))).toBe(
      lines('See below.', '', '> Point of contact: Angela', 'No - please work with Tom Reyes.'),
    );
  });

  it('reads no answers in the copy when the top does not announce any and nothing is marked twice', () => {
    expect(extractReplyText(copy('Looks good.', 'Launch: 2027-05-17', 'JS: note'))).toBe('Looks good.');
    expect(extractReplyText(copy('Looks good.', 'LAUNCH DAY'))).toBe('Looks good.');
  });

  it('does not read marked lines of older history under a second header block', () => {
    const older = lines(
      'Approved for launch.',
      '',
      'From: Sam <sam@vendor.example>',
      'Sent: Monday, April 19, 2027 3:00 PM',
      '',
      'Ready for testing.',
      '',
      'From: Jamie <jamie@x.example>',
      'Sent: Thursday, April 8, 2027 4:22 PM',
      '',
      '[JB] 1) broken',
      '[JB] 2) broken too',
    );
    expect(extractReplyText(older)).toBe('Approved for launch.');
  });
});

describe('a reply is never emptied', () => {
  it('falls back to the body without its ">" lines when the rules cut everything', () => {
    expect(extractReplyText(lines('Thanks,', 'Pat', '', '> old'))).not.toBe('');
    expect(extractReplyText(lines('---------- Forwarded message ---------', 'From: Sam <sam@vendor.example>', '', 'The plan.'))).toContain('The plan.');
  });

  it('keeps a body that is only a quote as it is', () => {
    expect(extractReplyText('> only a quote')).toBe('> only a quote');
  });

  it('gives an empty text only for an empty body', () => {
    expect(extractReplyText('  \n\n ')).toBe('');
  });
});

describe('invisible characters', () => {
  it('removes zero-width characters, word joiners, BOMs, soft hyphens and the Mongolian vowel separator', () => {
    expect(extractReplyText('\uFEFFAp\u200Bpro\u200Cved\u200D.\u2060 Go\u00AD ahead\u180E.')).toBe('Approved. Go ahead.');
  });

  it('turns no-break spaces into spaces', () => {
    expect(normalizeText('Approved,\u00A0go\u202Fahead')).toBe('Approved, go ahead');
  });

  it('finds a quote marker hidden behind a zero-width space', () => {
    expect(extractReplyText('Approved.\n\n\u200BOn Mon, Mar 1, 2027 at 10:02 AM Sam <sam@vendor.example> wrote:\n> plan')).toBe('Approved.');
  });
});

describe('legal footers', () => {
  const reply = 'We approve the plan.';
  it.each([
    ['en', 'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s).'],
    ['en', 'This message and any attachments are intended only for the addressee and may contain confidential information.'],
    ['en', 'If you have received this email in error, please notify the sender and delete it. Any unauthorised use is prohibited.'],
    ['de', 'Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender.'],
    ['fr', 'Ce message et toutes les pièces jointes sont confidentiels. Si vous avez reçu ce message par erreur, merci de le détruire.'],
    ['es', 'Este mensaje y sus anexos son confidenciales. Si usted ha recibido este mensaje por error, por favor elimínelo y avise al remitente.'],
    ['nl', 'Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht per vergissing hebt ontvangen, gelieve de afzender te verwittigen.'],
    ['it', 'Questo messaggio e i relativi allegati sono riservati. Se avete ricevuto questo messaggio per errore, avvisate il mittente.'],
    ['pt', 'Esta mensagem é confidencial e destinada exclusivamente ao destinatário. Se recebeu esta mensagem por engano, por favor elimine-a.'],
    [
      'en (behind a label)',
      'NOTICE: The information contained in this transmission is intended only for the person or entity to which it is addressed and may contain confidential material. Any review or other use by persons other than the intended recipient is prohibited.',
    ],
    [
      'en (the information transmitted)',
      'The information transmitted is intended only for the person or entity to which it is addressed and may contain confidential and/or privileged material.',
    ],
    [
      'en (behind "CONFIDENTIAL:")',
      'CONFIDENTIAL: This communication is intended only for the named recipient(s) and may contain confidential, proprietary or legally privileged information. If you received it in error, please notify the sender and delete it from your system.',
    ],
    [
      'es (its files, in the plural)',
      'Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario, le rogamos que lo comunique al remitente y lo elimine.',
    ],
  ])('cuts a %s disclaimer and everything under it', (_language, disclaimer) => {
    expect(extractReplyText(lines(reply, '', disclaimer, '', 'More legal text.'))).toBe(reply);
  });

  it.each([
    [
      'All tests passed.\n\nImportant: disclaimer text on the checkout page is still missing, please add it.',
      'disclaimer text on the checkout page is still missing',
    ],
    ['Looks fine.\n\nNotice: the legal disclaimer on page 3 must be changed before we approve.', 'must be changed before we approve'],
    ['Please note: this message is confidential. Distribution outside the board is prohibited. We approve the budget.\n\nAnna', 'We approve the budget.'],
    ['Confidential: the launch numbers are not to be shared yet. We approve the plan.\n\nAnna', 'We approve the plan.'],
    [
      'Hi Sam,\n\nThe information sent in the attached export is confidential (real customer data) and intended only for the person running the tests, so please delete it afterwards. Two bugs: refunds fail with error 500.',
      'Two bugs: refunds fail with error 500.',
    ],
  ])("keeps a person's own sentence that opens with a label: %s", (text, kept) => {
    expect(extractReplyText(text)).toContain(kept);
  });

  it.each([
    [
      'a sentence of its own first',
      'The University of Stonebridge is an exempt charity. This email and its attachments are intended solely for the addressee.',
    ],
    ['a label in capitals', 'EXPORT CONTROLLED: This email may contain technical data subject to export regulations. Do not forward without authorization.'],
    [
      'one legal term only',
      'The contents of this email are confidential and intended solely for the recipient(s). Sunridge Eateries, Inc. reserves all rights.',
    ],
    ['a company register', 'Crestmoor Group plc. Registered in England and Wales No. 01234567. Registered office: 1 Bishopsgate Square, London.'],
    ['a monitoring notice', 'Corvina Financial Corporation may monitor email traffic. This email is confidential and intended solely for the addressee.'],
    ['a bank’s insurance line', 'Federally insured by NCUA.'],
  ])('cuts the mail’s last paragraph, under the signature, as a footer when it opens one anywhere and holds two legal terms: %s', (_case, footer) => {
    expect(extractReplyText(lines(reply, '', 'Anna Berg', 'Finance', '', footer))).toBe(lines(reply, '', 'Anna Berg', 'Finance'));
  });

  it('keeps a last paragraph that only speaks of confidentiality in passing, and a reply that is nothing but such a paragraph', () => {
    expect(extractReplyText(lines('Approved.', '', 'Please keep the fee confidential until the board has met.'))).toContain('keep the fee confidential');
    expect(extractReplyText('This message is confidential: we approve the plan.')).toContain('we approve the plan');
    // (A review's tries: a footer's first words, but the sender's own request, with one legal term or none.)
    for (const own of [
      'The information in this email about the launch date is not final, please wait for Maria’s confirmation before going live.',
      'This email is confidential until the board meets on the 20th, so please don’t schedule the launch before then.',
      'Note: our IT may monitor email attachments, so the signed PDF may arrive late - don’t start before you have it.',
    ])
      expect(extractReplyText(lines('Looks good.', '', own))).toContain(own);
  });

  it('cuts a footer that follows the signature without a blank line', () => {
    expect(
      extractReplyText(
        lines(
          reply,
          '',
          'Greg Hammond',
          '100 Market Street',
          'This email may contain privileged attorney-client communications. If received in error, please delete it.',
        ),
      ),
    ).not.toContain('privileged');
  });

  it('cuts a "consider the environment" line', () => {
    expect(extractReplyText(lines(reply, '', 'Please consider the environment before printing this e-mail.'))).toBe(reply);
  });

  it('cuts company register lines under a closing, and keeps them in the text of the reply', () => {
    const signature = [
      'Mit freundlichen Grüßen',
      '',
      'Jana Müller',
      'KoelnEvent GmbH',
      'Tel.: +49 221 555 0142',
      'jana@koelnevent.example',
      '',
      'Geschäftsführung: Dr. Thomas Brenner | Amtsgericht Köln HRB 48211',
    ];
    expect(extractReplyText(lines(reply, '', ...signature))).toBe(reply);
    const billing = lines('Invoice to: KoelnEvent GmbH, Amtsgericht Köln HRB 48211, USt-IdNr. DE123456789');
    expect(extractReplyText(billing)).toBe(billing);
  });

  it('keeps a person’s own sentence about confidentiality', () => {
    const text = lines('The password is in the attached sheet.', 'This email is confidential, please do not forward it.', 'The API key follows tomorrow.');
    expect(extractReplyText(text)).toBe(text);
    const deleteIt = lines('The logins are below.', 'This email is confidential - please delete it once you have saved the logins.', 'user: test1');
    expect(extractReplyText(deleteIt)).toBe(deleteIt);
  });

  it('drops a legal notice on top, its heading framed in asterisks or closed by a rule, and reads on', () => {
    const notice =
      'Ce message et toutes les pièces jointes sont établis à l’intention exclusive de ses destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d’en avertir immédiatement l’expéditeur. Toute diffusion est interdite.';
    expect(extractReplyText(lines('*** AVERTISSEMENT ***', notice, '*********************', '', reply))).toBe(reply);
    const aviso =
      'AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. No está permitida su reproducción o distribución sin autorización. Si usted no es el destinatario, elimínelo.';
    expect(
      extractReplyText(
        lines(
          aviso,
          '________________________________',
          '',
          reply,
          '',
          '________________________________',
          'De: Integrations <i@vendor.example>',
          'Enviado: lunes',
          'Asunto: details',
          '',
          'Please confirm.',
        ),
      ),
    ).toBe(reply);
  });

  it('keeps an "Original Message" line under a banner for the quote it opens: our notice under it is not the reply', () => {
    const body = lines(
      'CAUTION: This email originated from outside of the organization. Do not click links.',
      '',
      '-----Original Message-----',
      'Please reply APPROVED to approve the plan.',
    );
    expect(extractReplyText(body)).not.toContain('APPROVED');
  });

  it('drops an external-sender banner on top and reads on', () => {
    expect(extractReplyText(lines('CAUTION: This email originated from outside of the organization.', '', reply))).toBe(reply);
  });
});

describe('signatures', () => {
  it.each([
    ['Holen Sie sich Outlook für Android'],
    ['Obtenir Outlook pour iOS'],
    ['Outlook voor Android downloaden'],
    ['Obter o Outlook para Android'],
    ['Verstuurd vanaf mijn iPhone'],
    ['Inviato dal mio iPhone'],
    // The lines Outlook's phone app writes in each language, a link after them as it adds one.
    ['Outlook für Android herunterladen<https://aka.ms/o0ukef>'],
    ['Télécharger Outlook pour Android<https://aka.ms/AAb9ysg>'],
    ['Descargar Outlook para iOS'],
    ['Baixar o Outlook para Android'],
  ])('cuts the app line "%s"', (line) => {
    expect(extractReplyText(lines('Approved.', '', line))).toBe('Approved.');
  });

  it('cuts a name with contact lines under it when no closing stands above', () => {
    expect(
      extractReplyText(
        lines('Is QA using the 3 accounts?', '', 'Marcus Lee', 'Director, Event Technology', 'M: +1 (415) 555-0134 | O: +1 (415) 555-0100 ext. 212'),
      ),
    ).toBe('Is QA using the 3 accounts?');
    expect(extractReplyText(lines('Yes go ahead.', '', 'Pieter', '+31 6 5555 0143'))).toBe('Yes go ahead.');
  });

  it('cuts a full signature under a first name signed alone', () => {
    expect(extractReplyText(lines('Would that change the timeline?', '', 'Priya', '', 'Priya Raman', 'Registration Lead, Kinetic Conferences'))).toBe(
      lines('Would that change the timeline?', '', 'Priya'),
    );
  });

  it('cuts a name over a title and company, and keeps a name alone', () => {
    expect(extractReplyText(lines('The schedule is on the portal.', '', 'Liam Brooks', 'Vendor Relations, Northwind Expo'))).toBe(
      'The schedule is on the portal.',
    );
    expect(extractReplyText(lines('Approved.', '', 'Fernanda Lima', 'Gerente de Marketing | Açaí Tropical'))).toBe('Approved.');
    expect(extractReplyText(lines('Approved.', '', 'Dana'))).toBe(lines('Approved.', '', 'Dana'));
  });

  it('cuts a name over a job’s title on a line of its own, a company under it, and keeps a line that only looks like one', () => {
    expect(extractReplyText(lines('Approved pending legal.', '', 'Angela Foster', 'Director of Digital Experience', 'Green Bowl Kitchens'))).toBe(
      'Approved pending legal.',
    );
    expect(extractReplyText(lines('Va bene.', '', 'Giulia Conti', 'Responsabile Ristorazione'))).toBe('Va bene.');
    expect(extractReplyText(lines('Schedule works.', '', 'Maria Lopez', 'Lead time is 2 weeks on our side'))).toContain('Lead time is 2 weeks');
    // (Under a first name alone, or opening on an article, a line with a title's word is the sender's.)
    expect(extractReplyText(lines('Ok per noi.', '', 'Giulia', 'Manca ancora la firma del direttore'))).toContain('Manca ancora la firma del direttore');
    expect(extractReplyText(lines('All fine for us.', '', 'Pedro Alves', 'O diretor ainda tem de assinar'))).toContain('O diretor ainda tem de assinar');
  });

  it('keeps an answer under a name, even one shaped like a title', () => {
    expect(extractReplyText(lines('Hi Sam,', '', 'Dana Lee', 'Approved, Thanks'))).toContain('Approved');
    expect(extractReplyText(lines('Hi Pat,', '', 'Looks Good', 'No Changes, Go Ahead'))).toContain('Go Ahead');
  });

  it('cuts a bare thanks only above a name, not above more of the answer', () => {
    expect(extractReplyText(lines('Hallo Tom,', 'das Design ist freigegeben.', 'Danke!', 'Beim Angebot aber nicht, der Preis ist zu hoch.', 'Anna'))).toContain(
      'der Preis ist zu hoch',
    );
    expect(extractReplyText(lines('Aprovado.', '', 'Obrigada!', 'Fernanda Lima'))).toBe('Aprovado.');
  });

  it('keeps a last paragraph that is a sentence, whatever its commas', () => {
    expect(extractReplyText(lines('Approved.', '', 'Dana Lee', 'We go live on May 10, as planned.'))).toContain('as planned');
  });

  it('does not read a short answer as a name', () => {
    expect(extractReplyText(lines('Hi Sam,', '', 'Approved', '+1 555 0100 0100'))).toContain('Approved');
  });

  it('cuts a closing in more languages: "Gruß", "Groet,"', () => {
    expect(extractReplyText(lines('Bitte korrigieren.', '', 'Gruß', 'Stefan Wagner'))).toBe('Bitte korrigieren.');
    expect(extractReplyText(lines('Akkoord.', '', 'Groet,', 'Bram', '', 'Bram de Wit | Projectleider', 'T +31 (0)40 555 0166'))).toBe('Akkoord.');
  });
});

describe('quote headers', () => {
  it.each([
    [
      'a Gmail attribution wrapped over a blank line (HTML paragraphs)',
      'Approved.\n\nOn Mon, Mar 1, 2027 at 10:02 AM Sam Lee <sam@vendor.example>\n\nwrote:\n\n> plan',
    ],
    ['an attribution wrapped over three lines', 'Approved.\n\nOn Mon, Mar 1, 2027 at 10:02 AM Sam Lee <\nsam@vendor.example>\nwrote:\n> plan'],
    ['a Mutt attribution with the verb in the middle', 'Approved.\n\nSam Lee <sam@vendor.example> schrieb am 16.03.2027 10:10:\n> plan'],
    ['a Gmail attribution with a weekday first', 'Approved.\n\nпн, 1 мар. 2027 г. в 10:00, Sam Lee <sam@vendor.example>:\n> plan'],
    ['a Japanese Outlook header block', 'Approved.\n\n差出人: Sam Lee <sam@vendor.example>\n送信日時: 2027年3月1日 10:00\n宛先: Pat\n\nplan'],
    [
      'a Spanish Outlook header block ("Enviado el:")',
      'Approved.\n\nDe: Sam Lee <sam@vendor.example>\nEnviado el: lunes, 1 de marzo de 2027 10:00\nPara: Pat\n\nplan',
    ],
    [
      'an Outlook header block on one line',
      'Approved.\n\nFrom: Sam Lee <sam@vendor.example> Sent: Monday, March 1, 2027 10:02 AM To: Pat Subject: plan\n\nplan',
    ],
    ['a Dutch forward marker', 'Approved.\n\n-------- Doorgestuurd bericht --------\nplan'],
    ['a Zimbra separator in French', 'Approved.\n\n----- Mail original -----\nDe: "Sam" <sam@vendor.example>\nÀ: Pat\n\nplan'],
    ['a Lotus Notes attribution', 'Approved.\n\nSam Lee <sam@vendor.example> wrote on 03/01/2027 10:02:00 AM:\n\nplan'],
    [
      'an HCL Notes header block, its fields spaced wide',
      'Approved.\n\nDa:        Sam Lee <sam@vendor.example>\nA:        Pat\nData:        18/02/2027 10:30\nOggetto:        plan\n\nplan',
    ],
    [
      'a GMX header block, its date line first',
      'Approved.\n\nGesendet: Montag, 03. Mai 2027 um 09:00 Uhr\nVon: "Sam Lee" <sam@vendor.example>\nAn: Pat\nBetreff: plan\n\nplan',
    ],
    [
      'an Outlook on the web header block with only its sender and subject (rendered from HTML)',
      'Approved.\n\nFrom: Integrations <integrations@vendor.example>\nSubject: [PX-2031] Proposed schedule\n\nHi Tanya,\n\nplan',
    ],
  ])('cuts at %s', (_case, body) => {
    expect(extractReplyText(body)).toBe('Approved.');
  });

  it('does not take a reply’s own aligned "From: / To: / Date:" lines, with no address, for an HCL Notes header block', () => {
    const body =
      'Looks fine. Here is our training slot for the record:\n\nFrom:      9:00\nTo:        17:00\nDate:      14 February\n\nWe can only approve the plan once that training is in it.';
    expect(extractReplyText(body)).toContain('We can only approve the plan once that training is in it.');
  });

  it('does not take a line of the reply that names a sender and a subject, with no address, for a header block', () => {
    expect(extractReplyText('Hi,\n\nFrom: our marketing team\nSubject: the launch banner\n\nApproved.')).toContain('Approved.');
  });

  it('does not take a sender and a subject the reply announces, address and all, for a header block', () => {
    const body =
      'Approved.\nFor the confirmation mails please use the sender and subject below:\nFrom: Tickets <tickets@client.example>\nSubject: Your Expo 2027 ticket\nWe cannot go live with the noreply sender.';
    expect(extractReplyText(body)).toContain('We cannot go live with the noreply sender.');
  });

  it('does not take a date and a start time in the reply for a GMX header block', () => {
    expect(extractReplyText('Hallo,\n\nDatum: 14. Juni 2027\nVon: 9 Uhr\nBis: 17 Uhr\nOrt: Halle B')).toContain('Von: 9 Uhr');
  });

  it('cuts at an attribution with the quoted mail run on after its colon, unmarked, on one line (Yahoo Mail on a phone)', () => {
    expect(extractReplyText('Approved.\n\nOn Tue, Mar 16, 2027 at 9:40 AM, Sam Lee <sam@vendor.example> wrote: Hi Pat, please approve the plan.')).toBe(
      'Approved.',
    );
    expect(extractReplyText('Freigegeben.\n\nAm 16.03.2027 um 09:40 schrieb Sam Lee <sam@vendor.example>: Hallo Pat, bitte den Plan freigeben.')).toBe(
      'Freigegeben.',
    );
    // Under a mobile signature line too, the sender's correction above it kept.
    const body = 'Approved.\n\nSent from my iPhone\n\nOne correction: the launch is May 5, not May 12.\nOn Tue, Mar 16, 2027 at 9:40 AM, Sam wrote: Hi Pat';
    expect(extractReplyText(body)).toBe('Approved.\n\nOne correction: the launch is May 5, not May 12.');
  });

  it('keeps a sentence of the sender that tells what someone wrote: no address and no year with a time, or a pronoun writing', () => {
    for (const sentence of [
      'On Monday Kim wrote: move the launch to the 12th, so please hold the plan.',
      'On March 3, 2027 you wrote: the launch would be May 5. We now need May 12 instead.',
      'On the call at 10:30 Sam wrote: sizing stays at 3,000. We now expect 4,500 attendees.',
      'On the 2027 budget our CFO wrote: no more than $20k. Please keep to that.',
    ])
      expect(extractReplyText(`Approved.\n\n${sentence}\n\nJane`), sentence).toContain(sentence);
  });

  it('still cuts an address and opening hours under a mobile signature line, a line that ends on a figure but says nothing', () => {
    expect(extractReplyText('Approved.\n\nGet Outlook for iOS\n\nJane Doe\nSuite 400, 12 Main St, open mon to fri 9 to 5.')).toBe('Approved.');
  });

  it('does not join a sentence of the reply with the next line into an attribution', () => {
    expect(extractReplyText('On Monday we tested everything.\n\nSam wrote:\n> Please test\n\nAll fine.')).toContain('On Monday we tested everything.');
  });
});

describe('a postscript under the sign-off', () => {
  it('keeps the postscript after the text above the sign-off, and drops the sign-off', () => {
    const body = lines('Approved, thanks.', '', 'Kind regards,', 'Anna Smith', 'Head of Events | Acme', '', 'PS the kickoff needs to move to the 14th', '');
    expect(extractReplyText(body)).toBe('Approved, thanks.\n\nPS the kickoff needs to move to the 14th');
  });

  it('knows the postscript in the languages the reader knows (P.S., PS:, P.-S., P.D.:, N.B.)', () => {
    for (const ps of [
      'P.S. Bitte den Termin verschieben.',
      'P.-S. Merci de décaler le lancement.',
      'P.D.: hay que cambiar la fecha.',
      'N.B. the fee is wrong.',
    ]) {
      expect(extractReplyText(lines('Freigegeben.', '', 'Viele Grüße', 'Jan', '', ps))).toContain(ps);
    }
  });

  it('is no postscript when nothing stands above it', () => {
    expect(extractReplyText(lines('PS: approved.', '', 'Kind regards,', 'Anna'))).toBe('PS: approved.');
  });
});

describe('the sender writing on under a sign-off, a mobile line or a name', () => {
  it('keeps "P.S." alone on its line with its point below, and drops a company block under it', () => {
    const body = lines('Approved.', '', 'Thanks', 'Anna', '', 'P.S.', 'We need to move the kickoff.', '', 'Acme Events AG', 'Bahnhofplatz 3, 6003 Luzern');
    expect(extractReplyText(body)).toBe('Approved.\n\nP.S.\nWe need to move the kickoff.');
  });

  it('keeps a question written under the name, below the closing', () => {
    expect(extractReplyText(lines('Looks good, approved.', '', 'Thanks,', 'Jane', 'Can we move the launch to the 17th?'))).toContain(
      'Can we move the launch to the 17th?',
    );
  });

  it('keeps text written on under a mobile signature line, and drops the line', () => {
    const text = extractReplyText(lines('Approved', '', 'Sent from my iPhone', '', 'Actually hold the kickoff until our PO is in.'));
    expect(text).toContain('Actually hold the kickoff until our PO is in.');
    expect(text).not.toContain('Sent from my iPhone');
  });

  it('keeps a long sentence written under a mobile signature line that opens on a word and a dash, as no name does', () => {
    const sentence = 'Wait - sorry, one correction. Launch is May 5, not May 12, the board moved the annual meeting.';
    const text = extractReplyText(lines('Yes all good, thank you!', '', 'Sent from my iPhone', '', sentence, '', 'Renee'));
    expect(text).toContain(sentence);
    // (Nor "Ah, esqueci: …" after its comma.)
    const esqueci = 'Ah, esqueci: o teste de cancelamento ainda não foi feito, a Carla faz amanhã cedo.';
    expect(extractReplyText(lines('Aprovado!', '', 'Rafael', '', 'Obter o Outlook para Android', '', esqueci))).toContain(esqueci);
    // Nor a short one, nor one that ends on "!" or a figure, nor one with a colon after the dash.
    for (const short of [
      'Sorry - one correction: go-live has to be June 30, not June 24, the board moved it.',
      'Edit - hold off on certification until our PO is signed!',
      'Oops - launch is May 5, not the 12th.',
    ])
      expect(extractReplyText(lines('Approved.', '', 'Sent from my iPhone', '', short, '', 'Dana'))).toContain(short);
    // A name with its title after a dash is still the signature's.
    expect(extractReplyText(lines('Approved.', '', 'Sent from my iPhone', '', 'Renee Castillo - Director of Events'))).toBe('Approved.');
  });

  it('keeps a sentence that opens like a mobile signature line ("Sent via our procurement portal…"), and still drops the short line', () => {
    const sentence = "Sent via our procurement portal too - the PO there is still waiting for finance, so please don't start yet.";
    expect(extractReplyText(lines('Approved.', sentence, '', 'Jane'))).toContain(sentence);
    expect(extractReplyText(lines('Approved.', '', 'Sent via Superhuman'))).toBe('Approved.');
  });

  it('still cuts a closing with a name and a title under it', () => {
    expect(extractReplyText(lines('Approved, thanks.', '', 'Best regards,', 'Anna Smith', 'Head of Events | Acme'))).toBe('Approved, thanks.');
  });
});

describe('a person’s warning is not a gateway’s banner', () => {
  it('keeps "Caution: our external IT partner…", and still drops the banner that speaks of the mail and its links', () => {
    const personal = 'Caution: our external IT partner has not confirmed the API access yet, so the development dates may slip.';
    expect(extractReplyText(lines('Approved.', '', personal, '', 'Jane'))).toContain(personal);
    const banner = 'CAUTION: This email originated from outside of the organization. Do not click links.';
    expect(extractReplyText(lines(banner, '', 'Approved.'))).toBe('Approved.');
  });
});

describe('an attribution line in Dutch Apple Mail', () => {
  it('ends the reply at "Op … heeft … het volgende geschreven:"', () => {
    const body = lines(
      'Ja hoor, staat klaar.',
      '',
      'Mark',
      '',
      'Op 20 okt 2026, om 19:03 heeft Paytronix Integrations <integrations@vendor.example> het volgende geschreven:',
      '',
      'Is de build klaar voor certificering?',
    );
    expect(extractReplyText(body)).toBe(lines('Ja hoor, staat klaar.', '', 'Mark'));
  });
});
