import { PROCESSES } from '../process';
import type { ProcessDefinition } from '../process/schemas';
import type { Party, Project, Requirement } from '../project/schemas';
import type { LedgerEntry } from '../timeline/schemas';
import { action, list, para, type Block, type TimelineRow } from './blocks';
import { ago, day, dayOf, oneLine, plural } from './format';
import type { NoticeContext } from './types';

/** What a template produces; the greeting, reply footer and sign-off are added around it. */
export interface Draft {
  readonly subject: string;
  readonly blocks: readonly Block[];
}
export type Build = (context: NoticeContext) => Draft;

/** The record is usually parsed, but a notice must still render from a partial one (tests, old rows). */
export function processOf(project: Project): ProcessDefinition | undefined {
  return (PROCESSES as Partial<Record<string, ProcessDefinition>>)[project.process];
}

export function activeParty(project: Project, role: Party['role']): Party | undefined {
  return (project.parties ?? []).find((party) => party.role === role && party.active !== false);
}

export function firstName(party: Party | undefined): string | undefined {
  const first = party ? oneLine(party.name).split(' ')[0] : undefined;
  return first ? first : undefined;
}

export const clientName = (project: Project): string => oneLine(project.client?.name ?? '') || 'the client';
export const title = (project: Project): string => oneLine(project.title ?? '') || 'the integration';

export function milestoneLabel(project: Project, id: string): string {
  return processOf(project)?.milestones.find((m) => m.id === id)?.label ?? id;
}

/** The current due date of a milestone as `Mon 2027-04-19`, or "not set yet". */
export function dueDay(project: Project, milestone: string): string {
  return day(project.timeline?.current?.[milestone]?.due);
}

export function overdueBy(context: NoticeContext, milestone: string): string {
  const { project } = context;
  return ago(project.timeline?.current?.[milestone]?.due, context.now, project.timeZone ?? 'UTC');
}

/** Dates the vendor keeps for itself: the PM's reminder to book the kick-off call is no client's business. */
const INTERNAL_MILESTONES: ReadonlySet<string> = new Set(['kickoffCallReminder']);

/** The current timeline in process order (then any milestone the process does not name, by date). */
export function timelineRows(project: Project): TimelineRow[] {
  const all = project.timeline?.current;
  if (!all) return [];
  const timeline = Object.fromEntries(Object.entries(all).filter(([id]) => !INTERNAL_MILESTONES.has(id)));
  const order = processOf(project)?.milestones.map((m) => m.id) ?? [];
  const ids = Object.keys(timeline).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    if (ia >= 0 && ib >= 0) return ia - ib;
    if (ia >= 0 || ib >= 0) return ia >= 0 ? -1 : 1;
    return (timeline[a]?.due ?? '').localeCompare(timeline[b]?.due ?? '');
  });
  return ids.flatMap((id) => {
    const date = timeline[id];
    if (!date) return [];
    const note = date.adjustedFor ? `(moved from ${day(date.nominal)}: ${oneLine(date.adjustedFor)})` : undefined;
    return [{ label: milestoneLabel(project, id), due: day(date.due), ...(note ? { note } : {}) }];
  });
}

export function timelineBlocks(project: Project, heading = 'Timeline:'): Block[] {
  const rows = timelineRows(project);
  if (rows.length === 0) return [para(`${heading} not set yet.`)];
  return [para(heading), { kind: 'timeline', rows }];
}

export function approvalHours(project: Project): number {
  const rules = processOf(project)?.rules;
  return rules?.kind === 'launch-timeline' ? rules.planApprovalHours : 48;
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

export function ledgerBlocks(project: Project, entry: LedgerEntry | undefined): Block[] {
  if (!entry) return [para('The details of the move are in the project log.')];
  const days = Math.abs(entry.days);
  const direction = entry.days >= 0 ? 'later' : 'earlier';
  const moves = (entry.moves ?? []).map(
    (move) => `${milestoneLabel(project, move.milestone)}: ${day(move.from)} → ${day(move.to)}`,
  );
  return [
    para(`The dates moved ${plural(days, 'day')} ${direction}. Why: ${oneLine(entry.summary ?? '').replace(/[.\s]+$/, '') || 'not recorded'}.`),
    moves.length > 0 ? list(moves) : para('No due date changed.'),
  ];
}

/** The commands staff can send; the reply form is what the inbound path reads as the first line. */
const SIMPLE_ACTIONS = {
  'contract-reviewed': 'CONTRACT REVIEWED',
  'kickoff-held': 'KICKOFF HELD',
  'resend-plan': 'RESEND PLAN',
  'submitted-for-development': 'SUBMITTED FOR DEVELOPMENT',
  'development-complete': 'DEVELOPMENT COMPLETE',
  'qa-complete': 'QA COMPLETE',
} as const;
export type SimpleAction = keyof typeof SIMPLE_ACTIONS;
export type ReschedulableMilestone = 'kickoffDue' | 'requirementsDue' | 'developmentDue' | 'clientTestingDue' | 'launch';

export function act(project: Project, when: string, name: SimpleAction): Block {
  return action(when, SIMPLE_ACTIONS[name], `npx integrations pm ${project.id} ${name}`);
}

export function reschedule(project: Project, when: string, milestone: ReschedulableMilestone): Block {
  return action(
    `${when} (now ${dueDay(project, milestone)}; put the new date in place of YYYY-MM-DD)`,
    `RESCHEDULE ${milestone} YYYY-MM-DD`,
    `npx integrations pm ${project.id} reschedule --milestone ${milestone} --date YYYY-MM-DD`,
  );
}

export const HOW_TO_ACT = para(
  'To act, reply to this mail with the command as the first line of your reply, or run the command shown.',
);

/** The client's own words, and where they came from. */
export function mailBlocks(context: NoticeContext): Block[] {
  const mail = context.extras?.mail;
  if (!mail) return [];
  const when = dayOf(mail.receivedAt, context.project.timeZone ?? 'UTC');
  const received = when ? ` on ${when}` : '';
  return [list([`From: ${oneLine(mail.from)}${received}`, `Subject: ${oneLine(mail.subject) || '(none)'}`])];
}
