import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { calendarFor, createFeed, FeedSubjectNotFoundError, FeedsUnavailableError, listFeeds, revokeFeed } from '../calendar/service';
import type { LifecyclePorts } from '../lifecycle/ports';
import { FeedId, FeedNotFoundError, FeedSubject } from '../project/feeds';
import { EmailAddress } from '../project/schemas';

export { calendarFor, createFeed, feedProjects, feedUrl, listFeeds, revokeFeed, type CreatedFeed } from '../calendar/service';

/*
 * Calendar feeds on the staff API (docs/table-design.md#calendar-feeds). `/feeds` makes, lists and
 * revokes them, behind the API's authorization like every staff route. `/calendar/<token>.ics` is
 * the one route without it (on AWS: no authorizer on `GET /calendar/{token}`): calendar apps cannot
 * sign requests, so the unguessable token is the credential. It answers an unknown, malformed or
 * revoked token with the same 404.
 */

/** A new feed: `{ "project": "INT-1001" }` or `{ "pm": "sam@vendor.example" }`, and who makes it. */
export const CreateFeedRequest = z
  .object({ project: z.string().optional(), pm: z.string().optional(), by: EmailAddress.optional() })
  .strict()
  .refine((body) => (body.project === undefined) !== (body.pm === undefined), { message: 'give either "project" or "pm", not both' })
  .transform(({ by, ...subject }, ctx) => {
    const parsed = FeedSubject.safeParse(subject);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    }
    return { subject: parsed.data, by };
  });

/** Who revokes a feed (default: `staff`, as the request does not say). */
export const RevokeFeedRequest = z.object({ by: EmailAddress.optional() }).strict();

/** The same answer for every token that opens no feed: nobody learns whether a token ever existed. */
const NO_FEED = { error: 'NotFound', message: 'no calendar feed at this address' } as const;

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/** The body as JSON (an empty body is `{}`), or undefined when it is not JSON. */
async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The feed errors this file's routes answer themselves; any other goes to the app's handler (404 for a project, else 500). */
function refusal(c: Context, error: unknown): Response {
  if (error instanceof FeedNotFoundError || error instanceof FeedSubjectNotFoundError) return c.json({ error: error.name, message: error.message }, 404);
  if (error instanceof FeedsUnavailableError) return c.json({ error: error.name, message: error.message }, 501);
  throw error;
}

/** The API's base URL as this request reached it: its origin and any path before `/feeds` (a stage). */
function baseOf(c: Context): string {
  const url = new URL(c.req.url);
  return `${url.origin}${url.pathname.replace(/\/feeds\/?$/, '')}`;
}

/** The feed routes, mounted by the staff API (`app.route('/', feedRoutes(ports, track))`). */
export function feedRoutes(ports: () => Promise<LifecyclePorts>, track: <T>(work: Promise<T>) => Promise<T> = (work) => work): Hono {
  const app = new Hono();

  app.post('/feeds', async (c) => {
    const body = await jsonBody(c.req.raw);
    if (body === undefined) return c.json({ error: 'InvalidJsonError', message: 'the body is not JSON' }, 400);
    const request = CreateFeedRequest.safeParse(body);
    if (!request.success) return c.json({ error: 'InvalidFeedError', message: issues(request.error) }, 400);
    try {
      const created = await track(createFeed(await ports(), request.data.subject, { base: baseOf(c), ...(request.data.by ? { by: request.data.by } : {}) }));
      return c.json({ token: created.token, url: created.url, subject: created.subject, id: created.feed.id, feed: created.feed }, 201);
    } catch (error) {
      return refusal(c, error);
    }
  });

  app.get('/feeds', async (c) => {
    const project = c.req.query('project');
    const pm = c.req.query('pm');
    let subject: FeedSubject | undefined;
    if (project !== undefined || pm !== undefined) {
      const parsed = CreateFeedRequest.safeParse({ ...(project !== undefined ? { project } : {}), ...(pm !== undefined ? { pm } : {}) });
      if (!parsed.success) return c.json({ error: 'InvalidFeedError', message: issues(parsed.error) }, 400);
      subject = parsed.data.subject;
    }
    try {
      return c.json(await listFeeds(await ports(), subject));
    } catch (error) {
      return refusal(c, error);
    }
  });

  app.post('/feeds/:id/revoke', async (c) => {
    const id = c.req.param('id').toUpperCase();
    if (!FeedId.safeParse(id).success) return c.json({ error: 'FeedNotFoundError', message: new FeedNotFoundError(id).message }, 404);
    const body = await jsonBody(c.req.raw);
    if (body === undefined) return c.json({ error: 'InvalidJsonError', message: 'the body is not JSON' }, 400);
    const request = RevokeFeedRequest.safeParse(body);
    if (!request.success) return c.json({ error: 'InvalidFeedError', message: issues(request.error) }, 400);
    try {
      return c.json(await track(revokeFeed(await ports(), id, request.data.by ?? 'staff')));
    } catch (error) {
      return refusal(c, error);
    }
  });

  app.get('/calendar/:file', async (c) => {
    const token = /^(.+)\.ics$/.exec(c.req.param('file'))?.[1];
    let text: string | undefined;
    try {
      text = token ? await calendarFor(await ports(), token) : undefined;
    } catch (error) {
      return refusal(c, error);
    }
    if (text === undefined) return c.json(NO_FEED, 404, { 'cache-control': 'no-store' });
    // No caching: a revoked feed must stop at once, and every poll must see a moved date.
    return c.body(text, 200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'no-store' });
  });

  return app;
}
