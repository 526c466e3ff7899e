import type { LifecyclePorts } from '../ports';
import type { ReasonName } from '../reasons';
import type { MailRecord } from '../../project/schemas';
import { sendNotices } from './notify';

export interface DeliveryProblem {
  /** The Message-ID of the notice SES could not deliver (or that was reported as spam). */
  readonly messageId: string;
  readonly kind: string;
  readonly recipients: readonly { readonly address: string; readonly status?: string }[];
}

/**
 * An outbound notice bounced or drew a complaint (SES configuration-set events): recorded in the
 * project's mail log and the PM told, so nobody waits for a reply that cannot come.
 */
export async function recordDeliveryProblem(ports: LifecyclePorts, problem: DeliveryProblem): Promise<{ projectId: string } | undefined> {
  const ref = await ports.store.getOutbound(problem.messageId);
  if (!ref) return undefined;
  const project = await ports.store.get(ref.projectId);
  if (!project) return undefined;
  const at = ports.clock.now();
  const who = problem.recipients.map((r) => `${r.address}${r.status ? ` (${r.status})` : ''}`).join(', ');
  const name: ReasonName = problem.kind.startsWith('bounce') ? 'BounceReceivedError' : 'ComplaintReceivedError';
  const report: MailRecord = {
    projectId: project.id,
    direction: 'in',
    messageId: `<${problem.kind.replace(/\W+/g, '-')}.${problem.messageId.replace(/[<>]/g, '')}>`,
    at,
    from: `mailer-daemon@${ports.config.serviceAddress.split('@')[1] ?? 'localhost'}`,
    to: [ports.config.serviceAddress],
    cc: [],
    subject: `${problem.kind}: ${ref.template} to ${who}`,
    readAs: { kind: 'bounce', intent: 'none', rejectedFor: name, summary: `${problem.kind} for ${who}` },
  };
  // The report joins the mail log in the same batch as the notice telling the PM.
  const notice = {
    template: 'not-acted-on',
    to: 'staff',
    extras: { reason: { name, explanation: `The ${ref.template} notice could not reach ${who} (${problem.kind}).` } },
  } as const;
  await sendNotices(ports, project, [notice], { alongside: [report] });
  return { projectId: project.id };
}
