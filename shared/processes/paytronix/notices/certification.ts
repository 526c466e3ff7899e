import { list, para, steps } from '../../../notices/blocks';
import { day, oneLine, plural } from '../../../notices/format';
import { activeParty, type Build } from '../../../notices/sections';
import { rules, vendor, short, named, roundOf, roundName, tcLine, written, readyBlocks } from './helpers';
import type { PaytronixTemplateId } from './ids';

/** Stage 4, certification: rounds booked, testing material, fees beyond the included rounds, failed or certified. */
export type CertificationTemplateId = Extract<
  PaytronixTemplateId,
  'certification-ready-request' | 'certification-booked' | 'materials-received' | 'certification-fees' | 'certification-failed' | 'certified'
>;

export const certificationTemplates: Record<CertificationTemplateId, Build> = {
  'certification-ready-request': ({ project }) => ({
    subject: `Ready for certification? ${short(project)}`,
    blocks: [
      para(`The client approved ${named(project)} after testing. The next step is certification by the ${vendor(project)} integrations team.`),
      ...readyBlocks(project),
      para(`${plural(rules(project).certification.roundsIncludedBeforeFees, 'certification round')} are included; additional fees apply to any further round.`),
      ...tcLine(project),
    ],
  }),

  'certification-booked': (context) => {
    const { project } = context;
    const round = roundOf(context);
    const days = rules(project).certification.minimumBusinessDaysAfterMaterials;
    return {
      subject: `Certification ${roundName(round)} booked${round?.slotStartsOn ? `: starts ${day(round.slotStartsOn)}` : ''}`,
      blocks: [
        para(`Certification ${roundName(round)} for ${named(project)} is booked in the next available slot.`),
        list([`Starts: ${day(round?.slotStartsOn)}`, `Ends: no earlier than ${day(round?.earliestEndOn)}`]),
        para(
          `Why that end: a round ends no earlier than ${plural(days, 'business day')} after the last testing material arrived, ` +
            `and the last material arrived on ${day(round?.materialsCompleteOn)}.`,
        ),
        para(
          'Nothing is needed from you until then. If you send more testing material, the earliest end moves. We will tell you the outcome: certified, or changes needed with feedback.',
        ),
        ...tcLine(project),
      ],
    };
  },

  'materials-received': (context) => {
    const { project } = context;
    const round = roundOf(context);
    const days = rules(project).certification.minimumBusinessDaysAfterMaterials;
    return {
      subject: `Testing material received: ${roundName(round)} ends ${day(round?.earliestEndOn)} or later`,
      blocks: [
        para(`Thank you: we received more testing material for certification ${roundName(round)} of ${named(project)}.`),
        para(
          `The round now ends no earlier than ${day(round?.earliestEndOn)}: ${plural(days, 'business day')} after the last material, ` +
            `which arrived on ${day(round?.materialsCompleteOn)}.`,
        ),
        para('Nothing else is needed from you now. We will tell you the outcome.'),
      ],
    };
  },

  'certification-fees': (context) => {
    const { project } = context;
    const round = roundOf(context);
    const included = rules(project).certification.roundsIncludedBeforeFees;
    const tc = activeParty(project, 'technical-consultant');
    const sales = activeParty(project, 'sales');
    const contacts = [tc ? `${oneLine(tc.name)} (technical consultant)` : undefined, sales ? `${oneLine(sales.name)} (sales)` : undefined].filter(
      (value): value is string => value !== undefined,
    );
    return {
      subject: `Certification ${roundName(round)}: additional fees apply`,
      blocks: [
        para(`Certification ${roundName(round)} for ${named(project)} is beyond the ${plural(included, 'round')} included, so additional fees apply.`),
        ...(round?.slotStartsOn ? [para(`The round goes ahead as booked: it starts ${day(round.slotStartsOn)}.`)] : []),
        para(
          contacts.length > 0
            ? `${contacts.join(' or ')} will contact you about the fees. Reply to this mail with any question.`
            : 'We will contact you about the fees. Reply to this mail with any question.',
        ),
      ],
    };
  },

  'certification-failed': (context) => {
    const { project } = context;
    const round = roundOf(context);
    const included = rules(project).certification.roundsIncludedBeforeFees;
    const feedback = context.extras?.note ?? round?.feedback;
    return {
      subject: `Certification ${roundName(round)}: changes needed`,
      blocks: [
        para(`Certification ${roundName(round)} for ${named(project)} did not pass. The integrations team's feedback:`),
        written(feedback, 'The feedback follows in a separate mail from the integrations team.'),
        para('The integration goes back to development. Next:'),
        steps([
          'Make the changes and test them again.',
          'Reply READY FOR CERTIFICATION with everything we need to access and test the integration.',
          'We then book the next round and tell you the dates.',
        ]),
        ...(round
          ? [
              para(
                round.number >= included
                  ? `That was round ${round.number}; ${plural(included, 'round')} are included, so additional fees apply to the next one.`
                  : `That was round ${round.number} of the ${plural(included, 'round')} included; additional fees apply after that.`,
              ),
            ]
          : []),
        ...tcLine(project),
      ],
    };
  },

  certified: (context) => {
    const round = roundOf(context);
    return {
      subject: `Certified: ${short(context.project)}`,
      blocks: [
        para(`Congratulations: ${named(context.project)} passed certification${round ? ` in round ${round.number}` : ''}.`),
        para('Next is launch preparation:'),
        steps([
          'Your technical consultant checks the differences between the test and production servers and sends any configuration change to everyone.',
          'The integrations team then sends the production credentials.',
          'The integration goes live, and we monitor it together.',
        ]),
        para('Nothing is needed from you right now.'),
        ...tcLine(context.project),
      ],
    };
  },
};
