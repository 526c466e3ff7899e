import { html } from 'hono/html';
import type { z } from 'zod';
import type { MailRecord, Project } from '../../project/schemas';
import { processOf } from '../../processes/registry';
import { REVIEW_ACTION_NAMES } from '../../processes/review-actions';
import type { Evidence } from '../../timeline/schemas';
import { gantt, type GanttRow } from './gantt';
import { flash, healthMark, type Html } from './layout';
import type { Summary } from './summary';

/*
 * One project, for the PM who lives in it: where it stands, its dates as a picture and a table, the
 * ledger of moves with their causes and evidence, what is open, each party's approvals, certification
 * rounds, the mail log with how each reply was read and why, and a button for every staff action
 * (the same command and the same refusals as the CLI).
 */

function evidenceText(evidence: Evidence): string {
  return evidence.kind === 'mail'
    ? `mail from ${evidence.from}, “${evidence.subject}”, ${evidence.receivedAt.slice(0, 16).replace('T', ' ')}`
    : `${evidence.action} by ${evidence.by}`;
}

const words = (action: string) => action.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** A form field for an action's input, by its name (the schemas name them the same in every process). */
function field(action: string, name: string, milestones: readonly { id: string; label: string }[]): Html {
  const id = `${action}-${name}`;
  switch (name) {
    case 'note':
      return html`<label for="${id}">Note</label><textarea id="${id}" name="note" rows="2"></textarea>`;
    case 'date':
      return html`<label for="${id}">Date</label><input id="${id}" type="date" name="date" required>`;
    case 'milestone':
      return html`<label for="${id}">Milestone</label><select id="${id}" name="milestone">${milestones.map((m) => html`<option value="${m.id}">${m.label}</option>`)}</select>`;
    case 'at':
      return html`<label for="${id}">Local time</label><input id="${id}" type="datetime-local" name="at" required>`;
    case 'minutes':
      return html`<label for="${id}">Minutes</label><input id="${id}" type="number" name="minutes" min="15" value="60">`;
    case 'only':
      return html`<label><input type="checkbox" name="only" value="true"> Move this milestone alone</label>`;
    default:
      return html``;
  }
}

function actionForms(project: Project, base: string): Html {
  const module = processOf(project);
  const milestones = module.definition.milestones.filter((m) => project.timeline.current?.[m.id]);
  const forms = module.actions
    .map((schema) => ({ name: String((schema.shape['action'] as z.ZodLiteral<string>).value), shape: Object.keys(schema.shape).filter((k) => k !== 'action') }))
    .filter((a) => !(a.name in module.secretActions));
  return html`<div class="actions">${forms.map(
    (a) => html`<form method="post" action="${base}/ui/projects/${project.id}/actions" data-action="${a.name}">
<h3>${words(a.name)}</h3><input type="hidden" name="action" value="${a.name}">
${a.shape.map((name) => field(a.name, name, milestones))}
<p><button type="submit">${words(a.name)}</button></p></form>`,
  )}</div>
${
  Object.keys(module.secretActions).length > 0
    ? html`<p class="muted small">Credentials are given with the CLI only (never through a web page): ${Object.keys(module.secretActions)
        .map((a) => `integrations pm ${project.id} ${a} --file …`)
        .join('; ')}.</p>`
    : ''
}`;
}

/** The Approve and Decline buttons of a review: the PM's one-line answer, from a page. */
export function reviewButtons(project: Project, reviewId: string, base: string, back: string): Html {
  return html`${REVIEW_ACTION_NAMES.map(
    (action) => html`<form method="post" action="${base}/ui/projects/${project.id}/actions" style="display:inline">
<input type="hidden" name="action" value="${action}"><input type="hidden" name="reviewId" value="${reviewId}"><input type="hidden" name="back" value="${back}">
<button type="submit" class="${action === 'approve' ? '' : 'secondary'}" data-review="${reviewId}" data-decision="${action}">${words(action)}</button></form>`,
  )}`;
}

function mailRow(m: MailRecord): Html {
  const read = m.readAs;
  return html`<tr>
<td class="small">${m.at.slice(0, 16).replace('T', ' ')}</td>
<td>${m.direction === 'in' ? html`← ${m.from}` : html`→ ${m.to.join(', ')}`}</td>
<td>${m.subject}${m.template ? html`<br><span class="small muted">${m.template}</span>` : ''}</td>
<td>${
    read
      ? html`${read.kind}/${read.intent}${read.confidence !== undefined && read.kind === 'human' ? html` <span class="small">(confidence ${read.confidence}${read.needsReview ? ', for the PM' : ''})</span>` : ''}<br><span class="small">${read.summary ?? ''}${read.rejectedFor ? ` — not acted on (${read.rejectedFor})` : ''}</span>${
          (read.reasons ?? []).length > 0
            ? html`<details><summary class="small">Why</summary><ul class="small">${(read.reasons ?? []).map((r) => html`<li>${r}</li>`)}</ul></details>`
            : ''
        }`
      : ''
  }</td></tr>`;
}

export function projectBody(input: {
  readonly base: string;
  readonly project: Project;
  readonly summary: Summary;
  readonly mail: readonly MailRecord[];
  readonly today: string;
  readonly done?: string;
  readonly refused?: string;
  readonly feeds?: Html;
}): Html {
  const { base, project, summary, mail, today } = input;
  const module = processOf(project);
  const rows: GanttRow[] = module.definition.milestones
    .filter((m) => project.timeline.original?.[m.id] || project.timeline.current?.[m.id])
    .map((m) => ({
      id: m.id,
      label: m.label,
      original: project.timeline.original?.[m.id]?.due ?? null,
      current: project.timeline.current?.[m.id]?.due ?? null,
    }));
  const reviews = project.reviews.filter((r) => r.status === 'open');
  const missing = project.requirements.filter((r) => r.received === null);
  const questions = project.questions.filter((q) => !q.answeredAt);
  const changes = project.changeRequests.filter((c) => c.status === 'open');
  const back = `/ui/projects/${project.id}`;
  return html`<p class="small"><a href="${base}/ui">← Portfolio</a></p>
<h1>${project.id}: ${project.title}</h1>
<p>${project.client.name} · ${summary.processTitle} · phase <strong>${project.phase}</strong> · ${healthMark(summary.health, summary.healthWhy)} <span class="muted small">${summary.healthWhy}</span></p>
<p class="muted">${summary.step ? html`Waiting at ${summary.stepLabel} on ${summary.waitsOn}${summary.since ? ` since ${summary.since}` : ''}.` : 'Not waiting on anyone.'} ${summary.pm ? html`PM: ${summary.pm.name} (${summary.pm.email}).` : ''}</p>
${flash(input.done, input.refused)}
<h2 id="timeline">Timeline</h2>
${rows.length > 0 ? gantt(rows, today) : html`<p class="muted">This process has no launch timeline; its steps and certification rounds are below.</p>`}
<h2 id="ledger">Ledger of date moves</h2>
${
  project.ledger.length === 0
    ? html`<p class="muted">No date has moved.</p>`
    : html`<div class="box"><table id="ledger-table"><thead><tr><th scope="col">When</th><th scope="col">Days</th><th scope="col">Cause</th><th scope="col">Whose</th><th scope="col">What moved</th><th scope="col">Evidence</th></tr></thead><tbody>${project.ledger.map(
        (e) =>
          html`<tr><td class="small">${e.at.slice(0, 10)}</td><td>${e.days > 0 ? '+' : ''}${e.days}</td><td>${e.cause}</td><td>${e.causedBy}</td><td>${e.summary}</td><td class="small">${evidenceText(e.evidence)}</td></tr>`,
      )}</tbody></table></div>`
}
<h2 id="open">Open items</h2>
<ul class="items" id="open-items">
${reviews.map((r) => html`<li data-review="${r.id}"><strong>${r.id}</strong>: ${r.from} answered the ${r.step} step; I read it as ${r.guess} (confidence ${r.confidence}). “${r.text.slice(0, 240)}” ${reviewButtons(project, r.id, base, back)}</li>`)}
${missing.map((r) => html`<li>Requirement missing: ${r.label}</li>`)}
${questions.map((q) => html`<li>Question ${q.id} from ${q.askedBy}: ${q.text.split('\n')[0] ?? ''}</li>`)}
${changes.map((c) => html`<li>Change request ${c.id} from ${c.requestedBy}: ${c.summary}${c.feesApply ? ' (fees apply)' : ''}</li>`)}
${reviews.length + missing.length + questions.length + changes.length === 0 ? html`<li class="muted">Nothing open.</li>` : ''}
</ul>
${
  project.approvals.length > 0
    ? html`<h2 id="approvals">Approvals</h2><div class="box"><table><thead><tr><th scope="col">Document</th><th scope="col">Revision</th><th scope="col">Party</th><th scope="col">Decision</th><th scope="col">When</th></tr></thead><tbody>${project.approvals.flatMap(
        (a) =>
          a.decisions.map(
            (d) =>
              html`<tr><td>${a.subject}</td><td>${a.revision}</td><td>${d.email} (${d.role})</td><td>${d.decision}</td><td class="small">${d.at?.slice(0, 16).replace('T', ' ') ?? '—'}</td></tr>`,
          ),
      )}</tbody></table></div>`
    : ''
}
${
  project.certificationRounds.length > 0
    ? html`<h2 id="rounds">Certification rounds</h2><div class="box"><table><thead><tr><th scope="col">Round</th><th scope="col">Materials complete</th><th scope="col">Starts</th><th scope="col">Earliest end</th><th scope="col">Outcome</th><th scope="col">Fees</th></tr></thead><tbody>${project.certificationRounds.map(
        (r) =>
          html`<tr><td>${r.number}</td><td>${r.materialsCompleteOn}</td><td>${r.slotStartsOn ?? '—'}</td><td>${r.earliestEndOn}</td><td>${r.outcome}${r.feedback ? html`<br><span class="small">${r.feedback}</span>` : ''}</td><td>${r.feesFlagged ? 'yes' : 'no'}</td></tr>`,
      )}</tbody></table></div>`
    : ''
}
<h2 id="act">Staff actions</h2>
<p class="muted small">Each button is the same command as <code>integrations pm ${project.id} …</code> and as a reply to a notice; what the project’s state does not allow is refused with the reason.</p>
${actionForms(project, base)}
${input.feeds ?? ''}
<h2 id="mail">Mail log</h2>
<div class="box"><table id="mail-log"><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Subject</th><th scope="col">Read as</th></tr></thead><tbody>${[...mail].reverse().map(mailRow)}</tbody></table></div>`;
}
