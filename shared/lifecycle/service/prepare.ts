import { updateProject } from '../../project/ports';
import type { Project } from '../../project/schemas';
import { BusinessCalendar } from '../../timeline/calendar';
import type { NoticeRequest } from '../outcome';
import { candidateSlots, currentRound, earliestEnd, paytronixRules } from '../paytronix/certification';
import { welcomeGate } from '../paytronix/gate';
import type { LifecyclePorts } from '../ports';

/** What the workflow's notify task sends, after the record was brought up to date for it. */
export interface PreparedNotice {
  readonly project: Project;
  /** The notice to send; another one than asked when a gate is closed, none when nothing is due. */
  readonly request?: NoticeRequest;
  /** Applied to the record in the write that marks the notice sent. */
  readonly after?: (project: Project) => Project;
}

/** Thrown when no certification slot is free within the search horizon: a person has to decide. */
export class NoCertificationSlotError extends Error {
  override name = 'NoCertificationSlotError';
}

/**
 * Most notices go out as asked. A few need more: the timeline says why the launch moved; the
 * welcome mail checks its gate; a booked-round notice books the slot first; the closing notice
 * closes the project.
 */
export async function prepareNotice(ports: LifecyclePorts, project: Project, request: NoticeRequest): Promise<PreparedNotice> {
  switch (request.template) {
    case 'timeline': {
      // The timeline says why the launch is later than asked, when the lead time or the queue moved it.
      const moved = project.progress['launch-moved']?.note;
      return { project, request: moved ? { ...request, extras: { launchReasons: [moved] } } : request };
    }
    case 'welcome': {
      const missing = welcomeGate(project);
      if (project.progress['welcome-sent']) return { project };
      if (missing.length > 0) return { project, request: { template: 'test-credentials-needed', to: 'staff', extras: { gateMissing: missing } } };
      const now = ports.clock.now();
      return { project, request, after: (p) => ({ ...p, phase: 'development', progress: { ...p.progress, 'welcome-sent': { at: now, by: 'system' } } }) };
    }
    case 'certification-booked': {
      const booked = await bookCertification(ports, project);
      return { project: booked, request: { ...request, extras: { round: currentRound(booked) } } };
    }
    case 'certified': {
      const round = project.certificationRounds.filter((r) => r.outcome === 'certified').at(-1);
      return { project, request: { ...request, extras: round ? { round } : {} } };
    }
    case 'development-checklist':
      // A later development cycle needs no second checklist when the first one was completed.
      return project.progress['test-cards-sent'] && project.progress['test-user-created'] ? { project } : { project, request };
    case 'not-feasible':
      return { project, request: { ...request, extras: { note: project.progress['not-feasible']?.note ?? '' } } };
    case 'project-closed': {
      const now = ports.clock.now();
      return { project, request, after: (p) => ({ ...p, phase: 'closed', progress: { ...p.progress, closed: { at: now, by: 'system' } } }) };
    }
    default:
      return { project, request };
  }
}

/**
 * Books the current round into the first week with a free slot (an atomic conditional add per
 * week, so two projects cannot take the last slot), then records the week on the round. A retry
 * finds its own booking again: the add is idempotent for the same project and round.
 */
export async function bookCertification(ports: LifecyclePorts, project: Project): Promise<Project> {
  const round = currentRound(project);
  if (!round || round.slotStartsOn) return project;
  const calendar = new BusinessCalendar(project.holidays);
  const capacity = ports.config.certificationSlotsPerWeek ?? paytronixRules().certification.slotsPerWeek;
  const member = `${project.id}#${round.number}`;
  for (const slot of candidateSlots(calendar, round.materialsCompleteOn)) {
    if (!(await ports.store.bookSlot(`certification#${slot.week}`, member, capacity))) continue;
    return updateProject(ports.store, project.id, (current) => ({
      ...current,
      updatedAt: ports.clock.now(),
      certificationRounds: current.certificationRounds.map((r) =>
        r.number === round.number ? { ...r, slotWeek: slot.week, slotStartsOn: slot.startsOn, earliestEndOn: earliestEnd(calendar, r.materialsCompleteOn, slot.startsOn) } : r,
      ),
    }));
  }
  throw new NoCertificationSlotError(`no certification slot is free in the next ${candidateSlots(calendar, round.materialsCompleteOn).length} weeks for ${project.id}`);
}
