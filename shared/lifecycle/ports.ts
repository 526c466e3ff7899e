import type { FeedStore } from '../project/feeds';
import type { CorrelationStore, InboxStore, ProjectStore } from '../project/ports';
import type { Project } from '../project/schemas';
import type { ServiceConfig } from './config';

/** "Now" for every decision: the real clock on AWS, a real or simulated one locally. */
export interface Clock {
  now(): string;
}

/** A composed outbound mail. */
export interface OutboundMail {
  readonly messageId: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly replyTo: string;
  readonly subject: string;
  readonly raw: Buffer;
}

/** Sends composed mail: SES on AWS, an outbox folder of .eml files locally. */
export interface Mailer {
  send(mail: OutboundMail): Promise<void>;
}

/** Completes a waiting callback task: SendTaskSuccess on AWS, the local registry locally. */
export interface TaskTokens {
  /** Resolves false when the token is no longer waiting (timed out, or already completed). */
  succeed(token: string, output: Record<string, unknown>): Promise<boolean>;
}

/** Where raw inbound mail is kept: S3 on AWS, a folder locally. */
export interface RawMailStore {
  get(ref: string): Promise<Buffer>;
}

/** What a sealed secret belongs to: bound into the ciphertext, so it opens only for the same project and name. */
export interface SecretContext {
  readonly projectId: string;
  readonly name: string;
}

/**
 * Seals credentials so the table holds ciphertext only: KMS on AWS (with the context as the
 * encryption context), AES-256-GCM with a key file locally. Opened only to render the mail.
 */
export interface SecretSealer {
  seal(plaintext: string, context: SecretContext): Promise<string>;
  open(sealed: string, context: SecretContext): Promise<string>;
}

/** A project's execution as the staff API shows it: its status and, where the runtime counts them, its state transitions. */
export interface ExecutionSummary {
  readonly name: string;
  readonly status: string;
  readonly transitions: number | null;
}

/**
 * Starts a project's execution on its process's state machine: StartExecution on AWS, the local
 * executions locally. A start is also a restart (after a date moved earlier, a crash, a new
 * version): the first state locates the project in its record (docs/decisions.md#record-is-truth).
 */
export interface Workflows {
  /** Starts an execution named by the project id and the record's version, so every restart is a new, traceable execution. */
  start(project: Pick<Project, 'id' | 'process' | 'version'>): Promise<ExecutionSummary>;
  /** The project's latest execution, if this runtime can tell. */
  describe(project: Pick<Project, 'id' | 'process'>): Promise<ExecutionSummary | null>;
}

/** The name of a project's execution at a record version: `INT-1042-v7`. */
export function executionName(project: Pick<Project, 'id' | 'version'>): string {
  return `${project.id}-v${project.version}`;
}

/** Everything the lifecycle's application services need, wired once per handler (docs/decisions.md#config-once). */
export interface LifecyclePorts {
  readonly store: ProjectStore & CorrelationStore & InboxStore;
  readonly mailer: Mailer;
  readonly tokens: TaskTokens;
  readonly clock: Clock;
  readonly config: ServiceConfig;
  readonly secrets: SecretSealer;
  readonly workflows: Workflows;
  /** The raw inbound mail, read again when staff give a mail of the inbox to a project (the staff API; absent where nothing assigns). */
  readonly rawMail?: RawMailStore;
  /** Calendar feeds and their tokens' hashes (the staff API and the local runtime; absent where nothing serves a feed). */
  readonly feeds?: FeedStore;
  /** Fault injection for the reliability tests (docs/decisions.md#notice-outbox); absent in production. */
  readonly faults?: FaultPoints;
}

/**
 * Points where a test can make the runtime die. `afterDecisionWrite` runs after a decision and its
 * outbox are written and before the notices are sent (the local runtime: `INTEGRATIONS_FAULT`).
 */
export interface FaultPoints {
  afterDecisionWrite?(): void | Promise<void>;
}
