import type { Party, Project, Requirement } from '../project/schemas';
import { list, para, type Block } from './blocks';
import { ago, day, dayOf, oneLine } from './format';
import type { NoticeContext } from './types';

/** What a template produces; the greeting, reply footer and sign-off are added around it. */
export interface Draft {
  readonly subject: string;
  readonly blocks: readonly Block[];
}
export type Build = (context: NoticeContext) => Draft;

export function activeParty(project: Project, role: Party['role']): Party | undefined {
  return (project.parties ?? []).find((party) => party.role === role && party.active !== false);
}

export function firstName(party: Party | undefined): string | undefined {
  const first = party ? oneLine(party.name).split(' ')[0] : undefined;
  return first ? first : undefined;
}

export const clientName = (project: Project): string => oneLine(project.client?.name ?? '') || 'the client';
export const title = (project: Project): string => oneLine(project.title ?? '') || 'the integration';

/** The current due date of a milestone as `Mon 2027-04-19`, or "not set yet". */
export function dueDay(project: Project, milestone: string): string {
  return day(project.timeline?.current?.[milestone]?.due);
}

export function overdueBy(context: NoticeContext, milestone: string): string {
  const { project } = context;
  return ago(project.timeline?.current?.[milestone]?.due, context.now, project.timeZone ?? 'UTC');
}

export const requirementLabel = (r: Requirement): string => oneLine(r.label ?? '') || oneLine(r.id ?? '') || 'requirement';

export function missingRequirements(context: NoticeContext): readonly Requirement[] {
  return context.extras?.missing ?? (context.project.requirements ?? []).filter((r) => !r.received);
}

/** Staff see the project at a glance before the point, so a notice stands on its own. */
export function projectLine(project: Project): Block {
  const phase = project.phase ? `, phase: ${project.phase}` : '';
  return para(`Project ${project.id}: ${title(project)} for ${clientName(project)}${phase}.`);
}

export const HOW_TO_ACT = para('To act, reply to this mail with the command as the first line of your reply, or run the command shown.');

/** The client's own words, and where they came from. */
export function mailBlocks(context: NoticeContext): Block[] {
  const mail = context.extras?.mail;
  if (!mail) return [];
  const when = dayOf(mail.receivedAt, context.project.timeZone ?? 'UTC');
  const received = when ? ` on ${when}` : '';
  return [list([`From: ${oneLine(mail.from)}${received}`, `Subject: ${oneLine(mail.subject) || '(none)'}`])];
}
