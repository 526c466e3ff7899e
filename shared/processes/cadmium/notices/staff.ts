import type { Project } from '../../../project/schemas';
import type { StaffTemplateId } from './ids';
import { list, para, quote, type Block } from '../../../notices/blocks';
import { clientWords, notActedOn, questionForPm } from '../../../notices/common';
import { clip, oneLine } from '../../../notices/format';
import {
  activeParty,
  clientName,
  dueDay,
  HOW_TO_ACT,
  missingRequirements,
  overdueBy,
  projectLine,
  requirementLabel,
  type Build,
} from '../../../notices/sections';
import { act, approvalHours, reschedule } from './sections';
import type { NoticeContext } from '../../../notices/types';

const who = (project: Project): string => clip(clientName(project));

function pocLine(project: Project): Block[] {
  const poc = activeParty(project, 'client-poc');
  return poc ? [para(`Client POC: ${oneLine(poc.name)} (${oneLine(poc.email)}).`)] : [para('Client POC: not confirmed yet.')];
}

function reminderCount(context: NoticeContext): Block[] {
  const number = context.extras?.reminderNumber;
  return number ? [para(`The client has had ${number} reminder${number === 1 ? '' : 's'}.`)] : [];
}

/** The step a PM most likely has to record next, for a mail the system could not act on. */
function nextStep(project: Project): Block[] {
  const when = 'If this mail meant a step is done';
  switch (project.phase) {
    case 'contracted':
      return [act(project, 'If the contract is reviewed', 'contract-reviewed')];
    case 'scheduled':
      return [act(project, 'If the kick-off call has been held', 'kickoff-held')];
    case 'plan-approval':
      return [act(project, 'If the plan needs sending again', 'resend-plan')];
    case 'requirements':
      return [act(project, 'If every requirement is in', 'submitted-for-development')];
    case 'developer-review':
    case 'development':
      return [act(project, `${when} (development)`, 'development-complete')];
    case 'client-testing':
      return [act(project, 'If a fix has passed QA', 'qa-complete')];
    default:
      return [];
  }
}

export const staffTemplates: Record<StaffTemplateId, Build> = {
  'new-contract': ({ project }) => ({
    subject: `New integration contracted: ${who(project)}`,
    blocks: [
      para(`A new integration is contracted: ${oneLine(project.title ?? '')} for ${clientName(project)}.`),
      projectLine(project),
      ...pocLine(project),
      para('Review the contract; the client is asked to confirm the details once you record the review.'),
      HOW_TO_ACT,
      act(project, 'When the contract is reviewed', 'contract-reviewed'),
    ],
  }),

  'contract-review-reminder': ({ project }) => ({
    subject: `Reminder: contract for ${who(project)} awaits review`,
    blocks: [
      para(`The contract for ${clientName(project)} still waits for review; the client hears nothing until it is done.`),
      projectLine(project),
      HOW_TO_ACT,
      act(project, 'When the contract is reviewed', 'contract-reviewed'),
    ],
  }),

  'confirm-details-escalation': (context) => ({
    subject: `${who(context.project)} has not confirmed details`,
    blocks: [
      para(`${clientName(context.project)} has not confirmed the integration details, POC or launch date.`),
      projectLine(context.project),
      ...reminderCount(context),
      ...pocLine(context.project),
      para('Please contact the client directly and ask them to reply to the confirmation mail.'),
      para('The system keeps reminding them every 5 business days and reads their answer whenever it comes; there is nothing to record here.'),
    ],
  }),

  'kickoff-call-reminder': ({ project }) => ({
    subject: `Schedule the kick-off call with ${who(project)}`,
    blocks: [
      para(`Please schedule the kick-off call with ${clientName(project)}: kick-off is due ${dueDay(project, 'kickoffDue')}.`),
      projectLine(project),
      ...pocLine(project),
      HOW_TO_ACT,
      act(project, 'Once the call has been held', 'kickoff-held'),
      reschedule(project, 'To move the kick-off due date', 'kickoffDue'),
    ],
  }),

  'kickoff-overdue': (context) => ({
    subject: `Kick-off overdue for ${who(context.project)}`,
    blocks: [
      para(`The kick-off was due ${dueDay(context.project, 'kickoffDue')}${overdueBy(context, 'kickoffDue')} and is not recorded.`),
      projectLine(context.project),
      HOW_TO_ACT,
      act(context.project, 'If the call has been held', 'kickoff-held'),
      reschedule(context.project, 'To move the kick-off due date', 'kickoffDue'),
    ],
  }),

  'plan-escalation': (context) => ({
    subject: `${who(context.project)} has not approved the plan`,
    blocks: [
      para(`${clientName(context.project)} has not approved the project plan within ${approvalHours()} hours.`),
      projectLine(context.project),
      ...reminderCount(context),
      ...pocLine(context.project),
      para('Please contact the client directly.'),
      HOW_TO_ACT,
      act(context.project, 'To send the plan again', 'resend-plan'),
    ],
  }),

  'plan-changes-requested': (context) => ({
    subject: `${who(context.project)} asked for plan changes`,
    blocks: [
      para(`${clientName(context.project)} asked for changes to the project plan before approving it.`),
      projectLine(context.project),
      ...clientWords(context, 'They wrote:'),
      para('Revise the plan (requirements, scope or dates) in the project record, then send it again.'),
      HOW_TO_ACT,
      act(context.project, 'After revising the plan', 'resend-plan'),
      reschedule(context.project, 'If the launch date changes', 'launch'),
    ],
  }),

  'change-request': (context) => {
    const { project } = context;
    const request = context.extras?.changeRequest;
    return {
      subject: `Change request${request ? ` ${request.id}` : ''} from ${who(project)}`,
      blocks: [
        para(`${clientName(project)} asked for a change after approving the plan; it is recorded as a change request.`),
        projectLine(project),
        ...(request
          ? [
              list([
                `${request.id}, from ${oneLine(request.requestedBy)}`,
                request.feesApply ? 'Additional fees apply; the client has been told.' : 'Marked as without fees.',
              ]),
              quote(request.summary),
            ]
          : []),
        para('Agree the fees and scope with the client directly.'),
        HOW_TO_ACT,
        reschedule(project, 'If the change moves the launch', 'launch'),
        act(project, 'If the plan must be revised and sent again', 'resend-plan'),
      ],
    };
  },

  'requirements-overdue': (context) => {
    const missing = missingRequirements(context).map(requirementLabel);
    return {
      subject: `Requirements overdue for ${who(context.project)}`,
      blocks: [
        para(
          `Requirements were due ${dueDay(context.project, 'requirementsDue')}${overdueBy(context, 'requirementsDue')}; ` + `${missing.length} still missing.`,
        ),
        projectLine(context.project),
        ...(missing.length > 0 ? [list(missing)] : []),
        para('When the last one arrives, later dates move by the days it was late, automatically.'),
        ...pocLine(context.project),
        HOW_TO_ACT,
        reschedule(context.project, 'To agree a different requirements date', 'requirementsDue'),
        act(context.project, 'If everything is in after all', 'submitted-for-development'),
      ],
    };
  },

  'requirements-complete': ({ project }) => ({
    subject: `All requirements in for ${who(project)}`,
    blocks: [
      para(`Every requirement for ${clientName(project)} is in; submit them for development.`),
      projectLine(project),
      list((project.requirements ?? []).map(requirementLabel)),
      para(`Development & testing due ${dueDay(project, 'developmentDue')}.`),
      HOW_TO_ACT,
      act(project, 'Once submitted', 'submitted-for-development'),
    ],
  }),

  'development-overdue': (context) => ({
    subject: `Development overdue for ${who(context.project)}`,
    blocks: [
      para(`Development & testing was due ${dueDay(context.project, 'developmentDue')}${overdueBy(context, 'developmentDue')} and is not recorded complete.`),
      projectLine(context.project),
      para('Dates move only when you reschedule; the ledger records it.'),
      HOW_TO_ACT,
      act(context.project, 'If development is complete', 'development-complete'),
      reschedule(context.project, 'To move the development date, and the later dates with it', 'developmentDue'),
    ],
  }),

  'qa-needed': ({ project }) => ({
    subject: `QA needed for ${who(project)}`,
    blocks: [
      para(`Development is complete for ${clientName(project)}; QA is next.`),
      projectLine(project),
      para(
        `Test manually with the client's test accounts${project.testingCycle > 1 ? ` (testing cycle ${project.testingCycle})` : ''}. ` +
          `Development & testing due ${dueDay(project, 'developmentDue')}.`,
      ),
      HOW_TO_ACT,
      act(project, 'When QA passes (the client is then told it is ready to test)', 'qa-complete'),
    ],
  }),

  'testing-overdue': (context) => ({
    subject: `Client testing overdue for ${who(context.project)}`,
    blocks: [
      para(
        `${clientName(context.project)} has not approved or sent feedback; testing was due ` +
          `${dueDay(context.project, 'clientTestingDue')}${overdueBy(context, 'clientTestingDue')}.`,
      ),
      projectLine(context.project),
      ...reminderCount(context),
      ...pocLine(context.project),
      para('Please contact the client directly.'),
      HOW_TO_ACT,
      reschedule(context.project, 'To agree a new testing date', 'clientTestingDue'),
      reschedule(context.project, 'To move the launch', 'launch'),
    ],
  }),

  'client-feedback': (context) => ({
    subject: `Testing feedback from ${who(context.project)}`,
    blocks: [
      para(`${clientName(context.project)} sent feedback from testing (cycle ${context.project.testingCycle ?? 1}).`),
      projectLine(context.project),
      ...clientWords(context, 'Their feedback:'),
      para('The cycle repeats: fix, QA, then the client is told it is ready to test again.'),
      HOW_TO_ACT,
      act(context.project, 'When the fixes are done', 'development-complete'),
      act(context.project, 'When QA passes', 'qa-complete'),
    ],
  }),

  'question-for-pm': questionForPm((project) => {
    const poc = activeParty(project, 'client-poc');
    return [
      para(poc ? `Please answer ${oneLine(poc.name)} directly at ${oneLine(poc.email)}.` : 'Please answer the client directly.'),
      HOW_TO_ACT,
      reschedule(project, 'If your answer moves the launch', 'launch'),
    ];
  }),

  'not-acted-on': notActedOn((project) => [HOW_TO_ACT, ...nextStep(project), reschedule(project, 'If it asked to move the launch', 'launch')]),
};
