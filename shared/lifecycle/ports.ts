import type { CorrelationStore, ProjectStore } from '../project/ports';
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

/** Everything the lifecycle's application services need, wired once per handler (docs/decisions.md#config-once). */
export interface LifecyclePorts {
  readonly store: ProjectStore & CorrelationStore;
  readonly mailer: Mailer;
  readonly tokens: TaskTokens;
  readonly clock: Clock;
  readonly config: ServiceConfig;
  readonly secrets: SecretSealer;
}
