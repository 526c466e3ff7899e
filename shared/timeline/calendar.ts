import Holidays from 'date-holidays';
import { z } from 'zod';
import { IsoDate, WEEKDAY_NAMES, addDays, isoWeekday, yearOf } from './dates';
import { UnknownHolidayCalendarError } from './errors';

/** Kinds of holiday in date-holidays; only days of the kinds listed close the office. */
export const HolidayType = z.enum(['public', 'bank', 'school', 'optional', 'observance']);

/**
 * Which days a project's office is closed, besides weekends. Defaults to US federal holidays
 * (date-holidays' `public` days for `US`, observed days included).
 */
export const HolidayCalendarSpec = z.object({
  /** ISO 3166-1 alpha-2 country code as date-holidays knows it. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as US')
    .default('US'),
  /** State or province code within the country (e.g. `NY`), for its extra holidays. */
  state: z.string().min(1).optional(),
  types: z.array(HolidayType).nonempty().default(['public']),
  /** Company closures (e.g. a shutdown week), counted like holidays. */
  extraClosedDates: z.array(IsoDate).default([]),
});
export type HolidayCalendarSpec = z.infer<typeof HolidayCalendarSpec>;
export type HolidayCalendarInput = z.input<typeof HolidayCalendarSpec>;

/** date-holidays' countries, read once: building its data is the costly part of a calendar. */
let knownCountries: Record<string, string> | undefined;
/** One date-holidays instance per country or state, and its closed days per type list and year. */
const holidaysByLabel = new Map<string, Holidays>();
const holidaysByYear = new Map<string, ReadonlyMap<IsoDate, string>>();

/** Business-day arithmetic is bounded so a calendar with no working days cannot spin forever. */
const MAX_CONSECUTIVE_CLOSED_DAYS = 60;

/**
 * Weekends plus the holidays of one calendar. Pure apart from caches of holidays per year, shared
 * by every calendar of the same country, state and holiday types (a Lambda computes them once).
 * Dates are project-local calendar dates, so the time zone never enters here.
 */
export class BusinessCalendar {
  readonly spec: HolidayCalendarSpec;
  private readonly closedByYear = new Map<number, Map<IsoDate, string>>();

  constructor(input: HolidayCalendarInput = {}) {
    const parsed = HolidayCalendarSpec.safeParse(input);
    if (!parsed.success) {
      throw new UnknownHolidayCalendarError(`holiday calendar: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    }
    this.spec = parsed.data;
    const { country, state } = this.spec;
    if (holidaysByLabel.has(this.label)) return;
    knownCountries ??= new Holidays().getCountries();
    if (!(country in knownCountries)) throw new UnknownHolidayCalendarError(`no holiday calendar for country ${country}`);
    if (state !== undefined && !(state in (new Holidays().getStates(country) ?? {}))) {
      throw new UnknownHolidayCalendarError(`no holiday calendar for ${country}-${state}`);
    }
    holidaysByLabel.set(this.label, state === undefined ? new Holidays(country) : new Holidays(country, state));
  }

  /** A short label for the calendar, e.g. `US` or `US-NY`. */
  get label(): string {
    return this.spec.state ? `${this.spec.country}-${this.spec.state}` : this.spec.country;
  }

  /** Why the office is closed on `date` (`Saturday`, `Memorial Day`…), or undefined on a business day. */
  closure(date: IsoDate): string | undefined {
    const weekday = isoWeekday(date);
    if (weekday >= 6) return WEEKDAY_NAMES[weekday - 1];
    return this.closedDays(yearOf(date)).get(date);
  }

  isBusinessDay(date: IsoDate): boolean {
    return this.closure(date) === undefined;
  }

  /** `date` itself when it is a business day, else the nearest business day before it. */
  onOrBefore(date: IsoDate): IsoDate {
    return this.walk(date, -1, true);
  }

  /** `date` itself when it is a business day, else the nearest business day after it. */
  onOrAfter(date: IsoDate): IsoDate {
    return this.walk(date, 1, true);
  }

  /** The `count`-th business day after `date` (`count` ≥ 0; 0 gives `onOrAfter(date)`). */
  addBusinessDays(date: IsoDate, count: number): IsoDate {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`business days must be a whole number ≥ 0, got ${count}`);
    let current = count === 0 ? this.onOrAfter(date) : date;
    for (let step = 0; step < count; step += 1) current = this.walk(current, 1, false);
    return current;
  }

  /** Business days after `from` up to and including `to` (0 when `to` ≤ `from`). */
  businessDaysBetween(from: IsoDate, to: IsoDate): number {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (this.isBusinessDay(day)) count += 1;
    return count;
  }

  private walk(date: IsoDate, direction: 1 | -1, includeStart: boolean): IsoDate {
    let current = includeStart ? date : addDays(date, direction);
    for (let tries = 0; tries <= MAX_CONSECUTIVE_CLOSED_DAYS; tries += 1) {
      if (this.isBusinessDay(current)) return current;
      current = addDays(current, direction);
    }
    throw new UnknownHolidayCalendarError(`calendar ${this.label} has no business day within ${MAX_CONSECUTIVE_CLOSED_DAYS} days of ${date}`);
  }

  private closedDays(year: number): Map<IsoDate, string> {
    const cached = this.closedByYear.get(year);
    if (cached) return cached;
    const closed = new Map(this.holidaysOf(year));
    for (const date of this.spec.extraClosedDates) if (yearOf(date) === year) closed.set(date, 'company closure');
    this.closedByYear.set(year, closed);
    return closed;
  }

  private holidaysOf(year: number): ReadonlyMap<IsoDate, string> {
    const key = `${this.label}|${[...this.spec.types].sort().join(',')}|${year}`;
    const cached = holidaysByYear.get(key);
    if (cached) return cached;
    const holidays = new Map<IsoDate, string>();
    const types: readonly string[] = this.spec.types;
    for (const holiday of holidaysByLabel.get(this.label)?.getHolidays(year) ?? []) {
      const date = holiday.date.slice(0, 10);
      if (types.includes(holiday.type) && !holidays.has(date)) holidays.set(date, holiday.name);
    }
    holidaysByYear.set(key, holidays);
    return holidays;
  }
}
