import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { StaffAction, StaffActionRefusedError } from '../shared/lifecycle/commands';
import { NewProject } from '../shared/lifecycle/create';
import { ProjectNotFoundError } from '../shared/project/errors';
import type { LocalRuntime } from './runtime';

/**
 * The local runtime's control port on 127.0.0.1: how `integrations new|show|pm|list` reach the
 * running system (the runtime owns the dynalite data folder; only one process may).
 */
export async function startControl(runtime: LocalRuntime, port: number): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    route(runtime, request, response).catch((error: unknown) =>
      reply(response, 500, { error: 'InternalError', message: error instanceof Error ? error.message : String(error) }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  return { port: address && typeof address === 'object' ? address.port : port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function body(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const ActionRequest = z.object({ by: z.email().optional(), command: StaffAction });

async function route(runtime: LocalRuntime, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const parts = url.pathname.split('/').filter(Boolean);
  try {
    if (request.method === 'GET' && url.pathname === '/projects') {
      return reply(response, 200, await runtime.ports.store.listActive());
    }
    if (request.method === 'POST' && url.pathname === '/projects') {
      const input = NewProject.safeParse(await body(request));
      if (!input.success)
        return reply(response, 400, { error: 'InvalidProjectError', message: input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      return reply(response, 201, await runtime.createProject(input.data));
    }
    if (parts[0] === 'projects' && parts[1] && request.method === 'GET' && parts.length === 2) {
      const project = await runtime.ports.store.require(parts[1]);
      return reply(response, 200, { project, mail: await runtime.ports.store.listMail(project.id), execution: runtime.executions.get(project.id) ?? null });
    }
    if (parts[0] === 'projects' && parts[1] && parts[2] === 'actions' && request.method === 'POST') {
      const action = ActionRequest.safeParse(await body(request));
      if (!action.success)
        return reply(response, 400, { error: 'InvalidActionError', message: action.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      const project = await runtime.ports.store.require(parts[1]);
      const by = action.data.by ?? project.parties.find((p) => (p.role === 'pm' || p.role === 'technical-consultant') && p.active)?.email ?? 'pm@local';
      const outcome = await runtime.staff(project.id, action.data.command, by);
      if (action.data.command.action === 'reschedule' && outcome.project.ledger.at(-1)?.days !== undefined && (outcome.project.ledger.at(-1)?.days ?? 0) < 0) {
        // A date moved earlier: restart the execution from the record (docs/decisions.md#dates-move).
        runtime.executions.start(project.id, project.process);
      }
      return reply(response, 200, { readAs: outcome.readAs, phase: outcome.project.phase });
    }
    return reply(response, 404, { error: 'NotFound', message: `${request.method} ${url.pathname}` });
  } catch (error) {
    if (error instanceof ProjectNotFoundError) return reply(response, 404, { error: error.name, message: error.message });
    if (error instanceof StaffActionRefusedError) return reply(response, 409, { error: error.name, message: error.message });
    if (error instanceof SyntaxError) return reply(response, 400, { error: 'InvalidJsonError', message: error.message });
    throw error;
  }
}
