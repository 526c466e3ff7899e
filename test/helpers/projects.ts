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

/** An EventTech record at `phase`, as far along as that phase needs (a timeline; a plan to approve; tested work). */
export function cadmiumProjectAt(phase: string): Project {
  const base = sampleProject('INT-1001', { launch: '2027-06-07', phase });
  // Before the details are confirmed there is no timeline yet (it is computed from the confirmed launch date).
  const timeline = phase === 'contracted' || phase === 'confirming-details' ? { original: null, current: null } : base.timeline;
  const plan = {
    subject: 'project-plan',
    mode: 'any-one',
    requestedAt: '2027-02-26T15:00:00.000Z',
    revision: 1,
    decisions: [{ email: 'pat.doe@acme-events.example', role: 'client-poc', decision: 'pending' }],
  };
  const approvedPlan = {
    ...plan,
    decisions: [{ email: 'pat.doe@acme-events.example', role: 'client-poc', decision: 'approved', at: '2027-02-27T15:00:00.000Z' }],
  };
  const done = { at: '2027-02-20T15:00:00.000Z', by: 'sam.lee@vendor.example' };
  const progress =
    phase === 'client-testing'
      ? {
          'contract-reviewed': done,
          'kickoff-held': done,
          'submitted-for-development': done,
          'review-complete': done,
          'development-complete#1': done,
          'qa-complete#1': done,
        }
      : phase === 'contracted'
        ? {}
        : phase === 'confirming-details'
          ? { 'contract-reviewed': done }
          : { 'contract-reviewed': done, 'kickoff-held': done };
  const received = { at: '2027-02-28T15:00:00.000Z', evidence: { kind: 'staff-action', by: 'sam.lee@vendor.example', action: 'recorded' } };
  return Project.parse({
    ...base,
    timeline,
    approvals: phase === 'plan-approval' ? [plan] : phase === 'contracted' ? [] : [approvedPlan],
    requirements: phase === 'client-testing' ? base.requirements.map((r) => ({ ...r, received })) : base.requirements,
    progress,
  });
}
