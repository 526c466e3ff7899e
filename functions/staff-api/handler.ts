import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { z } from 'zod';
import { staffApi } from '../../shared/api/app';
import type { LifecyclePorts, RawMailStore } from '../../shared/lifecycle/ports';
import { DynamoFeedStore } from '../../shared/project/adapters/dynamodb-feeds';
import { awsPorts } from '../commons/aws-ports';
import { logger } from '../commons/logger';

/** Who signed the request: API Gateway's IAM authorizer puts the principal in the request context. */
const Caller = z.object({
  event: z.object({ requestContext: z.object({ authorizer: z.object({ iam: z.object({ userArn: z.string() }).optional() }).optional() }) }),
});

/** A request's path as logged: a calendar feed's token is its credential, so it never reaches a log. */
export function loggedPath(path: string): string {
  return path.replace(/\/calendar\/[^/]*$/, '/calendar/{token}');
}

/**
 * The staff API behind API Gateway (HTTP API, payload 2.0, IAM authorization): the same app the
 * local runtime serves on its control port. Who called is in the request context (the IAM
 * principal), logged with each request; the body never is (it may carry credentials).
 */
export function createHandler(ports: () => Promise<LifecyclePorts>) {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    const caller = Caller.safeParse(c.env);
    logger.info('staff api', {
      method: c.req.method,
      path: loggedPath(new URL(c.req.url).pathname),
      status: c.res.status,
      caller: caller.success ? caller.data.event.requestContext.authorizer?.iam?.userArn : undefined,
    });
  });
  app.route(
    '/',
    staffApi(ports, undefined, (error) => logger.error('staff api failed', { error })),
  );
  return handle(app);
}

/** The raw-mail bucket: assigning a mail of the inbox to a project reads the mail again; the table, for calendar feeds. */
const Env = z.object({ RAW_MAIL_BUCKET: z.string().min(1), TABLE_NAME: z.string().min(1) });

/** The raw mail by the key the inbound path recorded (its prefix included). */
function rawMailIn(bucket: string): RawMailStore {
  const s3 = new S3Client({});
  return {
    async get(ref) {
      const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: ref }));
      return Buffer.from(await (object.Body?.transformToByteArray() ?? Promise.resolve(new Uint8Array())));
    },
  };
}

let ports: Promise<LifecyclePorts> | undefined;
export const handler = createHandler(() => {
  ports ??= awsPorts().then((base) => {
    const env = Env.parse(process.env);
    return { ...base, rawMail: rawMailIn(env.RAW_MAIL_BUCKET), feeds: new DynamoFeedStore(new DynamoDBClient({}), env.TABLE_NAME) };
  });
  return ports;
});
