import { updateProject } from '../../project/ports';
import { actionOwner } from '../../processes/registry';
import { applyStaffAction, type StaffAction } from '../commands';
import { createProject, type NewProject } from '../create';
import type { Outcome } from '../outcome';
import type { LifecyclePorts } from '../ports';
import { sendNotices } from './notify';
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
  const saved = await updateProject(ports.store, projectId, (project) => {
    outcome = applyStaffAction(project, safe, {
      by,
      at,
      evidence: { kind: 'staff-action', by, action: command.action },
      serviceDomain,
      ...(sealed ? { sealed } : {}),
    });
    return outcome.project;
  });
  if (!outcome) throw new Error('unreachable: the decision ran');
  await sendNotices(ports, saved, outcome.notices);
  await wake(ports, saved);
  return { ...outcome, project: saved };
}

/** Creates a project from a contract (process step 1) and returns it; its workflow is started by the caller. */
export async function newProject(ports: LifecyclePorts, input: NewProject) {
  const id = await ports.store.nextProjectId();
  return ports.store.create(createProject(id, input, ports.clock.now()));
}
