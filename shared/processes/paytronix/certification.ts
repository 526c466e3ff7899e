import type { StagedCertificationRules } from '../definition';
import { paytronix } from './definition';
import type { CertificationRound, Project } from '../../project/schemas';
import type { BusinessCalendar } from '../../timeline/calendar';
import { addDays, isoWeekday, maxDate, type IsoDate } from '../../timeline/dates';

export function paytronixRules(): StagedCertificationRules {
  if (paytronix.rules.kind !== 'staged-certification') throw new Error('the Paytronix process lost its rules');
  return paytronix.rules;
}

/** How many weeks ahead a booking looks for a free slot before it gives up and asks a person. */
export const SLOT_SEARCH_WEEKS = 26;

/**
 * The earliest day a round may end: five business days (the process's number) after the last
 * testing material arrived, and never before the round's first day.
 */
export function earliestEnd(calendar: BusinessCalendar, materialsOn: IsoDate, slotStartsOn?: IsoDate): IsoDate {
  const afterMaterials = calendar.addBusinessDays(materialsOn, paytronixRules().certification.minimumBusinessDaysAfterMaterials);
  return slotStartsOn ? maxDate(afterMaterials, slotStartsOn) : afterMaterials;
}

/** The Monday of the week a day falls in: slots are counted per week. */
export function weekOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/**
 * The weeks a round may be booked into, nearest first: starting with the week of the first business
 * day after the materials arrived. Each comes with the round's first day in that week.
 */
export function candidateSlots(calendar: BusinessCalendar, materialsOn: IsoDate, weeks = SLOT_SEARCH_WEEKS): { week: IsoDate; startsOn: IsoDate }[] {
  const first = calendar.addBusinessDays(materialsOn, 1);
  const slots: { week: IsoDate; startsOn: IsoDate }[] = [];
  for (let i = 0; i < weeks; i += 1) {
    const week = addDays(weekOf(first), 7 * i);
    const startsOn = calendar.onOrAfter(i === 0 ? first : week);
    // A week closed from Monday to Friday (a shutdown) has no round start in it.
    if (weekOf(startsOn) === week) slots.push({ week, startsOn });
  }
  return slots;
}

/** The round of the project's current development cycle, if one was opened. */
export function currentRound(project: Project): CertificationRound | undefined {
  return project.certificationRounds.find((r) => r.cycle === project.testingCycle);
}

/** Rounds beyond the included ones carry additional fees (the fourth, with three included). */
export function feesApply(roundNumber: number): boolean {
  return roundNumber > paytronixRules().certification.roundsIncludedBeforeFees;
}
