import type { MailReading } from '../mail/schemas';
import type { ChangeRequest, Project } from '../project/schemas';
import type { NoticeExtras, TemplateId } from '../notices/types';
import { REASONS, type ReasonName } from './reasons';

/**
 * Who a notice goes to. `client`: the client POC (EventTech), the client and the integrator
 * (Paytronix). `staff`: the PM and team (EventTech), the TC and the integrations team (Paytronix).
 * `all`: every active party. `commercial`: the client, the TC and sales (fees). `pending-approvers`:
 * the parties whose approval of the latest schedule or work order is pending. `verified-client`:
 * the client side's verified addresses only (credentials). `sender`: the active party whose reply
 * the notice answers (`NoticeRequest.sender`), in their own thread. `lead`: the deployment's
 * escalation address (the PMs' lead), for a step overdue past the reminder limit.
 */
export const AUDIENCES = ['client', 'staff', 'all', 'commercial', 'pending-approvers', 'verified-client', 'sender', 'lead'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A notice a decision asks to send, and to whom. */
export interface NoticeRequest {
  readonly template: TemplateId;
  readonly to: Audience;
  readonly extras?: NoticeExtras;
  /** For `to: 'sender'`: the address of the party whose reply this answers. */
  readonly sender?: string;
}

/** Why a mail or action was not acted on: a named reason and the words a PM reads. */
export interface NotActedOn {
  readonly name: ReasonName;
  readonly explanation: string;
}

/** What a domain decision produced: the new record, notices to send, and whether it acted. */
export interface Outcome {
  readonly project: Project;
  readonly notices: readonly NoticeRequest[];
  /** How the mail was read, in the words of the mail log (`approved the project plan`). */
  readonly readAs: string;
  readonly notActedOn?: NotActedOn;
}

/** An outcome that changes nothing and says why; the table of reasons decides whether the PM is told (with `extras` in the notice). */
export function notActed(project: Project, readAs: string, name: ReasonName, explanation: string, extras: NoticeExtras = {}): Outcome {
  return {
    project,
    notices: REASONS[name].tell === 'pm' ? [{ template: 'not-acted-on', to: 'staff', extras: { reason: { name, explanation }, ...extras } }] : [],
    readAs,
    notActedOn: { name, explanation },
  };
}

export function touched(project: Project, at: string, changes: Partial<Project>): Project {
  return { ...project, ...changes, updatedAt: at };
}

/** A reply's own words and where they came from, for a notice that passes them to staff. */
export function quotedMail(reading: MailReading, at: string): NoticeExtras {
  return { quotedText: reading.replyText, mail: { from: reading.mail.from.address, subject: reading.mail.subject, receivedAt: at } };
}

/** The first line of a reply, at most 80 characters: a change request's summary. */
export function firstLineOf(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}

/**
 * A change request recorded from a reply (new scope after approval): fees apply; the process words
 * the notices. Returns the request and the record with it added.
 */
export function recordChangeRequest(
  project: Project,
  reading: MailReading,
  at: string,
  evidence: ChangeRequest['evidence'],
): { readonly request: ChangeRequest; readonly project: Project } {
  const request: ChangeRequest = {
    id: `CR-${project.changeRequests.length + 1}`,
    requestedAt: at,
    requestedBy: reading.mail.from.address,
    summary: firstLineOf(reading.replyText),
    evidence,
    feesApply: true,
    status: 'open',
  };
  return { request, project: touched(project, at, { changeRequests: [...project.changeRequests, request] }) };
}
