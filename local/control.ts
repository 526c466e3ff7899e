import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { staffApi } from '../shared/api/app';
import type { LocalRuntime } from './runtime';

/**
 * The local runtime's control port on 127.0.0.1: the staff API (shared/api/app.ts), the same app
 * the staff-api Lambda serves on AWS. How `integrations new|show|pm|list` reach the running system
 * (the runtime owns the dynalite data folder; only one process may).
 */
export async function startControl(runtime: LocalRuntime, port: number): Promise<{ port: number; close(): Promise<void> }> {
  const app = staffApi(
    () => Promise.resolve(runtime.ports),
    (work) => runtime.track(work),
  );
  const server = createAdaptorServer({ fetch: app.fetch, hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo | string | null;
  return {
    port: address && typeof address === 'object' ? address.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
