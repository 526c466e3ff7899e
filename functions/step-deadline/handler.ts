import { nextDeadline } from '../../shared/lifecycle/service/waits';
import { awsPorts } from '../commons/aws-ports';
import { taskHandler } from '../commons/task';
import { StepEvent } from '../workflow-events';

/** Seconds until the awaited step's next reminder or escalation: the callback task's timeout. */
export const createHandler = taskHandler(StepEvent, (ports, event) => nextDeadline(ports, event.projectId, event.step));
export const handler = createHandler(awsPorts);
