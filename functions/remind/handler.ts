import { remind } from '../../shared/lifecycle/service/waits';
import { awsPorts } from '../commons/aws-ports';
import { taskHandler } from '../commons/task';
import { StepEvent } from '../workflow-events';

/** A step's deadline passed: sends the reminder or escalation that is due. */
export const createHandler = taskHandler(StepEvent, (ports, event) => remind(ports, event.projectId, event.step));
export const handler = createHandler(awsPorts);
