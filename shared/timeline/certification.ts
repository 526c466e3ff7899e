import type { BusinessCalendar } from './calendar';
import type { IsoDate } from './dates';

/** The process rule: a certification round ends no earlier than five business days after all materials. */
export const MIN_CERTIFICATION_BUSINESS_DAYS = 5;

/**
 * The earliest date a certification round may end: the `minimumBusinessDays`-th business day after
 * the day the last testing material arrived (a holiday in between does not count).
 */
export function earliestRoundEnd(materialsCompleteOn: IsoDate, calendar: BusinessCalendar, minimumBusinessDays = MIN_CERTIFICATION_BUSINESS_DAYS): IsoDate {
  return calendar.addBusinessDays(materialsCompleteOn, minimumBusinessDays);
}

/** Whether a round may end on `endOn`, given when its materials were complete. */
export function mayEndRound(
  materialsCompleteOn: IsoDate,
  endOn: IsoDate,
  calendar: BusinessCalendar,
  minimumBusinessDays = MIN_CERTIFICATION_BUSINESS_DAYS,
): boolean {
  return calendar.businessDaysBetween(materialsCompleteOn, endOn) >= minimumBusinessDays;
}

/** Whether starting round `roundNumber` brings additional fees (more rounds than the included ones). */
export function roundBringsFees(roundNumber: number, roundsIncludedBeforeFees: number): boolean {
  return roundNumber > roundsIncludedBeforeFees;
}
