import { locateStep } from '../../shared/lifecycle/service/waits';
import { awsPorts } from '../commons/aws-ports';
import { taskHandler } from '../commons/task';
import { ProjectEvent } from '../workflow-events';

/** Where an execution (re)started from the record resumes. */
export const createHandler = taskHandler(ProjectEvent, (ports, event) => locateStep(ports, event.projectId));
export const handler = createHandler(awsPorts);
