import ical, { ICalEventTransparency } from 'ical-generator';
import { processOf } from '../processes/registry';
import type { Project } from '../project/schemas';
import { addDays, daysBetween, formatDay, type IsoDate } from '../timeline/dates';

/*
 * The iCalendar text of a calendar feed (docs/table-design.md#calendar-feeds). Pure: projects in,
 * text out. A calendar app that subscribed to the feed polls it and updates each event in place by
 * its UID, fixed per project and milestone (or round), when a date moves. Only dates, titles, ids
 * and client names go in: never a credential, an address other than the feed's own subject, or
 * anything a mail said.
 */

/** One event of a feed, before it is written as iCalendar. */
export interface FeedEvent {
  /** Stable per project and milestone (or IDI, or certification round): the app updates the event it already has. */
  readonly uid: string;
  /** Raised whenever the event's date moved. */
  readonly sequence: number;
  readonly summary: string;
  readonly description: string;
  /** When the record last changed (DTSTAMP and LAST-MODIFIED). */
  readonly stamp: string;
  /** An all-day event from `start` through `last` (inclusive), or a timed one. */
  readonly when:
    | { readonly allDay: true; readonly start: IsoDate; readonly last: IsoDate }
    | { readonly allDay: false; readonly start: string; readonly minutes: number };
}

export interface FeedCalendar {
  /** The calendar's name in the app (X-WR-CALNAME). */
  readonly name: string;
  /** The vendor's team (PRODID). */
  readonly teamName: string;
  /** The service address's domain: the right-hand side of every UID. */
  readonly domain: string;
}

/** How often an app should poll (REFRESH-INTERVAL, X-PUBLISHED-TTL); most apps poll on their own schedule anyway. */
const REFRESH_SECONDS = 3600;

/** One line, no control characters: what goes into a SUMMARY or a calendar name. */
function line(text: string): string {
  return text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `INT-1001 Acme Events`: how every event of a project starts. */
function heading(project: Project): string {
  return line(`${project.id} ${project.client.name}`);
}

function about(project: Project): string {
  return line(`${project.title} for ${project.client.name} (${project.id}), now in ${project.phase}`);
}

/** The milestones of the project's current timeline, in its process's order, as all-day events. */
function milestoneEvents(project: Project, domain: string): FeedEvent[] {
  const current = project.timeline.current;
  if (!current) return [];
  const original = project.timeline.original ?? {};
  return processOf(project).definition.milestones.flatMap((milestone): FeedEvent[] => {
    const date = current[milestone.id];
    if (!date) return [];
    const moves = project.ledger.filter((entry) => entry.moves.some((move) => move.milestone === milestone.id));
    const first = original[milestone.id]?.due;
    const lines = [`${milestone.label} of ${about(project)}.`, `Due ${formatDay(date.due)}.`];
    if (date.adjustedFor) lines.push(`The business day before ${formatDay(date.nominal)} (${line(date.adjustedFor)}).`);
    if (first && first !== date.due) {
      const causes = [...new Set(moves.map((entry) => entry.cause.replace(/-/g, ' ')))];
      lines.push(
        `Moved from ${formatDay(first)}, the original date (${daysBetween(first, date.due) > 0 ? 'later' : 'earlier'} by ${plural(Math.abs(daysBetween(first, date.due)), 'day')}; ${plural(moves.length, 'move')}${causes.length > 0 ? `: ${causes.join(', ')}` : ''}).`,
      );
    } else if (moves.length > 0) {
      lines.push(`Back on its original date after ${plural(moves.length, 'move')}.`);
    }
    return [
      {
        uid: `${project.id}.${milestone.id}@${domain}`,
        // Every move of this date is a ledger entry naming it: a count that only grows.
        sequence: Math.max(moves.length, first && first !== date.due ? 1 : 0),
        summary: `${heading(project)}: ${line(milestone.label)}`,
        description: lines.join('\n'),
        stamp: project.updatedAt,
        when: { allDay: true, start: date.due, last: date.due },
      },
    ];
  });
}

/** The interview a project without a launch timeline schedules, at its time (UTC). */
function interviewEvents(project: Project, domain: string): FeedEvent[] {
  const interview = project.idi;
  if (!interview) return [];
  return [
    {
      // Not the invitation's UID: the feed is another calendar, and an app must not merge the two.
      uid: `${project.id}.interview@${domain}`,
      sequence: interview.sequence,
      summary: `${heading(project)}: Integration Deployment Interview`,
      description: [
        `The Integration Deployment Interview of ${about(project)}.`,
        `${interview.minutes} minutes; the invitation was mailed to every party.`,
      ].join('\n'),
      stamp: project.updatedAt,
      when: { allDay: false, start: interview.start, minutes: interview.minutes },
    },
  ];
}

/** Each booked certification round, from its first day through its earliest end (or the day it ended). */
function roundEvents(project: Project, domain: string): FeedEvent[] {
  return project.certificationRounds.flatMap((round): FeedEvent[] => {
    const start = round.slotStartsOn;
    if (!start) return [];
    const last = round.endedOn ?? round.earliestEndOn;
    const ended = round.outcome !== 'pending';
    const outcome = ended ? `${round.outcome === 'certified' ? 'Certified' : 'Failed'} on ${formatDay(last)}.` : 'In progress.';
    return [
      {
        uid: `${project.id}.certification-${round.number}@${domain}`,
        // The earliest end only moves later (more material), and a round ends on or after it:
        // the days it spans, plus one once it ended, grow with every change.
        sequence: Math.max(0, daysBetween(start, last)) + (ended ? 1 : 0),
        summary: `${heading(project)}: Certification round ${round.number}`,
        description: [
          `Certification round ${round.number} of ${about(project)}.`,
          `Starts ${formatDay(start)}; ends no earlier than ${formatDay(round.earliestEndOn)} (the last testing material came on ${formatDay(round.materialsCompleteOn)}).`,
          outcome,
        ].join('\n'),
        stamp: project.updatedAt,
        when: { allDay: true, start, last: last < start ? start : last },
      },
    ];
  });
}

/** Every event of one project: its milestones, or (a project staged without a timeline) its interview and certification rounds. */
export function projectEvents(project: Project, domain: string): FeedEvent[] {
  return [...milestoneEvents(project, domain), ...interviewEvents(project, domain), ...roundEvents(project, domain)];
}

/** The iCalendar text of a feed over `projects` (one for a project's feed, a PM's active projects for theirs). */
export function feedCalendar(projects: readonly Project[], options: FeedCalendar): string {
  const calendar = ical({
    name: line(options.name),
    prodId: { company: line(options.teamName), product: 'integrations calendar feed', language: 'EN' },
    ttl: REFRESH_SECONDS,
  });
  for (const project of [...projects].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const event of projectEvents(project, options.domain)) {
      calendar.createEvent({
        id: event.uid,
        sequence: event.sequence,
        stamp: new Date(event.stamp),
        lastModified: new Date(event.stamp),
        summary: event.summary,
        description: event.description,
        // A milestone or a round is a date, not time taken: it does not make anyone busy; the interview does.
        transparency: event.when.allDay ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
        ...(event.when.allDay
          ? { allDay: true, start: event.when.start, end: addDays(event.when.last, 1) }
          : { start: new Date(event.when.start), end: new Date(Date.parse(event.when.start) + event.when.minutes * 60_000) }),
      });
    }
  }
  return calendar.toString();
}
