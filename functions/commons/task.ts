import type { z } from 'zod';
import type { LifecyclePorts } from '../../shared/lifecycle/ports';

/** Thrown for an event that does not match the handler's schema: a wiring bug, never retried. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}

export type PortsProvider = () => Promise<LifecyclePorts>;

/**
 * A Lambda handler as a thin adapter (STYLE 2): validate the event with zod, call the domain with
 * its ports, return. Domain errors keep their `name`, which Step Functions' Catch and Retry match.
 */
export function taskHandler<S extends z.ZodType, R>(schema: S, run: (ports: LifecyclePorts, event: z.infer<S>) => Promise<R>) {
  return (getPorts: PortsProvider) =>
    async (event: unknown): Promise<R> => {
      const parsed = schema.safeParse(event);
      if (!parsed.success) throw new InvalidEventError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      return run(await getPorts(), parsed.data);
    };
}
