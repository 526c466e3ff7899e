import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { WorkflowProps } from './fragments';

/** What a process's workflow construct gives the stack. */
export interface ProcessStateMachine {
  readonly stateMachine: StateMachine;
}

/**
 * A process's state machine as the stack deploys it: built in the process's own file from the
 * shared fragments, with names that stay stable across deployments (renaming a construct id
 * replaces the state machine and stops its running executions).
 */
export interface ProcessWorkflow {
  /** The process id (its module in shared/processes/); the state machine is named `<stack>-<process>`. */
  readonly process: string;
  readonly constructId: string;
  /** The stack output with the state machine's ARN. */
  readonly outputId: string;
  /** Prefix of its `ExecutionsFailed` and `ExecutionsTimedOut` alarms. */
  readonly alarmPrefix: string;
  build(scope: Construct, id: string, props: WorkflowProps): ProcessStateMachine;
}
