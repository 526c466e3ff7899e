import * as chrono from 'chrono-node';
import type { Contact } from './schemas';

/** Words that make a sentence about the launch date. */
const LAUNCH_WORDS = /\b(launch\w*|go[- ]?live|going live|live date|release|target date|desired date|go live date|live on)\b/i;

export interface LaunchDateOptions {
  /** The date replies are read relative to (the mail's Date, or a given one). */
  readonly reference: Date;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Sentences of the text (a line break or terminal punctuation ends one). */
function sentences(text: string): string[] {
  return text.match(/[^.!?\n]+(?:[.!?]+(?=\s|$)|\n|$)/g) ?? [];
}

/**
 * A launch date the text asks for: a date with a certain day, in a sentence that speaks of the
 * launch, not before the reference date. "early April" has no day and gives null (the system asks
 * again). Only sentences about the launch are handed to chrono, which is the costly part.
 */
export function extractLaunchDate(text: string, options: LaunchDateOptions): string | null {
  const referenceDay = iso(options.reference.getUTCFullYear(), options.reference.getUTCMonth() + 1, options.reference.getUTCDate());
  const reference = { instant: options.reference, timezone: 0 };
  for (const sentence of sentences(text)) {
    if (!LAUNCH_WORDS.test(sentence)) continue;
    for (const { start } of chrono.parse(sentence, reference, { forwardDate: true })) {
      if (!start.isCertain('day') || !start.isCertain('month')) continue;
      const year = start.get('year');
      const month = start.get('month');
      const day = start.get('day');
      if (year === null || month === null || day === null) continue;
      const date = iso(year, month, day);
      if (date >= referenceDay) return date;
    }
  }
  return null;
}

const ADDRESS = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** Capitalised words that come before an address without being a name. */
const NOT_NAME = new Set([
  'Please',
  'Contact',
  'Email',
  'E-mail',
  'Mail',
  'Reach',
  'Our',
  'The',
  'New',
  'POC',
  'Is',
  'At',
  'With',
  'From',
  'Now',
  'On',
  'To',
  'Cc',
  'CC',
  'Or',
  'And',
  'Also',
  'Her',
  'His',
  'Their',
  'Hi',
  'Hello',
  'Dear',
  'Thanks',
  'I',
  'We',
  'Send',
  'Write',
  'Copy',
  'Add',
  'Loop',
  'In',
  'Use',
]);
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * People named in the text: each address with the run of up to four capitalised words right
 * before it ("Jane Roe <jane@x>", "Jane Roe (jane@x)", "Jane Roe - jane@x", "Jane Roe: jane@x").
 */
export function extractContacts(text: string, exclude: ReadonlySet<string>): Contact[] {
  const contacts: Contact[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(ADDRESS)) {
    const email = match[0].toLowerCase().replace(/\.$/, '');
    if (exclude.has(email) || seen.has(email)) continue;
    seen.add(email);
    const before = text.slice(Math.max(0, (match.index ?? 0) - 120), match.index ?? 0);
    // Only the separators the contract names may stand between the name and the address.
    const tail = /([\p{L}'’.\- ]+?)\s*(?:<|\(|\s-\s|:\s*|,\s*|\s(?:at|via)\s|\s)\s*$/u.exec(before.split('\n').pop() ?? '');
    const words = (tail?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
    const name: string[] = [];
    for (let i = words.length - 1; i >= 0 && name.length < 4; i -= 1) {
      const word = words[i] ?? '';
      if (!NAME_WORD.test(word) || NOT_NAME.has(word)) break;
      name.unshift(word);
    }
    contacts.push({ name: name.length > 0 ? name.join(' ') : null, email });
  }
  return contacts;
}
