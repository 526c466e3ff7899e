import { PROCESS_IDS } from '../../shared/processes/registry';
import { cadmiumWorkflow } from './cadmium';
import { paytronixWorkflow } from './paytronix';
import type { ProcessWorkflow } from './types';

/** One state machine per registered process, in the registry's order (a test checks they match). */
export const WORKFLOWS: readonly ProcessWorkflow[] = [cadmiumWorkflow, paytronixWorkflow];

/** Thrown at synth when a registered process has no workflow here, or a workflow no process. */
export class WorkflowRegistryError extends Error {
  override name = 'WorkflowRegistryError';
}

/** The workflows of the registered processes; a process without one stops the synth. */
export function registeredWorkflows(): readonly ProcessWorkflow[] {
  const missing = PROCESS_IDS.filter((id) => !WORKFLOWS.some((w) => w.process === id));
  const stray = WORKFLOWS.filter((w) => !PROCESS_IDS.includes(w.process)).map((w) => w.process);
  if (missing.length > 0 || stray.length > 0) {
    throw new WorkflowRegistryError(`workflows and processes differ: no workflow for ${missing.join(', ') || '—'}; no process for ${stray.join(', ') || '—'}`);
  }
  return PROCESS_IDS.map((id) => WORKFLOWS.find((w) => w.process === id)).filter((w): w is ProcessWorkflow => w !== undefined);
}
