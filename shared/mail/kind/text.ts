import { bodyText } from '../body';
import { anchoredTest } from '../reading/patterns';
import { extractReplyText } from '../reply-text';
import type { ParsedMail } from '../schemas';

/** The text the word rules read, and how they read a list of patterns per language. */

/**
 * The patterns of every language as few tests: one alternation per set of flags, tried only where words it needs stand in the text
 * (anchoredTest: the alternations, some of three thousand characters, cost a fresh process tens of milliseconds to compile on
 * the first replies, and each was tried on every reply's text).
 */
const COMBINED = new WeakMap<object, readonly ((text: string) => boolean)[]>();

function combined(patterns: Readonly<Record<string, readonly RegExp[]>>): readonly ((text: string) => boolean)[] {
  let list = COMBINED.get(patterns);
  if (!list) {
    const byFlags = new Map<string, string[]>();
    const apart: RegExp[] = [];
    for (const pattern of Object.values(patterns).flat()) {
      // A back-reference or a named group counts groups: such a pattern keeps its own expression.
      if (/\\[1-9]|\(\?<[A-Za-z]/.test(pattern.source)) apart.push(pattern);
      else byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), pattern.source]);
    }
    list = [
      ...[...byFlags].map(([flags, sources]) => anchoredTest(sources, (some) => some.map((source) => `(?:${source})`).join('|'), flags.replace('g', ''))),
      ...apart.map((pattern) => (text: string) => pattern.test(text)),
    ];
    COMBINED.set(patterns, list);
  }
  return list;
}

/** True when a pattern of any language matches the text. */
export function anyOf(patterns: Readonly<Record<string, readonly RegExp[]>>, text: string): boolean {
  return combined(patterns).some((test) => test(text));
}

/** How much of the new text the word rules read: an automatic mail says what it is at the top. */
export const TEXT_READ_CHARS = 5_000;

/** The new text of the mail (quotes and signatures cut) for the word rules; the subject is read apart. */
export function freshText(mail: ParsedMail): string {
  return extractReplyText(bodyText(mail).slice(0, 200_000)).slice(0, TEXT_READ_CHARS);
}
