import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { SignedStaffClient } from '../api-client';
import { UsageError } from '../errors';
import type { CliIo } from '../io';

/*
 * `integrations dashboard --api URL`: the PM's view of a deployed stack, in the browser, with no
 * public page. It serves on 127.0.0.1 only and passes each request to the staff API signed with the
 * PM's own AWS credentials (SigV4, like every other command with --api). A form post must come from
 * its own pages (the browser's Origin), so another site cannot act through it.
 */

const DashboardOptions = z.object({ api: z.string().optional(), port: z.coerce.number().int().min(0).max(65535).default(4790), as: z.string().optional() });

/** Headers of the API's answer that a page needs; the rest (API Gateway's own) are not passed on. */
const PASSED = ['content-type', 'location', 'set-cookie', 'cache-control'];

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface Dashboard {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the staff API's pages on 127.0.0.1:`port` (0: any free port), every request signed by `client`. */
export async function serveDashboard(client: Pick<SignedStaffClient, 'send'>, port: number): Promise<Dashboard> {
  let origin = '';
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const method = request.method ?? 'GET';
      const path = request.url ?? '/';
      // Only the pages and their forms go through; a post from another origin is refused here.
      if (method !== 'GET' && method !== 'HEAD' && request.headers.origin !== origin) {
        response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('A form of another site cannot act here.');
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'accept', 'cookie']) {
        const value = request.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const body = method === 'GET' || method === 'HEAD' ? undefined : await bodyOf(request);
      const answer = await client.send(method, path, { ...(body === undefined ? {} : { body }), headers });
      const out: Record<string, string | string[]> = {};
      for (const name of PASSED) {
        if (name === 'set-cookie') {
          const cookies = answer.headers.getSetCookie();
          if (cookies.length > 0) out[name] = cookies;
        } else {
          const value = answer.headers.get(name);
          if (value) out[name] = value;
        }
      }
      response.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
    })().catch((error: unknown) => {
      const message = error instanceof UsageError ? error.message : 'the staff API could not be reached';
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(message);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** `integrations dashboard --api URL [--port N] [--as ADDRESS]`: serve until Ctrl-C. */
export async function dashboardCommand(raw: unknown, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const options = DashboardOptions.safeParse(raw);
  if (!options.success) throw new UsageError(`--port: ${options.error.issues[0]?.message ?? 'invalid'}`);
  const api = options.data.api ?? env['INTEGRATIONS_API'];
  if (!api) throw new UsageError('dashboard: give the staff API with --api URL (or INTEGRATIONS_API); on the local runtime, open the URL npm start prints');
  const client = SignedStaffClient.forUrl(api, env);
  let dashboard: Dashboard;
  try {
    dashboard = await serveDashboard(client, options.data.port);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new UsageError(
      code === 'EADDRINUSE'
        ? `port ${options.data.port} is in use: pick another with --port`
        : `cannot serve on 127.0.0.1:${options.data.port} (${code || 'error'})`,
    );
  }
  const me = options.data.as ? `?me=${encodeURIComponent(options.data.as)}` : '';
  io.out(`The dashboard of ${api} is at ${dashboard.url}/ui${me} (signed with your AWS credentials; only this machine can open it). Stop with Ctrl-C.`);
  await new Promise<void>((resolve) => {
    const stop = () => void dashboard.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
