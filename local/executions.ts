import { randomUUID } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';

import type { ProcessId } from '../shared/processes/definition';
import type { LocalTaskTokens } from './tokens';

type JSONValue = null | boolean | number | string | JSONValue[] | { [key: string]: JSONValue };

/** A local stand-in for a Lambda: the same handler code the stack deploys. */
export type LocalHandler = (payload: unknown) => Promise<unknown>;

/** Handler results are JSON (they cross the Lambda boundary on AWS); undefined becomes null. */
function json(value: unknown): JSONValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JSONValue);
}

interface TaskState {
  readonly Type: 'Task';
  readonly Resource: string;
  readonly Parameters?: { FunctionName?: string; Payload?: unknown };
}

function handlerIdOf(arn: string): string {
  return arn.split(':').at(-1) ?? arn;
}

export interface ExecutionRecord {
  readonly projectId: string;
  readonly startedAt: string;
  transitions: number;
  status: 'running' | 'succeeded' | 'failed' | 'aborted';
  error?: string;
  abort(): void;
}

export interface LocalExecutionsOptions {
  /** One state machine per process, as synthesized. */
  readonly definitions: Readonly<Record<ProcessId, Record<string, unknown>>>;
  readonly handlers: Readonly<Record<string, LocalHandler>>;
  readonly tokens: LocalTaskTokens;
  /** Wraps each task so the runtime knows when work is in flight. */
  readonly track: <T>(work: Promise<T>) => Promise<T>;
  readonly now: () => string;
  /** Called when an execution ends otherwise than by success. */
  readonly onFailure?: (projectId: string, error: string) => void;
}

/**
 * Runs the synthesized ASL with aws-local-stepfunctions, one execution per project. Every Task
 * state is mapped, by state name, to the handler its Resource (or FunctionName) names; the graph
 * itself (states, Choice rules, Retry, Catch, Wait) runs as synthesized.
 */
export class LocalExecutions {
  private readonly machines = new Map<ProcessId, { machine: StateMachine; overrides: Record<string, (input: JSONValue) => Promise<JSONValue>> }>();
  private readonly executions = new Map<string, ExecutionRecord>();

  constructor(private readonly options: LocalExecutionsOptions) {
    for (const [process, definition] of Object.entries(options.definitions) as [ProcessId, Record<string, unknown>][]) {
      // The definition comes from our own synthesized template; the interpreter validates it here.
      const machine = new StateMachine(definition as unknown as ConstructorParameters<typeof StateMachine>[0], { validationOptions: { checkArn: false } });
      this.machines.set(process, { machine, overrides: this.overridesFor(definition) });
    }
  }

  /** Every Task state, by name, mapped to the local handler its function ARN names. */
  private overridesFor(definition: Record<string, unknown>): Record<string, (input: JSONValue) => Promise<JSONValue>> {
    const options = this.options;
    const overrides: Record<string, (input: JSONValue) => Promise<JSONValue>> = {};
    const states = (definition['States'] ?? {}) as Record<string, { Type: string }>;
    for (const [name, state] of Object.entries(states)) {
      if (state.Type !== 'Task') continue;
      const task = state as TaskState;
      const callback = task.Resource.endsWith('.waitForTaskToken');
      const functionArn = callback || task.Resource.startsWith('arn:aws:states:::lambda:invoke') ? String(task.Parameters?.FunctionName ?? '') : task.Resource;
      const handler = options.handlers[handlerIdOf(functionArn)];
      if (!handler) throw new Error(`state "${name}" calls ${functionArn}, which has no local handler`);
      overrides[name] = callback
        ? async (input) => json(await this.callback(handler, input))
        : async (input) => json(await options.track(handler(this.payload(task, input))));
    }
    return overrides;
  }

  private payload(task: TaskState, input: unknown): unknown {
    // With payloadResponseOnly the input is the payload; with lambda:invoke it sits under Payload.
    if (task.Resource.startsWith('arn:aws:states:::lambda:invoke') && input && typeof input === 'object' && 'Payload' in input) return input.Payload;
    return input;
  }

  private async callback(handler: LocalHandler, input: unknown): Promise<unknown> {
    const payload = input && typeof input === 'object' && 'Payload' in input ? input.Payload : input;
    const token = payload && typeof payload === 'object' && 'token' in payload ? String(payload.token) : '';
    const result = this.options.tokens.wait(token);
    try {
      await this.options.track(handler(payload));
      return await result;
    } finally {
      this.options.tokens.forget(token);
    }
  }

  /** Starts (or restarts) the project's execution from its record, on its process's state machine. */
  start(projectId: string, process: ProcessId): ExecutionRecord {
    const workflow = this.machines.get(process);
    if (!workflow) throw new Error(`no local state machine for the ${process} process`);
    this.executions.get(projectId)?.abort();
    const run = workflow.machine.run(
      { projectId },
      {
        overrides: { taskResourceLocalHandlers: workflow.overrides },
        noThrowOnAbort: true,
        // aws-local-stepfunctions does not supply $$.Task.Token: each read gets a fresh one.
        context: {
          Task: {
            get Token() {
              return `local-${randomUUID()}`;
            },
          },
        },
      },
    );
    const record: ExecutionRecord = {
      projectId,
      startedAt: this.options.now(),
      transitions: 0,
      status: 'running',
      abort: () => {
        record.status = 'aborted';
        run.abort();
      },
    };
    this.executions.set(projectId, record);
    void (async () => {
      for await (const event of run.eventLogs) if (event.type === 'StateEntered') record.transitions += 1;
    })();
    // A finished execution keeps its counts and status, not the interpreter's state: a runtime that
    // serves projects for months must not hold every finished execution's event log.
    const settle = () => {
      record.abort = () => undefined;
    };
    run.result.then(
      () => {
        if (record.status === 'running') record.status = 'succeeded';
        settle();
      },
      (error: unknown) => {
        settle();
        if (record.status !== 'running') return;
        record.status = 'failed';
        record.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        this.options.onFailure?.(projectId, record.error);
      },
    );
    return record;
  }

  get(projectId: string): ExecutionRecord | undefined {
    return this.executions.get(projectId);
  }

  stopAll(): void {
    for (const execution of this.executions.values()) if (execution.status === 'running') execution.abort();
  }
}
