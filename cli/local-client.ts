import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from './errors';
import { readAnswer, type StaffClient, type StaffMethod } from './staff-client';

/** Talks to a running `npm start` over its control port on 127.0.0.1 (its port is in runtime.json of the data folder). */
export class LocalStaffClient implements StaffClient {
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  async call(method: StaffMethod, path: string, body?: unknown): Promise<unknown> {
    const dataDir = resolve(this.env['INTEGRATIONS_DATA_DIR'] ?? '.local-data');
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
    return readAnswer(response, `the local runtime on 127.0.0.1:${port}`);
  }
}
