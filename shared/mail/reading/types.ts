import { z } from 'zod';

/** What a reply asks for, by the precedence of docs/mail-understanding.md#intent. */
export const Intent = z.enum(['approve', 'decline', 'inform', 'question', 'none']);
export type Intent = z.infer<typeof Intent>;
