import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Health } from './summary';

/*
 * The dashboard's page shell: server-rendered HTML, no client JavaScript, one stylesheet inline
 * (docs/dashboard.md). Readable at a phone's width (tables scroll sideways inside their box), usable
 * by keyboard (a skip link, visible focus, real links and buttons), health told in words as well as
 * colour.
 */

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #ffffff; --panel: #f6f8fa; --accent: #0b5cad;
  --ok: #116329; --ok-bg: #dafbe1; --risk: #7d4e00; --risk-bg: #fff1c5; --late: #a40e26; --late-bg: #ffe3e6; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus, button:focus, select:focus, input:focus, textarea:focus, summary:focus { outline: 3px solid #ffb000; outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 10; }
header { background: #24292f; color: #fff; padding: 8px 16px; display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: center; }
header a { color: #fff; text-decoration: none; padding: 4px 2px; } header a[aria-current="page"] { border-bottom: 3px solid #ffb000; }
header .brand { font-weight: 700; margin-right: auto; }
main { padding: 16px; max-width: 1280px; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: 8px 0 4px; } h2 { font-size: 1.15rem; margin: 24px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.muted { color: var(--muted); } .small { font-size: 0.875rem; }
.box { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; min-width: 640px; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); font-weight: 600; white-space: nowrap; } tr:last-child td { border-bottom: 0; }
caption { text-align: left; padding: 6px 10px; color: var(--muted); }
.health { display: inline-block; padding: 0 8px; border-radius: 12px; font-weight: 600; font-size: 0.875rem; white-space: nowrap; }
.health.on-track { color: var(--ok); background: var(--ok-bg); } .health.at-risk { color: var(--risk); background: var(--risk-bg); }
.health.late { color: var(--late); background: var(--late-bg); }
form.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 8px 0 16px; }
label { display: block; font-size: 0.875rem; color: var(--muted); }
select, input, textarea, button { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--ink); }
button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; } button.secondary { background: #fff; color: var(--accent); }
.flash { padding: 8px 12px; border-radius: 6px; margin: 8px 0; } .flash.done { background: var(--ok-bg); color: var(--ok); } .flash.refused { background: var(--late-bg); color: var(--late); }
.actions { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; }
.actions form { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; background: var(--panel); }
.actions form h3 { font-size: 1rem; margin: 0 0 6px; }
.items li { margin: 4px 0; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
details summary { cursor: pointer; color: var(--accent); }
@media (max-width: 640px) { main { padding: 8px; } header { padding: 8px; } h1 { font-size: 1.25rem; } }
`;

export interface Page {
  readonly title: string;
  readonly current: 'portfolio' | 'ended' | 'needs-you' | 'project';
  readonly base: string;
  readonly body: Html;
}

export function page({ title, current, base, body }: Page): Html {
  const nav = (href: string, label: string, key: Page['current']) =>
    html`<a href="${base}${href}" ${raw(current === key ? 'aria-current="page"' : '')}>${label}</a>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Integration projects</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><span class="brand">Integration projects</span>
<nav aria-label="Dashboard">${nav('/ui', 'Portfolio', 'portfolio')} ${nav('/ui/ended', 'Ended', 'ended')} ${nav('/ui/needs-you', 'Needs you', 'needs-you')}</nav>
</header>
<main id="main">${body}</main>
</body>
</html>`;
}

const HEALTH_WORDS: Readonly<Record<Health, string>> = { 'on-track': 'On track', 'at-risk': 'At risk', late: 'Late' };

export function healthMark(health: Health, why?: string): Html {
  return html`<span class="health ${health}" ${raw(why ? `title="${escapeAttribute(why)}"` : '')}>${HEALTH_WORDS[health]}</span>`;
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A flash line after an action: what was done, or why it was refused. */
export function flash(done?: string, refused?: string): Html {
  if (refused) return html`<p class="flash refused" role="alert">Refused: ${refused}</p>`;
  if (done) return html`<p class="flash done" role="status">${done}</p>`;
  return html``;
}
