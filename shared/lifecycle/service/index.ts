export { assignUnmatched, RawMailUnavailableError, type AssignResult } from './assign';
export { composeNotice } from './compose';
export { correlate } from './correlate';
export { handleInbound, readInProject, type InboundMail, type InboundResult, type Verdicts } from './inbound';
export { flushOutbox, notifyOnce, outboxMessageId, queueNotices, recipients, sendNotice, sendNotices } from './notify';
export { newProject, runStaffCommand } from './staff';
export { locateStep, milestoneWake, nextDeadline, registerWait, remind, wake } from './waits';
export { recordDeliveryProblem, type DeliveryProblem } from './delivery';
export { isNoReplyAddress, keepUnmatched, unmatchedMailId } from './unmatched';
