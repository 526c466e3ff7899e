import type { WorkflowSpec } from '../types';

/**
 * The EventTech lifecycle (docs/process-cadmium.md) as one Standard workflow per project: each step
 * told, then awaited; client testing ends live, or goes back to development with the feedback.
 */
export const cadmiumWorkflow: WorkflowSpec = {
  stages: [
    {
      id: 'contract-review',
      actions: [
        { notify: 'new-contract', to: 'staff', label: 'Contract' },
        { await: 'contract-review', label: 'Contract review' },
      ],
    },
    {
      id: 'details',
      actions: [
        { notify: 'confirm-details', to: 'client', label: 'Details' },
        { await: 'details', label: 'Details' },
      ],
    },
    {
      id: 'kickoff',
      actions: [
        { notify: 'timeline', to: 'client', label: 'Schedule' },
        { waitUntil: 'kickoffCallReminder', label: 'Kick-off call reminder date' },
        { notify: 'kickoff-call-reminder', to: 'staff', label: 'Schedule' },
        { await: 'kickoff', label: 'Kick-off' },
      ],
    },
    {
      id: 'plan',
      actions: [
        { notify: 'project-plan', to: 'client', label: 'Plan' },
        { await: 'plan', label: 'Plan approval' },
      ],
    },
    { id: 'requirements', actions: [{ await: 'requirements', label: 'Requirements' }] },
    {
      id: 'submission',
      actions: [
        { notify: 'requirements-complete', to: 'staff', label: 'Submission' },
        { await: 'submission', label: 'Submission' },
      ],
    },
    {
      id: 'review',
      actions: [
        { notify: 'developer-review', to: 'client', label: 'Review' },
        { await: 'review', label: 'Developer review' },
      ],
    },
    { id: 'development', actions: [{ await: 'development', label: 'Development' }] },
    {
      id: 'qa',
      actions: [
        { notify: 'qa-needed', to: 'staff', label: 'QA' },
        { await: 'qa', label: 'QA' },
      ],
    },
    {
      id: 'client-testing',
      actions: [
        { notify: 'ready-to-test', to: 'client', label: 'Testing' },
        { await: 'client-testing', label: 'Client testing' },
      ],
      next: { choice: 'Testing outcome', on: { approved: 'live', feedback: 'development' } },
    },
    { id: 'live', actions: [{ notify: 'live', to: 'client', label: 'Live' }], next: { end: 'Live' } },
  ],
  done: 'Live',
  // The first process's names predate the second: its alarms carry no prefix.
  deployment: { constructId: 'Cadmium', outputId: 'CadmiumStateMachineArn', alarmPrefix: '' },
};
