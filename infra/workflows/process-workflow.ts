import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { ProcessModule, WorkflowAction, WorkflowStage } from '../../shared/processes/types';
import { builders, lifecycleStateMachine, onOutcome, type Segment, Succeed, sequence, type WorkflowProps } from './fragments';

export interface ProcessWorkflowProps extends WorkflowProps {
  /** The process whose workflow (`process.workflow`) this state machine runs. */
  readonly process: ProcessModule;
}

/** A process's workflow description that cannot make a state machine (a step with no stage, a branch to nowhere). */
export class WorkflowSpecError extends Error {
  override name = 'WorkflowSpecError';
}

/**
 * One Standard workflow per project of a process, built from the process's workflow description
 * with the shared fragments: each stage's notices, awaited steps and milestone waits in order, its
 * Choice on how a step ended, and its ends. It starts by locating the project's step in the
 * record, so a new execution resumes any project where its record says it is (after a crash, a
 * new version, or a date moved earlier).
 */
export class ProcessWorkflow extends Construct {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: ProcessWorkflowProps) {
    super(scope, id);
    const { process } = props;
    const spec = process.workflow;
    const { notify, awaitStep, waitUntil } = builders(this, props.functions);
    const ends = new Map<string, Succeed>();
    const end = (name: string): Succeed => {
      const known = ends.get(name) ?? new Succeed(this, name);
      ends.set(name, known);
      return known;
    };
    const done = end(spec.done);
    const action = (a: WorkflowAction): Segment =>
      'notify' in a ? notify(a.label, a.notify, a.to) : 'await' in a ? awaitStep(a.label, a.await) : waitUntil(a.label, a.waitUntil);

    const segments = new Map<string, Segment>();
    for (const stage of spec.stages) {
      if (segments.has(stage.id)) throw new WorkflowSpecError(`${process.id}: two stages are named ${stage.id}`);
      const body = sequence(...stage.actions.map(action));
      segments.set(stage.id, stage.next && 'end' in stage.next ? sequence(body, { startState: end(stage.next.end), endStates: [] }) : body);
    }
    const segment = (stageId: string): Segment => {
      const found = segments.get(stageId);
      if (!found) throw new WorkflowSpecError(`${process.id}: no stage ${stageId} to go to`);
      return found;
    };
    spec.stages.forEach((stage: WorkflowStage, i) => {
      const here = segment(stage.id);
      if (!stage.next) {
        const next = spec.stages[i + 1];
        if (!next) throw new WorkflowSpecError(`${process.id}: the last stage ${stage.id} leads nowhere: give it an end`);
        sequence(here, segment(next.id));
      } else if ('choice' in stage.next) {
        const branches = Object.fromEntries(Object.entries(stage.next.on).map(([outcome, target]) => [outcome, segment(target ?? '').startState]));
        const choice = onOutcome(this, stage.next.choice, branches);
        for (const state of here.endStates) state.next(choice);
      }
    });

    // Every step, and every end but `done`, resumes at the stage of that name.
    const resumePoints = [...process.steps, ...process.ends.filter((e) => e !== 'done')];
    const missing = resumePoints.filter((point) => !segments.has(point));
    if (missing.length > 0) throw new WorkflowSpecError(`${process.id}: no stage to resume at for ${missing.join(', ')}`);
    const resumeAt = Object.fromEntries(spec.stages.filter((s) => resumePoints.includes(s.id)).map((s) => [s.id, segment(s.id).startState]));
    this.stateMachine = lifecycleStateMachine(this, { ...props, resumeAt: { ...resumeAt, done } });
  }
}
