import { describe, expect, it } from 'vitest';
import { readAtStep, readMail } from '../../shared/mail/read';
import { processModule } from '../../shared/processes/registry';
import { REQUIREMENT_WORDS } from '../../shared/processes/cadmium/requirements';
import { MATERIAL_WORDS } from '../../shared/processes/paytronix/materials';
import { fold } from '../../shared/mail/reading/lexicon';

/** The items a raw reply delivers and names as still to come, read at a process's step, sorted. */
async function itemsAt(raw: Buffer, process: 'cadmium' | 'paytronix', step: string) {
  const read = await readMail(raw);
  if (read.outcome !== 'read') throw new Error('the mail was not read');
  const module = processModule(process);
  const items = module.itemsIn?.(readAtStep(read, module, step));
  return { delivered: [...(items?.delivered ?? [])].sort(), pending: [...(items?.pending ?? [])].sort() };
}

/**
 * A reply at EventTech's requirements step, and the requirement items it delivers or names as still to come. A file named for
 * no item is attached ("scan.pdf"), so that the words decide which item "attached" hands over; a mail that says "attached"
 * with no file at all is read below.
 */
async function itemsOf(text: string) {
  return itemsOfFiles(text, ['scan.pdf']);
}

/** The same reply as plain text, no file attached. */
async function itemsOfPlain(text: string) {
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
  return itemsAt(raw, 'cadmium', 'requirements');
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
    {
      case: 'an item only named, then promised for next week (the word "credentials" gives nothing by itself)',
      text: 'Seguem em anexo as contas de teste. As credenciais da API quem libera é o pessoal de infra, eles me prometeram pra semana que vem.',
      delivered: ['test-accounts'],
      pending: ['api-access'],
    },
    {
      case: 'an item named as the one thing missing',
      text: 'Attached are the test accounts and the field mapping. The API access is the one thing missing, our IT team is on it.',
      delivered: ['field-mapping', 'test-accounts'],
      pending: ['api-access'],
    },
    {
      case: 'nothing missing',
      text: 'Attached are the test accounts, nothing missing on that side.',
      delivered: ['test-accounts'],
      pending: [],
    },
    {
      case: 'a list under the link that holds it',
      text: 'Coloquei os três itens na pasta do Drive:\nhttps://drive.example.com/folders/int1042\n\n- contas de teste (planilha)\n- acesso à API: URL do sandbox + token\n- mapeamento dos campos de inscrição',
      delivered: ['api-access', 'field-mapping', 'test-accounts'],
      pending: [],
    },
    {
      case: 'a heading and its credentials, whatever the mail says of it later',
      text: "API details for the sandbox:\nEndpoint: https://sandbox.client.example/v2\nClient ID: abc-123\n\nThe sandbox resets every Sunday night, so if it stops working just let me know and I'll re-seed it.",
      delivered: ['api-access'],
      pending: [],
    },
    {
      case: 'a list under "you\'ll find:" (the reader will find it: nothing of the sender\'s still to come)',
      text: "I've put everything in a shared folder:\nhttps://drive.example.com/folders/int1042\n\nIn there you'll find:\n- the test logins\n- the API key for the sandbox\n- the field mapping",
      delivered: ['api-access', 'field-mapping', 'test-accounts'],
      pending: [],
    },
    {
      case: 'an item that was missing, now given',
      text: 'Here are the test accounts that were missing from my last mail.',
      delivered: ['test-accounts'],
      pending: [],
    },
    {
      case: 'a list under a lead-in that names a contact, not the items',
      text: 'Bob (bob@client.example) is preparing these for you\n- test accounts\n- API keys\n- field mapping',
      delivered: [],
      pending: [],
    },
    {
      case: 'the rest named as still to come',
      text: 'API endpoint and key attached. The rest follows next week.',
      delivered: ['api-access'],
      pending: ['field-mapping', 'test-accounts'],
    },
    {
      case: 'a bare "Rest" a phone writes, opening a clause ("Rest schick ich morgen")',
      text: 'Testzugänge kommen erst nächste Woche, unsere IT ist dran. Rest schick ich morgen',
      delivered: [],
      pending: ['api-access', 'field-mapping', 'test-accounts'],
    },
    {
      case: 'a sandbox named as where test accounts live (Dutch, "Dynamics-sandbox"), no API access',
      text: 'Hieronder de twee testaccounts voor onze Dynamics-sandbox. De API-toegang is nog niet in orde, die volgt eind volgende week.',
      delivered: ['test-accounts'],
      pending: ['api-access'],
    },
    {
      case: 'a sandbox named in brackets ("(Dynamics-sandbox)") or inside a password ("Sandbox!2027"), no API access',
      text: 'Hierbij de testaccounts (Dynamics-sandbox):\n- test01@zorg.example / Sandbox!2027\nDe API-toegang volgt later.',
      delivered: ['test-accounts'],
      pending: ['api-access'],
    },
    {
      case: 'an item put off "till then" in the German present ("das Feld-Mapping schicke ich dann zusammen damit")',
      text: 'Die API-Zugangsdaten bekommen wir erst nächste Woche, das Feld-Mapping schicke ich dann zusammen damit.',
      delivered: [],
      pending: ['api-access', 'field-mapping'],
    },
    {
      case: 'items said sent in an earlier mail, neither handed over now nor still to come',
      text: 'The API access and field mapping were already sent on 12/5, so only the test accounts are remaining. We will send them by Friday.',
      delivered: [],
      pending: ['test-accounts'],
    },
    {
      case: 'an item shared in the trailing mail, beside items handed over now ("PFA")',
      text: 'PFA the field mapping sheet. Test accounts were already shared in the trailing mail dated 2nd Dec.',
      delivered: ['field-mapping'],
      pending: [],
    },
    {
      case: 'items that will be sent before a day ahead, still to come (not sent earlier)',
      text: 'API endpoint attached. The test accounts will be sent before Friday.',
      delivered: ['api-access'],
      pending: ['test-accounts'],
    },
    {
      case: 'items sent "schon morgen", still to come',
      text: 'Anbei der API-Zugang. Die Testzugänge werden schon morgen geschickt.',
      delivered: ['api-access'],
      pending: ['test-accounts'],
    },
    {
      case: '"the rest of the team" names no rest of the items',
      text: 'API endpoint and key attached. Rest of the team will join the call later.',
      delivered: ['api-access'],
      pending: [],
    },
    {
      case: '"rest assured" names no rest',
      text: "Rest assured, we'll send the field mapping next week.",
      delivered: [],
      pending: ['field-mapping'],
    },
    {
      case: 'items a colleague will send "d\'ici la fin de semaine prochaine"',
      text: "Pour les comptes de test et le document de mapping, ma collègue s'en occupe, elle devrait vous les envoyer d'ici la fin de semaine prochaine.",
      delivered: [],
      pending: ['field-mapping', 'test-accounts'],
    },
    {
      case: 'a German "Feldmapping"',
      text: 'Anbei das Feldmapping für die Registrierungsfelder. Die Testkonten bekommen Sie bis Mittwoch.',
      delivered: ['field-mapping'],
      pending: ['test-accounts'],
    },
    {
      case: 'Italian test accounts ("account di prova") that cannot come before a date',
      text: 'In allegato il mapping dei campi. Per gli account di prova dobbiamo aspettare il rinnovo della licenza, quindi non riusciremo a mandarveli prima del 28 aprile.',
      delivered: ['field-mapping'],
      pending: ['test-accounts'],
    },
    {
      case: 'a sending refused for now, under a heads-up ("we won\'t be able to send … until")',
      text: "Quick heads up - we won't be able to send the test accounts until the end of the month. API access and field mapping will come at the same time.",
      delivered: [],
      pending: ['api-access', 'field-mapping', 'test-accounts'],
    },
    {
      case: 'a German separable "nachschicken" ("schicke ich nach")',
      text: 'Anbei schon mal das Feld-Mapping. Die Testaccounts und den API-Zugang schicke ich nach, sobald unsere IT die Umgebung aufgesetzt hat.',
      delivered: ['field-mapping'],
      pending: ['api-access', 'test-accounts'],
    },
    {
      case: 'answers written under the quoted lines that ask for each item, naming none themselves',
      text: [
        'answers below',
        '',
        '> - Test accounts: a login for a test event in your system',
        'user: cadmium.test@riverside.example',
        'pw: Homecoming#2027',
        '',
        '> - Field mapping: which of your fields map to which Cadmium fields',
        'working on it, will send tomorrow',
      ].join('\n'),
      delivered: ['test-accounts'],
      pending: ['field-mapping'],
    },
    {
      case: 'an answer under a quoted line that hands its item over by a link, too big to attach',
      text: [
        'See inline.',
        '',
        '> - Field mapping: which of your fields map to which Cadmium fields',
        "Too big to attach, it's here: https://share.client.example/s/mapping",
      ].join('\n'),
      delivered: ['field-mapping'],
      pending: [],
    },
    {
      case: 'an answer under a quoted item that says it is still to come, a link to a ticket in it',
      text: [
        'See inline.',
        '',
        '> - Test accounts: a login for a test event in your system',
        'IT will create them Monday, ticket: https://jira.client.example/IT-42',
        '',
        '> - Field mapping: which of your fields map to which Cadmium fields',
        'attached: mapping.xlsx',
      ].join('\n'),
      delivered: ['field-mapping'],
      pending: ['test-accounts'],
    },
    {
      case: 'a sandbox in brackets, where the test accounts live, is no API access',
      text: 'Here are the test logins for our member portal (sandbox): member01@club.example / Welcome-2027.',
      delivered: ['test-accounts'],
      pending: [],
    },
  ])('$case', async ({ text, delivered, pending }) => {
    expect(await itemsOf(text)).toEqual({ delivered, pending });
  });
});

/** A multipart reply with the given text and small attached files of the given names. */
function withFiles(text: string, files: readonly string[]): Buffer {
  const boundary = 'files-boundary';
  return Buffer.from(
    [
      'From: Chris Client <chris@client.example>',
      'To: integrations@vendor.example',
      'Subject: RE: [PX-2031] Materials',
      'Date: Mon, 01 Mar 2027 10:00:00 +0000',
      'Message-ID: <files-1@client.example>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
      ...files.flatMap((name) => [
        `--${boundary}`,
        `Content-Type: application/octet-stream; name="${name}"`,
        `Content-Disposition: attachment; filename="${name}"`,
        '',
        'AAAA',
      ]),
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
}

/** A reply at EventTech's requirements step with its attached files, and the items it delivers or names as still to come. */
async function itemsOfFiles(text: string, files: readonly string[]) {
  return itemsAt(withFiles(text, files), 'cadmium', 'requirements');
}

/** A reply at Paytronix's ready step with its attached files, and the certification materials it delivers or names as still to come. */
async function materialsOf(text: string, files: readonly string[] = ['scan.pdf']) {
  return itemsAt(withFiles(text, files), 'paytronix', 'ready');
}

describe('a secret handed over another way', () => {
  it('takes API access whose secret went through a secure link, or was sent separately, for given', async () => {
    expect(
      await itemsOfPlain(
        'API access: our IT lead set up an API user for you. The client ID is lka-sandbox, and the secret was sent separately through the secure file link you gave us at kick-off.',
      ),
    ).toEqual({ delivered: ['api-access'], pending: [] });
    expect(
      await itemsOfPlain('- API access: the admin created a private app for you. The access token went to your inbox through the secure link this morning.'),
    ).toEqual({ delivered: ['api-access'], pending: [] });
  });

  it('still takes a secret to be sent through the secure link for one still to come', async () => {
    expect(await itemsOfPlain('API access: the secret will be sent through the secure link next week.')).toEqual({ delivered: [], pending: ['api-access'] });
  });
});

describe('a file said to be attached, and none is', () => {
  it('delivers nothing: the file was forgotten, and the item stays missing', async () => {
    expect(await itemsOfPlain('Please find attached the field mapping as requested. Let me know if anything is unclear.')).toEqual({
      delivered: [],
      pending: [],
    });
    expect(await itemsOfPlain('Anbei das Feldmapping für die Registrierungsfelder.')).toEqual({ delivered: [], pending: [] });
  });

  it('delivers nothing under a heading and "attached" with no file', async () => {
    expect(await itemsOfPlain('Field mapping:\nattached')).toEqual({ delivered: [], pending: [] });
  });

  it('still delivers what the words give themselves, a login or a link', async () => {
    expect(await itemsOfPlain('Attached as requested, the test logins: member01@club.example / Welcome-2027')).toEqual({
      delivered: ['test-accounts'],
      pending: [],
    });
  });

  it('delivers the item when the file is there', async () => {
    expect(await itemsOfFiles('Please find attached the field mapping as requested.', ['mapping.xlsx'])).toEqual({
      delivered: ['field-mapping'],
      pending: [],
    });
  });
});

describe('requirements by attached file', () => {
  it('takes a file named for two items without joining them for the thing, not the place it lives in', async () => {
    expect(await itemsOfFiles('Attached the test accounts. API keys to follow next week.', ['BlueHarbor_sandbox_test_accounts.xlsx'])).toEqual({
      delivered: ['test-accounts'],
      pending: ['api-access'],
    });
    expect((await itemsOfFiles('All attached.', ['api_and_mapping.zip'])).delivered).toEqual(['api-access', 'field-mapping']);
    expect((await itemsOfFiles('Attached.', ['field_mapping_for_api.xlsx'])).delivered).toEqual(['field-mapping']);
    expect(await itemsOfFiles('Adjunto las cuentas. Las credenciales de la API nos las envía TI el lunes 15.', ['cuentas_prueba_sandbox.csv'])).toEqual({
      delivered: ['test-accounts'],
      pending: ['api-access'],
    });
  });
});

describe('certification materials item by item', () => {
  it('takes an attached recording for the video by its file type', async () => {
    expect(
      await materialsOf('We are ready for certification, all three attached.', ['certification_screenshots.zip', 'test_transactions.csv', 'full_flow.mp4']),
    ).toEqual({
      delivered: ['screenshots', 'test-transactions', 'video'],
      pending: [],
    });
  });

  it('takes materials "still valid" from an earlier round for nothing still to come', async () => {
    expect(
      await materialsOf('Updated screenshots attached. The test transactions and video from round 1 are still valid. We are ready for round 2.', [
        'round2_screenshots.zip',
      ]),
    ).toEqual({ delivered: ['screenshots'], pending: [] });
    // Unchanged since an earlier round, or still applying: nothing to come either.
    for (const said of [
      "New test transaction log attached. Screenshots and video haven't changed since round 1: the fix was backend only.",
      'New test transaction log attached. The screenshots and video from last time still apply.',
    ])
      expect(await materialsOf(said, ['transactions_round2.csv'])).toEqual({ delivered: ['test-transactions'], pending: [] });
  });

  it('keeps an item from an earlier round that is still to redo, or to be shared later, still to come', async () => {
    expect((await materialsOf('Transactions attached. The video from last time still needs to be re-recorded.', ['transactions.csv'])).pending).toEqual([
      'video',
    ]);
    expect((await itemsOfPlain('As credenciais serão compartilhadas quando o nosso TI as criar.')).delivered).toEqual([]);
  });

  it('takes an item only announced ("fyi video is too big for email… will send the link") for one still to come', async () => {
    expect(await materialsOf('fyi video is too big for email, uploading to the share drive now, will send the link shortly', [])).toEqual({
      delivered: [],
      pending: ['video'],
    });
  });

  it('takes a card "capture" for a transaction, not a screenshot', async () => {
    expect((await materialsOf('Attached are the test transactions (auth, capture and refund). The video will follow tomorrow.')).delivered).toEqual([
      'test-transactions',
    ]);
  });

  it('takes "will send materials then" for every material still to come', async () => {
    expect(await materialsOf('Not ready yet, we still have a bug in reverse enrollment. Will send the materials once it is fixed.')).toEqual({
      delivered: [],
      pending: ['screenshots', 'test-transactions', 'video'],
    });
  });

  it('reads "txns", as a phone writes it, for the test transactions', async () => {
    expect(await materialsOf('here are the screenshots. video + test txns tomorrow, recording the video tonight')).toEqual({
      delivered: ['screenshots'],
      pending: ['test-transactions', 'video'],
    });
  });

  it('reads "prints de tela" and French "captures" as the screenshots', async () => {
    expect(await materialsOf('Seguem os prints de tela e a planilha de transações de teste; o vídeo ainda estamos gravando.')).toEqual({
      delivered: ['screenshots', 'test-transactions'],
      pending: ['video'],
    });
    expect((await materialsOf('Vous trouverez ci-joint les captures de tous les écrans.')).delivered).toEqual(['screenshots']);
  });
});

describe('items named as phones write them', () => {
  it('reads "test accts", "api creds", "tmrw" and "next wk"', async () => {
    expect(await itemsOf('test accts attached. api creds next wk, Raj is out till Mon')).toEqual({ delivered: ['test-accounts'], pending: ['api-access'] });
    expect(await itemsOf('field mapping attached, test accts tmrw')).toEqual({ delivered: ['field-mapping'], pending: ['test-accounts'] });
  });
});

describe('items listed under a link', () => {
  it('takes the items a lead-in lists right under a shared folder’s link as handed over ("Dentro están:")', async () => {
    const text = [
      'Os hemos dejado todo en esta carpeta de Google Drive:',
      'https://drive.google.com/drive/folders/1Zr8Kq3Xv0Lm5Tn7',
      '',
      'Dentro están:',
      '- las cuentas de prueba del entorno sandbox (dos usuarios),',
      '- las credenciales de la API (client ID y secret),',
      '- la hoja de mapeo de campos.',
    ].join('\n');
    expect(await itemsOfPlain(text)).toEqual({ delivered: ['api-access', 'field-mapping', 'test-accounts'], pending: [] });
  });
  it('reads a file’s name written in the text ("Mapping_champs_Cadmium_v1.xlsx") for its item', async () => {
    const text = [
      'Tout est dans ce dossier partagé : https://share.example/f/abc',
      'Il contient :',
      '- Comptes_test_2025.xlsx',
      '- Mapping_champs_Cadmium_v1.xlsx',
    ].join('\n');
    expect(await itemsOfPlain(text)).toEqual({ delivered: ['field-mapping', 'test-accounts'], pending: [] });
  });
  it('takes items named in the sentence that says they are in a shared folder, its link below, as handed over (Portuguese)', async () => {
    const text = [
      'Todo o material de certificação está nesta pasta compartilhada no Google Drive: capturas de tela de todos os casos de uso, o vídeo de demonstração e a planilha com as transações de teste.',
      'https://drive.google.example/drive/folders/1sPx2288',
      '',
      'Concluímos o desenvolvimento, o QA e os testes.',
    ].join('\n');
    // ("no Google Drive" is "in the": no Spanish "no", though the two languages share most small words.)
    expect(await materialsOf(text, [])).toEqual({ delivered: ['screenshots', 'test-transactions', 'video'], pending: [] });
  });
  it('does not take "let me know if anything is missing" for an item named as missing', async () => {
    const text = 'Attached:\n- Field mapping – Registration_Field_Mapping.xlsx\n\nLet me know if anything is missing or unclear.';
    expect((await itemsOf(text)).pending).toEqual([]);
  });
});

describe('items still to come from someone, as replies say it', () => {
  it('reads "follows once", "coming from our … separately" and "test member accounts"', async () => {
    expect(await itemsOf('Please find attached the test member accounts (six in total). The field mapping follows once our data team has it.')).toEqual({
      delivered: ['test-accounts'],
      pending: ['field-mapping'],
    });
    expect(await itemsOf('Test accounts are attached. API access and the mapping are coming from our developer separately.')).toEqual({
      delivered: ['test-accounts'],
      pending: ['api-access', 'field-mapping'],
    });
  });
});

describe('items given, whatever words beside them', () => {
  it('takes items "as follows", and items a colleague is asked to look at, for given', async () => {
    expect(await itemsOfPlain('The test accounts are as follows: admin / Welcome1 and organizer / Welcome2.')).toEqual({
      delivered: ['test-accounts'],
      pending: [],
    });
    expect(
      await itemsOfPlain('API access is ready. Base URL https://api.example.com, API key 8812-ab. Calls to the API are coming from your servers only.'),
    ).toEqual({
      delivered: ['api-access'],
      pending: [],
    });
    expect(await itemsOfPlain('We still need to test member accounts migration on our side.')).toEqual({ delivered: [], pending: [] });
  });
});

describe('each process’s words for its items, as data by language', () => {
  const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt'];
  it.each([
    ['cadmium requirements', REQUIREMENT_WORDS, { 'test-accounts': [], 'api-access': ['nl'], 'field-mapping': [] }],
    ['paytronix materials', MATERIAL_WORDS, { screenshots: [], 'test-transactions': ['fr'], video: [] }],
  ] as const)('%s: words in every language (an English word that is the language’s own aside), each fragment compiling and folded', (_name, words, missing) => {
    // ("API" and "transactions" are Dutch and French too.)
    expect(Object.fromEntries(Object.entries(words).map(([id, byLanguage]) => [id, LANGUAGES.filter((l) => (byLanguage[l] ?? []).length === 0)]))).toEqual(
      missing,
    );
    for (const byLanguage of Object.values(words))
      for (const fragment of Object.values(byLanguage).flat()) {
        expect(() => new RegExp(fragment, 'i'), fragment).not.toThrow();
        const text = fragment.replace(/\\[A-Za-z]/g, ' ');
        expect(fold(text), fragment).toBe(text);
      }
  });
});

describe('the field mapping as each language names it', () => {
  it('takes a "correspondance des champs" for the field mapping, in the text and in a file’s name', async () => {
    expect(await itemsOfFiles('Vous trouverez en pièce jointe le fichier de correspondance des champs.', ['Correspondance_champs_v2.csv'])).toEqual({
      delivered: ['field-mapping'],
      pending: [],
    });
    expect(await itemsOfPlain('La correspondencia de campos la enviamos la semana que viene.')).toEqual({ delivered: [], pending: ['field-mapping'] });
  });
});

describe('a file sent as a draft, to be replaced', () => {
  it('leaves its item still to come, whether the words or the file name say it is a draft', async () => {
    expect(await itemsOfFiles("I've also attached the field mapping, but treat it as a draft: marketing is still renaming fields.", ['mapping.xlsx'])).toEqual({
      delivered: [],
      pending: ['field-mapping'],
    });
    expect(await itemsOfFiles('Die Feldzuordnung hänge ich ebenfalls an, allerdings nur als Entwurf.', ['Feldzuordnung.csv'])).toEqual({
      delivered: [],
      pending: ['field-mapping'],
    });
    expect(await itemsOfFiles('Attached is the mapping so your developers can see where we are heading.', ['RRFF_mapping_DRAFT.xlsx'])).toEqual({
      delivered: [],
      pending: ['field-mapping'],
    });
    expect(await materialsOf('The video attached is a rough cut without narration, the final one follows Friday.', ['walkthrough.mp4'])).toEqual({
      delivered: [],
      pending: ['video'],
    });
  });

  it('still delivers a file that replaces the first draft', async () => {
    expect(await itemsOfFiles('Attached is the final field mapping, it replaces the first draft we sent.', ['field_mapping_v2.xlsx'])).toEqual({
      delivered: ['field-mapping'],
      pending: [],
    });
  });

  it('still delivers a file that replaces a draft or asks to ignore one sent earlier', async () => {
    expect(await itemsOfFiles('Field mapping attached (v2 replaces the draft we showed on the kick-off call).', ['field-mapping-v2.csv'])).toEqual({
      delivered: ['field-mapping'],
      pending: [],
    });
    expect(await itemsOfFiles('Here is the field mapping; please ignore the draft I sent Jenn last month.', ['field-mapping-v2.csv'])).toEqual({
      delivered: ['field-mapping'],
      pending: [],
    });
  });
});

describe('an item given or sent by someone else', () => {
  it('takes a ticket’s number after the word "key" for no key', async () => {
    expect(await itemsOfPlain('Our IT opened a ticket for the API key: INC-20931-77. I’ll chase them.')).toEqual({ delivered: [], pending: [] });
    expect(await itemsOfPlain('API key request: REQ-4471-B, raised with our IT today.')).toEqual({ delivered: [], pending: [] });
  });

  it('gives a key whose value follows what it is after a colon', async () => {
    expect(await itemsOfPlain('API key for the HubSpot sandbox portal: pat-na1-3c7e0f12-sbx-9921 (portal ID 44827731).')).toEqual({
      delivered: ['api-access'],
      pending: [],
    });
  });

  it('keeps an item someone else is sending or has been asked to send still to come', async () => {
    expect(await itemsOfPlain("I've asked their support team to email you the sandbox API key directly, ticket #58812.")).toEqual({
      delivered: [],
      pending: ['api-access'],
    });
    expect(
      await materialsOf('Screenshots attached. Dan from our QA team is sending you a WeTransfer link for the video this afternoon.', ['screens.zip']),
    ).toEqual({
      delivered: ['screenshots'],
      pending: ['video'],
    });
  });

  it('keeps an item being made as the sender writes still to come', async () => {
    expect(await itemsOfPlain('API access: our Salesforce admin is creating a connected app for you in the sandbox this week.')).toEqual({
      delivered: [],
      pending: ['api-access'],
    });
    expect(
      await itemsOfFiles("Attached is the API doc with our sandbox keys. Test accounts are being created by our IT guys, I'm told by Thursday.", [
        'api_doc_sandbox.pdf',
      ]),
    ).toEqual({ delivered: ['api-access'], pending: ['test-accounts'] });
  });

  it('gives an item the sender was asked to send, sending it in the mail', async () => {
    expect(
      await itemsOfPlain('Maria asked me to send you the API access for our sandbox.\n\nClient ID: cad-int-7f21c9\nClient secret: Qm4x-83Rk-Tz0p-77Lw'),
    ).toEqual({
      delivered: ['api-access'],
      pending: [],
    });
  });
});

describe('materials unchanged since an earlier round', () => {
  it('takes materials said to be unchanged for neither sent now nor still to come', async () => {
    expect(
      await materialsOf('New video attached. Screenshots and test transactions haven’t changed. Ready for round 2 whenever you are.', [
        'round2_walkthrough.mp4',
      ]),
    ).toEqual({ delivered: ['video'], pending: [] });
  });
});

describe('materials by the type of the file a phone attaches', () => {
  it('takes pictures for the screenshots and a screen recording for the video', async () => {
    expect(await materialsOf('ready', ['IMG_4412.PNG', 'RPReplay_Final1732026131.MP4', 'burgerbarn_test_txns.csv'])).toEqual({
      delivered: ['screenshots', 'test-transactions', 'video'],
      pending: [],
    });
  });
});

describe('an item whose change is not yet made', () => {
  it('still keeps it to come, though it "hasn’t changed"', async () => {
    expect(await itemsOfPlain("We haven't changed the field mapping yet. The new version will follow next week.")).toEqual({
      delivered: [],
      pending: ['field-mapping'],
    });
    expect(await materialsOf("Video attached. The screenshots haven't changed much but we're redoing two of them.", ['walkthrough.mp4'])).toEqual({
      delivered: ['video'],
      pending: ['screenshots'],
    });
  });
});

describe('a sending said of an item in the clause after it', () => {
  it('keeps the item still to come', async () => {
    expect(await itemsOfPlain("Maria asked me to send you the API access. I'll do that tomorrow when I'm back in the office.")).toEqual({
      delivered: [],
      pending: ['api-access'],
    });
  });
});

describe('the fields of another item', () => {
  it('are no field mapping ("tous les champs obligatoires sont remplis")', async () => {
    for (const [text, file] of [
      ['Ci-joint les comptes de test, tous les champs obligatoires sont remplis.', 'comptes_de_test.xlsx'],
      ['Adjunto las cuentas de prueba con todos los campos completados.', 'cuentas_de_prueba.xlsx'],
      ['In allegato gli account di test, tutti i campi sono compilati.', 'account_di_test.xlsx'],
    ] as const)
      expect(await itemsOfFiles(text, [file]), text).toEqual({ delivered: ['test-accounts'], pending: [] });
  });
});

describe('a sending still ahead, though its verb is in the present', () => {
  it('keeps items to come when the sending comes after a word of time before it, and the mail only asks first', async () => {
    for (const [text, pending] of [
      ['Antes de enviaros el mapeo de campos y las cuentas de prueba, dos dudas:\n1. ¿Hay una plantilla para el mapeo?', ['field-mapping', 'test-accounts']],
      ['Antes de criarmos as contas de teste, duas dúvidas: precisam de perfis de sócio?', ['test-accounts']],
      ['Before we send the field mapping, one question: what does the external_ref column mean?', ['field-mapping']],
      ["Prima di creare l'utente API avrei bisogno di capire quali permessi vi servono.", ['api-access']],
    ] as const)
      expect(await itemsOfPlain(text), text).toEqual({ delivered: [], pending: [...pending].sort() });
  });

  it('keeps items to come that a clause sends after opening on a time ahead ("Sobald das geklärt ist, schicken wir…")', async () => {
    expect(
      await materialsOf('Welche Store-ID sollen wir verwenden? Sobald das geklärt ist, schicken wir die neuen Screenshots und Testtransaktionen.', []),
    ).toEqual({ delivered: [], pending: ['screenshots', 'test-transactions'] });
    expect(await itemsOfPlain("Dès que c'est validé par notre DSI, on vous envoie les identifiants.")).toEqual({ delivered: [], pending: ['api-access'] });
  });

  it('still gives what a clause hands over after a word of time before that sends nothing ("before I forget")', async () => {
    expect(await itemsOfPlain('Before I forget, here are the test accounts: user: qa1@client.example / pw: Welcome2027')).toEqual({
      delivered: ['test-accounts'],
      pending: [],
    });
  });
});

describe('items sent on an earlier day, by the sender or a colleague', () => {
  it('takes them for neither sent now nor still to come', async () => {
    for (const text of [
      'Field mapping attached. Test accounts and the API credentials were sent over by our IT team last week.',
      'Field mapping attached. The API access is what I uploaded on Friday through your secure link.',
      'Field mapping attached. Das Feld-Mapping ist neu, die Testkonten hatte Frau Schuster ja schon letzte Woche geschickt.',
    ])
      expect((await itemsOfFiles(text, ['field_mapping.xlsx'])).delivered, text).toEqual(['field-mapping']);
  });

  it('still keeps an item promised for a coming day to come', async () => {
    expect(await itemsOfPlain('The test accounts will be sent on Friday.')).toEqual({ delivered: [], pending: ['test-accounts'] });
  });
});

describe('a file’s type before its name', () => {
  it('takes a picture of a receipt for a screenshot, not for the test transactions', async () => {
    expect(await materialsOf('Updated screenshots are attached. Ready for round 2.', ['round2_receipt_balance.png'])).toEqual({
      delivered: ['screenshots'],
      pending: [],
    });
  });

  it('does not take the English verb "prints" for the Brazilian word for screenshots', async () => {
    expect(await materialsOf('New test transactions attached. The receipt prints the remaining points balance now.', ['round2_transactions.csv'])).toEqual({
      delivered: ['test-transactions'],
      pending: [],
    });
    expect(await materialsOf('Seguem os prints de todas as telas.', ['prints_certificacao.zip'])).toEqual({ delivered: ['screenshots'], pending: [] });
  });
});

describe('a sandbox named as where test accounts live, in each language', () => {
  it('is no API access ("no nosso sandbox", "in unserer Sandbox", "nel nostro sandbox")', async () => {
    for (const text of [
      'Seguem os dados das contas de teste no nosso sandbox do Salesforce: usuário: qa1@client.example / senha: Teste#2027a',
      'Anbei die Testkonten in unserer Sandbox: qa1@client.example / Welcome2027',
      'In allegato gli account di test nel nostro sandbox: qa1@client.example / Welcome2027',
      'Here are the test accounts in our new partial-copy sandbox: qa1@client.example / Welcome2027',
    ])
      expect(await itemsOfPlain(text), text).toEqual({ delivered: ['test-accounts'], pending: [] });
  });
});

describe('what a review of the fifteenth round’s item rules found', () => {
  it('keeps a sending said ahead, with "we’ll" or a modal, still to come, however the day is named', async () => {
    expect(await itemsOfPlain('I’ll have the test accounts sent over on Monday.')).toEqual({ delivered: [], pending: ['test-accounts'] });
    expect(await itemsOfPlain("We'll get the API keys sent over on Thursday.")).toEqual({ delivered: [], pending: ['api-access'] });
  });

  it('gives what a clause hands over after "before sending", and what follows a clause opened by "Following" or "Still"', async () => {
    for (const text of [
      'Before sending the test accounts over, we tested each login:\nqa1@client.example / Welcome2027\nqa2@client.example / Welcome2027',
      'I tested all five test accounts before sending them: qa1@client.example / Welcome2027',
      'Test accounts:\nqa1@client.example / Welcome2027 (does this one need admin rights?)',
    ])
      expect(await itemsOfPlain(text), text).toEqual({ delivered: ['test-accounts'], pending: [] });
    for (const text of [
      'Following our call, we’ve shared the field mapping in your Google Drive folder.',
      'Still, we have shared the field mapping in the portal.',
    ])
      expect(await itemsOfPlain(text), text).toEqual({ delivered: ['field-mapping'], pending: [] });
  });

  it('reads German’s and Dutch’s verb at the end of a clause of time before', async () => {
    for (const text of [
      'Bevor wir Ihnen die Testkonten schicken, zwei Fragen:\n1. Brauchen Sie auch Admin-Konten?',
      'Voordat we de testaccounts sturen, twee vragen:\n1. Hebben jullie ook beheerders nodig?',
    ])
      expect(await itemsOfPlain(text), text).toEqual({ delivered: [], pending: ['test-accounts'] });
  });

  it('reads the Brazilian "prints" after a verb, and not the English verb', async () => {
    expect(await materialsOf('Seguem as transações de teste e o vídeo. Faltam prints do resgate, mando amanhã.', ['transacoes.csv', 'fluxo.mp4'])).toEqual({
      delivered: ['test-transactions', 'video'],
      pending: ['screenshots'],
    });
  });
});
