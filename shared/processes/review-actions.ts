import { z } from 'zod';

/*
 * The PM's answer to a reply the reader would not decide alone (docs/mail-understanding.md#never-guess):
 * the same for every process, so the engine owns them. By mail, the first line of a reply to the
 * review notice (`APPROVE`, `DECLINE`); with the CLI, `integrations pm INT-1042 approve`.
 */

const ReviewId = z.string().regex(/^RV-\d+$/, 'expected a review id such as RV-1');

/** The client's reply counts as a yes to the step it answered. */
export const ApproveReply = z.object({ action: z.literal('approve'), reviewId: ReviewId.optional(), note: z.string().optional() });
/** The client's reply counts as a no (a refusal, a request for changes, testing feedback). */
export const DeclineReply = z.object({ action: z.literal('decline'), reviewId: ReviewId.optional(), note: z.string().optional() });

export const REVIEW_ACTIONS = [ApproveReply, DeclineReply] as const;
export const REVIEW_ACTION_NAMES: readonly string[] = ['approve', 'decline'];
