import type { Project } from '../../../project/schemas';
import type { LedgerEntry } from '../../../timeline/schemas';
import { action, list, para, type Block, type TimelineRow } from '../../../notices/blocks';
import { day, oneLine, plural } from '../../../notices/format';
import { dueDay } from '../../../notices/sections';
import { cadmium } from '../definition';

/*
 * What the EventTech notices share: the timeline in process order, the ledger of moves, and the
 * staff commands with their reply forms.
 */

export function milestoneLabel(id: string): string {
  return cadmium.milestones.find((m) => m.id === id)?.label ?? id;
}

/** Dates the vendor keeps for itself: the PM's reminder to book the kick-off call is no client's business. */
const INTERNAL_MILESTONES: ReadonlySet<string> = new Set(['kickoffCallReminder']);

/** The current timeline in process order (then any milestone the process does not name, by date). */
export function timelineRows(project: Project): TimelineRow[] {
  const all = project.timeline?.current;
  if (!all) return [];
  const timeline = Object.fromEntries(Object.entries(all).filter(([id]) => !INTERNAL_MILESTONES.has(id)));
  const order = cadmium.milestones.map((m) => m.id);
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
    return [{ label: milestoneLabel(id), due: day(date.due), ...(note ? { note } : {}) }];
  });
}

export function timelineBlocks(project: Project, heading = 'Timeline:'): Block[] {
  const rows = timelineRows(project);
  if (rows.length === 0) return [para(`${heading} not set yet.`)];
  return [para(heading), { kind: 'timeline', rows }];
}

/** Hours the client has to approve the project plan. */
export function approvalHours(): number {
  return cadmium.rules.kind === 'launch-timeline' ? cadmium.rules.planApprovalHours : 48;
}

export function ledgerBlocks(entry: LedgerEntry | undefined): Block[] {
  if (!entry) return [para('The details of the move are in the project log.')];
  const days = Math.abs(entry.days);
  const direction = entry.days >= 0 ? 'later' : 'earlier';
  const moves = (entry.moves ?? []).map((move) => `${milestoneLabel(move.milestone)}: ${day(move.from)} → ${day(move.to)}`);
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
