import type { Approval, Project, Requirement } from './schemas';

export type ApprovalStatus = 'pending' | 'approved' | 'declined';

/**
 * An `any-one` approval is settled by the first decision; an `all` approval is approved only when
 * every party approved, and declined as soon as one declines.
 */
export function approvalStatus(approval: Approval): ApprovalStatus {
  const decisions = approval.decisions.map((d) => d.decision);
  if (decisions.includes('declined')) return 'declined';
  if (approval.mode === 'any-one') return decisions.includes('approved') ? 'approved' : 'pending';
  return decisions.every((d) => d === 'approved') ? 'approved' : 'pending';
}

/** The parties an approval still waits for. */
export function missingApprovers(approval: Approval): string[] {
  return approval.decisions.filter((d) => d.decision === 'pending').map((d) => d.email);
}

export function missingRequirements(project: Pick<Project, 'requirements'>): Requirement[] {
  return project.requirements.filter((r) => r.received === null);
}

/** Development may not start until every requirement, test accounts included, is in. */
export function requirementsComplete(project: Pick<Project, 'requirements'>): boolean {
  return project.requirements.length > 0 && missingRequirements(project).length === 0;
}

/** The active party holding `role`, if any. */
export function activeParty(project: Pick<Project, 'parties'>, role: Project['parties'][number]['role']) {
  return project.parties.find((p) => p.role === role && p.active);
}

/** The latest approval asked for on a subject (a revised plan is a new revision). */
export function latestApproval(project: Pick<Project, 'approvals'>, subject: Project['approvals'][number]['subject']) {
  return project.approvals.filter((a) => a.subject === subject).at(-1);
}
