import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { approvalStatus, missingApprovers } from '../shared/project/rules';
import { dueDates } from '../shared/timeline/compute';
import type { Verdicts } from '../shared/lifecycle/decide';
import { unmatchedMailId } from '../shared/lifecycle/service/unmatched';
import type { MailRecord, Project, UnmatchedMail } from '../shared/project/schemas';
import { simulatedClock } from './clock';
import { composeMail, composeReply, latestNoticeTo, noticeKey } from './replies';
import { RuntimeMetrics, type MetricsSnapshot } from './metrics';
import { LocalRuntime, type DigestEvent, type MailInEvent, type MailOutEvent } from './runtime';
import { resolvePath, type Scenario, type ScenarioStep } from './scenario';

export interface ProjectReport {
  readonly id: string;
  readonly key: string;
  readonly process: string;
  readonly phase: string;
  readonly timeline: Record<string, string> | null;
  readonly originalTimeline: Record<string, string> | null;
  readonly ledger: readonly { days: number; cause: string; causedBy: string; summary: string; evidence: unknown }[];
  readonly mail: readonly {
    direction: 'in' | 'out';
    at: string;
    from: string;
    to: readonly string[];
    subject: string;
    template?: string;
    readAs?: MailRecord['readAs'];
    /** Outbound, in a simulation: its Message-ID and how many times it was handed to the mailer (1: never twice). */
    messageId?: string;
    sends?: number;
  }[];
  /** Paytronix: the certification rounds (booked week, earliest end, outcome, fees). */
  readonly certificationRounds: readonly {
    number: number;
    materialsCompleteOn: string;
    slotStartsOn?: string;
    earliestEndOn: string;
    endedOn?: string;
    outcome: string;
    feesFlagged: boolean;
    feedback?: string;
  }[];
  /** Paytronix: each approval and who still owes a decision. */
  readonly approvals: readonly { subject: string; revision: number; status: string; pending: readonly string[] }[];
  readonly openItems: { readonly missingRequirements: readonly string[]; readonly changeRequests: readonly string[]; readonly questions: readonly string[] };
  /** Replies the reader would not decide alone: how it read them, and the PM's decision once given. */
  readonly reviews: readonly {
    id: string;
    step: string;
    from: string;
    at: string;
    guess: string;
    confidence: number;
    reasons: readonly string[];
    status: string;
    decidedBy?: string;
    decidedAt?: string;
  }[];
  /** State transitions of the project's last execution (from its event log). */
  readonly transitions: number;
  readonly executionStatus: string;
}

/** A mail that found no project, as the run left it: waiting in the inbox, or given to a project. */
export interface InboxReport {
  readonly mailId: string;
  /** The `key` of the scenario's `mail` step that sent it, if one did. */
  readonly key?: string;
  readonly receivedAt: string;
  readonly from: string;
  readonly subject: string;
  readonly kind: UnmatchedMail['kind'];
  readonly reason: string;
  readonly explanation: string;
  readonly candidates: readonly string[];
  /** When the team address got it, and when its sender was answered (if ever). */
  readonly forwardedAt?: string;
  readonly answeredAt?: string;
  readonly assigned?: UnmatchedMail['assigned'];
}

export interface SimulationResult {
  readonly projects: readonly ProjectReport[];
  /** Mail that found no project, newest first. */
  readonly inbox: readonly InboxReport[];
  readonly wallMs: number;
  readonly restarts: number;
  /** What the run would cost on AWS, counted: invocations, DynamoDB requests and units, mails. */
  readonly metrics: MetricsSnapshot;
}

export interface SimulateOptions {
  /** Keep the runtime's data here instead of a temporary folder. */
  readonly dataDir?: string;
  readonly log?: (line: string) => void;
  /** Run the PMs' daily digest every simulated hour, logging a `digest` line for each sent. @default false */
  readonly digests?: boolean;
}

type Action = { at: string; run: () => Promise<void> };

/** Runs a scenario on the simulated clock through the real local path, and reports each project. */
export async function simulate(scenario: Scenario, baseDir: string, options: SimulateOptions = {}): Promise<SimulationResult> {
  const started = performance.now();
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'integrations-sim-')));
  const clock = simulatedClock(scenario.start);
  const metrics = new RuntimeMetrics();
  let runtime = await LocalRuntime.start({ dataDir, clock, smtpPort: 0, metrics, digests: options.digests ?? scenario.digests });
  const ids = new Map<string, string>();
  let restarts = 0;
  let lastRaw: { raw: Buffer; to: string; verdicts?: Partial<Verdicts> } | undefined;
  // The Message-ID of each keyed `mail` step, and every mail the inbox kept (by its inbox id).
  const mailKeys = new Map<string, string>();
  const unmatched = new Set<string>();
  const transitions = new Map<string, number>();
  const log = options.log ?? (() => undefined);
  const recent = new Map<string, Buffer>();
  const remember = (runtimeToWatch: LocalRuntime) => {
    runtimeToWatch.events.on('mail-out', (event: MailOutEvent) => {
      const projectId = /\[(INT-\d+)\]/.exec(event.mail.subject)?.[1];
      if (projectId) for (const to of event.mail.to) recent.set(noticeKey(to, projectId), event.mail.raw);
    });
    runtimeToWatch.events.on('mail-in', (event: MailInEvent) => {
      if (event.result.mailId) unmatched.add(event.result.mailId);
    });
    runtimeToWatch.events.on('digest', (event: DigestEvent) => {
      for (const d of event.run.sent) log(`digest ${event.at} to ${d.to}: ${d.items} items for ${d.date}`);
    });
    runtimeToWatch.events.on('execution-failed', (event: { projectId: string; error: string }) => log(`workflow of ${event.projectId} failed: ${event.error}`));
  };
  remember(runtime);

  // One SMTP connection for the runtime's life: smtp-server holds every new connection 100 ms before
  // its greeting (to catch clients that talk too early), which would otherwise be paid per mail. Its
  // idle timeout is off: on the simulated clock any timeout would fire at the next jump of days.
  let transport: ReturnType<typeof nodemailer.createTransport> | undefined;
  const send = async (raw: Buffer, to: readonly string[], from = 'sender@client.example', verdicts?: Partial<Verdicts>) => {
    // SMTP carries no verdicts: a mail with its own is stored and processed as SES would hand it over.
    if (verdicts) {
      await runtime.deliver(raw, [...to], verdicts);
      return;
    }
    transport ??= nodemailer.createTransport({
      host: '127.0.0.1',
      port: runtime.smtpPort,
      secure: false,
      ignoreTLS: true,
      pool: true,
      maxConnections: 1,
      maxMessages: Infinity,
      idleTimeout: 0,
    });
    await runtime.track(transport.sendMail({ envelope: { from, to: [...to] }, raw }));
  };
  const closeTransport = () => {
    transport?.close();
    transport = undefined;
  };
  const projectId = (key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`scenario step names project "${key}", which is not created yet`);
    return id;
  };
  const perform = async (step: ScenarioStep) => {
    switch (step.type) {
      case 'staff': {
        const id = projectId(step.project);
        const project = await runtime.ports.store.require(id);
        const by = step.by ?? project.parties.find((p) => p.role === 'pm' || p.role === 'technical-consultant')?.email ?? 'pm@local';
        await runtime
          .staff(id, step.command, by)
          .catch((error: unknown) => log(`staff ${step.command.action} refused: ${error instanceof Error ? error.message : String(error)}`));
        return;
      }
      case 'reply': {
        const id = projectId(step.project);
        const project = await runtime.ports.store.require(id);
        const poc = project.parties.find((p) => (p.role === 'client-poc' || p.role === 'client') && p.active)?.email ?? step.from;
        const notice = (await latestNoticeTo(runtime.outboxDir, step.from, id, recent)) ?? (await latestNoticeTo(runtime.outboxDir, poc, id, recent));
        if (!notice) throw new Error(`no mail was sent to ${step.from} or the POC of ${id} to reply to`);
        const reply = await composeReply(notice, {
          from: step.from,
          text: step.text,
          at: clock.now(),
          attachments: step.attachments,
          autoReply: step.autoReply,
        });
        lastRaw = { raw: reply.raw, to: reply.to, ...(step.verdicts ? { verdicts: step.verdicts } : {}) };
        await send(reply.raw, [reply.to], step.from, step.verdicts);
        return;
      }
      case 'mail': {
        const mail = await composeMail({
          from: step.from,
          to: step.to ?? runtime.ports.config.serviceAddress,
          subject: step.subject,
          text: step.text,
          at: clock.now(),
          attachments: step.attachments,
          autoReply: step.autoReply,
        });
        if (step.key) mailKeys.set(step.key, mail.messageId);
        lastRaw = { raw: mail.raw, to: mail.to, ...(step.verdicts ? { verdicts: step.verdicts } : {}) };
        await send(mail.raw, [mail.to], step.from, step.verdicts);
        return;
      }
      case 'assign': {
        const messageId = mailKeys.get(step.mail);
        if (!messageId) throw new Error(`scenario step assigns mail "${step.mail}", which no earlier mail step sent`);
        const id = projectId(step.project);
        const project = await runtime.ports.store.require(id);
        const by = step.by ?? project.parties.find((p) => p.role === 'pm' || p.role === 'technical-consultant')?.email ?? 'pm@local';
        await runtime
          .assign(unmatchedMailId(messageId), id, by)
          .catch((error: unknown) => log(`assign ${step.mail} to ${id} refused: ${error instanceof Error ? error.message : String(error)}`));
        return;
      }
      case 'eml': {
        const raw = await readFile(resolvePath(baseDir, step.file));
        await send(raw, step.to ?? [runtime.ports.config.serviceAddress], undefined, step.verdicts);
        return;
      }
      case 'redeliver':
        if (lastRaw) await send(lastRaw.raw, [lastRaw.to], undefined, lastRaw.verdicts);
        return;
      case 'restart': {
        for (const [key, id] of ids) transitions.set(key, (transitions.get(key) ?? 0) + (runtime.executions.get(id)?.transitions ?? 0));
        closeTransport();
        await runtime.stop();
        runtime = await LocalRuntime.start({ dataDir, clock, smtpPort: 0, metrics, digests: options.digests ?? scenario.digests });
        remember(runtime);
        restarts += 1;
        return;
      }
    }
  };

  const actions: Action[] = [
    ...scenario.projects.map((p) => ({
      at: p.at ?? scenario.start,
      run: async () => {
        const { key: _key, at: _at, ...input } = p;
        const project = await runtime.createProject(input);
        ids.set(p.key, project.id);
      },
    })),
    ...scenario.steps.map((step) => ({ at: step.at, run: () => perform(step) })),
  ].sort((a, b) => a.at.localeCompare(b.at));

  try {
    for (const action of actions) {
      if (action.at > clock.now()) await runtime.runUntil(action.at);
      await action.run();
      await runtime.idle();
    }
    await runtime.runUntil(scenario.end);
    const projects: ProjectReport[] = [];
    for (const [key, id] of ids) {
      const project = await runtime.ports.store.require(id);
      const execution = runtime.executions.get(id);
      projects.push(
        projectReport(
          key,
          project,
          await runtime.ports.store.listMail(id),
          (transitions.get(key) ?? 0) + (execution?.transitions ?? 0),
          execution?.status ?? 'none',
          metrics.sends,
        ),
      );
    }
    const keyOf = new Map([...mailKeys].map(([key, messageId]) => [unmatchedMailId(messageId), key]));
    const inbox: InboxReport[] = [];
    for (const mailId of unmatched) {
      const kept = await runtime.ports.store.getUnmatched(mailId);
      if (kept) inbox.push(inboxReport(kept, keyOf.get(mailId)));
    }
    inbox.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.mailId.localeCompare(a.mailId));
    return { projects, inbox, wallMs: Math.round(performance.now() - started), restarts, metrics: metrics.snapshot() };
  } finally {
    closeTransport();
    await runtime.stop();
    clock.uninstall();
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

export function inboxReport(mail: UnmatchedMail, key?: string): InboxReport {
  return {
    mailId: mail.mailId,
    ...(key ? { key } : {}),
    receivedAt: mail.receivedAt,
    from: mail.from,
    subject: mail.subject,
    kind: mail.kind,
    reason: mail.reason,
    explanation: mail.explanation,
    candidates: mail.candidates,
    ...(mail.forwardedAt ? { forwardedAt: mail.forwardedAt } : {}),
    ...(mail.answeredAt ? { answeredAt: mail.answeredAt } : {}),
    ...(mail.assigned ? { assigned: mail.assigned } : {}),
  };
}

export function projectReport(
  key: string,
  project: Project,
  mail: readonly MailRecord[],
  transitions: number,
  executionStatus: string,
  sends?: ReadonlyMap<string, number>,
): ProjectReport {
  return {
    id: project.id,
    key,
    process: project.process,
    phase: project.phase,
    timeline: project.timeline.current ? dueDates(project.timeline.current) : null,
    originalTimeline: project.timeline.original ? dueDates(project.timeline.original) : null,
    ledger: project.ledger.map((e) => ({ days: e.days, cause: e.cause, causedBy: e.causedBy, summary: e.summary, evidence: e.evidence })),
    mail: mail.map((m) => ({
      direction: m.direction,
      at: m.at,
      from: m.from,
      to: m.to,
      subject: m.subject,
      ...(m.template ? { template: m.template } : {}),
      ...(m.readAs ? { readAs: m.readAs } : {}),
      ...(sends && m.direction === 'out' ? { messageId: m.messageId, sends: sends.get(m.messageId) ?? 0 } : {}),
    })),
    certificationRounds: project.certificationRounds.map((r) => ({
      number: r.number,
      materialsCompleteOn: r.materialsCompleteOn,
      ...(r.slotStartsOn ? { slotStartsOn: r.slotStartsOn } : {}),
      earliestEndOn: r.earliestEndOn,
      ...(r.endedOn ? { endedOn: r.endedOn } : {}),
      outcome: r.outcome,
      feesFlagged: r.feesFlagged,
      ...(r.feedback ? { feedback: r.feedback } : {}),
    })),
    approvals: project.approvals.map((a) => ({
      subject: a.subject,
      revision: a.revision,
      status: approvalStatus(a),
      pending: approvalStatus(a) === 'pending' ? missingApprovers(a) : [],
    })),
    openItems: {
      missingRequirements: project.requirements.filter((r) => r.received === null).map((r) => r.id),
      changeRequests: project.changeRequests.filter((c) => c.status === 'open').map((c) => `${c.id}: ${c.summary}`),
      questions: project.questions.filter((q) => !q.answeredAt).map((q) => `${q.id}: ${q.text.split('\n')[0] ?? ''}`),
    },
    reviews: project.reviews.map((r) => ({
      id: r.id,
      step: r.step,
      from: r.from,
      at: r.at,
      guess: r.guess,
      confidence: r.confidence,
      reasons: r.reasons,
      status: r.status,
      ...(r.decidedBy ? { decidedBy: r.decidedBy } : {}),
      ...(r.decidedAt ? { decidedAt: r.decidedAt } : {}),
    })),
    transitions,
    executionStatus,
  };
}
