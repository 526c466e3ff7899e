import { z } from 'zod';
import { recordDeliveryProblem } from '../../shared/lifecycle/service/delivery';
import { awsPorts } from '../commons/aws-ports';
import { logger } from '../commons/logger';
import { taskHandler } from '../commons/task';

/** An SES event (configuration set → SNS) for a bounce or complaint, as SNS delivers it. */
const SesNotification = z.object({
  eventType: z.enum(['Bounce', 'Complaint', 'Delivery', 'Send', 'Reject', 'Open', 'Click', 'Rendering Failure', 'DeliveryDelay', 'Subscription']),
  mail: z.object({ commonHeaders: z.object({ messageId: z.string().optional() }).optional() }),
  bounce: z.object({ bounceType: z.string(), bouncedRecipients: z.array(z.object({ emailAddress: z.string(), status: z.string().optional() })) }).optional(),
  complaint: z.object({ complainedRecipients: z.array(z.object({ emailAddress: z.string() })) }).optional(),
});
const SnsEvent = z.object({ Records: z.array(z.object({ Sns: z.object({ Message: z.string() }) })) });

/** Outbound bounces and complaints fed back to the project: recorded, and the PM told. */
export const createHandler = taskHandler(SnsEvent, async (ports, event) => {
  for (const record of event.Records) {
    const parsed = SesNotification.safeParse(JSON.parse(record.Sns.Message));
    if (!parsed.success) {
      logger.warn('unreadable SES event', { error: parsed.error.message });
      continue;
    }
    const { eventType, mail, bounce, complaint } = parsed.data;
    const messageId = mail.commonHeaders?.messageId;
    if (!messageId || (eventType !== 'Bounce' && eventType !== 'Complaint')) continue;
    const recipients =
      eventType === 'Bounce'
        ? (bounce?.bouncedRecipients ?? []).map((r) => ({ address: r.emailAddress, status: r.status }))
        : (complaint?.complainedRecipients ?? []).map((r) => ({ address: r.emailAddress }));
    const result = await recordDeliveryProblem(ports, {
      messageId,
      kind: eventType === 'Bounce' ? `bounce (${bounce?.bounceType ?? 'unknown'})` : 'complaint',
      recipients,
    });
    logger.info('delivery problem', { messageId, eventType, projectId: result?.projectId });
  }
});
export const handler = createHandler(awsPorts);
