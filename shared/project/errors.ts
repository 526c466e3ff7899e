/** Base of the project store's errors. Adapters translate SDK errors into these (docs/decisions.md#adapters-translate). */
export class ProjectStoreError extends Error {
  override name = 'ProjectStoreError';
}

export class ProjectNotFoundError extends ProjectStoreError {
  override name = 'ProjectNotFoundError';
  constructor(readonly projectId: string) {
    super(`no project ${projectId}`);
  }
}

export class ProjectAlreadyExistsError extends ProjectStoreError {
  override name = 'ProjectAlreadyExistsError';
  constructor(readonly projectId: string) {
    super(`project ${projectId} already exists`);
  }
}

/**
 * A version-checked write lost a race: someone saved the project after it was read. The caller
 * re-reads and decides again; nothing was written.
 */
export class ProjectVersionConflictError extends ProjectStoreError {
  override name = 'ProjectVersionConflictError';
  constructor(
    readonly projectId: string,
    readonly expectedVersion: number,
  ) {
    super(`project ${projectId} changed since version ${expectedVersion} was read`);
  }
}

/** A Message-ID was already claimed: the mail was processed before (inbound mail is at-least-once). */
export class DuplicateMessageError extends ProjectStoreError {
  override name = 'DuplicateMessageError';
  constructor(
    readonly messageId: string,
    readonly claimedBy: string | undefined,
  ) {
    super(`message ${messageId} was already processed${claimedBy ? ` for ${claimedBy}` : ''}`);
  }
}

/** A stored item does not match the schema: never silently patched, always reported. */
export class CorruptRecordError extends ProjectStoreError {
  override name = 'CorruptRecordError';
}

/**
 * Mail log items were still unwritten after a batch's retries (DynamoDB kept throttling them).
 * Transient: the whole task runs again, and rewriting the items already written is harmless.
 */
export class UnprocessedWritesError extends ProjectStoreError {
  override name = 'UnprocessedWritesError';
  constructor(readonly unwritten: number) {
    super(`${unwritten} mail log item${unwritten === 1 ? ' was' : 's were'} still unprocessed after retries`);
  }
}

/** No unmatched mail has this id (never stored, or a mistyped id). */
export class UnmatchedMailNotFoundError extends ProjectStoreError {
  override name = 'UnmatchedMailNotFoundError';
  constructor(readonly mailId: string) {
    super(`no unmatched mail ${mailId}`);
  }
}

/** The unmatched mail was already given to a project: it is read once, where it was first assigned. */
export class MailAlreadyAssignedError extends ProjectStoreError {
  override name = 'MailAlreadyAssignedError';
  constructor(
    readonly mailId: string,
    readonly projectId: string,
  ) {
    super(`${mailId} was already assigned to ${projectId}`);
  }
}
