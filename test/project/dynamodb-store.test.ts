import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { DynamoProjectStore, monthsBetween } from '../../shared/project/adapters/dynamodb-store';
import {
  CorruptRecordError,
  DuplicateMessageError,
  ProjectAlreadyExistsError,
  ProjectNotFoundError,
  ProjectVersionConflictError,
  updateProject,
  type MailRecord,
} from '../../shared/project';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { sampleProject } from '../helpers/projects';

let dynamo: LocalDynamo;
let store: DynamoProjectStore;
let table = 0;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
});
afterAll(async () => {
  await dynamo?.stop();
});
beforeEach(async () => {
  // A fresh table per test, on the same dynalite, so tests cannot see each other's items.
  table += 1;
  const fresh = await startTable(`projects-${table}`);
  store = new DynamoProjectStore(dynamo.client, fresh);
});

async function startTable(name: string): Promise<string> {
  const { CreateTableCommand } = await import('@aws-sdk/client-dynamodb');
  const { createTableInput } = await import('../../shared/project');
  await dynamo.client.send(new CreateTableCommand(createTableInput(name)));
  return name;
}

describe('DynamoProjectStore on dynalite', () => {
  it('hands out sequential project ids starting at INT-1001', async () => {
    expect([await store.nextProjectId(), await store.nextProjectId(), await store.nextProjectId()]).toEqual(['INT-1001', 'INT-1002', 'INT-1003']);
  });

  it('creates a project at version 1 and reads back exactly what it stored', async () => {
    const created = await store.create(sampleProject('INT-1001', { launch: '2027-04-19' }));
    expect(created.version).toBe(1);
    expect(await store.get('INT-1001')).toEqual(created);
    expect(created.parties[0]?.email).toBe('pat.doe@acme-events.example');
  });

  it('refuses to create a project twice', async () => {
    await store.create(sampleProject('INT-1001'));
    await expect(store.create(sampleProject('INT-1001'))).rejects.toBeInstanceOf(ProjectAlreadyExistsError);
  });

  it('reports a missing project with a named error', async () => {
    expect(await store.get('INT-9999')).toBeUndefined();
    await expect(store.require('INT-9999')).rejects.toBeInstanceOf(ProjectNotFoundError);
  });

  it('fails a save that loses a race with a named error and keeps the winner’s write', async () => {
    const created = await store.create(sampleProject('INT-1001'));
    const first = { ...created, phase: 'confirming-details' as const };
    const second = { ...created, phase: 'scheduled' as const };
    const results = await Promise.allSettled([store.save(first), store.save(second)]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const error = (rejected[0] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(ProjectVersionConflictError);
    expect(error).toMatchObject({ name: 'ProjectVersionConflictError', projectId: 'INT-1001', expectedVersion: 1 });
    const stored = await store.require('INT-1001');
    expect(stored.version).toBe(2);
    expect(stored.phase).toBe((fulfilled[0] as PromiseFulfilledResult<{ phase: string }>).value.phase);
  });

  it('fails a save from a stale read even when nothing else is in flight', async () => {
    const created = await store.create(sampleProject('INT-1001'));
    await store.save({ ...created, title: 'newer' });
    await expect(store.save({ ...created, title: 'stale' })).rejects.toBeInstanceOf(ProjectVersionConflictError);
    expect((await store.require('INT-1001')).title).toBe('newer');
  });

  it('updateProject re-decides on the fresher record after a lost race, so no change is lost', async () => {
    await store.create(sampleProject('INT-1001'));
    const addNote = (note: string) =>
      updateProject(store, 'INT-1001', (p) => ({
        ...p,
        requirements: p.requirements.map((r) => ({ ...r, notes: [...r.notes, note] })),
      }));
    await Promise.all(['a', 'b', 'c', 'd'].map(addNote));
    const stored = await store.require('INT-1001');
    expect(stored.requirements[0]?.notes.slice().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(stored.version).toBe(5);
  });

  it('updateProject takes a record just read in place of its first read, and a stale one only loses the race', async () => {
    const created = await store.create(sampleProject('INT-1001'));
    const reads: string[] = [];
    const counting = {
      ...store,
      require: (id: string) => (reads.push(id), store.require(id)),
      save: (p: Parameters<typeof store.save>[0]) => store.save(p),
    } as unknown as DynamoProjectStore;
    const noted = await updateProject(counting, 'INT-1001', (p) => ({ ...p, title: 'Renamed' }), { current: created });
    expect(reads).toEqual([]);
    expect(noted).toMatchObject({ title: 'Renamed', version: 2 });
    // `created` is now stale (version 1): the write conflicts, the record is read again and decided on.
    const again = await updateProject(counting, 'INT-1001', (p) => ({ ...p, client: { name: `${p.title} client` } }), { current: created });
    expect(reads).toEqual(['INT-1001']);
    expect(again).toMatchObject({ title: 'Renamed', client: { name: 'Renamed client' }, version: 3 });
  });

  it('lists active projects newest first and drops finished ones from the list', async () => {
    await store.create(sampleProject('INT-1001', { updatedAt: '2026-11-01T00:00:00.000Z' }));
    await store.create(sampleProject('INT-1002', { updatedAt: '2026-11-03T00:00:00.000Z' }));
    const live = await store.create(sampleProject('INT-1003', { updatedAt: '2026-11-02T00:00:00.000Z' }));
    expect((await store.listActive()).map((p) => p.id)).toEqual(['INT-1002', 'INT-1003', 'INT-1001']);
    await store.save({ ...live, phase: 'live' });
    expect((await store.listActive()).map((p) => p.id)).toEqual(['INT-1002', 'INT-1001']);
  });

  it('finds active projects by launch date across months, without a scan', async () => {
    await store.create(sampleProject('INT-1001', { launch: '2027-03-29' }));
    await store.create(sampleProject('INT-1002', { launch: '2027-04-19' }));
    await store.create(sampleProject('INT-1003', { launch: '2027-06-07' }));
    await store.create(sampleProject('INT-1004')); // no timeline yet
    const found = await store.listByLaunch('2027-03-15', '2027-05-31');
    expect(found.map((p) => p.id).sort()).toEqual(['INT-1001', 'INT-1002']);
    expect(monthsBetween('2027-03-15', '2027-05-31')).toEqual(['2027-03', '2027-04', '2027-05']);
  });

  it('keeps the mail log in time order under the project', async () => {
    await store.create(sampleProject('INT-1001'));
    const mail = (at: string, direction: 'in' | 'out', messageId: string): MailRecord => ({
      projectId: 'INT-1001',
      direction,
      messageId,
      at,
      from: direction === 'out' ? 'integrationservices@vendor.example' : 'pat.doe@acme-events.example',
      to: [direction === 'out' ? 'pat.doe@acme-events.example' : 'integrationservices@vendor.example'],
      cc: [],
      subject: '[INT-1001] Project plan',
    });
    await store.logMail([mail('2026-11-03T10:00:00.000Z', 'in', '<b@x>')]);
    await store.logMail([mail('2026-11-02T10:00:00.000Z', 'out', '<a@x>')]);
    expect((await store.listMail('INT-1001')).map((m) => m.messageId)).toEqual(['<a@x>', '<b@x>']);
  });

  it('logs many mails and their outbound Message-IDs in batches of 25, and finds each again', async () => {
    const at = (i: number) => new Date(Date.UTC(2026, 10, 2, 10, i)).toISOString();
    const mails: MailRecord[] = Array.from({ length: 30 }, (_, i) => ({
      projectId: 'INT-1001',
      direction: 'out',
      messageId: `<m${i}@vendor.example>`,
      at: at(i),
      from: 'integrationservices@vendor.example',
      to: ['pat.doe@acme-events.example'],
      cc: [],
      subject: `[INT-1001] Notice ${i}`,
      template: 'plan',
    }));
    const requests: string[] = [];
    dynamo.client.middlewareStack.add((next, context) => (args) => (requests.push(String(context.commandName)), next(args)), {
      step: 'initialize',
      name: 'countBatch',
    });
    try {
      await store.logMail(
        mails,
        mails.map((m) => ({ messageId: m.messageId, projectId: 'INT-1001', step: 'plan', template: 'plan' })),
      );
    } finally {
      dynamo.client.middlewareStack.remove('countBatch');
    }
    // 60 items: three requests of at most 25.
    expect(requests).toEqual(['BatchWriteItemCommand', 'BatchWriteItemCommand', 'BatchWriteItemCommand']);
    expect((await store.listMail('INT-1001')).map((m) => m.messageId)).toEqual(mails.map((m) => m.messageId));
    expect(await store.getOutbound('<m29@vendor.example>')).toEqual({
      messageId: '<m29@vendor.example>',
      projectId: 'INT-1001',
      step: 'plan',
      template: 'plan',
    });
  });

  it('sends throttled batch items again until written, and names the failure when they never are', async () => {
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    // DynamoDB returns items it throttled as UnprocessedItems; dynalite never throttles, so this
    // client holds back the last item of the first batch, or every item of every batch.
    const throttling = (holdBackAlways: boolean) => {
      const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      let batches = 0;
      client.middlewareStack.add(
        (next) => async (args) => {
          const input = args.input as { RequestItems?: Record<string, unknown[]> };
          const [[name, items] = ['', []]] = Object.entries(input.RequestItems ?? {});
          if (!name || items.length === 0) return next(args);
          batches += 1;
          const held = holdBackAlways ? items : batches === 1 ? items.slice(-1) : [];
          if (held.length === items.length)
            return { output: { $metadata: {}, UnprocessedItems: { [name]: held } }, response: {} } as Awaited<ReturnType<typeof next>>;
          const result = await next({ ...args, input: { ...input, RequestItems: { [name]: items.slice(0, items.length - held.length) } } } as typeof args);
          (result.output as { UnprocessedItems?: unknown }).UnprocessedItems = held.length > 0 ? { [name]: held } : {};
          return result;
        },
        { step: 'serialize', priority: 'high', name: 'throttle' },
      );
      return { client, batches: () => batches };
    };
    const name = await startTable(`projects-throttled-${table}`);
    const mail = (i: number): MailRecord => ({
      projectId: 'INT-1001',
      direction: 'in',
      messageId: `<t${i}@x>`,
      at: `2026-11-02T10:0${i}:00.000Z`,
      from: 'pat.doe@acme-events.example',
      to: ['integrationservices@vendor.example'],
      cc: [],
      subject: 'Re: plan',
    });
    const once = throttling(false);
    const retried = new DynamoProjectStore(once.client, name);
    await retried.logMail([mail(1), mail(2), mail(3)]);
    expect(once.batches()).toBe(2);
    expect((await retried.listMail('INT-1001')).map((m) => m.messageId)).toEqual(['<t1@x>', '<t2@x>', '<t3@x>']);
    const always = new DynamoProjectStore(throttling(true).client, name);
    await expect(always.logMail([mail(4)])).rejects.toMatchObject({ name: 'UnprocessedWritesError', unwritten: 1 });
  });

  it('claims a Message-ID once; the second claim is a named duplicate that says who claimed it', async () => {
    await store.claimMessage({ messageId: '<CAF=1@mail.example>', projectId: 'INT-1001', at: '2026-11-02T10:00:00.000Z' });
    await expect(store.claimMessage({ messageId: '<CAF=1@mail.example>', projectId: 'INT-1001', at: '2026-11-02T10:00:01.000Z' })).rejects.toMatchObject({
      name: 'DuplicateMessageError',
      claimedBy: 'INT-1001',
    });
    await expect(store.claimMessage({ messageId: '<CAF=1@mail.example>', at: 'x' })).rejects.toBeInstanceOf(DuplicateMessageError);
  });

  it('reports a stored record that no longer matches the schema instead of patching it', async () => {
    const { PROJECT_TABLE } = await import('../../shared/project');
    const { DynamoDBDocumentClient } = await import('@aws-sdk/lib-dynamodb');
    const doc = DynamoDBDocumentClient.from(dynamo.client);
    await doc.send(
      new PutCommand({
        TableName: `projects-${table}`,
        Item: { [PROJECT_TABLE.partitionKey]: 'PROJECT#INT-1001', [PROJECT_TABLE.sortKey]: '#RECORD', record: { id: 'INT-1001' } },
      }),
    );
    await expect(store.get('INT-1001')).rejects.toBeInstanceOf(CorruptRecordError);
  });
});
