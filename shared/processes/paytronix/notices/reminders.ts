import { para } from '../../../notices/blocks';
import { decisionRecorded } from '../../../notices/common';
import { clip, oneLine } from '../../../notices/format';
import { clientName, HOW_TO_ACT, projectLine, type Build } from '../../../notices/sections';
import { named, latestApproval, tcLine, reminderLead, stageCommands } from './helpers';
import type { PaytronixTemplateId } from './ids';

/** Any step: reminders to staff (a step has waited) and to the client side (a reply is awaited), and a party's decision acknowledged. */
export type ReminderTemplateId = Extract<PaytronixTemplateId, 'step-reminder' | 'reply-reminder' | 'decision-recorded'>;

export const reminderTemplates: Record<ReminderTemplateId, Build> = {
  'step-reminder': (context) => {
    const { project } = context;
    const step = oneLine(context.extras?.stepLabel ?? '') || 'the next step';
    const waitingFor = oneLine(context.extras?.waitingFor ?? '');
    const number = context.extras?.reminderNumber;
    const actions = stageCommands(project);
    return {
      subject: `Reminder: ${clip(step, 30)} for ${clip(clientName(project), 24)}`,
      blocks: [
        para(`${number ? `Reminder ${number}` : 'A reminder'}: ${named(project)} is still waiting for ${step}${waitingFor ? ` (from ${waitingFor})` : ''}.`),
        projectLine(project),
        ...(actions.length > 0
          ? [para(`If the step is done, record it. The commands of the current stage (${oneLine(project.phase ?? '')}):`), HOW_TO_ACT, ...actions]
          : [para('Please check the project and record the step when it is done.')]),
      ],
    };
  },

  'reply-reminder': (context) => {
    const { project } = context;
    const step = oneLine(context.extras?.stepLabel ?? '');
    const waitingFor = oneLine(context.extras?.waitingFor ?? '');
    const open = (['work-order', 'schedule'] as const).some((subject) => latestApproval(project, subject)?.decisions.some((d) => d.decision === 'pending'));
    return {
      subject: step ? `Reminder: ${clip(step, 50)}` : 'Reminder: we are waiting for your reply',
      blocks: [
        para(reminderLead(context, `we are still waiting for your reply about ${step ? `${step} for ` : ''}${named(project)}.`)),
        ...(waitingFor ? [para(`Waiting for: ${waitingFor}.`)] : []),
        para(
          open
            ? 'Reply APPROVED, or tell us what to change.'
            : 'Please reply to this mail with your answer. If you need more time or have a question, tell us that too.',
        ),
        ...tcLine(project),
      ],
    };
  },
  'decision-recorded': decisionRecorded,
};
