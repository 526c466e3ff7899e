import { daysBetween, formatDay, localDate } from '../timeline/dates';

/** Plain-text lines stay readable on a phone and survive mail clients that hard-wrap at 80. */
export const MAX_LINE = 78;

// C0/C1 controls, Unicode line/paragraph separators and bidi overrides: any of them can break a
// header (CR/LF) or make a name read differently from what it is (U+202E).
const CONTROL = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** A value on one line: every control character becomes a space, runs of spaces collapse. */
export function oneLine(value: string): string {
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** Multi-line text from mail (a quoted reply): newlines kept, other controls dropped. */
export function multiLine(value: string): string[] {
  const normalised = value.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(CONTROL_EXCEPT_NEWLINE, ' ');
  return normalised.split('\n').map((line) => line.replace(/\s+$/, ''));
}

/** Shortens a one-line value for a subject, where a 200-character client name would bury the point. */
export function clip(value: string, max = 40): string {
  const clean = oneLine(value);
  const chars = [...clean];
  return chars.length <= max
    ? clean
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** `Mon 2027-04-19`, or the raw value if it is not a date (never throws while rendering mail). */
export function day(date: string | undefined): string {
  if (!date) return 'not set yet';
  try {
    return formatDay(date);
  } catch {
    return oneLine(date);
  }
}

/** The local date of an instant in the project's zone, shown as a day; undefined if unreadable. */
export function dayOf(instant: string | undefined, timeZone: string): string | undefined {
  if (!instant) return undefined;
  try {
    return formatDay(localDate(instant, timeZone));
  } catch {
    return undefined;
  }
}

/** " (3 days ago)" for a due date before today in the project's zone; empty otherwise. */
export function ago(date: string | undefined, now: string, timeZone: string): string {
  if (!date) return '';
  try {
    const days = daysBetween(date, localDate(now, timeZone));
    if (days <= 0) return '';
    return days === 1 ? ' (yesterday)' : ` (${days} days ago)`;
  } catch {
    return '';
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const length = (value: string): number => [...value].length;
const DAY = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{4}-\d{2}-\d{2})\b/g;
const GLUE = '\u0000';
const isUrl = (word: string): boolean => /^<?[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(word);

/**
 * Wraps `text` to {@link MAX_LINE} with `first` before the first line and `rest` before the others.
 * URLs are never broken (a broken link is worse than a long line); any other overlong word is.
 */
export function wrap(text: string, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  const width = (): number => MAX_LINE - length(lines.length === 0 ? first : rest);
  const flush = (): void => {
    lines.push(line.trimEnd());
    line = rest;
    empty = true;
  };
  // A day such as "Mon 2027-04-19" is one thing to read; never split it across lines.
  const words = oneLine(text)
    .replace(DAY, `$1${GLUE}$2`)
    .split(' ')
    .filter(Boolean)
    .map((w) => w.replaceAll(GLUE, ' '));
  for (const word of words) {
    const candidate = empty ? word : ` ${word}`;
    if (length(line) + length(candidate) <= MAX_LINE) {
      line += candidate;
      empty = false;
      continue;
    }
    if (!empty) flush();
    if (length(word) <= width() || isUrl(word)) {
      line += word;
      empty = false;
      continue;
    }
    let chars = [...word];
    while (chars.length > width()) {
      line += chars.slice(0, width()).join('');
      chars = chars.slice(width());
      flush();
    }
    line += chars.join('');
    empty = chars.length === 0;
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/**
 * A command line to copy, indented; a long one is broken before its `--options` with a shell
 * continuation so it still pastes as one command.
 */
export function commandLines(command: string, indent = '  '): string[] {
  const clean = oneLine(command);
  if (length(indent + clean) <= MAX_LINE) return [indent + clean];
  const parts = clean.split(/ (?=--)/);
  const lines: string[] = [];
  let line = indent + (parts.shift() ?? '');
  for (const part of parts) {
    if (length(`${line} ${part} \\`) <= MAX_LINE) line += ` ${part}`;
    else {
      lines.push(`${line} \\`);
      line = `${indent}  ${part}`;
    }
  }
  lines.push(line);
  return lines;
}
