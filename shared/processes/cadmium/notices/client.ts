import type { Project } from '../../../project/schemas';
import { list, para, quote, steps, type Block } from '../../../notices/blocks';
import { day, dayOf, oneLine } from '../../../notices/format';
import type { ClientTemplateId } from './ids';
import { activeParty, dueDay, missingRequirements, requirementLabel, title, type Build } from '../../../notices/sections';
import { approvalHours, ledgerBlocks, timelineBlocks } from './sections';
import type { NoticeContext } from '../../../notices/types';
import { decisionRecorded } from '../../../notices/common';
import { cadmium } from '../definition';

function pmLine(project: Project): Block[] {
  const pm = activeParty(project, 'pm');
  return pm ? [para(`Your project manager is ${oneLine(pm.name)} (${oneLine(pm.email)}).`)] : [];
}

function reminderLead(context: NoticeContext, what: string): string {
  const number = context.extras?.reminderNumber;
  return number && number > 1 ? `This is reminder ${number}: ${what}` : `A reminder: ${what}`;
}

function confirmDetails(context: NoticeContext): Block[] {
  const { project } = context;
  const poc = activeParty(project, 'client-poc');
  return [
    list([
      `The integration: ${title(project)} for ${oneLine(project.client?.name ?? '') || 'your company'}.`,
      poc
        ? `Your point of contact for this project: ${oneLine(poc.name)} (${oneLine(poc.email)}). If it should be someone else, give us their name and email.`
        : 'Who your point of contact for this project is: name and email.',
      project.desiredLaunch
        ? `Your desired launch date: ${day(project.desiredLaunch)}. Tell us if it changed.`
        : 'Your desired launch date: a day, such as 2027-04-19 or "April 19".',
    ]),
    para('Reply to this mail: "Confirmed" is enough if everything is right, or tell us what to correct.'),
  ];
}

function requirementsList(project: Project): Block {
  const requirements = project.requirements ?? [];
  if (requirements.length === 0) return para('Requirements: none listed yet; your project manager will tell you.');
  return list(requirements.map((r) => `${requirementLabel(r)}${r.received ? ' (received, thank you)' : ''}`));
}

function planDeadline(context: NoticeContext): string {
  const approval = [...(context.project.approvals ?? [])].reverse().find((a) => a.subject === 'project-plan');
  const deadline = dayOf(approval?.deadline, context.project.timeZone ?? 'UTC');
  return deadline ? ` (by ${deadline})` : '';
}

export const clientTemplates: Record<ClientTemplateId, Build> = {
  'confirm-details': (context) => ({
    subject: 'Please confirm your integration details',
    blocks: [para(`Please confirm the details of your integration so we can set your timeline.`), ...confirmDetails(context), ...pmLine(context.project)],
  }),

  'confirm-details-reminder': (context) => ({
    subject: 'Reminder: please confirm your integration details',
    blocks: [para(reminderLead(context, 'we still need you to confirm your integration details before we can set your timeline.')), ...confirmDetails(context)],
  }),

  'launch-date-unclear': (context) => ({
    subject: 'Which day would you like to launch?',
    blocks: [
      para('We could not read a launch day from your reply. Please give us one day, such as 2027-04-19 or "April 19".'),
      ...(context.extras?.quotedText ? [para('You wrote:'), quote(context.extras.quotedText)] : []),
      para('We plan every milestone back from that day, so we need a single date rather than a period.'),
    ],
  }),

  timeline: (context) => {
    const { project } = context;
    const reasons = (context.extras?.launchReasons ?? []).map(oneLine).filter(Boolean);
    const launch = project.timeline?.current?.['launch']?.due;
    const later = reasons.length > 0;
    return {
      subject: 'Your integration timeline',
      blocks: [
        para(`Here is the timeline for ${title(project)}: launch on ${day(launch)}.`),
        ...(later
          ? [para(`That is later than the date you asked for${project.desiredLaunch ? ` (${day(project.desiredLaunch)})` : ''}, because:`), list(reasons)]
          : []),
        ...timelineBlocks(project),
        para('Your project manager will schedule a kick-off call before the kick-off due date.'),
        ...pmLine(project),
      ],
    };
  },

  'project-plan': (context) => {
    const { project } = context;
    const revision = [...(project.approvals ?? [])].reverse().find((a) => a.subject === 'project-plan')?.revision ?? 1;
    return {
      subject: revision > 1 ? `Revised project plan (version ${revision}) for your approval` : 'Project plan for your approval',
      blocks: [
        para(`Please approve the project plan for ${title(project)} within ${approvalHours()} hours${planDeadline(context)}.`),
        para(`Scope: ${title(project)}.`),
        ...timelineBlocks(project),
        para(`Requirements, due ${dueDay(project, 'requirementsDue')}:`),
        requirementsList(project),
        para('Development starts only when every requirement, test accounts included, is in.'),
        para('Reply APPROVED to approve, or tell us what to change.'),
        para('After approval, a change of scope is a change request, and additional fees apply.'),
      ],
    };
  },

  'plan-reminder': (context) => ({
    subject: 'Reminder: please approve the project plan',
    blocks: [
      para(reminderLead(context, `the project plan for ${title(context.project)} is waiting for your approval${planDeadline(context)}.`)),
      para('Reply APPROVED to approve, or tell us what to change.'),
      ...timelineBlocks(context.project),
    ],
  }),

  'change-request-ack': (context) => {
    const request = context.extras?.changeRequest;
    const fees = request?.feesApply === false ? 'No additional fees apply to this one.' : 'Additional fees apply.';
    return {
      subject: request ? `Change request ${request.id} recorded` : 'Your change request is recorded',
      blocks: [
        para(`We recorded your request as a change request${request ? ` (${request.id})` : ''}.`),
        ...(request ? [quote(request.summary)] : []),
        para(`The project plan is already approved, so changes of scope are handled as change requests. ${fees}`),
        para('Your project manager will contact you about the cost and any effect on your dates.'),
        ...pmLine(context.project),
      ],
    };
  },

  'requirements-ack': (context) => {
    const received = (context.extras?.received ?? []).map(requirementLabel);
    const missing = missingRequirements(context).map(requirementLabel);
    const complete = missing.length === 0;
    return {
      subject: complete ? 'All requirements received' : 'Requirements received; some still missing',
      blocks: [
        para(complete ? 'Thank you: everything is in. We will submit your requirements for development.' : 'Thank you, we received your mail.'),
        ...(received.length > 0 ? [para('Received:'), list(received)] : []),
        ...(complete
          ? []
          : [
              para(`Still missing (due ${dueDay(context.project, 'requirementsDue')}):`),
              list(missing),
              para('Development starts only when every requirement, test accounts included, is in.'),
            ]),
      ],
    };
  },

  'requirements-reminder': (context) => {
    const { project } = context;
    const overdue = context.extras?.overdue === true;
    const due = dueDay(project, 'requirementsDue');
    const missing = missingRequirements(context).map(requirementLabel);
    return {
      subject: overdue ? `Overdue: requirements were due ${due}` : `Reminder: requirements due ${due}`,
      blocks: [
        para(overdue ? `Your requirements were due ${due} and some are still missing.` : reminderLead(context, `your requirements are due ${due}.`)),
        ...(missing.length > 0 ? [para('Still missing:'), list(missing)] : [para('We have everything we listed.')]),
        para(
          overdue
            ? 'Every later date (development, your testing, launch) moves by the days the requirements are late.'
            : 'Development starts only when every requirement, test accounts included, is in.',
        ),
        para('Reply to this mail with the missing items; attachments are fine.'),
      ],
    };
  },

  'timeline-moved': (context) => {
    const { project } = context;
    const entry = context.extras?.ledgerEntry ?? project.ledger?.[project.ledger.length - 1];
    return {
      subject: 'Your timeline has moved',
      blocks: [
        para(`The timeline for ${title(project)} has moved: launch is now ${dueDay(project, 'launch')}.`),
        ...ledgerBlocks(entry),
        ...timelineBlocks(project, 'The new timeline:'),
      ],
    };
  },

  'developer-review': (context) => ({
    subject: 'Your requirements are in developer review',
    blocks: [
      para('Your requirements are complete and are now in developer review.'),
      para(
        'If the developers have questions, your project manager will contact you directly. ' +
          `Development and vendor testing are due ${dueDay(context.project, 'developmentDue')}.`,
      ),
      ...pmLine(context.project),
    ],
  }),

  'ready-to-test': (context) => ({
    subject: 'Ready for you to test',
    blocks: [
      para(`${title(context.project)} is ready for you to test. Please test by ${dueDay(context.project, 'clientTestingDue')}.`),
      para('Then reply to this mail:'),
      list([
        'APPROVED, if everything works: we then set the integration live.',
        'Or your feedback: what you did, what you expected, and what happened (IDs and times help).',
      ]),
      ...timelineBlocks(context.project),
    ],
  }),

  'testing-reminder': (context) => {
    const due = dueDay(context.project, 'clientTestingDue');
    const overdue = context.extras?.overdue === true;
    return {
      subject: overdue ? `Overdue: testing was due ${due}` : `Reminder: testing due ${due}`,
      blocks: [
        para(overdue ? `Your testing was due ${due}; we have not heard back yet.` : reminderLead(context, `please finish testing by ${due}.`)),
        para('Reply APPROVED if everything works, or send your feedback.'),
        para(`Launch is planned for ${dueDay(context.project, 'launch')}.`),
      ],
    };
  },

  live: (context) => {
    const vendor = cadmium.vendor;
    return {
      subject: 'Your integration is live',
      blocks: [
        para(`${title(context.project)} is live. Thank you for working with us.`),
        para('A few reminders:'),
        list([
          'Tell us before you change credentials, accounts or settings the integration uses.',
          'A change of scope is a change request, and additional fees apply.',
          'Keep this mail: the steps below are the quickest way to get help.',
        ]),
        para('If something does not work:'),
        steps([
          'Check that the credentials the integration uses are still valid.',
          `Check the ${vendor} status page for a known incident.`,
          'Collect example IDs (orders, registrations, events) and the times they happened.',
          'Reply to this mail with what you found to reach support.',
        ]),
      ],
    };
  },
  'decision-recorded': decisionRecorded,
};
