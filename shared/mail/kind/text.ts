import { bodyText } from '../body';
import { extractReplyText } from '../reply-text';
import type { ParsedMail } from '../schemas';

/** The text the word rules read, and how they read a list of patterns per language. */

/** The patterns of every language as few regular expressions: one alternation per set of flags (one scan of the text, not one per pattern). */
const COMBINED = new WeakMap<object, readonly RegExp[]>();

function combined(patterns: Readonly<Record<string, readonly RegExp[]>>): readonly RegExp[] {
  let list = COMBINED.get(patterns);
  if (!list) {
    const byFlags = new Map<string, string[]>();
    const apart: RegExp[] = [];
    for (const pattern of Object.values(patterns).flat()) {
      // A back-reference or a named group counts groups: such a pattern keeps its own expression.
      if (/\\[1-9]|\(\?<[A-Za-z]/.test(pattern.source)) apart.push(pattern);
      else byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), `(?:${pattern.source})`]);
    }
    list = [...[...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags.replace('g', ''))), ...apart];
    COMBINED.set(patterns, list);
  }
  return list;
}

/** True when a pattern of any language matches the text. */
export function anyOf(patterns: Readonly<Record<string, readonly RegExp[]>>, text: string): boolean {
  return combined(patterns).some((pattern) => pattern.test(text));
}

/** How much of the new text the word rules read: an automatic mail says what it is at the top. */
export const TEXT_READ_CHARS = 5_000;

/** The new text of the mail (quotes and signatures cut) for the word rules; the subject is read apart. */
export function freshText(mail: ParsedMail): string {
  return extractReplyText(bodyText(mail).slice(0, 200_000)).slice(0, TEXT_READ_CHARS);
}
