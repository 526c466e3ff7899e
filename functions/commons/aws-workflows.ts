import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { ExecutionSummary, Workflows } from '../../shared/lifecycle/ports';
import { executionName } from '../../shared/lifecycle/ports';
import { type ProjectStore, updateProject } from '../../shared/project/ports';

/** Thrown when a handler is asked to start an execution of a process whose state machine it was not given. */
export class NoStateMachineError extends Error {
  override name = 'NoStateMachineError';
}

/**
 * Workflows on AWS: StartExecution on the state machine of the project's process (its ARN from the
 * stack, by process id), named by project id and record version; the name is kept on the record so
 * the staff API can describe the execution. A retried start finds its execution already there.
 */
export class StepFunctionsWorkflows implements Workflows {
  constructor(
    private readonly sfn: SFNClient,
    private readonly store: ProjectStore,
    private readonly stateMachineArns: Readonly<Record<string, string>>,
    private readonly now: () => string,
  ) {}

  private arnOf(process: string): string {
    const arn = this.stateMachineArns[process];
    if (!arn) throw new NoStateMachineError(`this function has no state machine for the ${process} process`);
    return arn;
  }

  async start(project: Parameters<Workflows['start']>[0]): Promise<ExecutionSummary> {
    const name = executionName(project);
    // One execution at a time runs a project: a restart stops the one before it.
    const previous = (await this.store.get(project.id))?.execution?.name;
    if (previous && previous !== name) await this.stop(project.process, previous);
    try {
      await this.sfn.send(new StartExecutionCommand({ stateMachineArn: this.arnOf(project.process), name, input: JSON.stringify({ projectId: project.id }) }));
    } catch (error) {
      // The same name and input again (a retried request): the execution is already running.
      if (!(error instanceof ExecutionAlreadyExists)) throw error;
    }
    const startedAt = this.now();
    await updateProject(this.store, project.id, (current) => ({ ...current, execution: { name, startedAt } }));
    return { name, status: 'RUNNING', transitions: null };
  }

  private executionArn(process: string, name: string): string {
    // An execution's ARN is its state machine's, with `execution` for `stateMachine` and its name after.
    return `${this.arnOf(process).replace(':stateMachine:', ':execution:')}:${name}`;
  }

  private async stop(process: string, name: string): Promise<void> {
    try {
      await this.sfn.send(new StopExecutionCommand({ executionArn: this.executionArn(process, name), cause: 'restarted from the record' }));
    } catch (error) {
      if (!(error instanceof ExecutionDoesNotExist)) throw error;
    }
  }

  async describe(project: Parameters<Workflows['describe']>[0]): Promise<ExecutionSummary | null> {
    const record = await this.store.get(project.id);
    const name = record?.execution?.name;
    if (!name) return null;
    const described = await this.sfn.send(new DescribeExecutionCommand({ executionArn: this.executionArn(project.process, name) }));
    return { name, status: (described.status ?? 'UNKNOWN').toLowerCase(), transitions: null };
  }
}
