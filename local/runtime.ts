import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { EventEmitter } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandler as awaitStep } from '../functions/await-step/handler';
import { logger } from '../functions/commons/logger';
import { createHandler as inboundMail } from '../functions/inbound-mail/handler';
import { createHandler as locate } from '../functions/locate/handler';
import { createHandler as milestoneWake } from '../functions/milestone-wake/handler';
import { createHandler as notify } from '../functions/notify/handler';
import { createHandler as remind } from '../functions/remind/handler';
import { createHandler as stepDeadline } from '../functions/step-deadline/handler';
import { SAMPLE_ENVIRONMENT } from '../infra/config';
import type { StaffAction } from '../shared/lifecycle/commands';
import { ServiceConfig } from '../shared/lifecycle/config';
import type { NewProject } from '../shared/lifecycle/create';
import { executionName, type FaultPoints, type LifecyclePorts, type OutboundMail, type Workflows } from '../shared/lifecycle/ports';
import { assignUnmatched, flushOutbox, newProject, runStaffCommand, type AssignResult, type InboundResult, type Verdicts } from '../shared/lifecycle/service';
import { sendDigests, type DigestRun } from '../shared/lifecycle/service/digest';
import { DynamoFeedStore } from '../shared/project/adapters/dynamodb-feeds';
import { DynamoProjectStore } from '../shared/project/adapters/dynamodb-store';
import type { Project } from '../shared/project/schemas';
import { connectLocalDynamo, startLocalDynamo, type LocalDynamo } from './dynamodb/dynalite';
import { processDefinition } from './asl';
import type { RuntimeClock } from './clock';
import { LocalExecutions, type LocalHandler } from './executions';
import { OutboxMailer, RawMailFolder, startInboundSmtp } from './mail';
import { RuntimeMetrics } from './metrics';
import { LocalSealer } from './sealer';
import { LocalTaskTokens } from './tokens';
import { PROCESS_IDS } from '../shared/processes/registry';

const LocalLogLevel = z.enum(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT']).catch('SILENT');

/**
 * One delivery and two retries, as Lambda gives an asynchronous invocation, after these pauses
 * (Lambda waits about a minute, then two; locally a few seconds ride out a restarting database).
 */
const INBOUND_RETRY_DELAYS_MS = [1_000, 4_000];
const INBOUND_ATTEMPTS = INBOUND_RETRY_DELAYS_MS.length + 1;

/** Event-loop turns with nothing in flight before the runtime counts as idle. */
const IDLE_TURNS = 5;

const HOUR_MS = 3_600_000;

/** Node's timers (real and fake) overflow past 2^31 − 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface LocalRuntimeOptions {
  /** Holds dynamodb/, raw/, outbox/ and the local reply-key secrets. */
  readonly dataDir: string;
  readonly clock: RuntimeClock;
  /** @default 2525; 0 picks a free port */
  readonly smtpPort?: number;
  /** Counts invocations, DynamoDB requests and mails (kept across restarts when passed again). */
  readonly metrics?: RuntimeMetrics;
  /** A DynamoDB endpoint to use (e.g. dynalite in its own process) instead of dynalite in this one. */
  readonly dynamoEndpoint?: string;
  /**
   * Run the PMs' daily digest every hour of the runtime's clock, on the hour, as the deployed
   * schedule does (a simulated clock jumps to each run). @default false: runs that count mail and
   * requests exactly (scenarios, benchmarks) opt in.
   */
  readonly digests?: boolean;
  /** Fault injection for the reliability tests (`INTEGRATIONS_FAULT` in local/main.ts). */
  readonly faults?: FaultPoints;
}

/** One hourly digest run that sent something (emitted as `digest`). */
export interface DigestEvent {
  readonly at: string;
  readonly run: DigestRun;
}

export interface MailOutEvent {
  readonly at: string;
  readonly mail: OutboundMail;
  readonly file: string;
}

export interface MailInEvent {
  readonly at: string;
  readonly ref: string;
  readonly result: InboundResult;
}

/** Local reply-key secrets: made once per data folder, so keys in mail already sent keep verifying. */
async function localReplyKeys(dataDir: string): Promise<ServiceConfig['replyKeys']> {
  const file = join(dataDir, 'reply-keys.json');
  try {
    return ServiceConfig.shape.replyKeys.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    const keys = { current: 'k1', secrets: { k1: randomBytes(32).toString('hex') } };
    await writeFile(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
    return keys;
  }
}

/**
 * The whole system on one machine (docs/decisions.md#local-runtime): dynalite in a data folder, a raw-mail
 * folder, SMTP on 127.0.0.1 in, an outbox folder out, and the synthesized ASL run with the same
 * handlers. On start every active project's execution resumes from its record.
 */
export class LocalRuntime {
  readonly events = new EventEmitter();
  private inFlight = 0;

  private constructor(
    readonly ports: LifecyclePorts,
    readonly clock: RuntimeClock,
    readonly executions: LocalExecutions,
    readonly raw: RawMailFolder,
    readonly outboxDir: string,
    readonly smtpPort: number,
    private readonly dynamo: LocalDynamo,
    private readonly closeSmtp: () => Promise<void>,
    private readonly inbound: (event: unknown) => Promise<unknown>,
    readonly metrics: RuntimeMetrics,
  ) {}

  static async start(options: LocalRuntimeOptions): Promise<LocalRuntime> {
    const { dataDir, clock } = options;
    // The handlers' JSON logs are for CloudWatch; locally the runtime reports what matters itself.
    logger.setLogLevel(LocalLogLevel.parse(process.env['LOG_LEVEL']));
    await mkdir(dataDir, { recursive: true });
    const dynamo = options.dynamoEndpoint ? await connectLocalDynamo(options.dynamoEndpoint) : await startLocalDynamo({ path: join(dataDir, 'dynamodb') });
    const metrics = options.metrics ?? new RuntimeMetrics();
    metrics.instrument(dynamo.client);
    const outboxDir = join(dataDir, 'outbox');
    const raw = new RawMailFolder(join(dataDir, 'raw'), clock.now);
    const tokens = new LocalTaskTokens();
    const config = ServiceConfig.parse({ ...SAMPLE_ENVIRONMENT, replyKeys: await localReplyKeys(dataDir) });
    const events = new EventEmitter();
    // The local executions are made below, with the handlers that use these ports: reached lazily.
    let executions: LocalExecutions | undefined;
    const workflows: Workflows = {
      start: async (project) => {
        if (!executions) throw new Error('the local executions are not running yet');
        const record = executions.start(project.id, project.process);
        return { name: executionName(project), status: record.status, transitions: record.transitions };
      },
      describe: async (project) => {
        const record = executions?.get(project.id);
        return record ? { name: project.id, status: record.status, transitions: record.transitions } : null;
      },
    };
    const ports: LifecyclePorts = {
      workflows,
      store: new DynamoProjectStore(dynamo.client, dynamo.tableName),
      feeds: new DynamoFeedStore(dynamo.client, dynamo.tableName),
      secrets: await LocalSealer.inFolder(dataDir),
      clock,
      config,
      tokens,
      rawMail: raw,
      mailer: new OutboxMailer(outboxDir, clock.now, (mail, file, fresh) => {
        metrics.countSend(mail.messageId);
        if (!fresh) return;
        metrics.mailsOut += 1;
        events.emit('mail-out', { at: clock.now(), mail, file } satisfies MailOutEvent);
      }),
      ...(options.faults ? { faults: options.faults } : {}),
    };
    const provide = () => Promise.resolve(ports);
    const handlers: Record<string, LocalHandler> = Object.fromEntries(
      Object.entries({
        locate: locate(provide),
        notify: notify(provide),
        'step-deadline': stepDeadline(provide),
        'await-step': awaitStep(provide),
        remind: remind(provide),
        'milestone-wake': milestoneWake(provide),
      }).map(([id, handler]) => [id, metrics.wrap(id, handler)]),
    );
    const definitions = Object.fromEntries(PROCESS_IDS.map((id) => [id, processDefinition(id)]));
    let runtime: LocalRuntime | undefined;
    const track = <T>(work: Promise<T>) => (runtime ? runtime.track(work) : work);
    executions = new LocalExecutions({
      definitions,
      handlers,
      tokens,
      track,
      now: clock.now,
      onFailure: (projectId, error) => events.emit('execution-failed', { projectId, error }),
    });
    const inbound = metrics.wrap('inbound-mail', inboundMail((ref) => raw.get(ref), '')(provide));
    const smtp = await startInboundSmtp({
      port: options.smtpPort ?? 2525,
      store: (bytes, recipients) => (runtime ? runtime.accept(bytes, recipients) : Promise.reject(new Error('starting'))),
    });
    runtime = new LocalRuntime(ports, clock, executions, raw, outboxDir, smtp.port, dynamo, smtp.close, inbound, metrics);
    for (const name of ['mail-out', 'execution-failed']) events.on(name, (event) => runtime?.events.emit(name, event));
    await runtime.resume();
    if (options.digests) runtime.scheduleDigests();
    return runtime;
  }

  private digestTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Runs {@link sendDigests} at the top of every hour of the runtime's clock: one timer at a time,
   * re-armed after each run, so a simulated clock jumps to it like any other wake-up. A run that
   * fails is reported (`digest-failed`) and the next hour tries again, as the schedule's would.
   */
  private scheduleDigests(): void {
    const now = Date.parse(this.clock.now());
    const next = (Math.floor(now / HOUR_MS) + 1) * HOUR_MS;
    this.digestTimer = setTimeout(() => {
      const at = this.clock.now();
      void this.track(
        sendDigests(this.ports, at)
          .then((run) => {
            if (run.sent.length > 0) this.events.emit('digest', { at, run } satisfies DigestEvent);
          })
          .catch((error: unknown) => this.events.emit('digest-failed', { at, error: error instanceof Error ? error.message : String(error) })),
      ).finally(() => {
        if (this.digestTimer !== undefined) this.scheduleDigests();
      });
    }, next - now);
  }

  /** Work the simulated clock must not jump over: tasks, inbound mail, staff commands. */
  track<T>(work: Promise<T>): Promise<T> {
    this.inFlight += 1;
    return work.finally(() => {
      this.inFlight -= 1;
    });
  }

  /**
   * Resumes every active project from its record (sending first what its outbox still holds), and
   * processes mail stored but not yet processed.
   */
  private async resume(): Promise<void> {
    for (const ref of await this.raw.unprocessed()) await this.process(ref, []);
    for (const project of await this.ports.store.listActive()) {
      // A failed send leaves the entries pending for the next task or delivery: the runtime still starts.
      await this.track(flushOutbox(this.ports, project.id, { current: project })).catch(() => undefined);
      await this.ports.workflows.start(project);
    }
  }

  /** The SMTP path: store first (the 250 waits for it), then process in the background. */
  async accept(bytes: Buffer, recipients: string[]): Promise<string> {
    const ref = await this.receive(bytes);
    void this.track(this.process(ref, recipients));
    return ref;
  }

  /**
   * Stores and processes one raw mail as SES would deliver it, and returns what became of it.
   * `verdicts` stand in for SES's spam, virus, SPF, DKIM and DMARC verdicts (all PASS by default).
   */
  async deliver(bytes: Buffer, recipients: string[], verdicts: Partial<Verdicts> = {}): Promise<InboundResult> {
    return this.track(this.process(await this.receive(bytes), recipients, verdicts));
  }

  /** Stores a raw mail before anything reads it (docs/decisions.md#inbound-hostile) and counts it. */
  private async receive(bytes: Buffer): Promise<string> {
    const ref = await this.raw.put(bytes);
    this.metrics.mailsIn += 1;
    return ref;
  }

  /**
   * Calls the inbound handler with an SES-shaped event, as the receipt rule's Lambda action does.
   * Like Lambda's asynchronous invocation: two retries, then the mail is dead-lettered (recorded
   * beside the raw mail with the error), never lost and never a crash of the runtime.
   */
  private async process(ref: string, recipients: string[], verdicts: Partial<Verdicts> = {}): Promise<InboundResult> {
    const status = (verdict: string | undefined) => ({ status: verdict ?? 'PASS' });
    const receipt = {
      recipients,
      spamVerdict: status(verdicts.spam),
      virusVerdict: status(verdicts.virus),
      spfVerdict: status(verdicts.spf),
      dkimVerdict: status(verdicts.dkim),
      dmarcVerdict: status(verdicts.dmarc),
    };
    const event = { Records: [{ ses: { mail: { messageId: ref }, receipt } }] };
    let result: InboundResult | undefined;
    let failure = '';
    for (let attempt = 1; attempt <= INBOUND_ATTEMPTS && !result; attempt += 1) {
      try {
        result = (await this.track(this.inbound(event))) as InboundResult;
      } catch (error) {
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        const pause = INBOUND_RETRY_DELAYS_MS[attempt - 1];
        if (pause !== undefined) await this.track(new Promise((resolve) => setTimeout(resolve, pause)));
      }
    }
    if (!result) {
      result = { messageId: ref, actedOn: false, reason: 'DeadLetteredError', readAs: `processing failed ${INBOUND_ATTEMPTS} times: ${failure}`, woken: [] };
      this.events.emit('inbound-dead-lettered', { ref, error: failure });
    }
    await this.raw.markProcessed(ref, { ...result, processedAt: new Date().toISOString() });
    this.events.emit('mail-in', { at: this.clock.now(), ref, result } satisfies MailInEvent);
    return result;
  }

  async createProject(input: NewProject): Promise<Project> {
    const project = await this.track(newProject(this.ports, input));
    await this.ports.workflows.start(project);
    return project;
  }

  async staff(projectId: string, command: StaffAction, by: string) {
    return this.track(runStaffCommand(this.ports, projectId, command, by));
  }

  /** Gives a mail of the inbox to a project, as `integrations assign` does through the staff API. */
  async assign(mailId: string, projectId: string, by: string): Promise<AssignResult> {
    return this.track(assignUnmatched(this.ports, mailId, projectId, by));
  }

  /**
   * Resolves when no work has been in flight for a few event-loop turns in a row. Every task,
   * inbound mail and staff command is tracked, so between them only promise continuations run.
   */
  async idle(): Promise<void> {
    let quiet = 0;
    while (quiet < IDLE_TURNS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      quiet = this.inFlight === 0 ? quiet + 1 : 0;
      if (quiet === 0) await this.clock.pause(1);
    }
  }

  /** Simulated clock: run until `end`, jumping from one wake-up to the next whenever all is idle. */
  async runUntil(end: string): Promise<void> {
    const target = Date.parse(end);
    while (Date.parse(this.clock.now()) < target) {
      // A marker timer at `end` (re-armed below the 2^31 ms timer limit) stops the jumps there.
      const marker = setTimeout(() => undefined, Math.min(target - Date.parse(this.clock.now()), MAX_TIMER_MS));
      try {
        await this.idle();
        if (!this.clock.next()) break;
      } finally {
        clearTimeout(marker);
      }
    }
    await this.idle();
  }

  /**
   * Leaves the runtime as a crash would (the in-process fault tests): workflows stop, SMTP and the
   * database connection close, and work in flight is neither awaited nor finished.
   */
  async abandon(): Promise<void> {
    clearTimeout(this.digestTimer);
    this.digestTimer = undefined;
    this.executions.stopAll();
    await this.closeSmtp();
    await this.dynamo.stop();
  }

  async stop(): Promise<void> {
    clearTimeout(this.digestTimer);
    this.digestTimer = undefined;
    this.executions.stopAll();
    await this.closeSmtp();
    await this.idle();
    await this.dynamo.stop();
  }
}
