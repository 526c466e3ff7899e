import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { DynamoProjectStore } from '../../shared/project/adapters/dynamodb-store';
import { createTableInput, keys, MailAlreadyAssignedError, UnmatchedMailNotFoundError, updateProject, type UnmatchedMail } from '../../shared/project';
import { sampleProject } from '../helpers/projects';

/*
 * The items behind mail that finds no project (docs/table-design.md#unmatched-mail): the per-address
 * party links a fresh mail is matched by, the inbox of unmatched mail, and the one answer a day.
 */
let dynamo: LocalDynamo;
let client: DynamoDBClient;
let store: DynamoProjectStore;
let tableName = '';
let table = 0;
const commands: string[] = [];

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  client.middlewareStack.add((next, context) => (args) => (commands.push(String(context.commandName).replace(/Command$/, '')), next(args)), {
    step: 'initialize',
    name: 'recordCommands',
  });
});
afterAll(async () => {
  client?.destroy();
  await dynamo?.stop();
});
beforeEach(async () => {
  table += 1;
  tableName = `inbox-${table}`;
  await dynamo.client.send(new CreateTableCommand(createTableInput(tableName)));
  store = new DynamoProjectStore(client, tableName);
  commands.length = 0;
});

const POC = 'pat.doe@acme-events.example';

describe('party links', () => {
  it('are written with a new project, one per address, found by one Query on the address', async () => {
    await store.create(sampleProject('INT-1001'));
    await store.create(sampleProject('INT-1002'));
    commands.length = 0;
    expect(await store.projectsOfParty('Pat.Doe@acme-events.example')).toEqual([
      { address: POC, projectId: 'INT-1001', role: 'client-poc', active: true },
      { address: POC, projectId: 'INT-1002', role: 'client-poc', active: true },
    ]);
    expect(commands).toEqual(['Query']);
    expect(await store.projectsOfParty('nobody@elsewhere.example')).toEqual([]);
  });

  it('cost a save nothing when no party changed: the old item comes back with the write', async () => {
    const created = await store.create(sampleProject('INT-1001'));
    commands.length = 0;
    await store.save({ ...created, title: 'Renamed' });
    expect(commands).toEqual(['PutItem']);
  });

  it('follow a replaced POC and a finished project', async () => {
    const created = await store.create(sampleProject('INT-1001'));
    const replaced = await updateProject(store, created.id, (p) => ({
      ...p,
      parties: [
        ...p.parties.map((party) => (party.role === 'client-poc' ? { ...party, active: false } : party)),
        { ...p.parties[0]!, email: 'kim@acme-events.example', active: true },
      ],
    }));
    expect(await store.projectsOfParty(POC)).toEqual([expect.objectContaining({ projectId: 'INT-1001', active: false })]);
    expect(await store.projectsOfParty('kim@acme-events.example')).toEqual([expect.objectContaining({ projectId: 'INT-1001', active: true })]);
    await store.save({ ...replaced, phase: 'live' });
    expect(await store.projectsOfParty('kim@acme-events.example')).toEqual([expect.objectContaining({ active: false })]);
    expect(await store.projectsOfParty('sam.lee@vendor.example')).toEqual([expect.objectContaining({ role: 'pm', active: false })]);
  });

  it('are written for a record stored before links existed at its next save', async () => {
    const legacy = sampleProject('INT-1001');
    await store.create(legacy);
    // As an older version of the adapter stored it: the record item alone, no links, no signature.
    const doc = DynamoDBDocumentClient.from(dynamo.client, { marshallOptions: { removeUndefinedValues: true } });
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.project('INT-1001'), type: 'project', version: 1, phase: legacy.phase, record: { ...legacy, version: 1 } },
      }),
    );
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.party(POC, 'INT-1001'), type: 'party-link', address: POC, projectId: 'INT-1001', role: 'client-poc', active: false },
      }),
    );
    await store.save({ ...(await store.require('INT-1001')), title: 'Touched' });
    expect(await store.projectsOfParty(POC)).toEqual([expect.objectContaining({ active: true })]);
  });
});

const mail = (mailId: string, receivedAt: string, changes: Partial<UnmatchedMail> = {}): UnmatchedMail => ({
  mailId,
  messageId: `<${mailId}@elsewhere.example>`,
  rawRef: `${mailId}.eml`,
  receivedAt,
  from: 'lee@elsewhere.example',
  to: ['integrationservices@gocadmium.example'],
  subject: 'Hello',
  kind: 'human',
  intent: 'inform',
  reason: 'UnmatchedMailError',
  explanation: 'no project',
  candidates: [],
  verdicts: { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
  ...changes,
});

describe('the inbox of unmatched mail', () => {
  it('stores a mail once by its id: a redelivery finds what is stored', async () => {
    const first = await store.putUnmatched(mail('MAIL-000000000001', '2027-01-05T14:00:00.000Z'));
    expect(first.created).toBe(true);
    await store.markUnmatched('MAIL-000000000001', { forwardedAt: '2027-01-05T14:00:01.000Z' });
    const again = await store.putUnmatched(mail('MAIL-000000000001', '2027-01-05T14:05:00.000Z'));
    expect(again).toMatchObject({ created: false, mail: { receivedAt: '2027-01-05T14:00:00.000Z', forwardedAt: '2027-01-05T14:00:01.000Z' } });
  });

  it('lists the mail waiting, newest first, from a sparse index (no scan)', async () => {
    await store.putUnmatched(mail('MAIL-00000000000A', '2027-01-05T14:00:00.000Z'));
    await store.putUnmatched(mail('MAIL-00000000000B', '2027-01-07T09:00:00.000Z'));
    await store.putUnmatched(mail('MAIL-00000000000C', '2027-01-06T11:00:00.000Z'));
    commands.length = 0;
    expect((await store.listUnmatched()).map((m) => m.mailId)).toEqual(['MAIL-00000000000B', 'MAIL-00000000000C', 'MAIL-00000000000A']);
    expect(commands).toEqual(['Query']);
  });

  it('gives a mail to one project once: it leaves the list; a second assignment and an unknown id are named', async () => {
    await store.putUnmatched(mail('MAIL-00000000000A', '2027-01-05T14:00:00.000Z'));
    const assigned = await store.assignUnmatched('MAIL-00000000000A', { projectId: 'INT-1001', at: '2027-01-06T10:00:00.000Z', by: 'sam@gocadmium.example' });
    expect(assigned.assigned).toEqual({ projectId: 'INT-1001', at: '2027-01-06T10:00:00.000Z', by: 'sam@gocadmium.example' });
    expect(await store.listUnmatched()).toEqual([]);
    await expect(
      store.assignUnmatched('MAIL-00000000000A', { projectId: 'INT-1002', at: '2027-01-06T10:01:00.000Z', by: 'x@gocadmium.example' }),
    ).rejects.toEqual(new MailAlreadyAssignedError('MAIL-00000000000A', 'INT-1001'));
    await expect(store.assignUnmatched('MAIL-0000000000FF', { projectId: 'INT-1001', at: '2027-01-06T10:00:00.000Z', by: 'x' })).rejects.toBeInstanceOf(
      UnmatchedMailNotFoundError,
    );
    await store.settleUnmatched('MAIL-00000000000A', {
      projectId: 'INT-1001',
      at: '2027-01-06T10:00:00.000Z',
      by: 'sam@gocadmium.example',
      actedOn: true,
      readAs: 'question',
    });
    expect((await store.getUnmatched('MAIL-00000000000A'))?.assigned).toMatchObject({ actedOn: true, readAs: 'question' });
  });

  it('puts a mail back in the list when reading it in the project failed', async () => {
    await store.putUnmatched(mail('MAIL-00000000000A', '2027-01-05T14:00:00.000Z'));
    await store.assignUnmatched('MAIL-00000000000A', { projectId: 'INT-1001', at: '2027-01-06T10:00:00.000Z', by: 'x' });
    await store.settleUnmatched('MAIL-00000000000A', 'undo');
    expect((await store.listUnmatched()).map((m) => [m.mailId, m.assigned])).toEqual([['MAIL-00000000000A', undefined]]);
  });

  it('gives an address one answer a day', async () => {
    expect(await store.claimDailyAnswer('Lee@Elsewhere.example', '2027-01-05', 'MAIL-00000000000A')).toBe(true);
    expect(await store.claimDailyAnswer('lee@elsewhere.example', '2027-01-05', 'MAIL-00000000000B')).toBe(false);
    expect(await store.claimDailyAnswer('lee@elsewhere.example', '2027-01-06', 'MAIL-00000000000C')).toBe(true);
    expect(await store.claimDailyAnswer('ana@elsewhere.example', '2027-01-05', 'MAIL-00000000000D')).toBe(true);
  });
});
