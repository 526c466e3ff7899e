import type { Project } from '../project/schemas';
import type { NoticeExtras, TemplateId } from '../notices/types';

/** A notice a decision asks to send: to the client POC, to staff (PM and team), or both. */
export interface NoticeRequest {
  readonly template: TemplateId;
  readonly to: 'client' | 'staff';
  readonly extras?: NoticeExtras;
}

/** Why a mail or action was not acted on: a named reason and the words a PM reads. */
export interface NotActedOn {
  readonly name: string;
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

/** An outcome that changes nothing and says why: optionally the PM is told, with `extras` in the notice. */
export function notActed(project: Project, readAs: string, name: string, explanation: string, notify = true, extras: NoticeExtras = {}): Outcome {
  return {
    project,
    notices: notify ? [{ template: 'not-acted-on', to: 'staff', extras: { reason: { name, explanation }, ...extras } }] : [],
    readAs,
    notActedOn: { name, explanation },
  };
}

export function touched(project: Project, at: string, changes: Partial<Project>): Project {
  return { ...project, ...changes, updatedAt: at };
}
