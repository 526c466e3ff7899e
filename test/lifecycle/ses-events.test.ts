import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../functions/ses-events/handler';
import type { LifecyclePorts, OutboundMail } from '../../shared/lifecycle/ports';
import { newProject, sendNotice } from '../../shared/lifecycle/service';
import { testPorts } from '../helpers/ports';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';

let dynamo: LocalDynamo;
let ports: LifecyclePorts;
const sent: OutboundMail[] = [];

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  ports = await testPorts(dynamo, { sent });
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
