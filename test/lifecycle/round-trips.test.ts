import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../local/clock';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { LocalRuntime } from '../../local/runtime';
import { replyAddress, signReplyKey } from '../../shared/lifecycle/reply-key';
import { handleInbound } from '../../shared/lifecycle/service';
import { DynamoProjectStore } from '../../shared/project/adapters/dynamodb-store';
import type { Project } from '../../shared/project/schemas';

const SERVICE = 'integrationservices@gocadmium.example';
let dynamo: LocalDynamo;
let runtime: LocalRuntime;
let project: Project;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  runtime = await LocalRuntime.start({
    dataDir: await mkdtemp(join(tmpdir(), 'round-trips-')),
    clock: realClock(),
    smtpPort: 0,
    dynamoEndpoint: dynamo.endpoint,
  });
  const created = await runtime.createProject({
    process: 'cadmium',
    title: 'Sync',
    client: 'Acme Events',
    poc: { name: 'Pat Doe', email: 'pat@acme.example' },
    pm: { name: 'Sam Lee', email: 'sam.lee@gocadmium.example' },
  });
  await runtime.staff(created.id, { action: 'contract-reviewed' }, 'sam.lee@gocadmium.example');
  await runtime.idle();
  project = await runtime.ports.store.require(created.id);
}, 60_000);

afterAll(async () => {
  await runtime?.stop();
  await dynamo?.stop();
});

function reply(from: string, body: string): Buffer {
  const to = replyAddress(SERVICE, signReplyKey({ projectId: project.id, step: 'details' }, runtime.ports.config.replyKeys));
  const headers = {
    From: from,
    To: to,
    'Message-ID': `<${Math.random().toString(36).slice(2)}@acme.example>`,
    Date: new Date().toUTCString(),
    Subject: `Re: [${project.id}] Please confirm your integration details`,
  };
  return Buffer.from(
    `${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')}\r\n\r\n${body}\r\n`,
  );
}

/**
 * The inbound path (the handler's code, as the runtime calls it) on a store whose own client records
 * every request: the workflow, woken by the reply, goes on with the runtime's store and is not counted.
 */
async function cost(raw: Buffer) {
  const commands: string[] = [];
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  client.middlewareStack.add((next, context) => (args) => (commands.push(String(context.commandName).replace(/Command$/, '')), next(args)), {
    step: 'initialize',
    name: 'recordCommands',
  });
  const mailsBefore = runtime.metrics.mailsOut;
  try {
    const ports = { ...runtime.ports, store: new DynamoProjectStore(client, dynamo.tableName) };
    const result = await handleInbound(ports, {
      raw,
      rawRef: 'test',
      envelopeRecipients: [SERVICE],
      verdicts: { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
    });
    return { result, commands, mailsOut: runtime.metrics.mailsOut - mailsBefore };
  } finally {
    client.destroy();
  }
}

describe('what one inbound reply costs the table', () => {
  // Four requests since the outbox (docs/decisions.md#notice-outbox): the notice rides in the decision's
  // write and its mail-log entry in the batch, but marking it sent removes it from the record, and that
  // needs a version-checked write of its own: BatchWriteItem carries no condition, and an unconditional
  // put of the record would undo a decision written in between. A reply that causes no notice is still three.
  it('is four requests when it causes a notice: the read, the version-checked write with the outbox, one batch for both mail-log entries, the mark-sent write', async () => {
    const { result, commands, mailsOut } = await cost(reply('Kim Other <kim@elsewhere.example>', 'Looks right to me.'));
    expect(result).toMatchObject({ actedOn: false, reason: 'SenderNotAllowedError' });
    expect(mailsOut).toBe(1);
    expect(commands).toEqual(['GetItem', 'PutItem', 'BatchWriteItem', 'PutItem']);
    expect((await runtime.ports.store.require(project.id)).outbox).toEqual([]);
    const log = await runtime.ports.store.listMail(project.id);
    expect(log.filter((m) => m.direction === 'in').at(-1)?.from).toBe('kim@elsewhere.example');
    expect(log.filter((m) => m.direction === 'out').at(-1)?.template).toBe('not-acted-on');
  });

  it('adds only the queue read near the launch date and the wake when the reply sets the timeline and completes its step', async () => {
    const { result, commands } = await cost(reply('Pat Doe <pat@acme.example>', "Details are correct. We'd like to go live on April 19, 2027."));
    expect(result).toMatchObject({ actedOn: true, woken: ['details'] });
    // The byLaunch index is queried for each month around the date (the queue check), inside the decision.
    const months = commands.filter((c) => c === 'Query').length - 1;
    expect(months).toBeGreaterThanOrEqual(2);
    expect(commands).toEqual(['GetItem', ...Array<string>(months).fill('Query'), 'PutItem', 'BatchWriteItem', 'Query', 'DeleteItem']);
  });
});
