import { z } from 'zod';
import { sendDigests } from '../../shared/lifecycle/service/digest';
import { awsPorts } from '../commons/aws-ports';
import { logger } from '../commons/logger';
import { taskHandler } from '../commons/task';

/** The hourly EventBridge Scheduler event: the input the schedule gives (its scheduled time). */
export const DigestEvent = z.object({ scheduledTime: z.iso.datetime({ offset: true }).optional() });

/** Hourly: sends each PM's daily digest when it is due in their zone (once per local date; none on a quiet day). */
export const createHandler = taskHandler(DigestEvent, async (ports, event) => {
  const run = await sendDigests(ports, ports.clock.now());
  logger.info('digests', { scheduledTime: event.scheduledTime, sent: run.sent.length, quiet: run.quiet.length, already: run.already.length });
  return run;
});
export const handler = createHandler(awsPorts);
