import type { MailReading } from '../../mail/schemas';
import { approvalStatus, activeParty, latestApproval, missingRequirements, requirementsComplete } from '../../project/rules';
import type { Project } from '../../project/schemas';
import { BusinessCalendar } from '../../timeline/calendar';
import { localDate } from '../../timeline/dates';
import { NoFeasibleLaunchError } from '../../timeline/errors';
import { earliestFeasibleLaunch } from '../../timeline/feasibility';
import { delayForLateRequirements } from '../../timeline/shift';
import { firstLineOf, notActed, quotedMail, recordChangeRequest, touched, type NoticeRequest, type Outcome } from '../../lifecycle/outcome';
import type { ReplyContext } from '../types';
import { cadmium } from './definition';
import { requirementItems } from './requirements';
import { currentStep, progressKey } from './steps';

/** The client's decision acknowledged in their thread (the notice answers their reply), with what comes next. */
function recorded(what: string, next: string): NoticeRequest {
  return { template: 'decision-recorded', to: 'client', extras: { recorded: { what, next } } };
}

/** Words that name a new point of contact. */
const NEW_POC = /\b(point of contact|poc|contact person|work with|taking over|from now on|going forward|replac\w*|instead of me|new contact)\b/i;

/**
 * Applies the client POC's reply to the record, by the phase the project is in (or the step its
 * reply key names). Pure: returns the new record, the notices to send and how the mail was read.
 */
export function readCadmiumReply(project: Project, reading: MailReading, context: ReplyContext): Outcome {
  const quoted = quotedMail(reading, context.at);
  const poc = activeParty(project, 'client-poc');
  if (context.sender?.role !== 'client-poc' || !context.sender.active || context.sender.email !== poc?.email) {
    return notActed(
      project,
      `${reading.intent} from ${reading.mail.from.address}, not the client POC`,
      'SenderNotAllowedError',
      `Only the client's point of contact (${poc?.email ?? 'none set'}) can answer for the project; ${reading.mail.from.address} is not.`,
      quoted,
    );
  }
  const step = context.step ?? currentStep(project);
  // New scope after the plan is approved is a change request, asked as a question or not.
  if (reading.scope && afterPlanApproval(project)) return changeRequest(project, reading, context);
  if (reading.intent === 'question') {
    const asked = (base: Project) => withQuestion(base, reading, context, `question: ${firstLineOf(reading.replyText)}`);
    // "Here are the test accounts. When does development start?": the items a question comes with are received as a delivery's
    // would be, and the question is passed on beside them.
    if (project.phase === 'requirements' && requirementItems(reading).delivered.length > 0) {
      const delivery = requirements(project, { ...reading, intent: 'inform' }, context);
      const question = asked(delivery.project);
      return { ...question, notices: [...delivery.notices, ...question.notices], readAs: `${delivery.readAs}; ${question.readAs}` };
    }
    return asked(project);
  }
  switch (project.phase) {
    case 'confirming-details':
      return details(project, reading, context);
    case 'plan-approval':
      return plan(project, reading, context);
    case 'requirements':
      return requirements(project, reading, context);
    case 'client-testing':
      return testing(project, reading, context);
    default:
      break;
  }
  if (reading.intent === 'decline' && reading.changes && afterPlanApproval(project)) return changeRequest(project, reading, context);
  if (reading.intent === 'none') return { project, notices: [], readAs: 'acknowledgement' };
  return {
    project,
    notices: [{ template: 'question-for-pm', to: 'staff', extras: quoted }],
    readAs: `${reading.intent} at ${step ?? project.phase}: passed to the PM`,
  };
}

function afterPlanApproval(project: Project): boolean {
  const plan = latestApproval(project, 'project-plan');
  return plan !== undefined && approvalStatus(plan) === 'approved';
}

function withQuestion(project: Project, reading: MailReading, context: ReplyContext, readAs: string): Outcome {
  const id = `Q-${project.questions.length + 1}`;
  return {
    project: touched(project, context.at, {
      questions: [...project.questions, { id, askedAt: context.at, askedBy: reading.mail.from.address, text: reading.replyText.slice(0, 2000) }],
    }),
    notices: [{ template: 'question-for-pm', to: 'staff', extras: quotedMail(reading, context.at) }],
    readAs,
  };
}

function details(project: Project, reading: MailReading, context: ReplyContext): Outcome {
  let next = project;
  const notes: string[] = [];
  const newPoc = reading.contacts[0];
  if (newPoc && NEW_POC.test(reading.replyText)) {
    next = touched(next, context.at, {
      parties: [
        ...next.parties.map((p) => (p.role === 'client-poc' ? { ...p, active: false } : p)),
        { role: 'client-poc', name: newPoc.name ?? newPoc.email, email: newPoc.email, verified: false, active: true },
      ],
    });
    notes.push(`new POC ${newPoc.email}`);
  }
  // A no (a correction, a yes held back) confirms nothing, whatever day it names. The PM has read it (a client's no here opens a
  // review: ProcessModule.pmReadsNo) and answers the client, whose next reply is read the same way.
  if (reading.intent === 'decline') {
    return {
      project: next,
      notices: [],
      readAs: [...notes, `details not confirmed${reading.launchDate ? ` (launch ${reading.launchDate} named)` : ''}`].join('; '),
    };
  }
  // A day told with no yes ("two options: Monday 6 or 13 September, we decide on Tuesday", "the board meets on the 18th, I'll
  // have a firm date the day after") confirms nothing: the PM reads it, as a reply that tells something at any other step.
  if (reading.launchDate && reading.intent !== 'approve') {
    return {
      project: next,
      notices: [{ template: 'question-for-pm', to: 'staff', extras: quotedMail(reading, context.at) }],
      readAs: [...notes, `details not confirmed: ${reading.intent} naming ${reading.launchDate}, passed to the PM`].join('; '),
    };
  }
  if (!reading.launchDate) {
    return {
      project: next,
      notices: [{ template: 'launch-date-unclear', to: 'client' }],
      readAs: [...notes, 'no launch date with a day: asked again'].join('; '),
    };
  }
  const calendar = new BusinessCalendar(project.holidays);
  let feasibility;
  try {
    feasibility = earliestFeasibleLaunch({
      process: cadmium,
      calendar,
      desired: reading.launchDate,
      today: localDate(context.at, project.timeZone),
      queueCapacity: context.queue.capacity,
      others: context.queue.others,
    });
  } catch (error) {
    if (!(error instanceof NoFeasibleLaunchError)) throw error;
    // No date within the search horizon fits: a person decides (more capacity, or a talk with the client).
    return notActed(next, `launch ${reading.launchDate} asked, none feasible`, 'NoFeasibleLaunchError', error.message, { quotedText: reading.replyText });
  }
  next = touched(next, context.at, {
    phase: 'scheduled',
    desiredLaunch: reading.launchDate,
    timeline: { original: feasibility.timeline, current: feasibility.timeline },
    parties: next.parties.map((p) => (p.role === 'client-poc' && p.active ? { ...p, verified: true } : p)),
    progress: {
      ...next.progress,
      'details-confirmed': { at: context.at, by: reading.mail.from.address, evidence: context.evidence },
      ...(feasibility.reasons.length > 0
        ? { 'launch-moved': { at: context.at, by: 'system', note: feasibility.reasons.map((r) => r.message).join(' ') } }
        : {}),
    },
  });
  notes.push(`details confirmed, launch ${reading.launchDate}${feasibility.desiredAccepted ? '' : ` → offered ${feasibility.launch}`}`);
  return { project: next, notices: [], readAs: notes.join('; ') };
}

function plan(project: Project, reading: MailReading, context: ReplyContext): Outcome {
  const approval = latestApproval(project, 'project-plan');
  if (!approval) return { project, notices: [], readAs: `${reading.intent} before a plan was sent` };
  const decide = (decision: 'approved' | 'declined') =>
    touched(project, context.at, {
      approvals: project.approvals.map((a) =>
        a === approval
          ? {
              ...a,
              decisions: a.decisions.map((d) =>
                d.email === reading.mail.from.address
                  ? { ...d, decision, at: context.at, evidence: context.evidence, comment: reading.replyText.slice(0, 1000) }
                  : d,
              ),
            }
          : a,
      ),
      ...(decision === 'approved' ? { phase: 'requirements' as const } : {}),
    });
  if (reading.intent === 'approve') {
    const due = project.timeline.current?.[cadmium.rules.kind === 'launch-timeline' ? cadmium.rules.requirementsMilestone : '']?.due;
    return {
      project: decide('approved'),
      notices: [
        recorded(
          `your approval of the project plan (revision ${approval.revision})`,
          `Next: the requirements the plan lists${due ? `, due ${due}` : ''}. Reply with each as you have it; we will tell you what is still missing.`,
        ),
      ],
      readAs: `approved the project plan (revision ${approval.revision})`,
    };
  }
  if (reading.intent === 'decline') {
    return {
      project: decide('declined'),
      notices: [
        { template: 'plan-changes-requested', to: 'staff', extras: { quotedText: reading.replyText } },
        recorded(
          'your request for changes to the project plan',
          'Your project manager will revise the plan and send it to you again; until then we will not remind you about it.',
        ),
      ],
      readAs: 'asked for changes to the project plan',
    };
  }
  return requirements(project, reading, context, 'before approving the plan');
}

function requirements(project: Project, reading: MailReading, context: ReplyContext, when = ''): Outcome {
  if (reading.intent === 'decline' && reading.changes && afterPlanApproval(project)) return changeRequest(project, reading, context);
  // Item by item: what the mail delivers is received; what it names as coming later stays missing.
  const { delivered, pending } = requirementItems(reading);
  const newly = project.requirements.filter((r) => r.received === null && delivered.includes(r.id));
  if (newly.length === 0) {
    return reading.intent === 'none'
      ? { project, notices: [], readAs: 'acknowledgement' }
      : {
          project,
          notices: [{ template: 'question-for-pm', to: 'staff', extras: { quotedText: reading.replyText } }],
          readAs: `${reading.intent}, no requirement recognised: passed to the PM`,
        };
  }
  const files = reading.attachments.map((a) => a.filename).filter((f): f is string => f !== null);
  let next = touched(project, context.at, {
    requirements: project.requirements.map((r) =>
      newly.includes(r) ? { ...r, received: { at: context.at, evidence: context.evidence }, notes: files.length > 0 ? [...r.notes, ...files] : r.notes } : r,
    ),
  });
  const missing = missingRequirements(next);
  const notices: NoticeRequest[] = [{ template: 'requirements-ack', to: 'client', extras: { received: newly, missing } }];
  const later = pending.filter((id) => missing.some((r) => r.id === id));
  const readAs = [
    `requirements received${when ? ` ${when}` : ''}: ${newly.map((r) => r.id).join(', ')}`,
    ...(later.length > 0 ? [`named as coming later: ${later.join(', ')}`] : []),
    missing.length > 0 ? `still missing: ${missing.map((r) => r.id).join(', ')}` : 'all requirements in',
  ];
  if (requirementsComplete(next) && next.timeline.current) {
    const delay = delayForLateRequirements({
      process: cadmium,
      timeline: next.timeline.current,
      calendar: new BusinessCalendar(project.holidays),
      completedOn: localDate(context.at, project.timeZone),
      evidence: context.evidence,
      at: context.at,
    });
    if (delay) {
      next = touched(next, context.at, { timeline: { ...next.timeline, current: delay.timeline }, ledger: [...next.ledger, delay.entry] });
      notices.push(
        { template: 'timeline-moved', to: 'client', extras: { ledgerEntry: delay.entry } },
        { template: 'timeline-moved', to: 'staff', extras: { ledgerEntry: delay.entry } },
      );
      readAs.push(`${delay.entry.days} days late: timeline moved`);
    }
  }
  return { project: next, notices, readAs: readAs.join('; ') };
}

function testing(project: Project, reading: MailReading, context: ReplyContext): Outcome {
  const cycle = project.testingCycle;
  const progress = (name: string) => ({
    ...project.progress,
    [progressKey(name, 'client-testing', cycle)]: { at: context.at, by: reading.mail.from.address, evidence: context.evidence },
  });
  if (reading.intent === 'approve') {
    return {
      project: touched(project, context.at, { phase: 'live', progress: progress('client-approved') }),
      notices: [],
      readAs: `approved client testing (cycle ${cycle})`,
    };
  }
  if (reading.intent === 'decline') {
    return {
      project: touched(project, context.at, { phase: 'development', testingCycle: cycle + 1, progress: progress('client-feedback') }),
      notices: [
        { template: 'client-feedback', to: 'staff', extras: { quotedText: reading.replyText } },
        recorded(
          `your testing feedback (cycle ${cycle})`,
          'We will fix what you found and test it again, then tell you when it is ready for you to test again.',
        ),
      ],
      readAs: `testing feedback (cycle ${cycle}): back to development`,
    };
  }
  return {
    project,
    notices: reading.intent === 'none' ? [] : [{ template: 'question-for-pm', to: 'staff', extras: { quotedText: reading.replyText } }],
    readAs: `${reading.intent} during client testing`,
  };
}

function changeRequest(project: Project, reading: MailReading, context: ReplyContext): Outcome {
  const { request, project: next } = recordChangeRequest(project, reading, context.at, context.evidence);
  return {
    project: next,
    notices: [
      { template: 'change-request-ack', to: 'client', extras: { changeRequest: request } },
      { template: 'change-request', to: 'staff', extras: { changeRequest: request, quotedText: reading.replyText } },
    ],
    readAs: `change request ${request.id} (scope change after plan approval)`,
  };
}
