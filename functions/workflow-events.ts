import { z } from 'zod';
import { AUDIENCES } from '../shared/lifecycle/outcome';
import { ProjectId } from '../shared/project/schemas';
import { isKnownStep, isKnownTemplate } from '../shared/processes/registry';

/** The payloads the state machines pass to their Lambda tasks (infra/workflows builds them). */
export const ProjectEvent = z.object({ projectId: ProjectId });
export const StepEvent = ProjectEvent.extend({ step: z.string().refine(isKnownStep, 'expected a step of a registered process') });
export const NotifyEvent = ProjectEvent.extend({
  template: z.string().refine(isKnownTemplate, 'expected a notice template of a registered process'),
  to: z.enum(AUDIENCES),
});
export const AwaitEvent = StepEvent.extend({ token: z.string().min(1).max(2048), timeoutSeconds: z.number().int().positive().optional() });
export const MilestoneEvent = ProjectEvent.extend({ milestone: z.string().min(1) });
