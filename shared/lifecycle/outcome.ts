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

export function touched(project: Project, at: string, changes: Partial<Project>): Project {
  return { ...project, ...changes, updatedAt: at };
}
