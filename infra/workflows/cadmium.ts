import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { builders, lifecycleStateMachine, onOutcome, sequence, Succeed, type WorkflowProps } from './fragments';
import type { ProcessWorkflow } from './types';

/**
 * The EventTech lifecycle (docs/process-cadmium.md) as one Standard workflow per project. It starts by
 * locating the project's step in the record, so a new execution resumes any project where its
 * record says it is (after a crash, a new version, or a date moved earlier).
 */
export class CadmiumWorkflow extends Construct {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);
    const { notify, awaitStep, waitUntil } = builders(this, props.functions);

    const live = new Succeed(this, 'Live');
    const contract = sequence(notify('Contract', 'new-contract', 'staff'), awaitStep('Contract review', 'contract-review'));
    const details = sequence(notify('Details', 'confirm-details', 'client'), awaitStep('Details', 'details'));
    const kickoff = sequence(
      notify('Schedule', 'timeline', 'client'),
      waitUntil('Kick-off call reminder date', 'kickoffCallReminder'),
      notify('Schedule', 'kickoff-call-reminder', 'staff'),
      awaitStep('Kick-off', 'kickoff'),
    );
    const plan = sequence(notify('Plan', 'project-plan', 'client'), awaitStep('Plan approval', 'plan'));
    const requirements = awaitStep('Requirements', 'requirements');
    const submission = sequence(notify('Submission', 'requirements-complete', 'staff'), awaitStep('Submission', 'submission'));
    const review = sequence(notify('Review', 'developer-review', 'client'), awaitStep('Developer review', 'review'));
    const development = awaitStep('Development', 'development');
    const qa = sequence(notify('QA', 'qa-needed', 'staff'), awaitStep('QA', 'qa'));
    const testing = sequence(notify('Testing', 'ready-to-test', 'client'), awaitStep('Client testing', 'client-testing'));
    const goLive = sequence(notify('Live', 'live', 'client'), { startState: live, endStates: [] });

    sequence(contract, details, kickoff, plan, requirements, submission, review, development, qa, testing);
    testing.endStates.forEach((end) => end.next(onOutcome(this, 'Testing outcome', { approved: goLive.startState, feedback: development.startState })));

    this.stateMachine = lifecycleStateMachine(this, {
      ...props,
      resumeAt: {
        'contract-review': contract.startState,
        details: details.startState,
        kickoff: kickoff.startState,
        plan: plan.startState,
        requirements: requirements.startState,
        submission: submission.startState,
        review: review.startState,
        development: development.startState,
        qa: qa.startState,
        'client-testing': testing.startState,
        done: live,
      },
    });
  }
}

/** The EventTech state machine in the stack, with the construct and output names deployed stacks already have. */
export const cadmiumWorkflow: ProcessWorkflow = {
  process: 'cadmium',
  constructId: 'Cadmium',
  outputId: 'CadmiumStateMachineArn',
  // The first process's alarms kept their names from before there were two.
  alarmPrefix: '',
  build: (scope, id, props) => new CadmiumWorkflow(scope, id, props),
};
