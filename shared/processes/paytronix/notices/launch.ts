import { list, para, quote } from '../../../notices/blocks';
import { plural } from '../../../notices/format';
import { HOW_TO_ACT, projectLine, type Build } from '../../../notices/sections';
import { rules, who, short, named, activeParties, partyLabel, tcLine, cmd, credentialsBlocks } from './helpers';
import type { PaytronixTemplateId } from './ids';

/** Stage 5, launch and monitoring: configuration, production credentials, go-live, check-ins, closing. */
export type LaunchTemplateId = Extract<
  PaytronixTemplateId,
  | 'configuration-check'
  | 'configuration-differences'
  | 'production-credentials-needed'
  | 'production-credentials'
  | 'go-live-ready'
  | 'went-live'
  | 'monitoring-check-in'
  | 'project-closed'
>;

export const launchTemplates: Record<LaunchTemplateId, Build> = {
  'configuration-check': ({ project }) => ({
    subject: `Check production configuration for ${who(project)}`,
    blocks: [
      para(`${named(project)} is certified. Please verify the differences between the test and production servers.`),
      projectLine(project),
      para('Any differences you write are sent to every party; then the integrations team is asked for the production credentials.'),
      HOW_TO_ACT,
      cmd(project, 'configuration'),
    ],
  }),

  'configuration-differences': (context) => {
    const note = context.extras?.note;
    const none = !note || /^\s*none\.?\s*$/i.test(note);
    return {
      subject: `Production configuration for ${short(context.project)}`,
      blocks: [
        para(`Before go-live, your technical consultant checked the differences between the test and production servers for ${named(context.project)}.`),
        ...(none
          ? [para('There are no configuration differences: the production setup is the same as the test setup.')]
          : [quote(note), para('Please make these changes in your production setup before going live.')]),
        para('The production credentials follow in a separate mail from the integrations team. Reply to this mail with any question.'),
        ...tcLine(context.project),
      ],
    };
  },

  'production-credentials-needed': ({ project }) => {
    const clientSide = activeParties(project).filter((p) => p.role === 'client' || p.role === 'integrator');
    return {
      subject: `Production credentials needed for ${who(project)}`,
      blocks: [
        para(`${named(project)} is certified and its configuration is checked. Please give the production credentials to the system.`),
        projectLine(project),
        ...credentialsBlocks(project, 'production-credentials'),
        para('The system mails them only to verified client and integrator addresses:'),
        list(
          clientSide.length > 0
            ? clientSide.map((p) => `${partyLabel(p)}: ${p.verified ? 'verified' : 'not verified, will not receive them'}`)
            : ['No client or integrator is recorded yet.'],
        ),
      ],
    };
  },

  'production-credentials': (context) => {
    const credentials = context.extras?.credentials;
    return {
      subject: `Production credentials for ${short(context.project)}`,
      blocks: [
        para(`${named(context.project)} is certified and ready for production.`),
        ...(credentials && credentials.trim() !== ''
          ? [
              para('Your production credentials:'),
              quote(credentials),
              para(
                'Keep them private: share them only with the people who set up the integration, and never post them in tickets, chat or code. Tell us at once if you think they have leaked.',
              ),
            ]
          : [para('Your production credentials follow in a separate mail. Keep them private when they arrive.')]),
        para(
          'Next: set the integration up on production, with any configuration changes we sent, and reply to this mail when it is live or if something does not work.',
        ),
        ...tcLine(context.project),
      ],
    };
  },

  'go-live-ready': ({ project }) => {
    const { monitoringDays, checkInEveryDays } = rules(project);
    return {
      subject: `Go-live for ${who(project)}`,
      blocks: [
        para(`The production credentials for ${named(project)} have been sent. Please confirm when the integration is live.`),
        projectLine(project),
        para(
          `Recording it starts the ${plural(monitoringDays, 'day')} of monitoring, with a check-in to every party every ${plural(checkInEveryDays, 'day')}.`,
        ),
        HOW_TO_ACT,
        cmd(project, 'live'),
      ],
    };
  },

  'went-live': ({ project }) => {
    const { monitoringDays, checkInEveryDays } = rules(project);
    return {
      subject: `Live: ${short(project)}`,
      blocks: [
        para(`${named(project)} is live. Thank you all for your work.`),
        para(`For the next ${plural(monitoringDays, 'day')} we all monitor it, and we check in every ${plural(checkInEveryDays, 'day')}.`),
        para('If anything goes wrong, reply to this mail at once with what happened, when, and example IDs (transactions, members, cards).'),
        ...tcLine(project),
      ],
    };
  },

  'monitoring-check-in': ({ project }) => ({
    subject: `Check-in: how is ${short(project)} going?`,
    blocks: [
      para(`We are checking in on ${named(project)} during its ${plural(rules(project).monitoringDays, 'day')} of monitoring after go-live.`),
      para('Is everything working? Reply to this mail with any problem: what happened, when, and example IDs. If all is well, no reply is needed.'),
      ...tcLine(project),
    ],
  }),

  'project-closed': ({ project }) => ({
    subject: `Project closed: ${short(project)}`,
    blocks: [
      para(
        `The ${plural(rules(project).monitoringDays, 'day')} of monitoring for ${named(project)} are over, and the project is now closed. Thank you for working with us.`,
      ),
      para('Nothing more is needed from you. If something goes wrong later, reply to this mail or contact your technical consultant.'),
      ...tcLine(project),
    ],
  }),
};
