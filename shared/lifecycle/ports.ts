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

/** Everything the lifecycle's application services need, wired once per handler (STYLE 3). */
export interface LifecyclePorts {
  readonly store: ProjectStore & CorrelationStore;
  readonly mailer: Mailer;
  readonly tokens: TaskTokens;
  readonly clock: Clock;
  readonly config: ServiceConfig;
}
