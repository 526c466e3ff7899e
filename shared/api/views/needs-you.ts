import { html } from 'hono/html';
import type { MailRecord, Project, UnmatchedMail } from '../../project/schemas';
import { healthMark, type Html } from './layout';
import { reviewButtons } from './project';
import type { Summary } from './summary';

/*
 * What waits on one staff member: replies the reader would not decide alone, mail that found no
 * project, their overdue projects, and their commands that were refused (to retry). One page, the
 * most pressing first.
 */

/** Reasons a staff command by mail was not obeyed: shown for a retry. */
const REFUSED = new Set(['StaffActionRefusedError', 'UnauthenticatedCommandError', 'NoStaffCommandError']);

export interface NeedsYou {
  readonly me: string;
  readonly staff: readonly { readonly email: string; readonly name: string }[];
  readonly mine: readonly { readonly project: Project; readonly summary: Summary; readonly mail: readonly MailRecord[] }[];
  readonly inbox: readonly UnmatchedMail[];
  readonly since: string;
}

export function needsYouBody(input: NeedsYou & { readonly base: string; readonly done?: string; readonly refused?: string; readonly feeds?: Html }): Html {
  const { base, me, mine } = input;
  const reviews = mine.flatMap(({ project }) => project.reviews.filter((r) => r.status === 'open').map((review) => ({ project, review })));
  const late = mine.filter(({ summary }) => summary.overdue || summary.health === 'late');
  const refused = mine.flatMap(({ project, mail }) =>
    mail
      .filter((m) => m.direction === 'in' && m.from === me && m.at >= input.since && REFUSED.has(m.readAs?.rejectedFor ?? ''))
      .map((m) => ({ project, mail: m })),
  );
  const myIds = new Set(mine.map((m) => m.project.id));
  const inbox = [...input.inbox].sort((a, b) => Number(b.candidates.some((c) => myIds.has(c))) - Number(a.candidates.some((c) => myIds.has(c))));
  const back = `/ui/needs-you?me=${encodeURIComponent(me)}`;
  return html`<h1>Needs you</h1>
<form class="filters" method="get" action="${base}/ui/needs-you"><div><label for="me">Signed in as</label><select id="me" name="me">${input.staff.map(
    (s) => html`<option value="${s.email}"${s.email === me ? html` selected` : ''}>${s.name} (${s.email})</option>`,
  )}</select></div><div><button type="submit">Show</button></div></form>
${input.refused ? html`<p class="flash refused" role="alert">Refused: ${input.refused}</p>` : input.done ? html`<p class="flash done" role="status">${input.done}</p>` : ''}
<h2 id="decide">Replies to decide (${reviews.length})</h2>
${
  reviews.length === 0
    ? html`<p class="muted">No reply waits for your decision.</p>`
    : html`<ul class="items" id="reviews">${reviews.map(
        ({ project, review }) =>
          html`<li data-review="${review.id}" data-project="${project.id}"><a href="${base}/ui/projects/${project.id}">${project.id}</a> (${project.client.name}), ${review.step} step: ${review.from} wrote “${review.text.slice(0, 300)}”. I read it as <strong>${review.guess}</strong> (confidence ${review.confidence})${
            review.reasons.length > 0 ? html`: <span class="small">${review.reasons.join('; ')}</span>` : ''
          }. ${reviewButtons(project, review.id, base, back)}</li>`,
      )}</ul>`
}
<h2 id="overdue">Overdue or late (${late.length})</h2>
${
  late.length === 0
    ? html`<p class="muted">None of your projects is late.</p>`
    : html`<ul class="items">${late.map(
        ({ summary }) =>
          html`<li><a href="${base}/ui/projects/${summary.id}">${summary.id}</a> ${summary.client}: ${healthMark(summary.health)} ${summary.healthWhy}; waits on ${summary.waitsOn ?? '—'}${summary.since ? ` since ${summary.since}` : ''}.</li>`,
      )}</ul>`
}
<h2 id="refused">Your commands that were refused (${refused.length})</h2>
${
  refused.length === 0
    ? html`<p class="muted">None in the last two weeks.</p>`
    : html`<ul class="items">${refused.map(
        ({ project, mail }) =>
          html`<li><a href="${base}/ui/projects/${project.id}#act">${project.id}</a>, ${mail.at.slice(0, 16).replace('T', ' ')}: “${mail.subject}” — ${mail.readAs?.summary ?? ''} (${mail.readAs?.rejectedFor ?? ''}). Retry from the project’s page.</li>`,
      )}</ul>`
}
<h2 id="inbox">Mail that found no project (${inbox.length})</h2>
${
  inbox.length === 0
    ? html`<p class="muted">The inbox is empty.</p>`
    : html`<div class="box"><table><thead><tr><th scope="col">Mail</th><th scope="col">From</th><th scope="col">Subject</th><th scope="col">Why</th><th scope="col">Give it to</th></tr></thead><tbody>${inbox.map(
        (m) =>
          html`<tr><td class="small">${m.mailId}<br>${m.receivedAt.slice(0, 16).replace('T', ' ')}</td><td>${m.from}</td><td>${m.subject || '(no subject)'}</td><td class="small">${m.explanation}</td><td><form method="post" action="${base}/ui/inbox/${m.mailId}/assign"><input type="hidden" name="back" value="${back}"><label for="assign-${m.mailId}">Project</label><input id="assign-${m.mailId}" name="projectId" value="${m.candidates[0] ?? ''}" size="10" required> <button type="submit">Assign</button></form></td></tr>`,
      )}</tbody></table></div>`
}
${input.feeds ?? ''}`;
}
