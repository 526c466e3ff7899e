import { describe, expect, it } from 'vitest';
import { BusinessCalendar, earliestRoundEnd, mayEndRound, roundBringsFees } from '../../shared/timeline';

const us = new BusinessCalendar();

describe('certification rounds in business days', () => {
  it.each([
    { case: 'materials on a Monday → the next Monday', materials: '2027-04-05', end: '2027-04-12' },
    { case: 'materials on a Friday → the next Friday', materials: '2027-04-09', end: '2027-04-16' },
    { case: 'materials on a Saturday → the next Friday', materials: '2027-04-10', end: '2027-04-16' },
    { case: 'Memorial Day in between adds a day', materials: '2027-05-24', end: '2027-06-01' },
    { case: 'Thanksgiving in between adds a day', materials: '2027-11-22', end: '2027-11-30' },
  ])('ends no earlier than five business days after the last material: $case', ({ materials, end }) => {
    expect(earliestRoundEnd(materials, us)).toBe(end);
    expect(mayEndRound(materials, end, us)).toBe(true);
  });

  it('refuses an end one business day too early', () => {
    expect(mayEndRound('2027-05-24', '2027-05-28', us)).toBe(false);
    expect(mayEndRound('2027-05-24', '2027-05-31', us)).toBe(false); // Memorial Day is not a business day
  });

  it('brings fees from the fourth round on, when three are included', () => {
    expect([1, 2, 3, 4, 5].map((n) => roundBringsFees(n, 3))).toEqual([false, false, false, true, true]);
  });
});
