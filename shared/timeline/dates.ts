import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * Calendar dates are plain `YYYY-MM-DD` strings. Arithmetic on them is done in UTC, where every
 * day has 24 hours, so daylight-saving changes can never turn "+7 days" into 6 days and 23 hours.
 * A time zone matters only when an instant becomes a date (what day is it in Chicago?) or a date
 * becomes an instant (when does a wait for that date end?).
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => DateTime.fromISO(value, { zone: 'utc' }).isValid, 'not a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

/** An IANA time zone name such as `America/New_York`. */
export const TimeZone = z
  .string()
  // IANAZone.create caches a zone per name; isValidZone would build an Intl formatter on every check.
  .refine((value) => IANAZone.create(value).isValid, 'not a known IANA time zone (e.g. America/New_York)');

/** An instant as an ISO 8601 timestamp with offset, e.g. `2027-03-01T14:00:00.000Z`. */
export const IsoInstant = z.iso.datetime({ offset: true });

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

function utc(date: IsoDate): DateTime {
  const value = DateTime.fromISO(date, { zone: 'utc' });
  if (!value.isValid) throw new RangeError(`not a calendar date: ${date}`);
  return value;
}

function iso(value: DateTime): IsoDate {
  // toISODate() is null only for an invalid DateTime, which utc() already refused.
  return value.toISODate() ?? '';
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return iso(utc(date).plus({ days }));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(utc(to).diff(utc(from), 'days').days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return utc(date).weekday;
}

export function yearOf(date: IsoDate): number {
  return utc(date).year;
}

/** `Mon 2027-04-19`: the form used in tables and mail. */
export function formatDay(date: IsoDate): string {
  return `${utc(date).toFormat('ccc')} ${date}`;
}

/** The calendar date that `instant` falls on in `timeZone`. */
export function localDate(instant: Date | string, timeZone: string): IsoDate {
  const value = typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);
  if (!value.isValid) throw new RangeError(`not an instant: ${String(instant)}`);
  return iso(value.setZone(timeZone));
}

/**
 * The instant (UTC, RFC 3339) at `hour`:00 local time on `date` in `timeZone`: what a Step Functions
 * Wait's TimestampPath points at for a milestone. 9 a.m. so mail arrives at the start of a working day.
 */
export function instantOn(date: IsoDate, timeZone: string, hour = 9): string {
  const value = DateTime.fromISO(date, { zone: timeZone }).set({ hour, minute: 0, second: 0, millisecond: 0 });
  if (!value.isValid) throw new RangeError(`cannot place ${date} in time zone ${timeZone}`);
  return value.toUTC().toISO() ?? '';
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
