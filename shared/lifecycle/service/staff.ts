import { updateProject } from '../../project/ports';
import type { Project, Review } from '../../project/schemas';
import { REVIEW_ACTION_NAMES } from '../../processes/review-actions';
import type { QueuedProject } from '../../timeline/feasibility';
import { openReview } from '../review';
import { queuedNear } from './queue';
import { actionOwner, processOf } from '../../processes/registry';
import { applyStaffAction, type StaffAction } from '../commands';
import { createProject, type NewProject } from '../create';
import type { Outcome } from '../outcome';
import type { LifecyclePorts } from '../ports';
import { flushOutbox, queueNotices } from './notify';
import { wake } from './waits';

/**
 * A staff command from the CLI: the same domain command a staff reply triggers. Refusals throw
 * StaffActionRefusedError (the CLI prints its message in one line).
 */
export async function runStaffCommand(ports: LifecyclePorts, projectId: string, command: StaffAction, by: string): Promise<Outcome> {
  let outcome: Outcome | undefined;
  const at = ports.clock.now();
  // A secret is sealed on arrival: the domain, the record and every log see only the ciphertext.
  const secretName = 'secret' in command ? actionOwner(command.action)?.secretActions[command.action] : undefined;
  const sealed = secretName && 'secret' in command ? await ports.secrets.seal(command.secret, { projectId, name: secretName }) : undefined;
  const safe = sealed && 'secret' in command ? { ...command, secret: 'sealed' } : command;
  const serviceDomain = ports.config.serviceAddress.split('@')[1] ?? 'localhost';
  let before: Project | undefined;
  let cause = '';
  let others: QueuedProject[] | undefined;
  const written = await updateProject(ports.store, projectId, async (project) => {
    before = project;
    // A review decision that confirms a launch date checks it against the queue, as the reply itself would have been.
    const launch = reviewed(project, command)?.launchDate;
    if (launch && others === undefined) others = await queuedNear(ports, launch, project.id);
    outcome = applyStaffAction(project, safe, {
      ...(others ? { queue: { capacity: ports.config.queueCapacity, others } } : {}),
      by,
      at,
      evidence: { kind: 'staff-action', by, action: command.action },
      serviceDomain,
      ...(sealed ? { sealed } : {}),
    });
    // The notices go in the same conditional write (docs/decisions.md#notice-outbox), named by the
    // action and the version it was decided on.
    cause = `staff:${command.action}@v${project.version}`;
    return queueNotices(outcome.project, outcome.notices, cause, {}, at);
  });
  if (!outcome) throw new Error('unreachable: the decision ran');
  if (written !== before) await ports.faults?.afterDecisionWrite?.();
  const queued = new Set(outcome.notices.map((_, index) => `${cause}#${index + 1}`));
  const saved = await flushOutbox(ports, written.id, { current: written, only: queued });
  await wake(ports, saved);
  if (before) await processOf(saved).afterDecision(ports, before, saved);
  await restartIfMovedEarlier(ports, before, saved);
  return { ...outcome, project: saved };
}

/** The review a review decision names (or the open one), for any other command none. */
function reviewed(project: Project, command: StaffAction): Review | undefined {
  if (!REVIEW_ACTION_NAMES.includes(command.action)) return undefined;
  const id = (command as { readonly reviewId?: string }).reviewId;
  return id ? project.reviews.find((r) => r.id === id) : openReview(project);
}

/**
 * A date moved earlier: a Wait already entered cannot be shortened, so the execution restarts from
 * the record (docs/decisions.md#dates-move), through the Workflows port on either runtime.
 */
export async function restartIfMovedEarlier(ports: LifecyclePorts, before: Project | undefined, after: Project): Promise<boolean> {
  const moved = after.ledger.at(-1);
  if (!before || !moved || after.ledger.length <= before.ledger.length || moved.days >= 0) return false;
  await ports.workflows.start(after);
  return true;
}

/** Creates a project from a contract (process step 1) and returns it; its workflow is started by the caller. */
export async function newProject(ports: LifecyclePorts, input: NewProject) {
  const id = await ports.store.nextProjectId();
  return ports.store.create(createProject(id, input, ports.clock.now()));
}
