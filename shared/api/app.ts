import { Hono } from 'hono';
import { z } from 'zod';
import { StaffAction, StaffActionRefusedError } from '../lifecycle/commands';
import { NewProject } from '../lifecycle/create';
import type { LifecyclePorts } from '../lifecycle/ports';
import { assignUnmatched } from '../lifecycle/service/assign';
import { newProject, runStaffCommand } from '../lifecycle/service/staff';
import { MailAlreadyAssignedError, ProjectNotFoundError, UnmatchedMailNotFoundError } from '../project/errors';
import { EmailAddress, ProjectId } from '../project/schemas';
import { firstStaffParty } from '../processes/registry';
import { dashboardRoutes } from './dashboard';
import { feedRoutes } from './feeds';

/*
 * The staff API (docs/decisions.md#staff-api): every route and schema once, one app. The local
 * runtime serves it on 127.0.0.1 (`npm start`); on AWS an API Gateway HTTP API with IAM
 * authorization puts it behind the staff-api Lambda. The app never knows which: it gets its ports.
 * Errors are the CLI's contract: bad input is 400 naming the field, a refused action 409 with its
 * name and one-line message, an unknown project or mail 404.
 */

/** A staff action on a project: who acts (default: the project's first staff party) and the command. */
export const ActionRequest = z.object({ by: EmailAddress.optional(), command: StaffAction });

/** A mail of the inbox given to a project: which one, and who gives it (default: the project's first staff party). */
export const AssignRequest = z.object({ projectId: z.string().trim().toUpperCase().pipe(ProjectId), by: EmailAddress.optional() });

/** The error body of every refusal: a name the CLI can switch on and one line for a person. */
export interface ApiError {
  readonly error: string;
  readonly message: string;
}

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/** The body as JSON, or a named 400 when it is not. */
async function json(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; error: ApiError }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: { error: 'InvalidJsonError', message: error instanceof Error ? error.message : 'the body is not JSON' } };
  }
}

/**
 * The staff API over the lifecycle's ports. `ports` is called per request (the Lambda builds its
 * ports once, at first use); `track` lets the local runtime count the work in flight.
 */
export function staffApi(
  ports: () => Promise<LifecyclePorts>,
  track: <T>(work: Promise<T>) => Promise<T> = (work) => work,
  /** Where an unexpected error is reported (the Lambda's log): the client gets its name only. */
  report: (error: Error) => void = () => undefined,
): Hono {
  const app = new Hono();

  app.get('/projects', async (c) => c.json(await (await ports()).store.listActive()));

  app.post('/projects', async (c) => {
    const body = await json(c.req.raw);
    if (!body.ok) return c.json(body.error, 400);
    const input = NewProject.safeParse(body.value);
    if (!input.success) return c.json({ error: 'InvalidProjectError', message: issues(input.error) } satisfies ApiError, 400);
    const p = await ports();
    const project = await track(newProject(p, input.data));
    await p.workflows.start(project);
    return c.json(project, 201);
  });

  app.get('/projects/:id', async (c) => {
    const p = await ports();
    const project = await p.store.require(c.req.param('id').toUpperCase());
    return c.json({ project, mail: await p.store.listMail(project.id), execution: await p.workflows.describe(project) });
  });

  app.post('/projects/:id/actions', async (c) => {
    const body = await json(c.req.raw);
    if (!body.ok) return c.json(body.error, 400);
    const action = ActionRequest.safeParse(body.value);
    if (!action.success) return c.json({ error: 'InvalidActionError', message: issues(action.error) } satisfies ApiError, 400);
    const p = await ports();
    const project = await p.store.require(c.req.param('id').toUpperCase());
    const by = action.data.by ?? firstStaffParty(project)?.email ?? 'staff@local';
    // A date moved earlier restarts the execution inside the command (restartIfMovedEarlier).
    const outcome = await track(runStaffCommand(p, project.id, action.data.command, by));
    return c.json({ readAs: outcome.readAs, phase: outcome.project.phase });
  });

  // Mail that found no project, waiting for a person (newest first); and giving one to a project.
  app.get('/inbox', async (c) => c.json(await (await ports()).store.listUnmatched()));

  app.post('/inbox/:mailId/assign', async (c) => {
    const body = await json(c.req.raw);
    if (!body.ok) return c.json(body.error, 400);
    const request = AssignRequest.safeParse(body.value);
    if (!request.success) return c.json({ error: 'InvalidAssignmentError', message: issues(request.error) } satisfies ApiError, 400);
    const p = await ports();
    const project = await p.store.require(request.data.projectId);
    const by = request.data.by ?? firstStaffParty(project)?.email ?? 'staff@local';
    return c.json(await track(assignUnmatched(p, c.req.param('mailId'), project.id, by)));
  });

  // Calendar feeds (shared/api/feeds.ts): /feeds, and /calendar/<token>.ics, the one route whose credential is its token.
  app.route('/', feedRoutes(ports, track));

  // The PM's view (shared/api/dashboard.ts): pages at /ui, over the same ports and commands.
  dashboardRoutes(app, ports, track);

  app.notFound((c) => c.json({ error: 'NotFound', message: `${c.req.method} ${new URL(c.req.url).pathname}` } satisfies ApiError, 404));

  app.onError((error, c) => {
    if (error instanceof ProjectNotFoundError || error instanceof UnmatchedMailNotFoundError)
      return c.json({ error: error.name, message: error.message } satisfies ApiError, 404);
    if (error instanceof MailAlreadyAssignedError) return c.json({ error: error.name, message: error.message } satisfies ApiError, 409);
    if (error instanceof StaffActionRefusedError) return c.json({ error: error.name, message: error.message } satisfies ApiError, 409);
    // Anything else is a bug or an outage: reported in full where ops look, named to the client,
    // whose message never carries a stack trace, an ARN or an account id.
    report(error);
    return c.json(
      { error: 'InternalError', message: `the staff API could not complete the request (${error.name}); its log has the details` } satisfies ApiError,
      500,
    );
  });

  return app;
}
