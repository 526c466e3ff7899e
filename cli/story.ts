import type { ProjectReport } from '../local/simulate';
import { processById } from '../shared/processes/registry';
import { table } from './io';

function day(at: string): string {
  return at.slice(0, 16).replace('T', ' ');
}

/** The timeline as a table: original and current due dates side by side, moves marked. */
export function timelineTable(milestones: readonly string[], original: Record<string, string> | null, current: Record<string, string> | null): string {
  if (!current) return '  (no timeline yet: the client has not confirmed a launch date)';
  const rows = [['milestone', 'original', 'current', '']];
  for (const id of milestones) {
    const was = original?.[id] ?? '';
    const now = current[id] ?? '';
    rows.push([id, was, now, was && now && was !== now ? 'moved' : '']);
  }
  return table(rows)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

function evidence(value: unknown): string {
  if (value && typeof value === 'object' && 'kind' in value) {
    const e = value as Record<string, unknown>;
    if (e['kind'] === 'mail')
      return `mail ${String(e['messageId'])} from ${String(e['from'])}, "${String(e['subject'])}", received ${String(e['receivedAt']).slice(0, 16).replace('T', ' ')}`;
    if (e['kind'] === 'staff-action') return `${String(e['action'])} by ${String(e['by'])}`;
  }
  return JSON.stringify(value);
}

/** A process with no computed timeline: its approvals and certification rounds tell where it stands. */
function stagedLines(project: StoryReport): string[] {
  const lines = ['', 'Approvals:'];
  if (project.approvals.length === 0) lines.push('  (none yet)');
  for (const a of project.approvals)
    lines.push(`  ${a.subject} revision ${a.revision}: ${a.status}${a.pending.length > 0 ? ` (waiting for ${a.pending.join(', ')})` : ''}`);
  lines.push('', 'Certification rounds:');
  if (project.certificationRounds.length === 0) lines.push('  (none yet)');
  const rows = [['round', 'materials', 'starts', 'earliest end', 'ended', 'outcome', 'fees']];
  for (const r of project.certificationRounds)
    rows.push([
      String(r.number),
      r.materialsCompleteOn,
      r.slotStartsOn ?? '',
      r.earliestEndOn,
      r.endedOn ?? '',
      r.outcome,
      r.feesFlagged ? 'additional fees' : '',
    ]);
  if (project.certificationRounds.length > 0)
    lines.push(
      ...table(rows)
        .split('\n')
        .map((line) => `  ${line}`),
    );
  for (const r of project.certificationRounds) if (r.feedback) lines.push(`  round ${r.number} feedback: ${r.feedback}`);
  return lines;
}

/** A project's report as a story tells it: `transitions` is null where the runtime cannot count them (AWS Step Functions). */
export type StoryReport = Omit<ProjectReport, 'transitions'> & { readonly transitions: number | null };

/** A project's story: every mail in and out with its date and how it was read, the timeline and its moves. */
export function story(project: StoryReport): string {
  const lines = [`${project.id} (${project.key}) — ${project.process}, now ${project.phase}`, ''];
  lines.push('Mail:');
  for (const mail of project.mail) {
    if (mail.direction === 'out') {
      lines.push(`  ${day(mail.at)}  →  ${mail.to.join(', ')}: "${mail.subject}" [${mail.template ?? 'mail'}]`);
    } else {
      const sure = mail.readAs?.confidence !== undefined && mail.readAs.kind === 'human' ? ` (${mail.readAs.confidence})` : '';
      const read = mail.readAs
        ? `${mail.readAs.kind}/${mail.readAs.intent}${sure}: ${mail.readAs.summary ?? ''}${mail.readAs.rejectedFor ? ` — not acted on (${mail.readAs.rejectedFor})` : ''}`
        : '';
      lines.push(`  ${day(mail.at)}  ←  ${mail.from}: "${mail.subject}"`, `                       read as ${read}`);
    }
  }
  const milestones = processById(project.process).milestones.map((m) => m.id);
  if (milestones.length === 0) lines.push(...stagedLines(project));
  else {
    lines.push('', 'Timeline:', timelineTable(milestones, project.originalTimeline, project.timeline));
    lines.push('', 'Ledger of date moves:');
    if (project.ledger.length === 0) lines.push('  (none)');
    for (const entry of project.ledger) {
      lines.push(`  ${entry.days > 0 ? '+' : ''}${entry.days} days, ${entry.cause} (${entry.causedBy}): ${entry.summary}`);
      lines.push(`    evidence: ${evidence(entry.evidence)}`);
    }
  }
  const open = project.openItems;
  lines.push('', 'Open items:');
  const items = [
    ...open.missingRequirements.map((r) => `requirement missing: ${r}`),
    ...open.changeRequests.map((c) => `change request ${c}`),
    ...open.questions.map((q) => `question ${q}`),
    ...(project.reviews ?? [])
      .filter((r) => r.status === 'open')
      .map(
        (r) =>
          `${r.id}: waiting for your decision on ${r.from}'s reply to the ${r.step} step (read as ${r.guess}, confidence ${r.confidence}): APPROVE or DECLINE`,
      ),
  ];
  lines.push(...(items.length > 0 ? items.map((i) => `  ${i}`) : ['  (none)']));
  const decided = (project.reviews ?? []).filter((r) => r.decidedBy);
  if (decided.length > 0) {
    lines.push('', 'Decided by the PM:');
    for (const r of decided) lines.push(`  ${r.id}: ${r.from}'s reply to the ${r.step} step, ${r.status} by ${r.decidedBy} on ${day(r.decidedAt ?? r.at)}`);
  }
  lines.push('', `Workflow: ${project.executionStatus}${project.transitions === null ? '' : `, ${project.transitions} state transitions`}`);
  return lines.join('\n');
}
