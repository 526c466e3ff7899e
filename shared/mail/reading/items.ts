import type { MailReading } from '../schemas';
import { fold } from './lexicon';

/**
 * Item by item (requirements, certification materials): an item is delivered only when the mail
 * delivers it (a file whose name matches it, or a clause that gives it: "attached", "here are",
 * a link or a login), and an item the mail names as still to come, pending or missing stays
 * missing. Each process names its items and the words that recognise them.
 */

/** The words that name an item in any language the reader knows, as one pattern over folded text. */
export type ItemPatterns = Readonly<Record<string, RegExp>>;

/** A clause that hands something over: a delivery word, or the thing itself (a link, a login, a key). */
const GIVES = /https?:\/\/|\bwww\.|\S+@\S+\.\S+|\b(user(name)?|login|password|passwort|pw|pwd|client[ _-]?id|secret|token|key)\s*[:=]/i;

type Clause = MailReading['clauseReading']['clauses'][number];

const isLater = (c: Clause) => c.pending || c.hits.some((h) => h.pending || (h.negated && h.act !== 'resolved' && h.act !== 'problem'));
const isGiving = (c: Clause) => !c.question && !isLater(c) && (c.hits.some((h) => h.act === 'info') || GIVES.test(c.text));

export function itemsIn(reading: MailReading, patterns: ItemPatterns): { delivered: string[]; pending: string[] } {
  const files = reading.attachments.map((a) => fold((a.filename ?? '').replace(/[_.-]+/g, ' '))).join('\n');
  const clauses = reading.clauseReading.clauses;
  // Which clause names which item, once (a pattern without the global flag keeps no state between tests).
  const items = Object.entries(patterns).map(([id, pattern]) => {
    const once = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    return { id, once, names: clauses.map((c) => once.test(c.folded)) };
  });
  const namesAny = clauses.map((_, i) => items.some((item) => item.names[i]));
  const isLabel = (c: Clause | undefined) => c !== undefined && (/:\s*$/.test(c.text) || c.words <= 3);
  const delivered: string[] = [];
  const pending: string[] = [];
  for (const { id, once, names } of items) {
    // Named as still to come: in a pending clause, or in a label ("Video:") whose next clause is pending and names nothing itself.
    const later = clauses.some((c, i) => isLater(c) && (names[i] || (i > 0 && names[i - 1] === true && isLabel(clauses[i - 1]) && !namesAny[i])));
    // Given: in a clause that delivers, or a heading that names it and the lines after it that give it ("Test accounts:" and the logins).
    const given = clauses.some(
      (c, i) => names[i] && (isGiving(c) || (/:\s*$/.test(c.text) && clauses[i + 1] !== undefined && !isLater(clauses[i + 1] as Clause))),
    );
    if (once.test(files) || (given && !later)) delivered.push(id);
    else if (later) pending.push(id);
  }
  return { delivered, pending };
}
