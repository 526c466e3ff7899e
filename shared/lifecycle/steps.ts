import type { Project } from '../project/schemas';
import { processOf } from '../processes/registry';
import type { ResumePoint, StepOutcome } from '../processes/types';

export type { ResumePoint, StepOutcome } from '../processes/types';
export { latestApproval } from '../project/rules';

/** A step's name: each process names its own steps (its module's `steps`). */
export type StepId = string;

/** The progress key of a step in a cycle (`plan-approved`, `qa-complete#2`): steps that repeat carry the cycle. */
export function progressKey(project: Project, name: string, step: StepId, cycle: number): string {
  return processOf(project).perCycleSteps.has(step) ? `${name}#${cycle}` : name;
}

/** Whether the record satisfies a step of its process in a cycle, and how. */
export function stepOutcome(project: Project, step: StepId, cycle = project.testingCycle): StepOutcome | undefined {
  return processOf(project).stepOutcome(project, step, cycle);
}

/** Where an execution (re)started from the record resumes: a step, or an end of its workflow. */
export function locate(project: Project): ResumePoint {
  return processOf(project).locate(project);
}

/** The step the project is waiting on now (what a reply or staff action is about). */
export function currentStep(project: Project): StepId | undefined {
  const module = processOf(project);
  const point = module.locate(project);
  return module.ends.includes(point) ? undefined : point;
}
