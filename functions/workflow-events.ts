import { z } from 'zod';
import { STEPS } from '../shared/lifecycle/steps';
import { AUDIENCES } from '../shared/lifecycle/outcome';
import { TEMPLATE_IDS } from '../shared/notices/types';
import { ProjectId } from '../shared/project/schemas';

/** The payloads the state machines pass to their Lambda tasks (infra/workflows builds them). */
export const ProjectEvent = z.object({ projectId: ProjectId });
export const StepEvent = ProjectEvent.extend({ step: z.enum(STEPS) });
export const NotifyEvent = ProjectEvent.extend({ template: z.enum(TEMPLATE_IDS), to: z.enum(AUDIENCES) });
export const AwaitEvent = StepEvent.extend({ token: z.string().min(1).max(2048), timeoutSeconds: z.number().int().positive().optional() });
export const MilestoneEvent = ProjectEvent.extend({ milestone: z.string().min(1) });
