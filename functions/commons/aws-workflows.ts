import { DescribeExecutionCommand, ExecutionAlreadyExists, type SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
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

  async describe(project: Parameters<Workflows['describe']>[0]): Promise<ExecutionSummary | null> {
    const record = await this.store.get(project.id);
    const name = record?.execution?.name;
    if (!name) return null;
    // An execution's ARN is its state machine's, with `execution` for `stateMachine` and its name after.
    const executionArn = `${this.arnOf(project.process).replace(':stateMachine:', ':execution:')}:${name}`;
    const described = await this.sfn.send(new DescribeExecutionCommand({ executionArn }));
    return { name, status: (described.status ?? 'UNKNOWN').toLowerCase(), transitions: null };
  }
}
