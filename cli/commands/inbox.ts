import { z } from 'zod';
import { UnmatchedMail } from '../../shared/project/schemas';
import { UsageError } from '../errors';
import { table, type CliIo } from '../io';
import type { StaffClient } from '../staff-client';

/** A subject on one line, cut to fit a terminal. */
function oneLine(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim() || '(no subject)';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** `integrations inbox`: mail that found no project, newest first, one line each (id, received, from, subject). */
export async function inboxCommand(raw: unknown, io: CliIo, staff: StaffClient): Promise<void> {
  const json = z.object({ json: z.boolean() }).parse(raw).json;
  const mails = z.array(UnmatchedMail).parse(await staff.call('GET', '/inbox'));
  if (json) {
    io.out(JSON.stringify(mails, null, 2));
    return;
  }
  if (mails.length === 0) {
    io.out('No unmatched mail.');
    return;
  }
  io.out(
    table([['mail', 'received', 'from', 'subject'], ...mails.map((m) => [m.mailId, m.receivedAt.slice(0, 16).replace('T', ' '), m.from, oneLine(m.subject)])]),
  );
}

const AssignAnswer = z.object({ mailId: z.string(), projectId: z.string(), actedOn: z.boolean(), reason: z.string().optional(), readAs: z.string() });

/** `integrations assign MAIL-ID PROJECT`: gives a mail of the inbox to a project, which reads it as a reply from its sender. */
export async function assignCommand(mailId: string, projectId: string, raw: unknown, io: CliIo, staff: StaffClient): Promise<void> {
  const by = z.object({ by: z.string().optional() }).parse(raw).by;
  if (!/^MAIL-[0-9A-F]{12}$/i.test(mailId)) throw new UsageError(`${mailId}: expected a mail id such as MAIL-3F9A2C81D07B (see integrations inbox)`);
  if (!/^INT-\d{4,}$/i.test(projectId)) throw new UsageError(`${projectId}: expected a project id such as INT-1042`);
  const answer = AssignAnswer.parse(
    await staff.call('POST', `/inbox/${encodeURIComponent(mailId.toUpperCase())}/assign`, { projectId: projectId.toUpperCase(), ...(by ? { by } : {}) }),
  );
  io.out(`${answer.mailId} → ${answer.projectId}: ${answer.readAs}${answer.actedOn ? '' : ` (not acted on${answer.reason ? `: ${answer.reason}` : ''})`}.`);
}
