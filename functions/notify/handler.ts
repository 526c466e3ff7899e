import { notifyOnce } from '../../shared/lifecycle/service/notify';
import { awsPorts } from '../commons/aws-ports';
import { taskHandler } from '../commons/task';
import { NotifyEvent } from '../workflow-events';

/** Sends a step's notice once per testing cycle. */
export const createHandler = taskHandler(NotifyEvent, (ports, event) => notifyOnce(ports, event.projectId, event.template, event.to));
export const handler = createHandler(awsPorts);
