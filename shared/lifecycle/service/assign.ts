import { readMail } from '../../mail/read';
import { UnmatchedMailNotFoundError } from '../../project/errors';
import { UnmatchedMailId, type UnmatchedMail } from '../../project/schemas';
import type { LifecyclePorts } from '../ports';
import type { ReasonName } from '../reasons';
import { readInProject } from './inbound';

/** What giving a mail of the inbox to a project did. */
export interface AssignResult {
  readonly mailId: string;
  readonly projectId: string;
  readonly actedOn: boolean;
  readonly reason?: ReasonName;
  readonly readAs: string;
}

/** The runtime keeps no raw mail this service can read (a deployment without the raw-mail bucket). */
export class RawMailUnavailableError extends Error {
  override name = 'RawMailUnavailableError';
}

/**
 * Staff give a mail of the inbox to a project (`integrations assign MAIL-… INT-…`): the raw mail is
 * read again from where it was stored and run through the same decision as a reply (via `sender`:
 * staff vouch for the project, not for who wrote, so a decision still needs its proof). The mail
 * is marked assigned first, by a conditional write, so two people assigning it at once read it
 * once; a reading that fails puts it back in the list.
 * @throws UnmatchedMailNotFoundError, MailAlreadyAssignedError, ProjectNotFoundError
 */
export async function assignUnmatched(ports: LifecyclePorts, mailId: string, projectId: string, by: string): Promise<AssignResult> {
  const id = mailId.toUpperCase();
  if (!UnmatchedMailId.safeParse(id).success) throw new UnmatchedMailNotFoundError(mailId);
  const project = await ports.store.require(projectId);
  if (!ports.rawMail) throw new RawMailUnavailableError('this runtime cannot read stored raw mail, so it cannot assign it');
  const at = ports.clock.now();
  const kept: UnmatchedMail = await ports.store.assignUnmatched(id, { projectId: project.id, at, by });
  try {
    const raw = await ports.rawMail.get(kept.rawRef);
    const reading = await readMail(raw, { serviceAddresses: [ports.config.serviceAddress] });
    if (reading.outcome === 'rejected') throw new Error(`the stored mail ${kept.rawRef} can no longer be read: ${reading.message}`);
    const result = await readInProject(
      ports,
      reading,
      { raw, rawRef: kept.rawRef, envelopeRecipients: [], verdicts: kept.verdicts },
      kept.messageId,
      { projectId: project.id, via: 'sender' },
      { current: project, receivedAt: kept.receivedAt },
    );
    const outcome = { actedOn: result.actedOn, readAs: result.readAs, ...(result.reason ? { reason: result.reason } : {}) };
    await ports.store.settleUnmatched(id, { projectId: project.id, at, by, ...outcome });
    return { mailId: id, projectId: project.id, ...outcome };
  } catch (error) {
    await ports.store.settleUnmatched(id, 'undo');
    throw error;
  }
}
