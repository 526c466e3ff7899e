import { registerWait } from '../../shared/lifecycle/service/waits';
import { awsPorts } from '../commons/aws-ports';
import { taskHandler } from '../commons/task';
import { AwaitEvent } from '../workflow-events';

/** The callback task: stores the token under the project and completes at once if the record already satisfies the step. */
export const createHandler = taskHandler(AwaitEvent, (ports, event) => registerWait(ports, event.projectId, event.step, event.token));
export const handler = createHandler(awsPorts);
