import { z } from 'zod';
import { IsoDate, IsoInstant } from './dates';

/**
 * One milestone of a timeline. `nominal` is where the process arithmetic puts it (launch − offset,
 * plus every shift); `due` is the date people are held to: `nominal`, or the business day before it
 * when `nominal` is a weekend or holiday, in which case `adjustedFor` says why (`Saturday`, `Memorial Day`).
 */
export const MilestoneDate = z.object({
  nominal: IsoDate,
  due: IsoDate,
  adjustedFor: z.string().optional(),
});
export type MilestoneDate = z.infer<typeof MilestoneDate>;

/** Milestone id → its dates, e.g. `{ kickoffDue: {…}, launch: {…} }`. */
export const Timeline = z.record(z.string(), MilestoneDate);
export type Timeline = z.infer<typeof Timeline>;

export const LedgerCause = z.enum(['requirements-late', 'client-testing-late', 'client-request', 'vendor-reschedule', 'queue-capacity', 'certification-round']);
export type LedgerCause = z.infer<typeof LedgerCause>;

/** What proves a date move: the mail that caused it, or the staff action that made it. */
export const Evidence = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('mail'),
    messageId: z.string().min(1),
    from: z.string(),
    subject: z.string(),
    receivedAt: IsoInstant,
  }),
  z.object({
    kind: z.literal('staff-action'),
    by: z.string(),
    action: z.string(),
    note: z.string().optional(),
  }),
]);
export type Evidence = z.infer<typeof Evidence>;

export const MilestoneMove = z.object({ milestone: z.string(), from: IsoDate, to: IsoDate });
export type MilestoneMove = z.infer<typeof MilestoneMove>;

/** One move of the timeline: how many days, why, whose doing, the proof, and each date that moved. */
export const LedgerEntry = z.object({
  at: IsoInstant,
  days: z.number().int(),
  cause: LedgerCause,
  causedBy: z.enum(['client', 'vendor', 'partner']),
  summary: z.string(),
  evidence: Evidence,
  moves: z.array(MilestoneMove),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;
