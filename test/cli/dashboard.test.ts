import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignedStaffClient } from '../../cli/api-client';
import { type Dashboard, serveDashboard } from '../../cli/commands/dashboard';
import { createHandler } from '../../functions/staff-api/handler';
import { SAMPLE_ENVIRONMENT } from '../../infra/config';
import { type LocalDynamo, startLocalDynamo } from '../../local/dynamodb/dynalite';
import { LocalSealer } from '../../local/sealer';
import { ServiceConfig } from '../../shared/lifecycle/config';
import type { LifecyclePorts } from '../../shared/lifecycle/ports';
import { DynamoProjectStore } from '../../shared/project/adapters/dynamodb-store';
import { sampleProject } from '../helpers/projects';
import { type HttpApiEvent, type HttpApiResult, type SignedGateway, startSignedGateway } from '../helpers/sigv4-gateway';

/*
 * `integrations dashboard --api URL`: the deployed staff API's pages on 127.0.0.1, each request signed
 * with the PM's credentials. API Gateway's part is played by a local server that verifies SigV4, in
 * front of the staff-api Lambda handler over dynalite.
 */
const CREDENTIALS = { accessKeyId: 'AKIASTAFFTESTKEY0002', secretAccessKey: 'dashboard-test-secret-access-key/012345678' };

let dynamo: LocalDynamo;
let gateway: SignedGateway;
let dashboard: Dashboard;
let store: DynamoProjectStore;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  store = new DynamoProjectStore(dynamo.client, dynamo.tableName);
  const ports: LifecyclePorts = {
    store,
    secrets: await LocalSealer.inFolder(await mkdtemp(join(tmpdir(), 'dashboard-sealer-'))),
    mailer: { send: async () => undefined },
    tokens: { succeed: async () => false },
    workflows: { start: async () => ({ name: 'x', status: 'RUNNING', transitions: null }), describe: async () => null },
    clock: { now: () => '2027-03-01T15:00:00.000Z' },
    config: ServiceConfig.parse({ ...SAMPLE_ENVIRONMENT, replyKeys: { current: 'k1', secrets: { k1: 'a-test-secret-of-sufficient-length' } } }),
  };
  await store.create(sampleProject('INT-1001', { launch: '2027-06-07', phase: 'requirements' }));
  const lambda = createHandler(() => Promise.resolve(ports)) as unknown as (event: HttpApiEvent) => Promise<HttpApiResult>;
  gateway = await startSignedGateway({ credentials: CREDENTIALS, region: 'us-east-1', handler: lambda });
  dashboard = await serveDashboard(new SignedStaffClient(new URL(gateway.url), 'us-east-1', async () => CREDENTIALS), 0);
});

afterAll(async () => {
  await dashboard?.close();
  await gateway?.close();
  await dynamo?.stop();
});

describe('integrations dashboard', () => {
  it('serves the portfolio on 127.0.0.1, signed: the gateway verified each request', async () => {
    expect(dashboard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${dashboard.url}/ui`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('data-project="INT-1001"');
  });

  it('passes a form of its own pages to the API and the answer back (a refusal in words)', async () => {
    const response = await fetch(`${dashboard.url}/ui/projects/INT-1001/actions`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: dashboard.url },
      body: 'action=qa-complete',
    });
    expect(response.status).toBe(303);
    expect(decodeURIComponent(response.headers.get('location') ?? '')).toMatch(/^\/ui\/projects\/INT-1001\?refused=/);
  });

  it('refuses a form posted from another site before it reaches the API', async () => {
    const before = await store.require('INT-1001');
    const response = await fetch(`${dashboard.url}/ui/projects/INT-1001/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'action=reschedule&milestone=launch&date=2027-09-01',
    });
    expect(response.status).toBe(403);
    expect((await store.require('INT-1001')).version).toBe(before.version);
  });

  it('shows what API Gateway says to credentials it refuses', async () => {
    const wrong = await serveDashboard(
      new SignedStaffClient(new URL(gateway.url), 'us-east-1', async () => ({ ...CREDENTIALS, secretAccessKey: 'not-the-secret' })),
      0,
    );
    const response = await fetch(`${wrong.url}/ui`);
    await wrong.close();
    expect(response.status).toBe(403);
  });
});
