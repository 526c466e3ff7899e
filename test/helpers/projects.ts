import { cadmium } from '../../shared/processes/cadmium/definition';
import { Project } from '../../shared/project';
import { BusinessCalendar, computeTimeline } from '../../shared/timeline';

/** A valid EventTech project record at version 0, with a timeline when `launch` is given. */
export function sampleProject(id: string, overrides: { launch?: string; phase?: Project['phase']; updatedAt?: string } = {}): Project {
  const timeline = overrides.launch ? computeTimeline(cadmium, overrides.launch, new BusinessCalendar()) : null;
  return Project.parse({
    id,
    process: 'cadmium',
    title: 'Registration sync',
    client: { name: 'Acme Events' },
    phase: overrides.phase ?? (timeline ? 'scheduled' : 'contracted'),
    parties: [
      { role: 'client-poc', name: 'Pat Doe', email: 'Pat.Doe@Acme-Events.example', verified: true },
      { role: 'pm', name: 'Sam Lee', email: 'sam.lee@vendor.example' },
    ],
    desiredLaunch: overrides.launch,
    timeline: { original: timeline, current: timeline },
    requirements: [{ id: 'test-accounts', label: 'Test accounts', kind: 'test-accounts' }],
    createdAt: '2026-11-02T14:00:00.000Z',
    updatedAt: overrides.updatedAt ?? '2026-11-02T14:00:00.000Z',
    version: 0,
  });
}
