import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../functions/ses-events/handler';
import { ServiceConfig } from '../../shared/lifecycle/config';
import type { LifecyclePorts, OutboundMail } from '../../shared/lifecycle/ports';
import { newProject, sendNotice } from '../../shared/lifecycle/service';
import { DynamoProjectStore } from '../../shared/project/adapters/dynamodb-store';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { LocalSealer } from '../../local/sealer';

let dynamo: LocalDynamo;
let ports: LifecyclePorts;
const sent: OutboundMail[] = [];

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  ports = {
    store: new DynamoProjectStore(dynamo.client, dynamo.tableName),
    secrets: await LocalSealer.inFolder(await mkdtemp(join(tmpdir(), 'sealer-'))),
    mailer: { send: async (mail) => void sent.push(mail) },
    tokens: { succeed: async () => false },
    workflows: { start: async () => Promise.reject(new Error('no execution is started here')), describe: async () => null },
    clock: { now: () => '2027-03-01T15:00:00.000Z' },
    config: ServiceConfig.parse({
      serviceAddress: 'integrationservices@gocadmium.example',
      teamName: 'Cadmium Integration Services',
      replyKeys: { current: 'k1', secrets: { k1: 'a-test-secret-of-sufficient-length' } },
    }),
  };
});
afterAll(async () => {
  await dynamo?.stop();
});

const sns = (message: unknown) => ({ Records: [{ Sns: { Message: JSON.stringify(message) } }] });

describe('SES bounce and complaint events', () => {
  it('records a bounced notice on its project and tells the PM', async () => {
    const project = await newProject(ports, {
      process: 'cadmium',
      title: 'Sync',
      client: 'Acme Events',
      poc: { name: 'Pat', email: 'pat@acme.example' },
      pm: { name: 'Sam', email: 'sam@gocadmium.example' },
    });
    const messageId = await sendNotice(ports, project, { template: 'confirm-details', to: 'client' });
    const handler = createHandler(() => Promise.resolve(ports));
    await handler(
      sns({
        eventType: 'Bounce',
        mail: { commonHeaders: { messageId } },
        bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'pat@acme.example', status: '5.1.1' }] },
      }),
    );
    const log = await ports.store.listMail(project.id);
    expect(log.find((m) => m.direction === 'in')?.readAs).toMatchObject({
      kind: 'bounce',
      rejectedFor: 'BounceReceivedError',
      summary: 'bounce (Permanent) for pat@acme.example (5.1.1)',
    });
    const told = sent.at(-1);
    expect(told?.to).toEqual(['sam@gocadmium.example']);
    expect(told?.raw.toString()).toContain('BounceReceivedError');
  });

  it('ignores deliveries and events about mail it never sent', async () => {
    const before = sent.length;
    const handler = createHandler(() => Promise.resolve(ports));
    await handler(sns({ eventType: 'Delivery', mail: { commonHeaders: { messageId: '<x@y>' } } }));
    await handler(
      sns({ eventType: 'Bounce', mail: { commonHeaders: { messageId: '<unknown@elsewhere>' } }, bounce: { bounceType: 'Permanent', bouncedRecipients: [] } }),
    );
    expect(sent.length).toBe(before);
  });
});
