/** A mistake in how the command was called: reported in one line, exit code 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
