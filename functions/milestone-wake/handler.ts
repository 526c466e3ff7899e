import { milestoneWake } from '../../shared/lifecycle/service/waits';
import { awsPorts } from '../commons/aws-ports';
import { taskHandler } from '../commons/task';
import { MilestoneEvent } from '../workflow-events';

/** When a "wait until a milestone" should wake, re-read from the record each time. */
export const createHandler = taskHandler(MilestoneEvent, (ports, event) => milestoneWake(ports, event.projectId, event.milestone));
export const handler = createHandler(awsPorts);
