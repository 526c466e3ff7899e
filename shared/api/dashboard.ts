import type { Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { createFeed, listFeeds, revokeFeed, type CreatedFeed } from '../calendar/service';
import { StaffAction, StaffActionRefusedError } from '../lifecycle/commands';
import type { LifecyclePorts } from '../lifecycle/ports';
import { assignUnmatched } from '../lifecycle/service/assign';
import { runStaffCommand } from '../lifecycle/service/staff';
import { MailAlreadyAssignedError, ProjectNotFoundError, UnmatchedMailNotFoundError } from '../project/errors';
import type { FeedSummary } from '../project/feeds';
import { EmailAddress, ProjectId } from '../project/schemas';
import { addDays, localDate } from '../timeline/dates';
import { page } from './views/layout';
import { needsYouBody } from './views/needs-you';
import { filterAndSort, portfolioBody, type PortfolioQuery } from './views/portfolio';
import { projectBody } from './views/project';
import { ownerOf, summarize, type Health } from './views/summary';

/*
 * The PM's view (docs/dashboard.md): pages of the staff API, served wherever it is — the local
 * runtime's control port, and on AWS through `integrations dashboard`, which signs each request.
 * Server-rendered HTML; a button posts a form that runs the same staff command as the CLI.
 */

const HEALTH: readonly Health[] = ['on-track', 'at-risk', 'late'];
const SORTS: readonly PortfolioQuery['sort'][] = ['next', 'slip', 'id', 'since'];

function portfolioQuery(c: Context): PortfolioQuery {
  const health = c.req.query('health') as Health | undefined;
  const sort = c.req.query('sort') as PortfolioQuery['sort'] | undefined;
  return {
    ...(c.req.query('pm') ? { pm: c.req.query('pm') } : {}),
    ...(c.req.query('process') ? { process: c.req.query('process') } : {}),
    ...(health && HEALTH.includes(health) ? { health } : {}),
    sort: sort && SORTS.includes(sort) ? sort : 'next',
  };
}

/**
 * A form post must come from the dashboard's own pages: a browser sends `Origin` with every post, and
 * another site's page must not be able to act (a staff action is a write). Clients that are not
 * browsers send none; the `integrations dashboard` proxy checks the browser's origin itself.
 */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  return origin === undefined || origin === new URL(c.req.url).origin;
}

/** Where to go back to after a form: a path of the dashboard only (never another site). */
function backTo(form: Record<string, unknown>, fallback: string): string {
  const back = typeof form['back'] === 'string' ? form['back'] : '';
  return back.startsWith('/ui') && !back.startsWith('//') ? back : fallback;
}

function withMessage(path: string, key: 'done' | 'refused', message: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(message.slice(0, 300))}`;
}

/** The staff member the pages are for: `?me=`, else the last one chosen (a cookie). */
function signedIn(c: Context): string | undefined {
  const chosen = EmailAddress.safeParse(c.req.query('me') ?? getCookie(c, 'me') ?? '');
  if (!chosen.success) return undefined;
  setCookie(c, 'me', chosen.data, { path: '/', sameSite: 'Strict', httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  return chosen.data;
}

export function dashboardRoutes(app: Hono, ports: () => Promise<LifecyclePorts>, track: <T>(work: Promise<T>) => Promise<T>): void {
  app.get('/', (c) => c.redirect('/ui'));

  const portfolio = (tab: 'active' | 'ended') => async (c: Context) => {
    const p = await ports();
    const now = p.clock.now();
    const projects = tab === 'active' ? await p.store.listActive() : await p.store.listEnded();
    const all = projects.map((project) => summarize(project, now, p.config));
    const query = portfolioQuery(c);
    const today = localDate(now, 'UTC');
    return c.html(
      page({
        title: tab === 'active' ? 'Portfolio' : 'Ended projects',
        current: tab === 'active' ? 'portfolio' : 'ended',
        base: '',
        body: portfolioBody({ base: '', tab, rows: filterAndSort(all, query), all, query, today }),
      }),
    );
  };
  app.get('/ui', portfolio('active'));
  app.get('/ui/ended', portfolio('ended'));

  /** A project's page; `created`: a feed just made, whose address is shown this once. */
  const projectPage = async (c: Context, created?: CreatedFeed) => {
    const p = await ports();
    const id = ProjectId.safeParse(c.req.param('id')?.toUpperCase() ?? '');
    if (!id.success) return c.html(page({ title: 'Not found', current: 'project', base: '', body: notFound(c.req.param('id') ?? '') }), 404);
    const project = await p.store.get(id.data);
    if (!project) return c.html(page({ title: 'Not found', current: 'project', base: '', body: notFound(id.data) }), 404);
    const now = p.clock.now();
    const feeds = p.feeds ? (await listFeeds(p, { project: project.id })).filter((f) => !f.revoked) : undefined;
    return c.html(
      page({
        title: `${project.id} ${project.title}`,
        current: 'project',
        base: '',
        body: projectBody({
          base: '',
          project,
          summary: summarize(project, now, p.config),
          mail: await p.store.listMail(project.id),
          today: localDate(now, project.timeZone),
          ...(c.req.query('done') ? { done: c.req.query('done') } : {}),
          ...(c.req.query('refused') ? { refused: c.req.query('refused') } : {}),
          ...(feeds ? { feeds: feedsSection(feeds, `/ui/projects/${project.id}`, `/ui/projects/${project.id}/feeds`, created) } : {}),
        }),
      }),
    );
  };
  app.get('/ui/projects/:id', (c) => projectPage(c));

  // A calendar feed of the project: its address is shown once, in the answer to the post (never in a URL of the dashboard).
  app.post('/ui/projects/:id/feeds', async (c) => {
    if (!sameOrigin(c)) return c.text('A form of another site cannot act here.', 403);
    const p = await ports();
    const project = await p.store.require(c.req.param('id').toUpperCase());
    const by = signedIn(c) ?? ownerOf(project)?.email;
    const created = await track(createFeed(p, { project: project.id }, { base: apiBase(c), ...(by ? { by } : {}) }));
    return projectPage(c, created);
  });

  app.post('/ui/feeds/:feedId/revoke', async (c) => {
    if (!sameOrigin(c)) return c.text('A form of another site cannot act here.', 403);
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const back = backTo(form, '/ui');
    const p = await ports();
    try {
      const feed = await track(revokeFeed(p, c.req.param('feedId').toUpperCase(), signedIn(c) ?? 'staff'));
      return c.redirect(withMessage(back, 'done', `${feed.id} revoked: its address answers 404 from now on.`), 303);
    } catch (error) {
      return c.redirect(withMessage(back, 'refused', error instanceof Error ? error.message : String(error)), 303);
    }
  });

  /** What waits on the signed-in staff member; `created`: their new calendar feed, shown this once. */
  const needsYouPage = async (c: Context, created?: CreatedFeed) => {
    const p = await ports();
    const projects = await p.store.listActive();
    const staff = [
      ...new Map(
        projects
          .map(ownerOf)
          .filter((o) => o !== null)
          .map((o) => [o.email, o]),
      ).values(),
    ].sort((a, b) => a.name.localeCompare(b.name));
    const me = signedIn(c) ?? staff[0]?.email ?? '';
    const now = p.clock.now();
    const owned = projects.filter((project) => ownerOf(project)?.email === me);
    const mine = await Promise.all(
      owned.map(async (project) => ({ project, summary: summarize(project, now, p.config), mail: await p.store.listMail(project.id) })),
    );
    const feeds = p.feeds && me ? (await listFeeds(p, { pm: me })).filter((f) => !f.revoked) : undefined;
    const body = needsYouBody({
      base: '',
      me,
      staff,
      mine,
      inbox: await p.store.listUnmatched(),
      since: `${addDays(localDate(now, 'UTC'), -14)}T00:00:00.000Z`,
      ...(c.req.query('done') ? { done: c.req.query('done') } : {}),
      ...(c.req.query('refused') ? { refused: c.req.query('refused') } : {}),
      ...(feeds ? { feeds: feedsSection(feeds, `/ui/needs-you?me=${encodeURIComponent(me)}`, '/ui/needs-you/feeds', created) } : {}),
    });
    return c.html(page({ title: 'Needs you', current: 'needs-you', base: '', body }));
  };
  app.get('/ui/needs-you', (c) => needsYouPage(c));

  // A calendar feed of every project of the signed-in staff member.
  app.post('/ui/needs-you/feeds', async (c) => {
    if (!sameOrigin(c)) return c.text('A form of another site cannot act here.', 403);
    const me = signedIn(c);
    if (!me) return c.redirect(withMessage('/ui/needs-you', 'refused', 'choose who you are first'), 303);
    try {
      return await needsYouPage(c, await track(createFeed(await ports(), { pm: me }, { base: apiBase(c), by: me })));
    } catch (error) {
      return c.redirect(withMessage('/ui/needs-you', 'refused', error instanceof Error ? error.message : String(error)), 303);
    }
  });

  // A button: the same staff command as `integrations pm`, refused the same way.
  app.post('/ui/projects/:id/actions', async (c) => {
    if (!sameOrigin(c)) return c.text('A form of another site cannot act here.', 403);
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const id = c.req.param('id').toUpperCase();
    const back = backTo(form, `/ui/projects/${id}`);
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(form)) {
      if (key === 'back' || typeof value !== 'string' || value === '') continue;
      fields[key] = key === 'minutes' ? Number(value) : key === 'only' ? value === 'true' : value;
    }
    const command = StaffAction.safeParse(fields);
    if (!command.success)
      return c.redirect(withMessage(back, 'refused', command.error.issues.map((i) => `${i.path.join('.') || 'action'}: ${i.message}`).join('; ')), 303);
    const p = await ports();
    try {
      const project = await p.store.require(id);
      const by = signedIn(c) ?? ownerOf(project)?.email ?? 'staff@local';
      const outcome = await track(runStaffCommand(p, project.id, command.data, by));
      return c.redirect(withMessage(back, 'done', `${project.id}: ${outcome.readAs}; now ${outcome.project.phase}.`), 303);
    } catch (error) {
      if (error instanceof StaffActionRefusedError || error instanceof ProjectNotFoundError)
        return c.redirect(withMessage(back, 'refused', error.message), 303);
      throw error;
    }
  });

  app.post('/ui/inbox/:mailId/assign', async (c) => {
    if (!sameOrigin(c)) return c.text('A form of another site cannot act here.', 403);
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const back = backTo(form, '/ui/needs-you');
    const projectId = ProjectId.safeParse(
      String(form['projectId'] ?? '')
        .trim()
        .toUpperCase(),
    );
    if (!projectId.success) return c.redirect(withMessage(back, 'refused', 'expected a project id such as INT-1042'), 303);
    const p = await ports();
    try {
      const project = await p.store.require(projectId.data);
      const by = signedIn(c) ?? ownerOf(project)?.email ?? 'staff@local';
      const result = await track(assignUnmatched(p, c.req.param('mailId'), project.id, by));
      return c.redirect(withMessage(back, 'done', `${c.req.param('mailId')} given to ${project.id}: ${result.readAs}`), 303);
    } catch (error) {
      if (error instanceof ProjectNotFoundError || error instanceof UnmatchedMailNotFoundError || error instanceof MailAlreadyAssignedError)
        return c.redirect(withMessage(back, 'refused', error.message), 303);
      throw error;
    }
  });
}

/** The API's base URL as this request reached it (a stage's path included): calendar apps fetch feeds there. */
function apiBase(c: Context): string {
  const url = new URL(c.req.url);
  return `${url.origin}${url.pathname.replace(/\/ui\/.*$/, '')}`;
}

/** The feeds of a page's subject: each with its revoke button, a button for a new one, and a new one's address once. */
function feedsSection(feeds: readonly FeedSummary[], back: string, action: string, created?: CreatedFeed) {
  return html`<h2 id="calendar">Calendar feed</h2>
${created ? html`<p class="flash done" role="status">Subscribe to this address in Outlook or Google Calendar (it is shown only now; anyone who has it can read the dates): <br><code id="feed-url">${created.url}</code></p>` : ''}
<p class="muted small">Milestones as all-day events, updated when dates move. The address carries a token; revoke it and it answers 404.</p>
<ul class="items">${feeds.map(
    (f) =>
      html`<li>${f.id}, made ${f.createdAt.slice(0, 10)} by ${f.createdBy} <form method="post" action="/ui/feeds/${f.id}/revoke" style="display:inline"><input type="hidden" name="back" value="${back}"><button type="submit" class="secondary" data-feed="${f.id}">Revoke</button></form></li>`,
  )}</ul>
<form method="post" action="${action}"><button type="submit" id="new-feed">New calendar feed</button></form>`;
}

function notFound(id: string) {
  return html`<h1>Not found</h1><p>No project ${id}. <a href="/ui">Back to the portfolio</a>.</p>`;
}
