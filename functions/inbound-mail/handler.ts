import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { handleInbound } from '../../shared/lifecycle/service/inbound';
import { awsPorts } from '../commons/aws-ports';
import { logger } from '../commons/logger';
import { taskHandler } from '../commons/task';

const Verdict = z.object({ status: z.string() });

/** The SES receipt event (Lambda action after the S3 action): the mail's headers and the verdicts. */
export const SesEvent = z.object({
  Records: z
    .array(
      z.object({
        ses: z.object({
          mail: z.object({ messageId: z.string().min(1) }),
          receipt: z.object({
            recipients: z.array(z.string()),
            spamVerdict: Verdict,
            virusVerdict: Verdict,
            spfVerdict: Verdict,
            dkimVerdict: Verdict,
            dmarcVerdict: Verdict,
          }),
        }),
      }),
    )
    .length(1),
});

const Env = z.object({ RAW_MAIL_BUCKET: z.string().min(1), RAW_MAIL_PREFIX: z.string().default('') });
const s3 = new S3Client({});

/** Where the S3 action stored the raw mail: the prefix plus the SES message id. */
export function rawMailKey(prefix: string, sesMessageId: string): string {
  return `${prefix}${sesMessageId}`;
}

export const createHandler = (fetchRaw: (key: string) => Promise<Buffer>, prefix: string) =>
  taskHandler(SesEvent, async (ports, event) => {
    const record = event.Records[0];
    if (!record) throw new Error('unreachable: the schema requires one record');
    const { mail, receipt } = record.ses;
    const key = rawMailKey(prefix, mail.messageId);
    const result = await handleInbound(ports, {
      raw: await fetchRaw(key),
      rawRef: key,
      envelopeRecipients: receipt.recipients,
      verdicts: {
        spam: receipt.spamVerdict.status,
        virus: receipt.virusVerdict.status,
        spf: receipt.spfVerdict.status,
        dkim: receipt.dkimVerdict.status,
        dmarc: receipt.dmarcVerdict.status,
      },
    });
    // The outcome of every mail, acted on or not, with its reason: the record of what was turned away.
    logger.info('inbound mail', {
      rawRef: key,
      messageId: result.messageId,
      projectId: result.projectId,
      actedOn: result.actedOn,
      reason: result.reason,
      readAs: result.readAs,
    });
    return result;
  });

let env: z.infer<typeof Env> | undefined;
export const handler = (event: unknown) => {
  env ??= Env.parse(process.env);
  const bucket = env.RAW_MAIL_BUCKET;
  const fetchRaw = async (key: string) => {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await (object.Body?.transformToByteArray() ?? Promise.resolve(new Uint8Array())));
  };
  return createHandler(fetchRaw, env.RAW_MAIL_PREFIX)(awsPorts)(event);
};
