import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../functions/staff-api/handler';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { composeMail } from '../../local/replies';
import type { LifecyclePorts, OutboundMail } from '../../shared/lifecycle/ports';
import { handleInbound } from '../../shared/lifecycle/service';
import { newProject } from '../../shared/lifecycle/service/staff';
import { testPorts } from '../helpers/ports';
import { apiGatewayEvent } from '../helpers/api-gateway';

/*
 * The inbox through the staff-api Lambda, as API Gateway (HTTP API, payload 2.0) calls it: the same
 * app the local runtime serves. A mail that found no project is listed by GET /inbox and given to a
 * project by POST /inbox/{mailId}/assign, which reads the raw mail again from the raw-mail store.
 */
const SERVICE = 'integrationservices@gocadmium.example';
const TEAM = 'integrations-team@gocadmium.example';
let dynamo: LocalDynamo;
let ports: LifecyclePorts;
let handler: ReturnType<typeof createHandler>;
const sent: OutboundMail[] = [];
const raw = new Map<string, Buffer>();

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  ports = await testPorts(dynamo, {
    sent,
    config: { teamAddress: TEAM, staffDomains: ['gocadmium.example'] },
    overrides: {
      rawMail: { get: async (ref) => raw.get(ref) ?? Promise.reject(new Error(`no raw mail ${ref}`)) },
      workflows: { start: async () => ({ name: 'x', status: 'RUNNING', transitions: null }), describe: async () => null },
    },
  });
  handler = createHandler(() => Promise.resolve(ports));
});
afterAll(async () => {
  await dynamo?.stop();
});

function event(method: string, path: string, body?: unknown) {
  return apiGatewayEvent(method, path.replace(/MAIL-[0-9A-F]+/, '{mailId}'), path, body);
}

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const result = await handler(event(method, path, body));
  return { status: result.statusCode, body: JSON.parse(result.body) };
}

describe('the inbox through the staff-api Lambda', () => {
  it('lists a mail that found no project and gives it to a project, which reads it as the sender’s mail', async () => {
    const project = await newProject(ports, {
      process: 'cadmium',
      title: 'Sync',
      client: 'Acme Events',
      poc: { name: 'Pat Doe', email: 'pat@acme.example' },
      pm: { name: 'Sam Lee', email: 'sam.lee@gocadmium.example' },
    });
    const mail = await composeMail({
      from: 'lee@newcorp.example',
      to: SERVICE,
      subject: 'Integrating',
      text: 'Hello, can we talk?',
      at: '2027-03-01T15:00:00.000Z',
      attachments: [],
      autoReply: false,
    });
    raw.set('inbound/abc', mail.raw);
    const verdicts = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };
    const kept = await handleInbound(ports, { raw: mail.raw, rawRef: 'inbound/abc', envelopeRecipients: [SERVICE], verdicts });
    expect(kept).toMatchObject({ actedOn: false, reason: 'UnmatchedMailError', mailId: expect.stringMatching(/^MAIL-/) });
    expect(sent.map((m) => m.to)).toEqual([['lee@newcorp.example'], [TEAM]]);

    const listed = await call('GET', '/inbox');
    expect(listed).toMatchObject({ status: 200, body: [{ mailId: kept.mailId, from: 'lee@newcorp.example', subject: 'Integrating', rawRef: 'inbound/abc' }] });
    const assigned = await call('POST', `/inbox/${kept.mailId}/assign`, { projectId: project.id });
    expect(assigned).toMatchObject({ status: 200, body: { mailId: kept.mailId, projectId: project.id, actedOn: false, reason: 'SenderNotAllowedError' } });
    expect((await ports.store.listMail(project.id)).filter((m) => m.direction === 'in')).toEqual([
      expect.objectContaining({
        from: 'lee@newcorp.example',
        rawRef: 'inbound/abc',
        readAs: expect.objectContaining({ rejectedFor: 'SenderNotAllowedError' }),
      }),
    ]);
    expect(await call('GET', '/inbox')).toEqual({ status: 200, body: [] });
    expect(await call('POST', `/inbox/${kept.mailId}/assign`, { projectId: project.id })).toMatchObject({
      status: 409,
      body: { error: 'MailAlreadyAssignedError' },
    });
    expect(await call('POST', `/inbox/${kept.mailId}/assign`, {})).toMatchObject({
      status: 400,
      body: { error: 'InvalidAssignmentError', message: expect.stringContaining('projectId') },
    });
  });
});
