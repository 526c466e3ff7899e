import { list, para, quote, steps } from '../../../notices/blocks';
import { oneLine } from '../../../notices/format';
import { activeParty, HOW_TO_ACT, projectLine, type Build } from '../../../notices/sections';
import { vendor, who, short, named, tcLine, cmd } from './helpers';
import type { PaytronixTemplateId } from './ids';

/** Stage 3, development: test cards and a test user, the integrator's build and QA, the client's QA. */
export type DevelopmentTemplateId = Extract<PaytronixTemplateId, 'development-checklist' | 'development-started' | 'client-qa' | 'qa-changes-needed'>;

export const developmentTemplates: Record<DevelopmentTemplateId, Build> = {
  'development-checklist': ({ project }) => {
    const integrator = activeParty(project, 'integrator');
    return {
      subject: `Test cards and test user for ${who(project)}`,
      blocks: [
        para(`Development of ${named(project)} has started. Please make sure the integrator has what it needs:`),
        list(['test cards', 'a user on the test server']),
        ...(integrator ? [para(`Integrator: ${oneLine(integrator.name)} (${oneLine(integrator.email)}).`)] : []),
        projectLine(project),
        HOW_TO_ACT,
        cmd(project, 'testCards'),
        cmd(project, 'testUser'),
      ],
    };
  },

  'development-started': ({ project }) => {
    const cycle = project.testingCycle ?? 1;
    return {
      subject: cycle > 1 ? `Development again (cycle ${cycle}): ${short(project)}` : `Development started: ${short(project)}`,
      blocks: [
        para(`The integrator can now build and test ${named(project)}${cycle > 1 ? ` (development cycle ${cycle})` : ''}.`),
        steps([
          'Build and test against the test server, with the credentials from the welcome mail.',
          `Send technical questions by replying to this mail; the ${vendor(project)} integrations team answers.`,
          'Your technical consultant makes sure you have test cards and a user on the test server.',
          'When the integrator\'s own QA is complete, reply "QA complete". The client then tests every use case.',
        ]),
        ...tcLine(project),
      ],
    };
  },

  'client-qa': ({ project }) => ({
    subject: `Please test and approve: ${short(project)}`,
    blocks: [
      para(`The integrator has finished its own QA of ${named(project)}. Now the client tests it:`),
      list(['Test every use case.', 'Check every error message and every success message.']),
      para(
        'Reply APPROVED when everything works and every message is right, or describe the changes needed: what you did, what you expected, and what happened.',
      ),
      para('Changes send the integration back to development, and these QA steps repeat. After approval comes certification.'),
      ...tcLine(project),
    ],
  }),

  'qa-changes-needed': (context) => ({
    subject: `Back to development: ${short(context.project)}`,
    blocks: [
      para(`The client asked for changes after testing ${named(context.project)}, so it goes back to development.`),
      ...(context.extras?.quotedText ? [para('The changes asked for:'), quote(context.extras.quotedText)] : []),
      para('Next:'),
      steps([
        'The integrator makes the changes.',
        'When its own QA is complete again, the integrator replies "QA complete".',
        'The client then tests every use case and checks every message again.',
      ]),
      ...tcLine(context.project),
    ],
  }),
};
