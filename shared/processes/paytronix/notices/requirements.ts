import { list, para, quote, steps } from '../../../notices/blocks';
import { clientWords } from '../../../notices/common';
import { clip, dayOf, oneLine, plural } from '../../../notices/format';
import { HOW_TO_ACT, projectLine, title, type Build } from '../../../notices/sections';
import {
  tz,
  who,
  short,
  named,
  activeParties,
  partyLabel,
  decider,
  latestApproval,
  tcLine,
  reminderLead,
  written,
  idiWhen,
  cmd,
  idiCommand,
  credentialsBlocks,
  approvalBlocks,
  decisionsBlocks,
  senderName,
  APPROVE,
} from './helpers';
import type { PaytronixTemplateId } from './ids';

/** Stage 2, requirements: the IDI, the work order and the schedule (each approved), then the welcome with the test-server credentials. */
export type RequirementsTemplateId = Extract<
  PaytronixTemplateId,
  | 'idi-needed'
  | 'idi-invitation'
  | 'work-order-needed'
  | 'work-order'
  | 'work-order-declined'
  | 'schedule-needed'
  | 'schedule'
  | 'schedule-reminder'
  | 'schedule-declined'
  | 'welcome'
  | 'test-credentials-needed'
>;

export const requirementsTemplates: Record<RequirementsTemplateId, Build> = {
  'idi-needed': ({ project }) => ({
    subject: `Schedule the IDI for ${who(project)}`,
    blocks: [
      para(`${named(project)} is feasible. Please schedule the Integration Deployment Interview (IDI).`),
      projectLine(project),
      para('Invite the client, the integrator, the sales representative and a member of the integrations team:'),
      list(activeParties(project).length > 0 ? activeParties(project).map(partyLabel) : ['No parties are recorded yet.']),
      para('When you record the date and time, every party gets a calendar invitation.'),
      HOW_TO_ACT,
      idiCommand(project),
      cmd(project, 'idiHeld', 'After the IDI has been held'),
    ],
  }),

  'idi-invitation': ({ project }) => {
    const when = idiWhen(project);
    const parties = activeParties(project).map(partyLabel);
    return {
      subject: `Invitation: IDI for ${clip(title(project), 30)}${project.idi ? ` on ${dayOf(project.idi.start, tz(project)) ?? ''}` : ''}`,
      blocks: [
        para(`Please join the Integration Deployment Interview (IDI) for ${named(project)}.`),
        list([
          `When: ${when ?? 'the date and time follow in a separate invitation'}`,
          ...(project.idi ? [`Length: ${plural(project.idi.minutes, 'minute')}`] : []),
          ...(parties.length > 0 ? [`With: ${parties.join(', ')}`] : []),
        ]),
        para('The calendar invitation is attached: open it to add the meeting to your calendar.'),
        para('In the IDI we go through how the integration will work. Afterwards the work order (responsibilities and costs) is sent for approval.'),
        para('If the time does not work for you, reply to this mail with times that do.'),
        ...tcLine(project),
      ],
    };
  },

  'work-order-needed': ({ project }) => ({
    subject: `Send the work order for ${who(project)}`,
    blocks: [
      para(`The IDI for ${named(project)} was held. Next, the work order goes to the client side for approval.`),
      projectLine(project),
      para('Write its responsibilities and costs below the command line. Nothing goes on until the work order is approved.'),
      HOW_TO_ACT,
      cmd(project, 'workOrder'),
    ],
  }),

  'work-order': ({ project }) => {
    const approval = latestApproval(project, 'work-order');
    const revision = approval?.revision ?? 1;
    return {
      subject: revision > 1 ? `Revised work order (version ${revision}) for approval` : 'Work order for your approval',
      blocks: [
        para(`Here is the work order for ${named(project)}: who does what, and what it costs.`),
        written(approval?.summary, 'The work order itself follows in a separate mail from your technical consultant.'),
        ...approvalBlocks(project, 'work-order'),
        APPROVE,
        para('Nothing goes on until the work order is approved.'),
        ...tcLine(project),
      ],
    };
  },

  'work-order-declined': (context) => ({
    subject: `${who(context.project)} asked to change the work order`,
    blocks: [
      para(`The client side asked for changes to the work order for ${named(context.project)}.`),
      projectLine(context.project),
      ...clientWords(context, 'They wrote:'),
      para('Revise the work order, then send it again; it goes back for approval.'),
      HOW_TO_ACT,
      cmd(context.project, 'workOrder', 'After revising (the revised responsibilities and costs on the lines below the command)'),
    ],
  }),

  'schedule-needed': ({ project }) => ({
    subject: `Send the schedule for ${who(project)}`,
    blocks: [
      para(`The work order for ${named(project)} is approved. Please create the schedule and send it.`),
      projectLine(project),
      para('Every party must approve it:'),
      list(activeParties(project).length > 0 ? activeParties(project).map(partyLabel) : ['No parties are recorded yet.']),
      para('The system tracks each approval and reminds those who have not answered.'),
      HOW_TO_ACT,
      cmd(project, 'schedule'),
    ],
  }),

  schedule: ({ project }) => {
    const approval = latestApproval(project, 'schedule');
    const revision = approval?.revision ?? 1;
    return {
      subject: revision > 1 ? `Revised schedule (version ${revision}) for approval` : 'Schedule for your approval',
      blocks: [
        para(`Here is the schedule for ${named(project)}. Every party must approve it before development starts.`),
        written(approval?.summary, 'The schedule itself follows in a separate mail from your technical consultant.'),
        ...approvalBlocks(project, 'schedule'),
        APPROVE,
        ...tcLine(project),
      ],
    };
  },

  'schedule-reminder': (context) => {
    const { project } = context;
    const approval = latestApproval(project, 'schedule');
    const pending = (approval?.decisions ?? []).filter((d) => d.decision === 'pending').map((d) => decider(project, d.email, d.role));
    return {
      subject: 'Reminder: please approve the schedule',
      blocks: [
        para(reminderLead(context, `the schedule for ${named(project)} still needs approval.`)),
        ...(pending.length > 0 ? [para('Still waiting for:'), list(pending)] : []),
        para('Every party must approve it before development starts. The schedule:'),
        written(approval?.summary, 'See the schedule mail from your technical consultant.'),
        APPROVE,
      ],
    };
  },

  'schedule-declined': (context) => {
    const { project } = context;
    const sender = senderName(context);
    return {
      subject: `${sender ?? 'A party'} asked to change the schedule`,
      blocks: [
        para(`A party asked for changes to the schedule for ${named(project)} before approving it.`),
        projectLine(project),
        ...clientWords(context, 'They wrote:'),
        ...decisionsBlocks(project, 'schedule'),
        para('Revise the schedule and send it again; every party is asked to approve the new version.'),
        HOW_TO_ACT,
        cmd(project, 'schedule', 'After revising (the revised schedule on the lines below the command)'),
      ],
    };
  },

  welcome: (context) => {
    const { project } = context;
    const credentials = context.extras?.credentials;
    return {
      subject: `Welcome: test server for ${short(project)}`,
      blocks: [
        para(`Welcome to the development of ${named(project)}! The work order and the schedule are approved, so building can start.`),
        ...(credentials && credentials.trim() !== ''
          ? [
              para('Your credentials for the test server:'),
              quote(credentials),
              para(
                'Keep them private: share them only with the people building the integration, and never post them in tickets, chat or code. These are for the test server only; production credentials come after certification.',
              ),
            ]
          : [para('Your test-server credentials follow in a separate mail. Keep them private when they arrive.')]),
        para('Next:'),
        steps([
          'Build and test the integration against the test server.',
          'Send technical questions by replying to this mail; our integrations team answers.',
          'Your technical consultant makes sure you have test cards and a user on the test server.',
          'When the integrator\'s own QA is complete, reply "QA complete".',
        ]),
        ...tcLine(project),
      ],
    };
  },

  'test-credentials-needed': (context) => {
    const { project } = context;
    const missing = (context.extras?.gateMissing ?? []).map(oneLine).filter(Boolean);
    return {
      subject: `Test-server credentials needed for ${who(project)}`,
      blocks: [
        para(`The welcome mail for ${named(project)} carries the test-server credentials. Please give them to the system.`),
        projectLine(project),
        ...credentialsBlocks(project, 'test-credentials'),
        ...(missing.length > 0 ? [para('The welcome mail also waits for:'), list(missing)] : [para('Every other step before the welcome mail is complete.')]),
        para('The welcome goes only to verified client and integrator addresses. If a step is missing, the system refuses and says why.'),
        HOW_TO_ACT,
        cmd(project, 'welcome'),
      ],
    };
  },
};
