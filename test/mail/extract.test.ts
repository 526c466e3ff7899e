import { describe, expect, it } from 'vitest';
import { extractContacts, extractLaunchDate } from '../../shared/mail';
import * as chrono from 'chrono-node';
import { chronoEnglish, namesNoSuchDay, noticeLaunchDays, noticeSpans, readLaunch, sentencesWithin, SPAN_PARSERS, spansNamed } from '../../shared/mail/extract';

const reference = new Date('2027-01-15T12:00:00Z');

describe('the launch date a reply asks for', () => {
  it.each([
    { case: 'a month and day', text: "We'd like to go live on March 3rd.", date: '2027-03-03' },
    { case: 'an ISO date', text: 'Our target launch date is 2027-04-19.', date: '2027-04-19' },
    { case: 'a US numeric date', text: 'Can we launch on 4/19?', date: '2027-04-19' },
    { case: 'a month already past this year', text: 'Launch on January 10 please.', date: '2028-01-10' },
    { case: 'a month without a day', text: 'We are aiming to launch in early April.', date: null },
    { case: 'the end of a month (no day, though chrono gives its last)', text: 'Launch-wise we are aiming for the end of June.', date: null },
    { case: 'the month’s last day, written', text: 'Launch on June 30, please.', date: '2027-06-30' },
    { case: 'a day of the month beside the end of a month', text: 'Go-live date: 31st, end of March.', date: '2027-03-31' },
    { case: 'the end of a month beside another event’s day', text: 'We are aiming for the end of June, our annual meeting starts July 14.', date: null },
    { case: 'no Dutch launch across a negation', text: 'We gaan op 1 april niet live, dat wordt later.', date: null },
    { case: 'no Dutch launch in a live demo', text: 'Ik ga op 12 maart naar de live demo van jullie, we gaan daarna kijken.', date: null },
    { case: 'no Spanish launch in a session held live', text: 'Podemos estar el 3 de marzo en la sesión en vivo con vuestro equipo.', date: null },
    {
      case: 'a Dutch launch day inside the split verb ("we gaan … live")',
      text: 'We gaan zoals gepland op dinsdag 1 juni live in alle 9 filialen.',
      date: '2027-06-01',
    },
    {
      case: 'a Spanish launch day said as going live ("esté en vivo")',
      text: 'La expo se movió y necesitamos que la integración esté en vivo el lunes 2 de junio de 2027.',
      date: '2027-06-02',
    },
    {
      case: 'a day asked for in the launch day’s place, in the sentence after it',
      text: 'The March 3 go-live lands in our conference week. Can we make it Monday March 8 instead?',
      date: '2027-03-08',
    },
    {
      case: 'the same in German ("statt")',
      text: 'Den Go-live am 3. März können wir nicht mittragen. Bitte den 8. März statt des 3. März.',
      date: '2027-03-08',
    },
    {
      case: 'a day put in another thing’s place, the sentence after the launch’s (not the launch moved)',
      text: 'Alles korrekt, Go-live am 3. März. Die Schulung machen wir stattdessen am 10. Februar.',
      date: '2027-03-03',
    },
    { case: 'a launch today, a day off named beside it', text: 'Details correct, we can go live today; our team is off from the 20th.', date: '2027-01-15' },
    {
      case: 'a day asked for in a question after the launch day set ("is there any way to get us to…")',
      text: 'Launch is set for June 16, and registration opens on May 5. Is there any way to get us to a May 5 launch, even with a reduced scope?',
      date: '2027-05-05',
    },
    { case: 'a day of the month alone, as planned', text: 'Approved for launch on Monday the 20th as planned.', date: '2027-01-20' },
    { case: 'a day of next month', text: "We'd like to go live on the 14th of next month (Sunday).", date: '2027-02-14' },
    { case: 'a day of the month alone in French', text: 'Nous validons la mise en production pour le 20, comme prévu.', date: '2027-01-20' },
    { case: 'a day of the month alone, refused', text: 'Le go-live ne peut pas être le 14, notre équipe est en congé.', date: null },
    {
      case: 'a day of the month alone, another event’s',
      text: 'Notre comité se réunit le 20, ensuite nous confirmerons la date de mise en production.',
      date: null,
    },
    { case: 'a span of days of the month', text: 'Le go-live est prévu du 10 au 14, comme convenu.', date: null },
    { case: 'a day next month has not', text: 'Can we go live on the 31st of next month?', date: null },
    { case: 'a day of next month refused', text: 'The launch on the 14th of next month won’t work for us.', date: null },
    { case: 'a day asked rather than another', text: 'Please schedule the launch for Monday the 26th rather than the 19th.', date: '2027-01-26' },
    { case: 'the day production starts', text: 'We switch to production on Monday, March 17, before the first store opens.', date: '2027-03-17' },
    {
      case: 'a day proposed after the one that falls inside a freeze',
      text: 'The proposed go-live of 2 December falls inside our holiday change freeze, which runs to 3 January. We propose go-live on Monday 13 January 2028.',
      date: '2028-01-13',
    },
    { case: 'a launch today, a day of the month refused', text: 'Approved for launch today, not on the 20th.', date: '2027-01-15' },
    { case: 'a release named the sentence before is no launch', text: 'We have a release freeze that week. Could we move QA instead to March 9?', date: null },
    { case: 'a day of the month beside "today"', text: "We've all tested today and everything works - approved for launch on the 20th.", date: '2027-01-20' },
    { case: 'a date that is not about the launch', text: 'I am out until March 8.', date: null },
    // chrono's English took "9 d" of "9 décembre" for nine days ahead: its word boundaries know no accented letter.
    { case: 'a French month with an accent after its first letter', text: 'APPROUVÉ pour le lancement du 9 décembre.', date: '2027-12-09' },
    {
      case: 'of two days in a sentence, the one the launch is named beside',
      text: 'The certification week of June 2 and the June 30 go-live both line up with our release train.',
      date: '2027-06-30',
    },
    {
      case: 'the same in Dutch, the other day a freeze of the sender’s own release',
      text: 'Voorstel: certificering in de week van 15 september. De go-live op 6 oktober kan wat ons betreft gewoon blijven staan.',
      date: '2027-10-06',
    },
    {
      case: 'a release of the sender’s own is no launch to stand beside',
      text: 'Go-live needs to be Friday April 30 - our new app release goes out May 3.',
      date: '2027-04-30',
    },
    { case: 'an explicit date before the reference', text: 'The launch was 2026-12-01.', date: null },
    { case: 'the nth weekday of a month', text: 'We would like to launch the first Monday in May.', date: '2027-05-03' },
    { case: 'the last weekday of a month', text: 'Go-live on the last Friday of June works for us.', date: '2027-06-25' },
    { case: 'a weekday beside a day of the month', text: 'Can we go live on Monday the 25th instead?', date: '2027-01-25' },
    { case: 'a weekday after the date, behind a dash', text: 'Launch date: June 3rd 2027 - thursday, ideally before noon pacific', date: '2027-06-03' },
    { case: 'a weekday after the date, in brackets', text: 'We would like to launch on 3 June (Thursday).', date: '2027-06-03' },
    { case: 'a time before a dash and a weekday', text: 'Launch at 10 - Monday next week.', date: '2027-01-18' },
    { case: 'a version number before a weekday', text: "We'll go live with version 3, Tuesday next week.", date: '2027-01-19' },
    { case: 'a dotted numeric date (German)', text: 'Als Go-live-Termin hätten wir gerne den 15.06.2027.', date: '2027-06-15' },
    { case: 'a launch verb (Spanish)', text: 'Nos gustaría lanzar el 15 de junio.', date: '2027-06-15' },
    { case: 'an ordinal that is no day', text: 'We want to go live after the 2nd certification round.', date: null },
    { case: 'a weekday refused, a date given', text: "We can't launch on a Friday, so let's do June 8.", date: '2027-06-08' },
    { case: 'a weekday that names no launch day', text: "We'll review on Friday and confirm the launch date afterwards.", date: null },
    { case: 'an English date ending a sentence', text: 'Launch on May 20. Please schedule the kickoff for next Monday.', date: '2027-05-20' },
    { case: 'a date asked instead of another', text: 'Instead of the first Monday in May, please launch on May 10.', date: '2027-05-10' },
    { case: 'a launch moved from one day to another', text: 'Please change go-live from Friday June 4 to Tuesday June 8.', date: '2027-06-08' },
    { case: 'a launch moved from one day to another (Italian)', text: 'La data di go-live va spostata dal 3 al 10 maggio.', date: '2027-05-10' },
    { case: 'a span that moves nothing', text: 'Certification runs from June 1 to June 4; go-live on June 28.', date: '2027-06-28' },
    { case: 'another milestone moved across a span', text: 'We moved our staff training from June 1 to June 4, go-live stays June 20.', date: '2027-06-20' },
    { case: 'a move of the launch refused', text: 'We cannot move the launch from June 7 to June 10, please keep June 7.', date: '2027-06-07' },
    { case: 'a week "from" a day asked for (French)', text: 'Pouvons-nous décaler le lancement à la semaine du 14 juin ?', date: '2027-06-14' },
    { case: 'a day the launch could move "from"', text: 'Please move go-live, we are available from June 14.', date: '2027-06-14' },
    { case: 'a span whose end names no day', text: 'Please move go-live from June 3 to the week from June 14.', date: '2027-06-14' },
    {
      case: 'a refused date beside the one asked for',
      text: 'We do not want to launch on March 1 as planned. Please move the launch to March 15.',
      date: '2027-03-15',
    },
    {
      case: 'a German "live schalten" with the weekday beside the day',
      text: 'Bitte schalten Sie die Integration am Montag, 14. Juni live.',
      date: '2027-06-14',
    },
    { case: 'a Dutch "live zetten"', text: 'Kunnen jullie het op 14 juni live zetten?', date: '2027-06-14' },
    {
      case: 'a day and month with dots and no year, the other one denied',
      text: 'Das Launch-Datum stimmt nicht: wir brauchen den 31.03., nicht den 14.04.',
      date: '2027-03-31',
    },
    {
      case: 'a day with dots and a year, day first',
      text: 'Neuer Go-live-Termin wäre also Montag, der 12.05.2027. Bitte geben Sie mir Bescheid.',
      date: '2027-05-12',
    },
    {
      case: 'a day with dots beside a date written out, only one the launch’s',
      text: 'Als Go-Live-Termin wünschen wir uns den 15. Juni 2027, unser Kongress startet am 22.06.',
      date: '2027-06-15',
    },
    {
      case: 'a German weekday and "den" before the day asked for',
      text: 'Nur der Go-Live am 15.06. fällt in unsere Inventurwoche. Können wir den Go-Live auf Dienstag, den 22.06. legen?',
      date: '2027-06-22',
    },
    {
      case: 'a day asked for in the sentence after the launch day refused as too tight',
      text: 'La mise en production le 3 février est trop juste pour nous. Pourriez-vous proposer le 17 février ?',
      date: '2027-02-17',
    },
    {
      case: 'the same, where the day asked for is another milestone’s (and the refused day is no launch day)',
      text: 'Go-live on Feb 3 is too tight for us. Could we do the training on Feb 10 instead?',
      date: null,
    },
    { case: 'a launch day refused and nothing in its place', text: 'Go-live on Feb 3 is too tight for us.', date: null },
    { case: 'a call asked for after the launch day refused', text: 'Der Go-Live am 18. Juni ist zu knapp. Können wir am 7. Juni telefonieren?', date: null },
    {
      case: 'a contract asked for by a day after the launch day refused',
      text: 'The Feb 3 go-live is too tight. Please send the contract by Jan 25.',
      date: null,
    },
    { case: 'a "not too late" is no refusal', text: 'Go-live on June 18 is not too late for us; our event starts June 25.', date: '2027-06-18' },
    { case: 'a range of weeks is no day', text: 'Für den Launch brauchen wir 2-3 Wochen.', date: null },
    { case: 'the start of a holiday is no launch day', text: 'Wir sind vom 20.12. bis 6.1. im Urlaub, Go-Live danach.', date: null },
    {
      case: 'a day beside the launch across an "and" is not beside it',
      text: 'June 18 for the launch, and June 11 for the dry run of the launch.',
      date: '2027-06-18',
    },
    { case: 'a go-ahead on a training is no launch day', text: 'Approved for launch. Please go ahead on the training on Tuesday 3/9 as planned.', date: null },
    { case: 'a "please note" is no asking for the day after it', text: 'Launch stays June 18, please note, and June 4 for the training.', date: '2027-06-18' },
    { case: 'a day refused and one proposed with "wie wäre"', text: 'Go-live am 15.03. geht nicht. Wie wäre der 29.03.?', date: '2027-03-29' },
    {
      case: 'the day a board meets, in a sentence about the launch, is not the launch’s',
      text: 'Per la data di lancio pensavamo a inizio aprile, ma dipende dal consiglio direttivo che si riunisce il 20 gennaio.',
      date: null,
    },
    {
      case: 'a day moved to, after a sentence that names no day',
      text: "Go-live on Nov 4 won't work for us. That's the week we roll out the fall menu. Can we do Monday Nov 18 instead?",
      date: '2027-11-18',
    },
    { case: 'a Portuguese "no dia" is no refusal', text: 'Podemos lançar no dia 21 de junho em vez do dia 14?', date: '2027-06-21' },
    { case: 'a Portuguese "no sábado" is no refusal', text: 'O lançamento no sábado 12 de junho está ótimo.', date: '2027-06-12' },
    {
      case: 'a "no issues" beside the launch day refuses nothing, and a day moved after it is another thing’s',
      text: "Launch on March 3 is fine - no issues from our side. We'll move the menu photo shoot to Feb 25.",
      date: '2027-03-03',
    },
    {
      case: 'a "pas de changement" refuses nothing',
      text: 'Le lancement le 3 mars nous convient, pas de changement. Je propose une visite le 26 février.',
      date: '2027-03-03',
    },
    {
      case: 'a day with dots gone by is not next year’s',
      text: 'Den Go-Live hatten wir am 12.01. telefonisch besprochen, der 15.03. passt uns.',
      date: '2027-03-15',
    },
    {
      case: 'a "please note" sets no day in apposition',
      text: 'Go-live on March 10 is fine; please note, on March 3 the venue is closed.',
      date: '2027-03-10',
    },
    { case: 'a day that does not work, and why', text: 'Go-live on March 3 is not possible due to the trade fair, March 10 would work.', date: '2027-03-10' },
    { case: 'no objection is no refusal', text: 'No objections to launching on June 12.', date: '2027-06-12' },
    { case: 'a "can’t wait" is no refusal', text: "I can't wait for the launch on June 12!", date: '2027-06-12' },
    { case: 'a German "keine Einwände" is no refusal', text: 'Wir haben keine Einwände gegen den Go-Live am 12. Juni.', date: '2027-06-12' },
    {
      case: 'something to have loaded by a day, after the launch day, is not the launch',
      text: "We'd like to go live on March 3. The menu file is almost done. Could you please have it loaded by Feb 20?",
      date: '2027-03-03',
    },
    {
      case: 'a day said not to work after it, and the earliest one that does',
      text: 'A go-live on 9 February is therefore not possible. For the go-live, the earliest we can do is Tuesday 2 March.',
      date: '2027-03-02',
    },
    {
      case: 'a launch postponed to a day (Italian "rimandato a")',
      text: 'Il lancio di venerdì 28 maggio va rimandato a venerdì 4 giugno.',
      date: '2027-06-04',
    },
    {
      case: 'a span counted from the day of writing names no day ("een week later")',
      text: 'Kunnen we de go-live een week later doen, op woensdag 5 mei?',
      date: '2027-05-05',
    },
    {
      case: 'a day in apposition to the asking words',
      text: 'Le lancement le 18 mai tombe pendant notre congrès. Pouvez-vous décaler le lancement à la semaine suivante, le mardi 25 mai ?',
      date: '2027-05-25',
    },
    { case: 'a "can we" in German asks only in a question', text: 'Können wir den Launch am 10. Mai machen?', date: '2027-05-10' },
    { case: 'a switch flipped', text: "We'll flip the switch on Wednesday, June 9 at 6am ET.", date: '2027-06-09' },
    { case: 'a go-ahead on a day after an approval for launch', text: 'Approved for launch. Please go ahead on Tuesday 3/9 as planned.', date: '2027-03-09' },
    {
      case: 'a day asked "instead" in a question, a sentence that names no day between',
      text: "Go-live on Feb 10 is the Monday after the Super Bowl. That's our biggest weekend of the year. Can we do Feb 17 instead?",
      date: '2027-02-17',
    },
    { case: 'not a training asked "instead"', text: 'Go-live on Feb 10 works. Can we do the training on Feb 3 instead?', date: '2027-02-10' },
    { case: 'a day of the month alone before "still works"', text: 'Yes, the 24th still works for us for launch!', date: '2027-01-24' },
    { case: 'Italian "essere live"', text: 'Dobbiamo essere live entro il 13 marzo invece del 27.', date: '2027-03-13' },
    {
      case: 'Spanish "en producción" beside the day, not the congress’s day',
      text: 'El congreso arranca el 17 de marzo y necesitamos tener la integración en producción el lunes 10 de marzo.',
      date: '2027-03-10',
    },
    {
      case: 'no day of the launch where the day is the field mapping’s',
      text: 'Lo aprobamos siempre y cuando podamos entregar el mapeo de campos a más tardar el 10 de febrero sin que se mueva la fecha de lanzamiento.',
      date: null,
    },
    {
      case: 'not a demo asked "instead" after the launch day',
      text: 'The go-live on March 3 works for us. Could we do the demo on Feb 20 instead?',
      date: '2027-03-03',
    },
    { case: 'not a day said to be a holiday', text: 'Go-live works for us, just note the 10th is a public holiday here.', date: null },
    {
      case: 'a weekday shortened before the day asked',
      text: 'works except go-live on 11/28 is thanksgiving lol. can we do tues 12/3 instead?',
      date: '2027-12-03',
    },
    {
      case: 'no launch day in a system running "en production" since a day',
      text: 'Oui, tout est correct. Pour info, notre nouvelle billetterie tourne en production depuis le 12 janvier.',
      date: null,
    },
    {
      case: 'no day in "now" ("book the training for go-live week now")',
      text: 'Trying to work out whether to book the store training for go-live week now or wait.',
      date: null,
    },
  ])('reads $case', ({ text, date }) => {
    expect(extractLaunchDate(text, { reference })).toBe(date);
  });

  it('reads a day written with slashes or dashes day first in a reply not written in English, month first in one that is', () => {
    expect(extractLaunchDate('Le lancement prévu le 12/05 doit être maintenu.', { reference, languages: ['fr'] })).toBe('2027-05-12');
    expect(extractLaunchDate('Wat ons betreft gaan we live op 03-11-2027.', { reference, languages: ['nl'] })).toBe('2027-11-03');
    expect(extractLaunchDate('We go live on 12/05 as planned.', { reference, languages: ['en'] })).toBe('2027-12-05');
  });

  it('reads an English sentence’s slashed days day first where one of them can be read no other way, and none month first', () => {
    const dayFirst = 'Approved. For our records: kick-off 17/02, requirements due 03/03, launch 07/04/2028.';
    expect(extractLaunchDate(dayFirst, { reference, languages: ['en'] })).toBe('2028-04-07');
    // (One that can only be month first keeps them all month first; "24/7", or a day first in another sentence, is no sign.)
    expect(extractLaunchDate('Kick-off 3/17, requirements 17/02, launch 07/04/2028.', { reference, languages: ['en'] })).toBe('2028-07-04');
    expect(extractLaunchDate('Launch 07/04/2028 works.', { reference, languages: ['en'] })).toBe('2028-07-04');
    expect(extractLaunchDate("Approved. We'll have 24/7 support staffed for the launch on 05/06/2028.", { reference, languages: ['en'] })).toBe('2028-05-06');
    expect(extractLaunchDate('Launch on 03/04/2028 works. (Ticket 14/2 is closed.)', { reference, languages: ['en'] })).toBe('2028-03-04');
  });

  it('reads no launch day from a phase’s start or a pilot that was live', () => {
    const german = 'Passt alles. Testphase: Start am 3. März 2028, Ende am 14. März. Go-live wie geplant am 7. April 2028.';
    expect(extractLaunchDate(german, { reference, languages: ['de'] })).toBe('2028-04-07');
    const pilot = 'Approved. The pilot store was live Mar 3 2028 for a week; full launch stays May 5 2028.';
    expect(extractLaunchDate(pilot, { reference, languages: ['en'] })).toBe('2028-05-05');
  });

  it.each([
    ['es', 'Todo correcto: 23 tiendas y paso a producción el martes 1 de abril de 2028 a las 6:00.', '2028-04-01'],
    ['pt', 'Confirmo as doze lojas e a passagem para produção na segunda-feira, 31 de março de 2028, às 6h00.', '2028-03-31'],
    ['it', 'Il passaggio in produzione il 19 marzo 2028 va benissimo.', '2028-03-19'],
    ['fr', 'Parfait, bascule en production le 3 avril 2028 au matin.', '2028-04-03'],
    ['nl', 'Klopt, productiestart op 14 april 2028.', '2028-04-14'],
  ])('in %s, reads the switch to production named as a thing: "%s"', (language, text, date) => {
    expect(extractLaunchDate(text, { reference, languages: [language] })).toBe(date);
  });

  it('reads a launch day said not to be workable, with a reason in brackets after it, as refused', () => {
    const text = "Ok pour le créneau de certif mais la mise en prod le 17/03 c'est pas jouable chez nous (inventaire).";
    expect(extractLaunchDate(text, { reference, languages: ['fr'] })).toBeNull();
  });

  it.each([
    ['en', "We'd like to launch on the first Monday in May.", '2027-05-03'],
    ['en', 'Launch the last Friday of June 2027, please.', '2027-06-25'],
    ['es', 'Nos gustaría lanzar el primer lunes de mayo.', '2027-05-03'],
    ['de', 'Wir möchten gerne am ersten Montag im Juni live gehen.', '2027-06-07'],
    ['pt', 'Queremos lançar na primeira segunda-feira de julho.', '2027-07-05'],
    ['fr', 'Nous voulons lancer le premier lundi de mai.', '2027-05-03'],
    ['nl', 'Wij willen live op de eerste maandag van juni.', '2027-06-07'],
    ['it', 'Vorremmo andare live il primo lunedì di giugno.', '2027-06-07'],
  ])('in %s, reads the nth weekday of a month: "%s"', (language, text, date) => {
    expect(extractLaunchDate(text, { reference, languages: [language] })).toBe(date);
  });

  it('reads a day written with dots and a year of two figures after a word that puts a day, but not a version', () => {
    expect(extractLaunchDate('Launch bitte am 3.3.27, Ansprechpartner bleib ich.', { reference, languages: ['de'] })).toBe('2027-03-03');
    expect(extractLaunchDate('Go-live with version 1.2.27 on the 20th.', { reference, languages: ['en'] })).toBe('2027-01-20');
    expect(extractLaunchDate('Confirmed, we go live with app 4.2.27 on March 10.', { reference, languages: ['en'] })).toBe('2027-03-10');
    expect(extractLaunchDate('Confirmed. Launch date 4.5.27.', { reference, languages: ['en'] })).toBeNull();
  });

  it('where the step asks for the day, gives a day named with no word of the launch apart, and only when no sentence speaks of the launch', () => {
    const asked = { reference, dayAsked: true } as const;
    // (Read as the launch's only where the step asks for the day: `dayNamed`, beside no launch day.)
    expect(readLaunch('All correct thx. March 3 is still the date.', asked)).toEqual({ date: null, days: [], dayNamed: '2027-03-03' });
    expect(readLaunch('Der 12. April passt uns auch, das ist der Saisonstart.', { ...asked, languages: ['de'] }).dayNamed).toBe('2027-04-12');
    expect(readLaunch('All correct thx. March 3 is still the date.', { reference }).dayNamed).toBeUndefined();
    // Not a day asked about, nor another milestone's or a meeting's day, nor one beside a launch said still to be decided.
    expect(readLaunch('By launch date, do you mean the day registration opens, April 21, or the gala?', asked).dayNamed).toBeUndefined();
    expect(readLaunch('All correct. Our board meets on the 18th.', asked).dayNamed).toBeUndefined();
    expect(readLaunch("Details look right. Launch date tbd though. Don't lock in 4/24.", asked).dayNamed).toBeUndefined();
  });

  // Review r28's replies: the day must be kept as the day asked for ("still the date", "passt", "mantemos"), and not set aside.
  it.each([
    ['All correct. First Monday in March still works for us.', '2027-03-01'],
    ['Tudo certo, mantemos o dia 3 de março.', '2027-03-03'],
    ['confermo dati e data del 15 settembre', '2027-09-15'],
    ['All correct. I am away on February 3 and 4, back on the 5th. March 3 is still the date.', '2027-03-03'],
  ])('gives the day kept in "%s"', (text, day) => {
    expect(readLaunch(text, { reference, dayAsked: true }).dayNamed).toBe(day);
  });

  it.each([
    ['Confirmed. Anything but March 3.'],
    ['Confirmed. We are closed March 3.'],
    ['Tout est correct. Le 3 mars n’est pas encore décidé.'],
    ['Todo correcto. Aún no tenemos fecha, el 3 de marzo fue solo una idea.'],
    ['Confirmed. Tentatively March 3.'],
    ['Tout est correct. Notre gala a lieu le 20 mars.'],
    ['All good from our side. Ticket sales start on February 15.'],
    ['Confirmed. I am on vacation from February 1 to February 14; Jamie will cover for me.'],
    ['Passt alles. Ich bin vom 3. bis 7. Februar im Urlaub.'],
    ['Alles korrekt. Unser Termin mit der Location ist am 9. Februar.'],
    ['Tudo certo. A nossa reunião com o local é no dia 9 de fevereiro.'],
    ['Confirmed. Please send us the project plan by February 5.'],
    ['Confirmed. Our licence with the old vendor expires on 31 March.'],
    ['Confirmed. Site visit on February 9 works for us.'],
    ['Alles korrekt, wie am 8. Januar besprochen.'],
    ['Confirmed, thanks for your email of 11 January.'],
    ['Confirmed. Our data migration runs on February 20.'],
    ['Confirmed. We are still deciding between March 3 and March 10, I will let you know.'],
    ["I'll confirm everything on March 3."],
    ['Confirmed.\n\nPat Client | Events Manager\nJoin us at EventCon 2027, 14-16 April, Booth 12!'],
    ['Confirmed.\n\nBest regards,\nPat Client\nPlease note our office will be closed from 24 December to 2 January.'],
  ])('gives no day in "%s" (refused, undecided, hedged, another event, an absence, a meeting, a deadline, gone by, a signature)', (text) => {
    expect(readLaunch(text, { reference, dayAsked: true }).dayNamed).toBeUndefined();
  });
});

describe('chrono in English, its span parsers asked only where a span of time stands before their word', () => {
  it('gates exactly chrono’s four span parsers, known by their patterns (a bundler renames their classes)', () => {
    const gated = chronoEnglish().parsers.filter((parser, i) => parser !== chrono.en.casual.parsers[i]);
    // The two with a word after the span ("later", "ago"), and the two with a span alone ("within 2 weeks", "next 3 days").
    expect(gated).toHaveLength(SPAN_PARSERS.length + 2);
  });

  const sentences = [
    'We would like to go live two weeks after the conference.',
    'Launch 3 days before registration opens, please.',
    'Could we launch a couple of weeks later than planned?',
    'Go-live in 2 weeks from now works for us.',
    'Three months ago we said June; we now want to launch a week earlier, on June 7.',
    'Can we go live 10d after sign-off?',
    'Launch on March 3rd, after the board meeting, not before.',
    'We planned the launch before the summer; it was moved after the audit.',
    'Go live a couple    w after sign-off.',
    'Launch half an hour after the doors open, three weeks from now.',
    'We went live 2 days ago; the next release is a few days out.',
    'We can go live within 2 weeks.',
    'Launch in 3 days, or in a couple of weeks at the latest.',
    'The next 2 weeks are busy; go live +10d.',
    'Go-live in about three months and 2 weeks.',
    'Go-live for the day after the audit.',
    'We go live on June 15 and review the week after.',
  ];
  it.each(sentences)('reads %j as chrono itself does', (sentence) => {
    const at = (results: chrono.ParsedResult[]) => results.map((r) => ({ text: r.text, index: r.index, date: r.start.date().toISOString() }));
    const reference = { instant: new Date('2027-01-15T12:00:00Z'), timezone: 0 };
    expect(at(chronoEnglish().parse(sentence, reference, { forwardDate: true }))).toEqual(at(chrono.en.parse(sentence, reference, { forwardDate: true })));
  });

  it('does not give a sentence with no span of time to them', () => {
    const sentence = 'We planned the launch before the summer; it was moved after the audit.';
    expect(SPAN_PARSERS.some(({ needs }) => needs.test(sentence))).toBe(false);
    expect(SPAN_PARSERS.map(({ needs }) => needs.test('a couple of weeks later'))).toEqual([false, true]);
    expect(SPAN_PARSERS.map(({ needs }) => needs.test('10d before'))).toEqual([true, false]);
  });
});

describe('a day no calendar has', () => {
  const reference = new Date('2026-04-16T12:00:00Z');
  it.each([
    ['Go-live on Wednesday, June 31st works for us.'],
    ['Livegang am 31. April, wie besprochen.'],
    ['La date de lancement reste le 31 avril.'],
    ['Salimos en vivo el 31 de junio.'],
    ['Go-live Sunday February 29th.'],
    ['We launch on February 29, 2027.'],
    ['Livegang am 31.April.'],
  ])('finds "%s"', (text) => expect(namesNoSuchDay(text, reference)).toBe(true));
  it.each([
    ['Go-live on Tuesday, June 30th works for us.'],
    ['Livegang am 30. April, wie besprochen.'],
    ['We launch on February 29, 2028.'],
    ['Version 31 of the app ships in June.'],
    ['We have 31 stores in April and 45 in June.'],
    ['The v2.31 June build is on the test server.'],
  ])('finds none in "%s"', (text) => expect(namesNoSuchDay(text, reference)).toBe(false));
  // 9 March 2026 is a Monday, 10 March a Tuesday: a weekday the day does not fall on, in each language's way of writing it.
  it.each([
    ['en', 'Confirmed, launch Tuesday, March 9, 2026.', true, '2025-12-01'],
    ['fr', "C'est confirmé, lancement le mardi 9 mars 2026.", true, '2025-12-01'],
    ['de', 'Go-Live am Dienstag, 9. März 2026, wie besprochen.', true, '2025-12-01'],
    ['es', 'Confirmado, lanzamiento el martes 9 de marzo de 2026.', true, '2025-12-01'],
    ['nl', 'Bevestigd, livegang op dinsdag 9 maart 2026.', true, '2025-12-01'],
    ['pt', 'Confirmo, lançamento na terça-feira, 9 de março de 2026.', true, '2025-12-01'],
    ['en', 'Confirmed, launch Tuesday, March 10, 2026.', false, '2025-12-01'],
    ['fr', "C'est confirmé, lancement le mardi 10 mars 2026.", false, '2025-12-01'],
    // (chrono's English reads "weekend" as a Saturday; 11 December 2026 is a Friday.)
    ['en', 'We launch the weekend December 11, 2026.', false, '2025-12-01'],
    // (A weekday that fits a day gone by this year, no year written: that day, not a wrong one. 10 March 2026 is a Tuesday.)
    ['en', 'The soft launch on Tuesday, March 10 went well, approved for the full go-live on June 1.', false, '2026-03-12'],
  ])('in %s, "%s" names a weekday its day does not fall on: %s (written on %s)', (language, text, wrong, written) => {
    const read = readLaunch(text, { reference: new Date(`${written}T12:00:00Z`), languages: [language] });
    expect(read.date).not.toBeNull();
    expect(read.wrongWeekday === true).toBe(wrong);
  });
  it('takes a February 29th with no year for the next February’s', () => {
    expect(namesNoSuchDay('Go-live February 29th.', new Date('2027-05-01T00:00:00Z'))).toBe(false);
    expect(namesNoSuchDay('Go-live February 29th.', new Date('2027-01-15T00:00:00Z'))).toBe(true);
  });
});

describe('the launch days a notice of ours names', () => {
  const reference = new Date('2026-04-07T16:00:00Z');
  it('reads the notices’ own formats in the sentences about the launch, in order', () => {
    const notice = [
      'So the target go-live is now Monday, June 15, 2026 (it was June 8).',
      '- Certification start: June 1, 2026',
      '- Target go-live: 15 June 2026',
      'Launch date: 2026-06-15',
    ].join('\n');
    expect(noticeLaunchDays(notice, reference)).toEqual(['2026-06-15', '2026-06-08', '2026-06-15', '2026-06-15']);
  });
  it('takes a day with no year for the first one on or after the day the notice is read against', () => {
    expect(noticeLaunchDays('Target go-live: March 3', reference)).toEqual(['2027-03-03']);
  });
  it('reads a month written short, with or without its full stop, which ends no sentence', () => {
    expect(noticeLaunchDays('The go-live moves from 10 Feb 2027 to 17 Feb 2027.\n- Go-live: 17 Feb 2027', reference)).toEqual([
      '2027-02-10',
      '2027-02-17',
      '2027-02-17',
    ]);
    expect(noticeLaunchDays('The go-live moves from 8 Feb. to 15 Feb.', reference)).toEqual(['2027-02-08', '2027-02-15']);
    expect(noticeLaunchDays('Go-live: Sept. 15', reference)).toEqual(['2026-09-15']);
    expect(noticeLaunchDays('Go-live: Feb. 15, 2027', reference)).toEqual(['2027-02-15']);
    // Not a word that begins like a month: "Marketing launch 5".
    expect(noticeLaunchDays('The Marketing launch 5 is planned.', reference)).toEqual([]);
  });
});

describe('the days a notice of ours names, and a reply’s days within them', () => {
  const reference = new Date('2026-09-09T12:00:00Z');
  const notice = [
    'From: Paytronix Integrations <integrations@paytronix.example>',
    'Sent: Tuesday, September 8, 2026 11:20 AM',
    '  Development: Monday, September 14, 2026 to Friday, October 23, 2026',
    '  Client QA: October 26 - November 6',
    '  Certification slot: week of Monday, November 9, 2026',
    '  Event: Salon Atlantique, November 12–15',
    '  Go-live: Monday, November 23, 2026',
  ].join('\n');
  it('reads each line’s day, its span ("X to Y", "X - Y", "X–15") and its week, and leaves out days before the reply (a header’s)', () => {
    expect(noticeSpans(notice, reference)).toEqual([
      ['2026-09-14', '2026-10-23'],
      ['2026-10-26', '2026-11-06'],
      ['2026-11-09', '2026-11-13'],
      ['2026-11-12', '2026-11-15'],
      ['2026-11-23', '2026-11-23'],
    ]);
  });
  it.each([
    ['a freeze from November 20 through January 4', 'en', [['2026-11-20', '2027-01-04']]],
    ['at the show May 17–20', 'en', [['2027-05-17', '2027-05-20']]],
    ['die Geschäftsstelle ist vom 21.12.2026 bis einschließlich 06.01.2027 geschlossen', 'de', [['2026-12-21', '2027-01-06']]],
    ['je serai en congé du 12 au 16 avril', 'fr', [['2027-04-12', '2027-04-16']]],
    ['go-live on the 23rd', 'en', []],
    ['between November 20 and January 4', 'en', [['2026-11-20', '2027-01-04']]],
    ['zwischen dem 20. November und dem 4. Januar', 'de', [['2026-11-20', '2027-01-04']]],
    ['from Nov 20 til Jan 4', 'en', [['2026-11-20', '2027-01-04']]],
    ['vom 20.11. bis 4.1., wie jedes Jahr', 'de', [['2026-11-20', '2027-01-04']]],
    ['am 28.10. ist unsere IT auf Schulung', 'de', [['2026-10-28', '2026-10-28']]],
    ['vom 20. bis 24.11.', 'de', [['2026-11-20', '2026-11-24']]],
    ['gesloten van 20-11 t/m 4-1', 'nl', [['2026-11-20', '2027-01-04']]],
    ['I am out on September 18 - 10:00 is my only slot', 'en', [['2026-09-18', '2026-09-18']]],
    ['in two weeks', 'en', []],
    // A span's first day written as its number alone after a word that opens a span, the words of a span before a day chrono reads.
    ['onze testers zitten van 17 tot en met 28 maart klaar', 'nl', [['2027-03-17', '2027-03-28']]],
    ['probamos desde el 10 hasta el 21 de marzo', 'es', [['2027-03-10', '2027-03-21']]],
    // (Not a number that is no day: a count, a phase's or a sprint's number.)
    ['we have 3 people on it from March 17', 'en', [['2027-03-17', '2027-03-17']]],
    ['Phase 2 until April 21 as planned', 'en', [['2027-04-21', '2027-04-21']]],
    ['Sprint 3 - April 21 go-live, fine', 'en', [['2027-04-21', '2027-04-21']]],
    ['la fase 2 hasta el 21 de abril, como estaba previsto', 'es', [['2027-04-21', '2027-04-21']]],
  ] as const)('reads "%s" (%s) as %j', (text, language, spans) => {
    expect(spansNamed(text, reference, [language])).toEqual(spans);
  });
  it('keeps a span still under way at the reply, and a first day with no year in the year of its last', () => {
    const late = new Date('2026-10-28T12:00:00Z');
    expect(noticeSpans('  Client QA: October 26 - November 6\n  Go-live: Monday, November 23, 2026', late)).toEqual([
      ['2026-10-26', '2026-11-06'],
      ['2026-11-23', '2026-11-23'],
    ]);
  });
  it('reads a span whose first day is written alone before the second’s day and month ("9-10 April 2025"), and the sender saying it again is no news', () => {
    const spans = noticeSpans('4. Event: Northwind FinOps Summit, London, 9-10 April 2027\n5. Desired launch date: on what date?', reference);
    expect(spans).toEqual([['2027-04-09', '2027-04-10']]);
    expect(sentencesWithin('Correct, 9-10 April.', spans, reference, ['en'])).toEqual([]);
    expect(noticeSpans('Build v2-10 April 2027', reference)).toEqual([['2027-04-10', '2027-04-10']]);
  });
  it('reads a week named by its first day as its five working days, in the notice (its weekday abbreviated or not) and in a reply', () => {
    const february = new Date('2027-02-12T12:00:00Z');
    expect(noticeSpans('  Certification slot: week of Mon 10 May 2027', february)).toEqual([['2027-05-10', '2027-05-14']]);
    expect(spansNamed('We have the cert slot in our sprint plan for the week of May 17.', february, ['en'])).toContainEqual(['2027-05-17', '2027-05-21']);
    expect(spansNamed('On a prévu la recette la semaine du 17 mai.', february, ['fr'])).toEqual([['2027-05-17', '2027-05-21']]);
    // Said again, the notice's own week is no news; another week across the project is.
    const spans = noticeSpans('  Certification slot: week of Mon 10 May 2027\n  Go-live: Tuesday, June 1, 2027', february);
    expect(sentencesWithin('Cert the week of May 10 works for us.', spans, february, ['en'])).toEqual([]);
    expect(sentencesWithin('Cert the week of May 17 works for us.', spans, february, ['en'])).toHaveLength(1);
    // A week named by the notice's own day is that day said again; a word other than a weekday before the day names no week.
    const start = noticeSpans('  Certification start: Tuesday, June 8, 2027\n  Go-live: Thursday, June 24, 2027', february);
    expect(sentencesWithin('Certification the week of June 8 works for our team.', start, february, ['en'])).toEqual([]);
    expect(spansNamed('After a week of training, June 24 is good for the go-live.', february, ['en'])).not.toContainEqual(['2027-06-24', '2027-06-28']);
  });
  it('reads no span from a label’s number before a dash ("Phase 2 - 8 June"), nor from a day given as an example', () => {
    expect(noticeSpans('  Phase 2 - 8 June 2027: certification start', reference)).toEqual([['2027-06-08', '2027-06-08']]);
    expect(noticeSpans('Your desired launch date: a day, such as 2027-04-19 or "April 19".', reference)).toEqual([]);
  });
  it('reads no project day from a quoted header or an attribution, nor a time after a dash as a span’s end', () => {
    const notice = [
      'Sent: Wednesday, September 9, 2026 08:05 AM',
      'On Wed, September 9, 2026 at 8:05 AM Megan wrote:',
      'Kick-off call: Thursday, September 10, 2026 - 10:00 AM EST',
    ].join('\n');
    expect(noticeSpans(notice, reference)).toEqual([['2026-09-10', '2026-09-10']]);
  });
  it('reads a day named that is the day of writing itself as this year’s, whatever the hour the mail was sent', () => {
    expect(spansNamed('closed from September 9 to September 11', new Date('2026-09-09T23:30:00Z'), ['en'])).toEqual([['2026-09-09', '2026-09-11']]);
  });
  it('finds the sentences naming a span of the sender’s own across the project, or a day inside one of its spans, not the notice’s days said again', () => {
    const spans = noticeSpans(notice, reference);
    const reply = [
      'Approved.',
      'We run a change freeze from November 20 through January 4.',
      'Our office is closed from December 24 to January 2.',
      'I am off on October 28.',
      'Go-live on November 23 works for us.',
      'Client QA from October 26 to November 6 is booked.',
      'Our IT team is away from November 9 to November 23.',
      "I'm out Nov. 2-4.",
    ].join(' ');
    expect(sentencesWithin(reply, spans, reference, ['en']).map((s) => s.trim())).toEqual([
      'We run a change freeze from November 20 through January 4.',
      'I am off on October 28.',
      'Our IT team is away from November 9 to November 23.',
      "I'm out Nov 2-4.",
    ]);
  });
});

describe('the contacts a reply names', () => {
  it.each([
    { case: 'angle brackets', text: 'Please work with Jane Roe <Jane.Roe@acme.example> from now on.', name: 'Jane Roe' },
    { case: 'parentheses', text: 'Contact Jane Roe (jane.roe@acme.example).', name: 'Jane Roe' },
    { case: 'a dash', text: 'Jane Roe - jane.roe@acme.example', name: 'Jane Roe' },
    { case: 'a colon', text: 'New POC: Jane Roe: jane.roe@acme.example', name: 'Jane Roe' },
    { case: 'no name', text: 'Write to jane.roe@acme.example instead.', name: null },
  ])('finds a contact written with $case', ({ text, name }) => {
    expect(extractContacts(text, new Set())).toEqual([{ name, email: 'jane.roe@acme.example' }]);
  });

  it('leaves out the sender and the service address, and lists each address once', () => {
    const text = 'Copy pat@acme.example and integrationservices@vendor.example; Jane Roe <jane@acme.example>, again jane@acme.example';
    expect(extractContacts(text, new Set(['pat@acme.example', 'integrationservices@vendor.example']))).toEqual([
      { name: 'Jane Roe', email: 'jane@acme.example' },
    ]);
  });
});
