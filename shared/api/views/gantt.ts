import { html } from 'hono/html';
import type { Html } from './layout';

/*
 * The timeline as a picture, drawn on the server as SVG (no charting library: a few lines and
 * diamonds on a date scale, no script to load, the same on every runtime): each milestone's original
 * date (hollow) and current date (filled), an arrow where it moved with the days it moved, and today.
 * The table beside it says the same in words for screen readers and for the record.
 */

export interface GanttRow {
  readonly id: string;
  readonly label: string;
  readonly original: string | null;
  readonly current: string | null;
}

const DAY_MS = 86_400_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function gantt(rows: readonly GanttRow[], today: string): Html {
  const dates = rows.flatMap((r) => [r.original, r.current]).filter((d): d is string => d !== null);
  if (dates.length === 0) return html`<p class="muted">No timeline yet: it is computed once the client confirms a launch date.</p>`;
  const first = Math.min(...dates.map(toDay), toDay(today)) - 4;
  const last = Math.max(...dates.map(toDay), toDay(today)) + 4;
  const left = 190;
  const width = 800;
  const rowHeight = 30;
  const top = 34;
  const height = top + rows.length * rowHeight + 10;
  const x = (date: string) => left + ((toDay(date) - first) / (last - first)) * (width - left - 16);
  // Month ticks: the first of each month in the range.
  const ticks: string[] = [];
  const start = new Date(first * DAY_MS);
  for (
    let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    d.getTime() / DAY_MS <= last;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  )
    ticks.push(d.toISOString().slice(0, 10));
  const diamond = (cx: number, cy: number, filled: boolean, colour: string) =>
    html`<path d="M ${cx} ${cy - 7} L ${cx + 7} ${cy} L ${cx} ${cy + 7} L ${cx - 7} ${cy} Z" fill="${filled ? colour : '#fff'}" stroke="${colour}" stroke-width="2"/>`;
  return html`<div class="box"><svg id="gantt" role="img" aria-labelledby="gantt-title" viewBox="0 0 ${width} ${height}" width="100%" style="min-width:600px;max-width:${width}px">
<title id="gantt-title">Original and current date of each milestone</title>
${ticks.map((t) => html`<line x1="${x(t)}" y1="${top - 8}" x2="${x(t)}" y2="${height - 6}" stroke="#d0d7de"/><text x="${x(t) + 3}" y="${top - 14}">${MONTHS[Number(t.slice(5, 7)) - 1]} ${t.slice(0, 4)}</text>`)}
<line x1="${x(today)}" y1="${top - 8}" x2="${x(today)}" y2="${height - 6}" stroke="#ffb000" stroke-width="2" stroke-dasharray="4 3"/><text x="${x(today) + 3}" y="${height - 8}">today</text>
${rows.map((r, i) => {
  const y = top + i * rowHeight + rowHeight / 2;
  const moved = r.original && r.current && r.original !== r.current ? Math.round(toDay(r.current) - toDay(r.original)) : 0;
  const colour = moved > 0 ? '#a40e26' : moved < 0 ? '#116329' : '#0b5cad';
  return html`<g data-milestone="${r.id}"><text x="8" y="${y + 4}">${r.label}</text>
<line x1="${left}" y1="${y}" x2="${width - 16}" y2="${y}" stroke="#f0f3f6"/>
${r.original && moved !== 0 ? html`<line x1="${x(r.original)}" y1="${y}" x2="${x(r.current ?? r.original) - (moved > 0 ? 9 : -9)}" y2="${y}" stroke="${colour}" stroke-width="2" marker-end="url(#arrow-${moved > 0 ? 'late' : 'early'})"/>` : ''}
${r.original && moved !== 0 ? diamond(x(r.original), y, false, '#57606a') : ''}
${r.current ? diamond(x(r.current), y, true, colour) : ''}
${moved !== 0 && r.current ? html`<text x="${x(r.current) + 10}" y="${y - 8}">${moved > 0 ? '+' : ''}${moved}d</text>` : ''}</g>`;
})}
<defs><marker id="arrow-late" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#a40e26"/></marker>
<marker id="arrow-early" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#116329"/></marker></defs>
</svg></div>
<div class="box" style="margin-top:8px"><table id="milestones"><caption>Milestones: original and current dates</caption>
<thead><tr><th scope="col">Milestone</th><th scope="col">Original</th><th scope="col">Current</th><th scope="col">Moved</th></tr></thead>
<tbody>${rows.map((r) => {
    const moved = r.original && r.current ? Math.round(toDay(r.current) - toDay(r.original)) : 0;
    return html`<tr data-milestone="${r.id}"><td>${r.label}</td><td>${r.original ?? '—'}</td><td>${r.current ?? '—'}</td><td>${moved === 0 ? '—' : `${moved > 0 ? '+' : ''}${moved} days`}</td></tr>`;
  })}</tbody></table></div>`;
}
