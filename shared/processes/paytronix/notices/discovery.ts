import { para } from '../../../notices/blocks';
import { HOW_TO_ACT, projectLine, type Build } from '../../../notices/sections';
import { who, short, named, tcLine, written, cmd } from './helpers';
import type { PaytronixTemplateId } from './ids';

/** Stage 1, discovery: the integrations team evaluates the flow; the parties hear if it is not feasible. */
export type DiscoveryTemplateId = Extract<PaytronixTemplateId, 'discovery-evaluation' | 'not-feasible'>;

export const discoveryTemplates: Record<DiscoveryTemplateId, Build> = {
  'discovery-evaluation': ({ project }) => ({
    subject: `Evaluate the integration for ${who(project)}`,
    blocks: [
      para(`Please evaluate the high-level flow of ${named(project)}: is it feasible?`),
      projectLine(project),
      para('Goals and scope, as the technical consultant recorded them:'),
      written(project.scope, 'No scope is recorded yet; ask the technical consultant before deciding.'),
      para('If it is feasible, the project goes on to the IDI. If not, every party is told and the project ends.'),
      HOW_TO_ACT,
      cmd(project, 'feasible'),
      cmd(project, 'notFeasible'),
    ],
  }),

  'not-feasible': (context) => ({
    subject: `Integration not feasible: ${short(context.project)}`,
    blocks: [
      para(`Our integrations team evaluated ${named(context.project)} and found that it is not feasible as planned.`),
      para('Why:'),
      written(context.extras?.note, 'Your technical consultant will explain the reasons.'),
      para('The project ends here, and there is nothing you need to do. If you would like to discuss another approach, reply to this mail.'),
      ...tcLine(context.project),
    ],
  }),
};
