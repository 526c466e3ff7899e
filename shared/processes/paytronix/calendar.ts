import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import type { Project } from '../../project/schemas';
import type { ServiceConfig } from '../../lifecycle/config';

/**
 * The IDI invitation as an iCalendar REQUEST (RFC 5546): one event, its uid fixed per project so a
 * rescheduled IDI (a higher SEQUENCE) updates the invitation people already accepted.
 * Times are UTC: every calendar shows them in its own zone.
 */
export function idiInvitation(project: Project, config: ServiceConfig, attendees: readonly string[], now: string): string | undefined {
  const idi = project.idi;
  if (!idi) return undefined;
  const start = new Date(idi.start);
  const calendar = ical({ method: ICalCalendarMethod.REQUEST, prodId: { company: config.teamName, product: 'integrations', language: 'EN' } });
  calendar.createEvent({
    id: idi.uid,
    sequence: idi.sequence,
    stamp: new Date(now),
    start,
    end: new Date(start.getTime() + idi.minutes * 60_000),
    summary: `[${project.id}] Integration Deployment Interview: ${project.title}`.replace(/[\r\n]+/g, ' '),
    description: `The Integration Deployment Interview for ${project.title} (${project.client.name}).`.replace(/[\r\n]+/g, ' '),
    organizer: { name: config.teamName.replace(/[\r\n"]+/g, ' '), email: config.serviceAddress },
    attendees: attendees.map((email) => ({
      email,
      name: project.parties.find((p) => p.email === email)?.name.replace(/[\r\n"]+/g, ' '),
      rsvp: true,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    })),
  });
  return calendar.toString();
}
