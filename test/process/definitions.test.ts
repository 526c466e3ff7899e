import { describe, expect, it } from 'vitest';
import { cadmium } from '../../shared/processes/cadmium/definition';
import { paytronix } from '../../shared/processes/paytronix/definition';
import { Phase, processById, PROCESSES, UnknownProcessError } from '../../shared/processes/registry';

describe('the two processes as data', () => {
  it('defines the EventTech milestones in timeline order with the offsets of the source', () => {
    expect(cadmium.milestones.map((m) => [m.id, m.anchor, m.offsetDays])).toEqual([
      ['kickoffCallReminder', 'kickoffDue', -30],
      ['kickoffDue', 'launch', -49],
      ['requirementsDue', 'launch', -35],
      ['developmentDue', 'launch', -14],
      ['clientTestingDue', 'launch', -7],
      ['launch', 'launch', 0],
    ]);
  });

  it('gives the EventTech rules the process states: 48 hours for the plan, queue over development', () => {
    expect(cadmium.rules).toMatchObject({ kind: 'launch-timeline', planApprovalHours: 48, queueWindow: { from: 'requirementsDue', to: 'developmentDue' } });
  });

  it('gives the Paytronix rules: five business days a round, three rounds before fees, schedule by all', () => {
    expect(paytronix.rules).toMatchObject({
      kind: 'staged-certification',
      scheduleApproval: 'all-parties',
      certification: { minimumBusinessDaysAfterMaterials: 5, roundsIncludedBeforeFees: 3 },
      monitoringDays: 14,
    });
    expect(paytronix.parties.map((p) => p.role)).toEqual(['technical-consultant', 'sales', 'integrations-team', 'client', 'integrator']);
  });

  it('uses only phases the project record knows', () => {
    for (const process of Object.values(PROCESSES)) {
      for (const phase of process.phases) expect(Phase.options).toContain(phase);
    }
  });

  it('names an unknown process in the error', () => {
    expect(processById('cadmium')).toBe(cadmium);
    expect(() => processById('acme')).toThrow(UnknownProcessError);
    expect(() => processById('acme')).toThrow(/known: cadmium, paytronix/);
  });
});
