import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Approval, Party, Project } from '../../project/schemas';
import { BusinessCalendar } from '../../timeline/calendar';
import { localDate } from '../../timeline/dates';
import { touched, type NoticeRequest, type Outcome } from '../../lifecycle/outcome';
import { latestApproval } from '../../project/rules';
import type { ActionContext, ActionInput, Refuse } from '../types';
import { stepOutcome } from './steps';
import { currentRound } from './certification';
import { welcomeGate } from './gate';

/** A local date and time in the project's time zone: `2027-01-12T15:00`. */
export const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected a local date and time such as 2027-01-12T15:00');

const note = z.string().trim().min(1).max(4000);

/** The staff actions of the Paytronix process (docs/paytronix.md), the same whether typed in the CLI or replied by mail. */
export const PAYTRONIX_ACTIONS = [
  z.object({ action: z.literal('feasible'), note: note.optional() }),
  z.object({ action: z.literal('not-feasible'), note }),
  z.object({ action: z.literal('schedule-idi'), at: LocalDateTime, minutes: z.number().int().min(15).max(480).default(60) }),
  z.object({ action: z.literal('idi-held') }),
  z.object({ action: z.literal('send-work-order'), note }),
  z.object({ action: z.literal('send-schedule'), note }),
  /** The secret is sealed before the domain sees it (see runStaffCommand); CLI only, never by mail. */
  z.object({ action: z.literal('test-credentials'), secret: z.string().min(1).max(4000) }),
  z.object({ action: z.literal('send-welcome') }),
  z.object({ action: z.literal('test-cards-sent') }),
  z.object({ action: z.literal('test-user-created') }),
  z.object({ action: z.literal('certified'), note: note.optional() }),
  z.object({ action: z.literal('certification-failed'), note }),
  z.object({ action: z.literal('configuration'), note }),
  z.object({ action: z.literal('production-credentials'), secret: z.string().min(1).max(4000) }),
  z.object({ action: z.literal('live') }),
] as const;

/** Actions that carry a secret: they come from the CLI, and the secret is sealed on arrival. */
export const SECRET_ACTIONS = { 'test-credentials': 'test-server', 'production-credentials': 'production' } as const;

export type PaytronixAction = z.infer<(typeof PAYTRONIX_ACTIONS)[number]>;

export const PaytronixAction = z.discriminatedUnion('action', PAYTRONIX_ACTIONS);

/** A reply's first line `IDI 2027-01-12 15:00`: the interview's local day and start time. */
export function parsePaytronixCommand(first: string): ActionInput | undefined {
  const idi = /^idi\s+(\d{4}-\d{2}-\d{2})[\sT]+(\d{1,2}):(\d{2})$/i.exec(first);
  return idi ? { action: 'schedule-idi', at: `${idi[1]}T${(idi[2] ?? '').padStart(2, '0')}:${idi[3]}` } : undefined;
}

function record(project: Project, key: string, context: ActionContext, changes: Partial<Project> = {}, text?: string): Project {
  return touched(project, context.at, {
    ...changes,
    progress: {
      ...project.progress,
      ...changes.progress,
      [key]: { at: context.at, by: context.by, ...(context.evidence ? { evidence: context.evidence } : {}), ...(text ? { note: text } : {}) },
    },
  });
}

/** The client side of a Paytronix project: the client and the integrator (one address if the client builds it). */
export function clientSide(project: Project): Party[] {
  const parties = project.parties.filter((p) => p.active && (p.role === 'client' || p.role === 'integrator'));
  return parties.filter((p, i) => parties.findIndex((q) => q.email === p.email) === i);
}

function approval(
  project: Project,
  subject: 'work-order' | 'schedule',
  parties: readonly Party[],
  summary: string,
  context: ActionContext,
  approvedBy?: string,
): Approval {
  const previous = latestApproval(project, subject);
  const unique = parties.filter((p, i) => parties.findIndex((q) => q.email === p.email) === i);
  const [first, ...rest] = unique.map((p) => ({
    email: p.email,
    role: p.role,
    decision: p.email === approvedBy ? ('approved' as const) : ('pending' as const),
    ...(p.email === approvedBy ? { at: context.at, comment: 'author of the schedule' } : {}),
  }));
  if (!first) throw new Error('unreachable: an approval always has a party');
  return {
    subject,
    mode: subject === 'schedule' ? 'all' : 'any-one',
    requestedAt: context.at,
    revision: (previous?.revision ?? 0) + 1,
    summary,
    decisions: [first, ...rest],
  };
}

/**
 * The welcome mail may go: the project records it as sent and moves to development in the same
 * write; the notice (with the credentials opened at rendering) follows.
 */
export function withWelcome(project: Project, context: ActionContext): { project: Project; notices: NoticeRequest[] } {
  return { project: record(project, 'welcome-sent', context, { phase: 'development' }), notices: [{ template: 'welcome', to: 'verified-client' }] };
}

/** Applies a Paytronix staff action. Refusals go through `refuse` (StaffActionRefusedError). */
export function applyPaytronixAction(project: Project, input: ActionInput, context: ActionContext, refuse: Refuse): Outcome {
  const command = PaytronixAction.parse(input);
  const cycle = project.testingCycle;
  const has = (key: string) => project.progress[key] !== undefined;
  switch (command.action) {
    case 'feasible':
    case 'not-feasible': {
      if (stepOutcome(project, 'discovery')) refuse(`discovery was already decided (${stepOutcome(project, 'discovery')})`);
      if (command.action === 'feasible')
        return { project: record(project, 'feasible', context, { phase: 'requirements' }, command.note), notices: [], readAs: 'found feasible' };
      return {
        project: record(project, 'not-feasible', context, { phase: 'ended' }, command.note),
        notices: [],
        readAs: `found not feasible: ${command.note}`,
      };
    }
    case 'schedule-idi': {
      if (!has('feasible')) refuse('the IDI comes after the integrations team finds the integration feasible');
      if (has('idi-held')) refuse('the IDI was already held');
      const start = DateTime.fromISO(command.at, { zone: project.timeZone });
      if (!start.isValid) refuse(`${command.at} is not a time in ${project.timeZone}`);
      if (start.toUTC().toISO() === null || start.toMillis() <= Date.parse(context.at))
        refuse(`the IDI time ${command.at} (${project.timeZone}) is not in the future`);
      const idi = {
        start: start.toUTC().toISO() ?? context.at,
        minutes: command.minutes,
        uid: `${project.id.toLowerCase()}-idi@${context.serviceDomain}`,
        sequence: project.idi ? project.idi.sequence + 1 : 0,
      };
      return {
        project: record(project, project.idi ? 'idi-rescheduled' : 'idi-scheduled', context, { idi }),
        notices: [{ template: 'idi-invitation', to: 'all' }],
        readAs: `IDI ${project.idi ? 're' : ''}scheduled for ${command.at} ${project.timeZone}`,
      };
    }
    case 'idi-held':
      if (!project.idi) refuse('the IDI was not scheduled: send IDI YYYY-MM-DD HH:MM first');
      if (has('idi-held')) refuse('the IDI was already recorded as held');
      if (Date.parse(project.idi.start) > Date.parse(context.at))
        refuse(`the IDI is scheduled for ${project.idi.start}: it cannot be held before then (schedule it again if it moved)`);
      return { project: record(project, 'idi-held', context), notices: [], readAs: 'IDI held' };
    case 'send-work-order': {
      if (!has('idi-held')) refuse('the work order follows the IDI: record IDI HELD first');
      if (stepOutcome(project, 'work-order')) refuse('the work order is already approved');
      const side = clientSide(project);
      if (side.length === 0) refuse('the project has no client or integrator address to send the work order to');
      const order = approval(project, 'work-order', side, command.note, context);
      return {
        project: record(project, `work-order-sent-${order.revision}`, context, { approvals: [...project.approvals, order] }),
        notices: [{ template: 'work-order', to: 'client' }],
        readAs: `work order revision ${order.revision} sent`,
      };
    }
    case 'send-schedule': {
      if (!stepOutcome(project, 'work-order')) refuse('nothing goes on until the work order is approved');
      if (stepOutcome(project, 'schedule')) refuse('the schedule is already approved by every party');
      const parties = project.parties.filter((p) => p.active);
      const schedule = approval(project, 'schedule', parties, command.note, context, context.by);
      return {
        project: record(project, `schedule-sent-${schedule.revision}`, context, { approvals: [...project.approvals, schedule] }),
        notices: [{ template: 'schedule', to: 'all' }],
        readAs: `schedule revision ${schedule.revision} sent to every party`,
      };
    }
    case 'test-credentials': {
      if (!context.sealed) refuse('test-server credentials are given with the CLI (--file), never by mail');
      if (has('welcome-sent')) refuse('the welcome mail was already sent with the test-server credentials');
      const next = touched(project, context.at, { sealed: { ...project.sealed, 'test-server': context.sealed } });
      const missing = welcomeGate(next);
      if (missing.length === 0) return { ...withWelcome(next, context), readAs: 'test-server credentials kept; the welcome mail goes out' };
      return { project: next, notices: [], readAs: `test-server credentials kept; the welcome mail waits for: ${missing.join('; ')}` };
    }
    case 'send-welcome': {
      if (has('welcome-sent')) refuse('the welcome mail was already sent');
      const missing = welcomeGate(project);
      if (missing.length > 0) refuse(`the welcome mail cannot go yet; it waits for: ${missing.join('; ')}`);
      return { ...withWelcome(project, context), readAs: 'welcome mail sent' };
    }
    case 'test-cards-sent':
    case 'test-user-created': {
      if (!has('welcome-sent')) refuse('development starts with the welcome mail, which has not gone yet');
      if (has(command.action)) refuse(`${command.action.replace(/-/g, ' ')} was already recorded`);
      return { project: record(project, command.action, context), notices: [], readAs: command.action.replace(/-/g, ' ') };
    }
    case 'certified':
    case 'certification-failed': {
      const round = currentRound(project);
      if (round?.outcome !== 'pending') refuse('no certification round is open: the client side has not reported ready');
      if (!round.slotStartsOn) refuse(`round ${round.number} is not booked into a slot yet`);
      const today = localDate(context.at, project.timeZone);
      if (today < round.earliestEndOn) {
        const calendar = new BusinessCalendar(project.holidays);
        refuse(
          `round ${round.number} cannot end before ${round.earliestEndOn}: five business days (${calendar.label}) after the last testing material on ${round.materialsCompleteOn}`,
        );
      }
      const ended = {
        ...round,
        endedOn: today,
        outcome: command.action === 'certified' ? ('certified' as const) : ('failed' as const),
        ...(command.note ? { feedback: command.note } : {}),
      };
      const rounds = project.certificationRounds.map((r) => (r === round ? ended : r));
      if (command.action === 'certified') {
        return {
          project: record(project, `round-${round.number}-certified`, context, { certificationRounds: rounds, phase: 'launch' }, command.note),
          notices: [],
          readAs: `round ${round.number}: certified`,
        };
      }
      return {
        project: record(
          project,
          `round-${round.number}-failed`,
          context,
          { certificationRounds: rounds, phase: 'development', testingCycle: cycle + 1 },
          command.note,
        ),
        notices: [{ template: 'certification-failed', to: 'client', extras: { round: ended, note: command.note } }],
        readAs: `round ${round.number}: failed, back to development`,
      };
    }
    case 'configuration':
      if (!project.certificationRounds.some((r) => r.outcome === 'certified')) refuse('the configuration is verified after certification');
      if (has('configuration-verified')) refuse('the configuration differences were already sent');
      return {
        project: record(project, 'configuration-verified', context, {}, command.note),
        notices: [{ template: 'configuration-differences', to: 'all', extras: { note: command.note } }],
        readAs: 'test/production configuration verified; differences sent to every party',
      };
    case 'production-credentials': {
      if (!context.sealed) refuse('production credentials are given with the CLI (--file), never by mail');
      if (!has('configuration-verified')) refuse('production credentials follow the configuration check: send CONFIGURATION first');
      if (has('production-credentials-sent')) refuse('the production credentials were already sent');
      const verified = clientSide(project).filter((p) => p.verified);
      if (verified.length === 0) refuse('no client or integrator address is verified yet: production credentials go to verified parties only');
      const unverified = clientSide(project)
        .filter((p) => !p.verified)
        .map((p) => p.email);
      const next = record(touched(project, context.at, { sealed: { ...project.sealed, production: context.sealed } }), 'production-credentials-sent', context);
      return {
        project: next,
        notices: [
          { template: 'production-credentials', to: 'verified-client' },
          ...(unverified.length > 0
            ? [
                {
                  template: 'not-acted-on' as const,
                  to: 'staff' as const,
                  extras: {
                    reason: {
                      name: 'UnverifiedRecipientError',
                      explanation: `Production credentials were not sent to ${unverified.join(', ')}: the address is not verified.`,
                    },
                  },
                },
              ]
            : []),
        ],
        readAs: `production credentials sent to ${verified.map((p) => p.email).join(', ')}`,
      };
    }
    case 'live':
      if (!has('production-credentials-sent')) refuse('the integration goes live after the production credentials are sent');
      if (has('live')) refuse('the integration is already live');
      return { project: record(project, 'live', context, { phase: 'monitoring' }), notices: [], readAs: 'live: monitoring begins' };
  }
}
