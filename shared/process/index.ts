import { cadmium } from './cadmium';
import { paytronix } from './paytronix';
import { ProcessId, type ProcessDefinition } from './schemas';

export * from './schemas';
export { cadmium, paytronix };

export const PROCESSES: Readonly<Record<ProcessId, ProcessDefinition>> = { cadmium, paytronix };

/** Thrown for a process name that is not one of {@link PROCESSES}. */
export class UnknownProcessError extends Error {
  override name = 'UnknownProcessError';
}

export function processById(id: string): ProcessDefinition {
  const parsed = ProcessId.safeParse(id);
  if (!parsed.success) {
    throw new UnknownProcessError(`unknown process "${id}" (known: ${ProcessId.options.join(', ')})`);
  }
  return PROCESSES[parsed.data];
}
