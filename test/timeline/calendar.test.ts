import { describe, expect, it } from 'vitest';
import { BusinessCalendar, UnknownHolidayCalendarError } from '../../shared/timeline';

const us = new BusinessCalendar();

describe('BusinessCalendar (US federal holidays by default)', () => {
  it.each([
    { case: 'a Saturday', date: '2027-04-17', closure: 'Saturday' },
    { case: 'a Sunday', date: '2027-04-18', closure: 'Sunday' },
    { case: 'Memorial Day', date: '2027-05-31', closure: 'Memorial Day' },
    { case: 'Thanksgiving', date: '2027-11-25', closure: 'Thanksgiving Day' },
    { case: 'the Monday observed for Independence Day on a Sunday', date: '2027-07-05', closure: 'Independence Day (substitute day)' },
    { case: 'Christmas observed on Friday 2027-12-24', date: '2027-12-24', closure: 'Christmas Day (substitute day)' },
  ])('knows the office is closed on $case', ({ date, closure }) => {
    expect(us.closure(date)).toBe(closure);
    expect(us.isBusinessDay(date)).toBe(false);
  });

  it.each([
    { case: 'an ordinary Monday', date: '2027-04-19' },
    { case: 'Valentine’s Day (an observance, not a day off)', date: '2028-02-14' },
    { case: 'the day after Thanksgiving (not federal)', date: '2027-11-26' },
    { case: 'Tax Day (observance only)', date: '2027-04-15' },
  ])('treats $case as a business day', ({ date }) => {
    expect(us.isBusinessDay(date)).toBe(true);
  });

  it('moves a weekend date to the Friday before, and a Monday holiday to the Friday before', () => {
    expect(us.onOrBefore('2027-04-18')).toBe('2027-04-16');
    expect(us.onOrBefore('2027-05-31')).toBe('2027-05-28');
    expect(us.onOrBefore('2027-04-19')).toBe('2027-04-19');
  });

  it('walks back over a weekend and a holiday together (Monday 2028-01-17, MLK Day)', () => {
    expect(us.onOrBefore('2028-01-17')).toBe('2028-01-14');
  });

  it('counts business days, skipping weekends and holidays', () => {
    // Mon 2027-05-24 + 5 business days: Tue, Wed, Thu, Fri, (weekend, Memorial Day) Tue 06-01.
    expect(us.addBusinessDays('2027-05-24', 5)).toBe('2027-06-01');
    expect(us.businessDaysBetween('2027-05-24', '2027-06-01')).toBe(5);
    expect(us.addBusinessDays('2027-04-17', 0)).toBe('2027-04-19');
  });

  it('uses the holidays of the calendar a project names (Germany: Whit Monday; UK: the August bank holiday)', () => {
    const germany = new BusinessCalendar({ country: 'DE' });
    expect(germany.closure('2027-05-17')).toMatch(/Pfingstmontag|Whit/);
    expect(us.isBusinessDay('2027-05-17')).toBe(true);
    const england = new BusinessCalendar({ country: 'GB', state: 'ENG', types: ['public', 'bank'] });
    expect(england.isBusinessDay('2027-08-30')).toBe(false);
  });

  it('counts company closure days like holidays', () => {
    const calendar = new BusinessCalendar({ extraClosedDates: ['2027-04-16'] });
    expect(calendar.closure('2027-04-16')).toBe('company closure');
    expect(calendar.onOrBefore('2027-04-18')).toBe('2027-04-15');
  });

  it.each([
    { case: 'an unknown country', input: { country: 'ZZ' } },
    { case: 'an unknown state', input: { country: 'US', state: 'QQ' } },
    { case: 'a lower-case code', input: { country: 'us' } },
  ])('refuses $case with a named error', ({ input }) => {
    expect(() => new BusinessCalendar(input)).toThrow(UnknownHolidayCalendarError);
  });
});
