import type { MailReading } from '../../mail/schemas';
import { list, para, renderBlocks } from '../../notices/blocks';
import { DuplicateMessageError, ProjectAlreadyExistsError } from '../../project/errors';
import type { Verdicts } from '../decide';
import { formFields, readNewProjectForm } from '../new-project-form';
import type { LifecyclePorts } from '../ports';
import type { ReasonName } from '../reasons';
import { composeNotice } from './compose';
import { createProject } from '../create';
import { inboundMailRecord } from './mail-record';

/** What became of a new-project form: a project created, or a named reason. */
export interface NewProjectMailResult {
  readonly projectId?: string;
  readonly actedOn: boolean;
  readonly reason?: ReasonName;
  readonly readAs: string;
}

/**
 * A `NEW PROJECT` form mailed to the service address (the contract notification, step 1 of a
 * process): only staff (an address at one of the staff domains) whose mail passed DMARC may create
 * a project. The Message-ID is claimed first, so a redelivered form creates nothing twice; a
 * malformed form gets one answer naming each field to fix; anyone else's form does nothing.
 */
export async function newProjectFromMail(ports: LifecyclePorts, reading: MailReading, verdicts: Verdicts, messageId: string): Promise<NewProjectMailResult> {
  const from = reading.mail.from.address;
  const domain = from.split('@')[1] ?? '';
  if (!ports.config.staffDomains.includes(domain)) {
    return { actedOn: false, reason: 'NewProjectNotAllowedError', readAs: `NEW PROJECT from ${from}, not an address of the staff domains: ignored` };
  }
  if (verdicts.dmarc !== 'PASS') {
    return { actedOn: false, reason: 'NewProjectNotAllowedError', readAs: `NEW PROJECT from ${from} without a DMARC pass (${verdicts.dmarc}): ignored` };
  }
  const at = ports.clock.now();
  const form = readNewProjectForm(reading.replyText);
  // The project's id is taken before the Message-ID is claimed and goes into the claim: a delivery
  // that finds the claim finishes what the first one may not have (the record, its execution)
  // under that same id, so a crash between the steps loses nothing and creates nothing twice.
  let id = form.ok ? await ports.store.nextProjectId() : undefined;
  let duplicate = false;
  try {
    await ports.store.claimMessage({ messageId, at, ...(id ? { projectId: id } : {}) });
  } catch (error) {
    if (!(error instanceof DuplicateMessageError)) throw error;
    if (!form.ok || !error.claimedBy) return { actedOn: false, reason: 'DuplicateMessageError', readAs: 'already processed' };
    id = error.claimedBy;
    duplicate = true;
  }
  if (!form.ok) {
    await answerMalformed(ports, reading, messageId, form.problems);
    return { actedOn: false, reason: 'InvalidProjectFormError', readAs: `NEW PROJECT form refused: ${form.problems.join('; ')}` };
  }
  if (!id) throw new Error('unreachable: a valid form has its project id');
  let project = await ports.store.get(id);
  if (!project) {
    try {
      project = await ports.store.create(createProject(id, form.input, at));
    } catch (error) {
      // Another delivery of the same mail created it a moment ago.
      if (!(error instanceof ProjectAlreadyExistsError)) throw error;
      project = await ports.store.require(id);
    }
  }
  if (!duplicate || !(await ports.workflows.describe(project))) await ports.workflows.start(project);
  if (duplicate)
    return { projectId: project.id, actedOn: false, reason: 'DuplicateMessageError', readAs: `already processed: ${project.id} made sure created and started` };
  const logged = inboundMailRecord(reading, { projectId: project.id, messageId, at, summary: `new project form: ${project.id} created` });
  await ports.store.logMail([logged]);
  return { projectId: project.id, actedOn: true, readAs: `NEW PROJECT form: ${project.id} created for ${project.client.name}` };
}

/** One answer, in the sender's thread, naming every field to fix. */
async function answerMalformed(ports: LifecyclePorts, reading: MailReading, messageId: string, problems: readonly string[]): Promise<void> {
  const subject = `Not created: ${reading.mail.subject || 'NEW PROJECT'}`.replace(/[\r\n]+/g, ' ');
  const blocks = [
    para('The project was not created: these fields of the form need fixing.'),
    list(problems),
    para(`Send the form again with NEW PROJECT on the first line and one "Field: value" line for each of: ${formFields().join(', ')}.`),
    para(`— ${ports.config.teamName}`),
  ];
  const mail = await composeNotice({
    fromName: ports.config.teamName,
    from: ports.config.serviceAddress,
    to: [reading.mail.from.address],
    replyTo: ports.config.serviceAddress,
    notice: renderBlocks(subject, blocks),
    date: ports.clock.now(),
    inReplyTo: messageId,
  });
  await ports.mailer.send(mail);
}
