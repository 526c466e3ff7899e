import type { Act, Clause, Hit } from './clauses';
import { isListItem } from './sentences';

/**
 * What the lists in a reply say beside their words: the items under a lead-in of fixes are fixes,
 * and the error cases listed behind a name for them are cases tested, not problems reported.
 */

type Span = readonly [number, number];

/** The hits of these acts that stand: not negated, not still to come. */
export const live = (hits: readonly Hit[], acts: readonly Act[]) => hits.filter((h) => acts.includes(h.act) && !h.negated && !h.pending);

/**
 * The items of a list whose lead-in says they are fixed ("All four items are fixed:" then "2. login
 * error shows the guest-facing message"): each says what was fixed, not a problem still open.
 */
export function fixedItems(clauses: readonly Clause[]): Set<Clause> {
  const out = new Set<Clause>();
  let fixedList = false;
  // The sentence of the last item: a clause cut from it ("1. Balance rounding – now shows the API's value") is still that item.
  let itemSentence: Clause['sentence'] | undefined;
  for (const clause of clauses) {
    const item = isListItem(clause.text);
    if (fixedList && item) {
      out.add(clause);
      itemSentence = clause.sentence;
    } else if (fixedList && clause.sentence === itemSentence) {
      // What follows the dash is read for itself when it says something is still wrong ("2. Duplicates – still failing on iOS").
      if (!clause.pending && live(clause.hits, ['problem', 'refuse', 'change']).length === 0) out.add(clause);
    }
    // A sentence of its own after an item that says nothing wrong ("1. Enrollment source - we now send it. Verified in our request
    // logs." then "2. …") does not end the list.
    else if (fixedList && !/:$/.test(clause.text) && !clause.pending && live(clause.hits, ['problem', 'refuse', 'change']).length === 0) continue;
    // "All four items are fixed:", not "We fixed most of the points:" (an item of that list may still fail).
    else {
      fixedList = /:$/.test(clause.text) && clause.every && !clause.contrast && live(clause.hits, ['resolved']).length > 0;
      itemSentence = undefined;
    }
  }
  return out;
}

/**
 * The problem words that name error cases tested, not problems: the items of a list right behind a
 * name for them, in brackets ("we also tested the error paths (invalid card, wrong password)") or
 * after a colon or a dash as a list of short items ("all the error messages - wrong password, card
 * not found - read as agreed"). "We tested the error paths: checkout fails on every card" is no list.
 */
export function namedCases(clauses: readonly Clause[]): Set<Hit> {
  const out = new Set<Hit>();
  for (const clause of clauses) {
    const f = clause.folded;
    const lists: Span[] = [];
    for (const end of clause.cases) {
      // The list opens right behind the name, or a few words on ("error handling verified for: …", "checked for invalid card, …");
      // a bracket a few more ("the three edge cases that tripped up our previous vendor (hyphenated surnames, duplicate emails)").
      const near = /^(?:\s+[^\s(:,.;]+){0,3}?\s*(\(|:|\s-\s|-\s|\s(?:checked|tested|verified|validated|covered) for\s)/.exec(f.slice(end));
      const opener = near ?? /^(?:\s+[^\s(:,.;]+){4,7}?\s*(\()/.exec(f.slice(end));
      if (!opener) continue;
      const from = end + opener[0].length;
      const closer = opener[1] === '(' ? f.indexOf(')', from) : f.slice(from).search(/[.;)]|\s-\s/);
      const to = closer < 0 ? f.length : opener[1] === '(' ? closer : from + closer;
      const items = f
        .slice(from, to)
        .replace(/\([^()]*\)/g, '')
        .split(',');
      // A list: short items, more than one (a bracket right behind the name may hold one: "(wrong password)"); a bracket further
      // on, more than one item of a few words.
      const short = (most: number) => items.every((item) => item.trim().split(/\s+/).length <= most);
      if (near ? (opener[1] === '(' || items.length >= 2) && short(5) : items.length >= 2 && short(6)) lists.push([from, to]);
    }
    for (const hit of clause.hits)
      if ((hit.act === 'problem' || hit.act === 'change') && lists.some(([from, to]) => hit.at >= from && hit.end <= to)) out.add(hit);
  }
  return out;
}
