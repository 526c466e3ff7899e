import type { TaskTokens } from '../shared/lifecycle/ports';

/** SendTaskSuccess for the local runtime: a callback task's promise, settled by token. */
export class LocalTaskTokens implements TaskTokens {
  private readonly waiting = new Map<string, (output: Record<string, unknown>) => void>();

  /** Called by the runner for a callback task: resolves when someone completes the token. */
  wait(token: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.waiting.set(token, resolve));
  }

  /** Forget a token whose task ended otherwise (timed out, aborted). */
  forget(token: string): void {
    this.waiting.delete(token);
  }

  async succeed(token: string, output: Record<string, unknown>): Promise<boolean> {
    const resolve = this.waiting.get(token);
    if (!resolve) return false;
    this.waiting.delete(token);
    resolve(output);
    return true;
  }
}
