import type { MailReading } from '../../mail/schemas';
import type { Project } from '../../project/schemas';
import { BusinessCalendar } from '../../timeline/calendar';
import { localDate, maxDate } from '../../timeline/dates';
import { notActed, quotedMail, recordChangeRequest, touched, type NoticeRequest, type Outcome } from '../../lifecycle/outcome';
import { approvalStatus, latestApproval } from '../../project/rules';
import type { ReplyContext } from '../types';
import { clientSide } from './actions';
import { currentRound, earliestEnd, feesApply } from './certification';
import { MATERIALS, materialsIn } from './materials';
import { currentStep, progressKey, type PaytronixStepId } from './steps';

/** The sender's address is proven by an authenticated reply that was acted on: credentials may go to it. */
function verify(project: Project, email: string): Project['parties'] {
  return project.parties.map((p) => (p.email === email && p.active ? { ...p, verified: true } : p));
}

/**
 * Applies a Paytronix party's reply by the step the project is at: decisions on the work order and
 * the schedule (each party's own), the integrator's QA report, the client's QA verdict, the
 * readiness report that opens a certification round, and more testing material during a round.
 */
export function readPaytronixReply(project: Project, reading: MailReading, context: ReplyContext): Outcome {
  const from = reading.mail.from.address;
  const sender = context.sender;
  if (!sender?.active) {
    return notActed(
      project,
      `${reading.intent} from ${from}, not a party`,
      'SenderNotAllowedError',
      `${from} is not a party of ${project.id}; only its parties' replies are acted on.`,
      quotedMail(reading, context.at),
    );
  }
  const step = currentStep(project);
  const cycle = project.testingCycle;
  const mark = (name: string, s: PaytronixStepId) => ({ [progressKey(name, s, cycle)]: { at: context.at, by: from, evidence: context.evidence } });
  const decision = reading.intent === 'approve' ? 'approved' : reading.intent === 'decline' ? 'declined' : undefined;
  const onClientSide = clientSide(project).some((p) => p.email === from);
  // Each side does its own part: the integrator (or the client, building it itself) reports its QA; the client approves client QA.
  const builder = project.parties.some((p) => p.active && p.role === 'integrator') ? 'integrator' : 'client';
  const isBuilder = sender.role === builder;
  const isClient = sender.role === 'client';

  // New scope once the work order is approved is a change request with fees, asked as a question or not.
  const order = latestApproval(project, 'work-order');
  if (reading.scope && order && approvalStatus(order) === 'approved') return changeRequest(project, reading, context);
  if (reading.intent === 'question') {
    const asked = { template: 'question-for-pm', to: 'staff', extras: quotedMail(reading, context.at) } as const;
    const readAs = `question from ${sender.role}: passed to the TC and the integrations team`;
    // Material sent during a round with a question beside it counts as material (the round's earliest end moves), and the question
    // is passed on. (At the readiness step a question beside material opens no round: the TC reads it.)
    if (step === 'certification' && currentRound(project)?.outcome === 'pending' && materialsIn(reading).delivered.length > 0) {
      const delivery = readPaytronixReply(project, { ...reading, intent: 'inform' }, context);
      const passedOn = delivery.notices.some((n) => n.template === 'question-for-pm');
      return { ...delivery, notices: passedOn ? delivery.notices : [...delivery.notices, asked], readAs: `${delivery.readAs}; ${readAs}` };
    }
    return { project, notices: [asked], readAs };
  }
  if ((step === 'work-order' || step === 'schedule') && decision) {
    const subject = step;
    const approval = latestApproval(project, subject);
    const mine = approval?.decisions.find((d) => d.email === from);
    if (!approval || !mine) {
      return notActed(
        project,
        `${reading.intent} on the ${subject}, not one of its approvers`,
        'SenderNotAllowedError',
        `${from} is not asked to approve the ${subject}.`,
        quotedMail(reading, context.at),
      );
    }
    if (mine.decision !== 'pending') return { project, notices: [], readAs: `${subject} already ${mine.decision} by ${from}` };
    const next = touched(project, context.at, {
      parties: verify(project, from),
      approvals: project.approvals.map((a) =>
        a === approval
          ? {
              ...a,
              decisions: a.decisions.map((d) =>
                d === mine ? { ...d, decision, at: context.at, evidence: context.evidence, comment: reading.replyText.slice(0, 1000) } : d,
              ),
            }
          : a,
      ),
    });
    const after = latestApproval(next, subject);
    const waiting = after && approvalStatus(after) === 'pending' ? after.decisions.filter((d) => d.decision === 'pending').length : 0;
    const words = subject === 'schedule' ? 'the schedule' : 'the work order';
    // The decision is acknowledged to whoever made it, in their thread, with what comes next.
    const acknowledged: NoticeRequest = {
      template: 'decision-recorded',
      to: 'sender',
      sender: from,
      extras: {
        recorded: {
          what: `your ${decision === 'approved' ? 'approval of' : 'request for changes to'} ${words} (revision ${approval.revision})`,
          next:
            decision === 'declined'
              ? `The technical consultant will revise ${words} and send it again; until then we will not remind you about it.`
              : waiting > 0
                ? `${waiting} ${waiting === 1 ? 'party still has' : 'parties still have'} to approve ${words}; we will tell you when it is settled.`
                : `${words[0]?.toUpperCase()}${words.slice(1)} is approved; the next step follows.`,
        },
      },
    };
    const notices: NoticeRequest[] =
      decision === 'declined'
        ? [
            { template: subject === 'schedule' ? 'schedule-declined' : 'work-order-declined', to: 'staff', extras: quotedMail(reading, context.at) },
            acknowledged,
          ]
        : [acknowledged];
    return {
      project: next,
      notices,
      readAs: `${decision} the ${subject} (revision ${approval.revision})${decision === 'approved' && waiting > 0 ? `; ${waiting} still to approve` : ''}`,
    };
  }
  // Read at the build step's question (is your QA complete?): "QA nearly done, one bug left" is not a yes.
  if (step === 'build' && isBuilder && reading.intent === 'approve') {
    return {
      project: touched(project, context.at, { parties: verify(project, from), progress: { ...project.progress, ...mark('integrator-qa-complete', 'build') } }),
      notices: [],
      readAs: `integrator QA complete (cycle ${cycle})`,
    };
  }
  if (step === 'client-qa' && isClient && decision) {
    if (decision === 'approved') {
      return {
        project: touched(project, context.at, {
          parties: verify(project, from),
          phase: 'certification',
          progress: { ...project.progress, ...mark('client-qa-approved', 'client-qa') },
        }),
        notices: [],
        readAs: `client QA approved every error and success message (cycle ${cycle})`,
      };
    }
    return {
      project: touched(project, context.at, {
        phase: 'development',
        testingCycle: cycle + 1,
        progress: { ...project.progress, ...mark('client-qa-changes', 'client-qa') },
      }),
      notices: [
        { template: 'qa-changes-needed', to: 'client', extras: quotedMail(reading, context.at) },
        { template: 'qa-changes-needed', to: 'staff', extras: quotedMail(reading, context.at) },
      ],
      readAs: `client QA asked for changes (cycle ${cycle}): back to development`,
    };
  }
  const today = localDate(context.at, project.timeZone);
  const calendar = new BusinessCalendar(project.holidays);
  // Item by item: material named as still to come keeps the round from opening (its five days count from the last of it).
  const items = materialsIn(reading);
  const material = items.delivered.length > 0 || reading.attachments.some((a) => a.disposition !== 'inline');
  if (step === 'ready' && onClientSide && items.pending.length > 0) {
    return {
      project,
      notices: [{ template: 'materials-pending', to: 'client', extras: { items: { received: items.delivered, pending: items.pending } } }],
      readAs: `certification material in part: ${items.delivered.join(', ') || 'none'} received; still to come: ${items.pending.join(', ')}`,
    };
  }
  // A round opens on a yes ("ready for certification"), or on every material delivered with nothing said against it or still to
  // come. A no or a question beside material ("iOS screenshots attached, Android isn't ready yet"), or work named still to do
  // ("We still need to fix the Android login crash"), opens nothing: the TC reads it.
  const everyMaterial = Object.keys(MATERIALS).every((id) => items.delivered.includes(id));
  const saysNothingAgainst = (reading.intent === 'inform' || reading.intent === 'none') && reading.pending.length === 0;
  if (step === 'ready' && onClientSide && (reading.intent === 'approve' || (material && everyMaterial && saysNothingAgainst))) {
    const number = project.certificationRounds.length + 1;
    const fees = feesApply(number);
    const round = { number, cycle, materialsCompleteOn: today, earliestEndOn: earliestEnd(calendar, today), outcome: 'pending' as const, feesFlagged: fees };
    return {
      project: touched(project, context.at, {
        parties: verify(project, from),
        phase: 'certification',
        certificationRounds: [...project.certificationRounds, round],
        progress: { ...project.progress, ...mark('ready-for-certification', 'ready') },
      }),
      notices: fees ? [{ template: 'certification-fees', to: 'commercial', extras: { round } }] : [],
      readAs: `ready for certification: round ${number} opened, materials complete ${today}${fees ? '; additional fees apply' : ''}`,
    };
  }
  const round = currentRound(project);
  if (step === 'certification' && onClientSide && round && round.outcome === 'pending' && material && items.pending.length === 0) {
    // More material during the round: it ends no earlier than five business days after this one.
    const updated = {
      ...round,
      materialsCompleteOn: maxDate(round.materialsCompleteOn, today),
      earliestEndOn: earliestEnd(calendar, maxDate(round.materialsCompleteOn, today), round.slotStartsOn),
    };
    return {
      project: touched(project, context.at, { certificationRounds: project.certificationRounds.map((r) => (r === round ? updated : r)) }),
      notices: [{ template: 'materials-received', to: 'client', extras: { round: updated } }],
      readAs: `testing material for round ${round.number}: earliest end now ${updated.earliestEndOn}`,
    };
  }
  if (reading.intent === 'none') return { project, notices: [], readAs: 'acknowledgement' };
  return {
    project,
    notices: [{ template: 'question-for-pm', to: 'staff', extras: quotedMail(reading, context.at) }],
    readAs: `${reading.intent} from ${sender.role} at ${step ?? project.phase}: passed to the TC`,
  };
}

function changeRequest(project: Project, reading: MailReading, context: ReplyContext): Outcome {
  const { request, project: next } = recordChangeRequest(project, reading, context.at, context.evidence);
  return {
    project: next,
    notices: [
      { template: 'change-request-ack', to: 'client', extras: { changeRequest: request } },
      { template: 'change-request', to: 'staff', extras: { changeRequest: request, ...quotedMail(reading, context.at) } },
    ],
    readAs: `change request ${request.id} (new scope after the work order was approved; fees apply)`,
  };
}
