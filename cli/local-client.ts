import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from './errors';

/** Talks to a running `npm start` over its control port on 127.0.0.1. */
export async function callRuntime(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const dataDir = resolve(process.env['INTEGRATIONS_DATA_DIR'] ?? '.local-data');
  let port: number;
  try {
    port = Number(JSON.parse(await readFile(join(dataDir, 'runtime.json'), 'utf8')).controlPort);
  } catch {
    throw new UsageError(`the local runtime is not running (no ${join(dataDir, 'runtime.json')}): start it with npm start`);
  }
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new UsageError(`the local runtime does not answer on 127.0.0.1:${port}: start it with npm start`);
  }
  const json: unknown = await response.json();
  if (!response.ok) {
    const message = json && typeof json === 'object' && 'message' in json ? String(json.message) : response.statusText;
    throw new UsageError(message);
  }
  return json;
}
