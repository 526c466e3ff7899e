import type { NoticeRequest } from '../../lifecycle/outcome';
import type { LifecyclePorts } from '../../lifecycle/ports';
import { updateProject } from '../../project/ports';
import type { Project } from '../../project/schemas';
import { BusinessCalendar } from '../../timeline/calendar';
import type { PreparedNotice } from '../types';
import { candidateSlots, currentRound, earliestEnd, paytronixRules } from './certification';
import { welcomeGate } from './gate';

/** Thrown when no certification slot is free within the search horizon: a person has to decide. */
export class NoCertificationSlotError extends Error {
  override name = 'NoCertificationSlotError';
}

/**
 * Most notices go out as asked. A few need more: the welcome mail checks its gate; a booked-round
 * notice books the slot first; the closing notice closes the project. Undefined: send as asked.
 */
export async function preparePaytronixNotice(ports: LifecyclePorts, project: Project, request: NoticeRequest): Promise<PreparedNotice | undefined> {
  switch (request.template) {
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
      return undefined;
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
        r.number === round.number
          ? { ...r, slotWeek: slot.week, slotStartsOn: slot.startsOn, earliestEndOn: earliestEnd(calendar, r.materialsCompleteOn, slot.startsOn) }
          : r,
      ),
    }));
  }
  throw new NoCertificationSlotError(
    `no certification slot is free in the next ${candidateSlots(calendar, round.materialsCompleteOn).length} weeks for ${project.id}`,
  );
}

/** The weekly slot a round holds: its week's slot item, and the round as its member. */
export function slotOf(project: Pick<Project, 'id'>, round: { readonly number: number; readonly slotWeek?: string | undefined }) {
  return round.slotWeek ? { slot: `certification#${round.slotWeek}`, member: `${project.id}#${round.number}` } : undefined;
}

/**
 * A round that failed gives its week's place back, so another project's round may start that
 * week; a certified round keeps its place (it used the week). Run after the decision is saved.
 */
export async function releaseEndedRoundSlots(ports: LifecyclePorts, before: Project, after: Project): Promise<void> {
  for (const round of after.certificationRounds) {
    const was = before.certificationRounds.find((r) => r.number === round.number);
    if (round.outcome !== 'failed' || was?.outcome === 'failed') continue;
    const held = slotOf(after, round);
    if (held) await ports.store.releaseSlot(held.slot, held.member);
  }
}
