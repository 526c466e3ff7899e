import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAtStep, readMail } from '../../shared/mail/read';
import { processModule } from '../../shared/processes/registry';

/*
 * Whole mails a review wrote to catch wrong approvals the sentence reader never sees: what the reply-text rules keep or drop
 * decides what is read. Each file is named `what-it-shows.process.step.eml`; none of them may be acted on as a yes.
 */
const DIR = join(import.meta.dirname, '..', 'fixtures', 'whole-mail');
const mails = readdirSync(DIR)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => {
    const [name, process, step] = f.replace(/\.eml$/, '').split('.') as [string, string, string];
    return { name, process, step, raw: readFileSync(join(DIR, f)) };
  });

async function readingOf(m: (typeof mails)[number]) {
  const read = await readMail(m.raw);
  if (read.outcome !== 'read') throw new Error(`not read: ${read.reason}`);
  return readAtStep(read, processModule(m.process), m.step);
}

describe('whole mails whose hold-back only the reply text decides', () => {
  it.each(mails.map((m) => [`${m.name} (${m.process}, ${m.step})`, m] as const))('does not act on %s as a yes', async (_name, m) => {
    const reading = await readingOf(m);
    expect(reading).not.toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('reads nothing from our own notice when the reply has no words of its own above an Outlook quote', async () => {
    const m = mails.find((x) => x.name === 'attachment-only-outlook-quote' && x.process === 'cadmium');
    if (m === undefined) throw new Error('fixture missing');
    const reading = await readingOf(m);
    expect(reading.intent).toBe('none');
    expect(reading.launchDate).toBeNull();
    expect(reading.reasons.at(-1)).toBe('no words of its own above the mail it quotes: nothing is read from that mail');
    // The text is kept for the PM, never emptied.
    expect(reading.replyText).toContain('From: Cadmium Projects');
  });

  it('keeps a question written under the name, below the closing', async () => {
    const m = mails.find((x) => x.name === 'question-under-the-name');
    if (m === undefined) throw new Error('fixture missing');
    expect((await readingOf(m)).replyText).toContain('Can we move the launch to the 17th?');
  });

  it('reads an HTML answer table a row at a time, its cells apart', async () => {
    const m = mails.find((x) => x.name === 'html-answer-table-pending');
    if (m === undefined) throw new Error('fixture missing');
    const reading = await readingOf(m);
    expect(reading.replyText).toMatch(/Launch date \| June 7/);
    expect(reading.launchDate).toBe('2027-06-07');
  });

  it('takes a first quoted mail whose header names no address (Exchange shows colleagues by name) for a colleague’s, above our notice', async () => {
    const m = mails.find((x) => x.name === 'yes-over-colleagues-doubt-exchange-names');
    if (m === undefined) throw new Error('fixture missing');
    const reading = await readingOf(m);
    expect(reading).toMatchObject({ intent: 'approve', needsReview: true });
    expect(reading.reasons.join(' ')).toContain('a reply to a colleague’s mail');
  });

  it('acts on a reply-all yes that says what it approves when the second reading is sure of it, and holds a bare one', async () => {
    const m = mails.find((x) => x.name === 'yes-over-colleagues-doubt-exchange-names');
    if (m === undefined) throw new Error('fixture missing');
    const said = m.raw.toString('utf8').replace('\nApproved.\n', '\nWe approve the schedule as proposed, QA dates included.\n');
    expect(said).toContain('We approve the schedule as proposed');
    const reading = await readingOf({ ...m, raw: Buffer.from(said) });
    expect(reading).toMatchObject({ intent: 'approve', needsReview: false });
    expect(reading.reasons.join(' ')).toContain('two readings settle the doubt');
    expect(await readingOf(m)).toMatchObject({ intent: 'approve', needsReview: true });
    // A yes that takes up the colleague's proposal, or one not in the sender's words of approving, is still held.
    for (const answer of [
      'Yes, good idea, please go ahead and ask them.',
      'Good point Jen, I approve that suggestion.',
      'OK, that works for me, go ahead Jen.',
    ]) {
      const taken = m.raw.toString('utf8').replace('\nApproved.\n', `\n${answer}\n`);
      expect(await readingOf({ ...m, raw: Buffer.from(taken) })).toMatchObject({ intent: 'approve', needsReview: true });
    }
  });

  it('takes a colleague’s mail forwarded to us (a subject that opens with Fwd, FW, TR, WG…) for the sender’s to send on, not one answered', async () => {
    const m = mails.find((x) => x.name === 'yes-over-colleagues-doubt-exchange-names');
    if (m === undefined) throw new Error('fixture missing');
    const forwarded = m.raw.toString('utf8').replace('Subject: Re: [PX-2890]', 'Subject: Fwd: [PX-2890]');
    expect(forwarded).toContain('Subject: Fwd: [PX-2890]');
    const reading = await readingOf({ ...m, raw: Buffer.from(forwarded) });
    expect(reading.mailSignals.answersSomeoneElse).toBeUndefined();
    expect(reading.reasons.join(' ')).not.toContain('a reply to a colleague’s mail');
  });

  it('acts on a yes that names the launch day the quoted notice proposes, and holds the same yes naming another', async () => {
    const m = mails.find((x) => x.name === 'another-launch-day-than-the-notice');
    if (m === undefined) throw new Error('fixture missing');
    const other = await readingOf(m);
    expect(other).toMatchObject({ intent: 'approve', needsReview: true, launchDate: '2026-06-08' });
    expect(other.reasons).toContain(
      'a launch day other than the one the notice proposes: “We confirm the schedule, with go-live on June 8 as we agreed at the kick-off.”',
    );
    const same = await readingOf({ ...m, raw: Buffer.from(m.raw.toString('utf8').replace('June 8 as we agreed at the kick-off', 'June 15 as planned')) });
    expect(same).toMatchObject({ intent: 'approve', needsReview: false, launchDate: '2026-06-15' });
  });

  it('holds a yes beside news of days within the project’s timeline, and acts on the same yes beside days outside it or days restated', async () => {
    const m = mails.find((x) => x.name === 'news-on-the-timeline');
    if (m === undefined) throw new Error('fixture missing');
    const told = (from: string, to: string) => Buffer.from(m.raw.toString('utf8').replace('from November 20 through January 4', `from ${from} through ${to}`));
    const freeze = await readingOf(m);
    expect(freeze).toMatchObject({ intent: 'approve', needsReview: true });
    expect(freeze.reasons.some((r) => r.startsWith('news on a day of the project’s timeline: “Heads-up for everyone'))).toBe(true);
    // A span of the sender's own across the go-live, or a day inside the client QA window, is news the PM weighs.
    for (const [from, to] of [
      ['November 21', 'November 25'],
      ['October 28', 'October 28'],
    ] as const)
      expect(await readingOf({ ...m, raw: told(from, to) })).toMatchObject({ intent: 'approve', needsReview: true });
    // After the project, or the notice's own days said again, is none.
    for (const [from, to] of [
      ['December 20', 'January 4'],
      ['October 26', 'November 6'],
    ] as const)
      expect(await readingOf({ ...m, raw: told(from, to) })).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('holds a yes beside a count of the client’s places other than the notice’s, and acts on it beside the notice’s own count or a part of it', async () => {
    const m = mails.find((x) => x.name === 'a-count-other-than-the-notice');
    if (m === undefined) throw new Error('fixture missing');
    const told = (count: string) => Buffer.from(m.raw.toString('utf8').replace("It's 42 stores now, we opened four in October.", count));
    expect((await readingOf(m)).reasons).toContain("a count other than the notice’s: “It's 42 stores now, we opened four in October.”");
    expect(await readingOf({ ...m, raw: told('All 38 stores are covered.') })).toMatchObject({ intent: 'approve', needsReview: false });
    expect(await readingOf({ ...m, raw: told('Tested in 3 of our 38 stores this morning, all fine.') })).toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
    // A count below the notice's that no word of change or of a total marks is a part ("we start with the 5 stores in Phoenix");
    // one that does is the client's count ("all 36 stores", a hard wrap between figure and word read through).
    expect((await readingOf({ ...m, raw: told('We start with the 5 stores in Phoenix.') })).reasons).not.toContainEqual(
      expect.stringMatching(/^a count other than the notice’s/),
    );
    expect((await readingOf({ ...m, raw: told('Please send them for all 36\nstores.') })).reasons).toContainEqual(
      expect.stringMatching(/^a count other than the notice’s/),
    );
  });

  it('holds a yes to a document with costs beside a sum the notice does not name, and acts on it beside the notice’s own sum', async () => {
    const m = mails.find((x) => x.name === 'a-sum-other-than-the-notice');
    if (m === undefined) throw new Error('fixture missing');
    const sentence = 'The total on this version is $18,400; the quote our CFO approved in September came to $16,900 for the same scope.';
    const told = (instead: string) => Buffer.from(m.raw.toString('utf8').replace(sentence, instead));
    expect((await readingOf(m)).reasons).toContainEqual(expect.stringMatching(/^a sum other than the notice’s/));
    expect(await readingOf({ ...m, raw: told('Approved, including the total of $18,400.') })).toMatchObject({ intent: 'approve', needsReview: false });
    // A limit is no price, though a word of cost stands before it: "well within my signing authority of $50,000".
    expect(await readingOf({ ...m, raw: told('Approved. The total of $18,400 is well within my signing authority of $50,000.') })).toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
    // In euros, written the German or the Spanish way, with the sign or the currency's name, the same.
    for (const sentence of [
      'Passt soweit, aber das Angebot lag bei 16.900 € für denselben Umfang.',
      'Freigegeben. Der Gesamtpreis lag bei 16.900 Euro für denselben Umfang.',
      'Aprobado, aunque el presupuesto de septiembre era de 16.900 euros.',
    ])
      expect((await readingOf({ ...m, raw: told(sentence) })).needsReview, sentence).toBe(true);
  });

  it('holds a yes to the production configuration beside a web address the notice does not show, and acts on it beside the notice’s own', async () => {
    const m = mails.find((x) => x.name === 'a-web-address-other-than-the-notice');
    if (m === undefined) throw new Error('fixture missing');
    const sentence = 'Só para constar: desde sábado o webhook responde em https://api.cafesaurora.example/v2/px/webhook.';
    const told = (instead: string) => Buffer.from(m.raw.toString('utf8').replace(sentence, instead));
    expect((await readingOf(m)).reasons).toContainEqual(expect.stringMatching(/^a web address other than the notice’s: “Só para constar/));
    // The notice's own address said again, with or without its scheme's slash at the end, changes nothing.
    const addressDoubt = expect.stringMatching(/^a web address other than the notice’s/);
    for (const same of ['O webhook em https://api.cafesaurora.example/px/webhook/ já responde.', 'Testamos https://app.cafesaurora.example/auth/callback, ok.'])
      expect((await readingOf({ ...m, raw: told(same) })).reasons, same).not.toContainEqual(addressDoubt);
    // Nor does the link a phone's mail program signs with.
    expect(await readingOf({ ...m, raw: told('Get Outlook for iOS<https://aka.ms/o0ukef>') })).toMatchObject({ intent: 'approve', needsReview: false });
    // An address beginning "www.", or a host with a path, is one too; so is another path that begins like the notice's.
    for (const other of [
      'A nova loja aparece em www.cafesaurora.example/lojas.',
      'O webhook agora é api.cafesaurora.example/v2/px/webhook.',
      'O webhook agora é https://api.cafesaurora.example/px/webhook2.',
    ])
      expect((await readingOf({ ...m, raw: told(other) })).reasons, other).toContainEqual(addressDoubt);
    // Not the link a mail program signs with, nor the notice's host alone.
    for (const same of ['Sent from Mail<https://go.microsoft.com/fwlink/?LinkId=550986> for Windows', 'Tudo em https://api.cafesaurora.example.'])
      expect((await readingOf({ ...m, raw: told(same) })).reasons, same).not.toContainEqual(addressDoubt);
  });

  it('holds a confirmation whose inline answer names a launch day other than the one on the notice line it answers', async () => {
    const m = mails.find((x) => x.name === 'a-launch-day-other-than-the-notice-inline');
    if (m === undefined) throw new Error('fixture missing');
    const told = (instead: string) =>
      Buffer.from(m.raw.toString('utf8').replace('We open registration on March 8 this year, the venue contract got signed late. So that', instead));
    expect((await readingOf(m)).reasons).toContainEqual(expect.stringMatching(/^a launch day other than the one the notice proposes/));
    expect(await readingOf({ ...m, raw: told('We open registration on March 1 as planned, so that') })).toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
    // A day the notice gives only as an example of how to write one proposes nothing.
    const example = Buffer.from(
      m.raw
        .toString('utf8')
        .replace(
          'Your desired launch date: Monday, March 1, 2027. Tell us if it changed.',
          'Your desired launch date: a day, such as 2027-04-19 or "April 19".',
        ),
    );
    expect((await readingOf({ ...m, raw: example })).reasons).not.toContainEqual(expect.stringMatching(/^a launch day other than/));
  });

  it('holds a yes beside a volume or a count of devices above the notice’s, and acts on it beside one within it', async () => {
    const m = mails.find((x) => x.name === 'a-volume-other-than-the-notice');
    if (m === undefined) throw new Error('fixture missing');
    const sentence = 'For your awareness: our committee is now planning for roughly 4,500 attendees rather than the 3,000 we gave you at contract stage.';
    const told = (instead: string) => Buffer.from(m.raw.toString('utf8').replace(sentence, instead));
    const countDoubt = expect.stringMatching(/^a count other than the notice’s/);
    expect((await readingOf(m)).reasons).toContainEqual(countDoubt);
    // Devices counted apart from volumes, in the client's language: 30 terminals under the notice's 25.
    for (const other of ['Les comento que ya son 30 terminales.', 'Wir erwarten inzwischen rund 3.800 Teilnehmer.'])
      expect((await readingOf({ ...m, raw: told(other) })).reasons, other).toContainEqual(countDoubt);
    // With words of what kind between the figure and the word, or a "+".
    for (const other of [
      'Note we have 30 POS terminals now.',
      'Heads up: we now have 40 check-in terminals.',
      'We now expect 4,500 registered attendees.',
      'we now expect 4,500+ attendees.',
    ])
      expect((await readingOf({ ...m, raw: told(other) })).reasons, other).toContainEqual(countDoubt);
    // Fewer people or devices than the notice names changes nothing it sized, whatever word marks it; the notice's own figures
    // said again, and a count of people the plan did not size (invites, members), are none.
    for (const same of [
      'Registrations are now at 2,100, well within the sizing.',
      'All 25 terminals are in place and we still expect up to 3,000 registrations.',
      'We installed 12 kiosks at the entrance.',
      'All 3 kiosks at the entrance are ready too.',
      "We've sent out 12,000 invites already.",
      'Our 12,000 members will love this.',
      'We checked it on 4 devices in total and it all looks right.',
    ])
      expect(await readingOf({ ...m, raw: told(same) }), same).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('holds a yes beside a place of the notice called off, and acts on it when nothing of the notice’s is called off', async () => {
    const m = mails.find((x) => x.name === 'a-place-called-off');
    if (m === undefined) throw new Error('fixture missing');
    const sentence = 'Vi segnaliamo solo che la tappa di Bologna è stata annullata, restano Milano e Torino.';
    const told = (instead: string) => Buffer.from(m.raw.toString('utf8').replace(sentence, instead));
    const calledOff = expect.stringMatching(/^a place or event of the notice called off/);
    expect((await readingOf(m)).reasons).toContainEqual(calledOff);
    expect((await readingOf({ ...m, raw: told('We closed the Torino office last month, sadly.') })).reasons).toContainEqual(calledOff);
    // Put off to a later wave is the same for the scope approved now.
    for (const later of ['La tappa di Bologna è stata rimandata all’autunno.', 'Torino will only come in the second wave, after the summer.'])
      expect((await readingOf({ ...m, raw: told(later) })).reasons, later).toContainEqual(calledOff);
    // (Not something of the sender's own put off: what else the words read is for the other rules.)
    expect((await readingOf({ ...m, raw: told('We postponed our internal kick-off by a day.') })).reasons).not.toContainEqual(calledOff);
    // A name the notice does not write among the client's places, a name far from the words that call something off, nothing
    // called off, or words that mean agreed, firm or closed for the day, are none.
    for (const same of [
      'Vi segnaliamo solo che la tappa di Verona è stata annullata.',
      'Il team di Milano ha fatto una riunione molto utile ieri con tutti i fornitori, e i ticket aperti sono stati chiusi.',
      'A Bologna ci vediamo alla fiera.',
      'Attenzione: il Lingotto di Torino è chiuso la domenica, quindi l’installazione va fatta in settimana.',
      'The Bologna store is closed on Sundays, so please plan the install for a weekday.',
      'Dropped by Lingotto yesterday, the staff there are ready.',
      'Fechado, pode seguir com Milano e Torino.',
      'Queda todo cerrado para Milano, Torino y Bologna.',
      'Les dates pour Milano et Torino sont fermes.',
      'We have closed our internal review of the Cadmium platform.',
    ])
      expect(await readingOf({ ...m, raw: told(same) }), same).toMatchObject({ intent: 'approve', needsReview: false });
    // A place whose name begins like a month or a weekday is a place.
    const monza = (instead: string) => Buffer.from(m.raw.toString('utf8').replace('Bologna (BolognaFiere)', 'Monza (Autodromo)').replace(sentence, instead));
    expect((await readingOf({ ...m, raw: monza('Ah, la tappa di Monza è stata annullata.') })).reasons).toContainEqual(calledOff);
  });

  it('holds a yes beside another of our projects named by its id, and not one beside this project’s own id', async () => {
    const m = mails.find((x) => x.name === 'another-of-our-projects-named');
    if (m === undefined) throw new Error('fixture missing');
    const another = expect.stringMatching(/^another of our projects named/);
    expect((await readingOf(m)).reasons).toContainEqual(another);
    const own = Buffer.from(m.raw.toString('utf8').replace('voor de Vakdagen Zwolle (INT-3291) draait', 'voor het Congres Arnhem (INT-3318) draait'));
    expect(await readingOf({ ...m, raw: own })).toMatchObject({ intent: 'approve', needsReview: false });
    // Not a reference of the sender's own filed under such an id, a longer reference, nor an id told outside the yes's sentence.
    const sentence = 'Akkoord! De ticketkoppeling voor de Vakdagen Zwolle (INT-3291) draait prima, ons team heeft gisteren alles doorgeklikt.';
    for (const other of [
      'Akkoord! Alles getest, de koppeling draait prima (ons ticket: INT-4410).',
      'Akkoord! Alles getest, de koppeling draait prima. Intern gelogd onder INT-20931.',
      'Approved, everything works. Our PO reference is INT-2027-0412 for the invoice.',
      'Akkoord! Alles getest. Volgende maand starten we met INT-3350, de nieuwe webshop.',
    ])
      expect(await readingOf({ ...m, raw: Buffer.from(m.raw.toString('utf8').replace(sentence, other)) }), other).toMatchObject({
        intent: 'approve',
        needsReview: false,
      });
  });

  it('holds a yes to a schedule that names the go-live of the version it replaces, its months written short', async () => {
    const m = mails.find((x) => x.name === 'a-launch-day-of-an-earlier-schedule');
    if (m === undefined) throw new Error('fixture missing');
    expect((await readingOf(m)).reasons).toContainEqual(expect.stringMatching(/^a launch day other than the one the notice proposes/));
    // With the notice's own go-live the rules hold nothing (the second reading may still weigh so short a mail).
    const current = Buffer.from(m.raw.toString('utf8').replace('con go-live il 8 febbraio', 'con go-live il 15 febbraio'));
    const reading = await readingOf({ ...m, raw: current });
    expect(reading.intent).toBe('approve');
    expect(reading.reasons.filter((r) => !r.startsWith('says yes')).every((r) => r.startsWith('the second reading'))).toBe(true);
  });

  it('holds a yes to a launch in a month, or a part of one, the go-live of the notice is not in', async () => {
    const m = mails.find((x) => x.name === 'a-launch-in-a-part-of-a-month-the-notice-is-not-in');
    if (m === undefined) throw new Error('fixture missing');
    const sentence = "Go-live the first week of March works perfectly with our spring menu, so the timing couldn't be better.";
    const told = (instead: string) => Buffer.from(m.raw.toString('utf8').replace(sentence, instead));
    const another = expect.stringMatching(/^a launch in a month or part of one the notice’s day is not in/);
    expect((await readingOf(m)).reasons).toContainEqual(another);
    for (const other of [
      'Launching mid-March suits our spring menu.',
      'In April we go live, as our GM said.',
      'Go-live sometime in May works for us.',
      // The notice's go-live is in March 2025.
      'Go-live in March 2026 works for us.',
    ])
      expect((await readingOf({ ...m, raw: told(other) })).reasons, other).toContainEqual(another);
    // The notice's go-live, 31 March, in the month or the part named; a month named for something else; a day named, read as one.
    for (const same of [
      'Go-live at the end of March works perfectly with our spring menu.',
      'Going live in March is what we hoped for.',
      'Our QA team is busy in early March, but the go-live date is fine.',
      'Go-live on 31 March works perfectly.',
      // A month that is another thing's: past a comma or an "and", or a person's start; a window word of another language.
      'The pilot ran in February and the go-live date you proposed works for us.',
      'Der Go-live passt, Ende Mai schicken wir das Menü.',
      'Our new store manager will start in May and will join the training.',
      'The go-live can begin in March as planned.',
      'Go-live in March 2025 works for us.',
    ])
      expect(await readingOf({ ...m, raw: told(same) }), same).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('holds a yes beside a day no calendar has, and acts on it with the day mended', async () => {
    const m = mails.find((x) => x.name === 'a-day-no-calendar-has');
    if (m === undefined) throw new Error('fixture missing');
    expect((await readingOf(m)).reasons.some((r) => r.startsWith('a day no calendar has'))).toBe(true);
    const mended = await readingOf({ ...m, raw: Buffer.from(m.raw.toString('utf8').replace('Wednesday, June 31st', 'Wednesday, June 24th')) });
    expect(mended).toMatchObject({ intent: 'approve', needsReview: false });
    // A weekday the day does not fall on is no day either: June 24th, 2026 is a Wednesday.
    const offByOne = await readingOf({ ...m, raw: Buffer.from(m.raw.toString('utf8').replace('Wednesday, June 31st', 'Tuesday, June 24th, 2026')) });
    expect(offByOne.reasons.some((r) => r.startsWith('a day no calendar has'))).toBe(true);
  });
});

describe('an answer written under the quoted line that asks for it', () => {
  // (The quote below the answer, our timeline, asks nothing: the line that asked is above the answer.)
  it('is read when the quote below it holds only the rest of the notice', async () => {
    const raw = Buffer.from(
      [
        'From: Ana Ruiz <ana@client.example>',
        'To: integrationservices+k1.INT-1042.plan.9f3a2c1d@gocadmium.example',
        'Subject: RE: [INT-1042] Project plan',
        'Date: Mon, 01 Mar 2027 10:00:00 +0000',
        'Message-ID: <inline-plan@client.example>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'See below.',
        '',
        '> Please approve your project plan within 48 hours by replying to this email.',
        'Approved - go ahead.',
        '',
        '> Timeline',
        '>   Kick-off: March 4, 2027',
        '>   Requirements due: April 2, 2027',
        '>   Development and testing complete: April 26, 2027',
        '>   Launch: May 10, 2027',
        '> Scope: registration data from Cadmium EventTech to Salesforce, with the exhibitor lead fields.',
        '',
      ].join('\r\n'),
    );
    const read = await readMail(raw);
    if (read.outcome !== 'read') throw new Error('not read');
    expect(readAtStep(read, processModule('cadmium'), 'plan')).toMatchObject({ intent: 'approve', needsReview: false });
  });
});

describe('the people a reply is also sent to', () => {
  const mail = (cc: string, body: string) =>
    Buffer.from(
      [
        'From: Tara Whitlock <tara@cascadewine.example>',
        'To: Cadmium Integration Services <integrationservices+k1.INT-1042.plan.9f3a2c1d@gocadmium.example>',
        `Cc: ${cc}`,
        'Subject: RE: [INT-1042] Your project plan',
        'Date: Mon, 01 Mar 2027 10:00:00 +0000',
        'Message-ID: <copied-1@cascadewine.example>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        body,
        '',
      ].join('\r\n'),
    );

  it('are known by first name, the sender and our own people left out', async () => {
    const read = await readMail(
      mail('Raj Patel <raj@cascadewine.example>, "Park, Jen" <jpark@cascadewine.example>, megan.pm@gocadmium.example, tara@cascadewine.example', 'Approved.'),
    );
    if (read.outcome !== 'read') throw new Error('not read');
    expect(read.mailSignals.copied).toEqual(['raj', 'jen']);
  });

  it('are asked by name for an item, and then the item is still to come from them', async () => {
    const read = await readMail(mail('Raj Patel <raj@cascadewine.example>', 'Test accounts attached.\nRaj, can you send the field mapping when it is ready?'));
    if (read.outcome !== 'read') throw new Error('not read');
    const module = processModule('cadmium');
    // (The test accounts said to be attached, with no file, are not delivered either: the file was forgotten.)
    expect(module.itemsIn?.(readAtStep(read, module, 'requirements'))).toEqual({ delivered: [], pending: ['field-mapping'] });
  });

  it('are asked by name, and then the yes beside waits on them and goes to the PM', async () => {
    const read = await readMail(
      mail('Raj Patel <raj@cascadewine.example>', 'Fine by me. Raj, can you confirm the API access date before we make it official?'),
    );
    if (read.outcome !== 'read') throw new Error('not read');
    expect(readAtStep(read, processModule('cadmium'), 'plan')).toMatchObject({ intent: 'approve', needsReview: true });
  });
});

describe('the launch day of a details confirmation that names no word of the launch', () => {
  const mail = (body: string) =>
    Buffer.from(
      [
        'From: Greg Hale <greg@lakeside-expo.example>',
        'To: Cadmium Integration Services <integrationservices+k1.INT-1042.details.9f3a2c1d@gocadmium.example>',
        'Subject: RE: [INT-1042] Please confirm your integration details',
        'Date: Tue, 12 Jan 2027 10:00:00 +0000',
        'Message-ID: <details-day@lakeside-expo.example>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        body,
        '',
        '> Please confirm the details below and tell us your desired launch date.',
        '> Client: Lakeside Expo',
        '',
      ].join('\r\n'),
    );

  it('is the day the confirmation names, read at the details step, and no launch day at another step', async () => {
    const read = await readMail(mail('all correct thx. march 3 is still the date'));
    if (read.outcome !== 'read') throw new Error('not read');
    expect(readAtStep(read, processModule('cadmium'), 'details')).toMatchObject({ intent: 'approve', launchDate: '2027-03-03' });
    expect(readAtStep(read, processModule('cadmium'), 'plan').launchDate).toBeNull();
    expect(read.launchDate).toBeNull();
  });
});
