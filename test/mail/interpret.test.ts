import { describe, expect, it } from 'vitest';
import { interpret, readClauses, type StepQuestion } from '../../shared/mail';
import type { InterpretSignals } from '../../shared/mail/reading/interpret';
import { processModule } from '../../shared/processes/registry';

const plain: InterpretSignals = { hasDate: false, hasContacts: false, attachmentNames: [] };
const read = (text: string, question: StepQuestion, signals = plain) => interpret(text, question, signals);
/** The reply is not acted on as a yes: read as something else, or left to the PM. */
const expectNoYesActedOn = (text: string, question: StepQuestion) => expect(read(text, question)).not.toMatchObject({ intent: 'approve', needsReview: false });
/** The reply is acted on as the yes it is. */
const expectYesActedOn = (text: string, question: StepQuestion) => expect(read(text, question)).toMatchObject({ intent: 'approve', needsReview: false });
/**
 * The rules read a yes and nothing against it: the reply is a yes, acted on alone or, where the second reading doubts it, left to
 * the PM for that doubt only.
 */
const expectRulesYes = (text: string, question: StepQuestion) => {
  const reading = read(text, question);
  expect(reading.intent).toBe('approve');
  const doubts = reading.reasons.filter((r) => !r.startsWith('says yes'));
  expect(doubts.every((r) => r.startsWith('the second reading'))).toBe(true);
  if (reading.needsReview) expect(doubts.length).toBeGreaterThan(0);
};
type Cases = readonly (readonly [string, StepQuestion])[];
/** Specifications, one per reply: none of these is acted on as a yes. */
const notActedOn = (cases: Cases) => it.each(cases)('does not act on "%s" (%s) as a yes', (text, question) => expectNoYesActedOn(text, question));
/** Specifications, one per reply: each is acted on as the yes it is. */
const actedOn = (cases: Cases) => it.each(cases)('acts on "%s" (%s) as the yes it is', (text, question) => expectYesActedOn(text, question));

describe('reading a reply at the step it answers', () => {
  it.each([
    { case: 'a plain approval', text: 'Approved.', question: 'approval', intent: 'approve' },
    {
      case: 'details confirmed, with a future after "and" for something else',
      text: "The integration details are correct and I'll stay the point of contact.",
      question: 'confirmation',
      intent: 'approve',
    },
    {
      case: 'a French clarification that tells, not asks',
      text: "Les informations sont correctes. Une précision côté contact : je quitte l'association fin mars.",
      question: 'confirmation',
      intent: 'approve',
    },
    {
      case: 'no objection to a notice that asked nothing',
      text: 'Thank you, we have noted the configuration changes. Nothing to add from our side.',
      question: 'open',
      intent: 'none',
    },
    { case: 'no objection to a plan we asked to approve', text: 'Nothing to add from our side.', question: 'approval', intent: 'approve' },
    {
      case: 'an item refused at a delivery step ("cannot issue")',
      text: 'Test accounts attached. Unfortunately we cannot issue API credentials to an external vendor.',
      question: 'delivery',
      intent: 'decline',
    },
    {
      case: 'a count of none is no problem',
      text: 'Since Monday: 1,184 orders, 0 failed API calls. All good on our side.',
      question: 'status',
      intent: 'inform',
    },
    {
      case: 'an item refused as not something they can give',
      text: 'API access is not something we are able to provide.',
      question: 'delivery',
      intent: 'decline',
    },
    {
      case: 'a Spanish greeting that asks how things are',
      text: 'Hola, ¿cómo andan? Estamos listos para la próxima ronda.',
      question: 'readiness',
      intent: 'approve',
    },
    { case: 'approval in other words', text: 'Looks good to us, please go ahead.', question: 'approval', intent: 'approve' },
    { case: 'LGTM', text: 'LGTM', question: 'approval', intent: 'approve' },
    { case: 'details confirmed', text: 'Confirmed, all details are correct.', question: 'confirmation', intent: 'approve' },
    { case: 'negated approval', text: 'Not approved yet, we are still reviewing.', question: 'approval', intent: 'decline' },
    { case: 'cannot approve', text: "We can't approve this until legal has seen it.", question: 'approval', intent: 'decline' },
    { case: 'approval with an exception', text: 'Approved, except the logo.', question: 'approval', intent: 'decline' },
    { case: 'approval with a change asked as a question', text: 'Looks good but can we move the date?', question: 'approval', intent: 'decline' },
    { case: 'testing feedback with a problem', text: 'The login fails on Safari with an error.', question: 'testing', intent: 'decline' },
    { case: 'testing passed with no issues', text: 'We tested everything, no issues found. Approved for launch.', question: 'testing', intent: 'approve' },
    { case: 'approval with an unrelated question', text: 'Approved. Who will run the kick-off call?', question: 'approval', intent: 'question' },
    { case: 'a pure question', text: 'What format do you need the test accounts in?', question: 'delivery', intent: 'question' },
    { case: 'thanks', text: 'Thanks!', question: 'approval', intent: 'none' },
    { case: 'an acknowledgement', text: 'Got it, thanks.', question: 'open', intent: 'none' },
    { case: 'nothing', text: '', question: 'approval', intent: 'none' },
    { case: 'a one-word yes to a yes-or-no request', text: 'Yes', question: 'approval', intent: 'approve' },
    { case: 'an emoji yes', text: '👍', question: 'approval', intent: 'approve' },
    { case: 'a request to hold off', text: 'Please hold off for now, our board meets next week.', question: 'approval', intent: 'decline' },
    { case: 'a dispute of terms', text: 'The setup fee is not what we agreed with your sales team.', question: 'approval', intent: 'decline' },
    {
      case: 'earlier problems fixed, approved',
      text: 'The issues we found last week are fixed now. Approved for launch.',
      question: 'testing',
      intent: 'approve',
    },
    { case: 'a retest that passed', text: 'Retest passed on our side, all good to go live.', question: 'testing', intent: 'approve' },
    { case: 'own QA nearly done with a bug left', text: 'QA is nearly done, one bug left in partial redemptions.', question: 'readiness', intent: 'inform' },
    { case: 'German approval with a separable verb', text: 'Wir geben den Plan hiermit frei.', question: 'approval', intent: 'approve' },
    { case: 'German conditional approval', text: 'Freigegeben, sofern das Logo noch getauscht wird.', question: 'approval', intent: 'decline' },
    { case: 'French refusal', text: "Nous ne pouvons pas valider le devis en l'état, le montant est trop élevé.", question: 'approval', intent: 'decline' },
    { case: 'Spanish approval', text: 'Aprobado, pueden avanzar.', question: 'approval', intent: 'approve' },
    { case: 'Dutch one-word yes', text: 'Akkoord', question: 'approval', intent: 'approve' },
    { case: 'Italian problem in testing', text: 'Il login non funziona su Safari.', question: 'testing', intent: 'decline' },
    { case: 'Portuguese go-ahead', text: 'Pode seguir!', question: 'approval', intent: 'approve' },
    {
      case: 'a retest passed, then asking to postpone the launch',
      text: 'Tested again, all works. Could we postpone the launch by two weeks?',
      question: 'testing',
      intent: 'decline',
    },
    {
      case: 'a proposed meeting date refused (German)',
      text: 'Am Dienstag kann ich leider nicht, ginge auch Donnerstag?',
      question: 'confirmation',
      intent: 'decline',
    },
    {
      case: 'a yes that holds',
      text: 'We retested the two bugs, both fixed. We approve; everything else still looks good.',
      question: 'testing',
      intent: 'approve',
    },
    {
      case: 'a list of fixes under its lead-in',
      text: 'All three points from round 1 are fixed:\n1. the error message is now the guest-facing one\n2. duplicate cards are rejected\n3. the balance refreshes\n\nWe are ready for round 2.',
      question: 'readiness',
      intent: 'approve',
    },
    {
      case: 'a condition inside a bracketed aside',
      text: 'Fixed, the opt-in is sent on every registration (it defaults to false if the box is left unticked). Ready for the next round.',
      question: 'readiness',
      intent: 'approve',
    },
    { case: 'a Spanish "sí" (not "si": if)', text: 'Sí, aprobado.', question: 'approval', intent: 'approve' },
    { case: 'a Spanish condition', text: 'Aprobado si cambian el logo.', question: 'approval', intent: 'decline' },
    {
      case: 'error cases tested, named in brackets',
      text: 'Internal QA is complete. All flows pass, and we also tested the error paths (invalid card, wrong password, duplicate email).',
      question: 'readiness',
      intent: 'approve',
    },
    {
      case: 'error messages that are wrong',
      text: 'We tested the error messages and two of them are wrong.',
      question: 'testing',
      intent: 'decline',
    },
    {
      case: 'a fix quoted in its own words',
      text: 'All items are fixed:\n1. Locked accounts now see "Your account is locked. Please call us." instead of the generic error.\n\nWe are ready for round 2.',
      question: 'readiness',
      intent: 'approve',
    },
    {
      case: 'an interim testing status',
      text: 'Quick interim status: registration and login tested, all fine so far. The rest we test tomorrow.',
      question: 'testing',
      intent: 'inform',
    },
    { case: 'a problem in the progressive', text: "Points aren't being awarded after a purchase.", question: 'testing', intent: 'decline' },
    { case: 'a problem with "when we"', text: 'We get an error when we sign up with an existing card.', question: 'testing', intent: 'decline' },
    { case: 'a Dutch problem with a verb of coming', text: 'De punten komen niet door in de kassa.', question: 'testing', intent: 'decline' },
    { case: 'everything working, approved', text: 'Everything is working on our end, approved.', question: 'testing', intent: 'approve' },
    {
      case: 'all good at a check-in (nothing asked)',
      text: 'All good on our end, no issues reported by the stores so far.',
      question: 'status',
      intent: 'inform',
    },
    { case: 'an approval beside a time for something else', text: 'Approved, launch next week.', question: 'approval', intent: 'approve' },
    { case: 'an approval still to come', text: 'We will approve it next week.', question: 'approval', intent: 'inform' },
    { case: 'moving forward (not a change)', text: "Looks good, let's move forward with the plan.", question: 'approval', intent: 'approve' },
    { case: 'a condition in brackets', text: 'Approved (provided the setup fee is waived).', question: 'approval', intent: 'decline' },
    { case: 'a negation beside an aside', text: 'Das passt (leider) nicht.', question: 'approval', intent: 'decline' },
    { case: 'a condition in one word', text: 'Approved, conditionally.', question: 'approval', intent: 'decline' },
    { case: 'a Spanish yes written without its accent', text: 'Si, aprobado.', question: 'approval', intent: 'approve' },
    {
      case: 'a failure after a name for error cases (no list)',
      text: 'Internal QA is complete. We tested the error paths: checkout fails with a 500 on every card.',
      question: 'readiness',
      intent: 'inform',
    },
    {
      case: 'a lead-in that fixed most, not all',
      text: 'We fixed most of the points:\n- login message updated\n- checkout still fails on Safari\n\nReady for round 2.',
      question: 'readiness',
      intent: 'inform',
    },
    { case: 'an Italian yes still to come ("ancora": yet)', text: 'Dobbiamo ancora approvare il piano.', question: 'approval', intent: 'inform' },
    { case: 'a backtick apostrophe', text: 'We don`t approve the plan.', question: 'approval', intent: 'decline' },
    { case: 'an inch mark before a question', text: 'Is the 27" kiosk screen covered? Approved.', question: 'approval', intent: 'question' },
    {
      case: 'a German yes promised at the end of its phrase',
      text: 'Meine Kollegin übernimmt, sie wird Ihnen die Details nächste Woche bestätigen.',
      question: 'confirmation',
      intent: 'inform',
    },
    {
      case: 'the errors a resolution names',
      text: 'Die Fehler von letzter Woche (falsche Fehlermeldung, Saldo) sind behoben, wir geben den Test frei.',
      question: 'testing',
      intent: 'approve',
    },
    {
      case: 'a question about the launch date',
      text: 'How is development going? Are we still on track for the May 12 launch?',
      question: 'status',
      intent: 'question',
    },
    {
      case: 'a change request at a status step',
      text: 'We need badge sync too. I know it is outside the original scope, please send the change request.',
      question: 'status',
      intent: 'inform',
    },
    {
      case: 'a yes still to come, negated',
      text: "Dev and QA are done. The screen recording isn't done yet, we'll send it Wednesday.",
      question: 'readiness',
      intent: 'inform',
    },
    { case: 'a refusal for the future', text: 'We are not going to accept additional fees for round 4.', question: 'readiness', intent: 'decline' },
    {
      case: 'a colleague added to the invitation (no new scope)',
      text: 'Thursday 2pm works for us. Please add ana@client.example to the invite.',
      question: 'confirmation',
      intent: 'approve',
    },
    {
      case: 'a bare "No" under a quoted point',
      text: '> 1. New registrations appear within 5 minutes\nworks\n\n> 2. Cancellations remove the attendee\nNO - they are still in the list.',
      question: 'testing',
      intent: 'decline',
    },
    {
      case: 'a bare "OK" under one quoted point among others',
      text: '> - Welcome email: March 15\nOK\n\n> - Development: until May 14\nToo tight for us, we need two more weeks.',
      question: 'approval',
      intent: 'decline',
    },
    { case: 'a question with no mark about an attachment', text: 'Is the attached version the approved one', question: 'approval', intent: 'question' },
    {
      case: 'a refusal for the future, spelled out',
      text: 'The design looks good. We will not be approving the quote in its current form though.',
      question: 'approval',
      intent: 'decline',
    },
    {
      case: 'a bare "OK" under one quoted point and a wait under another',
      text: '> 1. Homepage design\nOK\n\n> 2. Pricing page\nStill waiting on our CFO for that one.',
      question: 'approval',
      intent: 'inform',
    },
  ] as const)('reads $case as $intent', ({ text, question, intent }) => {
    expect(read(text, question).intent).toBe(intent);
  });

  it('reads a postponement at a status step as a change asked for, which the second reading may take for a change told', () => {
    // (Written beside the first rules as a decline. The labelled corpus's writers, who never saw the rules, take a launch moved at
    // a status step for information four times in five ("Please plan for a launch on Friday, May 9 instead"); since the round's
    // record sets joined the training, the second reading, sure of it at 0.86, takes this one so too. Either way the PM is told
    // of a change: it is never a yes, nor nothing.)
    const reading = read('Our board moved the conference, please push the launch back to the autumn.', 'status');
    expect(reading.reasons[0]).toMatch(/^asks for a change/);
    expect(['decline', 'inform']).toContain(reading.intent);
  });

  it('reads files attached with a question as the question it asks, the files delivered all the same', () => {
    // (Written beside the first rules as information; the labelled corpus's writers, who never saw the rules, take a delivery that
    // asks for a question. Since the eleventh round the rules read it so: a question beside files goes to someone who can answer
    // it, where information would only be filed. Out of fold, 10 readings moved to their label, 7 away, 4 fewer to the PM.)
    const reading = read('Here are the test accounts. When does development start?', 'delivery', { ...plain, attachmentNames: ['accounts.xlsx'] });
    expect(reading.intent).toBe('question');
    expect(reading.delivered).toContain('Here are the test accounts.');
  });

  it('reads a reply that carries a date or attachments as information where no yes or no is asked', () => {
    expect(read('See the file.', 'delivery', { ...plain, attachmentNames: ['mapping.csv'] }).intent).toBe('inform');
    expect(read('We would like March 3rd.', 'open', { ...plain, hasDate: true }).intent).toBe('inform');
  });

  it('takes a signed document attached as an approval of a document', () => {
    expect(read('', 'approval', { ...plain, attachmentNames: ['Project_Plan_signed.pdf'] }).intent).toBe('approve');
  });

  it.each([
    ['APPROVED - see attached.', 'plan_v3_our_changes.pdf'],
    ['Signed copy attached.', 'WO_PX-2071_signed_with_amendments.pdf'],
    ['Von unserer Seite freigegeben, Details im Anhang.', 'QA_Befunde_noch_offen.csv'],
    ['Validé de notre côté, merci.', 'retours_recette_a_corriger.csv'],
    ['Akkoord, zie bijlage.', 'IDI_redline_opmerkingen.docx'],
  ])('holds "%s" with a file of changes or comments attached (%s) for the PM', (text, file) => {
    const reading = read(text, text.startsWith('Validé') || text.startsWith('Von') ? 'testing' : 'approval', { ...plain, attachmentNames: [file] });
    expect(reading).not.toMatchObject({ intent: 'approve', needsReview: false });
    if (reading.intent === 'approve') expect(reading.reasons.some((r) => r.startsWith('a file of changes or comments beside the yes'))).toBe(true);
  });

  // A launch with no day, a year beside a season, a "tho", no luck.
  notActedOn([
    ['Confirmed all details. Launch date: asap', 'confirmation'],
    ['tout est conforme. date de lancement : courant T2', 'confirmation'],
    ['confirmed 👍 desired launch: end of q2 sometime', 'confirmation'],
    ['confermo i dati. data di lancio: dopo le feste, vediamo', 'confirmation'],
    ['yep all good on our end. launch is march 3 not march 10 tho', 'confirmation'],
    ['it all works!!! on my laptop. staff tablets no luck', 'testing'],
    ['All correct. Launch in spring 2027.', 'confirmation'],
    ['On tranche en comité mardi prochain et je vous confirme la date retenue dans la foulée.', 'confirmation'],
    ['All details confirmed. Launch date: Q2.', 'confirmation'],
    ['Tout est conforme. Lancement en T3.', 'confirmation'],
    ['Alles korrekt. Livegang für das Frühjahr 2027 geplant.', 'confirmation'],
  ]);

  // A yes to the version before, someone else to sign, a joke, a problem told plainly.
  notActedOn([
    ['aprovado, o da semana passada né, o novo ainda n abri', 'approval'],
    ['ok looks good, approved 👍 just need my boss to sign off too', 'approval'],
    ['per me va bene ma nn firmo io, è la dott.ssa Greco', 'approval'],
    ['tout bon pr nous, on attend juste le retour du juridique', 'approval'],
    ['yes tested. works fine in chrome, safari login loops forever', 'testing'],
    ['läuft! also zumindest im chrome, im firefox nur weiße seite', 'testing'],
    ['plan looks good, approved from my side. dana from IT wants to look at the api access part first', 'approval'],
    ['approved ✅ field mapping by jan 10 wont happen, our ops guy is out til the 13th', 'approval'],
    ['approved von unserer seite 👍 muss die zert-woche noch mit unserem kassenhersteller abklären', 'approval'],
  ]);

  // A time that is not the launch's, a reassurance, a sign-off done, on behalf of the sender's side.
  actedOn([
    ['All details are correct. Please send us the go-live checklist asap.', 'confirmation'],
    ['Tout est conforme. Pour le lancement, tenez-moi au courant.', 'confirmation'],
    ["Approved. That mix-up won't happen again, sorry about the delay.", 'approval'],
    ['Approved – legal has it covered on our side, no further review needed.', 'approval'],
    ['Das konnten wir gestern noch kurz abklären, der Zeitplan ist freigegeben.', 'approval'],
    ['Aprobado por parte de Tacomar. Las fechas nos funcionan.', 'approval'],
  ]);

  it('reads "won\'t actually work" in a P.S. under a yes as a refusal', () => {
    const reading = read("Schedule approved!\n\nP.S. Go-live on the 14th won't actually work for us, ops is maxed out that week.", 'approval');
    expect(reading.intent).toBe('decline');
  });

  it('takes "le jour exact", "das genaue Datum", "the exact date" for a day named, not for a yes ("c\'est exact" still is one)', () => {
    expect(read("Je pourrai vous donner le jour exact après notre conseil d'administration.", 'confirmation').intent).not.toBe('approve');
    expect(read('We will send you the exact date after our board meets.', 'confirmation').intent).not.toBe('approve');
    expect(read("C'est exact, tout est bon.", 'confirmation')).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it.each(['Project_Plan_signed_no_changes.pdf', 'Schedule_v3_all_comments_resolved.pdf', 'Zeitplan_unterschrieben_ohne_Anderungen.pdf'])(
    'acts on a yes with a file whose name says its changes are none or settled (%s)',
    (file) => {
      expect(read('Approved, signed copy attached.', 'approval', { ...plain, attachmentNames: [file] })).toMatchObject({
        intent: 'approve',
        needsReview: false,
      });
    },
  );

  it('acts on a yes with files whose names say what they hold, not changes ("Redline_cert_screenshots.zip" is a company’s name)', () => {
    expect(read('Approved, signed plan attached.', 'approval', { ...plain, attachmentNames: ['Project_Plan_signed.pdf'] })).toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
    expect(
      read("We're ready for certification, screenshots attached.", 'readiness', { ...plain, attachmentNames: ['Redline_cert_screenshots.zip'] }),
    ).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('approves nothing at a delivery step: "validated by marketing" describes an item', () => {
    expect(read('Attached the field mapping, validated by marketing.', 'delivery', { ...plain, attachmentNames: ['mapping.csv'] }).intent).toBe('inform');
  });
});

describe('never guessing a decision', () => {
  it('leaves a hedged yes to the PM, with its reasons', () => {
    const reading = read('I think it looks fine, but let me check with my boss first.', 'approval');
    expect(reading.needsReview).toBe(true);
    expect(reading.confidence).toBeLessThan(0.8);
    expect(reading.reasons.join(' ')).toContain('hedged');
  });

  it('leaves an "ok, thanks" to an approval request to the PM', () => {
    expect(read('Ok thanks!', 'approval').needsReview).toBe(true);
  });

  it('acts alone on a plain approval and says which clause decided', () => {
    const reading = read('Hi Sam, we approve the project plan as written. Thanks!', 'approval');
    expect(reading).toMatchObject({ intent: 'approve', needsReview: false });
    expect(reading.confidence).toBeGreaterThanOrEqual(0.8);
    expect(reading.reasons[0]).toContain('we approve the project plan');
  });

  it.each([
    ['an approval told in the past, of something else', 'The budget was approved internally, now we need to check the plan.'],
    ['a yes from someone who cannot give it', 'I’m fine with it but Laura has to sign.'],
    ['a yes with something still open', 'Please proceed with the build, but we still need to confirm the date.'],
    ['someone else’s yes, reported', 'The plan was validated by my colleague last week.'],
    ['someone else’s yes, reported by their name (Portuguese)', 'De acordo com o João, o cronograma está ok.'],
    ['someone else’s yes, by someone else’s side (Italian)', 'Il calendario è stato approvato da parte del cliente.'],
    ['a "but" that asks for a change', 'The schedule looks right, but please change the contact to Ana.'],
    ['a "but" that answers no', 'Está tudo certo, mas não, o go-live não pode ser no dia 3.'],
    ['a Portuguese "No," answering', 'No, obrigado, o plano não está aprovado ainda.'],
    ['a yes reported after "hereby" (Italian)', 'Con la presente vi comunico che il piano è stato approvato dal cliente.'],
    ['a yes reported after "hereby"', "I hereby forward Laura's feedback: she said the plan looks fine."],
    ['someone else’s yes, by their role (Portuguese)', 'De acordo com o nosso diretor, o cronograma está ok.'],
    ['a yes to something else', 'Just letting you know I approved the invoice for the integration deposit this morning.'],
  ])('does not act alone on %s', (_case, text) => {
    const reading = read(text, 'approval');
    expect(reading.intent === 'approve' && !reading.needsReview).toBe(false);
  });

  it.each([
    ['words of agreeing that read like reporting ("de acordo com o cronograma")', 'De acordo com o cronograma, pode seguir.'],
    ['a yes given "hereby" in a company’s name', 'Freigabe von Seiten Kassenwerk ist hiermit erteilt.'],
    ['a yes "from our side" (Italian)', 'Il calendario va bene anche da parte nostra: approviamo lo slot di certificazione.'],
    ['a "but" that only asks to keep things as they are', 'We approve the plan, but please keep me as the main contact.'],
    ['a Spanish yes beside a Portuguese name ("no hay problema, João confirma")', 'Está todo ok para nosotros, no hay problema, João confirma.'],
  ])('acts on %s', (_case, text) => {
    expect(read(text, 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
  });

  // (The second reading, retrained in the twenty-fourth round, doubts this yes at 0.62: the rules' reading is the specification.)
  it('reads a "but" whose "não" only negates its verb as no refusal: the rules read the yes', () => {
    expectRulesYes('Por nós está tudo certo com o cronograma. O dia 21 é feriado, mas pelo que vi não impacta nenhuma das datas.', 'approval');
  });

  it('never flags what moves nothing (a question, information)', () => {
    expect(read('When is the kick-off call?', 'approval').needsReview).toBe(false);
  });
});

describe('reading clause by clause', () => {
  it('keeps the negation to its own clause: "no issues, all good" is a yes', () => {
    expect(read('No issues found, all good to go live.', 'testing').intent).toBe('approve');
  });

  it('reads a future approval as not done yet', () => {
    expect(read('We will approve the plan after our board meets on Friday.', 'approval').intent).not.toBe('approve');
  });

  it('tells delivered clauses from those that name something still to come', () => {
    const reading = read('Attached the test accounts. API keys to follow next week.', 'delivery', { ...plain, attachmentNames: ['accounts.xlsx'] });
    expect(reading.delivered).toEqual(['Attached the test accounts.']);
    expect(reading.pending).toEqual(['API keys to follow next week.']);
  });

  it('marks new scope asked as a question', () => {
    expect(read('Could the integration also push badge scans back to us?', 'open').scope).toBe(true);
    expect(read('When is the next call?', 'open').scope).toBe(false);
  });

  it('takes a question about a fee of the agreed terms for no new scope', () => {
    expect(read('Does a fourth round trigger the additional certification fee from the work order?', 'status').scope).toBe(false);
    expect(read('¿La cuarta ronda tiene un costo adicional?', 'status').scope).toBe(false);
    expect(read('Is there an additional fee if we add gift cards to the integration?', 'status').scope).toBe(true);
  });

  it('takes more time asked for no new scope ("we need another week")', () => {
    expect(read('Not ready yet, unfortunately. Realistically we need another week.', 'readiness').scope).toBe(false);
    expect(read('Could you also add a second loyalty tier? We need another report for finance too.', 'status').scope).toBe(true);
  });

  it('finds a French or Italian word behind an elided article or preposition ("d\'ajouter", "dell\'API")', () => {
    expect(read("Nous avons besoin d'ajouter deux champs à la synchronisation.", 'status').scope).toBe(true);
    expect(read("Abbiamo bisogno dell'integrazione anche per i badge.", 'status').scope).toBe(true);
    // English contractions stay whole: "don't" is still a negation.
    expect(read("We don't approve this version.", 'approval').intent).toBe('decline');
  });

  it('takes a yes to a meeting for no approval of the plan, but for an answer where the step confirms a meeting or details', () => {
    const reply = "Yes - Thursday 10am works for the walkthrough, I've accepted the invite.";
    expect(read(reply, 'approval')).toMatchObject({ intent: 'approve', needsReview: true });
    expect(read(reply, 'approval').reasons[0]).toMatch(/a yes to something else/);
    expect(read(reply, 'confirmation')).toMatchObject({ intent: 'approve', needsReview: false });
    expect(read('Approved. Thursday works for the kick-off call too.', 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('takes a yes offered beside its other answer for no answer ("approval or change requests by Friday")', () => {
    expect(read('Eine Rückmeldung mit Freigabe oder Änderungswünschen bekommen Sie bis spätestens Freitag.', 'testing').intent).not.toBe('approve');
    expect(read('You will get our approval or our change requests by Friday.', 'testing').intent).not.toBe('approve');
  });

  it('takes a problem named before a passing result ("duplicate contact handling – 3/3 pass") for a test case, not a problem', () => {
    const report = [
      'QA complete. All 24 test cases passed on the staging build.',
      '- Nightly reconciliation job, incl. duplicate contact handling – 3/3 pass',
      '- Timeout errors retried – pass',
    ].join('\n');
    expect(read(report, 'status').intent).not.toBe('decline');
    expect(read(report, 'testing')).toMatchObject({ intent: 'approve' });
    // A failing result keeps its problem.
    expect(read('QA run done.\n- Refund errors – fail', 'testing').intent).toBe('decline');
  });

  it('reads a fix told by what it shows now, a dash inside the quoted message, as resolved ("erscheint jetzt „… – …“ statt des Fehlers")', () => {
    const reply = [
      'Alle Punkte aus Runde 1 sind behoben:',
      '1. Bei unbekannter Karte erscheint an der Kasse jetzt „Karte nicht gefunden – bitte erneut scannen“ statt des HTTP-Fehlers.',
      'Wir sind bereit für die nächste Zertifizierungsrunde.',
    ].join('\n');
    expect(read(reply, 'readiness')).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('takes "that should be everything" for a set complete, not a correction', () => {
    const reply =
      "We're ready for certification. Here's the video: https://share.example/v/1. Together with the screenshots I sent on Tuesday, that should be everything.";
    expect(read(reply, 'readiness')).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('keeps a problem a screen now shows, or a case not every run passed, a problem', () => {
    for (const reply of [
      'Approved from our side. The POS now shows an error 500 on every refund.',
      'Freigabe von unserer Seite. Die Kasse zeigt jetzt bei jeder Rückerstattung einen Fehler 500.',
      'Approved. Refund crashes the POS on the second attempt – 4/5 pass.',
      'Approved. Duplicate charge when retrying – fine',
    ])
      expect(read(reply, 'testing')).not.toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('keeps a real question that opens like small talk ("Cómo está lo del error…") a question', () => {
    expect(read('Todo probado y aprobado. Cómo está lo del error en las devoluciones, ya lo habéis corregido', 'testing')).not.toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
  });

  it('acts on a correction beside a yes as the no it is when the second reading agrees, sure of it', () => {
    const reply =
      'The plan looks good overall, but the requirements due date should be January 13 rather than January 6, since our office is closed that week.';
    const reading = read(reply, 'approval');
    expect(reading).toMatchObject({ intent: 'decline', needsReview: false });
    expect(reading.reasons.at(-1)).toMatch(/^the second reading agrees/);
  });

  it('reads a correction announced in German ("Eine Korrektur beim Termin:") beside confirmed details as no confirmation', () => {
    const reply = 'Die Angaben zum Kunden sind korrekt. Eine Korrektur beim Termin: die Anmeldung öffnet erst am 17. März, nicht am 3. März.';
    expect(read(reply, 'confirmation').intent).toBe('decline');
    expect(read('Nach der Korrektur funktioniert alles, wir geben die Integration frei.', 'testing').intent).toBe('approve');
    expect(read('Alles korrekt, danke für die kleine Korrektur.', 'confirmation').intent).toBe('approve');
  });

  it('tells "no failed transactions and no complaints" and "0 errors" at a status step as how things stand, not as problems', () => {
    expect(read("About 1,200 sign-ups, no failed transactions that we've seen and no guest complaints.", 'status').intent).toBe('inform');
    expect(read('Monitoring on our side shows 0 errors over the last 72h.', 'status').intent).toBe('inform');
    expect(read("Some guests' balance shows 0 in the app.", 'status').intent).toBe('decline');
    // Two negations in one phrase still cancel.
    expect(read("I don't see any reason not to go ahead.", 'approval').intent).toBe('approve');
  });

  it('takes "nothing outstanding", "sem pendentes", "keine offenen Punkte" for nothing still to come', () => {
    for (const ready of [
      "We're ready for certification. There's nothing outstanding on our side.",
      "We're ready for certification, no open items.",
      'O build está pronto e o nosso QA interno está concluído, sem pendentes.',
    ])
      expect(read(ready, 'readiness')).toMatchObject({ intent: 'approve', needsReview: false });
    expect(read('Wir sind bereit, keine offenen Punkte mehr.', 'readiness').reasons).not.toContainEqual(expect.stringMatching(/not done yet/));
    // Open items named are still to come.
    expect(read("We're ready, but there are still open items on refunds.", 'readiness').intent).not.toBe('approve');
    expect(read('Wir sind fast bereit, offene Punkte: Storno.', 'readiness')).not.toMatchObject({ intent: 'approve', needsReview: false });
  });

  it.each([
    "We're ready for certification. Nothing else outstanding other than the video, which Marcus uploads Friday.",
    'Ready for certification. Nothing pending from us except the transaction log.',
    "We're ready for certification. Nothing outstanding besides the refund screenshots.",
    'Ready for certification. No open questions other than whether refunds need a PIN.',
    'Wir sind bereit für die Zertifizierung. Keine offenen Punkte mehr, abgesehen vom Video.',
    'Estamos listos para la certificación. Nada pendiente aparte del vídeo.',
  ])('does not act on "nothing outstanding" with an exception after it as ready: %s', (text) => {
    expect(read(text, 'readiness')).not.toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('doubts a yes beside a part not done yet, except a date not set yet where the step confirms details', () => {
    const testing = read("The success messages are all approved. Haven't got to the error messages yet, will do that Monday.", 'testing');
    expect(testing).toMatchObject({ intent: 'approve', needsReview: true });
    expect(testing.reasons).toContainEqual(expect.stringMatching(/a part not done yet/));
    // However far the "yet" from its negation, and a test someone is still to run today.
    for (const beside of [
      "To be clear I haven't personally been through the reverse enrollment flow yet.",
      'Marcus is testing the refund flow this afternoon.',
    ])
      expect(read(`Approved. ${beside}`, 'testing').reasons).toContainEqual(expect.stringMatching(/a part not done yet/));
    expect(read("All correct and yes I'm the POC. We haven't locked the launch date yet.", 'confirmation').reasons).not.toContainEqual(
      expect.stringMatching(/a part not done yet/),
    );
  });

  it('takes a yes asked of someone ("for approval", "zur Freigabe", "per l\'approvazione") for no yes given', () => {
    expect(read("Giro il piano al nostro direttore per l'approvazione e vi facciamo sapere.", 'approval').intent).not.toBe('approve');
    expect(read('Ich habe den Plan zur Freigabe an unseren Geschäftsführer weitergeleitet.', 'approval')).not.toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
    expect(read('Thanks, approved for launch.', 'approval').intent).toBe('approve');
  });

  it('does not cut a clause at an adverb of contrast inside it ("nous voudrions toutefois ajouter")', () => {
    expect(read("Nous voudrions toutefois ajouter une fonctionnalité : l'historique des transactions.", 'status').scope).toBe(true);
    expect(read('Looks good, however the logo is wrong.', 'testing').intent).toBe('decline');
  });

  it('reads "I confirm that we have 18 stores" at a step that asked for no confirmation as telling a fact', () => {
    expect(read('Confirmo que em produção temos 18 lojas (4101 a 4118).', 'open').intent).not.toBe('approve');
    expect(read('I confirm that the details are correct.', 'confirmation').intent).toBe('approve');
  });

  it('leaves a doubted yes to no step in particular to the PM, as at a step that asks one (the project’s step may take it)', () => {
    expect(read('The summary below is correct. Our CFO still has to sign off on the scope.', 'open')).toMatchObject({ intent: 'approve', needsReview: true });
  });

  it('takes "approved hosts" for a kind of host, not a yes', () => {
    expect(read('Our firewall only allows traffic to approved hosts, so I added your API host to the allow list.', 'open').intent).not.toBe('approve');
  });

  it('reads complaints as a problem in every language, and none as none', () => {
    expect(read('Já recebemos 6 reclamações nas lojas de Alfama. Podem verificar com urgência?', 'status').intent).toBe('decline');
    expect(read('Desde el lanzamiento tenemos varias quejas de clientes en caja.', 'status').intent).toBe('decline');
    expect(read('Todo bien, ninguna queja de los clientes.', 'status').intent).not.toBe('decline');
  });

  it('reads a German "passt noch nicht" beside a "sieht gut aus" as a problem found', () => {
    const reply = 'Sieht soweit gut aus! Nur der Text nach der Registrierung passt noch nicht. Sonst alles ok.';
    expect(read(reply, 'testing').intent).toBe('decline');
  });

  it("reads French phrases that begin with n' (they are words, not an English n't)", () => {
    expect(read("Nous n'approuvons pas le plan en l'état.", 'approval').intent).toBe('decline');
  });

  it('does not read the quoted lines an inline answer keeps for context', () => {
    const clauses = readClauses('> Do you approve the plan?\nYes, approved.').clauses;
    expect(clauses.map((c) => c.text)).toEqual(['Yes, approved.']);
  });

  it('detects the language and reads English beside it', () => {
    expect(readClauses('Wir haben den Plan geprüft und sind mit allem einverstanden, danke.').languages).toEqual(['de', 'en']);
  });
});

/** Replies a review of this round's rules wrote to break them: none of them may be acted on as a yes. */
describe('what a review of the new rules tried', () => {
  it.each([
    ["Je n'approuve plus ce planning.", 'approval'],
    ["Nous n'approuvons rien pour l'instant.", 'approval'],
    ["Nous n'acceptons ni le planning ni le devis.", 'approval'],
    ["È necessaria l'approvazione del direttore.", 'approval'],
    ["Serve l'ok dell'ufficio legale.", 'approval'],
    ["The director's approval is needed.", 'approval'],
    ["The plan is approved however we still need the CFO's signature.", 'approval'],
    ['Approved. We would however like the kickoff moved to Tuesday.', 'approval'],
    ['QA is complete. The hotfix is still to apply in production.', 'readiness'],
    ['Tested everything, works well. The points balance shows zero after failed redemptions.', 'testing'],
  ] as const)('does not act on "%s" (%s) as a yes', expectNoYesActedOn);

  it.each([
    ['Got it, thanks. The redemption still fails for gift cards.', 'status'],
    ['Thanks for the update! Could you move the launch to next Friday instead.', 'status'],
    ['Noted, thanks. Unfortunately we cannot provide the API keys until next quarter.', 'delivery'],
  ] as const)('never lets the second reading make a mere acknowledgement of "%s" (%s)', (text, question) => {
    expect(read(text, question).intent).not.toBe('none');
  });

  it('keeps "I can\'t think of any reason not to approve" a yes, and "or theirs" one phrase', () => {
    expect(read("I can't think of any reason not to approve this.", 'approval').intent).toBe('approve');
    expect(read('There is no reason on our side or theirs not to go ahead.', 'testing').intent).toBe('approve');
    expect(read('We approve of the changes you made.', 'approval').intent).toBe('approve');
  });
});

describe('what the fifth round of fresh replies showed', () => {
  it.each([
    ['per noi il calendario va bene. Preferiremmo spostarlo al 15 giugno.', 'approval'],
    ['El calendario nos parece bien. Preferiríamos moverlo al 15 de junio.', 'approval'],
    ['O cronograma está ok. Preferíamos mudar para 15 de junho.', 'approval'],
    ['El resto del calendario nos parece bien. ¿Podríamos retrasarla una semana?', 'approval'],
  ] as const)('reads "we would prefer", and asking to put a date back, as a change beside a yes: "%s" (%s)', (text, question) => {
    expect(read(text, question)).toMatchObject({ intent: 'decline' });
  });

  it('reads "This is too late for us" as a refusal', () => {
    expect(read('This is too late for us. Go-live needs to be Friday April 30.', 'approval').intent).toBe('decline');
    expect(read('Das ist zu spät für uns.', 'approval').intent).toBe('decline');
  });

  it('reads a fixed item cut by a dash as part of the list of fixes, not as a problem still open', () => {
    const text =
      'All three items are fixed and deployed to the test server:\n\n1. Balance rounding – now shows the value from the API directly.\n2. Login error "account locked" is now handled with the message you suggested.\n\nWe\'re ready for round 2.';
    expect(read(text, 'readiness')).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it("takes a yes whose subject is a day or an hour for a slot taken, not the step's answer (but where the step confirms one)", () => {
    expect(read("Yes please, Thursday at 2 works great! I'll bring Kevin.", 'approval')).toMatchObject({ intent: 'approve', needsReview: true });
    expect(read('Thursday works for us. The plan is approved.', 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
    expect(read('Thursday at 2 works for us.', 'confirmation')).toMatchObject({ intent: 'approve' });
  });

  it('reads "almost ready" and "casi listos" as not yet', () => {
    expect(read('Casi listos. Registro y login están terminados.', 'readiness').intent).not.toBe('approve');
    expect(read('Almost ready, just the video left.', 'readiness').intent).not.toBe('approve');
  });

  it('reads German "Könnten wir … ausweichen?" as asking for a change', () => {
    expect(read('Könnten wir auf die Woche ab dem 15. März ausweichen?', 'confirmation').intent).toBe('decline');
  });

  it("acts on no yes when the step's document was sent on for someone else's signature", () => {
    const text = "Work order looks good to me. I've sent it through DocuSign to our CFO for signature, you should get the executed copy back by end of week.";
    // The rules leave the yes to the PM; a second reading sure the mail only tells how things stand takes it for that.
    expectNoYesActedOn(text, 'approval');
    expect(read('Der Arbeitsauftrag passt. Ich habe ihn zur Unterschrift an unseren CFO weitergeleitet.', 'approval').needsReview).toBe(true);
    expect(read('Approved. Signed copy attached for your records.', 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('reads no yes in German "stimmt … ab" (to agree a date with someone), and reads French "RAS" and Spanish "los datos están bien"', () => {
    expect(read('Den Wunschtermin für den Launch stimmt Herr Keller direkt mit Ihnen ab.', 'confirmation').intent).not.toBe('approve');
    expect(read('Das stimmt so. Alles korrekt.', 'confirmation').intent).toBe('approve');
    expect(read('Les messages nous conviennent tels quels. RAS de notre côté, vous pouvez passer à la suite.', 'testing')).toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
    expect(read('Los datos están bien tal cual y sí, la persona de contacto soy yo.', 'confirmation').intent).toBe('approve');
  });

  it('reads inline answers in the language they are written in, not in that of our quoted lines', () => {
    const text =
      'Ziet er goed uit, zie mijn antwoorden hieronder.\n\n> Event: Zorg & ICT Najaarscongres 2026\nnee, dit moet het Voorjaarscongres 2027 zijn.\n\n> Please reply to this email to confirm that these details are correct and that you are the point of contact for this integration.\nklopt, dat ben ik';
    expect(read(text, 'confirmation').intent).toBe('decline');
  });

  it('takes "Thursday 2pm ET works for us" for a slot, and a confirmation left to the person it belongs to for no refusal', () => {
    expect(read("Thursday 2pm ET works for us. I'll forward the details to Lisa.", 'approval')).toMatchObject({ needsReview: true });
    const assistant = "From what I can see in her notes these details look right, but I don't want to confirm anything for her.";
    expect(read(assistant, 'confirmation').reasons.join(' ')).not.toMatch(/refuses/);
    expect(read("I don't want to confirm this. The date is wrong.", 'confirmation').intent).toBe('decline');
  });

  it('reads French "demande de modification" at a status step as new scope to price', () => {
    const text = "Nous souhaitons ajouter deux champs. Je sais que le plan est déjà validé et que cela fera l'objet d'une demande de modification.";
    expect(read(text, 'status')).toMatchObject({ intent: 'inform', scope: true });
  });

  it("leaves a yes to the PM when the step's yes is said to be someone else's, or a part is still to be tested", () => {
    expect(read("Fine from our side. The costs in section 4 are Harbor Grill's to approve, not ours.", 'approval').needsReview).toBe(true);
    expect(read("Approved. That's up to our CFO to sign off though.", 'approval').needsReview).toBe(true);
    expect(read("Approved. It's up to you to decide the kickoff date.", 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
    const partly = 'We tested enrollment and accrual at two stores and it all works. We still need to test reward redemption at the Harbour St store.';
    expect(read(partly, 'testing')).toMatchObject({ intent: 'approve', needsReview: true });
  });

  it('reads error cases listed after "checked for" as cases tested, not problems', () => {
    const text =
      'Our internal QA is complete.\n\n- 64 test cases run, all passing\n- error handling checked for invalid card, duplicate email, expired session';
    expect(read(text, 'readiness')).toMatchObject({ intent: 'approve', needsReview: false });
    expect(read('The error messages for checkout fail on every card.', 'testing').intent).toBe('decline');
  });

  it('leaves to the PM a yes beside problems said not to block it, and reads problems said to block as a no', () => {
    const text =
      "Testing is done and we're happy. Please go ahead and launch as planned.\n\nA few small things, none of these should hold up the launch:\n- job titles get cut off after 50 characters";
    expect(read(text, 'testing')).toMatchObject({ intent: 'approve', needsReview: true });
    expect(read('Testing done. The export fails and the login is broken. These are blocking, we cannot launch.', 'testing').intent).toBe('decline');
  });

  it('takes "Tuesday or Wednesday afternoon works" for a slot, a formal approval still to come for none, and a "rather than" that describes for no change', () => {
    expect(
      read('> Would you like a walkthrough call?\nYes please! Tuesday or Wednesday afternoon (after 2pm Eastern) works best for me.', 'testing'),
    ).not.toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
    expect(read('Monday afternoon works, approved.', 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
    expect(read('O retorno foi super positivo. A aprovação formal deve sair na reunião de quinta-feira, aí te confirmo.', 'approval')).not.toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
    expect(read('The events team now sits under marketing rather than ops. Anyway: yes, the details are all correct.', 'confirmation').intent).toBe('approve');
    expect(read('Please use the member ID rather than the email as the key.', 'confirmation').intent).toBe('decline');
  });

  it('reads French "pas encore prêts" as not ready', () => {
    expect(read('Pas encore prêts pour la certification : il nous reste deux anomalies.', 'readiness').intent).toBe('decline');
  });

  it('reads a refusal to pay as a refusal, and a confirmation asked for as no yes', () => {
    const reading = read('We are not paying for a 4th round. Please confirm in writing that the next round is at no charge.', 'readiness');
    expect(reading.intent).toBe('decline');
    expect(reading.reasons.join(' ')).not.toMatch(/says yes/);
    expect(read('Confirmed, please proceed.', 'confirmation').intent).toBe('approve');
  });

  it('takes "Everything else still works" for something that holds, not a yes still to come', () => {
    const reading = read('The duplicate-booking issue is fixed. Everything else still works. We are happy for this to go live.', 'testing');
    expect(reading.intent).toBe('approve');
    // (No doubt of the rules': whether the yes is acted on alone is the second reading's, and the model retrained on gx to ha is
    // less sure of a fix report than it was.)
    expect(reading.reasons.join(' ')).not.toMatch(/still to come|not yet|but/);
  });

  it('reads no yes in "Good morning", and no change in "Please move us on to certification" or "should be in the next couple of weeks"', () => {
    expect(read('Good morning,\n\nThe point of contact going forward will be Mark Chen.', 'confirmation').reasons.join(' ')).not.toMatch(/says yes/);
    expect(read('Everything is as expected. We approve. Please move us on to certification.', 'testing')).toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
    expect(
      read("All looks correct. I'll send the signed programme once the board has it (should be in the next couple of weeks).", 'confirmation').reasons.join(
        ' ',
      ),
    ).not.toMatch(/asks for a change/);
    expect(read('The event name should be Summit 2027.', 'confirmation').intent).toBe('decline');
  });
});

describe("what a review of the fifth round's rules tried", () => {
  it.each([
    ['Looks good, please move us to the June 14 slot.', 'approval'],
    ['Approved. The old footer should be back on the page though.', 'approval'],
    ['All confirmed. The go-live should be within the first week of June, not May.', 'confirmation'],
    ['All passed on our side. The expired coupon still works at checkout.', 'testing'],
    [
      'All three points are fixed:\n1. Balance rounding – now shows the API value\n2. Duplicate registrations – still failing on iOS\n3. Typo in the header – corrected\nEverything else passed. Thanks!',
      'testing',
    ],
  ] as const)('does not act on "%s" (%s) as a yes', expectNoYesActedOn);

  it.each([
    ['Va bene spostare il lancio al 3 giugno, approvato.', 'approval'],
    ['Freigegeben, schön dass wir die Einrichtung nicht bezahlen müssen.', 'approval'],
    ['Aprobado, genial que no pagamos nada extra.', 'approval'],
    ['Preferimos seguir adelante con el plan.', 'approval'],
    ["Preferiamo procedere con il piano così com'è. Approvato.", 'approval'],
    ["Nous préférons garder la date prévue, c'est validé.", 'approval'],
    ["We'd prefer to keep the date. Approved.", 'approval'],
    ['Graag bevestig ik hierbij de lanceringsdatum van 3 juni.', 'confirmation'],
  ] as const)('acts on "%s" (%s) as the yes it is', expectYesActedOn);

  it('reads a feature that moves appointments for no change asked: the rules read the yes', () => {
    // Whether it is acted on alone is the second reading's call: a yes is acted on alone only when it is both readings'
    // likeliest. The model trained on this round's tuning replies finds a no about as likely (0.39 against 0.36: Italian "funziona"
    // now often stands beside a part that does not), so the PM reads it; no wrong decision either way.
    expect(read('Abbiamo testato la funzione per spostare gli appuntamenti: funziona perfettamente.', 'testing').intent).toBe('approve');
  });

  it('reads "is it too late for us to add…" as a question, and "Thursday is not a good day for us" as a refusal', () => {
    expect(read('Plan looks good. Is it too late for us to add a second store?', 'approval').intent).toBe('question');
    expect(read('Thanks. Thursday is not a good day for us, the team is off.', 'confirmation').intent).toBe('decline');
  });
});

describe("what a second review of this round's rules tried", () => {
  it.each([
    ["J'en ai ras le bol.", 'testing'],
    ['All flows pass. Error messages for expired card, wrong CVV are missing.', 'testing'],
    ['Les dates nous conviennent, mais pas le budget.', 'approval'],
    ['Las fechas están bien, el presupuesto no.', 'approval'],
    ['Los textos están bien, las imágenes todavía no.', 'approval'],
    ['No sé si las fechas están bien.', 'approval'],
    ['Je vérifie si les dates nous conviennent et je reviens vers vous.', 'approval'],
    ['Approved on our side, up to our CFO to sign off.', 'approval'],
    ['Looks good overall. The checkout crashes on iOS, that is a blocker. The typos are not blocking.', 'testing'],
  ] as const)('does not act on "%s" (%s) as a yes', expectNoYesActedOn);

  // (The rules read a yes and nothing against it; the second reading retrained in the tenth round doubts it, 0.38 likely a
  // decline, and sends it to the PM.)
  it('reads a plain "works perfectly" as a yes', () => expectRulesYes('Checkout is fast and works perfectly.', 'testing'));

  it.each([
    ['Quasi perfetto, approvato.', 'approval'],
    ['Monday works, approved.', 'approval'],
    ['Tuesday 3pm works, plan approved.', 'approval'],
    ['Stimmt alles, ab Montag kann es losgehen.', 'approval'],
    ['Thanks for sending the plan over for sign-off. Approved.', 'approval'],
    ['Approved. Ready for execution.', 'approval'],
    ['Everything is up to date, happy to approve.', 'approval'],
    ['Vamos con ello.', 'approval'],
    ['Error handling checked for invalid card, expired card, wrong PIN. All good.', 'testing'],
    ['The plan looks great, approved. Last but not least, thanks for your help with the kickoff.', 'approval'],
  ] as const)('acts on "%s" (%s) as the yes it is', expectYesActedOn);

  it('reads a problem called a blocker as a no, whatever else is said not to block', () => {
    expect(read('Looks good overall. The checkout crashes on iOS, that is a blocker. The typos are not blocking.', 'testing').intent).toBe('decline');
    expect(read('Alles getest, dat moet in orde zijn.', 'testing').intent).not.toBe('decline');
    expect(read('Aprobado si se corrige el logo.', 'approval').intent).toBe('decline');
  });
});

describe('what the sixth round of fresh replies showed', () => {
  it('reads a yes after "before" as one still to come, in the seven languages', () => {
    for (const [text, question] of [
      ['Before we sign off on the work order, the setup fee needs to match the quote we got in January.', 'approval'],
      ['Bevor wir den Plan freigeben, muss ich noch eine Unstimmigkeit bei den Kosten klären.', 'approval'],
      ['Tout fonctionne bien. Avant de donner notre approbation, nous aimerions voir l’écran de solde en français.', 'testing'],
      ['Antes de aprobar el plan necesitamos revisar las fechas con dirección.', 'approval'],
      ['Prima di approvare vorremmo un chiarimento sul costo del secondo round.', 'approval'],
      ['Voordat we akkoord geven wil ik de planning nog met het team bespreken.', 'approval'],
    ] as const)
      expectNoYesActedOn(text, question);
    expectYesActedOn('Approved. We had a look at it before the call and it is exactly what we need.', 'approval');
  });

  it('leaves to the PM a yes to "the rest" alone, and acts on one beside a yes to the first part', () => {
    expectNoYesActedOn('Il messaggio di errore per il saldo è ancora solo in inglese. Il resto per noi va bene.', 'testing');
    expectNoYesActedOn('Die Gebühr weicht vom Angebot ab. Die übrigen Punkte sind für uns in Ordnung.', 'approval');
    expectNoYesActedOn('Só um complemento: queremos também o histórico de visitas. O restante está correto.', 'approval');
    // (Acted on until the twelfth round; now sent to the PM by the second reading's floor alone: see the end of this file.)
    const beside = read('The login issue is fixed and the rest works fine too. We are happy to go live.', 'testing');
    expect(beside.reasons.filter((r) => !r.startsWith('says yes') && !r.startsWith('a yes to the rest only'))).toEqual([
      expect.stringMatching(/^the second reading finds the approve only/),
    ]);
  });

  it('leaves to the PM a yes beside a review or a test still to come', () => {
    expectNoYesActedOn('The IDI notes are accurate, approved from our side. I will review the work order itself with finance next week.', 'approval');
    expectNoYesActedOn("Yes, confirmed, we got the sandbox link and both logins work. We'll start testing tomorrow and send feedback by Friday.", 'testing');
    expectNoYesActedOn('De gegevens kloppen. De lanceerdatum moet ik nog afstemmen met ons eventteam, volgende week hoort u het.', 'confirmation');
    // A test to come of something else than what the step asks is no review of it: the test accounts are an item, not a test.
    expectYesActedOn('We approve the plan as sent. Our IT is setting up the test accounts this week.', 'approval');
  });

  it("reads a yes that reports someone else's words as theirs, and a yes the sender still waits for as not given", () => {
    expectNoYesActedOn('Jenna from Brightpath said on our call this morning that the dates work for them.', 'approval');
    expectNoYesActedOn("I'm still waiting for our IT lead to confirm the client QA window.", 'approval');
    expectYesActedOn('As I said on the call, we approve the schedule.', 'approval');
  });

  it('reads "erst nach" and "not until" as a condition, and "let\'s go through it" as no yes', () => {
    expectNoYesActedOn('Inhaltlich sieht der Auftrag gut aus. Die Freigabe kann ich aber erst nach Prüfung durch unsere Rechtsabteilung geben.', 'approval');
    expectNoYesActedOn('Looks good. We cannot sign not until our board meets on the 12th.', 'approval');
    expect(read("Let's go through it on Thursday's call.", 'readiness').intent).not.toBe('approve');
  });

  it('reads a question about the project as a question, even when it names a holiday weekend', () => {
    expect(
      read(
        'Our QA is complete. Two questions before we hand over: when is the earliest certification slot, and can we be live before the Memorial Day weekend?',
        'readiness',
      ).intent,
    ).toBe('question');
    expect(read('QA is complete. How was your weekend?', 'readiness').intent).toBe('approve');
  });

  it('takes a file named for how it is ("…_CORRECT.zip") for no yes, and a signed one for a yes', () => {
    const signals = (name: string) => ({ ...plain, attachmentNames: [name] });
    expect(read('Here are the screenshots again, sorry for the mix-up.', 'readiness', signals('screenshots_CORRECT.zip')).intent).not.toBe('approve');
    expect(read('See attached.', 'approval', signals('Work_Order_v2_SIGNED.pdf')).intent).toBe('approve');
  });
});

describe("what a review of the sixth round's rules tried", () => {
  it('still reads a change asked for the correct or the corrected version as a change', () => {
    expectNoYesActedOn('Looks good. Please send the corrected work order with the $500 fee.', 'approval');
    expectNoYesActedOn('Details OK. Please use the correct store name, it is Bob’s Diner #2.', 'confirmation');
  });

  it('reads present-tense reports and "according to" as someone else’s yes, and "that said" or "you mentioned" as the sender’s own', () => {
    for (const text of ['Juan dice que el plan está aprobado.', 'According to Jenna, the plan is approved.', 'As Mark mentioned, they approve the plan.'])
      expectNoYesActedOn(text, 'approval');
    expectYesActedOn('That said, we approve the plan.', 'approval');
    expectYesActedOn('The launch date you mentioned is fine, confirmed.', 'confirmation');
  });

  it('reads a yes awaited from someone in other languages, and a yes given before a meeting as given', () => {
    expectNoYesActedOn('Nous attendons que notre responsable informatique valide le plan.', 'approval');
    expectYesActedOn('Wir haben den Plan schon vor der Besprechung intern freigegeben.', 'approval');
    expectYesActedOn('Approved. Before the launch, please confirm the store hours with our ops team.', 'approval');
    expectYesActedOn('Approved. We would like a short call before user acceptance testing begins.', 'approval');
  });

  it('takes "the rest of the team" for people, not for the rest of what was asked', () => {
    expectYesActedOn('I checked with the rest of the team and the plan is approved.', 'approval');
    expectNoYesActedOn('The logo on page 2 is the old one. Resto aprobado.', 'approval');
  });

  it('keeps a yes in the phrase before "and will …" a yes given now', () => {
    expectYesActedOn('We approve the work order and will have the deposit sent next week.', 'approval');
  });
});

describe('what the seventh batch of fresh replies showed', () => {
  it('leaves to the PM details confirmed with the launch date the step also asked for still to come', () => {
    expectNoYesActedOn('Details look right to me. On timing we are thinking early April, Priya will firm up the exact date with you.', 'confirmation');
    expectNoYesActedOn('Tout est correct de notre côté. Je vous confirme la date exacte la semaine prochaine.', 'confirmation');
    expectYesActedOn('All details are correct. We will launch on June 3.', 'confirmation');
  });
});

describe("what a second review of the sixth round's rules tried", () => {
  notActedOn([
    ['Más adelante lo firmamos.', 'approval'],
    ["OK, I'll have a look and get back to you.", 'approval'],
    ["I'm not the one who signs this, but it looks good to me.", 'approval'],
    ['Von mir aus ok, aber unterschreiben muss unser Geschäftsführer.', 'approval'],
    ["Approved internally, waiting for the client's sign-off.", 'approval'],
    ['Looks good, will sign next week.', 'approval'],
    ['Ça me va, je signe le bon de commande la semaine prochaine.', 'approval'],
    ['Approved, but only phase 1.', 'approval'],
    ["The schedule is approved, the fee isn't.", 'approval'],
    ['We had approved the previous version.', 'approval'],
    ['Looks good. It would be great if you could also add the loyalty export.', 'approval'],
    ['Looks good. Only thing: the fee must be $300.', 'approval'],
    ['Yes, approved for now.', 'approval'],
    ['Details are correct. Launch date TBD.', 'confirmation'],
    ['Fine, but does the fee include tax', 'approval'],
    ['She approved it, see below.', 'approval'],
    ['Most tests passed.', 'testing'],
    ['9 of 10 test cases passed.', 'testing'],
  ]);

  actedOn([
    ['Akkoord, ga je gang.', 'approval'],
    ['10 of 10 test cases passed, approved for launch.', 'testing'],
    ['Approved. Waiting for your invoice.', 'approval'],
    ['Quedamos a la espera de los siguientes pasos. Aprobado.', 'approval'],
    ['Per noi il calendario va bene, approvato.', 'approval'],
  ]);
});

describe('what a third review (long mails) tried', () => {
  notActedOn([
    ['Aprovado. Ainda falta a assinatura do diretor.', 'approval'],
    ['Eine Kleinigkeit noch: Auf dem Bon ist noch das alte Logo zu sehen. Sonst passt alles, freigegeben.', 'approval'],
    ["We've signed the NDA and sent it back through DocuSign.", 'approval'],
    ['Approved. Please let me know whether staff training is included in the setup fee.', 'approval'],
    ['All details are correct. The launch date could slip a week if the venue is late.', 'confirmation'],
    ['Looks good overall, see my answers below in red.', 'approval'],
    ['A equipe passou a tarde de ontem mexendo no app. Estamos juntando os comentários e mandamos o resumo na segunda.', 'testing'],
  ]);

  actedOn([
    ['Testamos tudo no app e está funcionando perfeitamente, podem lançar.', 'testing'],
    ['De projectgegevens kloppen en 3 juni is prima als lanceerdatum.', 'confirmation'],
    ['The plan is approved. Good luck with the move next month!', 'approval'],
  ]);
});

describe('what a fourth review (plain answers) tried', () => {
  it.each([
    ['Der Plan sieht nicht gut aus.', 'approval'],
    ['Wir geben den Plan nicht frei.', 'approval'],
    ['Ik keur dit niet goed.', 'approval'],
    ['No, la fecha no es correcta. Debe ser el 10 de junio.', 'confirmation'],
  ] as const)('does not act on the refusal "%s" (%s) as a yes', (text, question) => expectNoYesActedOn(text, question));

  actedOn([
    ['Der Plan sieht gut aus, wir geben ihn frei.', 'approval'],
    ['La fecha es correcta.', 'confirmation'],
    ['La data è corretta.', 'confirmation'],
    ['Approvato, si può procedere.', 'approval'],
    ['Count us in, approved.', 'approval'],
    ['Aprobado. Mañana os mando la lista de locales.', 'approval'],
    ['Freigegeben. Melden Sie sich gerne, wenn Sie noch etwas brauchen.', 'approval'],
  ]);
});

describe('what a fourth review (plain answers) tried, its yes now the second reading’s to act on', () => {
  it('reads "Tout fonctionne, vous pouvez lancer…" as the yes it is: the rules find only the yes', () => {
    // (Whether it is acted on alone is the second reading's: the model retrained on this round's record sets takes "une fois
    // que c'est en ligne" for the words of a condition, and sends the reply to the PM.)
    const reading = read("Tout fonctionne, vous pouvez lancer. Faites-nous signe une fois que c'est en ligne.", 'testing');
    expect(reading.intent).toBe('approve');
    expect(reading.reasons.filter((r) => !r.startsWith('the second reading'))).toEqual([
      'says yes (vous pouvez lancer, tout fonctionne): “Tout fonctionne, vous pouvez lancer.”',
    ]);
  });
});

describe('what the out-of-fold reading of this round showed', () => {
  actedOn([
    // Answers written under our quoted lines are kept and read: they are not "somewhere else".
    ['Approved - see my comments inline.\n\n> Fees: USD 4,500 for integration and certification\nJS: Agreed.', 'approval'],
    // A go-live wished for on a day named gives the launch date; it is no yes still to come.
    ['Alles klopt. Wij willen graag live op maandag 7 juni.', 'confirmation'],
    ['Tout fonctionne. Nous souhaiterions une mise en ligne le lundi 7 juin 2027.', 'testing'],
    ['Abbiamo completato i test e funziona tutto. Approviamo: per noi potete andare live lunedì prossimo.', 'testing'],
    // A pending word that opens a phrase of the yes is part of it: "alles komt goed door" is a pass, now.
    ['Getest met de testaccounts, alles komt goed door.', 'testing'],
  ]);

  notActedOn([
    ['Looks good overall, see my answers below in red.', 'approval'],
    ["Testing looks fine, we'll confirm the go-live next week.", 'testing'],
    ['Looks good, I will approve it formally on Monday.', 'approval'],
    ["Everything works. We'll approve going live on June 7 after our board meets.", 'testing'],
  ]);
});

describe('what this round’s dev batches showed', () => {
  actedOn([
    // A question about meeting in person is small talk beside a yes.
    ['passt so, von unserer Seite ist der Projektplan freigegeben.\n\nWie war eigentlich der Umzug in Ihr neues Büro?', 'approval'],
    ['tutto a posto, per noi via libera sul piano!\n\nCi vediamo a Milano per l’evento di giugno?', 'approval'],
    // "En cuanto al plan" is "regarding the plan", not "as soon as".
    ['En cuanto al plan: lo hemos revisado con Sergio y está todo correcto, así que por nuestra parte de acuerdo, adelante.', 'approval'],
  ]);

  notActedOn([
    // An event of the client's own (an expo, a trade fair) is the project's subject, not small talk.
    ['Approved. Will the badges printed at the expo come from Cadmium too?', 'approval'],
    // "En cuanto" before a verb is still "as soon as".
    ['Todo correcto. En cuanto firme el director, lo damos por aprobado.', 'approval'],
  ]);
});

describe('a yes to another step’s document', () => {
  const atSchedule: InterpretSignals = { ...plain, otherDocuments: ['workOrder'] };
  it.each([
    'Thanks - we approved the work order yesterday through DocuSign, so you should have everything you need from us now!',
    'Sorry this took so long - attached is the signed work order. Our PO number is 44871.',
    'Anbei der unterschriebene Arbeitsauftrag.',
  ])('is not acted on as the schedule’s yes: "%s"', (text) => {
    expect(interpret(text, 'approval', atSchedule)).not.toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('is the yes of the step that asked for it, and a file named for it is that document', () => {
    expect(read('Attached is the signed work order.', 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
    const signedFile = { ...atSchedule, attachmentNames: ['PX-2031 Work Order signed.pdf'] };
    expect(interpret('', 'approval', signedFile)).not.toMatchObject({ intent: 'approve', needsReview: false });
    expect(interpret('', 'approval', { ...signedFile, otherDocuments: [] })).toMatchObject({ intent: 'approve' });
  });

  it('leaves a yes to the step’s own document acted on beside the earlier one', () => {
    expect(interpret('The work order is signed already. The schedule works for us, approved.', 'approval', atSchedule)).toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
  });

  it('is named by the process: the work order, at every Paytronix step but its own (the IDI before it too)', () => {
    const paytronix = processModule('paytronix');
    expect(paytronix.otherDocuments?.('idi')).toEqual(['workOrder']);
    expect(paytronix.otherDocuments?.('schedule')).toEqual(['workOrder']);
    expect(paytronix.otherDocuments?.('client-qa')).toEqual(['workOrder']);
    expect(paytronix.otherDocuments?.('work-order')).toEqual([]);
    expect(processModule('cadmium').otherDocuments?.('plan') ?? []).toEqual([]);
  });

  it('takes a day that "works" at a test step for a date, not the test’s verdict', () => {
    expectNoYesActedOn('Thanks Erin! The 17th for certification works for us 👍', 'testing');
    expectYesActedOn('Tested everything, works for us.', 'testing');
    expectYesActedOn('All 3 flows work fine.', 'testing');
  });
});

describe('an explicit approval beside a long mail’s news', () => {
  it.each([
    [
      'We approve the project plan as sent. Our CFO even said it was the most useful vendor call she has sat in all quarter, which is saying something.',
      'approval',
    ],
    [
      'Hiermit geben wir den Projektplan frei. Es war schön, dass Ihr Entwickler direkt dabei war, so konnten wir die Frage zu den Dopplungen gleich klären.',
      'approval',
    ],
    ['We approve the plan. Tom will probably be the one clicking around in the sandbox.', 'approval'],
  ] as const)('acts on "%s" (%s): what stands beside it says nothing of the step', (text, question) => expectYesActedOn(text, question));

  notActedOn([
    // Not the sender's own approval.
    ['Yes, still June. Marketing approved the campaign plan last week so that date is locked.', 'approval'],
    // Not explicit: a plain "looks right" stays doubted by a hedge beside it.
    ['The plan looks right to us. Our director will probably want a look too.', 'approval'],
    // A hedge that says something of the step, or turns against the yes, still stands.
    ['We approve the plan. I think our director may still want to change the timeline.', 'approval'],
    ['Approved. However, I think the launch might slip.', 'approval'],
  ]);
});

describe('what the fifth review (wrong approvals) tried', () => {
  notActedOn([
    // A confirmation of receipt confirms nothing of the step.
    ['I confirm receipt of the work order.', 'approval'],
    ['Hiermit bestätige ich den Erhalt des Arbeitsauftrags.', 'approval'],
    ['Confirmo la recepción de la orden de trabajo.', 'approval'],
    ['Ik bevestig de ontvangst van de werkorder.', 'approval'],
    // The decision or a signature is someone else's, still to come.
    ['Mark - looks good to me. Please give it the final OK.', 'approval'],
    ['Von meiner Seite passt es, aber die Entscheidung liegt bei unserem Inhaber.', 'approval'],
    ['Pour moi c’est bon, mais ce n’est pas moi qui décide.', 'approval'],
    ['Attached is the work order signed by me; our CFO will countersign this week.', 'approval'],
    // Comments still to come are the answer still to come.
    ['Tested it. Works. Comments to follow tomorrow.', 'testing'],
    ['Funziona, domani vi mandiamo le nostre osservazioni.', 'testing'],
    // A concern, or something that never arrived, is a problem named.
    ['Looks good. My only concern is the timeline.', 'approval'],
    ['Tested everything, looks good. The loyalty points didn’t get added after my test order.', 'testing'],
    ['Alles werkt. Alleen de bevestigingsmail is nooit aangekomen.', 'testing'],
  ]);

  actedOn([
    // "Over to you" and "your call" are everyday words: handing the test accounts over is no one else's yes.
    ['We approve the plan as sent. I’ll get the test accounts over to you this week.', 'approval'],
    ['Thanks for your call yesterday. We approve the plan.', 'approval'],
  ]);
});

describe('what the fifth review found, continued', () => {
  notActedOn([
    // Hedges that limit a yes to a first look, a belief, a date not firm.
    ['On paper it looks good.', 'approval'],
    ['Op zich prima.', 'approval'],
    ['Alles korrekt. Start voraussichtlich am 3. Juni.', 'confirmation'],
    ['We believe we’re ready for certification.', 'readiness'],
    // A yes with reservations, or with the noted changes.
    ['Approved with reservations.', 'approval'],
    ['Validé avec réserves.', 'approval'],
    // A bare yes to another question of the notice.
    ['Yes, I’ll be there.', 'approval'],
    ['Yes, we have 14 locations.', 'approval'],
  ]);

  // One Dutch "al" in a short Italian reply does not make it Dutch: it is read in every language, a yes. (Since the second reading
  // was retrained on the trap batches il, in, io and is, it finds a no a little likelier, 0.44 to 0.39, and the yes waits for the
  // PM: a yes moves a project only when both readings find it.)
  it('reads "Nessun errore riscontrato, via libera al lancio." as a yes by its rules, whatever the second reading', () => {
    expectRulesYes('Nessun errore riscontrato, via libera al lancio.', 'testing');
  });

  actedOn([
    ['Está aprobado.', 'approval'],
    ['Vous pouvez mettre en ligne.', 'testing'],
    ['Abbiamo testato tutto. Potete pubblicare.', 'testing'],
    ['gtg', 'approval'],
    ['Sounds like a plan!', 'approval'],
    ['ok for us', 'approval'],
    ['Yes, of course.', 'approval'],
  ]);
});

describe('the earlier reviews’ items mended this round', () => {
  notActedOn([
    ['We’re waiting on our IT lead to confirm the plan.', 'approval'],
    ['Jenna wrote that the plan looks good.', 'approval'],
    ['👍 but see my notes below', 'approval'],
    ['Everything works. Please don’t launch until we’ve trained the staff.', 'testing'],
    ['Everything works on iOS. Android not tested.', 'testing'],
    ['Everything works. We’ll do a final round on Monday.', 'testing'],
    ['OK from IT side. Legal TBC.', 'approval'],
    ['Approved from my side. You’ll also need sign-off from our IT director.', 'approval'],
    ['Approved, waiting the signature of general manager.', 'approval'],
    ['Approved! Oops, sorry, this was meant for another vendor.', 'approval'],
    ['I agree with Sarah’s concerns below.', 'approval'],
  ]);

  actedOn([
    // Held back to a day named, going live gives the launch date.
    ['Everything is working fine, so from our side it is approved. Please switch it live next Tuesday and not before.', 'testing'],
    // A polite "if possible" is no condition.
    ['No corrections needed from us. Go-live 29th March please, if that fits your queue.', 'confirmation'],
  ]);
});

describe('a dash ends the reach of a word of things to come', () => {
  it('takes "Accepted - we\'ll have our lead dev on the call" for the yes it is', () => {
    expectYesActedOn("Accepted - we'll have our lead dev and our PM on the call.", 'confirmation');
  });
});

describe('what a review of this round’s change tried', () => {
  notActedOn([
    // Small-talk words never hide what their clause says is not so or still to come.
    ['Approved. Legal has not signed it yet, they want to do it in person.', 'approval'],
    ['Freigegeben. Der Umzug der Kassendaten ist noch nicht abgeschlossen.', 'approval'],
    // An explicit approval does not outweigh a hedge that holds the launch back.
    ['We approve the plan. Probably best to hold the launch until legal has seen it.', 'approval'],
    // "3 stores", "set up" and "this week" name no day: going live is still held back.
    ['Everything works. Please don’t launch until we’ve set up the tablets.', 'testing'],
    ['Everything works. Please don’t launch until the staff at all 3 stores are trained.', 'testing'],
    ['Everything works. We will go live with 2 stores first and decide on the rest later.', 'testing'],
    // Someone else's approval, however it is introduced, is not the sender's explicit one.
    [
      'Our marketing team approved the campaign plan. We spent a lot of time going over the whole thing with our people. It took much longer than any of us expected it would.',
      'approval',
    ],
    [
      'Zij heeft het plan goedgekeurd. We hebben er lang over gesproken met het hele team hier. Het duurde veel langer dan we allemaal hadden verwacht.',
      'approval',
    ],
  ]);

  it('reads "we never got a decline" as no refusal: the rules find only the yes', () => {
    // (Whether it is acted on alone is the second reading's: the model retrained on gx to ha finds "decline" a likelier word of a no.)
    const reading = read('Everything works, we never got a decline.', 'testing');
    expect(reading.intent).toBe('approve');
    expect(reading.reasons.filter((r) => !r.startsWith('the second reading'))).toEqual([
      'says yes (everything works): “Everything works, we never got a decline.”',
    ]);
  });

  actedOn([
    ['Yes, June 7.', 'confirmation'],
    ['Yes to all three.', 'approval'],
    ['Approved ma’am, we’ll send the logo files next week.', 'approval'],
    ["Approved ma'am, we'll send the logo files next week.", 'approval'],
    ['Sinal verde!', 'approval'],
    ['As noted in my last mail, we approve the plan.', 'approval'],
    ['This is our final OK, go ahead.', 'approval'],
    ['Approved - the release notes below are fine too.', 'approval'],
  ]);

  it('does not read a short English reply in every language: "sem" is no Portuguese negator there', () => {
    expect(read('The Sem Labs terminal works fine.', 'testing')).not.toMatchObject({ intent: 'decline', needsReview: false });
  });
});

describe('a yes to a part only', () => {
  notActedOn([
    ['Approved for the pilot store.', 'approval'],
    ['Approved for phase 1 only.', 'approval'],
    ['Freigegeben für die Pilotfiliale.', 'approval'],
    ['Approved for a 90-day trial.', 'approval'],
    ['Tested and working. Go live for the pilot store only please.', 'testing'],
  ]);

  it('still acts on a yes beside a pilot named in passing', () => {
    expectYesActedOn('Approved. The pilot went really well last year, so we are excited.', 'approval');
  });
});

describe('what a yes with people, mail routing, a hypothesis or a count beside it says', () => {
  actedOn([
    ["Accepted, see you Tuesday. I'll also bring our lead developer, Sam Ito (sam.ito@brightloop.example), please add him to the invite.", 'confirmation'],
    ['We approve the work order as sent. Separate topic: please send invoices to ap@harborbowl.example rather than to me.', 'approval'],
    [
      'The duplicate registration issue we reported is fixed now - I re-tested and each booking comes through once, with the right room block. We are happy to go live.',
      'testing',
    ],
    ['Probamos todo con las cuentas de prueba y funciona ok, cero problemas. Aprobamos la integración para salir en vivo.', 'testing'],
  ]);
  actedOn([
    ["Je confirme les éléments du compte rendu de l'IDI, rien à ajouter ni à corriger de notre côté.", 'confirmation'],
    ['Confirmo los detalles de la IDI, no tenemos nada que añadir ni nada que corregir por nuestra parte.', 'confirmation'],
  ]);
  notActedOn([
    ['Approved, and please also add the gift card balance to the app.', 'approval'],
    ['We approve the plan. Please move the requirements due date to May 3 rather than April 26.', 'approval'],
    ['Approved! Only thing: the field mapping will realistically be Feb 12 rather than Feb 1.', 'approval'],
    ['Approved, the field mapping will be Feb 12 rather than Feb 1.', 'approval'],
    ['We approve the plan once an updated fee table is sent.', 'approval'],
    ['Approved once each store has been migrated.', 'approval'],
    ['We approve the plan. The admin contact in the plan should be jane@x.example, not bob@x.example, please update it.', 'approval'],
    ['Approved, and please also add the gift card export to the scope, contact jane@x.example for the format.', 'approval'],
    ["If the certification fee stays in, we can't sign the work order, let me know.", 'approval'],
    ['Tested it all. The card lookup returns null errors on every call.', 'testing'],
  ]);

  it('reads no date moved in a number put in another’s place', () => {
    expect(read('Approved. We will start with 5 users rather than 10.', 'approval').reasons.join(' ')).not.toContain('a date moved');
  });

  it('reads no refusal in a hypothesis we are asked to answer', () => {
    const reading = read("All correct, I'm the POC. If that's too tight with the lead time, let me know.", 'confirmation');
    expect(reading.reasons.some((r) => r.startsWith('refuses'))).toBe(false);
  });

  it('reads a file named for the problems found as the feedback, at a test', () => {
    const files = (name: string): InterpretSignals => ({ ...plain, attachmentNames: [name] });
    expect(read('Voir la pièce jointe, merci.', 'testing', files('retours_recette_3_anomalies_bloquantes.xlsx')).intent).toBe('decline');
    expect(read('See attached.', 'testing', files('defects_fixed_retested.pdf')).intent).not.toBe('decline');
  });

  it('still reads a refusal that a condition leads to', () => {
    expect(read("If the certification fee stays in, we can't sign the work order.", 'approval').intent).toBe('decline');
  });
});

describe('new scope asked for by naming the scope', () => {
  it.each([
    ['Por favor, incluam isso no escopo do projeto.'],
    ['Please include the attendance certificates in the scope as well.'],
    ['Könnten Sie die Teilnahmebescheinigungen bitte in den Umfang aufnehmen?'],
    ['Graag willen we de certificaten in de scope opnemen.'],
  ])('reads "%s" as new scope', (text) => expect(read(text, 'status').scope).toBe(true));
});

describe('a yes beside a wait for the word of someone who was not there', () => {
  notActedOn([
    ["For registration and login I confirm. On the balance part I'm waiting to hear from our architect, who missed the IDI.", 'confirmation'],
    ["Per login confermo. Sulla parte saldo invece aspetto di sentire il nostro architetto, che alla IDI non c'era.", 'confirmation'],
    ['Le reste est bon pour nous. Pour le solde, j’attends le retour de notre architecte.', 'confirmation'],
    ['Alles klopt. Voor het saldo wacht ik op onze ontwikkelaar.', 'confirmation'],
  ]);

  it('still acts on a yes beside a wait for the vendor’s own next step', () => {
    expectYesActedOn("Confirmed, that's exactly what we discussed. Waiting to hear from you about the test credentials.", 'confirmation');
  });
});

describe('a yes to other terms than the ones asked', () => {
  notActedOn([
    // The scope cut beside the yes, in seven languages.
    ['Approved without the loyalty module.', 'approval'],
    ['Approved, minus the gift card piece.', 'approval'],
    ['Freigegeben, aber ohne das Treuemodul.', 'approval'],
    ['Validé, sans le module fidélité.', 'approval'],
    ['Aprobado, sin el módulo de fidelización.', 'approval'],
    ['Approvato, senza il modulo fedeltà.', 'approval'],
    ['Aprovado, sem o módulo de fidelidade.', 'approval'],
    ['Akkoord, zonder de loyaltymodule.', 'approval'],
    // The scope or the plan changed, told as news.
    ["Approved. FYI we've decided to drop the kiosk integration.", 'approval'],
    ['Freigegeben. Zur Info: die Kiosk-Anbindung fällt weg.', 'approval'],
    ['Goedgekeurd. Ter info: de kiosk-koppeling laten we vallen.', 'approval'],
    ['Approved. However, our launch target has moved to September.', 'approval'],
    ['All correct. Launch June 3. Note that our store count went up to 14.', 'confirmation'],
    // Clauses struck, a redline, terms of payment of the sender's own.
    ['Signed copy attached. We crossed out the monthly minimum on page 2.', 'approval'],
    ["Ci-joint le bon de commande signé. Nous avons barré l'article 7.", 'approval'],
    ['Approved per our redline attached.', 'approval'],
    ['Aprobado. El pago se hará a 90 días.', 'approval'],
    // A price of the sender's own.
    ['We can approve at $1,500.', 'approval'],
    ['Approved at a setup fee of $1,500.', 'approval'],
    ['Freigegeben zu 1.500 € Einrichtungsgebühr.', 'approval'],
    ['Akkoord voor € 1.500 opstartkosten.', 'approval'],
    // A detail corrected, a fix asked, a choice of dates, a question asked as a request, a test of a part.
    ['Looks good. The fee is $300, not $500.', 'confirmation'],
    ['Looks right. Our new manager is Tom, not Jenna.', 'confirmation'],
    ['Approved, just need the fee fixed.', 'approval'],
    ["Looks right! Launch June 3 or 10, we'll let you know which.", 'confirmation'],
    ['Thanks, the plan looks good. Please let me know if staff training is included in the setup fee.', 'approval'],
    ['We only tested the login and it works.', 'testing'],
  ]);

  actedOn([
    // "Without" a change or a doubt is a plain yes; fees restated as the document lists them are the document's.
    ['Approved without changes.', 'approval'],
    ['Validé sans réserve.', 'approval'],
    ['Aprobado sin cambios, gracias.', 'approval'],
    ['We approve the scope and the fees as listed ($4,800 implementation, $1,200 certification).', 'approval'],
    // A check that what we were sent suits us asks nothing of the step.
    ['Approved. Let me know if you need anything else from us.', 'approval'],
    ['Yes, all correct. Launch on 1st of September 2027.', 'confirmation'],
  ]);
});

describe('a yes beside something still open, a concern or a launch that may move', () => {
  notActedOn([
    ['Looks good, but our legal team has some thoughts on section 4.', 'approval'],
    ['Approved, although the timeline feels tight to me.', 'approval'],
    ['Plan looks good. I do have some concerns about the QA window.', 'approval'],
    ["We're aligned on the plan. The only open item is who hosts the sandbox.", 'approval'],
    ['Approved. One caveat: the badge scanning piece is still TBD.', 'approval'],
    ["Everything we tested works. We haven't had time for the refund flow.", 'testing'],
    ['Looks good on desktop. Mobile is a different story.', 'testing'],
    ['Freigegeben. Zwei Punkte sind noch offen.', 'approval'],
    ['Tutto quello che abbiamo provato funziona. Non abbiamo avuto tempo per i rimborsi.', 'testing'],
    ['Está ótimo, embora o cronograma me pareça apertado.', 'approval'],
    ['Het plan is goed. Ik heb wel zorgen over het QA-venster.', 'approval'],
    ['Akkoord, op punt 3 na.', 'approval'],
    ['Les informations sont correctes. Lancement le 3 juin, sauf si le lieu nous décale.', 'confirmation'],
    ['Los datos son correctos. Lanzamiento el 3 de junio, salvo que el recinto nos mueva.', 'confirmation'],
    ['Details look right. Launch is June 3 unless the venue moves us.', 'confirmation'],
    // A colleague's yes, reported, and the date corrected.
    ['Il mio collega vi ha già risposto "tutto ok", ma la data di lancio non è il 10 marzo: per noi è il 17 marzo.', 'confirmation'],
    ['Yes, correct. We may push the launch if sponsorship falls through.', 'confirmation'],
  ]);

  actedOn([
    // A polite "if that's doable" sets no condition on the launch.
    ["All correct. We'd like to launch on May 12 if that's doable.", 'confirmation'],
    ['Approved, but thanks for checking with us first.', 'approval'],
    // "Tight but doable" is a yes; Italian "tempo" and Dutch "weer" are not the weather in every sentence.
    ['Planning is akkoord van onze kant. De QA-periode van 2 weken is krap maar haalbaar.', 'approval'],
    ['Het werkt weer, alles getest. Akkoord voor livegang.', 'testing'],
  ]);
});

describe('a yes with edits, sent on, provisional, or for a purpose only', () => {
  notActedOn([
    ['Good for me. Forwarding to Jim for his OK.', 'approval'],
    ['Provisionally approved.', 'approval'],
    ['Approved, see attached comments.', 'approval'],
    ['Approve with minor edits (attached).', 'approval'],
    ['Approved with changes.', 'approval'],
    ['Approved as amended.', 'approval'],
    ['Freigegeben mit kleinen Änderungen.', 'approval'],
    ['Aprobado con algunos cambios.', 'approval'],
    ['Approved, bar the hosting section.', 'approval'],
    ['Approved for budgeting purposes.', 'approval'],
    ['Approved from a technical standpoint; commercial sign-off comes from procurement.', 'approval'],
    ["Correct, though I'm handing over to my colleague Priya next week who will be your contact.", 'confirmation'],
    ['Passt für mich. Ich leite es an Herrn Braun zur Freigabe weiter.', 'approval'],
    ['Ça me va. Je transfère à Jean pour son accord.', 'approval'],
    ['Per me va bene. Lo inoltro a Marco per il suo ok.', 'approval'],
    ['Validé, voir commentaires en pièce jointe.', 'approval'],
    ['Akkoord, zie opmerkingen in de bijlage.', 'approval'],
    ['Stimmt alles, nur der Firmenname lautet jetzt Acme Events GmbH.', 'confirmation'],
  ]);

  actedOn([
    ['Approved, see attached signed copy.', 'approval'],
    ["We're ready for round 2. Test notes attached.", 'readiness'],
  ]);
});

describe('what a seventh review, hunting wrong approvals, tried', () => {
  notActedOn([
    ['Approved – as long as the training is included.', 'approval'],
    ['Approved – once our CFO has signed.', 'approval'],
    ['Approved – subject to contract.', 'approval'],
    ['Freigegeben – vorausgesetzt, die Schulung ist inklusive.', 'approval'],
    ["Approved - I've made a few edits in the attached doc.", 'approval'],
    ['Freigegeben, ich habe im Dokument ein paar Anmerkungen ergänzt.', 'approval'],
    ["Validé, j'ai ajouté quelques commentaires dans le document.", 'approval'],
    ['Aprobado, he añadido algunos comentarios en el documento.', 'approval'],
    ['Approved from the marketing side. IT will respond separately.', 'approval'],
    ['Approved for my part. Our finance colleague will reply on the budget section.', 'approval'],
    ['Von Marketingseite freigegeben. Die IT meldet sich separat.', 'approval'],
    ["Validé côté marketing. L'IT vous répondra séparément.", 'approval'],
    ['OK. Still waiting for your answer on the fee.', 'approval'],
    ["Looks fine. We're still waiting on your reply about the training costs.", 'approval'],
    ['OK. (Still waiting for your answer on the fee.)', 'approval'],
    ['OK. (Wir warten noch auf Ihre Antwort zur Gebühr.)', 'approval'],
    ['All correct. Launch June 3, provided the hardware arrives in time.', 'confirmation'],
    ['All details are correct. Launch June 3, as long as the new terminals are installed by then.', 'confirmation'],
    ['All correct – launch June 3 as long as the terminals arrive.', 'confirmation'],
    ['Thanks for the plan, approved. One thing: the training has to be on site at our office, not online.', 'approval'],
    ['Approved. The training would need to be in person though.', 'approval'],
    ['Approved. Training to be held on site please.', 'approval'],
    ['Ça marche. Petite remarque : le bouton est mal aligné sur mobile.', 'testing'],
    ['Great job, everyone loves it! Just the colours are a bit off.', 'testing'],
    ['All good, only the receipt prints the old store name.', 'testing'],
    ['Everything works, we just noticed the points are doubled on weekends.', 'testing'],
    ['Approved – pending legal review.', 'approval'],
    ["Approved. I've cc'd our lawyer who will have a few comments on the liability clause.", 'approval'],
    ['Freigegeben. Unser Anwalt schickt Ihnen noch ein paar Anmerkungen zu Abschnitt 7.', 'approval'],
    ["Validé. Notre juriste vous enverra quelques remarques sur l'article 7.", 'approval'],
    ['Looks good. Leave it with me for a day or two.', 'approval'],
    ['Sounds good, but let me sleep on it.', 'approval'],
    ["Sounds good. I'll mull it over this weekend and let you know.", 'approval'],
    ['Sieht gut aus. Ich lasse es mir übers Wochenende durch den Kopf gehen.', 'approval'],
    ['Approved with the changes we discussed.', 'approval'],
    ['Approved, with the changes we discussed on the call.', 'approval'],
    ['We approve the plan, with one amendment: kickoff on 10 May.', 'approval'],
    ['Freigegeben mit den besprochenen Änderungen.', 'approval'],
    ["Looks good to me. Dave, please confirm you're OK with it too.", 'approval'],
    ["Looks good to me. @Dave can you confirm you're OK with it too", 'approval'],
    ['Per me va bene. Paolo, mi confermi che va bene anche per te.', 'approval'],
    ['Voor mij is het goed. Peter, kun jij bevestigen dat het voor jou ook goed is.', 'approval'],
    ['Quick test on my phone, all good. The team will do the full test next week.', 'testing'],
    ['Prueba rápida en mi móvil, todo bien. El equipo hará la prueba completa la semana que viene.', 'testing'],
    ['Even snel getest op mijn telefoon, alles goed. Het team doet volgende week de volledige test.', 'testing'],
    ["First impressions are good, it all works. We'll put it through its paces with the store staff on Monday.", 'testing'],
    ["Approved. Note the Leeds store won't be part of the rollout.", 'approval'],
    ["Approved. Note the Leeds store won't be part of the rollout for now.", 'approval'],
    ['Approved. Our Leeds store will join later in the year.', 'approval'],
    ["Approved. We're only rolling out to 8 of the 12 stores.", 'approval'],
    ["Approved. Please hold until I've confirmed the date with our stores.", 'approval'],
    ['Approved, pls hold until I confirm the date', 'approval'],
    ["Approved. Our PO number will follow; please don't start work before you have it.", 'approval'],
    ['Approvato. Aspettate però la mia conferma sulla data prima di partire.', 'approval'],
    ["Approved. We'd rather start in May.", 'approval'],
    ["Approved. We'd rather have the kickoff in person though.", 'approval'],
    ['Freigegeben. Lieber wäre uns ein Start im Mai.', 'approval'],
    ['Akkoord. We beginnen liever in mei.', 'approval'],
    ['Approved. Payment will be at 60 days from invoice, as with all our suppliers.', 'approval'],
    ['Freigegeben. Die Zahlung erfolgt wie üblich 60 Tage nach Rechnungseingang.', 'approval'],
    ['Aprovado. O pagamento será em 60 dias após a fatura.', 'approval'],
    ['Goedgekeurd. Betaling gebeurt binnen 60 dagen na factuurdatum.', 'approval'],
    ['QA done on staging. Production deploy is scheduled for Thursday.', 'readiness'],
    ['QA auf Staging abgeschlossen. Das Produktiv-Deployment ist für Donnerstag geplant.', 'readiness'],
    ["Ready for certification. We'll do the last regression run tonight.", 'readiness'],
    ["I'm fine with it, but I'm not the right person to approve this. Copying Linda.", 'approval'],
    ["I like it, but I don't have the authority to approve this. Forwarding to Linda.", 'approval'],
    ['Provisionally approved.', 'approval'],
    ['Aprobado provisionalmente.', 'approval'],
    ['Soft yes from us.', 'approval'],
    ['We lean towards approving it.', 'approval'],
    ['Approved. Please make sure the setup fee is reduced to the 1,000 we agreed.', 'approval'],
    ['Approved - this is for version 2 we discussed on the phone, not the one you sent.', 'approval'],
  ]);
});

describe('an opinion hedged, a go-ahead not', () => {
  actedOn([
    ["I think it's great, please go ahead.", 'approval'],
    ["Je pense que c'est tout bon, allez-y.", 'approval'],
    ['Mi sembra tutto a posto, potete procedere.', 'approval'],
    ['Everything seems to work perfectly, you can go live.', 'testing'],
  ]);

  notActedOn([
    ['I think it looks fine.', 'approval'],
    ['Go ahead I think, but let me check with finance first.', 'approval'],
    ["We've made it through about half the test cases so far (sign-up, login and balance all look good).", 'testing'],
  ]);
});

describe('what an eighth review, hunting wrong approvals in longer and native mail, tried', () => {
  notActedOn([
    ['Ciao Sam,\n\nApprovato. La questione della manutenzione la vediamo alla prossima riunione.\n\nSaluti,\nGiulia', 'approval'],
    ['Olá Sam,\n\nFechado, pode seguir. A questão da manutenção a gente vê na próxima reunião.\n\nAbraço,\nMariana', 'approval'],
    ['Hoi Sam,\n\nAkkoord. Het onderhoud bespreken we bij het volgende overleg.\n\nGroet,\nSanne', 'approval'],
    [
      "Bonjour Sam,\n\nC'est validé. Je garde sous le coude la question de la maintenance, on en discutera à la prochaine réunion.\n\nCordialement,\nClaire",
      'approval',
    ],
    ["Hi Sam,\n\nApproved.\n\nOnly thing, the 3rd of June won't work for the training as it's a bank holiday here.\n\nThanks\nLiz", 'approval'],
    ['Approved. Week 3 clashes with our stocktake.', 'approval'],
    [
      "Bonjour Sam,\n\nMerci pour le planning, c'est tout bon pour nous.\n\nEn revanche, la formation du 3 juin tombe mal, c'est le jour de notre inventaire.\n\nBien cordialement,\nClaire",
      'approval',
    ],
    ["Hi Sam,\n\nThanks, approved.\n\nP.S. Please don't order the hardware yet, we're still finalising the store count.", 'approval'],
    ["Approved. We're still finalising the store list, I'll send the final one next week.", 'approval'],
    ['Approved. The menu is being reworked for summer, new version to come.', 'approval'],
    [
      "Hi Sam,\n\nThanks. The plan is approved.\n\nI'll need the final version with our logo on the cover for the board pack, and the pricing split into one-off and recurring.\n\nRegards,\nClaire",
      'approval',
    ],
    ['Approved. Could you send us a clean copy with the prices split per store.', 'approval'],
    [
      'Bonjour Sam,\n\nParfait, on valide. Merci de bien vouloir nous faire parvenir la version définitive avec les tarifs HT.\n\nCordialement,\nClaire',
      'approval',
    ],
    ['Freigegeben. Schicken Sie uns bitte noch eine finale Fassung mit den Preisen netto.', 'approval'],
    ["Approved. You've left the Bath store off the list.", 'approval'],
    ["Approved. Don't forget the Bath store.", 'approval'],
    ['Olá Sam,\n\nAprovado. Faltou a loja de Campinas na lista.\n\nAbraço,\nMariana', 'approval'],
    [
      'Bonjour Sam,\n\nLe bon de commande nous convient, vous pouvez y aller.\n\nPetit bémol sur les frais de mise en service, qui nous semblent un peu élevés par rapport à ce qui avait été évoqué.\n\nCordialement,\nClaire',
      'approval',
    ],
    ['Olá Sam,\n\nTudo certo, podem seguir. A taxa de implantação ficou um pouco salgada, depois a gente conversa sobre isso.\n\nAbraço,\nMariana', 'approval'],
    [
      'Hoi Sam,\n\nPrima, gaan met die banaan. De opstartkosten vinden we wel aan de hoge kant, daar wil ik het nog even over hebben.\n\nGroet,\nSanne',
      'approval',
    ],
    ['Hallo Sam,\n\nvom Grundsatz her gut. Bei den Kosten müssen wir aber nochmal ran.\n\nGruß\nJan', 'approval'],
    ['Inhaltlich freigegeben.', 'approval'],
    ['Hallo Sam,\n\ninhaltlich sind wir einverstanden. Die kaufmännische Seite klärt Frau Berg mit Ihnen.\n\nGruß\nJan', 'approval'],
    ['Fachlich ist das so freigegeben.', 'approval'],
    ["Sur le fond c'est ok pour nous, la partie financière est à voir avec notre DAF.", 'approval'],
    ['ok w me but chk w tom first', 'approval'],
    ['fine by me. lmk when legal has looked at it', 'approval'],
    ['approved, tbc w the board thurs', 'approval'],
    [
      "Hi Sam,\n\nAll working, thanks. Signed off.\n\nThe only thing is the refunds screen, which the staff found confusing. We'll need a short guide for them before launch.\n\nBest\nNina",
      'testing',
    ],
    [
      "Bonjour Sam,\n\nLes tests sont concluants, bon pour nous.\n\nLes équipes trouvent l'écran de remboursement peu intuitif, il faudrait qu'on en reparle.\n\nCordialement,\nClaire",
      'testing',
    ],
    ['Ciao Sam,\n\ntest superato, tutto funziona, approvato. La schermata dei rimborsi però il personale la trova poco chiara.\n\nSaluti,\nGiulia', 'testing'],
    ['Works, just not every time.', 'testing'],
    ['It works on and off.', 'testing'],
    ['Ça marche la plupart du temps.', 'testing'],
    ['Funciona casi siempre.', 'testing'],
    ['Approved. The quote said $1,200 for setup, the plan says $1,500.', 'approval'],
    [
      'Hallo Sam,\n\nalles klar, machen wir so.\n\nDie Einrichtungsgebühr war im Angebot allerdings mit 1.200 € angegeben, im Plan stehen jetzt 1.500 €.\n\nGruß\nJan',
      'approval',
    ],
    ['Validé. Le devis indiquait 1 200 € de mise en service, le planning en mentionne 1 500.', 'approval'],
    ['Aprobado. En el presupuesto ponía 1.200 € de alta y en el plan 1.500 €.', 'approval'],
    ['go live june 3 unless the gm says otherwise', 'confirmation'],
    ['launch june 3 provided the hardware is in by then', 'confirmation'],
    ['Launch 3 June, subject to the fit-out finishing on time.', 'confirmation'],
    ['Launch on 3 June assuming the fit-out finishes on time.', 'confirmation'],
    [
      "Hi Sam,\n\nThanks for the revised plan, it reads much better now and the team likes the phased approach.\n\nOur CFO hasn't signed off the budget yet so I can't give you the go ahead today. I'll chase her this week.\n\nCheers,\nMark",
      'approval',
    ],
    ['cfo hasnt seen it so i cant give the go ahead', 'approval'],
    ["The venue isn't booked so we can't confirm June 3.", 'confirmation'],
    ['Unfortunately we are not, at this point, able to approve the plan.', 'approval'],
    ["We can't, unfortunately, approve it as it stands.", 'approval'],
    ["I wouldn't, as things stand, sign this off.", 'approval'],
    ["Sorry Sam, we're not able to, with the current budget, approve the work order.", 'approval'],
    ['Everything passed bar the refunds.', 'testing'],
    ['Passed, bar the partial refunds.', 'testing'],
    ['Ready for certification bar the gift card flow.', 'readiness'],
    ['Pretty much ready.', 'readiness'],
    ['Estamos prácticamente listos.', 'readiness'],
    ['We approve it as a starting point for discussion.', 'approval'],
    ['Approved for internal circulation.', 'approval'],
    ['Approved as a working document.', 'approval'],
    ['Als Diskussionsgrundlage freigegeben.', 'approval'],
    ['Approved with the proviso that the training is included.', 'approval'],
    ['Freigegeben, unter der Maßgabe, dass die Schulung enthalten ist.', 'approval'],
    ['Validé, étant entendu que la formation est incluse.', 'approval'],
    ['Aprobado, en el entendido de que la formación está incluida.', 'approval'],
    ["Bonjour Sam,\n\nC'est OK pour moi. Je dois encore en toucher un mot à notre DAF avant de signer.\n\nCordialement,\nClaire", 'approval'],
    ['Tudo certo, mas preciso alinhar com o jurídico.', 'approval'],
    ['Hoi Sam,\n\nAkkoord van mijn kant. Ik leg het nog even neer bij inkoop.\n\nGroet,\nSanne', 'approval'],
    ['Hallo Sam,\n\ndas sieht alles stimmig aus, von mir aus gern. Ich gebe es noch an unseren Einkauf weiter.\n\nGruß\nJan', 'approval'],
  ]);

  actedOn([
    ['No issues, all good, approved.', 'approval'],
    ['Nothing to add, thanks, approved.', 'approval'],
  ]);
});

describe('refusals the reader once took for a yes, tag questions, soft noes under our questions', () => {
  notActedOn([
    ["I'm not really comfortable enough with the numbers to approve it.", 'approval'],
    ["We don't have enough information at this point to approve.", 'approval'],
    ['Nous ne sommes malheureusement pas encore en position de donner notre feu vert.', 'approval'],
    ['Non siamo ancora nella posizione di dare il via libera.', 'approval'],
    ['Not all of the tests passed.', 'testing'],
    ["We can't, unfortunately, approve it as it stands.", 'approval'],
    ['cfo hasnt seen it so i cant give the go ahead', 'approval'],
    ["Approved. Training's included, right.", 'approval'],
    ['Freigegeben. Schulung ist inklusive, oder.', 'approval'],
    ['Akkoord. De training zit erbij, toch.', 'approval'],
    ['Approved, contact for Bath is Sarah not Tom.', 'approval'],
    ["C'est bon pour nous, reste à caler la date de formation.", 'approval'],
    ['Ready for cert. Couple of open tickets, low priority.', 'readiness'],
  ]);

  actedOn([
    ['Answers inline below. Correct, that is me, yes.', 'confirmation'],
    ['Approved. The notice period is fine too.', 'approval'],
  ]);
});

describe('a reason before a refusal, a tag with no comma, a launch date not confirmed', () => {
  notActedOn([
    ["Since legal hasn't reviewed it I can't give you the green light.", 'approval'],
    ["Approved. Training is included isn't it.", 'approval'],
    ['correct. launch june 3 tbc', 'confirmation'],
    ['Los datos son correctos. Lanzamiento el 3 de junio, por confirmar.', 'confirmation'],
  ]);

  actedOn([['All correct. Launch June 3, I can confirm.', 'confirmation']]);

  // (The rules read the reason as no refusal; the second reading retrained in the tenth round doubts this yes, 0.5 likely, and
  // sends it to the PM: that doubt is the model's, not a refusal read.)
  it('reads a reason before a yes as no refusal', () => expectRulesYes("Since the fixes are in, we're happy to approve.", 'approval'));
});

describe('a yes with the start held back until something is done', () => {
  notActedOn([
    ['Approved.\n\nHold the kickoff until our CFO signs the PO', 'approval'],
    ["Approved. Don't start the work until the PO is signed.", 'approval'],
    ['Approved. Wait for the PO before you start.', 'approval'],
    ['Approved - please don’t schedule anything until legal has signed.', 'approval'],
    ['Freigegeben. Bitte wartet mit dem Kickoff, bis die Bestellung da ist.', 'approval'],
    ['Validé. Ne commencez pas avant la signature du bon de commande.', 'approval'],
    ['Aprobado. No empecéis hasta que tengamos la orden de compra firmada.', 'approval'],
    ["Approvato. Non iniziate finché non arriva l'ordine firmato.", 'approval'],
    ['Akkoord. Wacht wel met de kick-off tot de inkooporder getekend is.', 'approval'],
    ['Aprovado. Não comecem até o pedido estar assinado.', 'approval'],
  ]);

  notActedOn([
    ['De acordo com o cronograma, mas o desenvolvimento não pode começar antes de 22 de março.', 'approval'],
    ["Agreed, but development can't start before March 22 as the contract is only signed that week.", 'approval'],
    ['Todo bien en general, lo aprobamos. Eso sí, no lo activéis antes del lunes 19 de abril.', 'testing'],
  ]);

  actedOn([
    ["Approved. We can't wait to start!", 'approval'],
    ['Approved - nothing can go wrong now, launch whenever you like.', 'testing'],
  ]);

  it('reads the hold alone as a no, with its reason', () => {
    const reading = read('Please hold the kickoff until our CFO signs the PO.', 'approval');
    expect(reading.intent).toBe('decline');
    expect(reading.reasons.join(' ')).toContain('holds the start until something is done');
  });

  // (The second reading, retrained on the trap batches, finds a no a little likelier in "hold", 0.54 to 0.45: the yes waits for the
  // PM. The rules read no hold in it.)
  it('reads no hold in "We\'ll hold the kickoff on the 10th as planned" beside a yes', () => {
    expectRulesYes("Approved. We'll hold the kickoff on the 10th as planned.", 'approval');
  });

  actedOn([
    ['Approved - go ahead and start, no need to wait for the PO.', 'approval'],
    ["Approved. Feel free to start right away, don't wait for the PO.", 'approval'],
  ]);
});

describe('a yes still to come in a future tense of its own, a test case reported "KO"', () => {
  notActedOn([
    ["Vi confermerà lui stesso per iscritto l'approvazione al suo rientro.", 'approval'],
    ['Il vous confirmera lui-même la validation à son retour.', 'approval'],
    ['Le confirmará la aprobación él mismo a su regreso.', 'approval'],
    ['Ele confirmará a aprovação pessoalmente quando voltar.', 'approval'],
    ['Quasi tutto ok, solo il caso 7 (check-in da app) è risultato KO, il resto funziona bene.', 'testing'],
  ]);

  it('reads a case reported "KO" as a problem found', () => {
    expect(read('Quasi tutto ok, solo il caso 7 è KO.', 'testing').intent).toBe('decline');
  });
});

describe('what a tenth review (launch dates at the confirmation, whole mails) tried', () => {
  notActedOn([
    // "go" before "live" names the go-live; it is no bare yes where the step asks for details or a document's yes.
    ['Go-live early June.\n\nPeter', 'confirmation'],
    ['Approved. Go-live Jul 6 needs franchisee vote first (Apr 2)', 'approval'],
    // The date's own yes still to come.
    ['Launch date: June 7 (to be signed off by our CFO).', 'confirmation'],
    ["All correct. Launch June 7 (still needs the board's blessing).", 'confirmation'],
    ['Details ok, and yes I’m the contact. Launch June 7, not set in stone.', 'confirmation'],
    // A choice of days, with a month, an adverb or a fallback between.
    ['Details are correct. Launch date is June 7 or June 14 depending on venue availability.', 'confirmation'],
    ['Looks correct. Launch June 7, worst case June 14.', 'confirmation'],
    // The sender still checks it with someone.
    ['Details are correct. Launch June 7 - let me confirm that with Jess on Monday.', 'confirmation'],
    ['alles korrekt. Launch am 7. Juni, das kläre ich aber nochmal mit Frau Wolf ab.', 'confirmation'],
    ['Todo correcto. Lanzamiento el 7 de junio, lo confirmo con mi jefe el lunes.', 'confirmation'],
    ['Alles klopt. Lancering 7 juni, ik stem dat nog even af met Pieter.', 'confirmation'],
    ['Tudo certo. Lançamento em 7 de junho, vou confirmar com o meu chefe na segunda.', 'confirmation'],
    ['Le planning nous convient. Pour le go-live du 6 juillet, il faut encore que je voie avec nos franchisés.', 'approval'],
    ['Sure. Let me see if our CTO is free.', 'approval'],
    // A condition opening a clause of its own, a concern about the dates, a part left for later.
    ["OK from me. Pending OrderLoop's availability.", 'approval'],
    ["Approved. Go-live on July 6 is a bit optimistic on our side, we'll see how client QA goes.", 'approval'],
    ['Approved for the Boston stores. Providence joins later.', 'approval'],
    ["Approved for loyalty accrual and redemption. Stored value we'll have to look at separately.", 'open'],
    // A line in another language under the yes is read in its language.
    [
      'The schedule works for us, approved from our side. Thanks for pulling it together so quickly, and for moving the certification slot earlier.\n\nBitte aber erst starten, wenn unser Geschäftsführer unterschrieben hat.',
      'approval',
    ],
  ]);

  actedOn([
    ['All correct. Go-live June 7.', 'confirmation'],
    ['Happy with it, go live!', 'testing'],
    ['All tested, go live', 'testing'],
    ['Fixed, go-live!', 'testing'],
  ]);
});

describe('German yeses and Spanish use cases the dev batches used', () => {
  actedOn([
    ['Von unserer Seite aus gibt es die Freigabe für den Livegang.', 'testing'],
    ['Hiermit geben wir den Projektplan für INT-1042 in der vorliegenden Form frei.', 'approval'],
    // Spanish "caso de uso" is a use case, not Portuguese "caso" (in case).
    ['Ya estamos listos para la certificación. Adjuntamos las capturas de cada caso de uso, las transacciones de prueba y el vídeo.', 'readiness'],
  ]);

  notActedOn([['Aprovado, caso o financeiro libere o orçamento.', 'approval']]);
});

describe('what an eleventh review (tests, readiness, long approvals) tried', () => {
  notActedOn([
    // A failure told in passing.
    ['Approved. Group registrations threw an exception once, couldn’t reproduce.', 'testing'],
    ['approved - redemption hiccup on the app yesterday but seemed ok after a restart', 'testing'],
    ['Approved. Refund flow a bit flaky but ok.', 'testing'],
    ['APPROVED. Got a 502 once on guest lookup around 3pm, fine on retry.', 'testing'],
    ['Approved. Check-in sync lagged 10-15 min at times.', 'testing'],
    ["Approved. Guest lookup returned someone else's account once when I typed a partial number.", 'testing'],
    ['Approved. Heads up that the exported CSV had a couple of rows where the last name came through as undefined.', 'testing'],
    ["Tests OK sur l'environnement de recette, c'est validé. Petite remarque : les accents s'affichent mal sur le badge.", 'testing'],
    // A part left untested.
    ["Web ordering tested end to end, works as expected. App build wasn't available yet so that part is untested.\n\nApproved.", 'testing'],
    ["All good, approved. Success messages ok, error messages we didn't get to.", 'testing'],
    ['Akkoord. De foutmeldingen zijn we niet aan toegekomen.', 'testing'],
    ["Approved. We tested with 20 test registrations; our real volume on day one is ~4,000, so we're trusting you on load.", 'testing'],
    ["Approved on the test server. Before we go to production we need to see it working with our real POS menu, which isn't loaded yet.", 'testing'],
    // Ready less a part, or a point of the round deferred.
    ['QA complete minus refunds.', 'readiness'],
    ['QA terminée, hors cartes cadeaux.', 'readiness'],
    ["1 and 2 are fixed. 3 we've parked for phase 2 as agreed with Tomás.\n\nReady for round 2, same staging link and logins as before.", 'readiness'],
    ["Ready for round 2. 1 and 2 are fixed; 3 is a won't-fix on our side, the POS doesn't send us refund events.", 'readiness'],
    ['Punkt 1 und 2 sind behoben. Punkt 3 haben wir mit Frau Vogel auf Phase 2 verschoben. Bereit für Runde 2.', 'readiness'],
    ['Ready for certification.\n\nWeb: https://staging.orderloop.example/harborgrill\nAndroid build: ETA Friday.', 'readiness'],
    // A schedule approved with its own slip foretold.
    ['Approved from OrderLoop. Heads-up: two of our devs are out the first week of May, so integrator QA will likely slip into client QA week.', 'approval'],
    ['Schedule approved on our end. Realistically build + QA will run a week past May 14, but we’ll try to claw it back.', 'approval'],
    ['Approved, with a list of polish items for before launch in the attached doc (Launch_polish.docx), nothing major.', 'testing'],
  ]);

  actedOn([
    ['Registratie, check-in en badge-export getest met het hele team. Alles werkt. Akkoord, jullie mogen live gaan.', 'testing'],
    ['Approved for launch. Testing went well on our end, no issues.', 'testing'],
  ]);
});

describe('what is still to test is not a defect found', () => {
  it.each([
    ['Ya hemos terminado registro y login sin incidencias; nos falta revisar los mensajes de error.'],
    ['Ainda falta testar o fluxo de resgate de recompensas, vamos testar amanhã com a equipa.'],
    ['Stiamo completando i test, ci manca solo la parte dei messaggi.'],
  ])('reads "%s" as telling what is still to come, not as a problem', (text) => {
    const reading = read(text, 'testing');
    expect(reading.intent).not.toBe('decline');
    expect(reading.reasons.join(' ')).not.toContain('reports a problem');
  });

  actedOn([['Tested and works well, the fix for the duplicate registrations works too.', 'testing']]);

  // Missing as a defect still is one: "nos falta" alone, a fix still asked for.
  notActedOn([
    ['Aprobado. Nos falta todavía la orden de compra firmada.', 'approval'],
    ['We need a fix for the crash that works on older iPads too. Otherwise approved.', 'testing'],
  ]);
});

describe('a yes at a test with another launch day asked', () => {
  it.each([
    ['All tested, looks great - approved from our side. One thing on timing: please schedule the launch for Monday the 26th rather than the 19th.'],
    ['Aprovamos a integração para lançamento. Só um pedido: em vez de 31 de maio, gostaríamos de lançar na segunda-feira, 7 de junho.'],
  ])('leaves "%s" to the PM, who sets the day: no defect to send back, no yes to act on as is', (text) => {
    const reading = read(text, 'testing');
    expect(reading).toMatchObject({ intent: 'approve', needsReview: true });
    expect(reading.reasons.join(' ')).toContain('another launch day asked beside the yes');
  });

  notActedOn([['Tested, all fine, approved. But the check-in count is wrong, please fix it before launch on the 26th.', 'testing']]);
});

describe('a summary confirmed as accurate, with thanks for pulling it together', () => {
  it('reads "Yes, that’s accurate - thanks for pulling it together so quickly." as the yes it is, with nothing still to come', () => {
    const reading = read("Yes, that's accurate - thanks for pulling it together so quickly.", 'open');
    expect(reading.intent).toBe('approve');
    expect(reading.reasons.join(' ')).not.toContain('still to come');
  });
});

describe('credentials received, with thanks', () => {
  it.each([
    ['Zugangsdaten sind angekommen, danke!'],
    ['Grazie Laura, credenziali ricevute.'],
    ['Recebemos as credenciais no portal, obrigada.'],
    ['Muchas gracias, ya recibimos las credenciales de producción en el portal.'],
  ])('reads "%s" as an acknowledgement, like "Received the credentials, thanks!"', (text) => {
    expect(read(text, 'status').intent).toBe('none');
  });
});

describe('what a read-through of this round’s rules found too broad', () => {
  actedOn([
    ["Tutto testato, il controllo dell'età funziona correttamente.", 'testing'],
    ['Approved - you don’t have to wait for the PO before you start.', 'approval'],
    ['Approved. We’ll wait for your invoice before we pay the deposit.', 'approval'],
    ['Approved - please don’t schedule anything before 10am our time.', 'approval'],
    ['Tutto ok, abbiamo rivisto gli aspetti legali. Approvato.', 'approval'],
    ['Freigegeben. Bitte halten Sie sich an den Plan bis zum Launch.', 'approval'],
    ["C'est bon pour nous, on valide sans souci.", 'approval'],
    ['Approuvé, y compris les frais de 1 500 € hors taxes.', 'approval'],
    ['Approved with a list of our 14 store locations attached.', 'approval'],
    ["Approved - we won't make any changes to the plan.", 'approval'],
    ['The team is optimistic about the June launch. Approved.', 'approval'],
    ['Sorry for the slow reply, running late today. Approved.', 'approval'],
    ["I'm happy to make an exception for the Boston store. Approved.", 'approval'],
    ['All tests passed, great work. Looking forward to the next release!', 'testing'],
    ['Na overleg met het team gaan we akkoord.', 'approval'],
    ["Ça n'a rien à voir avec le planning : tout est validé.", 'approval'],
  ]);

  // (The second reading retrained on this session's batches, many of which hold a yes with a plain "wait", doubts this one at 0.56:
  // the rules read the yes and no hold in its negated "wait", and the PM decides for that doubt only.)
  it('reads a negated "wait" as no hold on the start', () => {
    expectRulesYes("Validé. N'attendez pas la fin du mois avant de lancer.", 'approval');
  });

  notActedOn([
    ['OK pour nous. En attente de la signature du directeur.', 'approval'],
    ['Per noi va bene. In attesa della firma del direttore.', 'approval'],
    ['All tested, looks great - approved. Please correct the 2 typos on the receipt before go-live.', 'testing'],
  ]);

  it('takes no count of staff for a choice of launch days', () => {
    expect(read('Details are correct. Launch June 7, training for 6 or about 8 staff per store.', 'confirmation').reasons.join(' ')).not.toContain(
      'a choice of dates',
    );
  });
});

describe('details confirmed with the launch day still to come', () => {
  it('marks the day still to come as a doubt the second reading may settle, since the client is asked for the day again', () => {
    const reading = read("All correct on our side. I'll confirm the exact launch day after our committee meets.", 'confirmation');
    expect(reading.intent).toBe('approve');
    expect(reading.reasons.join(' ')).toContain('the launch date still to come');
  });
});

describe('what a twelfth review (the shapes clients write most) tried', () => {
  notActedOn([
    ['Approved, with one tweak: certification round 1 a week later, please.', 'approval'],
    ['Akkoord, met een kleine aanpassing: de certificering een week later.', 'approval'],
    ['Approved per our conversation (setup fee waived).', 'approval'],
    ['Approved for the Boston event. We’ll need a separate plan for Chicago.', 'approval'],
    ['Approved. Requirements by the 26th is going to be tough, realistically early April.', 'approval'],
    ['Approved. Guest lookup by phone only works with the +1 in front.', 'testing'],
    ["Approved. Dietary requirements field isn't coming across.", 'testing'],
    ['Approved. Had to clear the app cache to see the rewards tab.', 'testing'],
  ]);

  actedOn([
    ['Das Testprotokoll hängt an. Alle Testfälle sind grün, unsere interne QA ist abgeschlossen.', 'readiness'],
    ['Ready for round 2. Same staging link and logins as before.', 'readiness'],
  ]);
});

describe('what the last dev batches showed', () => {
  notActedOn([["We approve the schedule, but heads up: the integrator QA complete date of 4/16 won't hold for us, realistically it'll be 4/23.", 'approval']]);

  actedOn([
    ['We approve the plan. Dates and scope are as discussed on the call. Test accounts should be with you early next week.', 'approval'],
    ["Approved. We won't hold you up any longer.", 'approval'],
  ]);
});

describe('a verb that often tells the future, telling what is so now', () => {
  actedOn([
    ['Wir haben getestet: Anmeldungen und Stornierungen werden korrekt übertragen. Von unserer Seite gibt es die Freigabe für den Go-Live.', 'testing'],
    ['Der Punktestand wird jetzt korrekt mit Dezimaltrennzeichen angezeigt. Wir geben die Integration hiermit frei.', 'testing'],
    ['De annuleringen komen nu ook goed door. Wat ons betreft mag de koppeling live.', 'testing'],
  ]);
  notActedOn([
    // A fix under way, or right only after an update, is still to come.
    ['Alles getestet, wir geben frei. Die zwei Fehler aus der App werden jetzt von OrderLoop behoben.', 'testing'],
    ['Alles getestet, wir geben frei. Die Beträge auf dem Bon werden nach dem Update korrekt gerundet.', 'testing'],
    ['Alles getest, akkoord. De twee punten over de retouren worden nu door OrderLoop opgelost.', 'testing'],
    ['Die Testfälle sehen gut aus. Die Freigabe wird unser Leiter nächste Woche erteilen.', 'testing'],
    ['Sieht gut aus, die Freigabe werden wir nach dem Regressionstest geben.', 'testing'],
  ]);
});

describe('what the dev batches of long replies and of yeses to something else showed', () => {
  notActedOn([['Yes, our legal team signed off on the DPA this morning, countersigned copy attached.', 'approval']]);
  actedOn([
    ['Plan approved. Legal signed off on the DPA too.', 'approval'],
    // The message for a wrong password names the case tested, not a defect.
    ['After last week’s small text fix (the message for a wrong password) everything matches word for word now. We approve the integration.', 'testing'],
    [
      'Na de kleine tekstcorrectie van vorige week (de melding bij een verkeerd wachtwoord) klopt alles nu woord voor woord. Wij keuren de integratie hierbij goed.',
      'testing',
    ],
    // Someone else to turn to is no new scope.
    ['Approviamo il piano così com’è. Per le questioni tecniche potete fare riferimento anche a Silvia Conti del nostro IT.', 'approval'],
  ]);
  it('reads "tiene que ser con 2" as a change asked, beside an OK', () => {
    expect(read('OK, pero el saldo sale con 4 decimales, tiene que ser con 2.', 'testing')).toMatchObject({ intent: 'decline' });
  });
});

describe('work still to come after a document approved is the plan that follows it, not the yes still to come', () => {
  // The rules leave the doubt to a second reading sure of the yes; a yes itself still to come stays a doubt that stands.
  actedOn([["We approve the work order, including the implementation fee. Northwind can start as soon as you're ready.", 'approval']]);
  notActedOn([
    ['The schedule looks fine to us; the final approval will come from our COO next week.', 'approval'],
    ['Looks good. Kevin will send the approval tomorrow.', 'approval'],
  ]);
  it('marks the work to come as a doubt a second reading may settle', () => {
    const reading = read('We approve the proposed schedule. Our QA will be finished by July 30, and we have booked two testers for that week.', 'approval');
    // (Whether the second reading is sure enough to settle it is the model's: retrained on more replies, it now is.)
    expect(reading).toMatchObject({ intent: 'approve', settleable: true });
    expect(reading.reasons.join(' ')).toContain('the yes that counts still to come');
  });
  it('keeps an approval itself still to come a doubt no second reading settles', () => {
    expect(read('The schedule looks fine; the final approval will come from our COO next week.', 'approval').settleable).toBeUndefined();
  });
});

describe('what the long replies of the dev batch showed, continued', () => {
  it('reads the edge cases listed in a bracket a few words after their name as cases tested, not problems', () => {
    const reading = read(
      'We also ran the three edge cases that tripped up our previous vendor (hyphenated surnames, international addresses, and duplicate emails shared by spouses), and they were handled correctly.',
      'testing',
    );
    expect(reading.intent).not.toBe('decline');
  });
  it.each(['Derek will cover for me, including any post-launch issues.', 'Our front desk staff will forward any attendee problems to him.'])(
    'reads "%s" as no problem reported',
    (text) => expect(read(text, 'testing').intent).not.toBe('decline'),
  );
  it('reads "please go ahead and issue the production credentials" as a go-ahead, not an issue', () => {
    expect(
      read('All four are correct for our setup, and we confirm the production configuration. Please go ahead and issue the production credentials.', 'open')
        .intent,
    ).toBe('approve');
  });
});

describe('a "but" that takes its problem back', () => {
  it('is no doubt about the yes: "but that does not change anything" beside a confirmed launch day', () => {
    const reading = read(
      'All details are correct, launch on June 7 please. Registration opens that day, but that does not change anything for the integration.',
      'confirmation',
    );
    expect(reading.reasons.join(' ')).not.toContain('a “but” after the yes');
  });
});

describe('what the long test reports of the dev batches showed', () => {
  it.each([
    // "Without" negates the words right after it, never a resolution further on.
    ['Il problema dello scontrino senza saldo è stato risolto.', 'testing'],
    ['Also the receipt problem without balance, reported in the previous round, has been resolved.', 'testing'],
  ] as const)('reads "%s" as the problem resolved', (text, question) => {
    expect(read(text, question).reasons.join(' ')).toContain('an earlier problem resolved');
  });
  it('still reads "without" as negating the words right after it', () => {
    expect(read('Everything works without any real issues.', 'testing')).toMatchObject({ intent: 'approve' });
  });
  it('reads a defect a resolution names in brackets as no refusal of the sender’s', () => {
    const text = 'The two defects from last week (birth date rejected in DD/MM/YYYY format and the lockout message not translated) are fixed.';
    expect(read(text, 'readiness').reasons.join(' ')).not.toContain('refuses');
  });
  it('finds no "take … off" in "take this as our formal sign-off"', () => {
    expect(read('Everything passed, so please take this as our formal sign-off: the integration is approved for launch.', 'testing')).toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
  });
  it('reads "no objections and nothing to add" as two phrases, neither negating the other', () => {
    expect(read("So we're happy with the configuration changes as described - no objections and nothing to add from our side.", 'open').intent).toBe('approve');
  });
  it.each([
    ['Thanks to the whole team for the quick turnaround on the duplicates fix.'],
    ['Harvest Table approves the integration, please move it on to certification.'],
  ])('reads "%s" with no problem or change in it', (text) => {
    expect(read(text, 'testing').intent).not.toBe('decline');
  });
  it('reads "coincide con los datos" as a match, "coincide con Semana Santa" as a clash', () => {
    expect(read('Informe diario exportado: coincide con los datos de Cadmium.', 'testing').intent).not.toBe('decline');
    expect(read('La fecha propuesta coincide con Semana Santa, ¿podemos moverla?', 'approval').intent).toBe('decline');
  });
});

describe('a fix asked for beside the yes, in the imperative', () => {
  notActedOn([
    ['Good to go, just fix any issues first.', 'testing'],
    ['Good to go, just fix any display issues on the receipt first.', 'testing'],
    ['Todo bien, solo corregid cualquier problema antes del lanzamiento.', 'testing'],
    ['Todo bien, para cualquier problema corregidlo antes del lanzamiento.', 'testing'],
    ['Va bene, risolvete eventuali problemi prima del lancio.', 'testing'],
    // Italian "dopo" (after) before a meeting or a signature still holds the yes.
    ['Approviamo dopo la firma del CFO.', 'approval'],
    ['I dati sono corretti, la data di lancio ve la confermo dopo il consiglio di amministrazione.', 'confirmation'],
  ]);
});

describe('a list of fixes whose items run over two sentences', () => {
  it('reads every item under "All four findings are fixed:" as a fix, past a sentence of its own after an item', () => {
    const text = [
      'All four findings are fixed in build 2.1.0:',
      '',
      '1. Enrollment source - we now send the source field on every registration call. Verified in our request logs.',
      '2. Duplicate balance calls - the account page was calling balance twice; it is now one call.',
      '3. Password reset - switched to the current endpoint.',
      '',
      "We reran our full QA and everything passed. We're ready for round 2 of certification.",
    ].join('\n');
    expect(read(text, 'readiness').reasons.join(' ')).not.toContain('a problem still open');
  });
  it('reads "the two issues we raised … are handled now" as resolved', () => {
    const text = 'The two issues we raised with your team earlier - the 1102 error and the timezone on the last activity date - are handled now.';
    expect(read(text, 'readiness').reasons.join(' ')).toContain('an earlier problem resolved');
  });
});

describe('what a thirteenth review (long replies) tried', () => {
  notActedOn([
    // A review by legal, finance or a board, or a purchase order a committee still finalises, is the yes's own condition.
    [
      'We approve the project plan. Our legal team will go through the change-request and fee clause next week, and I will come back to you with their comments.',
      'approval',
    ],
    ['We approve the work order. The purchase order for the setup fee will be finalised by our finance committee at its meeting on April 8.', 'approval'],
    // A fix still to come at a test.
    ['Alles getest, akkoord. De twee punten over de retouren worden nu door OrderLoop opgelost.', 'testing'],
    // Something still open inside a fix's bracket.
    [
      "Both issues from the first round are fixed (the confirmation mail now goes out, though with last year's conference logo at the top). We approve.",
      'testing',
    ],
    ['Die beiden Punkte aus der ersten Runde sind behoben (die Rückerstattung bucht die Punkte allerdings weiterhin nicht zurück). Wir geben frei.', 'testing'],
  ]);
  it('reads no doubt beside "We approve" in a fix report whose brackets only say what was fixed', () => {
    // (Whether it is acted on alone is the second reading's: the model retrained on the trap batches gx and hb finds such fix
    // reports likelier a no; a floor for it beside an explicit yes, tried out of fold, acted on three more right yeses and one wrong one.)
    const reading = read('Both issues are fixed (the balance now refreshes, and the error text is the friendly one). We approve.', 'testing');
    expect(reading.intent).toBe('approve');
    expect(reading.reasons.filter((r) => !r.startsWith('the second reading'))).toEqual(['says yes (approve): “We approve.”']);
  });
  it('still lets a second reading settle a test still to come', () => {
    expect(read("Approved for launch. We'll retest the refunds once more tomorrow morning.", 'testing')).toMatchObject({ intent: 'approve' });
  });
});

describe('what the thirteenth review tried, continued: a long reply’s last paragraph', () => {
  const long = (yes: string, last: string) =>
    [
      'Thanks for sending the work order over so quickly after last week’s call, and for walking us through the fee structure in such detail.',
      `${yes}`,
      'Our store managers are looking forward to the project, and the marketing team has already started on the copy for the sign-up pages and the welcome email that goes out after enrolment.',
      'We have also booked the training room at the head office for the kick-off, and our IT lead will join from the Porto office with two of his developers.',
      'The test terminals are on their way to the two pilot stores, and both store managers have blocked time in their diaries for the client QA weeks in May.',
      last,
      'Best regards, Ana',
    ].join('\n\n');
  it('finds a yes less likely when the last words of a long reply do (the model reads a long reply’s first and last words)', () => {
    const reading = read(
      long('We approve the work order.', 'One more thing: the training fee was waived for existing customers like us, so I have left it out of our PO.'),
      'approval',
    );
    expect(reading).not.toMatchObject({ intent: 'approve', needsReview: false });
  });
  notActedOn([
    ['We approve the schedule, but our franchise owners have the last word on the client QA dates.', 'approval'],
    ['Schedule approved. Our whole team is at IMEX the week of March 15, so for the kick-off the 22nd would be the first realistic day.', 'approval'],
    ['QA complete, all 42 cases pass. Refunds we have parked, Tomás agreed they can come in a second phase after go-live.', 'readiness'],
  ]);
  actedOn([['Point 1 is fixed and retested: all points are now counted once per order, as they should be. We approve the client QA.', 'testing']]);
});

describe('the error and success messages listed in a bracket', () => {
  it('reads "duplicate email" in the list of messages gone through as a case, not a problem', () => {
    const text =
      "We also went through every error and success message on the list (invalid card, expired session, insufficient points, duplicate email and so on) and we're happy with the wording of all of them.";
    expect(read(text, 'testing').intent).not.toBe('decline');
  });
});

describe('a short clause with a yes and a word of time', () => {
  it('is the answer itself, a doubt no second reading settles ("Yes, still June.")', () => {
    const reading = read('Yes, still June. Marketing approved the campaign plan last week so that date is locked.', 'approval');
    expect(reading).toMatchObject({ needsReview: true });
    expect(reading.settleable).toBeUndefined();
  });
});

describe('a launch day chosen later between two days, terms agreed before', () => {
  notActedOn([
    ['Os dados estão corretos. A administração decide na reunião de 20 de abril entre 7 e 21 de junho para o lançamento.', 'confirmation'],
    ['All details are correct. The launch will be between June 7 and June 21, our board decides in April.', 'confirmation'],
    ['We approve the work order. We were told it would be $150 per location for the setup.', 'approval'],
  ]);
  actedOn([['All details are correct, launch on June 7 please.', 'confirmation']]);
});

describe('at a test, a word of yes still to come beside an explicit approval', () => {
  notActedOn([["We approve the integration. Receipt totals on orders with a reward will be right in next week's build, Raj tells us.", 'testing']]);
  actedOn([["We approve the plan. Receipt totals will be right, Raj tells us, and we'll send the test accounts next week.", 'approval']]);
});

describe('"bij"/"bei" before a problem named later in the sentence', () => {
  notActedOn([
    ['Ziet er goed uit, maar bij het testen kwamen we nog problemen tegen met annuleringen.', 'testing'],
    ['Sieht gut aus, aber bei den Stornierungen haben wir noch Problemen gesehen.', 'testing'],
  ]);
  actedOn([['Alles getest en goedgekeurd. Bij problemen na de livegang bellen we jullie.', 'testing']]);
});

describe('"for any …" before a problem named later in the sentence', () => {
  notActedOn([
    ['Looks good, but for any order with a discount there are still issues with the points.', 'testing'],
    ["Tutto ok, ma per qualsiasi ordine con sconto c'è un problema con i punti.", 'testing'],
    ['Tudo certo, mas para qualquer pedido com desconto há um problema com os pontos.', 'testing'],
  ]);
});

describe('words that only look like a correction, a change of terms or a time still to come', () => {
  actedOn([
    // "sem parar", "sans arrêt": without stopping, nothing taken out of the terms.
    ['Plano aprovado, as datas funcionam para nós. Aqui choveu sem parar a semana toda, pelo menos o trabalho rende.', 'approval'],
    ['Planning validé, les dates nous conviennent. Il pleut sans arrêt ici depuis lundi, au moins on avance bien.', 'approval'],
    // "ya corregimos las dos observaciones:": both found in the round fixed, listed after it (the fixes' own words are no problem).
    [
      'Ya corregimos las dos observaciones de la ronda 1:\n1. El saldo se muestra con dos decimales.\n2. Cuando el token expira la app renueva la sesión en vez de quedar en blanco.\n\nLo volvimos a probar y está todo OK. Estamos listos para la próxima ronda.',
      'readiness',
    ],
  ]);
  // A capital after ", not" is a name corrected, in capitals throughout too (where "NO ISSUES" looks the same: left to the PM).
  notActedOn([
    ['Looks good, approved. Our contact is Tom, not Jenna.', 'approval'],
    ['OK, NOT JENNA, TOM.', 'confirmation'],
    ['APPROVED, NOT JUNE 3, JUNE 10.', 'approval'],
  ]);

  it.each([
    ['La nostra QA interna si è conclusa venerdì scorso e siamo pronti per la certificazione.', 'readiness'],
    ['Nous avons terminé nos tests vendredi dernier et nous sommes prêts pour la certification.', 'readiness'],
    ['Afgelopen vrijdag hebben we de interne QA afgerond, we zijn klaar voor certificering.', 'readiness'],
    ['Terminamos las pruebas el viernes pasado y estamos listos para la certificación.', 'readiness'],
    // A morning gone by, or a greeting: "Morgen" and "mañana" are tomorrow too.
    ['Guten Morgen Herr Weber, wir haben alles getestet und sind bereit für die Zertifizierung.', 'readiness'],
    ['Wir haben heute Morgen alles getestet, wir sind bereit für die Zertifizierung.', 'readiness'],
    ['Esta mañana terminamos las pruebas y estamos listos para la certificación.', 'readiness'],
  ] as const)('takes a weekday gone by for no time still to come: "%s"', (text, question) => {
    const reading = read(text, question);
    expect(reading.intent).toBe('approve');
    expect(reading.reasons.join(' ')).not.toMatch(/not done yet|still to come/);
  });

  it.each([
    ['Wir schicken die Screenshots am Freitag, dann sind wir bereit.', 'readiness'],
    ['Mañana por la mañana les mandamos el video y luego estamos listos.', 'readiness'],
    // A German present that tells what will be ("das Video haben wir am Freitag fertig").
    ['Wir sind bereit für die Zertifizierung, das Video haben wir am Freitag fertig.', 'readiness'],
  ] as const)('still takes a weekday or a morning ahead for something still to come: "%s"', (text, question) => {
    expect(read(text, question).intent).not.toBe('approve');
  });
});

describe('the messages a test goes through, named by their kind, are no problem found', () => {
  actedOn([
    ['Abbiamo provato tutti i casi, i messaggi di conferma e di errore sono approvati.', 'testing'],
    ['No more changes from us to any message, success or error: approved.', 'testing'],
    ['We went through all use cases, also the error situations (wrong PIN, expired card). All approved.', 'testing'],
    ['Die Fehlermeldungstexte sind so, wie vereinbart. Wir geben die Tests frei.', 'testing'],
    // Thanks for a fix ask for none; a problem of the last round "-> now coming through" is resolved.
    ['Thanks for the fix - the vouchers now come through correctly on every test account. Please go ahead and launch.', 'testing'],
    ['Retested round 1:\n- Session add-ons missing from the sync -> now coming through with the right price\n\nYou have our approval for launch.', 'testing'],
  ]);
  // A hypothesis after "let me know if" is read even though that phrase is neutral: an overlapping neutral phrase is still found.
  // (The rules' reading: at a readiness report the second reading weighs so short a yes against its floor, and a retraining moves
  // it by a hundredth.)
  it.each([
    ["We're ready for certification. Screenshots, video and test transactions attached; let me know if anything's missing.", 'readiness'],
    ["We're ready for certification. Attached: screenshots of all error and success states, error + success messages included.", 'readiness'],
  ] as const)('reads no problem and nothing still to come in "%s" (%s)', (text, question) => expectRulesYes(text, question));
  notActedOn([
    // Only "missing", "unclear" and kin are hypotheses neutral after "if anything": a condition on the launch is none.
    ['Approved, hold the launch if anything fails in the dry run.', 'testing'],
    ['Approved, if anything fails we pull out.', 'approval'],
  ]);
  it('still takes a thing named as missing, after "let me know if", for work still open', () => {
    expect(read("We're ready for certification. Let me know if the vouchers are still missing.", 'readiness').intent).not.toBe('approve');
  });
  it.each([
    ['Beim Login bekommen wir eine Fehlermeldung.', 'testing'],
    ['Bij het inloggen krijgen we een foutmelding.', 'testing'],
  ] as const)('still takes an error message met for a problem: "%s"', (text, question) => {
    expect(read(text, question).intent).toBe('decline');
  });
});

describe('a ready report whose files are said to be attached, and none is', () => {
  const noFiles = { hasDate: false, hasContacts: false, attachmentNames: [], noFiles: true };
  it('goes to the PM: the round would open on materials that never came', () => {
    const reading = interpret("We're ready for certification. Screenshots, video and test transactions attached.", 'readiness', noFiles);
    expect(reading).toMatchObject({ intent: 'approve', needsReview: true });
    expect(reading.reasons.join(' ')).toContain('files said to be attached, and none is');
  });
  it('finds no doubt of files when the files are there, or when it says nothing of files', () => {
    const files = { hasDate: false, hasContacts: false, attachmentNames: ['screens.zip'] };
    // (The rules read the yes with no doubt of files; the second reading, retrained in the twenty-fourth round, finds it 0.69 likely.)
    const attached = interpret("We're ready for certification. Screenshots, video and test transactions attached.", 'readiness', files);
    expect(attached.intent).toBe('approve');
    expect(attached.reasons.filter((r) => !r.startsWith('says yes')).every((r) => r.startsWith('the second reading'))).toBe(true);
    expect(interpret("We're ready for certification, the materials went out last week.", 'readiness', noFiles).reasons.join(' ')).not.toContain('none is');
  });
});

describe('what the batches fv, fw and fx showed', () => {
  it('takes a name denied and another put in its place by the "but" after it for a detail corrected, beside a yes', () => {
    expectNoYesActedOn('Eén correctie: wij verkopen onze tickets niet via Eventbrite maar via Paylogic. Verder klopt alles.', 'confirmation');
    expectNoYesActedOn("One thing: we don't sell tickets through Eventbrite but through Paylogic. Everything else is right.", 'confirmation');
    expect(readClauses('We are not live yet but Tom will test it.').clauses[0]?.corrects).toBe(false);
    // A German verb's last word after the name denied, and "sondern" putting the other in its place.
    expectNoYesActedOn(
      'Die Angaben sind korrekt und hiermit bestätigt. Zur Info: Der Fachkongress findet 2025 nicht mehr in Köln statt, sondern in der Messe Hamburg.',
      'confirmation',
    );
    expect(readClauses('Der Kongress findet nicht mehr in Köln statt, sondern in Hamburg.').clauses[0]?.corrects).toBe(true);
    expect(readClauses('Wir sind nicht nur mit dem Plan einverstanden, sondern auch mit dem Budget.').clauses[0]?.corrects).toBe(false);
  });

  it('takes an English auxiliary with no subject after it for a statement, its "I" left out ("Will keep an eye on it")', () => {
    expect(readClauses('Will keep an eye on it').clauses[0]?.question).toBe(false);
    expect(readClauses('Can do Thursday, just need the invite').clauses[0]?.question).toBe(false);
    expect(readClauses('Will you keep an eye on it').clauses[0]?.question).toBe(true);
    expect(readClauses('Can we do Thursday').clauses[0]?.question).toBe(true);
    // Not a verb of a yes: whether "would go ahead" asks or tells, the PM reads it.
    expectNoYesActedOn('Would go ahead with the plan, just waiting on Tom', 'approval');
    expectNoYesActedOn('Could go live, just checking refunds again', 'testing');
    expect(readClauses('Still broken in build 4.2. Approved otherwise?').clauses.length).toBe(2);
  });

  it('leaves details confirmed with the launch day to come to the PM when the launch is said to depend on something', () => {
    const reply = read(
      'I dati sono corretti e il referente sono io. Per la data di lancio pensavamo a inizio aprile, ma dipende dal consiglio direttivo. Vi confermo il giorno preciso subito dopo.',
      'confirmation',
    );
    expect(reply).toMatchObject({ needsReview: true });
    expect(reply.settleable).toBeUndefined();
  });
});

describe('what the batches gj to gn showed', () => {
  it('takes a short phone statement for information where no yes or no is asked ("Orderly hosts it", "repeat scans r just noise")', () => {
    expect(read('website only no app. no reverse enrollment. Orderly hosts it', 'open').intent).toBe('inform');
    expect(read('first scan only pls. repeat scans r just noise', 'open').intent).toBe('inform');
    // Thanks alone still tell nothing.
    expect(read('Thanks so much!', 'open').intent).toBe('none');
  });

  it('takes "nah" as a whole answer for a no', () => {
    expect(read('nah', 'approval').intent).toBe('decline');
  });

  it('reads a problem reported in a request at a test as feedback, not new scope, whatever joins it to the one before', () => {
    const reply = read(
      'member pricing works but expired members still get the member rate also the chapter field is blank on every registration can you guys look at both',
      'testing',
    );
    expect(reply).toMatchObject({ intent: 'decline', scope: false });
    // New scope asked beside a problem, in its own sentence, is still scope.
    expect(read('The badge export is broken. Also, can you add a nightly export to HubSpot?', 'testing').scope).toBe(true);
  });

  describe('a question or a request to someone copied on the reply', () => {
    const copied = (names: string[]): InterpretSignals => ({ ...plain, copied: names });
    it('asks them, not us: the yes beside it waits on their answer, and goes to the PM', () => {
      const text = 'Fine by me. I want Raj in IT to look at the API access date first. Raj, can you confirm by tomorrow?';
      const reply = interpret(text, 'approval', copied(['raj']));
      expect(reply).toMatchObject({ intent: 'approve', needsReview: true });
      expect(reply.reasons.join(' ')).toContain('asks someone copied on the mail');
      // Not copied, Raj could be one of ours: the question is ours to answer.
      expect(interpret(text, 'approval', plain).intent).toBe('question');
    });
    it('with no yes, tells what is still to come from them', () => {
      const text = 'Most of these are for our web agency. Looping in Chris Lund at Pixelhaus. Chris, can you answer 1 to 3 for them?';
      expect(interpret(text, 'open', copied(['chris'])).intent).toBe('inform');
      expect(interpret('Ben can you confirm to Paytronix directly so we are not waiting on me', 'readiness', copied(['ben'])).pending).toHaveLength(1);
    });
    it('does not take a colleague named in a statement, or told something, for one asked', () => {
      const yes = 'On behalf of the foundation, the project plan is approved. Anita will begin assembling the test accounts this week.';
      expect(interpret(yes, 'approval', copied(['anita']))).toMatchObject({ intent: 'approve', needsReview: false });
      expect(interpret('Approved. Anita: the accounts are attached.', 'approval', copied(['anita']))).toMatchObject({ intent: 'approve', needsReview: false });
    });
  });
});

describe('what the batches go to gq showed', () => {
  it.each([
    ["Pour moi c'est bon, mais c'est ma directrice qui valide. Je lui transmets et je reviens vers vous demain.", 'approval'],
    ['Por mi parte está bien, pero es mi directora quien aprueba. Se lo paso y te confirmo mañana.', 'approval'],
    ['Per me va bene, ma è il direttore a decidere. Glielo giro e vi faccio sapere domani.', 'approval'],
    ['Por mim está ótimo, mas é a diretora quem aprova. Repasso para ela e volto amanhã.', 'approval'],
  ] as const)('leaves a yes whose decision is someone else’s to the PM: "%s"', (text, question) => expectNoYesActedOn(text, question));

  it('takes a no that opens the reply, set off by a comma or a dash, for the answer, whatever follows', () => {
    expect(read("not yet - need my VP to sign off and she's out til monday. will get back to u tues latest", 'approval').intent).toBe('decline');
    expect(read('Nope, still fixing the balance call timing out on the kiosk. End of week hopefully.', 'readiness').intent).toBe('decline');
    // A no that goes on to a yes is none; nor is "no questions" without the comma.
    expect(read('No, all good - approved.', 'approval')).toMatchObject({ intent: 'approve' });
    expect(read('No questions from our side, the plan is approved.', 'approval')).toMatchObject({ intent: 'approve' });
  });

  it('takes "ok thx" at a status step for an acknowledgement, and a signature’s name line for no statement', () => {
    expect(read('ok thx', 'status').intent).toBe('none');
    expect(read('Tanya Ruiz\nOperations Manager\nPacific Rim Dental Congress', 'status').intent).toBe('none');
  });

  it('takes "we\'re blocked" at a readiness step for not ready, not for a question, and a tool blocked on our side for nothing', () => {
    expect(read("code complete but we're blocked on test cards, only got 2 of the 5. can someone send the rest asap?", 'readiness').intent).toBe('decline');
    expect(read('Here it is again as a direct download in case Loom is blocked on your side. That should complete the set.', 'readiness').intent).not.toBe(
      'decline',
    );
  });
});

describe('what the batches gr and gs showed', () => {
  it('takes a bracket’s guess with a question mark for no question ("(tijdzone?)"), and the problem beside it for one', () => {
    const reply = read(
      'Ziet er goed uit, maar de sessietijden staan een uur verschoven in de app (tijdzone?). Graag even checken voordat we akkoord geven.',
      'testing',
    );
    expect(reply.intent).toBe('decline');
    expect(readClauses('the times are off by an hour (timezone?).').clauses[0]?.question).toBe(false);
    expect(readClauses('Can you check the timezone (UTC?)?').clauses[0]?.question).toBe(true);
  });
  it('takes "needs our CFO to sign" beside a yes for a yes that is someone else’s', () => {
    expectNoYesActedOn('Looks good to me, but it needs our CFO to sign. I sent it to her.', 'approval');
  });
});

describe('what a review of this round’s change found', () => {
  notActedOn([
    // A question in brackets is still a question; only a guess of a word or two is not.
    ['The plan looks fine to us. Approved - please proceed (is the monthly fee still $500?).', 'approval'],
    ["Yes that's all correct (do you need our store IDs too?)", 'confirmation'],
    // A sad face opens no bracket that would join the question after it to the yes.
    ["Sorry for the slow reply :( What's the monthly fee after year one? The plan is approved.", 'approval'],
  ]);
  it('takes a no set off at the opening for the answer only when what follows is still to come or wrong', () => {
    expect(read("No, we didn't find any issues.", 'testing').intent).not.toBe('decline');
    expect(read('Nope, nothing else needed from us', 'readiness').intent).not.toBe('decline');
    expect(read('No, this is the final version', 'approval').intent).not.toBe('decline');
  });
  it('still reads what follows a no that is no whole answer ("Not now, the store team is on holiday")', () => {
    expect(read('Not now, the store team is on holiday until the 20th.', 'status').intent).toBe('inform');
  });
  it('keeps new scope asked after a problem in the same request a change request', () => {
    expect(read("Tested: the export fails on large files, please fix that and add SMS notifications while you're at it.", 'testing').scope).toBe(true);
  });
  it('does not take the sender’s own decision in a cleft sentence, or a signature said not to be needed, for someone else’s', () => {
    expectYesActedOn("C'est moi qui valide de notre côté : le plan est approuvé, vous pouvez avancer.", 'approval');
    expectYesActedOn('Sou eu quem aprova aqui: aprovado, podem avançar.', 'approval');
    expectYesActedOn("Approved. This doesn't need our CFO to sign, it's within my budget.", 'approval');
  });
});

describe('what the record sets gh and gi showed, once filed', () => {
  it('takes a question introduced as "unrelated" for a question about the project, not small talk', () => {
    const reply = read(
      'QA is done on our end and everything checks out - approved.\n\nUnrelated question: is there a go-live checklist you can send me? I want to brief our store managers.',
      'testing',
    );
    expect(reply.intent).toBe('question');
  });
});

describe('what a second review of this round’s change found', () => {
  // Words of something still to come made a question without its mark no question, and the yes beside it was acted on.
  notActedOn([
    ['Approved, thanks. Where is the 15% discount coming from', 'approval'],
    ['Approved. Can we get the signed SOW by next Friday', 'approval'],
    ['We approve the plan. What follows after this step', 'approval'],
  ]);
  actedOn([
    ["Approved! Our go-live is coming up fast so let's keep moving.", 'approval'],
    ['Approved. The signed copy follows by post.', 'approval'],
  ]);
});

describe('what the batches gx to ha showed', () => {
  // A caveat announced after a yes ("One thing:", "Só um detalhe:") holds it, whatever the caveat's words.
  notActedOn([
    ['Testamos todos os casos de uso e está tudo funcionando, aprovado. Só um detalhe: o Rodrigo ainda precisa validar as mensagens de erro.', 'testing'],
    ['Approved from our side. One thing: the receipt footer still shows the old phone number.', 'testing'],
    ["Per noi va bene. L'unica cosa: il logo nella mail di benvenuto è quello vecchio.", 'approval'],
    ['Passt soweit. Nur eine Sache: die Gutscheinbeträge werden ohne Nachkommastellen angezeigt.', 'testing'],
    ['The budget was approved internally, the rest we will look at next week.', 'approval'],
    // Someone still to validate is a review still to come.
    ['All use cases pass, approved. Marta still needs to validate the Spanish error messages before we close.', 'testing'],
  ]);
  actedOn([
    // Own work told done in the past passive is the answer at a readiness step (a yes told so is still someone else's: below).
    ['O desenvolvimento e o nosso QA interno foram concluídos, o build está pronto para certificação.', 'readiness'],
    ['Approved, one more time thanks for the quick turnaround.', 'approval'],
    ['Assim, a Burger Brasa aprova o cronograma conforme proposto.', 'approval'],
  ]);

  it('takes a question word first with no mark, or a trailing "..", for a question (phones drop the mark)', () => {
    expect(read('which event is this for the spring summit or the oct one.. we have 2 contracts w you', 'confirmation').intent).toBe('question');
    expect(read('Ok grazie. Per quando pensate di finire lo sviluppo', 'status').intent).toBe('question');
    expect(read("C'est quoi exactement le reverse enrollment", 'open').intent).toBe('question');
    // A statement that ends with a full stop stays one.
    expect(read('What we need is the final mapping by Friday.', 'status').intent).not.toBe('question');
  });

  it('reads a Portuguese "né" closing a statement as a question tag', () => {
    expect(read('Beleza. Ainda dá pra lançar dia 15/04 né', 'testing')).not.toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('reads formal formulas for what they are: a closing, a day "later", a meeting that takes place', () => {
    expect(read('Sin otro particular, reciban un cordial saludo.', 'approval').intent).not.toBe('decline');
    expect(read('Más adelante se incorporará nuestro responsable de sistemas.', 'approval').intent).not.toBe('approve');
    expect(read('Unsere Jahrestagung findet 2025 erstmals im Congress Center Leipzig statt.', 'confirmation').intent).not.toBe('decline');
    // "statt" between two days still asks for another.
    expect(read('Bitte den 5. Mai statt dem 3. Mai.', 'confirmation').intent).toBe('decline');
  });

  it('reads test cases named by their problem ("carte bloquée", "duplicates are correctly detected") as no problem found', () => {
    const reading = read(
      "Nous avons testé tous les cas d'usage (inscription, cumul, solde insuffisant, carte bloquée). Tous les messages sont corrects. Nous approuvons la QA.",
      'testing',
    );
    expect(reading.reasons.join(' ')).not.toMatch(/reports a problem/);
    expect(read('Registrations arrive correctly and duplicates are correctly detected. Approved.', 'testing').reasons.join(' ')).not.toMatch(
      /reports a problem/,
    );
    // A problem beside such a test case is still one.
    expect(read('The blocked card test fails: the app shows error 409.', 'testing').intent).toBe('decline');
  });

  it('reads what is "still active" or "still correct" as what holds, not as something still to come', () => {
    expect(read('Confirmed – all five test accounts are still active.', 'status').reasons.join(' ')).not.toMatch(/still to come/);
    expect(read('The contact details are still correct.', 'confirmation').reasons.join(' ')).not.toMatch(/still to come/);
  });

  it('asks for no new scope with a connector "Also,", German "also" (so), or examples in a condition’s brackets', () => {
    expect(read('Also, will we get a heads-up a couple of days before the ready-to-test email?', 'status').scope).toBe(false);
    expect(read('Falls Ihre Entwickler also noch etwas von uns brauchen, melden Sie sich bitte.', 'status').scope).toBe(false);
    expect(read('Si necesitáis algo más de nuestra parte (accesos, usuarios de prueba adicionales), decídnoslo.', 'status').scope).toBe(false);
    // Scope asked for with "also" inside the sentence still is.
    expect(read('Can we also add session check-in sync?', 'status').scope).toBe(true);
  });
});

describe('what a review of the change of the batches gx to hh found', () => {
  // New ways to a wrong approval: a board still to meet hidden in "findet … statt", a "más adelante" with nothing left to doubt,
  // a confirmation word exempt from the second reading's floor.
  notActedOn([
    ['Hallo Frau Klein, passt für uns. Die Abstimmung mit dem Vorstand findet noch statt.', 'approval'],
    ['Hallo Frau Klein, der Plan passt für uns. Die Sitzung mit unserem Vorstand zur endgültigen Entscheidung findet am Donnerstag statt.', 'approval'],
    ['Hallo Frau Klein, sieht gut aus. Die interne Prüfung durch die IT findet nächste Woche statt.', 'approval'],
    ['Hola, de acuerdo con el plan. Más adelante lo revisará nuestro director financiero.', 'approval'],
    ['Hola, el plan nos parece bien. La firma del contrato la haremos más adelante.', 'approval'],
    ['Hola, conforme con el plan. Más adelante nos reunimos con el comité para cerrarlo.', 'approval'],
    [
      'Hallo Herr Meier, die Umsatzsteuer-ID in dem Formular ist noch die der alten Gesellschaft vor der Fusion im Januar. Wir bestätigen Ihnen die Angaben.',
      'confirmation',
    ],
  ]);
  // A caveat's lead that only thanks holds nothing back.
  actedOn([
    ['Approved! One last thing: thank you all for the great work on this.', 'approval'],
    ["Approuvé. Une dernière chose : merci à toute l'équipe pour le travail.", 'approval'],
  ]);
  // A trailing ".." is no full stop, whatever word opens the clause: "how come the launch moved to june.." asks, so these go
  // to the PM too (a second review: an exception for "when" and "how" let real questions be acted on as yeses).
  notActedOn([
    ['Approved.. when you have the invoice please send it over..', 'approval'],
    ['All good, approved. How exciting to finally see it live..', 'approval'],
  ]);

  it('keeps "One more thing:" from a yes acted on alone, and "one more thing built" new scope', () => {
    expect(read('Approved, go ahead. One more thing: our CFO still has to sign the work order before you start.', 'approval').needsReview).toBe(true);
    expect(read('Can we get one more thing built, an export to Excel?', 'open').scope).toBe(true);
  });

  // A second review, of the mends above.
  notActedOn([
    // A caveat that opens with praise and names a problem the reader does not know is still a caveat.
    ['Approved. One thing: the layout looks fine but the logo is too small.', 'approval'],
    // ".." after "how" or "when" still ends a question.
    ['looks ok. how come the launch moved to june..', 'approval'],
    ['Approved. When did we agree to the extra 2 weeks..', 'approval'],
    // An answer typed behind ">> NAME:" is read once kept.
    ['Approved, with one comment from Emily below.\n\nEMILY: only if it includes training, otherwise no.', 'approval'],
  ]);

  it('asks no new scope with "Also," before a request that is no question', () => {
    expect(read('Approved. Also, please send the signed copy back to Maria.', 'approval').scope).toBe(false);
  });

  it('asks for new scope with an opening "Also," before a request, not before a question of information', () => {
    expect(read('Also, can we include the gift card module?', 'open').scope).toBe(true);
    expect(read('Approved. Also, we would like the loyalty integration too, can you quote it?', 'approval').scope).toBe(true);
    expect(read('Also, would it be possible to have the loyalty points shown on the receipt?', 'status').scope).toBe(true);
    expect(read('Also, is there a rate limit on the test server we should know about?', 'status').scope).toBe(false);
  });

  it('reads a sentence whole across a link’s query mark, and a question mark after a link as one', () => {
    expect(read('Approved, assuming the fee in https://acme.example/quote?id=12 is still valid', 'approval').reasons.join(' ')).toContain('is still valid');
    expect(read('Is the menu to use https://x.example/menu2024.pdf?', 'status').intent).toBe('question');
  });

  it('keeps "statt" between two days a change, and reads it closing its phrase as no "instead"', () => {
    expect(read('Unsere Jahrestagung findet 2025 erstmals in Leipzig statt, wir freuen uns.', 'confirmation').reasons.join(' ')).not.toMatch(
      /asks for a change/,
    );
  });
});

describe('what this round’s phone replies showed', () => {
  it('reads a hold in a phone’s word order as a no, and a thumbs-up that waits for legal as no yes', () => {
    expect(read('hold pls, our dev is out sick', 'readiness')).toMatchObject({ intent: 'decline' });
    expect(read('hold please my boss wants to see it first', 'approval')).toMatchObject({ intent: 'decline' });
    expect(read('👍 but wait for legal', 'approval').intent).not.toBe('approve');
  });
});

describe('what this round’s replies in the other languages showed', () => {
  it('reads a Portuguese reflexive "se" and a title ("Eng.") as no condition and no end of sentence', () => {
    expect(
      read(
        'Em nome do Eng. Nuno Ferreira, que hoje se encontra em viagem, e conforme combinado com ele, informo que o plano do projeto está APROVADO.',
        'approval',
      ),
    ).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('reads a Romance negation in two words ("não … nenhum", "no … ningún") as one: the problem it names is denied', () => {
    expect(readClauses('Não tivemos nenhum incidente nas lojas.').clauses[0]?.hits.find((h) => h.act === 'problem')?.negated).toBe(true);
    expect(readClauses('No hubo ningún error en las pruebas.').clauses[0]?.hits.find((h) => h.act === 'problem')?.negated).toBe(true);
  });

  it('reads a Dutch "zowel … als" (both … and) as no condition', () => {
    expect(read('Hierbij keuren wij de werkorder goed, zowel de verdeling van de verantwoordelijkheden als de kosten.', 'approval')).toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
    expect(read('Wij keuren de werkorder goed als de kosten gelijk blijven.', 'approval').intent).not.toBe('approve');
  });
});

describe('what the formal mail of this round showed', () => {
  it('reads a review a policy requires and a late answer announced as nothing decided yet, not as a change or a refusal', () => {
    const reply =
      'Please be advised that project plans must be reviewed by our Legal and IT Security departments prior to approval. We will therefore not be able to respond within the 48-hour window. We expect to revert by Friday, March 19, 2027.';
    expect(read(reply, 'approval')).toMatchObject({ intent: 'inform', needsReview: false });
    // A refusal in the same words is still one.
    expect(read('We will not be able to approve this plan.', 'approval').intent).toBe('decline');
  });
});

describe('a word of liking beside words of receipt', () => {
  it('acknowledges the mail and approves nothing', () => {
    expect(read('¡Perfecto, recibido!', 'approval').intent).not.toBe('approve');
    expect(read('Great, received, thanks!', 'approval').intent).toBe('none');
    expect(read('Perfetto, ricevuto.', 'approval').intent).toBe('none');
  });

  it('still approves beside a word of approving or a go-ahead', () => {
    expect(read('Noted, approved.', 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
    expect(read('OK received go ahead', 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
  });
});

describe('what a review of the drafts-and-parts round’s change tried', () => {
  it('acts on no yes beside a review or a sign-off a rule still requires', () => {
    for (const reply of [
      'All good. It must be approved by our IT team first.',
      'Everything looks fine. The contract must be reviewed by our lawyer.',
      'Sounds good! Must be approved by Sarah too.',
      "Looks good! Give us another week to get the CFO's signature.",
    ])
      expect(read(reply, 'approval'), reply).not.toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('keeps a Dutch "als" before "zowel … als" a condition', () => {
    for (const reply of ['Ok, akkoord als zowel de kosten als de planning kloppen.', 'We zijn akkoord als zowel de planning als de kosten worden aangepast.'])
      expect(read(reply, 'approval'), reply).not.toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('acts on no Spanish yes whose answer is still to come in the present ("lo revisamos y os decimos")', () => {
    expect(read('Perfecto, recibido, lo revisamos y os decimos.', 'approval')).not.toMatchObject({ intent: 'approve', needsReview: false });
    // A review told in the past is no answer to come: "Lo revisamos ayer … y todo es correcto. Por nuestra parte queda confirmado."
    expect(read('Lo revisamos ayer con nuestro gerente y todo es correcto. Por nuestra parte queda confirmado.', 'confirmation').intent).toBe('approve');
  });
});

describe('courtesies beside a yes', () => {
  actedOn([
    ['Approved. Please also pass on my thanks to Priya on your sales team.', 'approval'],
    [
      'Es ist vollständig und korrekt, und wir bestätigen das IDI hiermit. Richten Sie bitte auch Frau Klein aus dem Integrations-Team unseren Dank aus.',
      'confirmation',
    ],
    ['The flows all match what we agreed, so confirmed. Please also thank Mei from the integrations team for explaining it so clearly.', 'confirmation'],
    ['Everything works, approved for launch. If anyone from Cadmium is in Denver that day, please stop by!', 'testing'],
  ]);

  it('still reads new scope asked beside thanks', () => {
    expect(read('Approved, thanks. Could you also add SMS reminders to the plan?', 'approval').scope).toBe(true);
  });
});

describe('comments on the document still to come', () => {
  it('leaves a yes beside them to the PM, however sure a second reading is', () => {
    expectNoYesActedOn(
      'Confirmed – Thursday at 2pm works for us, I’ll bring our marketing lead along. We’ll have our comments on the document ready by then.',
      'confirmation',
    );
    expectNoYesActedOn('Looks fine. Our feedback on the plan will follow on Monday after the team meeting.', 'approval');
  });
});

describe('words of a hedge that hedge nothing', () => {
  actedOn([
    ['Both fixes are in. 1. Voiding a check with a redeemed reward now reverses the redemption. Ready for round 2.', 'readiness'],
    ['Recette terminée, tout est validé : connexion, mot de passe oublié, verrouillage après 5 tentatives.', 'testing'],
  ]);

  // (The second reading's floor sends it to the PM since the twelfth round: see the end of this file.)
  it('reads no hedge in "bisher" (same as before)', () =>
    expectRulesYes('Der Build ist fertig und bereit für die Zertifizierung. Testbenutzer und Testkarten sind die gleichen wie bisher.', 'readiness'));

  it('still reads a hedge in the same words', () => {
    expectNoYesActedOn('Looks fine, but I need to check with Tom first.', 'approval');
    expectNoYesActedOn('Bisher läuft alles gut, wir testen noch weiter.', 'testing');
    expectNoYesActedOn('OK, es una fecha tentativa: el 5 de mayo.', 'confirmation');
  });
});

describe('lines beside a yes that turn to something else', () => {
  actedOn([
    ['APPROVED - dates and scope look right to us. Talk at the requirements check-in next week.', 'approval'],
    ['Confirmed! Details are all correct and I’ll stay the POC.\n\nUnrelated, but my desk line changed this week: it’s now 617-555-0148.', 'confirmation'],
  ]);

  it('still holds a yes beside a review or a "but" in the same words', () => {
    expectNoYesActedOn('Looks good. I’ll check in with the team next week and confirm.', 'approval');
    expectNoYesActedOn('Details are all correct, but the launch date is not confirmed yet.', 'confirmation');
  });
});

describe('words of things to come that say what still holds', () => {
  actedOn([
    ['yep thats us, details all correct and yes im still the poc', 'confirmation'],
    ['Both fixes are in: the redemption screen now shows the remaining balance, and the receipt prints it. Ready for round 2.', 'readiness'],
  ]);

  it('still holds a yes beside items said to remain', () => {
    expectNoYesActedOn('Ready for certification. The remaining items will follow on Friday.', 'readiness');
  });
});

describe('a caveat announced, and the reader’s own readiness', () => {
  it('reads no new scope in the words that announce a caveat, and still reads it asked after them', () => {
    const caveat = read('Approved, go ahead. One more thing: our CFO still has to sign the work order before you start.', 'approval');
    expect(caveat).toMatchObject({ scope: false, needsReview: true });
    expect(read('Approved. One more thing: can you add an export to Excel?', 'approval').scope).toBe(true);
  });

  it('takes "as soon as you’re ready" for our readiness, not the sender’s yes still to come', () => {
    expect(
      read('We approve the work order, including the implementation fee. Northwind can start as soon as you’re ready.', 'approval').reasons.join(' '),
    ).not.toContain('still to come');
    expectNoYesActedOn('Approved on our side; we will be ready to start once legal signs.', 'approval');
  });
});

describe('what a review of the change of the batches il to iu tried', () => {
  notActedOn([
    // New scope asked beside thanks passed on is still new scope.
    ['Approved. Please also thank Priya, and include the gift card module in phase 1.', 'approval'],
    ['Sounds good. Please also thank Tom and also add the tier report.', 'approval'],
    ['Looks good, go ahead. Please pass on our thanks to the team and also include the SMS module.', 'approval'],
    ['Approved. Please also thank Priya for the demo and add the gift card module to phase 1 as well.', 'approval'],
    ['Freigegeben. Richten Sie bitte auch Frau Klein unseren Dank aus und nehmen Sie zusätzlich das Gutscheinmodul mit auf.', 'approval'],
    ['Freigegeben. Bitte auch das Gutscheinmodul mit aufnehmen und Frau Klein unseren Dank ausrichten.', 'approval'],
    // A hedge that is a neutral phrase elsewhere is still a hedge; Spanish "fechas tentativas" still hedge.
    ['Should be fine to proceed.', 'approval'],
    ['Should be good to go.', 'approval'],
    ['Aprobado, aunque las fechas son tentativas.', 'approval'],
    ["Approved. We'll drop by the PO once finance releases it.", 'approval'],
    // A "stop" with a day or a thing after "by" or "in" still stops something.
    ['OK, but please stop by Friday all work on the build until the PO is signed.', 'approval'],
    ['Approved, but please stop in the meantime any emails going to real members.', 'approval'],
    // Something still to come after "Unrelated, but" still holds the yes.
    ["Approved. Unrelated, but the work order still needs our CFO's signature.", 'approval'],
  ]);

  it('still reads a stop asked with a day after "by" as a no', () => {
    expect(read('Please stop by Friday all test emails to our members, they are reaching real customers.', 'testing').intent).toBe('decline');
  });
});

describe('what the batches iv to iz showed', () => {
  it('reads a record of problems that holds none, the phrase ending there, as no problem', () => {
    for (const text of ['Error logs are clean.', 'The error rate is normal.', 'Die Fehlerprotokolle sind leer.'])
      expect(read(text, 'status').intent, text).toBe('inform');
    // (With "nothing to report" the second reading, retrained in the tenth round, takes it for nothing to act on: no problem either.)
    expect(['inform', 'none']).toContain(read('Error logs are clean, nothing to report.', 'status').intent);
    expect(read('The error rate is higher than normal.', 'status').intent).toBe('decline');
    expect(read('We still see errors, the logs are not clean.', 'status').intent).toBe('decline');
  });

  it('reads Spanish "menos de" as less than, and "menos el …" as except', () => {
    expectRulesYes('Pruebas hechas: OK, los datos llegan en menos de un minuto. Aprobado.', 'testing');
    expectNoYesActedOn('Todo bien menos el informe de ventas, aprobado.', 'testing');
    expectNoYesActedOn('Tudo certo menos o relatório de vendas, aprovado.', 'testing');
  });

  it('reads a Spanish reflexive "se" as no "if", and the Portuguese and Italian "se" still as one', () => {
    // (The rules' reading: the second reading retrained in the eleventh round doubts this yes, 0.35.)
    expectRulesYes('Os paso el resultado: la cancelación funciona, el estado se refleja correctamente. Aprobado.', 'testing');
    expectNoYesActedOn('Se tudo estiver certo, aprovamos.', 'testing');
    expectNoYesActedOn('Se va tutto bene, approviamo.', 'testing');
  });
});

describe('what the batches iv to iz showed, on the readiness steps', () => {
  it('reads a problem supposed inside an aside ("in case the link doesn’t work") as none reported', () => {
    expectYesActedOn(
      'Video walkthrough: https://share.example/v/cc (also attached as a short mp4 in case the link doesn’t work for you). We’re ready for certification.',
      'readiness',
    );
    expectNoYesActedOn('Video attached (the refund flow doesn’t work yet, in case you test it). We’re ready for certification.', 'readiness');
  });

  it('reads the success and error messages as material, and an error message met in use as a problem', () => {
    expectYesActedOn('Screenshots of all success and error messages are attached. We’re ready for certification.', 'readiness');
    expectNoYesActedOn('We get an error message on every void. We’re ready for certification.', 'readiness');
    expectNoYesActedOn('The till shows an error message when we void. Otherwise ready.', 'readiness');
  });

  it('reads a German or Dutch "she has approved it" as someone else’s yes, reported', () => {
    expectNoYesActedOn('Er hat den Plan freigegeben.', 'approval');
    expectNoYesActedOn('Zij heeft het plan goedgekeurd.', 'approval');
    expectYesActedOn('Wir haben den Plan freigegeben.', 'approval');
  });
});

describe('what a review of the change of the batches iv to iz tried', () => {
  notActedOn([
    // "menos" is still "except" wherever it is not "less than" or "at least".
    ['Todo funciona menos al hacer un reembolso.', 'testing'],
    ['Todo correcto menos reembolsos.', 'testing'],
    ['Todo funciona menos con tarjetas Amex.', 'testing'],
    ['Aprobamos el plan menos lo de la fecha de lanzamiento.', 'approval'],
    ['Tudo certo menos reembolsos.', 'testing'],
    ['Aprovamos o plano menos algumas datas.', 'approval'],
    // A word of success beside a failure hides nothing.
    ['Ran 7 test orders: 5 successful and 2 failed.', 'testing'],
    ['Approved. Payment failed and the success page was shown anyway.', 'testing'],
    // Only a record of problems that holds none, the phrase ending there, says there are none.
    ['Approved. Errors were zero until Friday, now 40 a day.', 'testing'],
    ['Approved. The errors stayed flat at 40 a day.', 'testing'],
    ['Approved. Our only issue is zero-value orders.', 'testing'],
    ['Approved. The error emails are empty.', 'testing'],
    ['Freigegeben. Die Fehlerseite ist leer.', 'testing'],
    ['Goedgekeurd. De foutpagina is leeg.', 'testing'],
    ['Validé. Le problème est vide, aucun champ rempli.', 'testing'],
    ['Approvato. Gli errori sono normali solo su desktop.', 'testing'],
    // A problem told after a comma or a colon in an aside that opens with an "if" is told.
    ['Approved, thanks. The mobile check-in works (in case it matters, checkout is broken on Safari).', 'testing'],
    ['Approved. Checked all flows (if anyone asks: Amex payments still fail).', 'testing'],
    ['Freigegeben. Wir haben alles getestet (falls es Sie interessiert: die Erstattung schlägt noch fehl).', 'testing'],
    ['Aprobado. Todo probado (por si acaso: el reembolso sigue fallando).', 'testing'],
    // Verbs of failing, and an error message met in use.
    ['Approvato. Il pagamento è fallito.', 'testing'],
    ['Aprovado. O pagamento falhou.', 'testing'],
    ['Freigegeben. Zwei Zahlungen sind gescheitert.', 'testing'],
    ['Goedgekeurd. Twee betalingen faalden.', 'testing'],
    ['Approved. We get the same error message on every refund.', 'testing'],
    ['Approved. There’s an error message on voids.', 'testing'],
    ['Approvato. Compare un messaggio di errore a ogni annullamento.', 'testing'],
    ['Aprovado. Aparece uma mensagem de erro em cada cancelamento.', 'testing'],
  ]);

  it('still reads "all the error messages on the list" as material tested, not a problem', () => {
    expect(
      read('We tested all the error messages on the list. Everything looks good and the wording is approved. Approved from our side!', 'testing').reasons.join(
        ' ',
      ),
    ).not.toContain('reports a problem');
  });
});

describe('what the batches jc to je showed', () => {
  it('reads test cases and screens by name as no refusal and no problem', () => {
    expectRulesYes('- Declined payment card: shows "Your payment could not be processed." All use cases pass, so this is our approval.', 'testing');
    expectYesActedOn('The error texts on the workstation ("Member not found", "Reward expired") read as agreed. All 12 passed, approved.', 'testing');
    expectNoYesActedOn('The card was declined at checkout. Otherwise approved.', 'testing');
  });

  it('reads a Spanish "retrasar el lanzamiento" as a no, where only a status was asked', () => {
    expect(read('Tenemos que retrasar el lanzamiento: la tienda piloto está en obras.', 'status').intent).toBe('decline');
  });
});

describe('what a second review of the change of the batches iv to je tried', () => {
  notActedOn([
    // An "if" before a colon outside a bracket still sets a condition; only one opening a bracket announces the aside.
    ['In case legal agrees: approved.', 'approval'],
    ['In case QA passes: good to go.', 'testing'],
    ['Sollten die Tests grün sein: freigegeben.', 'approval'],
    ['Caso os testes passem: aprovado.', 'approval'],
    ['Mocht alles goed gaan: akkoord van onze kant.', 'approval'],
    ['Whether we go live Monday: finance decides tomorrow. Everything else is approved.', 'testing'],
    // Declined payments, error dialogs and prompts met in use are problems.
    ['Testing done. We’re seeing declined transactions on every Amex card.', 'testing'],
    ['Looks good. We had 3 declined payments with valid cards in the pilot.', 'approval'],
    ['Looks good. The error dialog appears every time we refund.', 'testing'],
    ['All good. Customers see an error prompt at checkout.', 'testing'],
    // "At least" is a part: the rest is not said.
    ['Al menos la parte de pagos está aprobada.', 'approval'],
    ['Pelo menos o layout está aprovado.', 'testing'],
  ]);

  it('reads "pedidos de menos de 500 euros" as less than, no exception', () => {
    expect(read('Aprobado para pedidos de menos de 500 euros.', 'testing').reasons.join(' ')).not.toContain('condition');
  });
});

describe('what the out-of-fold reading of the batches iv to je showed', () => {
  it('reads "the complete flow" as a thing shown and a hold on our word as no refusal', () => {
    expect(read('Please find attached the test transactions file, and here is the video of the complete flow: https://x.example/v', 'readiness').intent).toBe(
      'inform',
    );
    // (The rules read no refusal; the second reading retrained in the tenth round doubts the yes and sends it to the PM.)
    expectRulesYes('Prod deploy is on hold until you give the word. Build complete, QA passed, ready for certification.', 'readiness');
    expectNoYesActedOn('Everything is on hold until legal signs. Ready otherwise.', 'readiness');
  });

  it('reads a fix thanked for as the problem it names fixed', () => {
    expectYesActedOn('Thank you and the developers for turning around the fix on the duplicate contact issue so quickly. APPROVED for launch.', 'testing');
    expectNoYesActedOn('Thanks for the fix on the duplicate issue, but it still happens on iOS. Approved otherwise.', 'testing');
  });
});

describe('what a third review (wrong approvals in plain replies) tried', () => {
  notActedOn([
    // A yes limited by "only" to one till, store or part.
    ['Validé uniquement pour la caisse en ligne.', 'approval'],
    ['Aprobado solo para la caja online.', 'approval'],
    ['Approvato solo per la cassa online.', 'approval'],
    ['Akkoord, alleen voor de webkassa.', 'approval'],
    ['Aprovado só para a caixa online.', 'approval'],
    ['Approved only for the online till.', 'approval'],
    ['Freigegeben, nur für die Online-Kasse.', 'approval'],
  ]);

  it('still reads "just to let you know" as no limit of the yes', () => {
    expectYesActedOn('Plano aprovado da nossa parte, pode seguir. Só para avisar: a partir de abril o contato é a Mariana.', 'approval');
  });
});

describe('a defect told in plain words beside a yes at a test (the `anomaly` lists)', () => {
  it.each([
    ['Tested, all good. The points show twice on the receipt though.', 'testing'],
    ['Approved. Webhooks return 500 on refunds.', 'testing'],
    ['Looks good. The order status never updates from pending.', 'testing'],
    ['Approved. Stock levels go negative after a return.', 'testing'],
    ['Alles getestet, passt. Der Bon druckt die Punkte zweimal.', 'testing'],
    ['Alles werkt. Saldo blijft op 0 na inwisselen.', 'testing'],
    ['Alles oké. De korting wordt twee keer afgetrokken.', 'testing'],
    ['Tout est bon. Le stock passe en négatif après un retour.', 'testing'],
    ['Todo ok. El descuento se aplica dos veces.', 'testing'],
    ['Tudo ok. O desconto é aplicado duas vezes.', 'testing'],
  ] as const)('reads "%s" (%s) as the problem it reports', (text, question) => {
    const reading = read(text, question);
    expect(reading.intent).toBe('decline');
    expect(reading.reasons.some((r) => r.startsWith('reports a defect in plain words'))).toBe(true);
  });

  it('holds a readiness report whose own work still misbehaves', () => {
    const reading = read('Ready for round 2. The export file is empty though.', 'readiness');
    expect(reading).not.toMatchObject({ intent: 'approve', needsReview: false });
    expect(reading.reasons.some((r) => r.startsWith('a defect told in plain words, still open'))).toBe(true);
  });

  actedOn([
    // What the sender did, not how the system behaves.
    ['Approved, we ran every flow twice.', 'testing'],
    ['Tested twice with two accounts, all good, approved.', 'testing'],
    // A record of problems that holds none: a problem word stands outside the defect's words.
    ['Error logs are empty. Approved.', 'testing'],
  ]);

  it('reads a fix told as a state now, not as a defect', () => {
    expectYesActedOn('All fixed: the timeout is now 10 seconds. Approved.', 'testing');
  });

  it('reads the same words at a step that tests nothing as no problem', () => {
    expect(readClauses('The points show twice on the receipt.').clauses[0]?.anomaly).toBe(true);
    expect(read('Approved. The points show twice on the receipt.', 'approval').reasons.some((r) => r.includes('defect'))).toBe(false);
  });
});

describe('details confirmed with a detail given anew', () => {
  notActedOn([
    ["C'est exact. L'adresse est maintenant 5 rue de la Paix.", 'confirmation'],
    ['Klopt. Het adres is nu Dorpsstraat 5.', 'confirmation'],
    ['Bevestigd, contactpersoon is nu Jan.', 'confirmation'],
    ['todo bien. El NIF que aparece es el antiguo; el correcto es B87654321.', 'confirmation'],
    ['Confermo i dettagli, la partita IVA corretta è IT04829170961, quella indicata è della vecchia società.', 'confirmation'],
    ["Yes that's all right. Address changed last month, it's now 12 High St.", 'confirmation'],
    // Announced as a change or a correction, opening its clause before a colon.
    ['Akkoord met de gegevens. Wel een wijziging: ons telefoonnummer is sinds deze week 020 794 6633.', 'confirmation'],
    ['Confirmamos los datos. Solo un cambio: la persona de contacto será a partir de ahora Lucía Ferrer.', 'confirmation'],
    ['Details are fine. One change: the receipt phone number should be our guest services line.', 'confirmation'],
    // After a lead-in too.
    ['All correct. Please note that our new address is 12 High St.', 'confirmation'],
    ['Confirmed. Please be aware the new billing contact is Jane Smith.', 'confirmation'],
  ]);

  actedOn([
    ['Tutto corretto e confermato.', 'confirmation'],
    ['Everything is now OK, confirmed.', 'confirmation'],
    // A day is the launch date's reader's to read ("is now June 3"), not a detail changed.
    ['Correct, launch is now June 3 as agreed.', 'confirmation'],
  ]);

  it('reads a fix told as a state now, at a test, as no change', () => {
    expect(readClauses('Fixed as asked: the store code is now 0042 on every call.').clauses.some((c) => c.anew)).toBe(true);
    expectYesActedOn('Fixed as asked: the store code is now 0042 on every call. Ready for round 2.', 'readiness');
  });
});

describe('a yes held back in the local idiom (a fourth review)', () => {
  notActedOn([
    // A start held back to a day or a month, or a plain "wait".
    ['OK. Not before the 1st of March.', 'approval'],
    ['Ok. Aber nicht vor Januar.', 'approval'],
    ['Ok. Pas avant janvier par contre.', 'approval'],
    ['Ok. Pero no antes de enero.', 'approval'],
    ['Ok. Ma non prima di gennaio.', 'approval'],
    ['Fechado. Esperem o TI liberar os acessos.', 'approval'],
    // Someone else who still has to agree, sign or look.
    ['Validé de mon côté. Mon associé doit encore donner son accord.', 'approval'],
    ['Perfetto. Il commercialista deve ancora dargli un’occhiata.', 'approval'],
    ['Yes approved. Heads up: our franchise partner still has to agree.', 'approval'],
    ['Approved ✅ (well, Tim still needs to OK it)', 'approval'],
    // A part put off to later, a yes for one store, part or month.
    ['Go ahead for Dublin. Cork can wait.', 'approval'],
    ['Akkoord voor de winkel in Utrecht. Amsterdam volgt later.', 'approval'],
    ['Aprovado para a loja do Porto. Lisboa fica para depois.', 'approval'],
    ['Confirmed for store 1 and 2.', 'confirmation'],
    ['Validé pour la partie matériel.', 'approval'],
    // Changes sent in a file.
    ['ok. 2 changes attached.', 'approval'],
    ['Ok. Modifs en PJ.', 'approval'],
    ['Ok. Wijzigingen in de bijlage.', 'approval'],
    // A day corrected in brackets, a detail labelled new.
    ['Approved, launch on the 20th as we said (not the 18th).', 'approval'],
    ['Bestätigt. Neue Telefonnummer: 089 123456.', 'confirmation'],
    ['Confirmé. Nouveau numéro de tél : 01 23 45 67 89.', 'confirmation'],
  ]);

  it('still acts on a go-live held to the day it names, and on a next step put off', () => {
    expect(read('Approved, please switch it live next Tuesday and not before.', 'testing').reasons.some((r) => r.startsWith('holds the start'))).toBe(false);
    expect(read('Approved, thanks. See you at the kick-off, we’ll send the attendee list later.', 'approval').intent).toBe('approve');
  });
});

describe('what a review of this round’s rules found', () => {
  notActedOn([
    // Problem phrases the round had dropped from the lists by mistake.
    ['Tudo certo, aprovado. O saldo não atualiza.', 'testing'],
    ['Aprovado! O estoque não atualiza depois da venda.', 'testing'],
    // A plain "wait" in French, and a part put off on a condition.
    ['Ok. Patientez jusqu’à la signature du contrat.', 'approval'],
    ['Approved! Great job. The Boston store later, provided the lease is signed.', 'approval'],
    ['Freigegeben! Die Filiale Köln später, sofern der Mietvertrag steht.', 'approval'],
  ]);

  actedOn([
    // Not a defect: a word of never or twice in what the sender did or saw, a figure that stays, a place.
    ['Approved. Never seen it work so smoothly.', 'testing'],
    ['Approved. Response time stays at under 200 ms.', 'testing'],
    ['Aprobado. Probado dos veces en cada tienda.', 'testing'],
    ['Approvato. Doppio controllo fatto.', 'testing'],
    ['Aprovado. O treinamento fica em São Paulo.', 'testing'],
    // Not a hold: a time of day, an idiom.
    ['Approved. Let me know before any work starts so I can tell the stores.', 'approval'],
    // Not changes sent: thanks for them.
    ['Gracias por el plan revisado, aprobado.', 'approval'],
    ['Approved, thanks for incorporating my edits.', 'approval'],
    // Not a part: "for our part", a rollout, a delivery.
    ['Approvato per la parte nostra.', 'approval'],
    ['Validé pour la partie qui nous concerne.', 'approval'],
    ['Approved, ready for store rollout next week.', 'approval'],
    // Not a change announced: a change freeze, news.
    ['Approved. A change-freeze applies from Dec 15, as you know.', 'approval'],
    // Not a detail given anew: a day, a German noun, an Italian or Portuguese "and now".
    ['Correct, launch is now 3 June as agreed.', 'confirmation'],
    ['Das ist jetzt Sache unserer IT, alles korrekt.', 'confirmation'],
    ['Tudo certo, e agora o Pedro manda o contrato.', 'confirmation'],
  ]);

  it('still reads a detail given anew after a colon', () => {
    expectNoYesActedOn('The contact is now: Sarah Jones. All correct.', 'confirmation');
    expectNoYesActedOn('Confirmado. Teléfono nuevo: 912 345 678.', 'confirmation');
  });
});

describe('more ways a yes is held back (the fourth review’s list)', () => {
  notActedOn([
    ['Approved w/o the consultancy hours.', 'approval'],
    ['Approved. We’ll only need 2 of the 3 trainings though.', 'approval'],
    ['Approved; we assume the training is included in the price.', 'approval'],
    ['I’m just the store manager but it looks fine to me.', 'approval'],
    ['Approved - by me, not yet by the board.', 'approval'],
    ['Plan: ok\nDates: ok\nPrice: to be discussed', 'approval'],
    // Something changed since the details were written.
    ['All details correct. We’ve since added a fourth store in Leeds though.', 'confirmation'],
    ['Alles korrekt. Wir haben inzwischen noch eine vierte Filiale in Köln.', 'confirmation'],
    ['Tutto corretto. Nel frattempo abbiamo aperto un quarto locale a Bologna.', 'confirmation'],
    // Since the document itself, where a document is approved too.
    ['Schedule looks ok. Since the work order we’ve opened a new store in Portland.', 'approval'],
  ]);

  actedOn([
    ['All correct. In the meantime we’ll prepare the test accounts.', 'confirmation'],
    ['Hiermit geben wir den Projektplan frei. Wir haben den Plan inzwischen intern mit unserer IT abgestimmt.', 'approval'],
  ]);
});

describe('an exception or a "though" in a sentence after the yes', () => {
  notActedOn([
    ['Tested, works, approve for launch. Apart from the bar printer.', 'testing'],
    ['Ready. The test account expired though.', 'readiness'],
    ['Schedule looks good. My team is at a trade fair that week though.', 'approval'],
  ]);

  actedOn([
    // A "though" that thanks or praises, or an exception inside the sentence of a delivery.
    ['Approved. Great work though.', 'testing'],
    ['Approved. Thanks though.', 'approval'],
  ]);

  it('reads a "but" that turns back to the yes as no doubt', () => {
    expect(read('Schedule approved. The April QA date is tight, but doable.', 'approval').reasons.some((r) => r.startsWith('a “though”'))).toBe(false);
  });
});

describe('words of this round’s lists that mean something else', () => {
  notActedOn([['Aprobado para Valencia. Las de Madrid más adelante, hasta luego.', 'approval']]);

  actedOn([
    // A farewell puts nothing off.
    ['Approved. Catch you later.', 'approval'],
    ['Genehmigt. Bis später, Tom!', 'approval'],
  ]);
});

describe('ready from a day still to come', () => {
  notActedOn([
    ['Ready for certification as of next Monday.', 'readiness'],
    ['Ready. Submitting build 45 tonight.', 'readiness'],
    ['Bereit ab nächstem Montag.', 'readiness'],
  ]);

  actedOn([['Tested, all good. Going live tonight as planned, thanks!', 'testing']]);
});

describe('what the tenth round’s dev batches showed', () => {
  it('reads a Dutch "it does not work for us" with the pronoun inside as a no', () => {
    expect(read('Certificering in week 12 lukt ons niet, dan staat ons hele team op een beurs. Week 13 of 14 zou wel kunnen.', 'approval').intent).toBe(
      'decline',
    );
    expect(read('Dinsdag komt ons helaas niet uit.', 'approval').intent).toBe('decline');
  });

  describe('a yes for places or parts named, beside a clause that names another', () => {
    notActedOn([
      ["Approved for Lyon. Bordeaux we'll look at after the summer.", 'approval'],
      ["Confirmed for the West region. East region ops hasn't reviewed it yet.", 'confirmation'],
      ['Aprovado para Lisboa e Porto. O Algarve fica em suspenso até janeiro.', 'approval'],
      ['Le document est validé pour nos restaurants en France. Pour la Belgique, il faut encore en discuter.', 'confirmation'],
      ["We can approve the work order for the Texas region only. Florida's franchise group wants to negotiate first, please hold that part.", 'approval'],
    ]);

    it.each([
      // A company's name after "for", and other names that leave nothing open.
      ['Approved for Harbor Grill. Thanks Maria, see you Thursday!', 'approval'],
      ['Approved for all three venues: Ahoy, Ziggo Dome and AFAS Live.', 'approval'],
      // German writes its nouns with a capital: "für die nächste Runde" names no place.
      ['Wir sind bereit für die nächste Runde. Alle Punkte aus Runde 1 sind behoben.', 'readiness'],
    ] as const)('finds no other part named in "%s" (%s)', (text, question) => expectRulesYes(text, question));
  });

  describe('a condition or a caveat announced before a colon, a topic after it', () => {
    notActedOn([
      ['Approved, on one condition: the fee stays as quoted.', 'approval'],
      ['Freigegeben, unter einer Bedingung: der Preis bleibt.', 'approval'],
      ['Validé, à une condition : la formation est incluse.', 'approval'],
      ['Aprobado, con una condición: la formación incluida.', 'approval'],
      ['Approvato, a una condizione: la formazione è inclusa.', 'approval'],
      ['Akkoord, op één voorwaarde: de training zit erbij.', 'approval'],
      ['Aprovado, com uma condição: o treino incluído.', 'approval'],
      ['Approviamo il piano, con una precisazione sui requisiti: gli account di test non li prepariamo noi.', 'approval'],
    ]);

    it('reads no caveat in a lead the sender says is none', () => {
      const reading = read("Confirmed. One small thing, not a change: I've copied Ana.", 'confirmation');
      expect(reading.reasons.some((r) => r.startsWith('a caveat announced'))).toBe(false);
    });
  });

  notActedOn([
    // Someone named as the one whose yes it is.
    ["Les informations sont correctes. C'est lui qui validera ces éléments, pas moi.", 'confirmation'],
    ['All correct. Tom is the one who signs off on these.', 'confirmation'],
    // Still without the yes.
    ['Testado em Lisboa: tudo ok. Portanto ainda sem aprovação para o go-live.', 'testing'],
    // Where details are confirmed, a look at them not taken yet.
    ["All correct. Our ops team hasn't reviewed it yet.", 'confirmation'],
    ['Die Angaben stimmen. Unsere IT hat es noch nicht geprüft.', 'confirmation'],
  ]);

  it('reads a look already taken, beside open points to bring, as no look still to come', () => {
    expectRulesYes("Confirmed. We've already gone through the API docs, and we'll bring a list of open points.", 'confirmation');
  });

  it('reads someone who only follows the project from now on as no one else’s yes', () => {
    const reading = read(
      'Sim, QA concluído e estamos prontos para a certificação. Coloquei o Rui em cópia, é ele quem acompanha a partir de agora.',
      'readiness',
    );
    expect(reading.reasons.some((r) => r.startsWith('the yes that counts is someone else'))).toBe(false);
  });
});

describe('what a sixth hunt for wrong approvals and the tenth round’s later batches showed', () => {
  notActedOn([
    // A part not tested, told plainly at a test.
    ['Approved. We didn’t test group registrations.', 'testing'],
    ["Approved! Tested all four ticket types. Group registrations weren't part of my testing.", 'testing'],
    ['Wir geben die Integration frei. Die Android-Version haben wir uns nicht angesehen.', 'testing'],
    // Recorded as what it is not; an item of the feedback that cannot be changed.
    ["We finished QA and approve the build. Refunded orders appear in the guest's points history as a new purchase.", 'testing'],
    ['Estamos listos para la certificación. Las devoluciones figuran como ventas con importe positivo.', 'readiness'],
    ["All feedback items are fixed and we're ready for round 2. Item 3 is unchanged: our integration cannot change it.", 'readiness'],
    // More scope added, a part no longer wanted, the launch moved.
    ["Approved! Oh and we're adding the mobile app to the project, hope that's fine.", 'approval'],
    ["Correct. BTW we don't need the user info update flow anymore, just display.", 'confirmation'],
    ['Confirmed, with launch moved to mid-May.', 'confirmation'],
    // A look or work still running, an environment not up yet.
    ["Looks right to me, but I'm checking the field mapping with our devs.", 'confirmation'],
    ['We are ready, test environment goes live in a couple of hours.', 'readiness'],
    // Almost all of it; another round of work still needed.
    ['Casi todo bien; la moneda es el peso mexicano.', 'confirmation'],
    ['Aprobado para la web; lo del quiosco necesita otra vuelta.', 'testing'],
  ]);

  it.each([
    ['Approved. We tested everything, no testing issues at all.', 'testing'],
    ['Approved, not a single test failed.', 'testing'],
    ['Nessun problema riscontrato: abbiamo provato iscrizioni e cancellazioni. Approvato.', 'testing'],
    ['Alle Datensätze kamen korrekt in SAP an, Fehler haben wir keine gefunden. Wir geben die Integration frei.', 'testing'],
    ['The duplicate-contact check works too. We approve the integration.', 'testing'],
    ['Im Namen unseres Teams genehmige ich hiermit den Arbeitsauftrag.', 'approval'],
    // Materials said to be unchanged are no defect.
    ['All three items are fixed. Ready for round 2. The video is unchanged from round 1.', 'readiness'],
  ] as const)('reads nothing against the yes in "%s" (%s)', (text, question) => expectRulesYes(text, question));
});

describe('plain yeses the second reading, retrained in the tenth round, sends to the PM', () => {
  // The rules read a yes and nothing against it (a check done twice, a place for the training): the retrained model doubts them.
  it.each([
    ['Approved. The receipt shows the right points and we checked it twice.', 'testing'],
    ['Validé. Testé deux fois.', 'testing'],
    ['Freigegeben. Die Schulung bitte remote, nicht vor Ort.', 'approval'],
  ] as const)('reads nothing against the yes in "%s" (%s)', (text, question) => expectRulesYes(text, question));
});

describe('plain yeses the second reading’s raised floor (YES_LIKELY 0.7, twelfth round) sent to the PM', () => {
  // The cost of the floor, chosen out of fold: 25 right yeses of the tuning split's mailbox replies go to the PM for each wrong
  // one caught there (and four of the trap batches'). The rules read nothing against these. (This one, the PM's from the twelfth
  // round to the twenty-fourth, is acted on again since the twenty-fifth round's retraining: the second reading is sure of it.)
  it.each([['Der Build ist fertig und bereit für die Zertifizierung. Testbenutzer und Testkarten sind die gleichen wie bisher.', 'readiness']] as const)(
    'reads nothing against the yes in "%s" (%s)',
    (text, question) => expectRulesYes(text, question),
  );

  // The cost of the doubt on a statement not read after the yes at a test or a readiness report (twelfth round): a handover of
  // the test store, or where the tests ran, is such a statement too, and the second reading is not sure enough of the yes.
  it.each([
    ['Build is ready for certification. Test store 9001 and the login from the welcome email are set up for you.', 'readiness'],
    ['All tests passed. We ran them on both the iPad kiosks and the Android handhelds in our Boston store.', 'testing'],
  ] as const)('leaves "%s" (%s) to the PM for the statement after the yes', (text, question) => {
    expect(read(text, question)).toMatchObject({ intent: 'approve', needsReview: true });
    expect(read(text, question).reasons).toContainEqual(expect.stringContaining('statements not read after the yes'));
  });
});

describe('what a review of the tenth round’s rules and a seventh hunt for wrong approvals tried', () => {
  notActedOn([
    // A yes limited to named places after a count or an "all", the rest put off in a clause that opens on a name.
    ["Approved for all Lisbon stores. Porto we'll decide later.", 'approval'],
    ["Approved for our two stores in Lisbon. Porto we'll decide later.", 'approval'],
    ['Freigegeben für alle Filialen in Köln. Bonn entscheiden wir später.', 'approval'],
    // A look not taken yet, in Italian and Portuguese.
    ["Tutto corretto. Il nostro IT non l'ha ancora verificato.", 'confirmation'],
    ['Tudo certo. A nossa equipa de TI ainda não verificou.', 'confirmation'],
    // Part of the feedback fixed; an item left as it was.
    ['Klaar voor ronde twee. 3 van de 4 feedbackpunten zijn opgelost.', 'readiness'],
    ["We're ready for round 3. Most of the feedback is addressed; we left the rounding on points redemption as it was.", 'readiness'],
    ["Prêts pour le 3e tour. On a laissé l'arrondi des points tel quel.", 'readiness'],
    // A test still to come on a weekday; a soft launch only; a committee still to pass.
    ["Approved from my end. Our power user is testing on Thursday, and if she finds anything I'll let you know.", 'testing'],
    ["OK, I'm approving for our soft launch with staff only.", 'testing'],
    ['Por mi parte está aprobado. La orden de trabajo tiene que pasar por el comité de compras.', 'approval'],
  ]);

  it.each([
    // A "nothing" or a "while" before a word of testing is no part left untested.
    ['Approved. Nothing broke during testing.', 'testing'],
    ['Todo funciona, aprobado. No hubo errores al probar.', 'testing'],
    ['Freigegeben. Nichts Auffälliges beim Testen.', 'testing'],
    ["Approved. Couldn't have tested it more thoroughly.", 'testing'],
    // A company after "for", a request beside it, a person thanked; German "du".
    ['Approved for Harbor Grill. Please send the invoice to Julia.', 'approval'],
    ['Looks good for our team, thanks Sarah! Tom will send the PO next week.', 'approval'],
    ['Freigegeben, danke für Deine Geduld! Die Rechnung schicken wir nächste Woche.', 'approval'],
    // Issues not seen yet; a word of conditions that announces nothing; the sender who signs; colleagues added to a thread.
    ["All correct. Haven't seen any issues yet.", 'confirmation'],
    ['Tested everything. Condition-based pricing works as well. Approved.', 'testing'],
    ['Approved. Conditions: as in your offer.', 'approval'],
    ["Approved. I'm the one who signs off on these, so you're good to go.", 'approval'],
    ["Approved! We're adding a few colleagues to this thread.", 'approval'],
    ['Tested and approved. Thanks for working on them so quickly.', 'testing'],
    ['Akkoord. Ik stuur graag de getekende versie erbij.', 'approval'],
    ['All works. New customers are recorded as a new account automatically. Approved.', 'testing'],
    ['Approved. Thanks for your patience while this was on hold.', 'approval'],
    ['Fehler haben wir keine gefunden. Wir geben die Integration frei.', 'testing'],
  ] as const)('reads nothing against the yes in "%s" (%s)', (text, question) => expectRulesYes(text, question));

  it('keeps a defect named after "none found" with an exception', () => {
    expect(read('Fehler gab es keine, bis auf den Bondrucker.', 'testing').intent).toBe('decline');
  });
});

describe('an identifier stated beside a yes to details or a document', () => {
  notActedOn([
    ['Die Angaben stimmen so. Unsere Handelsregisternummer ist HRB 48231 beim Amtsgericht Hamburg.', 'confirmation'],
    ['Confermo il documento. La nostra partita IVA è 03958120964.', 'confirmation'],
  ]);

  // (Not at a readiness report, whose test store and logins are handed over.)
  it('reads a test store handed over at a readiness report as no identifier to compare', () =>
    expect(
      read('Build is ready for certification. Test store 9001 and the login from the welcome email are set up for you.', 'readiness').reasons,
    ).not.toContainEqual(expect.stringContaining('an identifier given beside the yes')));
});

// The eleventh round: the tuning replies the rules read as a yes with nothing against it where the label is no yes, mended
// shape by shape (the second reading had caught all but two of them out of fold).
describe('what the rules missed beside a yes, eleventh round', () => {
  notActedOn([
    // A contraction without its apostrophe, written on a phone.
    ["we're fine w it but I cant sign until the franchise group ok's the cost split. prob next wk", 'approval'],
    // The rest, where its words hold the yes's first word.
    ['found one thing: orders with 2+ items only sync the first line item to shopify. rest looks good', 'testing'],
    // Someone else's approval needed, or the one who signs named by a pronoun.
    ['Por mim o cronograma está ok, mas preciso da aprovação do nosso diretor de TI antes de confirmar oficialmente.', 'approval'],
    ["Looks good. I've forwarded the work order to our controller, since he signs off on anything with fees.", 'approval'],
    // Handing on is no pass.
    ["Thanks for the update! I've passed this on to our registration team.", 'testing'],
    // A readiness with material still to be sent.
    [
      "Dev, QA and client testing are all done, so we're ready for certification. The walkthrough video is being edited, I'll send the link on Monday.",
      'readiness',
    ],
    // A yes on a condition told as "in that case" or "with that correction".
    ['It is ok for us if the client testing phase can be of two weeks. In this case you can consider the plan as approved.', 'approval'],
    ['Por nuestra parte el calendario está bien, excepto la fecha de go-live. Con esa corrección, lo damos por aprobado.', 'approval'],
    // A German dispute with "leider" between its words, and a corrected document asked for.
    ['Die Einrichtungsgebühr entspricht leider nicht dem Angebot. Bitte senden Sie uns einen korrigierten Auftrag, dann geben wir ihn gerne frei.', 'approval'],
    // At a test, a "but" after the yes on what was found, in words no list knows.
    ['Aprovamos. Mas os reembolsos aparecem como vendas no relatório.', 'testing'],
    ['approviamo. Però il totale nel report di fine giornata è il doppio di quello reale.', 'testing'],
    ['Approve. One thing tho - VIP ticket holders show up as General Admission in Mailchimp.', 'testing'],
    ['Freigabe von uns. Der Punktestand bleibt nach einem Einkauf aber gleich.', 'testing'],
    ['Wij keuren het goed. Wel komt het bezoek steeds bij filiaal 12 terecht.', 'testing'],
    // Where details are confirmed: another point of contact from now on, or a detail still to be sent.
    ['Details all look right. One change though: please make Priya Raman the point of contact from here on.', 'confirmation'],
    ['Le client et la date de lancement sont corrects. Par contre, je ne serai plus votre interlocuteur.', 'confirmation'],
    ["Details confirmed. I'll send our VAT number tomorrow.", 'confirmation'],
    ['Dados confirmados. O CNPJ da empresa eu envio amanhã, ainda estou aguardando o financeiro.', 'confirmation'],
    ['Tutto confermato. Il logo per la pagina di registrazione ve lo mando la prossima settimana.', 'confirmation'],

    // Someone else's signature needed; "not I who approves"; a day to be moved; "à ceci près que"; a check still to make; a date
    // that will not work out; an approval to be fetched tomorrow; a place added since the contract.
    ["ok from me but anything over 5k needs our CFO's signature. forwarding to her now", 'approval'],
    ['Yo le he dado el visto bueno. Pero ojo, que no soy yo quien la aprueba: la firma tiene que ser de nuestro director financiero.', 'approval'],
    ['approviamo il calendario, ma la data di go-live va spostata dal 3 al 10 marzo.', 'approval'],
    ["Validé pour nous, à ceci près que nous ne pourrons démarrer le développement qu'à partir du 6 janvier.", 'approval'],
    ['De go-live op 7 april is voor ons prima. Of we de certificering in week 12 halen moet ik nog bij onze developers navragen.', 'approval'],
    ['Klant, integratie en contactpersoon kloppen. De lanceerdatum van 17 maart gaat alleen niet lukken.', 'confirmation'],
    ["Le ho girato il calendario e domani mattina le farò dare l'approvazione.", 'approval'],
    ['De gegevens kloppen. Wel is er sinds de contractering een extra locatie bijgekomen.', 'confirmation'],
    // From an eighth hunt for wrong approvals (measured once before these: the round's start and this reader acted on 39 of its
    // 300 not-yes replies alike): QA still being finished, another's signature, parts still with others, a contact leaving.
    ["We're basically ready for certification. Just finishing the last bit of QA on the refund path.", 'readiness'],
    ['C’est bon pour moi, je transmets à Mme Lefèvre qui est la seule habilitée à signer.', 'approval'],
    ['Aprovado o escopo. Os custos ainda estão com o nosso financeiro.', 'approval'],
    ["Validé pour les messages d'erreur. Les messages de succès doivent encore passer par notre service communication.", 'testing'],
    ["C'est exact. Par contre, l'interlocuteur sera désormais Julien Moreau, je quitte le projet.", 'confirmation'],
    ['I dati sono corretti, ma il referente da ora sarà Marco Bianchi.', 'confirmation'],
    ["Looks correct! I'm leaving the company at the end of the month, so you'll want a new contact for launch.", 'confirmation'],
    ['Good news, it all works! Bad news, marketing wants the button copy changed everywhere.', 'testing'],
    // A regression run still to come at a test; scope the details should also include.
    ["Thanks - confirmed the duplicate attendee issue is fixed. We'll run the full regression on Monday with the events team.", 'testing'],
    ["Yes that's us. Scope should also include session check-in data though, not just registration.", 'confirmation'],
    // A question of who or when beside a yes asks: no small talk, whatever its words ("weekend", "conference", "holiday").
    ['Approved. Who should we contact during the conference weekend?', 'testing'],
  ]);

  it('reads a question of how beside a yes, about the weekend or a move, still as small talk', () => {
    expectRulesYes('Approved! How was your weekend?', 'approval');
    expectRulesYes('passt so, von unserer Seite ist der Projektplan freigegeben. Wie war eigentlich der Umzug in Ihr neues Büro?', 'approval');
  });

  // "Finché non è sistemato": the "until" clause's own negator is no second negation of the refusal after it.
  it.each([
    ['Ciao, il biglietto VIP non viene sincronizzato, il resto funziona. Finché non è sistemato non possiamo approvare.', 'testing'],
    ['Los flujos funcionan bien. Hasta que esto no esté corregido no podemos aprobar.', 'testing'],
    ["Tant que ce n'est pas corrigé nous ne pouvons pas valider.", 'testing'],
    ['Fino a quando non è sistemato non lo approviamo.', 'testing'],
    ["Tant que ce n'est pas corrigé nous ne le validons pas.", 'testing'],
    ["Until legal signs we can't approve it.", 'approval'],
  ] as const)('reads "%s" (%s) as a no', (text, question) => expect(read(text, question).intent).toBe('decline'));

  it.each([
    ['Details are correct, and I remain your point of contact.', 'confirmation'],
    // From a review of the round's rules: words of the new lists in a plain yes.
    ['Ah, in that case the test passed, all good.', 'testing'],
    ['Regression passed, all good. Approved.', 'testing'],
    ['Die korrigierte Version funktioniert einwandfrei, Test bestanden.', 'testing'],
    ["We're launching new contactless terminals in the spring. All correct.", 'confirmation'],
    ["I'll be your main point of contact going forward, as before. All correct.", 'confirmation'],
    ['Todo correcto. Le envío un cordial saludo.', 'confirmation'],
    ['Alles korrekt, der Launch bleibt wie geplant Anfang April.', 'confirmation'],
    ["All correct. I'm still your contact for this project.", 'confirmation'],
    ['Approved. Thanks, great work from the whole team!', 'testing'],
    ["I don't see any reason not to go ahead. Approved.", 'approval'],
  ] as const)('reads nothing against the yes in "%s" (%s)', (text, question) => expectRulesYes(text, question));
});

describe('a statement the rules cannot read after the yes at a test or a readiness report, twelfth round', () => {
  const doubted = (text: string, question: StepQuestion) =>
    read(text, question).reasons.some((r) => r.includes('statements not read after the yes, at a test or a readiness report'));

  it.each([
    ['QA done, approved.\n\nThe balance screen rounds 12.5 points down to 12, while the receipt for the same check shows 13.', 'testing'],
    ['Ready when you are. All 30 locations get new kiosk hardware in March, replacing the current tablets at the counters.', 'readiness'],
  ] as const)('doubts the yes of "%s" (%s): what was found is told after it, in words no list knows', (text, question) => {
    expect(doubted(text, question)).toBe(true);
    expect(read(text, question)).toMatchObject({ intent: 'approve' });
  });

  it('reads the same statement after a yes to a plan as no such doubt: there it is news more often than a finding', () => {
    expect(doubted('Approved. All 30 locations get new kiosk hardware in March, replacing the current tablets at the counters.', 'approval')).toBe(false);
  });

  it('reads a short remark after the yes as no such doubt', () => {
    expect(doubted('Yes ready. Test creds are the same as before.', 'readiness')).toBe(false);
  });
});

describe('what a ninth hunt for wrong approvals showed (measured once before these: the round’s start acted on 20 of its 300 not-yes replies)', () => {
  notActedOn([
    // A look still to take, said as reading it through.
    ['Yes to the schedule. The work order I still need to read through properly.', 'approval'],
    // A test left out, or one still to come before go-live.
    ["Build ready, QA passed — the automated part at least. We're skipping manual QA this round due to time.", 'readiness'],
    ['Tested with the test accounts you set up, all passed. We want to try with our real attendee data before go-live.', 'testing'],
    // Another point of contact from next month.
    ['Klopt allemaal, alleen is vanaf volgende maand Jeroen de Vries ons aanspreekpunt.', 'confirmation'],
    ['All correct. From next month Dana Whitley will be our point of contact.', 'confirmation'],
    // The one who approves named as someone else.
    ['Plano ótimo! Só que quem aprova contratos aqui é a diretoria; já encaminhei para eles.', 'approval'],
    // Terms the document does not hold.
    ['Approved as discussed, with the 10% discount Jim mentioned on the call.', 'approval'],
    // Where details are confirmed, the launch named by a season or a time no calendar fixes.
    ['Yep, looks right. Launch sometime after Labor Day.', 'confirmation'],
    ['Bevestigd. Livegang graag ergens in het najaar.', 'confirmation'],
    ['Confirmado. Queremos lançar no segundo semestre.', 'confirmation'],
    ['Bestätigt. Livegang irgendwann nach den Sommerferien.', 'confirmation'],
    ["C'est bon pour moi. Lancement à la rentrée.", 'confirmation'],
  ]);

  it('reads a launch a weekday names as no season', () => {
    for (const text of [
      'All correct, I am the POC. We would like to go live the Monday after Easter.',
      'Confirmed. We go live on the Friday after the summer holidays.',
    ])
      expect(read(text, 'confirmation').reasons).not.toContainEqual(expect.stringContaining('a season or a time'));
  });

  it('reads a discount the sender thanks for as no change of terms', () =>
    expectRulesYes('Approved. Thanks for the discount on the setup fee, much appreciated.', 'approval'));

  it('still acts on a look already taken, or a test already run with real data', () => {
    expectRulesYes('Approved. I read through it last night with our CFO.', 'approval');
    expectRulesYes('Approved. We tried it with our real data, all synced.', 'testing');
  });
});

describe('what the twelfth round’s batches kp (details confirmed with something else) and kq showed', () => {
  notActedOn([
    // Another contact from a date, in words the lists had not held; German, Spanish, French and Portuguese patterns that end
    // inside a word ("ansprechpart", "interlocut") now match the whole word.
    ['Die Angaben passen so, danke. Ab dann ist Herr Jonas Krüger Ihr Ansprechpartner für das Projekt.', 'confirmation'],
    ['Alles korrekt. Ihr neuer Ansprechpartner ist Herr Weber.', 'confirmation'],
    ['Todo correcto. Nuestro nuevo interlocutor será Pablo Ruiz.', 'confirmation'],
    ['O resumo está correto. A partir de 15 de janeiro, o contacto técnico do nosso lado passa a ser o Nuno Pires.', 'confirmation'],
    ['De gegevens kloppen. Vanaf 13 januari neemt mijn collega Femke Bos het project van mij over.', 'confirmation'],
    ["Confirmed, the summary is accurate. Marcus Hale will be our project lead while I'm on leave.", 'confirmation'],
    ['All correct. I start maternity leave December 20. Tom Briggs runs the project from then on.', 'confirmation'],
    ['Alles korrekt. Ab dem 15. Januar wird Frau Weber Ihre Ansprechpartnerin.', 'confirmation'],
    // A season said as still to come: no second reading settles it either.
    ['Confirmed. The launch will be sometime in the fall.', 'confirmation'],
    ["Confermo i dati. Il lancio entro l'estate.", 'confirmation'],
  ]);

  it('reads a French reply whose only function words are shared with Portuguese in French too', () => {
    expect(readClauses("Tests terminés, rien à signaler. C'est validé, bravo à l'équipe !").languages).toContain('fr');
    expectRulesYes("Tests terminés, rien à signaler. C'est validé, bravo à l'équipe !", 'testing');
  });

  it('reads a wish with an adverb inside ("we\'d also like", "we\'d really love") for more scope', () => {
    for (const text of [
      "Field mapping is attached. One more thing: we'd also like the CE credits earned at the meeting to flow back into iMIS.",
      "Everything behaves as designed. We'd really love guests to be able to link their loyalty card at the kiosk as well.",
    ])
      expect(read(text, 'delivery').reasons).toContainEqual(expect.stringMatching(/^asks for more scope/));
  });

  it('reads a review still to come before going live as the yes’s own condition, not one a second reading settles', () => {
    const review =
      'Everything came through correctly. Approved for launch. Dana Whitfield, our compliance officer, is going to review the data flows on Thursday';
    expect(read(`${review}.`, 'testing')).toMatchObject({ intent: 'approve', settleable: true });
    const beforeLive = read(`${review} before we go live.`, 'testing');
    expect(beforeLive).toMatchObject({ intent: 'approve', needsReview: true });
    expect(beforeLive.settleable).toBeUndefined();
  });

  it('reads what the twelfth round’s review of these rules found as no doubt', () => {
    for (const [text, question] of [
      ['Aprovado! Aqui quem aprova o plano e o orçamento sou eu.', 'approval'],
      ['Approved with the discount agreed in the work order.', 'approval'],
      ['All correct. I will be your main contact during the rollout.', 'confirmation'],
      ['All correct. From next week on you can contact me directly on my mobile.', 'confirmation'],
      ['Alles korrekt. Zum Glück ist Herr Weber weiterhin Ihr Ansprechpartner.', 'confirmation'],
      ['Tutto corretto: il referente sarà Marco Bianchi, come già indicato nel documento.', 'confirmation'],
      ["Build ready, full regression passed. We didn't skip any tests this time.", 'readiness'],
      ['Pruebas terminadas, todo OK. Ya solo nos queda la puesta en producción.', 'testing'],
      ['Confirmed, all correct. Send over the go-live checklist whenever you can.', 'confirmation'],
      ['Sounds good. The 6am cutover on Tuesday works for us.', 'approval'],
    ] as const)
      expectRulesYes(text, question);
    expect(read('Sieht gut aus, Phase 2 am liebsten direkt im Anschluss.', 'approval').reasons).not.toContainEqual(expect.stringContaining('a time of day'));
  });
});

describe('what a tenth hunt for wrong approvals showed (longer replies; measured once before these: the round’s start acted on 22 of its 300 not-yes replies)', () => {
  notActedOn([
    // Where details are confirmed: a season, "whenever", another contact taking over, "the contact is not me".
    ['Yes, all correct. Launch sometime in early spring would be ideal.', 'confirmation'],
    ["Yes that's us! Launch date is whenever you can fit us in honestly, no rush.", 'confirmation'],
    ['Confirmed. Launch date: same as last year.', 'confirmation'],
    ["Confirmed, but please keep both me and Alicia on all emails. She's taking over as main contact in June.", 'confirmation'],
    ["Confermo. Da luglio però la referente sarà Giulia Conti, io passo all'ufficio acquisti.", 'confirmation'],
    ['Confirmo os dados, mas o contato não sou eu: é a Fernanda, da TI. Coloquei ela em cópia.', 'confirmation'],
    // At a test: a part still left; a look to take before the final go-ahead.
    ['Hemos probado el alta de socios y el inicio de sesión, todo bien. Nos queda el canje de tarjetas regalo.', 'testing'],
    ['Bon pour moi ! Enfin, notre DPO souhaite vérifier la gestion des données personnelles avant le feu vert définitif.', 'testing'],
    // Materials sent again.
    ['Yes, ready for certification. Sent everything to integrations@ last Thursday, though I just noticed it bounced. Resending now.', 'readiness'],
    // A yes to a call's time, not to the document.
    ["Oui, parfait pour le 14 à 10 h ! J'envoie l'invitation à mon équipe.", 'approval'],
    ['Yes! Thursday at 2pm Eastern works for everyone here. See you then.', 'approval'],
  ]);

  it('still reads a yes in the sender’s own voice, or to the plan, beside a time of day as the yes', () => {
    expectRulesYes('Approved. See you Thursday at 2pm.', 'approval');
    expectRulesYes("Fine by us, go ahead. I'm in meetings until 3pm but reachable after.", 'approval');
  });
});

describe('what an eleventh hunt for wrong approvals showed (three in four replies not in English; measured once before these: the round’s start acted on 20 of its 300 not-yes replies)', () => {
  notActedOn([
    // A condition in a clause of its own is no small talk, whatever its words ("conference").
    ["Yes, yes, approved — as long as you can promise it's live before our conference on June 2.", 'approval'],
    // A part still to test, or put on hold; what cannot be said yet.
    ['Tested and approved on desktop. Mobile is next on our list.', 'testing'],
    ['Aprobado para la fase 1 (web). La app móvil la dejamos aparcada hasta nuevo aviso.', 'approval'],
    ['De planning voor de ontwikkelfase is akkoord. Over de certificeringsdata kunnen we nog niets zeggen.', 'approval'],
    // Another version than the one sent; someone else's yes now.
    ["Approved, per my conversation with your sales rep — we're going with the scaled-down version he proposed.", 'approval'],
    ['Da minha parte tudo bem, mas deixei o projeto esta semana; por favor, confirmem com o Ricardo.', 'approval'],
    // A call's time, in Dutch.
    ['Prima, dinsdag om 10 uur past ons goed.', 'approval'],
  ]);
});

describe('what the trap batches ky and le and an eighteenth hunt for wrong approvals showed (the hunt measured once before these: the round’s start acted on 47 of its 300 not-yes replies)', () => {
  notActedOn([
    // An emoji ends a sentence typed on a phone: what follows it is read apart.
    ['todo bien con el plan 👍 la semana del 17 feb para las pruebas no nos va, estamos de feria', 'approval'],
    // The formal yes left to someone else.
    ['Da minha parte está aprovado: as mensagens estão de acordo com a nossa comunicação. A aprovação formal fica com o Rui Almeida.', 'testing'],
    ["per me va bene: le date sono compatibili con la campagna. Lascio a Francesca l'approvazione ufficiale, visto che è lei la referente.", 'approval'],
    ['Works for us. I will leave the official approval to Karen, she is the project owner.', 'approval'],
    // An emoji before a condition or a "but" ends no sentence.
    ['Approved 👍 if the date holds', 'approval'],
    ['Freigegeben 👍 wenn die Hardware rechtzeitig kommt', 'approval'],
    ['Approved 👍 but the date is still open', 'approval'],
    // Forms a review of these rules found missed: a typographic apostrophe, a day range first, German datives, spelled forms.
    ['Tout est correct. On passe de l’Addition à Zelty en mars.', 'confirmation'],
    ['Confirmed. The training runs from Monday to Friday, and in March we switch from Aloha to Toast.', 'confirmation'],
    ['Freigegeben. Mittlerweile sind wir in 42 Märkten.', 'approval'],
    ["Per me va bene. L'approvazione formale è competenza della direzione.", 'approval'],
    ['Por mim está aprovado. A aprovação formal é do Rui.', 'approval'],
    ['Signed off on this a few weeks back, nothing changed.', 'approval'],
    // The client's own system changing beside a yes to details or a document.
    ["Tout est correct. Je vous signale tout de même qu'on bascule de Weezevent à Swapcard à la rentrée.", 'confirmation'],
    ['Sí, es correcto. Les cuento que en marzo cambiamos de sistema de caja, pasamos de Micros a Toast.', 'confirmation'],
    ['Arbeitsauftrag passt. Kleine Info am Rande: Wir stellen im Frühjahr von Vectron auf Orderbird um.', 'approval'],
  ]);

  notActedOn([
    // A yes said to be given before: whether it was to this version is for the PM.
    ['Den Projektplan hatte ich doch schon letzte Woche abgenickt – das gilt natürlich weiterhin.', 'approval'],
    ["Il piano l'avevo già approvato martedì scorso, vale quello.", 'approval'],
    ["I confirmed the design doc back in August; nothing's changed on our end since.", 'confirmation'],
    // Another part sent to someone else.
    ['Per la parte cassa confermo. Per la fidelity dovete sentire il marketing.', 'confirmation'],
    ["The registration side looks right. I can't speak to the housing integration, that's Mike's area.", 'confirmation'],
    ['Het kassadeel kan ik bevestigen. Voor het spaarprogramma moet je bij marketing zijn.', 'confirmation'],
    // A count of the client's places changed; the client's own system changing, said in other shapes.
    ['Ordine di lavoro ok. Vi segnalo solo che nel frattempo i punti vendita sono diventati 28.', 'approval'],
    ['Bon de commande validé. Petite précision : nous sommes à 54 restaurants et non plus 47.', 'approval'],
    ['APPROVED - thanks Dana. FYI we signed with Eventbrite last Friday and all our ticketing moves over from Ticketmaster Host in February.', 'approval'],
    ["It matches what we discussed. Heads up: we've signed with Toast and will roll it out across all 38 locations in Q2, replacing Aloha.", 'confirmation'],
    ['Os dados estão corretos. Só uma novidade: migramos da Sympla para a Ingresse neste mês.', 'confirmation'],
    // More scope wished for beside the yes.
    ["Plan approved. We'll also want mobile app check-in included, which I mentioned to Ryan last week.", 'approval'],
    ['Plan goedgekeurd. Graag zouden we de koppeling met ons ledenportaal er nog bij hebben.', 'approval'],
    // A reading still to do; a yes from someone only copied.
    ["Ha, confirmed as in yes we got it. Haven't read it yet tbh", 'confirmation'],
    ["Sections 1-3 confirmed. Haven't got to the data mapping yet.", 'confirmation'],
    ["The POS and network parts look correct from our side. I'm on the IT team and was cc'd on this.", 'confirmation'],
  ]);

  // A German "Ja", places without a change, a thing replaced with no name, "já que", Italian "al".
  actedOn([
    ['Ja, letzte Woche besprochen, passt.', 'approval'],
    ['Confirmed, I have read it and all is correct.', 'confirmation'],
    ['Approved. Our 12 stores are closed on the 24th.', 'approval'],
    ['All correct. We replaced the old kiosk last week.', 'confirmation'],
    ['A Joana pediu-me para responder, já que está de férias: aprovamos o plano.', 'approval'],
    ["Con la presente approviamo l'ordine di lavoro relativo al progetto nei termini proposti il 3 febbraio.", 'approval'],
  ]);

  it('reads the phone reply whose emoji ends the yes’s sentence for what follows it, and the formal yes left to another for what it is', () => {
    expect(read('todo bien con el plan 👍 la semana del 17 feb para las pruebas no nos va, estamos de feria', 'approval').reasons).toContainEqual(
      expect.stringMatching(/^a negation beside the yes: “la semana del 17/),
    );
    expect(read('Works for us. I will leave the official approval to Karen, she is the project owner.', 'approval').reasons).toContain(
      'the yes that counts is someone else’s: “I will leave the official approval to Karen, she is the project owner.”',
    );
  });

  actedOn([
    // Words of these rules in replies that hold nothing back (found by a review of them).
    ['Freigegeben. Die Schulung findet in allen 14 Filialen statt.', 'approval'],
    ['Approved, as already discussed last week.', 'approval'],
    ['Ja passt, wie letzte Woche am Telefon besprochen.', 'approval'],
    ['Approved, we are already looking forward to the launch in June.', 'approval'],
    ['Aprobado. Dejamos a Marta en copia.', 'approval'],
    ['Freigegeben. Bei Rückfragen wenden Sie sich an Herrn Weber.', 'approval'],
    ['Approved, this replaces the DocuSign envelope, which expired.', 'approval'],
    ['Approved. We will also want to send the plan to our franchisees for their information.', 'approval'],
    ['Our CEO asked whether the plan is final; I told her it is. Approved.', 'approval'],
    ['Approved, I will get back in touch with the stores.', 'approval'],
  ]);

  it('reads a question asked indirectly ("would be good to know whether…") in a clause that is not its sentence’s last as a question', () => {
    const text =
      'QA went fine on our side, all use cases pass. Would be good to know whether the balance message could show points and dollars together; marketing raised it this morning.';
    expect(read(text, 'testing').intent).toBe('question');
    expect(read('Alles getestet, passt. Ich wüsste gern, ob die Punkte auch auf dem Bon stehen.', 'testing').intent).toBe('question');
  });

  // An emoji, a move between days, the sender’s own formal yes, a trade mark.
  actedOn([
    ['Approved 🎉 see you at the kick-off on Monday', 'approval'],
    ['Approved. We moved our own kick-off call from Monday to Tuesday.', 'approval'],
    ['Approved, this is our official approval of the plan.', 'approval'],
    ['All correct, Acme® Rewards is the program name and I stay your contact.', 'confirmation'],
  ]);
});

describe('what the second reading, retrained in the fourteenth round on its trap batches, changed', () => {
  // (Acted on before the retraining; the rules still read nothing against it.)
  it('reads nothing against the yes in a Dutch approval beside what changes for the cashiers', () =>
    expectRulesYes('Goedgekeurd. Voor de kassamedewerkers verandert niet veel.', 'testing'));
});

describe('yeses the fifteenth round’s hunt list found acted on', () => {
  // Someone who says they are not on the project; a new contact named by who takes the project over; a plan or a date called not
  // realistic; a condition after an emoji that opens with "eso sí"; a new module the client has "decided to add"; a launch "as soon
  // as possible", which no timeline can be counted back from.
  notActedOn([
    ["Hi, Sandra here from the marketing team. I'm not involved in this project but the details look correct to me!", 'confirmation'],
    ["Buongiorno, sono Francesca dell'ufficio stampa. Non seguo questo progetto, ma i dati mi sembrano corretti!", 'confirmation'],
    ['Ich bin nicht in das Projekt eingebunden, aber die Angaben sehen richtig aus.', 'confirmation'],
    ["Tout est correct. Petite précision : à partir du mois prochain, merci d'adresser vos mails à Julien Morel, qui reprend le projet.", 'confirmation'],
    ['All correct. From next month Tom Reyes is taking over the project.', 'confirmation'],
    ['Todo correcto. Lucía asumirá el proyecto a partir de marzo.', 'confirmation'],
    ['Aprovamos, mas o prazo de três semanas para as contas de teste não é realista para nós. Contem com elas só em maio.', 'approval'],
    ['Approved, though two weeks of client testing over the holidays is not realistic.', 'approval'],
    ['Vale, aprobado 👍 eso sí, que el lanzamiento no coincida con la Feria de Abril porfa', 'approval'],
    ["Approved! Also, we've decided to add the gift card module, hope that's ok to just slot in 😊", 'approval'],
    ['Confermo i dettagli. Come data di lancio: il prima possibile, ci serviva già ieri!', 'confirmation'],
    ['Alles korrekt. Livegang so schnell wie möglich bitte.', 'confirmation'],
    ['Todo correcto, el lanzamiento lo antes posible.', 'confirmation'],
  ]);

  actedOn([
    // The same words in replies that hold nothing back.
    ['Approved, the plan looks realistic to us.', 'approval'],
    ['Approved 👍 thanks for the quick turnaround', 'approval'],
    ['All correct, I stay your contact for the whole project.', 'confirmation'],
    ['Tudo certo, podem avançar.', 'confirmation'],
  ]);
});

describe('news announced after a yes at a test or a readiness report', () => {
  it('is a doubt the second reading may settle ("FYI, our menu prices go up on May 1", "Let op: mijn e-mailadres verandert")', () => {
    for (const [text, question] of [
      ['We went through all the use cases on the QA server. We approve.\n\nFYI, our menu prices go up across all 22 locations on May 1.', 'testing'],
      ['Alle use cases getest: goedgekeurd.\n\nLet op: mijn e-mailadres verandert per volgende week.', 'testing'],
      ['Ready for round 2. Heads up that the build on the test server is now 5.1.0, with the new checkout screens.', 'readiness'],
    ] as const)
      expect(
        read(text, question).reasons.some((r) => r.startsWith('news announced after the yes')),
        text,
      ).toBe(true);
  });

  it('is no doubt where the step asks a yes to a document, nor news told before the yes', () => {
    expect(read('Approved. FYI, I am out next week.', 'approval').reasons.some((r) => r.startsWith('news announced'))).toBe(false);
    expect(read('FYI, our office moves next month. Tested, all good, approved.', 'testing').reasons.some((r) => r.startsWith('news announced'))).toBe(false);
  });
});

describe('saying one will attend, where the step asks to confirm (the IDI’s invitation)', () => {
  const invited = { ...plain, noticeInvites: true };
  it.each([
    ["C'est noté, je serai présente mardi. Merci pour l'invitation."],
    ['Hallo, der Termin passt, wir sind dabei (ich und unser Marketingleiter Herr Yilmaz).'],
    ["J'y serai."],
    ['Thanks Lisa - I’ll be there. Priya from our digital team will join as well.'],
  ])('acts on "%s" as the yes it is, under the invitation', (text) =>
    expect(read(text, 'confirmation', invited)).toMatchObject({ intent: 'approve', needsReview: false }),
  );
  it('is no yes where the step asks to approve a document, nor when it is negated, asked or on a condition', () => {
    expect(read("I'll be there at the kick-off.", 'approval').intent).not.toBe('approve');
    expect(read("I won't be there, sorry, can we do Friday?", 'confirmation', invited).intent).not.toBe('approve');
    expect(read("If the time holds, I'll be there.", 'confirmation', invited).reasons.some((r) => r.startsWith('says they will attend'))).toBe(false);
  });
});

describe('the sender’s availability or the next talk beside a yes', () => {
  actedOn([
    [
      'Our internal QA is complete: all 42 test cases pass on the test server. Side note, our office is closed next Monday for Memorial Day, so responses will be slow that day.',
      'readiness',
    ],
    ['Nous avons terminé notre recette interne : tous les scénarios passent. C’est bon de notre côté. On se parle jeudi à la réunion de suivi.', 'readiness'],
  ]);

  notActedOn([
    // What is still to come of the step is not small talk, nor a deadline ("bis Freitag" is "by Friday").
    ['Ready for certification. We’ll talk on Thursday about the open points.', 'readiness'],
    ['Der Build ist fertig. Den Launch-Termin muss ich intern noch abstimmen, melde mich bis Freitag.', 'readiness'],
    ['Approving on behalf of Jess, who’s on leave. She hasn’t actually seen it, but I’m sure it’s fine.', 'approval'],
  ]);
});

describe('a look still to take, said with the verb as it is conjugated', () => {
  notActedOn([
    // German and Dutch separable verbs, the third person in the others.
    ['Der Plan passt. Unsere Rechtsabteilung schaut sich den Vertrag nächste Woche an.', 'approval'],
    ['De planning is akkoord. Onze jurist kijkt er volgende week nog naar.', 'approval'],
    ['El plan nos cuadra. Nuestro abogado lo revisa la semana que viene.', 'approval'],
    ['Il piano va bene. Il nostro legale lo guarda la prossima settimana.', 'approval'],
    ['Plan looks good. Our legal team goes through it next week.', 'approval'],
    // A review by data protection or security is the yes's own condition: no second reading settles it.
    [
      'Der Zeitplan ist für uns gut machbar, und der Starttermin passt. Unsere Datenschutzbeauftragte sieht sich die Liste der Personendaten nächste Woche an.',
      'approval',
    ],
    ['The timeline works for us and the plan is approved. Our infosec team will review the data flows next week.', 'approval'],
  ]);
  actedOn([
    ['Der Plan passt, wir haben ihn letzte Woche durchgesehen.', 'approval'],
    ['Approvato, il piano guarda avanti fino a giugno.', 'approval'],
  ]);
});

describe('what a review of the fifteenth round’s rules found', () => {
  notActedOn([
    // A word of contrast after an emoji opens a sentence of its own: what it says at a test is read as what was found.
    ['Getestet, alles ok 👍 Jedoch erscheinen Rückerstattungen im Tagesbericht als Verkäufe.', 'testing'],
    ['Tested, approved 👍 Though VIP ticket holders show up as General Admission at the door.', 'testing'],
    // The next talk beside work still to come is no small talk.
    ['All done and ready for certification. Refund screens we’ll have by the follow-up, see you next week.', 'readiness'],
  ]);

  actedOn([
    // Not realistic said of the old plan; "already" and a day ahead; a sign-off that names whom to ask.
    ['Approved. The old timeline was not realistic, this new one works much better for us.', 'approval'],
    ['Freigegeben. Der alte Zeitplan war unrealistisch, der neue passt uns gut.', 'approval'],
    ['Already approved on our side, we start on Monday.', 'approval'],
    ['Ya está aprobado, empezamos el lunes.', 'approval'],
    ['Hier ist schon alles freigegeben, danke!', 'approval'],
    ['Die Angaben sind korrekt, wir bestätigen. Bei Rückfragen wenden Sie sich bitte an mich.', 'confirmation'],
    ['Confermo, i dati sono corretti. Per qualsiasi dubbio scrivete a me.', 'confirmation'],
  ]);

  it('reads attending as the answer only under a notice that invites to a meeting', () => {
    const invited = { ...plain, noticeInvites: true };
    expect(read('C’est noté, je serai présente mardi.', 'confirmation', invited)).toMatchObject({ intent: 'approve', needsReview: false });
    expect(read('Thanks for the summary. We’ll join the kick-off call on Tuesday.', 'confirmation').intent).not.toBe('approve');
    expect(read('Gracias por el resumen. Cuenta conmigo para lo que necesites.', 'confirmation', invited).intent).not.toBe('approve');
  });
});

describe('the Spanish "se", which is no "if"', () => {
  // A short reply is read in every language; the Italian and Portuguese "se" ("if") is not the Spanish reflexive one.
  actedOn([
    ['Aprobado, se puede lanzar.', 'approval'],
    ['Todo correcto, ya se ha probado todo.', 'approval'],
  ]);
  notActedOn([
    ['Aprovado, se o cliente concordar.', 'approval'],
    ["Approvato, se il cliente è d'accordo.", 'approval'],
  ]);
});

describe('yeses the fifteenth round’s hunt lists found missed', () => {
  actedOn([
    ['getest met het hele team, niks gevonden 🙌 ga je gang', 'testing'],
    [
      'Thanks for pulling this together so quickly. I’ve read it through twice and it all matches what we agreed — please take this as our approval.',
      'approval',
    ],
  ]);
  // A "but no" that a neutral phrase holds refuses no part ("but no rush"); "but not the refund flow" still does.
  it('reads "but no rush" as refusing no part, and "but not the refund flow" as refusing one', () => {
    const reasons = (text: string) => read(text, 'testing').reasons;
    expect(reasons('No issues found, approved. A training guide would be handy at some point, but no rush.')).not.toContainEqual(
      expect.stringMatching(/^a part of it refused/),
    );
    expect(reasons('Tested, approved, but not the refund flow.')).toContainEqual(expect.stringMatching(/^a part of it refused/));
  });
});

describe('what the sixteenth round’s hunt lists found acted on as a yes', () => {
  notActedOn([
    // Changes of the sender's own beside the yes.
    ['approved w 2 small edits, add the speaker portal to scope and drop the sms piece', 'approval'],
    ['Approved with two changes: add the speaker portal and drop the SMS piece.', 'approval'],
    ['freigegeben mit einer aenderung: sms-benachrichtigung bitte raus, dafuer der export ins crm rein', 'approval'],
    // A look still to take, its subject left out, or "first".
    ['schedule works for the dev and qa part, still looking at launch week w our ops team', 'approval'],
    ['Timeline and scope both look good, approved. The requirements list I need to take through IT first.', 'approval'],
    // Someone else's test still to come.
    ['we (integrator) tested all flows and approve, client will do theirs next', 'testing'],
    ['nous (prestataire) avons tout teste et validons, le client fera sa recette ensuite', 'testing'],
    // The contact who answers has left.
    ['confirmed, altho fyi i left the club last week, jamie is your contact now', 'confirmation'],
  ]);
  actedOn([
    ['Approved, with thanks for all the changes you made.', 'approval'],
    ['Schedule works for us, approved.', 'approval'],
    ['All tested and it works, approved from our side.', 'testing'],
    ['Confirmed, I stay your contact.', 'confirmation'],
  ]);
});

describe('yeses the sixteenth round’s hunt lists found missed, and the hedges beside them', () => {
  actedOn([
    // Italian "si" is "sì" without its accent, not "if".
    ['si i dati sono giusti, confermo. buona giornata!', 'confirmation'],
    ['ABNAHME ERTEILT.', 'testing'],
    ['Li o documento de design, sem observações. Confirmado.', 'confirmation'],
    ['all use cases work and the error msgs are fine, approved to go live', 'testing'],
  ]);
  notActedOn([
    // Spanish and French "si" is.
    ['si los datos son correctos, confirmo.', 'confirmation'],
    ['si les données sont justes, je confirme.', 'confirmation'],
    ['Wir erteilen die Abnahme noch nicht.', 'testing'],
    ['À primeira vista, está tudo pronto para a certificação.', 'readiness'],
    ['À première vue, tout est prêt pour la certification.', 'readiness'],
    // The launch's exact day still to give, after a meeting.
    [
      "Les informations sont exactes. Pour le lancement, nous visons début avril. Je pourrai vous donner le jour exact après notre conseil d'administration du 25 septembre.",
      'confirmation',
    ],
  ]);
});

describe('what a review of the sixteenth round’s rules found', () => {
  notActedOn([
    ['approved w/ 2 small edits: add the speaker portal and drop the sms piece', 'approval'],
    ['Approved with one small change: drop the SMS piece.', 'approval'],
    ['Approved with two amendments: add the speaker portal and drop the SMS piece.', 'approval'],
    ['we tested all flows and approve, the client will run UAT next', 'testing'],
    ['nous avons tout testé et validons, le client fera ses propres tests ensuite', 'testing'],
    ['Die Angaben sind korrekt, bestätigt. Ansprechpartner ab Mai: wird noch benannt.', 'confirmation'],
    ['Dados confirmados, mas ainda estamos vendo quem vai assumir o contato.', 'confirmation'],
    ['Confirmed, all details correct. Jamie Ruiz is now your point of contact.', 'confirmation'],
    ['Tested and approved. Jamie Ruiz is now your point of contact for the go-live.', 'testing'],
    ['Plan approved - still looking at the budget line with our CFO.', 'approval'],
    // A look not taken, its object first; the client's system left, in Portuguese.
    [
      "Approved on behalf of Copper Kettle. I went through the scope and the responsibilities. The cost section I haven't looked at; that sits with our CFO.",
      'approval',
    ],
    ['Está tudo certo, pode seguir. Só para informar: deixamos de usar o Salesforce em setembro e agora todo o nosso CRM está no HubSpot.', 'confirmation'],
  ]);
  actedOn([
    ['Approved - thanks for being so patient with 3 rounds of changes!', 'approval'],
    ['Approved, the go-live is scheduled for June 24 as planned.', 'approval'],
    ['Freigegeben, gerade noch rechtzeitig vor dem Wochenende!', 'approval'],
    ['Tested everything, the new contact form sends to the CRM correctly. Approved.', 'testing'],
    ['Approved. I left the team a note so they know the go-live time.', 'approval'],
    ['Confirmed, and as before I will be your main contact going forward.', 'confirmation'],
    ["Approved. We haven't checked in with finance, all good.", 'approval'],
  ]);
  // The rules read the yes and nothing against it; the second reading, trained since on replies whose plans said ahead hold a yes
  // back, doubts this one (0.56) and leaves it to the PM.
  it('reads a yes beside a plan for launch day as a yes', () =>
    expectRulesYes("Approved, we'll have to run the new staff through the checklist first thing on launch day.", 'approval'));
});

describe('a yes from someone who says the yes that counts is not theirs to give', () => {
  notActedOn([
    ["Looks good to me! Full disclosure, I'm on the sales side and can't really vouch for the technical sections.", 'approval'],
    ['Por mim está tudo certo, mas sou do marketing: quem valida configuração de produção é o Thiago, de TI.', 'open'],
    ['Por mi parte está OK, pero la aprobación formal para salir a producción tiene que darla Marta Gil.', 'testing'],
  ]);
  actedOn([
    ['Por mim está tudo certo, pode seguir.', 'open'],
    // The sender says they are that one.
    ['Pode seguir, quem valida sou eu.', 'open'],
    ['Aprovado! Eu sou quem valida aqui, pode seguir.', 'open'],
    ['Aprobado. Como directora, soy yo quien tiene que darla, y la doy.', 'approval'],
    ['Approved - the final decision is with me.', 'approval'],
  ]);
  it('reads a yes that vouches for the whole as the rules’ yes, nothing held against it', () => {
    expectRulesYes('Looks good to me, I can vouch for every section of it.', 'approval');
  });
});

describe('a yes beside a scope the sender takes for granted', () => {
  notActedOn([
    ['Yes, I confirm. I assumed the app integration was included too, as per our chat with your sales team.', 'confirmation'],
    ['¡Aprobado! Entiendo que con esto ya quedan incluidas también las tiendas de Portugal.', 'approval'],
    ['Freigegeben. Wir gehen davon aus, dass die Gutscheine mit drin sind.', 'approval'],
  ]);
  actedOn([['Approved. I understand that a new feature would be a change request with additional fees.', 'approval']]);
  // (A scope said not to be included is no assumption: the rules hold nothing against the yes. The second reading retrained at the
  // eighteenth round's end doubts this one, 0.48 for a no, and leaves it to the PM.)
  it('holds nothing against a yes beside a scope said not to be included', () => {
    expectRulesYes('Aprobado. Entiendo que el mantenimiento no está incluido en esta orden.', 'approval');
  });
});

describe('corrections said done at a readiness report', () => {
  it('reads "les corrections … sont faites" as an earlier problem resolved, not as work still to do', () => {
    const text = 'Les corrections du deuxième tour sont faites et retestées ; les accès restent les mêmes. Nous sommes prêts pour le tour suivant.';
    expect(read(text, 'readiness').reasons.join(' ')).not.toMatch(/work still to do/);
    expectYesActedOn(text, 'readiness');
    // Not done yet is still not done.
    expectNoYesActedOn('Les corrections ne sont pas encore faites, on est prêts lundi.', 'readiness');
  });
});

describe('a yes beside a figure the sender corrects as they write', () => {
  notActedOn([
    ['Confirmed, all as per contract. Target launch 3 March, actually, make that the 10th, the refurb is running over.', 'confirmation'],
    ['Confirmé ! Lancement le 2 mars… enfin, le 9 si les travaux prennent du retard.', 'confirmation'],
    ['Confirmado! São 12 academias, como está no documento, aliás, 11: a de Niterói fechou.', 'confirmation'],
  ]);
  actedOn([
    // A word of correcting with no figure after it corrects nothing of the details.
    ['Confirmed, all as per contract. I mean it, great work on the summary.', 'confirmation'],
    ['Enfin, tout est correct, je confirme.', 'confirmation'],
    ['Aprovado, aliás, parabéns pelo resumo.', 'approval'],
    // The same words before a figure alone correct nothing.
    ["C'est validé, nous avons enfin 12 magasins prêts pour le lancement.", 'approval'],
    ['Confirmado! Aliás, 3 lojas já fizeram o treinamento.', 'confirmation'],
    ['Approved, we can make that 15 March go-live work.', 'approval'],
  ]);
});

describe('a yes beside a decision to add told as news, in every language', () => {
  notActedOn([
    ["Confirmed, thanks! We've also decided to add the student app, hope that's ok.", 'confirmation'],
    ["Tutto ok, confermato! Ah, abbiamo deciso di aggiungere anche l'app per i soci del circolo.", 'confirmation'],
    ['Ja, bevestigd! We hebben trouwens besloten om de parkeergarage aan de Stationsweg er ook bij te nemen.', 'confirmation'],
    ['Tudo certo! Ah, e resolvemos incluir também o totem de autoatendimento.', 'confirmation'],
    ['Freigegeben. Wir haben beschlossen, die Filiale in Graz auch aufzunehmen.', 'approval'],
  ]);
  actedOn([
    ['Tudo certo, pode seguir.', 'confirmation'],
    ['Approved. We decided to go with your recommended field mapping.', 'approval'],
  ]);
});

describe('a confirmation of receipt at a step that confirms details', () => {
  notActedOn([
    ['Yes, confirming we received the contract and the welcome pack.', 'confirmation'],
    ['Je vous confirme avoir bien reçu le document de conception.', 'confirmation'],
    ['Confirmo haber recibido el contrato, lo reviso esta semana.', 'confirmation'],
  ]);
  actedOn([['Confirmed: the details are correct, and we received the welcome pack too.', 'confirmation']]);
});

describe('a yes that a review must still pass', () => {
  notActedOn([
    ['Da nossa parte está ok, mas a ordem de serviço precisa passar pelo jurídico antes da assinatura.', 'approval'],
    ['Fine by me, but the work order has to go through legal before I can sign it.', 'approval'],
    ["C'est confirmé pour nos trois hôtels parisiens. Pour Nice, il faut attendre le retour du directeur.", 'confirmation'],
  ]);
  actedOn([
    ['Approved. Our legal team already went through it last week, no comments.', 'approval'],
    // A review said to be needed no more.
    ['Approved. No need for it to go through legal this time.', 'approval'],
    ['Aprovado. Não precisa passar pelo jurídico, já está assinado.', 'approval'],
    ['Aprobado. No hace falta pasar por legal, ya está firmado.', 'approval'],
    // An intern spoken of, not the sender.
    ['Approved. One of the interns will join the training sessions.', 'approval'],
  ]);
  notActedOn([["Approved. I'm one of the students helping on the project.", 'approval']]);
});

describe('a scope taken for granted, in more words of inclusion', () => {
  notActedOn([
    ['Aprobado. Entendemos que la impresión de acreditaciones también entra en esta fase.', 'approval'],
    ['Approved. I assumed the badge printing was part of this phase.', 'approval'],
  ]);
  actedOn([['Approved. I understand that badge printing is not part of this phase.', 'approval']]);
});

describe('a yes with changes of the sender’s own, in more languages', () => {
  notActedOn([
    ['Vous trouverez ci-joint le bon de travaux signé, avec nos annotations en page 3 sur la maintenance.', 'approval'],
    ['Segue o cronograma aprovado, com as datas que ajustámos a amarelo no ficheiro.', 'approval'],
    ['Freigegeben, mit einigen kleinen Anmerkungen im Dokument.', 'approval'],
  ]);
  actedOn([
    // The sender's earlier remarks, built in by the vendor: a clean yes.
    ['Validé, tout est conforme avec nos remarques du premier tour bien intégrées.', 'approval'],
    ['Freigegeben, passt alles mit unseren Anmerkungen aus der ersten Runde, die Sie eingearbeitet haben.', 'approval'],
  ]);
});

describe('a launch named by a quarter in words where details are confirmed', () => {
  notActedOn([['Die Angaben stimmen so. Als Starttermin schwebt uns ungefähr Ende des zweiten Quartals vor.', 'confirmation']]);
  actedOn([['Confirmed. Same go-live approach as last quarter, all details correct.', 'confirmation']]);
});

describe('a figure corrected in a sentence of its own, right after the one it corrects', () => {
  notActedOn([
    ["Confirmed, I'm the contact. Launch 15 April. Actually no, make that the 22nd, the 15th is Easter week for us.", 'confirmation'],
    ['Bestätigt, Go-live wie gewünscht am 1. Juli. Bzw. doch lieber am 15., am 1. ist bei uns Sommerfest.', 'confirmation'],
    ['Confirmado para 10 de março. Ou melhor, 17, porque dia 10 é feriado municipal aqui.', 'confirmation'],
  ]);
  actedOn([
    // Words of correcting with no figure after them.
    ['Confirmed, launch 15 April. Or rather, we are very much looking forward to it.', 'confirmation'],
    ['Approved, all 12 locations are correct, well done.', 'approval'],
    // An elaboration, a "respectively", no problems found: nothing corrected.
    ['Tested on 3 devices, well, 2 phones and 1 tablet. All works.', 'testing'],
    ['Alles korrekt. Schulung für Team A am 3 Juni, beziehungsweise 5 Juni für Team B.', 'confirmation'],
    ['Tested everything. Actually no issues on the 3 devices we tried.', 'testing'],
  ]);
});

describe('someone else’s decision to add, told as news', () => {
  notActedOn([
    ['Confirmado, lançamento em 2 de maio. Ah, e a diretoria decidiu incluir também a venda de ingressos do teatro.', 'confirmation'],
    ['Approved. Our board has decided to also add the gift card module.', 'approval'],
    ['Aprobado. La dirección decidió incluir también el módulo de tarjetas regalo.', 'approval'],
  ]);
  // Someone else's decision to add a person or staff is no scope.
  actedOn([
    ['Aprovado. O Carlos decidiu adicionar você no grupo do WhatsApp do evento.', 'approval'],
    ['Approved. Our CEO has decided to add Ana to the steering group.', 'approval'],
  ]);
});

describe('a hedge that opens the clause on its own, before a comma', () => {
  notActedOn([
    ["En principe, c'est bon pour nous.", 'approval'],
    ["A priori, c'est bon.", 'approval'],
    ['Grundsätzlich, ja.', 'approval'],
  ]);
  // Not any hedge: a go-ahead after the comma that ends the clause still decides.
  actedOn([
    ['should be fine I think, go ahead', 'approval'],
    ['I think so, please go ahead.', 'approval'],
    ['So far, so good. Please go ahead.', 'approval'],
    ['Fingers crossed, approved!', 'approval'],
    ['Bisher, keine Einwände. Freigegeben.', 'approval'],
  ]);
});

describe('someone else’s yes, narrowed by a review', () => {
  actedOn([
    // The manager's approval already given; an intern spoken of; a third person confirming something else; a contact unchanged.
    ['Goedgekeurd. Mijn leidinggevende heeft zijn goedkeuring gegeven.', 'approval'],
    ['Goedgekeurd. Ik ben blij dat onze stagiair het zo goed getest heeft.', 'approval'],
    ['Aprovado. Ele vai confirmar a reserva do hotel amanhã.', 'approval'],
    ["Confirmed. I'm staying on as contact; if anything changes I'll let you know who it will be.", 'confirmation'],
  ]);
  notActedOn([
    ['Prima planning hoor. Ik ben zelf stagiair op de afdeling evenementen, dus mijn leidinggevende stuurt de officiële goedkeuring.', 'approval'],
    ["Integration details confirmed. The POC part is a bit tricky as we're restructuring; I'll let you know who it will be.", 'confirmation'],
    ['Bestätigt. Als Starttermin schwebt uns irgendwas im Spätsommer vor.', 'confirmation'],
  ]);
});

describe('a yes whose subject is another thing to approve', () => {
  notActedOn([
    ['Die Rechnung zur Anzahlung ist freigegeben und geht diese Woche in die Zahlung.', 'approval'],
    ['Jullie factuur 2024-118 voor de aanbetaling is goedgekeurd en wordt deze week betaald.', 'approval'],
    ['La factura de la certificación ya está aprobada por nuestro departamento de administración.', 'approval'],
    ["La fattura dell'acconto è approvata.", 'approval'],
    ["La facture d'acompte est validée.", 'approval'],
    ['Invoice approved.', 'approval'],
  ]);
  // A yes in a phrase of its own, to this step's document named between, or where the other thing only names the kind of what is
  // approved or stands beside it, still answers.
  actedOn([
    ['Approved. The invoice will follow.', 'approval'],
    ['The deposit invoice is paid, and we approve the work order as sent.', 'approval'],
    ['Regarding the invoice: the plan is approved.', 'approval'],
    ['The payment integration plan is approved.', 'approval'],
    ['Budget and timeline approved.', 'approval'],
    ['Budget und Zeitplan sind freigegeben.', 'approval'],
    ['Invoice layout approved.', 'approval'],
    ['Payment flow as described in the plan is approved.', 'approval'],
  ]);
});

describe('something to add in this very phase, asked by anyone', () => {
  notActedOn([
    ['Aprobado por mi parte. El partner de la app quiere meter el pago con Bizum en esta misma fase; ya les he dicho que adelante.', 'approval'],
    ['Plano aprovado! O pessoal da maquininha pediu pra incluir o cashback já nessa fase, eu disse que tudo bem.', 'approval'],
    ['Approved. Our POS partner asked us to include table ordering in this phase, which is fine by us.', 'approval'],
  ]);
  // Thanks for what was added, or nothing to add: no ask.
  actedOn([
    ['Approved. Nothing else to add in this phase.', 'approval'],
    ["Approved. We don't want to add anything in this phase.", 'approval'],
    ['Approved. Great that you managed to include the refunds in this phase.', 'approval'],
    ['Aprobado. Gracias por incluir las devoluciones en esta fase.', 'approval'],
    ['Aprovado. Obrigado por incluir o cashback nessa fase.', 'approval'],
  ]);
});

describe('a test passed in part, the rest still to run by another site or team', () => {
  notActedOn([
    ['Recette validée pour le musée principal ; les deux annexes feront leurs tests après la fermeture estivale.', 'testing'],
    ['Testing approved for the main museum; the two annexes will do their tests after the summer closure.', 'testing'],
    ['Test bestanden. Die Filialen in Hamburg werden erst nach der Umstellung testen.', 'testing'],
    ['Pruebas OK en la sede central. Las dos sedes harán sus pruebas después del verano.', 'testing'],
    ['Test goedgekeurd. De andere vestigingen gaan pas na de zomer testen.', 'testing'],
    ['Test approvati in sede. Le due filiali faranno i loro test dopo l’estate.', 'testing'],
    ['Testes aprovados na loja principal. As duas lojas farão os seus testes depois do verão.', 'testing'],
  ]);
  // Tests already run by the others, tests planned as the plan says, or our own next test, hold nothing back.
  actedOn([
    ['Testing approved. The two annexes did their tests last week and everything passed.', 'testing'],
    ['All tested and approved, go ahead.', 'testing'],
    ["Approved. As planned, we'll run the UAT round in March.", 'approval'],
    ['Approuvé. Comme prévu, vos équipes feront leurs tests en mars.', 'approval'],
    ['Aprobado. Según el plan, los técnicos harán las pruebas el 3 de marzo.', 'approval'],
    ['Our QA is complete and we are ready for certification; your team will run its own tests next.', 'readiness'],
    ['Recette validée. Les utilisateurs testeront en conditions réelles dès le lancement, comme prévu.', 'testing'],
  ]);
});

describe('a yes from whoever reads a shared mailbox or helps out, or one still put to someone who signs', () => {
  notActedOn([
    ['Hola, soy monitor del club y he visto esto en el correo general. Creo que está bien, ¡adelante!', 'approval'],
    ['Hallo, ik ben de vrijwilliger die de clubmail leest. Ziet er netjes uit hoor, ga maar je gang!', 'approval'],
    ['Salve, sono la ragazza della reception, ho visto la mail nella casella condivisa. Mi sembra tutto a posto, procedete pure!', 'approval'],
    ['Looks fine to me! I saw this in the general inbox.', 'approval'],
    ['Ziet er goed uit! Ik leg het nog even voor aan onze directeur, die moet alles met kosten aftekenen.', 'approval'],
  ]);
  // Not a place to send something, a volunteer who decides, nor a yes shared with a team.
  actedOn([
    ['Approved. Please send future notices to our shared mailbox.', 'approval'],
    ['Goedgekeurd. Onze vrijwilligers staan klaar voor de lancering.', 'approval'],
    ['Goedgekeurd. Stuur de factuur graag naar de clubmail.', 'approval'],
    ['Approvato. Inviate la fattura nella casella condivisa amministrazione.', 'approval'],
    ['Aprovado. Deixem a fatura na caixa geral, por favor.', 'approval'],
    ['Aprobado. Soy voluntario y presidente de la asociación, así que adelante.', 'approval'],
    ["Approved. I'm the volunteer coordinator and I sign off on these.", 'approval'],
    ['Goedgekeurd. Ik leg het morgen voor aan het team zodat iedereen weet wat er komt.', 'approval'],
  ]);
});

describe('details confirmed with the launch named by a week’s number', () => {
  notActedOn([
    ['Confirmed, go-live in week 14 of 2028.', 'confirmation'],
    ['Bevestigd, live in week 14.', 'confirmation'],
    ['Bestätigt, Go-live in KW 14.', 'confirmation'],
    ['Confirmed, go-live in week 14.', 'confirmation'],
  ]);
  actedOn([
    ['Confirmed, go-live the week of March 3.', 'confirmation'],
    ['Confirmed, go-live in week 14, Monday 3 April.', 'confirmation'],
  ]);
});

describe('a plain yes beside a look taken, a "can" of the sender’s, or a word that only seems to hold it back', () => {
  actedOn([
    [
      'Thanks for a really productive session on Tuesday – I think everyone came away with a much clearer picture. So I can confirm the IDI summary is correct.',
      'confirmation',
    ],
    ['Verifiquei os dados com o Nuno e parece-me tudo correto.', 'confirmation'],
    ['Lo revisé con Nuno y nos parece todo correcto. Pueden avanzar.', 'approval'],
    ['Unsere interne QA ist seit gestern durch, ohne offene Punkte. Wir sind bereit für die Zertifizierung.', 'readiness'],
    ['So from our side: APPROVED. Jen is already pulling together the test accounts, so we should be in good shape for the requirements date.', 'approval'],
    ["We're ready for round 2, see transactions 31 to 44 in the attached file.", 'readiness'],
    [
      "Nous avons testé tous les cas d'usage, ainsi que plusieurs erreurs volontaires (mot de passe erroné, carte inconnue). Tous les messages, de succès comme d'erreur, nous conviennent. Nous validons la recette.",
      'testing',
    ],
  ]);
  // A look taken is how the answer was reached, not a statement the rules could not read (which is a doubt beside the yes).
  it.each([
    [
      'Ich habe die Angaben mit unserer IT-Abteilung gestern abgeglichen. Die Angaben sind korrekt. Zur Information habe ich meine Kollegin Frau Lang aus der Besucherregistrierung in Kopie genommen.',
      'confirmation',
    ],
    [
      'We checked the details with our IT team and our events director last week. All correct. For information, I have copied my colleague Anna Lang from visitor registration on this email.',
      'confirmation',
    ],
  ] as const)('reads a look taken beside "%s" (%s) as no doubt', (text, question) => expectRulesYes(text, question));
  // A colleague copied in, "you need not write to her separately": no part of it refused (the second reading may still doubt so
  // short a mail).
  it('reads no part refused in a colleague copied in for information', () =>
    expectRulesYes(
      'Die Angaben sind korrekt. Meine Kollegin Frau Lang habe ich in Kopie genommen, Sie müssen sie aber nicht gesondert ansprechen.',
      'confirmation',
    ));
  // Not a look still to take, one wished for, someone else's "can", a part left open, nor answers elsewhere where a document is approved.
  notActedOn([
    ["We haven't checked the details with our IT team yet. All correct otherwise.", 'confirmation'],
    ["I'd want our CTO to read the reverse enrollment section first. Everything else looks right.", 'confirmation'],
    ['Our IT lead thinks it is probably fine. They can confirm the summary is correct.', 'confirmation'],
    ['Unsere interne QA hat noch offene Punkte. Wir sind bereit für die Zertifizierung.', 'readiness'],
    ['Parece-me tudo correto, mas ainda falta a loja de Braga.', 'confirmation'],
    ['Looks good overall, see my answers in the attached file.', 'approval'],
    ['Ready for round 2 - see my answers to your questions in the attached file.', 'readiness'],
    ['Die Angaben sind korrekt. Die Rechnungsadresse haben wir aber nicht extra geprüft.', 'confirmation'],
    ["I can confirm the details are correct. I'm just waiting on IT to verify the server name.", 'confirmation'],
    ['All correct. We are still waiting for IT to verify the server name.', 'confirmation'],
    ['Je peux vous confirmer les informations. Notre DSI vérifie encore le nom du serveur.', 'confirmation'],
  ]);
});

describe('the final yes said to be someone else’s', () => {
  it.each([
    ['He probado el alta de socios y la consulta de saldo, y a mí me parece todo correcto. La aprobación final es de Marta.', 'testing'],
    ['Alles funktioniert. Die finale Freigabe liegt bei Frau Berg.', 'testing'],
    ['Everything works. Final sign-off is with Karen.', 'testing'],
    ['Tout fonctionne. La validation finale revient à notre directrice.', 'testing'],
    ['Funziona tutto. L’approvazione finale spetta al nostro direttore.', 'testing'],
    ['Alles werkt. De definitieve goedkeuring ligt bij onze directeur.', 'testing'],
    ['Tudo funciona. A aprovação final cabe ao nosso diretor.', 'testing'],
    ['Alles funktioniert. Die finale Freigabe liegt beim Geschäftsführer.', 'testing'],
    ['Funziona tutto. Il via libera finale spetta alla direzione.', 'testing'],
  ] as const)('reads in "%s" (%s) that the yes that counts is someone else’s', (text, question) => {
    const reading = read(text, question);
    expect(reading.needsReview || reading.intent !== 'approve').toBe(true);
    expect(reading.reasons.some((r) => r.startsWith('the yes that counts is someone else’s'))).toBe(true);
  });
});

describe('courtesy and idiom beside a yes, and what holds one back in the same words', () => {
  actedOn([
    ['Approvato, grazie per l’ottimo incontro di martedì.', 'approval'],
    [
      'Thank you for the confirmation request, and apologies for the slow reply – I wanted to check with our finance colleagues first. We have now reviewed the contract and can confirm the details are correct.',
      'confirmation',
    ],
    [
      "I've checked the details and they're all correct. Our first big residential conference arrives on 7 April, so we'd rather not cut it any closer.",
      'confirmation',
    ],
    ['APPROVED - thanks, great call today.', 'approval'],
  ]);
  notActedOn([
    ['Met de planning gaan we akkoord. De werkorder houden we nog even aan, de kosten voor de kassakoppeling zijn hoger dan afgesproken.', 'approval'],
    ["Confermo i dati dell'integrazione. Per il referente e la data invece ci risentiamo, stiamo riorganizzando l'ufficio.", 'confirmation'],
    ['Les informations sont exactes. En revanche, c’est mon collègue Julien Marchand qui sera votre interlocuteur sur ce projet.', 'confirmation'],
    ['All correct, but I need to check with finance about the date.', 'confirmation'],
    ['Yes, our legal team signed off on the DPA this morning, countersigned copy attached.', 'approval'],
    ['I approved the attached invoice for the deposit.', 'approval'],
    ['Approved from my side. The schedule needs to be reviewed by our ops director too.', 'approval'],
    ['Details are correct. It has to be checked by our IT team before we go ahead.', 'confirmation'],
  ]);
});

describe('the client’s own system replaced, its name not said, beside a yes to a document', () => {
  notActedOn([
    ['Aprovamos o plano. Só para saberem: o nosso PMS vai ser substituído em junho, a meio do vosso calendário de desenvolvimento.', 'approval'],
    ['Approved. Our POS system will be replaced in May.', 'approval'],
    ['Plan freigegeben. Unser Kassensystem wird im Juni ersetzt.', 'approval'],
    ['Approuvé. Notre caisse sera remplacée en mai.', 'approval'],
    ['Aprobado. Cambiamos de TPV en verano.', 'approval'],
    ['Goedgekeurd. Ons kassasysteem wordt in mei vervangen.', 'approval'],
    ['Approvato. Il nostro gestionale verrà sostituito a maggio.', 'approval'],
  ]);
  // Not the system named doing its work, nor a yes given on behalf of the sender's own team.
  actedOn([
    ['Approved. Our POS prints the new receipts fine.', 'approval'],
    ['Approved on behalf of the whole team.', 'approval'],
  ]);
});

describe('a yes from someone who is not the client’s to decide', () => {
  notActedOn([
    ["Hi, account manager at the integrator here — we've looked at the client's work order and we're fine with it, so go ahead on their behalf.", 'approval'],
    ["Salve, sono il consulente commerciale che vi ha presentato il cliente. Il piano l'ho visto io, per loro va bene, potete partire.", 'approval'],
    ["Hi — I'm covering reception while Mr Haddad is away. I've read through the details and they seem right, so consider them confirmed.", 'confirmation'],
  ]);
});

describe('a refusal in words of its own, read by the rules', () => {
  // Each refuses the step, or says what is wrong with it (the rules' reason says so), whatever the second reading makes of it.
  it.each([
    ['We are not able to sign it in its current form.', 'approval'],
    ['Our counsel has reviewed it and we are unable to sign the work order as drafted.', 'approval'],
    ["Nous ne pouvons toutefois pas le signer en l'état : la ligne de certification n'a jamais été évoquée.", 'approval'],
    ["Nous ne pouvons donc pas valider en l'état.", 'testing'],
    ['purtroppo le date proposte per la certificazione per noi non vanno bene: ad agosto siamo chiusi.', 'approval'],
    ['Met punt 1 zijn we het niet eens, dat is zo afgesproken in de IDI.', 'readiness'],
    ['Ik heb de data intern voorgelegd en helaas lukt het zo niet.', 'approval'],
  ] as const)('"%s" (%s)', (text, question) => {
    const reading = read(text, question);
    expect(reading.intent).toBe('decline');
    expect(reading.reasons[0]).toMatch(/^(refuses|reports a problem)/);
  });
  // "ne … pas" with a verb between is one negation: the "ne" does not undo a phrase that holds its "pas" ("pas le signer", "pas
  // d'objection"). Right before it, "ne pas" negates an infinitive, and a negation before that undoes the refusal.
  it('reads "ne … pas" as one negation', () => {
    expect(read('Nous ne pouvons toutefois pas le valider.', 'approval').intent).toBe('decline');
    expect(read("Nous n'avons pas d'objection.", 'approval').intent).not.toBe('decline');
    expect(read('Nous ne voyons pas de raison de ne pas le signer : bon pour accord.', 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
  });
  // Not a refusal: another way of signing, a sign-in, a person's own absence beside a yes, "not only" in Italian.
  it.each([
    ['All good. Blocked members are not able to sign in anymore, which is exactly what we wanted.', 'testing'],
    ['Freigegeben. Ich selbst kann am Kick-off nicht teilnehmen, Frau Berger vertritt mich.', 'approval'],
    ['Non solo le date vanno bene, anche il preventivo è perfetto. Approvato.', 'approval'],
  ] as const)('does not read "%s" (%s) as a refusal', (text, question) => {
    expect(read(text, question).reasons.some((r) => r.startsWith('refuses'))).toBe(false);
  });
  // A Dutch "kun je" asks: a change asked that way is a change, where "kun je" was read as a plain question.
  it('reads a change asked with "kun je" as a change asked for', () => {
    const reading = read('Datum en tijd zijn prima. Kun je de samenvatting en de uitnodiging aanpassen?', 'confirmation');
    expect(reading.intent).toBe('decline');
    expect(reading.reasons.some((r) => r.startsWith('asks for a change'))).toBe(true);
  });
});

describe('a change asked of the thing itself, beside a yes', () => {
  // "Could the due date move…?": no "you" is asked, the date is; still a change asked for before the yes holds.
  it.each([
    ['Approved from my side! Could the requirements due date move to Monday, January 13?', 'approval'],
    ['Der Plan passt. Könnte der Go-live auf den 21. verschoben werden?', 'approval'],
    ['Le planning nous convient. Le go-live pourrait-il être décalé au 21 ?', 'approval'],
    ['Il piano va bene. Il go-live potrebbe essere spostato al 21?', 'approval'],
  ] as const)('"%s" (%s)', (text, question) => {
    const reading = read(text, question);
    expect(reading.intent).toBe('decline');
    expect(reading.reasons.some((r) => r.startsWith('asks for a change'))).toBe(true);
  });
  // A question about the thing that asks no change stays a question.
  it('keeps "Can the report show the session names too?" beside a yes from a change asked', () => {
    expect(read('Approved. Can the report show the session names too?', 'approval').reasons.some((r) => r.startsWith('asks for a change'))).toBe(false);
  });
});

describe('a no that only says not yet (docs/mail-understanding.md#not-yet)', () => {
  it.each([
    ["Thanks for sending the plan. We can't approve it yet: our director has to sign off on anything with a budget line.", 'approval'],
    ["We're not ready to approve the plan yet, our legal team is still reviewing it.", 'approval'],
    ["Not yet - we'll run our tests next week and let you know.", 'testing'],
    ['Nous ne pouvons pas encore signer, notre service juridique relit le contrat.', 'approval'],
    ["Non possiamo ancora firmare l'ordine, il legale lo sta rivedendo.", 'approval'],
    ['Não podemos assinar ainda, o jurídico está revisando.', 'approval'],
  ] as const)('reads "%s" (%s) as a no that says not yet', (text, question) => {
    expect(read(text, question)).toMatchObject({ intent: 'decline', notYet: true });
  });

  it.each([
    // A no with its reason, a change asked or a problem found: a no the step acts on.
    ["We can't approve this plan, the timeline is too tight.", 'approval'],
    ['Not yet - the launch date in the plan is wrong, it should be May 3.', 'approval'],
    ['Not ready to sign off yet, the login still fails for some users.', 'testing'],
    ['We found two problems: the login fails for attendees with a plus sign in their email.', 'testing'],
    // (What a review of the round found: a not yet with its reason in the same sentence, or a request beside it, or "yet again".)
    ["We can't sign off yet, the exports don't include the dietary field.", 'testing'],
    ["We can't approve the plan yet - could you move the launch to May 3?", 'approval'],
    ["Not yet, the budget line for the hotel sync isn't in there.", 'approval'],
    ["We can't sign the work order yet, the hourly rate is 150 and we agreed 120.", 'approval'],
    ["We can't accept the launch being pushed back yet again.", 'approval'],
    ["We won't accept yet another delay to the go-live.", 'approval'],
    ['No lo aprobamos porque el total todavía sale mal.', 'approval'],
    ["Please don't sign yet, our lawyer wants to change clause 4.", 'approval'],
    ['No podemos firmar, el precio no es correcto.', 'approval'],
    ['Non possiamo firmare perché il prezzo è ancora quello vecchio.', 'approval'],
  ] as const)('reads "%s" (%s) as a no the step acts on, not a not yet', (text, question) => {
    const reading = read(text, question);
    expect(reading.intent).toBe('decline');
    expect(reading).not.toHaveProperty('notYet');
  });

  it.each([
    ['Our director signs off on Thursday.'],
    ['Our director signs off Thursday.'],
    ['The CFO approves on Thursday.'],
    // (A countersignature a day ahead is the yes that counts, still to come, beside the sender's own.)
    ['Looks good to me. Our CFO countersigns on Friday.'],
    ['Approved by me, our CFO countersigns on Friday.'],
    ['Thanks — our CEO approves on Friday and I will send it back then.'],
  ])('reads "%s" as a yes still to come, no approval acted on', (text) => {
    expect(read(text, 'approval')).not.toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('still reads a yes given on a day past as a yes ("I approved it on Monday")', () => {
    expect(read('I approved it on Monday, you can go ahead.', 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('leaves a no beside a defect it could not read to the PM, whatever the second reading (not a not yet)', () => {
    const reading = read("Not signing off yet. The session names don't show in the agenda view. We will retest on Monday.", 'testing');
    expect(reading).not.toHaveProperty('notYet');
    expect(reading.intent === 'decline' && !reading.needsReview).toBe(false);
  });

  it.each([
    ['Danke für die neue Version mit diesen Änderungen, freigegeben.', 'approval', 'approve'],
    ["We'll get you feedback or sign-off by Thursday.", 'testing', 'inform'],
  ] as const)('reads "%s" (%s) as %s, acted on (words of this round that must not turn it)', (text, question, intent) => {
    expect(read(text, question)).toMatchObject({ intent, needsReview: false });
  });

  // Retrained in the twenty-fifth round, the second reading finds "non ci sono problemi" too close to a no (0.47) and sends this
  // yes to the PM: the rules read it as the plain yes it is.
  it('reads "Tutto funziona, non ci sono problemi e grazie ancora per il supporto. Approvato." (testing) as a yes with nothing against it', () =>
    expectRulesYes('Tutto funziona, non ci sono problemi e grazie ancora per il supporto. Approvato.', 'testing'));
});

describe('what the round-23 batches showed (their tuning part), and what reviews r25 and r26 found of it', () => {
  it.each([
    // A fix thanked for does not take back a problem told beside it (the fault back, a fix asked for later).
    ['Thank you for fixing the duplicate charge, it happened again twice this morning.', 'testing'],
    ['Hi all, all other scenarios passed. Thank you for fixing the duplicate charge, it happened again twice this morning.', 'testing'],
    ['All good on our side. Thanks for fixing the refund issue by Friday.', 'testing'],
    ['All good on our side. Thanks for fixing the refund bug in the next build.', 'testing'],
    ["We're still waiting on a turnaround on the refund issue.", 'testing'],
    ['Thanks for fixing the login issue, the refund bug is still there though.', 'testing'],
    ['All good on our side. Re-ran the scenarios that failed last week, same result.', 'testing'],
  ] as const)('still reads a problem beside a fix thanked for: "%s" (%s)', (text, question) => {
    expectNoYesActedOn(text, question);
  });

  it.each([
    ['Our marketing team is still confirming the dates.', 'approval'],
    ['We need another week on this one. Our marketing team is still confirming the dates for the launch campaign.', 'approval'],
  ] as const)('reads a yes still being worked out as none given: "%s"', (text, question) => {
    expectNoYesActedOn(text, question);
  });

  it('reads a signature of the work order sent on the IDI’s thread as that document’s, and "signed it" after it too', () => {
    const atIdi: InterpretSignals = { ...plain, otherDocuments: ['workOrder'] };
    const reading = interpret(
      "Replying here since I can't find the work order email - signed copy attached. Our CFO signed it this morning.",
      'confirmation',
      atIdi,
    );
    expect(reading).not.toMatchObject({ intent: 'approve', needsReview: false });
    expect(interpret('The work order is attached. I approved it this morning and the IDI looks right.', 'confirmation', atIdi)).toMatchObject({
      intent: 'approve',
      needsReview: false,
    });
  });

  it.each([
    // (Only a signature is tied to the document named before it: not "Same as the work order, approved".)
    ['Same as the work order, approved.', 'approval'],
    ["Approved. I don't sign contracts myself, but as COO I can approve the schedule.", 'approval'],
    ['Approved. The schedule meets our needs and a Thursday launch works for us.', 'approval'],
    ['Approved, please reference PO no. ABC-4411 on the invoice.', 'approval'],
    ["All passed, approved. I don't see anything missing yet.", 'testing'],
    ['Retested after the patch, everything still working. Approved.', 'testing'],
    ['Everything passed; the auto-logout still happens after 5 minutes as configured. Approved.', 'testing'],
  ] as const)('acts on the yes in "%s" (%s)', (text, question) => {
    expect(interpret(text, question, { ...plain, otherDocuments: ['workOrder'] })).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('reads a yes to move on to the work order, at the IDI, as the IDI’s yes', () => {
    expect(
      interpret("Thanks for the summary, it's correct. We're happy for you to proceed to the work order.", 'confirmation', {
        ...plain,
        otherDocuments: ['workOrder'],
      }),
    ).toMatchObject({ intent: 'approve', needsReview: false });
  });

  it('keeps "signed up for Tuesday" an attendance, not a signature of the work order named before it (IDI)', () => {
    const reading = interpret('Happy to discuss the work order on the call. Signed up for Tuesday 10am, see you then.', 'confirmation', {
      ...plain,
      otherDocuments: ['workOrder'],
    });
    expect(reading.reasons.some((r) => r.includes("another step's document"))).toBe(false);
  });

  it.each([
    ['Thanks. Happy with the fee: no. Happy with the dates: yes.', 'approval'],
    ['Refunds OK: no. Everything else OK, approved.', 'testing'],
  ] as const)('never approves a labelled "no" beside a labelled yes: "%s"', (text, question) => {
    expectNoYesActedOn(text, question);
  });

  it('keeps a problem inside a refusal a problem: feedback, not a not yet', () => {
    const reading = read("We're still unable to issue refunds on the test terminal, so we can't sign off yet.", 'testing');
    expect(reading.intent).toBe('decline');
    expect(reading).not.toHaveProperty('notYet');
  });

  it('reads a client’s marketing agency answering for them as a yes that is not the client’s (an integrator’s agency still reports)', () => {
    expectNoYesActedOn(
      'Koen stuurde ons je samenvatting door. Wij zijn het marketingbureau van Smulhuys. Namens Smulhuys: akkoord met de samenvatting.',
      'confirmation',
    );
    expectYesActedOn("As their agency, we're ready for certification. Build 2.1 is on the test server.", 'readiness');
  });

  it.each([
    ['Approved. For phase 2, could you add loyalty and send a revised plan next quarter?'],
    ['Akkoord met de planning. Kunnen jullie de CRM-koppeling later toevoegen en dan een aangepast plan sturen?'],
  ])('sends no approved plan back for scope asked later: "%s"', (text) => {
    expect(read(text, 'approval')).not.toMatchObject({ intent: 'decline', needsReview: false });
  });
});

describe('a remark the sender says blocks nothing', () => {
  it.each([
    [
      "Abbiamo completato i test: tutto funziona. Approvato. Solo una nota, che non blocca nulla: nel messaggio c'è un refuso, 'iscirzione' invece di 'iscrizione'.",
    ],
    ["Approved. One small thing that doesn't block anything: the footer says 2024 instead of 2025."],
    ['Freigegeben. Eine Kleinigkeit, die nichts blockiert: im Footer steht 2024 statt 2025.'],
    ['Validé. Un détail qui ne bloque rien : le pied de page indique 2024 au lieu de 2025.'],
    ['Aprobado. Un detalle que no bloquea nada: en el pie pone 2024 en lugar de 2025.'],
    ['Goedgekeurd. Een kleinigheid die niets blokkeert: in de footer staat 2024 in plaats van 2025.'],
    ['Aprovado. Um detalhe que não bloqueia nada: no rodapé está 2024 em vez de 2025.'],
  ])('sends no tested yes back to development, and leaves launching with it to the PM: "%s"', (text) => {
    expect(read(text, 'testing')).toMatchObject({ intent: 'approve', needsReview: true });
  });

  it.each([
    ['Freigegeben. Der Tippfehler blockiert nichts, aber die Rückerstattung muss korrigiert werden.'],
    ['Validé. La faute de frappe ne bloque rien, mais le remboursement échoue : merci de corriger.'],
    ["Approved. If the refund bug doesn't block anything on your side, fine, but please fix it."],
  ])('still sends back a test whose other problem is to be fixed: "%s"', (text) => {
    expect(read(text, 'testing')).toMatchObject({ intent: 'decline' });
  });

  it.each([
    ['We approve the integration for launch. One record had the wrong job title, but that was a typo in our own test data, not the integration.'],
    ['Damos nuestra aprobación para el lanzamiento. El nombre del evento salía con una errata, pero era un fallo nuestro y no afecta a la integración.'],
    ['Freigegeben. Ein Datensatz hatte den falschen Titel, das lag an unseren Testdaten und hat nichts mit der Integration zu tun.'],
  ])('takes a fault the sender says is not the integration’s for one that blocks nothing: "%s"', (text) => {
    expect(read(text, 'testing')).toMatchObject({ intent: 'approve', needsReview: true });
  });

  it('still reads a refusal beside words of not blocking as one', () => {
    expect(read("The sync doesn't affect the launch date, but the refund fails every time. Can't approve.", 'testing')).toMatchObject({
      intent: 'decline',
    });
  });
});

describe('an approval the sender cannot give yet', () => {
  it.each([
    ["Quick heads-up: I can't give you the approval yet. Our legal team wants to review the data-processing part first."],
    ['We cannot give our approval yet.'],
  ])('is a no: "%s"', (text) => {
    expect(read(text, 'approval')).toMatchObject({ intent: 'decline' });
  });

  it.each([["I don't see anything in the plan I can't give my approval to. Go ahead."]])('is not a yes said in words of not giving: "%s"', (text) => {
    expect(read(text, 'approval')).toMatchObject({ intent: 'approve', needsReview: false });
  });
});

describe('new scope asked of a document before it is approved', () => {
  it.each([
    ['Looks good overall. Could we add the badge-printing sync to the scope before we approve?'],
    ['The plan is fine, but can you add the session check-in sync and send a revised version?'],
    ['Kunnen jullie de badge-koppeling nog toevoegen en een aangepast plan sturen?'],
  ])('is a change asked of it, whether told or asked: "%s"', (text) => {
    expect(read(text, 'approval')).toMatchObject({ intent: 'decline' });
  });

  it.each([
    ['Aprobamos la orden de trabajo tal como está. ¿Nos podrían enviar también una copia en PDF firmada para nuestro archivo?'],
    ['Approved. Could you also send us the invoice?'],
    ['Approved. Can you add Maria from finance to the kickoff invite?'],
    ['Bon pour accord. Pourriez-vous ajouter notre numéro de commande sur la facture ?'],
    ['Approved. Can you tell us how to add new users to the portal?'],
    ['Approved. For phase 2, could you add the badge sync to the scope?'],
    ['Can you clarify what the "additional stores" line in section 3 covers?'],
  ])('is not what words of adding ask of anything else (a copy, an invoice, an invite, a how-to, a later phase): "%s"', (text) => {
    expect(read(text, 'approval')).not.toMatchObject({ intent: 'decline' });
  });
});

describe('news told after a yes at a test or a readiness report', () => {
  it.each([
    [
      'All three findings from round 1 are fixed. Ready for round 2. Heads up that the build on the test server is now 5.1.0, which also includes the new mobile ordering module.',
      'readiness',
    ],
    [
      'We went through every use case in QA this week, error and success messages included, and we approve. Just so you have it: as of January 1 we converted from Bluebird Diner Group Inc. to Bluebird Hospitality LLC.',
      'testing',
    ],
    [
      "All three findings from round 1 are fixed. Ready for round 2. Heads up: I'm out from Dec 23. The build on the test server is now 5.1.0, which also includes the new mobile ordering module.",
      'readiness',
    ],
  ] as const)('is the PM’s to weigh, however sure of the yes a second reading is: "%s"', (text, question) => {
    expectNoYesActedOn(text, question);
  });
});
