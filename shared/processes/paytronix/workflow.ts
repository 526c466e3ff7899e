import type { WorkflowSpec } from '../types';

/**
 * The Paytronix lifecycle (docs/paytronix.md): discovery with its feasibility decision, the
 * requirements stage (IDI, work order, schedule approved by all, the gated welcome mail),
 * development and QA cycles, certification rounds, launch and monitoring. A failed round or changes
 * asked in client QA go back to development.
 */
export const paytronixWorkflow: WorkflowSpec = {
  stages: [
    {
      id: 'discovery',
      actions: [
        { notify: 'discovery-evaluation', to: 'staff', label: 'Discovery' },
        { await: 'discovery', label: 'Feasibility' },
      ],
      next: { choice: 'Feasibility outcome', on: { feasible: 'idi', 'not-feasible': 'not-feasible' } },
    },
    { id: 'not-feasible', actions: [{ notify: 'not-feasible', to: 'all', label: 'Ended' }], next: { end: 'Ended' } },
    {
      id: 'idi',
      actions: [
        { notify: 'idi-needed', to: 'staff', label: 'IDI' },
        { await: 'idi', label: 'IDI' },
      ],
    },
    {
      id: 'work-order',
      actions: [
        { notify: 'work-order-needed', to: 'staff', label: 'Work order' },
        { await: 'work-order', label: 'Work order approval' },
      ],
    },
    {
      id: 'schedule',
      actions: [
        { notify: 'schedule-needed', to: 'staff', label: 'Schedule' },
        { await: 'schedule', label: 'Schedule approval' },
      ],
    },
    // The notify task checks the gate: the welcome goes out, or staff learn what it waits for.
    {
      id: 'welcome',
      actions: [
        { notify: 'welcome', to: 'verified-client', label: 'Welcome' },
        { await: 'welcome', label: 'Welcome' },
      ],
    },
    {
      id: 'build',
      actions: [
        { notify: 'development-checklist', to: 'staff', label: 'Development' },
        { notify: 'development-started', to: 'client', label: 'Development' },
        { await: 'build', label: 'Development and integrator QA' },
      ],
    },
    {
      id: 'client-qa',
      actions: [
        { notify: 'client-qa', to: 'client', label: 'Client QA' },
        { await: 'client-qa', label: 'Client QA' },
      ],
      next: { choice: 'Client QA outcome', on: { approved: 'ready', feedback: 'build' } },
    },
    {
      id: 'ready',
      actions: [
        { notify: 'certification-ready-request', to: 'client', label: 'Ready' },
        { await: 'ready', label: 'Ready for certification' },
      ],
    },
    // The notify task books the round into the next free weekly slot before it tells everyone when.
    {
      id: 'certification',
      actions: [
        { notify: 'certification-booked', to: 'all', label: 'Certification' },
        { await: 'certification', label: 'Certification round' },
      ],
      next: { choice: 'Certification outcome', on: { certified: 'certified', failed: 'build' } },
    },
    { id: 'certified', actions: [{ notify: 'certified', to: 'all', label: 'Certified' }] },
    {
      id: 'configuration',
      actions: [
        { notify: 'configuration-check', to: 'staff', label: 'Launch' },
        { await: 'configuration', label: 'Configuration check' },
      ],
    },
    {
      id: 'production',
      actions: [
        { notify: 'production-credentials-needed', to: 'staff', label: 'Launch' },
        { await: 'production', label: 'Production credentials' },
      ],
    },
    {
      id: 'go-live',
      actions: [
        { notify: 'go-live-ready', to: 'staff', label: 'Launch' },
        { await: 'go-live', label: 'Go-live' },
      ],
    },
    {
      id: 'monitoring',
      actions: [
        { notify: 'went-live', to: 'all', label: 'Monitoring' },
        { waitUntil: 'checkIn', label: 'Monitoring check-in date' },
        { notify: 'monitoring-check-in', to: 'all', label: 'Monitoring' },
        { waitUntil: 'monitoringEnd', label: 'Monitoring end date' },
        { notify: 'project-closed', to: 'all', label: 'Monitoring' },
      ],
      next: { end: 'Closed' },
    },
  ],
  done: 'Closed',
  deployment: { constructId: 'Paytronix', outputId: 'PaytronixStateMachineArn', alarmPrefix: 'Paytronix' },
};
