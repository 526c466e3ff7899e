import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { staffApi } from '../../shared/api/app';
import type { LifecyclePorts } from '../../shared/lifecycle/ports';
import { awsPorts } from '../commons/aws-ports';
import { logger } from '../commons/logger';

/**
 * The staff API behind API Gateway (HTTP API, payload 2.0, IAM authorization): the same app the
 * local runtime serves on its control port. Who called is in the request context (the IAM
 * principal), logged with each request; the body never is (it may carry credentials).
 */
export function createHandler(ports: () => Promise<LifecyclePorts>) {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    logger.info('staff api', { method: c.req.method, path: new URL(c.req.url).pathname, status: c.res.status });
  });
  app.route('/', staffApi(ports));
  return handle(app);
}

export const handler = createHandler(awsPorts);
