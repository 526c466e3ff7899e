import { list, para, quote } from '../../../notices/blocks';
import { oneLine } from '../../../notices/format';
import { projectLine, type Build } from '../../../notices/sections';
import { clientWords } from '../../../notices/common';
import { named, short, tcLine } from './helpers';
import type { PaytronixTemplateId } from './ids';

/** Any stage after the work order: new scope as a change request; certification material that is still partly to come. */
export type ChangesTemplateId = Extract<PaytronixTemplateId, 'change-request-ack' | 'change-request' | 'materials-pending'>;

const MATERIAL_WORDS: Readonly<Record<string, string>> = {
  screenshots: 'screenshots of every screen and message',
  'test-transactions': 'the test transactions',
  video: 'a video of the flows',
};
const material = (id: string) => MATERIAL_WORDS[id] ?? id;

export const changesTemplates: Record<ChangesTemplateId, Build> = {
  'change-request-ack': (context) => {
    const request = context.extras?.changeRequest;
    return {
      subject: request ? `Change request ${request.id} recorded: ${short(context.project)}` : `Change request recorded: ${short(context.project)}`,
      blocks: [
        para(`We recorded your request as a change request${request ? ` (${request.id})` : ''}.`),
        ...(request ? [quote(request.summary)] : []),
        para(`The work order for ${named(context.project)} is already approved, so new scope is a change request: additional fees apply.`),
        para('Your technical consultant will contact you about the cost and any effect on the schedule.'),
        ...tcLine(context.project),
      ],
    };
  },

  'change-request': (context) => {
    const request = context.extras?.changeRequest;
    return {
      subject: `Change request${request ? ` ${request.id}` : ''} from ${short(context.project)}`,
      blocks: [
        para(
          `A party asked for new scope after the work order was approved; it is recorded as a change request${request ? ` (${request.id})` : ''}, fees flagged.`,
        ),
        projectLine(context.project),
        ...clientWords(context, 'They wrote:'),
        para('No command is needed: please agree the cost and any schedule change with them (a new schedule goes out with SEND SCHEDULE).'),
      ],
    };
  },

  'materials-pending': (context) => {
    const received = context.extras?.items?.received ?? [];
    const pending = context.extras?.items?.pending ?? [];
    return {
      subject: `Certification material: still to come for ${short(context.project)}`,
      blocks: [
        para(`Thank you: for ${named(context.project)} we received ${received.length > 0 ? received.map(material).map(oneLine).join(', ') : 'your message'}.`),
        para('Still to come, as you wrote:'),
        list(pending.map(material)),
        para('The certification round is booked once everything is in: reply with the rest when you have it.'),
      ],
    };
  },
};
