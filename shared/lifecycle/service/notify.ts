import { renderNotice } from '../../notices';
import type { TemplateId } from '../../notices/types';
import { updateProject } from '../../project/ports';
import { activeParty } from '../../project/rules';
import type { Project } from '../../project/schemas';
import type { NoticeRequest } from '../outcome';
import type { LifecyclePorts } from '../ports';
import { replyAddress, signReplyKey } from '../reply-key';
import { currentStep, type StepId } from '../steps';
import { composeNotice } from './compose';

/** The addresses a notice goes to: the active client POC, or the PM and the team address. */
export function recipients(project: Project, to: NoticeRequest['to']): string[] {
  if (to === 'client') {
    const poc = activeParty(project, 'client-poc');
    return poc ? [poc.email] : [];
  }
  return project.parties.filter((p) => p.active && (p.role === 'pm' || p.role === 'integration-services')).map((p) => p.email);
}

export interface SendOptions {
  /** The step replies to this notice act on; defaults to the step the project waits on. */
  readonly step?: StepId;
  /** The inbound mail this notice answers, for threading. */
  readonly inReplyTo?: string;
}

/** Renders, sends and records one notice (outbound index and mail log). Returns its Message-ID. */
export async function sendNotice(ports: LifecyclePorts, project: Project, request: NoticeRequest, options: SendOptions = {}): Promise<string | undefined> {
  const to = recipients(project, request.to);
  if (to.length === 0) return undefined;
  const now = ports.clock.now();
  const step = options.step ?? currentStep(project) ?? 'client-testing';
  const key = signReplyKey({ projectId: project.id, step }, ports.config.replyKeys);
  const notice = renderNotice(request.template, { project, now, teamName: ports.config.teamName, extras: request.extras });
  const mail = await composeNotice({
    fromName: ports.config.teamName,
    from: ports.config.serviceAddress,
    to,
    replyTo: replyAddress(ports.config.serviceAddress, key),
    notice,
    date: now,
    inReplyTo: options.inReplyTo,
  });
  await ports.mailer.send(mail);
  await ports.store.putOutbound({ messageId: mail.messageId, projectId: project.id, step, template: request.template });
  await ports.store.appendMail({
    projectId: project.id,
    direction: 'out',
    messageId: mail.messageId,
    at: now,
    from: ports.config.serviceAddress,
    to,
    cc: [],
    subject: mail.subject,
    template: request.template,
  });
  return mail.messageId;
}

export async function sendNotices(ports: LifecyclePorts, project: Project, requests: readonly NoticeRequest[], options: SendOptions = {}): Promise<void> {
  for (const request of requests) await sendNotice(ports, project, request, options);
}

/**
 * The workflow's notify task: sends a step's notice once per testing cycle, so an execution
 * restarted from the record does not send it again. Sending comes before recording: a crash in
 * between sends twice (at-least-once) rather than never.
 */
export async function notifyOnce(ports: LifecyclePorts, projectId: string, template: TemplateId, to: NoticeRequest['to']): Promise<{ sent: boolean }> {
  const project = await ports.store.require(projectId);
  const key = `sent:${template}#${project.testingCycle}`;
  if (project.progress[key]) return { sent: false };
  // The timeline says why the launch is later than asked, when the lead time or the queue moved it.
  const moved = template === 'timeline' ? project.progress['launch-moved']?.note : undefined;
  await sendNotice(ports, project, { template, to, ...(moved ? { extras: { launchReasons: [moved] } } : {}) });
  await updateProject(ports.store, projectId, (current) => ({
    ...current,
    updatedAt: ports.clock.now(),
    progress: { ...current.progress, [key]: { at: ports.clock.now(), by: 'system' } },
  }));
  return { sent: true };
}
