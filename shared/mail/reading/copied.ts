import type { Clause } from './clauses';
import { wordsOf } from './patterns';

/**
 * A clause that opens with a first name and a comma, a colon or a dash ("Ben, can you…", "Sanne: kun je…"), "@" before it, or
 * a verb of asking right after it (the `askingYou` pattern: "Jess can you get back to these guys", "Ben pls send"); over folded
 * text.
 */
const OPENING = new RegExp(String.raw`^@?([\p{L}'-]+)(?:\s*[,:–—-]|(\s+(?:${wordsOf('askingYou')})(?![\p{L}])))`, 'u');

/**
 * Whether a clause asks one of the people the reply is also sent to (`copied`: their first names, folded, MailSignals), not us. Told
 * something by name ("Ben: the accounts are attached"), they are not asked.
 */
export function asksACopiedPerson(clause: Clause, copied: readonly string[]): boolean {
  if (copied.length === 0) return false;
  const opening = OPENING.exec(clause.folded.trim());
  return opening !== null && copied.includes(opening[1] ?? '') && (opening[2] !== undefined || clause.question || clause.request);
}
