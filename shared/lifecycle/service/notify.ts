import { createHash } from 'node:crypto';
import { renderNotice } from '../../notices';
import type { NoticeExtras, TemplateId } from '../../notices/types';
import { updateProject, type OutboundRef } from '../../project/ports';
import { missingApprovers } from '../../project/rules';
import type { MailRecord, OutboxEntry, Project } from '../../project/schemas';
import { processOf } from '../../processes/registry';
import type { ProcessModule } from '../../processes/types';
import type { Audience, NoticeRequest } from '../outcome';
import type { LifecyclePorts } from '../ports';
import { replyAddress, signReplyKey } from '../reply-key';
import { currentStep, type StepId } from '../steps';
import { composeNotice } from './compose';

/** The parties whose decision on the latest approval still waiting is pending (schedule, work order). */
function pendingApprovers(project: Project): string[] {
  const open = [...project.approvals].reverse().find((a) => missingApprovers(a).length > 0);
  return open ? missingApprovers(open) : [];
}

/** The sender a notice answers, when they are an active party of the project. */

/** The addresses a notice goes to (see {@link Audience}); each address once. */
export function recipients(project: Project, request: Pick<NoticeRequest, 'to' | 'sender'>, escalationAddress?: string): string[] {
  const { to, sender } = request;
  const active = project.parties.filter((p) => p.active);
  const process = processOf(project);
  const roles = (set: ReadonlySet<string>) => active.filter((p) => set.has(p.role));
  let chosen: string[];
  switch (to) {
    case 'client':
    case 'commercial':
      chosen = process.recipients(project, to);
      break;
    case 'staff':
      chosen = roles(process.staffRoles).map((p) => p.email);
      break;
    case 'all':
      chosen = active.map((p) => p.email);
      break;
    case 'pending-approvers':
      chosen = pendingApprovers(project);
      break;
    case 'sender':
      // The party whose reply the notice answers, while they are an active party.
      chosen = sender && active.some((p) => p.email === sender) ? [sender] : [];
      break;
    case 'lead':
      chosen = escalationAddress ? [escalationAddress] : [];
      break;
    case 'verified-client':
      chosen = roles(process.clientRoles)
        .filter((p) => p.verified)
        .map((p) => p.email);
      break;
  }
  return [...new Set(chosen)];
}

export interface SendOptions {
  /** The step replies to this notice act on; defaults to the step the project waits on. */
  readonly step?: StepId;
  /** The inbound mail this notice answers, for threading. */
  readonly inReplyTo?: string;
}

/** What a sent notice leaves to record: its mail log entry and its outbound Message-ID. */
interface SentNotice {
  readonly mail: MailRecord;
  readonly outbound: OutboundRef;
}

/** Renders and sends one notice; returns what to record of it, or nothing when it has no recipient. */
async function deliverNotice(
  ports: LifecyclePorts,
  project: Project,
  request: NoticeRequest,
  options: SendOptions,
  messageId?: string,
): Promise<SentNotice | undefined> {
  const to = recipients(project, request, ports.config.escalationAddress);
  if (to.length === 0) return undefined;
  const now = ports.clock.now();
  const process: ProcessModule = processOf(project);
  // A project that waits on no step (live, monitoring) signs its last step: replies still correlate.
  const step = options.step ?? currentStep(project) ?? process.steps.at(-1) ?? process.id;
  const key = signReplyKey({ projectId: project.id, step }, ports.config.replyKeys);
  const secret = process.templateSecrets[request.template];
  const sealed = secret ? project.sealed[secret] : undefined;
  const credentials = sealed && secret ? await ports.secrets.open(sealed, { projectId: project.id, name: secret }) : undefined;
  const extras = credentials ? { ...request.extras, credentials } : request.extras;
  const notice = renderNotice(request.template, {
    project,
    now,
    teamName: ports.config.teamName,
    extras,
    forStaff: request.to === 'staff' || request.to === 'lead',
    anonymous: request.to === 'lead',
  });
  const calendar = process.calendarFor(project, request.template, ports.config, to, now);
  const mail = await composeNotice({
    fromName: ports.config.teamName,
    from: ports.config.serviceAddress,
    to,
    replyTo: replyAddress(ports.config.serviceAddress, key),
    notice,
    date: now,
    inReplyTo: options.inReplyTo,
    calendar,
    ...(messageId ? { messageId } : {}),
  });
  await ports.mailer.send(mail);
  return {
    mail: {
      projectId: project.id,
      direction: 'out',
      messageId: mail.messageId,
      at: now,
      from: ports.config.serviceAddress,
      to,
      cc: [],
      subject: mail.subject,
      template: request.template,
    },
    outbound: { messageId: mail.messageId, projectId: project.id, step, template: request.template },
  };
}

/** Records sent notices (their mail log entries and outbound Message-IDs) with `alongside`, in one batch. */
async function logSent(ports: LifecyclePorts, sent: readonly SentNotice[], alongside: readonly MailRecord[] = []): Promise<void> {
  const mails = [...alongside, ...sent.map((s) => s.mail)];
  if (mails.length > 0)
    await ports.store.logMail(
      mails,
      sent.map((s) => s.outbound),
    );
}

/** Sends one notice and records it (mail log and outbound index). Returns its Message-ID. */
export async function sendNotice(ports: LifecyclePorts, project: Project, request: NoticeRequest, options: SendOptions = {}): Promise<string | undefined> {
  const sent = await deliverNotice(ports, project, request, options);
  if (sent) await ports.store.logMail([sent.mail], [sent.outbound]);
  return sent?.mail.messageId;
}

/**
 * Sends the notices, then records them in one batch write together with `alongside` (the inbound
 * mail they answer): one database round trip however many notices went out. Sending comes before
 * recording: a crash in between sends again on a retry rather than never.
 */
export async function sendNotices(
  ports: LifecyclePorts,
  project: Project,
  requests: readonly NoticeRequest[],
  options: SendOptions & { readonly alongside?: readonly MailRecord[] } = {},
): Promise<void> {
  const sent: SentNotice[] = [];
  for (const request of requests) {
    const notice = await deliverNotice(ports, project, request, options);
    if (notice) sent.push(notice);
  }
  await logSent(ports, sent, options.alongside);
}

/**
 * The workflow's notify task: sends a step's notice once per testing cycle, so an execution
 * restarted from the record does not send it again. Sending comes before recording: a crash in
 * between sends twice (at-least-once) rather than never.
 */
export async function notifyOnce(ports: LifecyclePorts, projectId: string, template: TemplateId, to: Audience): Promise<{ sent: boolean }> {
  // Notices a decision queued and a crash left unsent go first (docs/decisions.md#notice-outbox).
  let project = await flushOutbox(ports, projectId);
  const key = `sent:${template}#${project.testingCycle}`;
  if (project.progress[key]) return { sent: false };
  // Some notices need the record brought up to date first (a certification slot booked, a gate checked).
  const prepared = (await processOf(project).prepareNotice(ports, project, { template, to })) ?? { project, request: { template, to } };
  project = prepared.project;
  if (prepared.request) await sendNotice(ports, project, prepared.request);
  await updateProject(
    ports.store,
    projectId,
    (current) => {
      const changed = prepared.after ? prepared.after(current) : current;
      return { ...changed, updatedAt: ports.clock.now(), progress: { ...changed.progress, [key]: { at: ports.clock.now(), by: 'system' } } };
    },
    { current: project },
  );
  return { sent: prepared.request?.template === template };
}

/**
 * Queues the notices a decision causes on the record it returns, to be written in the same
 * version-checked write as the decision (docs/decisions.md#notice-outbox). Entry ids are
 * `<cause>#<n>`: the cause is the Message-ID of the mail that decided, or the staff action and the
 * record version it was decided on, so a retried decision queues the same ids and never twice.
 */
export function queueNotices(project: Project, requests: readonly NoticeRequest[], cause: string, options: SendOptions, at: string): Project {
  if (requests.length === 0) return project;
  const known = new Set(project.outbox.map((e) => e.id));
  const entries: OutboxEntry[] = requests
    .map((request, index) => ({
      id: `${cause}#${index + 1}`,
      template: request.template,
      to: request.to,
      ...(request.extras ? { extras: request.extras as Record<string, unknown> } : {}),
      ...(request.sender ? { sender: request.sender } : {}),
      ...(options.step ? { step: options.step } : {}),
      ...(options.inReplyTo ? { inReplyTo: options.inReplyTo } : {}),
      queuedAt: at,
    }))
    .filter((entry) => !known.has(entry.id));
  return { ...project, outbox: [...project.outbox, ...entries] };
}

/** The Message-ID an outbox entry is sent with: the same on every attempt, so a second send is the same mail. */
export function outboxMessageId(projectId: string, entryId: string, serviceAddress: string): string {
  const hash = createHash('sha256').update(`${projectId}\n${entryId}`).digest('hex').slice(0, 32);
  return `<outbox-${hash}@${serviceAddress.split('@')[1] ?? 'localhost'}>`;
}

function requestOf(entry: OutboxEntry): NoticeRequest {
  return {
    template: entry.template as TemplateId,
    to: entry.to as Audience,
    ...(entry.extras ? { extras: entry.extras as NoticeExtras } : {}),
    ...(entry.sender ? { sender: entry.sender } : {}),
  };
}

/**
 * Sends the project's pending outbox entries (each with its deterministic Message-ID), records them
 * in one batch with `alongside`, then removes them from the record in a version-checked write, and
 * returns the record as written. `only` limits it to the entries a decision just queued (the
 * decision path: fewer mails in flight twice on AWS); the duplicate path, the workflow's tasks and
 * a restart send every pending entry. Locally the outbox folder ignores a Message-ID it has, so
 * nothing is sent twice; SES cannot: a crash between SES accepting and the removal sends again
 * (at-least-once), never zero times.
 */
export async function flushOutbox(
  ports: LifecyclePorts,
  projectId: string,
  options: { readonly current?: Project; readonly alongside?: readonly MailRecord[]; readonly only?: ReadonlySet<string> } = {},
): Promise<Project> {
  const project = options.current ?? (await ports.store.require(projectId));
  const only = options.only;
  const entries = project.outbox.filter((e) => !only || only.has(e.id));
  const sent: SentNotice[] = [];
  for (const entry of entries) {
    const options = { ...(entry.step ? { step: entry.step as StepId } : {}), ...(entry.inReplyTo ? { inReplyTo: entry.inReplyTo } : {}) };
    const notice = await deliverNotice(ports, project, requestOf(entry), options, outboxMessageId(project.id, entry.id, ports.config.serviceAddress));
    if (notice) sent.push(notice);
  }
  await logSent(ports, sent, options.alongside);
  if (entries.length === 0) return project;
  const done = new Set(entries.map((e) => e.id));
  return updateProject(
    ports.store,
    project.id,
    (current) => {
      const outbox = current.outbox.filter((e) => !done.has(e.id));
      return outbox.length === current.outbox.length ? current : { ...current, outbox };
    },
    { current: project },
  );
}
