import { z } from 'zod';
import type { Outcome } from '../../lifecycle/outcome';
import { touched } from '../../lifecycle/outcome';
import { activeParty, requirementsComplete } from '../../project/rules';
import type { Project } from '../../project/schemas';
import { BusinessCalendar } from '../../timeline/calendar';
import { milestoneIds } from '../../timeline/compute';
import { daysBetween, IsoDate, localDate } from '../../timeline/dates';
import { TimelineError } from '../../timeline/errors';
import { delayMilestones, moveMilestone, replanFromLaunch } from '../../timeline/shift';
import type { ActionContext, ActionInput, Refuse } from '../types';
import { cadmium } from './definition';
import { PER_CYCLE, progressKey, stepOutcome } from './steps';
import { waitingKey } from '../keys';

/** The staff actions of the EventTech process (docs/process-cadmium.md), the same whether typed in the CLI or replied by mail. */
export const CADMIUM_ACTIONS = [
  z.object({ action: z.literal('contract-reviewed') }),
  z.object({ action: z.literal('kickoff-held') }),
  z.object({ action: z.literal('resend-plan') }),
  z.object({ action: z.literal('submitted-for-development') }),
  z.object({ action: z.literal('review-complete') }),
  z.object({ action: z.literal('development-complete') }),
  z.object({ action: z.literal('qa-complete') }),
  z.object({
    action: z.literal('reschedule'),
    milestone: z.enum(milestoneIds(cadmium) as [string, ...string[]]),
    date: IsoDate,
    note: z.string().optional(),
    /** Move this milestone alone; by default every later one moves by the same days. */
    only: z.boolean().optional(),
  }),
] as const;

export const CadmiumAction = z.discriminatedUnion('action', CADMIUM_ACTIONS);
export type CadmiumAction = z.infer<typeof CadmiumAction>;

/** A reply's first line `RESCHEDULE developmentDue 2027-04-09` (the milestone in any case). */
export function parseCadmiumCommand(first: string): ActionInput | undefined {
  const reschedule = /^reschedule\s+([a-z]+)\s+(\d{4}-\d{2}-\d{2})(\s+only)?$/i.exec(first);
  if (!reschedule) return undefined;
  const milestone = milestoneIds(cadmium).find((id) => id.toLowerCase() === reschedule[1]?.toLowerCase());
  return { action: 'reschedule', milestone, date: reschedule[2], ...(reschedule[3] ? { only: true } : {}) };
}

function record(project: Project, key: string, context: ActionContext, changes: Partial<Project> = {}): Project {
  return touched(project, context.at, {
    ...changes,
    progress: { ...project.progress, [key]: { at: context.at, by: context.by, evidence: context.evidence } },
  });
}

/** Applies an EventTech staff action to the record; refusals go through `refuse` (StaffActionRefusedError). */
export function applyCadmiumAction(project: Project, input: ActionInput, context: ActionContext, refuse: Refuse): Outcome {
  const command = CadmiumAction.parse(input);
  const cycle = project.testingCycle;
  switch (command.action) {
    case 'contract-reviewed':
      if (stepOutcome(project, 'contract-review')) refuse('the contract was already reviewed');
      return { project: record(project, 'contract-reviewed', context, { phase: 'confirming-details' }), notices: [], readAs: 'contract reviewed' };
    case 'kickoff-held': {
      if (!project.timeline.current) refuse('the project has no timeline yet: the client has not confirmed a launch date');
      if (stepOutcome(project, 'kickoff')) refuse('the kick-off was already recorded');
      const poc = activeParty(project, 'client-poc');
      if (!poc) refuse('the project has no active client POC');
      const deadline = new Date(Date.parse(context.at) + cadmiumPlanHours() * 3600 * 1000).toISOString();
      return {
        project: record(project, 'kickoff-held', context, {
          phase: 'plan-approval',
          approvals: [
            ...project.approvals,
            {
              subject: 'project-plan',
              mode: 'any-one',
              requestedAt: context.at,
              deadline,
              revision: 1,
              decisions: [{ email: poc.email, role: 'client-poc', decision: 'pending' }],
            },
          ],
        }),
        notices: [],
        readAs: 'kick-off held',
      };
    }
    case 'resend-plan': {
      const plans = project.approvals.filter((a) => a.subject === 'project-plan');
      const latest = plans.at(-1);
      if (!latest) refuse('no project plan was sent yet: record the kick-off first');
      if (stepOutcome(project, 'plan')) refuse('the plan is already approved; changes now are change requests');
      const revision = latest.revision + 1;
      const deadline = new Date(Date.parse(context.at) + cadmiumPlanHours() * 3600 * 1000).toISOString();
      return {
        project: record(project, `plan-revision-${revision}`, context, {
          approvals: [
            ...project.approvals,
            {
              ...latest,
              requestedAt: context.at,
              deadline,
              revision,
              decisions: latest.decisions.map((d) => ({ email: d.email, role: d.role, decision: 'pending' as const })),
            },
          ],
          // A revised plan starts its approval clock and its reminders over.
          reminders: { ...project.reminders, [waitingKey('plan', PER_CYCLE.has('plan'), project.testingCycle)]: 0 },
        }),
        notices: [{ template: 'project-plan', to: 'client' }],
        readAs: `plan revision ${revision} sent`,
      };
    }
    case 'submitted-for-development':
      if (!requirementsComplete(project)) refuse('requirements are still missing: development does not start until every one is in');
      if (stepOutcome(project, 'submission')) refuse('the requirements were already submitted for development');
      return {
        project: record(project, 'submitted-for-development', context, { phase: 'developer-review' }),
        notices: [],
        readAs: 'submitted for development',
      };
    case 'review-complete':
      if (!stepOutcome(project, 'submission')) refuse('the requirements have not been submitted for development yet');
      if (stepOutcome(project, 'review')) refuse('the developer review was already completed');
      return { project: record(project, 'review-complete', context, { phase: 'development' }), notices: [], readAs: 'developer review complete' };
    case 'development-complete':
      if (!stepOutcome(project, 'review')) refuse('development has not started: the developer review is not complete');
      if (stepOutcome(project, 'development')) refuse(`development of cycle ${cycle} was already recorded complete`);
      return {
        project: record(project, progressKey('development-complete', 'development', cycle), context, { phase: 'development' }),
        notices: [],
        readAs: 'development complete',
      };
    case 'qa-complete':
      if (!stepOutcome(project, 'development')) refuse('QA comes after development: record development complete first');
      if (stepOutcome(project, 'qa')) refuse(`QA of cycle ${cycle} was already recorded complete`);
      return { project: record(project, progressKey('qa-complete', 'qa', cycle), context, { phase: 'client-testing' }), notices: [], readAs: 'QA complete' };
    case 'reschedule':
      return reschedule(project, command, context, refuse);
  }
}

function cadmiumPlanHours(): number {
  return cadmium.rules.kind === 'launch-timeline' ? cadmium.rules.planApprovalHours : 48;
}

/** The PM moves a milestone: it and every later one move by the same days; the ledger says why. */
/**
 * The PM moves a milestone. The launch: every date not yet passed is planned again backwards from
 * the new launch. Another milestone: it and every later one move by the same days, or it alone
 * (`only`). The ledger says who moved what, and the client and the PM are told once, before and after.
 */
function reschedule(project: Project, command: Extract<CadmiumAction, { action: 'reschedule' }>, context: ActionContext, refuse: Refuse): Outcome {
  const timeline = project.timeline.current;
  if (!timeline) refuse('the project has no timeline yet');
  const current = timeline[command.milestone];
  if (!current) refuse(`the timeline has no ${command.milestone}`);
  const days = daysBetween(current.due, command.date);
  if (days === 0) refuse(`${command.milestone} is already due ${command.date}`);
  const ids = milestoneIds(cadmium);
  const previous = ids[ids.indexOf(command.milestone) - 1];
  const isLaunch = command.milestone === ids.at(-1);
  if (!previous && !command.only) refuse(`${command.milestone} cannot move the dates after it: move it alone (--only), or move the launch`);
  const why = command.note ? `: ${command.note}` : '';
  const move = {
    process: cadmium,
    timeline,
    calendar: new BusinessCalendar(project.holidays),
    cause: 'vendor-reschedule' as const,
    causedBy: 'vendor' as const,
    evidence: context.evidence,
    at: context.at,
  };
  try {
    const { timeline: moved, entry } =
      isLaunch && !command.only
        ? replanFromLaunch({
            ...move,
            launch: command.date,
            today: localDate(context.at, project.timeZone),
            summary: `${context.by} moved the launch from ${current.due} to ${command.date}${why}; every date not yet passed is planned again from the new launch.`,
          })
        : command.only || !previous
          ? moveMilestone({
              ...move,
              milestone: command.milestone,
              to: command.date,
              summary: `${context.by} moved ${command.milestone} alone from ${current.due} to ${command.date}${why}.`,
            })
          : delayMilestones({
              ...move,
              after: previous,
              days,
              summary: `${context.by} moved ${command.milestone} from ${current.due} to ${command.date}${why}; every later date moves ${days} days.`,
            });
    return {
      project: touched(project, context.at, { timeline: { ...project.timeline, current: moved }, ledger: [...project.ledger, entry] }),
      notices: [
        { template: 'timeline-moved', to: 'client', extras: { ledgerEntry: entry } },
        { template: 'timeline-moved', to: 'staff', extras: { ledgerEntry: entry } },
      ],
      readAs: `rescheduled ${command.milestone} to ${command.date}${command.only ? ' (alone)' : ''}`,
    };
  } catch (error) {
    if (error instanceof TimelineError) refuse(error.message);
    throw error;
  }
}
