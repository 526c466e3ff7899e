import { renderNotice } from '../../notices';
import type { TemplateId } from '../../notices/types';
import { updateProject, type OutboundRef } from '../../project/ports';
import { missingApprovers } from '../../project/rules';
import type { MailRecord, Project } from '../../project/schemas';
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
function senderOf(project: Project, request: NoticeRequest): string[] {
  return project.parties.some((p) => p.active && p.email === request.sender) && request.sender ? [request.sender] : [];
}

/** The addresses a notice goes to (see {@link Audience}); each address once. */
export function recipients(project: Project, to: Audience): string[] {
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
    case 'lead':
      // Only a request names its sender, and only the config the lead: see deliverNotice.
      chosen = [];
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
async function deliverNotice(ports: LifecyclePorts, project: Project, request: NoticeRequest, options: SendOptions): Promise<SentNotice | undefined> {
  const lead = ports.config.escalationAddress;
  const to = request.to === 'sender' ? senderOf(project, request) : request.to === 'lead' ? (lead ? [lead] : []) : recipients(project, request.to);
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
  const mails = [...(options.alongside ?? []), ...sent.map((s) => s.mail)];
  if (mails.length > 0)
    await ports.store.logMail(
      mails,
      sent.map((s) => s.outbound),
    );
}

/**
 * The workflow's notify task: sends a step's notice once per testing cycle, so an execution
 * restarted from the record does not send it again. Sending comes before recording: a crash in
 * between sends twice (at-least-once) rather than never.
 */
export async function notifyOnce(ports: LifecyclePorts, projectId: string, template: TemplateId, to: Audience): Promise<{ sent: boolean }> {
  let project = await ports.store.require(projectId);
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
