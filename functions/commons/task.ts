import type { z } from 'zod';
import type { LifecyclePorts } from '../../shared/lifecycle/ports';
import { logger } from './logger';

/** Thrown for an event that does not match the handler's schema: a wiring bug, never retried. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}

/**
 * The infrastructure failed under a task (the database unreachable or throttling after the SDK's
 * own retries, a connection reset): worth retrying by the workflow, unlike a domain outcome.
 */
export class TransientError extends Error {
  override name = 'TransientError';
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_SOCKET']);
const THROTTLING = new Set([
  'UnprocessedWritesError',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TimeoutError',
  'InternalServerError',
  'ServiceUnavailable',
]);

/** Whether an error is the infrastructure's, by its code, its SDK metadata or its name. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const cause = (error as { cause?: unknown }).cause;
  return (
    (typeof code === 'string' && NETWORK_CODES.has(code)) ||
    THROTTLING.has(error.name) ||
    (status !== undefined && status >= 500) ||
    (cause !== undefined && isTransient(cause))
  );
}

export type PortsProvider = () => Promise<LifecyclePorts>;

/**
 * A Lambda handler as a thin adapter (docs/decisions.md#thin-handlers): validate the event with zod, call the domain with
 * its ports, return. Domain errors keep their `name`, which Step Functions' Catch and Retry match.
 */
export function taskHandler<S extends z.ZodType, R>(schema: S, run: (ports: LifecyclePorts, event: z.infer<S>) => Promise<R>) {
  return (getPorts: PortsProvider) =>
    async (event: unknown): Promise<R> => {
      const parsed = schema.safeParse(event);
      if (!parsed.success) {
        const error = new InvalidEventError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        logger.error('invalid event', { error: error.message });
        throw error;
      }
      const data: unknown = parsed.data;
      const about =
        data && typeof data === 'object' ? { projectId: 'projectId' in data ? data.projectId : undefined, step: 'step' in data ? data.step : undefined } : {};
      try {
        return await run(await getPorts(), parsed.data);
      } catch (error) {
        // Logged by name and message only; Step Functions matches the same name in Retry and Catch.
        logger.error('task failed', { ...about, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
        if (isTransient(error)) throw new TransientError(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
        throw error;
      }
    };
}
