import { notActedOn, overdueEscalation, questionForPm, replyNeedsReview } from '../../../notices/common';
import { HOW_TO_ACT, type Build } from '../../../notices/sections';
import { certificationTemplates } from './certification';
import { changesTemplates } from './changes';
import { developmentTemplates } from './development';
import { discoveryTemplates } from './discovery';
import { answerClientSide, stageCommands } from './helpers';
import type { PaytronixTemplateId } from './ids';
import { launchTemplates } from './launch';
import { reminderTemplates } from './reminders';
import { requirementsTemplates } from './requirements';
import type { ENGINE_TEMPLATES } from '../../types';

/**
 * Every notice of the Paytronix process, by template id: the stage templates, and the engine's own
 * staff notices, two of them worded for Paytronix (answer the client side; the commands of the current stage).
 * `satisfies` is the compile-time check that every id of PAYTRONIX_TEMPLATE_IDS has a template.
 */
export const paytronixTemplates = {
  ...discoveryTemplates,
  ...requirementsTemplates,
  ...developmentTemplates,
  ...certificationTemplates,
  ...launchTemplates,
  ...changesTemplates,
  ...reminderTemplates,
  'question-for-pm': questionForPm((project) => [answerClientSide(project), HOW_TO_ACT, ...stageCommands(project)]),
  'not-acted-on': notActedOn((project) => [HOW_TO_ACT, ...stageCommands(project)]),
  'overdue-escalation': overdueEscalation,
  'reply-needs-review': replyNeedsReview,
} satisfies Record<PaytronixTemplateId | (typeof ENGINE_TEMPLATES)[number], Build>;
