import { bodyText } from '../body';
import { extractReplyText } from '../reply-text';
import type { ParsedMail } from '../schemas';

/** The text the word rules read, and how they read a list of patterns per language. */

/** True when a pattern of any language matches the text. */
export function anyOf(patterns: Readonly<Record<string, readonly RegExp[]>>, text: string): boolean {
  return Object.values(patterns).some((list) => list.some((pattern) => pattern.test(text)));
}

/** How much of the new text the word rules read: an automatic mail says what it is at the top. */
export const TEXT_READ_CHARS = 5_000;

/** The new text of the mail (quotes and signatures cut) for the word rules; the subject is read apart. */
export function freshText(mail: ParsedMail): string {
  return extractReplyText(bodyText(mail).slice(0, 200_000)).slice(0, TEXT_READ_CHARS);
}
