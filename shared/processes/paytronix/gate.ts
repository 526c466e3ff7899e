import { approvalStatus, latestApproval } from '../../project/rules';
import type { Project } from '../../project/schemas';

/**
 * What the welcome mail (with the test-server credentials) still waits for: every earlier step of
 * the requirements stage, and the credentials themselves. Empty when it may go.
 */
export function welcomeGate(project: Project): string[] {
  const missing: string[] = [];
  if (!project.progress['feasible']) missing.push('the integrations team has not found the integration feasible');
  if (!project.idi) missing.push('the IDI is not scheduled');
  else if (!project.progress['idi-held']) missing.push('the IDI is not recorded as held');
  const workOrder = latestApproval(project, 'work-order');
  if (!workOrder) missing.push('the work order was not sent');
  else if (approvalStatus(workOrder) !== 'approved') missing.push('the work order is not approved');
  const schedule = latestApproval(project, 'schedule');
  if (!schedule) missing.push('the schedule was not sent');
  else {
    for (const decision of schedule.decisions) {
      if (decision.decision === 'approved') continue;
      const party = project.parties.find((p) => p.email === decision.email);
      const who = `${party?.name ?? decision.email} (${decision.role}, ${decision.email})`;
      missing.push(decision.decision === 'declined' ? `the schedule was declined by ${who}` : `the schedule's approval from ${who}`);
    }
  }
  if (!project.sealed['test-server']) missing.push('the test-server credentials (give them with `integrations pm … test-credentials --file`)');
  return missing;
}
