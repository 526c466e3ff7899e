import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { builders, lifecycleStateMachine, onOutcome, sequence, Succeed, type WorkflowProps } from './fragments';
import type { ProcessWorkflow } from './types';

/**
 * The Paytronix lifecycle (docs/paytronix.md) from the same fragments: discovery with its
 * feasibility decision, the requirements stage (IDI, work order, schedule approved by all, the
 * gated welcome mail), development and QA cycles, certification rounds, launch and monitoring.
 * A failed round or changes asked in client QA go back to development.
 */
export class PaytronixWorkflow extends Construct {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);
    const { notify, awaitStep, waitUntil } = builders(this, props.functions);

    const closed = new Succeed(this, 'Closed');
    const ended = new Succeed(this, 'Ended');
    const discovery = sequence(notify('Discovery', 'discovery-evaluation', 'staff'), awaitStep('Feasibility', 'discovery'));
    const notFeasible = sequence(notify('Ended', 'not-feasible', 'all'), { startState: ended, endStates: [] });
    const idi = sequence(notify('IDI', 'idi-needed', 'staff'), awaitStep('IDI', 'idi'));
    const workOrder = sequence(notify('Work order', 'work-order-needed', 'staff'), awaitStep('Work order approval', 'work-order'));
    const schedule = sequence(notify('Schedule', 'schedule-needed', 'staff'), awaitStep('Schedule approval', 'schedule'));
    // The notify task checks the gate: the welcome goes out, or staff learn what it waits for.
    const welcome = sequence(notify('Welcome', 'welcome', 'verified-client'), awaitStep('Welcome', 'welcome'));
    const build = sequence(
      notify('Development', 'development-checklist', 'staff'),
      notify('Development', 'development-started', 'client'),
      awaitStep('Development and integrator QA', 'build'),
    );
    const clientQa = sequence(notify('Client QA', 'client-qa', 'client'), awaitStep('Client QA', 'client-qa'));
    const ready = sequence(notify('Ready', 'certification-ready-request', 'client'), awaitStep('Ready for certification', 'ready'));
    // The notify task books the round into the next free weekly slot before it tells everyone when.
    const certification = sequence(notify('Certification', 'certification-booked', 'all'), awaitStep('Certification round', 'certification'));
    const certified = notify('Certified', 'certified', 'all');
    const configuration = sequence(notify('Launch', 'configuration-check', 'staff'), awaitStep('Configuration check', 'configuration'));
    const production = sequence(notify('Launch', 'production-credentials-needed', 'staff'), awaitStep('Production credentials', 'production'));
    const goLive = sequence(notify('Launch', 'go-live-ready', 'staff'), awaitStep('Go-live', 'go-live'));
    const monitoring = sequence(
      notify('Monitoring', 'went-live', 'all'),
      waitUntil('Monitoring check-in date', 'checkIn'),
      notify('Monitoring', 'monitoring-check-in', 'all'),
      waitUntil('Monitoring end date', 'monitoringEnd'),
      notify('Monitoring', 'project-closed', 'all'),
      { startState: closed, endStates: [] },
    );

    discovery.endStates.forEach((end) =>
      end.next(onOutcome(this, 'Feasibility outcome', { feasible: idi.startState, 'not-feasible': notFeasible.startState })),
    );
    sequence(idi, workOrder, schedule, welcome, build, clientQa);
    clientQa.endStates.forEach((end) => end.next(onOutcome(this, 'Client QA outcome', { approved: ready.startState, feedback: build.startState })));
    sequence(ready, certification);
    certification.endStates.forEach((end) => end.next(onOutcome(this, 'Certification outcome', { certified: certified.startState, failed: build.startState })));
    sequence(certified, configuration, production, goLive, monitoring);

    this.stateMachine = lifecycleStateMachine(this, {
      ...props,
      resumeAt: {
        discovery: discovery.startState,
        idi: idi.startState,
        'work-order': workOrder.startState,
        schedule: schedule.startState,
        welcome: welcome.startState,
        build: build.startState,
        'client-qa': clientQa.startState,
        ready: ready.startState,
        certification: certification.startState,
        configuration: configuration.startState,
        production: production.startState,
        'go-live': goLive.startState,
        monitoring: monitoring.startState,
        done: closed,
      },
    });
  }
}

/** The Paytronix state machine in the stack. */
export const paytronixWorkflow: ProcessWorkflow = {
  process: 'paytronix',
  constructId: 'Paytronix',
  outputId: 'PaytronixStateMachineArn',
  alarmPrefix: 'Paytronix',
  build: (scope, id, props) => new PaytronixWorkflow(scope, id, props),
};
