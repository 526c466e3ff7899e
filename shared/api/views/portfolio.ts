import { html } from 'hono/html';
import { healthMark, type Html } from './layout';
import type { Health, Summary } from './summary';

/** What the portfolio is filtered and sorted by (query parameters of `/ui` and `/ui/ended`). */
export interface PortfolioQuery {
  readonly pm?: string;
  readonly process?: string;
  readonly health?: Health;
  readonly sort: 'next' | 'slip' | 'id' | 'since';
}

export function filterAndSort(rows: readonly Summary[], query: PortfolioQuery): Summary[] {
  const kept = rows.filter(
    (r) => (!query.pm || r.pm?.email === query.pm) && (!query.process || r.process === query.process) && (!query.health || r.health === query.health),
  );
  const by: Record<PortfolioQuery['sort'], (a: Summary, b: Summary) => number> = {
    // Soonest next date first; projects without one last.
    next: (a, b) => (a.next?.due ?? '9999').localeCompare(b.next?.due ?? '9999') || a.id.localeCompare(b.id),
    slip: (a, b) => (b.slipDays ?? 0) - (a.slipDays ?? 0) || a.id.localeCompare(b.id),
    since: (a, b) => (a.since ?? '9999').localeCompare(b.since ?? '9999') || a.id.localeCompare(b.id),
    id: (a, b) => a.id.localeCompare(b.id),
  };
  return [...kept].sort(by[query.sort]);
}

const option = (value: string, label: string, selected: string | undefined) =>
  html`<option value="${value}"${selected === value ? html` selected` : ''}>${label}</option>`;

const slip = (days: number | null) => (days === null ? '—' : days === 0 ? '0' : `${days > 0 ? '+' : ''}${days}`);

export function portfolioBody(input: {
  readonly base: string;
  readonly tab: 'active' | 'ended';
  readonly rows: readonly Summary[];
  readonly all: readonly Summary[];
  readonly query: PortfolioQuery;
  readonly today: string;
}): Html {
  const { base, tab, rows, all, query, today } = input;
  const pms = [...new Map(all.filter((r) => r.pm).map((r) => [r.pm?.email ?? '', r.pm?.name ?? ''])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const processes = [...new Map(all.map((r) => [r.process, r.processTitle])).entries()];
  const counts = (h: Health) => all.filter((r) => r.health === h).length;
  const path = tab === 'active' ? '/ui' : '/ui/ended';
  return html`<h1>${tab === 'active' ? 'Active projects' : 'Ended projects'}</h1>
<p class="muted">${today}: ${all.length} ${tab === 'active' ? 'active' : 'ended'} project${all.length === 1 ? '' : 's'}${
    tab === 'active'
      ? html` — ${healthMark('on-track')} ${counts('on-track')} · ${healthMark('at-risk')} ${counts('at-risk')} · ${healthMark('late')} ${counts('late')}`
      : ''
  }</p>
<form class="filters" method="get" action="${base}${path}" aria-label="Filter and sort">
<div><label for="f-pm">PM</label><select id="f-pm" name="pm">${option('', 'Everyone', query.pm ?? '')}${pms.map(([email, name]) => option(email, name || email, query.pm))}</select></div>
<div><label for="f-process">Process</label><select id="f-process" name="process">${option('', 'Every process', query.process ?? '')}${processes.map(([id, title]) => option(id, title, query.process))}</select></div>
<div><label for="f-health">Health</label><select id="f-health" name="health">${option('', 'Any', query.health ?? '')}${option('on-track', 'On track', query.health)}${option('at-risk', 'At risk', query.health)}${option('late', 'Late', query.health)}</select></div>
<div><label for="f-sort">Sort by</label><select id="f-sort" name="sort">${option('next', 'Next date', query.sort)}${option('slip', 'Days slipped', query.sort)}${option('since', 'Waiting longest', query.sort)}${option('id', 'Project id', query.sort)}</select></div>
<div><button type="submit">Show</button></div>
</form>
<div class="box"><table id="portfolio">
<caption>${rows.length} shown${rows.length === all.length ? '' : ` of ${all.length}`}</caption>
<thead><tr><th scope="col">Project</th><th scope="col">Process</th><th scope="col">Phase</th><th scope="col">Next milestone</th><th scope="col">Slipped (days)</th><th scope="col">Health</th><th scope="col">Waits on</th><th scope="col">Since</th><th scope="col">PM</th></tr></thead>
<tbody>${rows.map(
    (r) => html`<tr data-project="${r.id}">
<td><a href="${base}/ui/projects/${r.id}">${r.id}</a><br><span class="small">${r.client}: ${r.title}</span></td>
<td>${r.processTitle}</td>
<td>${r.phase}</td>
<td>${r.next ? html`${r.next.label}<br><span class="small">${r.next.due}</span>` : html`<span class="muted">${r.stepLabel ?? '—'}</span>`}</td>
<td>${slip(r.slipDays)}</td>
<td>${healthMark(r.health, r.healthWhy)}<br><span class="small muted">${r.healthWhy}</span></td>
<td>${r.waitsOn ?? '—'}${r.openReviews > 0 ? html`<br><a class="small" href="${base}/ui/needs-you?me=${r.pm?.email ?? ''}">${r.openReviews} to decide</a>` : ''}</td>
<td>${r.since ?? '—'}</td>
<td>${r.pm ? r.pm.name : '—'}</td>
</tr>`,
  )}</tbody>
</table></div>`;
}
