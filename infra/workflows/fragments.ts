import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { RemovalPolicy } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  Choice,
  Condition,
  DefinitionBody,
  Errors,
  Fail,
  LogLevel,
  StateMachine,
  StateMachineType,
  Succeed,
  type IChainable,
  IntegrationPattern,
  JsonPath,
  Pass,
  StateMachineFragment,
  TaskInput,
  Timeout,
  Wait,
  WaitTime,
  type INextable,
  type State,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import type { Audience } from '../../shared/lifecycle/outcome';
import type { TemplateId } from '../../shared/notices/types';

/**
 * Errors worth retrying: the infrastructure's (Lambda throttling and service faults, and what the
 * task handlers name TransientError: the database unreachable or throttling) and a lost
 * optimistic-concurrency race. Domain outcomes are never retried (docs/decisions.md#error-names).
 */
export const TRANSIENT_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'ProjectVersionConflictError',
  'TransientError',
];

/** The task functions a workflow calls. */
export interface WorkflowFunctions {
  readonly locate: IFunction;
  readonly notify: IFunction;
  readonly stepDeadline: IFunction;
  readonly awaitStep: IFunction;
  readonly remind: IFunction;
  readonly milestoneWake: IFunction;
}

/** A Lambda task whose result replaces nothing but `resultPath`, retried on transient errors only. */
export function lambdaTask(
  scope: Construct,
  id: string,
  fn: IFunction,
  payload: Record<string, unknown>,
  resultPath: string | typeof JsonPath.DISCARD,
): LambdaInvoke {
  const task = new LambdaInvoke(scope, id, {
    lambdaFunction: fn,
    payload: TaskInput.fromObject(payload),
    payloadResponseOnly: true,
    retryOnServiceExceptions: false,
    resultPath,
  });
  task.addRetry({ errors: TRANSIENT_ERRORS, interval: Duration.seconds(2), maxAttempts: 4, backoffRate: 2 });
  return task;
}

export interface NotifyProps {
  readonly fn: IFunction;
  readonly template: string;
  /** Who gets it (see Audience in shared/lifecycle/outcome.ts). */
  readonly to: Audience;
}

/** Sends one notice (once per testing cycle: the function checks the record). */
export class Notify extends StateMachineFragment {
  readonly startState: State;
  readonly endStates: INextable[];

  constructor(scope: Construct, id: string, props: NotifyProps) {
    super(scope, id);
    const task = lambdaTask(this, id, props.fn, { 'projectId.$': '$.projectId', template: props.template, to: props.to }, JsonPath.DISCARD);
    this.startState = task;
    this.endStates = [task];
  }
}

export interface WaitUntilMilestoneProps {
  readonly fn: IFunction;
  readonly milestone: string;
}

/**
 * Wait until a milestone's date (docs/decisions.md#dates-move): read the wake time from the record, Wait on it, read
 * again, and loop if the date moved later. A Wait cannot be changed once entered; the loop can.
 */
export class WaitUntilMilestone extends StateMachineFragment {
  readonly startState: State;
  readonly endStates: INextable[];

  constructor(scope: Construct, id: string, props: WaitUntilMilestoneProps) {
    super(scope, id);
    const check = lambdaTask(this, `${id}: check date`, props.fn, { 'projectId.$': '$.projectId', milestone: props.milestone }, '$.wake');
    const wait = new Wait(this, `${id}: wait`, { time: WaitTime.timestampPath('$.wake.wakeAt') });
    const reached = new Pass(this, `${id}: reached`, { resultPath: JsonPath.DISCARD });
    check.next(new Choice(this, `${id}: due?`).when(Condition.booleanEquals('$.wake.due', true), reached).otherwise(wait.next(check)));
    this.startState = check;
    this.endStates = [reached];
  }
}

export interface AwaitStepProps {
  readonly functions: WorkflowFunctions;
  readonly step: string;
}

/**
 * Await a reply or a staff action: a callback task whose token is stored under the project, with a
 * deadline read from the record. At the deadline a reminder or an escalation goes out and the
 * wait begins again. The task's output (`$.outcome`) says how the step ended.
 */
export class AwaitStep extends StateMachineFragment {
  readonly startState: State;
  readonly endStates: INextable[];
  readonly awaitState: LambdaInvoke;

  constructor(scope: Construct, id: string, props: AwaitStepProps) {
    super(scope, id);
    const { functions, step } = props;
    // The deadline lands at `$.Payload`, and is copied into the task's Payload too, because Step
    // Functions resolves TimeoutSecondsPath against the state input while aws-local-stepfunctions
    // resolves it against the Parameters output: `$.Payload.timeoutSeconds` exists in both.
    const deadline = lambdaTask(this, `${id}: deadline`, functions.stepDeadline, { 'projectId.$': '$.projectId', step }, '$.Payload');
    const wait = new LambdaInvoke(this, `${id}: await`, {
      lambdaFunction: functions.awaitStep,
      integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: TaskInput.fromObject({ 'projectId.$': '$.projectId', step, token: JsonPath.taskToken, 'timeoutSeconds.$': '$.Payload.timeoutSeconds' }),
      taskTimeout: Timeout.at('$.Payload.timeoutSeconds'),
      retryOnServiceExceptions: false,
      resultPath: '$.outcome',
    });
    wait.addRetry({ errors: TRANSIENT_ERRORS, interval: Duration.seconds(2), maxAttempts: 4, backoffRate: 2 });
    const remind = lambdaTask(this, `${id}: remind`, functions.remind, { 'projectId.$': '$.projectId', step }, JsonPath.DISCARD);
    wait.addCatch(remind.next(deadline), { errors: [Errors.TIMEOUT], resultPath: JsonPath.DISCARD });
    deadline.next(wait);
    this.startState = deadline;
    this.endStates = [wait];
    this.awaitState = wait;
  }
}

/** A stretch of a workflow: where it starts and the states that lead on. */
export interface Segment {
  readonly startState: IChainable;
  readonly endStates: INextable[];
}

/** Links segments one after the other and returns the first; the last one's ends are left open. */
export function sequence(...segments: Segment[]): Segment {
  for (let i = 0; i + 1 < segments.length; i += 1) {
    const next = segments[i + 1];
    if (next) for (const end of segments[i]?.endStates ?? []) end.next(next.startState);
  }
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) throw new Error('a sequence needs at least one segment');
  return { startState: first.startState, endStates: last.endStates };
}

export interface LifecycleStateMachineProps {
  readonly functions: WorkflowFunctions;
  /** Where an execution resumes, by the step the record names (`$.locate.step`). */
  readonly resumeAt: Readonly<Record<string, IChainable>>;
  readonly stateMachineName?: string;
  readonly logRetention?: RetentionDays;
}

/**
 * The frame every project workflow shares: locate the project's step in its record, resume there
 * (so any new execution picks up where the record says), and log every state without its data.
 */
export function lifecycleStateMachine(scope: Construct, props: LifecycleStateMachineProps): StateMachine {
  const resume = new Choice(scope, 'Resume at');
  for (const [step, start] of Object.entries(props.resumeAt)) resume.when(Condition.stringEquals('$.locate.step', step), start);
  resume.otherwise(new Fail(scope, 'Unknown step', { error: 'UnknownStepError', cause: 'the record names a step this workflow does not have' }));
  const locate = lambdaTask(scope, 'Locate', props.functions.locate, { 'projectId.$': '$.projectId' }, '$.locate');
  locate.addCatch(new Fail(scope, 'Project missing', { error: 'ProjectNotFoundError', cause: 'the execution names a project the table does not hold' }), {
    errors: ['ProjectNotFoundError'],
    resultPath: JsonPath.DISCARD,
  });
  return new StateMachine(scope, 'StateMachine', {
    stateMachineName: props.stateMachineName,
    stateMachineType: StateMachineType.STANDARD,
    definitionBody: DefinitionBody.fromChainable(locate.next(resume)),
    tracingEnabled: true,
    // Every state's events, without their data: inputs carry no secrets, but logs need none either.
    logs: {
      destination: new LogGroup(scope, 'Logs', { retention: props.logRetention ?? RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY }),
      level: LogLevel.ALL,
      includeExecutionData: false,
    },
  });
}

/** A Choice on how the awaited step ended (`$.outcome.outcome`), failing loudly on anything else. */
export function onOutcome(scope: Construct, id: string, branches: Readonly<Record<string, IChainable>>): Choice {
  const choice = new Choice(scope, id);
  for (const [outcome, next] of Object.entries(branches)) choice.when(Condition.stringEquals('$.outcome.outcome', outcome), next);
  return choice.otherwise(
    new Fail(scope, `${id}: unknown`, { error: 'UnknownOutcomeError', cause: `${id}: the step ended with an outcome this workflow does not handle` }),
  );
}

export interface WorkflowProps {
  readonly functions: WorkflowFunctions;
  /**
   * The state machine's name; the handlers' SendTaskSuccess grant is scoped to it.
   * @default generated by CloudFormation
   */
  readonly stateMachineName?: string;
  /** @default RetentionDays.THREE_MONTHS */
  readonly logRetention?: RetentionDays;
}

/** The notify and await builders both workflows use, bound to one construct. */
export function builders(scope: Construct, fns: WorkflowFunctions) {
  return {
    notify: (segment: string, template: TemplateId, to: Audience) => new Notify(scope, `${segment}: notify ${template}`, { fn: fns.notify, template, to }),
    awaitStep: (name: string, step: string) => new AwaitStep(scope, name, { functions: fns, step }),
    waitUntil: (name: string, milestone: string) => new WaitUntilMilestone(scope, name, { fn: fns.milestoneWake, milestone }),
  };
}

export { Succeed };
