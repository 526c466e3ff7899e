import { createHash } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandler, loggedPath } from '../../functions/staff-api/handler';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { staffApi } from '../../shared/api/app';
import { calendarFor, createFeed, listFeeds, revokeFeed } from '../../shared/api/feeds';
import type { LifecyclePorts, OutboundMail } from '../../shared/lifecycle/ports';
import { runStaffCommand } from '../../shared/lifecycle/service/staff';
import { cadmium } from '../../shared/processes/cadmium/definition';
import { DynamoFeedStore } from '../../shared/project/adapters/dynamodb-feeds';
import { keys } from '../../shared/project/keys';
import { Project } from '../../shared/project/schemas';
import { apiGatewayEvent } from '../helpers/api-gateway';
import { testPorts } from '../helpers/ports';
import { cadmiumProjectAt, sampleProject } from '../helpers/projects';

/*
 * Calendar feeds over real dynalite, through the staff API as both runtimes serve it, each feed
 * parsed back with ical.js (an independent iCalendar parser, as a calendar app would read it).
 */

const BASE = 'http://staff.example';
const DOMAIN = 'gocadmium.example';
const SAM = 'sam.lee@vendor.example';
const TERRY = 'terry@paytronix.example';
const FEEDBACK = 'Reverse enrollment shows the raw API error on a duplicate email';

let dynamo: LocalDynamo;
let ports: LifecyclePorts;
let app: ReturnType<typeof staffApi>;
let now = '2027-03-01T15:00:00.000Z';
const sent: OutboundMail[] = [];

/** A Paytronix project in certification: its IDI held, one round failed (with feedback), one booked, its credentials sealed. */
function paytronixProject(): Project {
  return Project.parse({
    id: 'INT-1002',
    process: 'paytronix',
    title: 'Loyalty website',
    client: { name: 'Brewhouse Coffee' },
    phase: 'certification',
    parties: [
      { role: 'technical-consultant', name: 'Terry Chan', email: TERRY },
      { role: 'sales', name: 'Sasha Reyes', email: 'sasha@paytronix.example' },
      { role: 'integrations-team', name: 'Integrations team', email: 'team@paytronix.example' },
      { role: 'client', name: 'Casey Brooks', email: 'casey@brewhouse.example', verified: true },
    ],
    idi: { start: '2027-01-14T15:00:00.000Z', minutes: 45, uid: 'int-1002-idi@gocadmium.example', sequence: 1 },
    certificationRounds: [
      {
        number: 1,
        cycle: 1,
        materialsCompleteOn: '2027-02-17',
        slotWeek: '2027-02-15',
        slotStartsOn: '2027-02-18',
        earliestEndOn: '2027-02-24',
        endedOn: '2027-02-24',
        outcome: 'failed',
        feedback: FEEDBACK,
      },
      { number: 2, cycle: 2, materialsCompleteOn: '2027-03-03', slotWeek: '2027-03-01', slotStartsOn: '2027-03-04', earliestEndOn: '2027-03-10' },
    ],
    sealed: { 'test-server': 'local-gcm.v1:aaaa:bbbb:S3CRET-CIPHERTEXT' },
    createdAt: '2027-01-04T14:00:00.000Z',
    updatedAt: '2027-03-04T14:00:00.000Z',
    version: 0,
  });
}

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  ports = await testPorts(dynamo, {
    sent,
    config: { serviceAddress: `integrationservices@${DOMAIN}`, staffDomains: ['vendor.example'] },
    overrides: {
      feeds: new DynamoFeedStore(dynamo.client, dynamo.tableName),
      clock: { now: () => now },
      workflows: { start: async () => ({ name: 'x', status: 'RUNNING', transitions: null }), describe: async () => null },
    },
  });
  app = staffApi(() => Promise.resolve(ports));
  // An EventTech project in development with its timeline (launch Mon 2027-06-07); a finished one of the same PM; a Paytronix one.
  await ports.store.create(cadmiumProjectAt('development'));
  await ports.store.create({ ...sampleProject('INT-1003', { launch: '2026-12-07', phase: 'live' }), title: 'Badge printing' });
  await ports.store.create(paytronixProject());
}, 60_000);

afterAll(async () => {
  await dynamo?.stop();
});

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> & unknown[] }> {
  const response = await app.request(`${BASE}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & unknown[] };
}

/** GETs a feed URL: its status, type and text. */
async function fetchFeed(url: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await app.request(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

interface Parsed {
  readonly name: string;
  readonly events: Map<string, { summary: string; description: string; sequence: number; start: string; end: string; allDay: boolean }>;
}

/** The feed as ical.js reads it: the calendar's name, and each event by UID with its dates as iCalendar values. */
function parse(text: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = new Map(
    calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return [
        event.uid,
        {
          summary: event.summary,
          description: event.description,
          sequence: event.sequence,
          start: event.startDate.toString(),
          end: event.endDate.toString(),
          allDay: event.startDate.isDate,
        },
      ] as const;
    }),
  );
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

const uid = (project: string, milestone: string) => `${project}.${milestone}@${DOMAIN}`;

describe('a project’s calendar feed', () => {
  let url = '';
  let token = '';
  let id = '';
  let before: Parsed;

  it('is made by POST /feeds: 201 with its token and its URL under the API’s own base, shown once', async () => {
    const created = await call('POST', '/feeds', { project: 'int-1001' });
    expect(created.status).toBe(201);
    token = String(created.body['token']);
    url = String(created.body['url']);
    id = String(created.body['id']);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(url).toBe(`${BASE}/calendar/${token}.ics`);
    expect(created.body['subject']).toEqual({ project: 'INT-1001' });
    expect(id).toBe(`FEED-${createHash('sha256').update(token).digest('hex').slice(0, 12).toUpperCase()}`);
    expect(created.body['feed']).toMatchObject({ id, createdBy: SAM, createdAt: now, revoked: false });
  });

  it('serves every milestone of the current timeline as an all-day event with a stable UID, as ical.js reads it', async () => {
    const feed = await fetchFeed(url);
    expect(feed).toMatchObject({ status: 200, type: 'text/calendar; charset=utf-8' });
    before = parse(feed.text);
    expect(before.name).toBe('INT-1001 Acme Events: Registration sync');
    const project = await ports.store.require('INT-1001');
    const current = project.timeline.current ?? {};
    expect([...before.events.keys()]).toEqual(cadmium.milestones.map((m) => uid('INT-1001', m.id)));
    for (const milestone of cadmium.milestones) {
      const event = before.events.get(uid('INT-1001', milestone.id));
      const due = current[milestone.id]?.due ?? '';
      expect(event).toMatchObject({ allDay: true, start: due, sequence: 0, summary: `INT-1001 Acme Events: ${milestone.label}` });
      // DTEND is the day after: a one-day event.
      expect(event?.end).toBe(new Date(Date.parse(`${due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    }
    expect(before.events.get(uid('INT-1001', 'launch'))).toMatchObject({ start: '2027-06-07', summary: 'INT-1001 Acme Events: Launch' });
    expect(before.events.get(uid('INT-1001', 'launch'))?.description).toContain(
      'Launch of Registration sync for Acme Events (INT-1001), now in development.\nDue Mon 2027-06-07.',
    );
    // A date moved off a holiday says so (Memorial Day 2027 is Mon 2027-05-31).
    expect(before.events.get(uid('INT-1001', 'clientTestingDue'))?.description).toContain('The business day before Mon 2027-05-31 (Memorial Day).');
    expect(feed.text).toContain('DTSTART;VALUE=DATE:20270607');
  });

  it('carries the new dates under the same UIDs, with a higher SEQUENCE, once the launch is rescheduled', async () => {
    now = '2027-03-02T15:00:00.000Z';
    await runStaffCommand(ports, 'INT-1001', { action: 'reschedule', milestone: 'launch', date: '2027-06-21', note: 'client asked' }, SAM);
    const project = await ports.store.require('INT-1001');
    const current = project.timeline.current ?? {};
    expect(current['launch']?.due).toBe('2027-06-21');
    const after = parse((await fetchFeed(url)).text);
    expect([...after.events.keys()]).toEqual([...before.events.keys()]);
    const launch = after.events.get(uid('INT-1001', 'launch'));
    expect(launch).toMatchObject({ allDay: true, start: '2027-06-21', end: '2027-06-22', sequence: 1 });
    expect(launch?.description).toContain('Due Mon 2027-06-21.\nMoved from Mon 2027-06-07, the original date (later by 14 days; 1 move: vendor reschedule).');
    // The staff note and the mail that went out are not in the feed.
    expect(launch?.description).not.toContain('client asked');
    for (const milestone of cadmium.milestones) {
      const was = before.events.get(uid('INT-1001', milestone.id));
      const is = after.events.get(uid('INT-1001', milestone.id));
      expect(is?.start).toBe(current[milestone.id]?.due);
      if (is?.start !== was?.start) expect(is?.sequence).toBeGreaterThan(was?.sequence ?? 0);
    }
    expect(after.events.get(uid('INT-1001', 'developmentDue'))?.start).not.toBe(before.events.get(uid('INT-1001', 'developmentDue'))?.start);
  });

  it('keeps no token in the table: the item holds the SHA-256 of the token, and no item anywhere holds the token', async () => {
    const items = (await dynamo.client.send(new ScanCommand({ TableName: dynamo.tableName }))).Items ?? [];
    const text = JSON.stringify(items);
    expect(text).not.toContain(token);
    expect(text).not.toContain(url);
    const item = items.find((i) => i['pk']?.S === keys.feed(id).pk);
    expect(item?.['sk']?.S).toBe('#FEED');
    expect(item?.['feed']?.M?.['tokenHash']?.S).toBe(createHash('sha256').update(token).digest('hex'));
  });

  it('is listed by project without its token or hash', async () => {
    const listed = await call('GET', '/feeds?project=INT-1001');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([{ id, subject: { project: 'INT-1001' }, createdAt: '2027-03-01T15:00:00.000Z', createdBy: SAM, revoked: false }]);
    expect(JSON.stringify(listed.body)).not.toMatch(/token|Hash/i);
    expect((await call('GET', '/feeds?project=INT-1002')).body).toEqual([]);
  });

  it('answers 404 once revoked, with the same body as a token that never existed or one that is malformed', async () => {
    const revoked = await call('POST', `/feeds/${id.toLowerCase()}/revoke`, { by: SAM });
    expect(revoked).toMatchObject({ status: 200, body: { id, revoked: true, revokedBy: SAM, revokedAt: now } });
    const gone = await fetchFeed(url);
    const unknown = await fetchFeed(`${BASE}/calendar/${Buffer.alloc(32, 7).toString('base64url')}.ics`);
    const malformed = await fetchFeed(`${BASE}/calendar/not-a-token.ics`);
    const noSuffix = await fetchFeed(`${BASE}/calendar/${token}`);
    for (const answer of [gone, unknown, malformed, noSuffix]) expect(answer).toEqual({ status: 404, type: 'application/json', text: gone.text });
    expect(JSON.parse(gone.text)).toEqual({ error: 'NotFound', message: 'no calendar feed at this address' });
    // Revoking again changes nothing; the list says it is revoked.
    expect((await call('POST', `/feeds/${id}/revoke`, {})).body).toMatchObject({ revokedBy: SAM });
    expect((await call('GET', '/feeds?project=INT-1001')).body).toEqual([expect.objectContaining({ id, revoked: true })]);
  });
});

describe('a PM’s calendar feed', () => {
  it('covers every active project where the address is an active staff party, and nothing else', async () => {
    const created = await call('POST', '/feeds', { pm: 'Sam.Lee@Vendor.example' });
    expect(created).toMatchObject({ status: 201, body: { subject: { pm: SAM } } });
    const feed = parse((await fetchFeed(String(created.body['url']))).text);
    expect(feed.name).toBe('Cadmium Integration Services: projects of Sam Lee');
    // INT-1003 is live (finished); INT-1002 is not Sam's.
    expect(new Set([...feed.events.keys()].map((u) => u.split('.')[0]))).toEqual(new Set(['INT-1001']));
    expect(feed.events.get(uid('INT-1001', 'launch'))).toMatchObject({ start: '2027-06-21', sequence: 1 });
    expect((await call('GET', `/feeds?pm=${encodeURIComponent(SAM)}`)).body).toEqual([expect.objectContaining({ subject: { pm: SAM }, revoked: false })]);
  });

  it('shows a project without a launch timeline by its interview and its booked certification rounds, with no feedback or credential', async () => {
    const created = await call('POST', '/feeds', { pm: TERRY });
    const text = (await fetchFeed(String(created.body['url']))).text;
    const feed = parse(text);
    expect([...feed.events.keys()]).toEqual([uid('INT-1002', 'interview'), uid('INT-1002', 'certification-1'), uid('INT-1002', 'certification-2')]);
    expect(feed.events.get(uid('INT-1002', 'interview'))).toMatchObject({
      allDay: false,
      start: '2027-01-14T15:00:00Z',
      end: '2027-01-14T15:45:00Z',
      sequence: 1,
      summary: 'INT-1002 Brewhouse Coffee: Integration Deployment Interview',
    });
    expect(feed.events.get(uid('INT-1002', 'certification-1'))).toMatchObject({ allDay: true, start: '2027-02-18', end: '2027-02-25' });
    expect(feed.events.get(uid('INT-1002', 'certification-1'))?.description).toContain('Failed on Wed 2027-02-24.');
    expect(feed.events.get(uid('INT-1002', 'certification-2'))).toMatchObject({
      allDay: true,
      start: '2027-03-04',
      end: '2027-03-11',
      summary: 'INT-1002 Brewhouse Coffee: Certification round 2',
    });
    expect(feed.events.get(uid('INT-1002', 'certification-2'))?.description).toContain(
      'Starts Thu 2027-03-04; ends no earlier than Wed 2027-03-10 (the last testing material came on Wed 2027-03-03).\nIn progress.',
    );
    for (const secret of [FEEDBACK, 'S3CRET', 'casey@brewhouse.example', 'int-1002-idi@']) expect(text).not.toContain(secret);
  });

  it('raises a round’s SEQUENCE when its earliest end moves (more material came)', async () => {
    const created = await createFeed(ports, { pm: TERRY }, { base: BASE });
    const seq = async () => parse((await calendarFor(ports, created.token)) ?? '').events.get(uid('INT-1002', 'certification-2'))?.sequence ?? -1;
    const first = await seq();
    const project = await ports.store.require('INT-1002');
    const [one, two] = project.certificationRounds;
    await ports.store.save({ ...project, certificationRounds: [one!, { ...two!, materialsCompleteOn: '2027-03-05', earliestEndOn: '2027-03-12' }] });
    expect(await seq()).toBeGreaterThan(first);
    const moved = parse((await calendarFor(ports, created.token)) ?? '').events.get(uid('INT-1002', 'certification-2'));
    expect(moved).toMatchObject({ start: '2027-03-04', end: '2027-03-13' });
  });
});

describe('refusals', () => {
  it.each([
    { case: 'neither project nor pm', body: {}, status: 400, error: 'InvalidFeedError' },
    { case: 'both', body: { project: 'INT-1001', pm: SAM }, status: 400, error: 'InvalidFeedError' },
    { case: 'a malformed project id', body: { project: 'ACME' }, status: 400, error: 'InvalidFeedError' },
    { case: 'an unknown field', body: { project: 'INT-1001', token: 'mine' }, status: 400, error: 'InvalidFeedError' },
    { case: 'an unknown project', body: { project: 'INT-9999' }, status: 404, error: 'ProjectNotFoundError' },
    { case: 'an address that is staff nowhere', body: { pm: 'nobody@vendor.example' }, status: 404, error: 'FeedSubjectNotFoundError' },
    { case: 'a client’s address', body: { pm: 'casey@brewhouse.example' }, status: 404, error: 'FeedSubjectNotFoundError' },
  ])('refuses a feed for $case', async ({ body, status, error }) => {
    const refused = await call('POST', '/feeds', body);
    expect(refused.status).toBe(status);
    expect(refused.body['error']).toBe(error);
  });

  it('answers an unknown feed id with 404, and a list asked for two subjects with 400', async () => {
    expect(await call('POST', '/feeds/FEED-000000000000/revoke', {})).toMatchObject({ status: 404, body: { error: 'FeedNotFoundError' } });
    expect(await call('POST', '/feeds/nonsense/revoke', {})).toMatchObject({ status: 404, body: { error: 'FeedNotFoundError' } });
    expect((await call('GET', `/feeds?project=INT-1001&pm=${SAM}`)).status).toBe(400);
  });

  it('says so where the runtime keeps no feeds: 501', async () => {
    const bare = staffApi(async () => ({ ...ports, feeds: undefined }));
    const response = await bare.request(`${BASE}/feeds`, { method: 'POST', body: JSON.stringify({ project: 'INT-1001' }) });
    expect(response.status).toBe(501);
    expect(await response.json()).toMatchObject({ error: 'FeedsUnavailableError' });
  });
});

describe('the service functions (for callers without HTTP)', () => {
  it('create, list, open and revoke a feed as the routes do', async () => {
    const created = await createFeed(ports, { project: 'INT-1003' }, { base: 'https://api.example/stage/', by: 'lead@vendor.example' });
    expect(created.url).toBe(`https://api.example/stage/calendar/${created.token}.ics`);
    expect((await listFeeds(ports, { project: 'INT-1003' })).map((f) => f.id)).toEqual([created.feed.id]);
    // A finished project's own feed still shows its dates.
    expect(parse((await calendarFor(ports, created.token)) ?? '').events.get(uid('INT-1003', 'launch'))).toMatchObject({ start: '2026-12-07' });
    const all = await listFeeds(ports);
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.map((f) => f.createdAt)).toEqual([...all.map((f) => f.createdAt)].sort().reverse());
    await revokeFeed(ports, created.feed.id, 'lead@vendor.example');
    expect(await calendarFor(ports, created.token)).toBeUndefined();
  });
});

describe('on AWS: the staff-api Lambda behind API Gateway', () => {
  it('makes the URL from the API’s domain, serves the feed to a request with no IAM identity, and logs no token', async () => {
    const handler = createHandler(() => Promise.resolve(ports));
    const made = await handler(apiGatewayEvent('POST', '/feeds', '/feeds', { project: 'INT-1001' }));
    expect(made.statusCode).toBe(201);
    const { token, url } = JSON.parse(made.body) as { token: string; url: string };
    expect(url).toBe(`https://abc123.execute-api.us-east-1.amazonaws.com/calendar/${token}.ics`);
    // The calendar route has no authorizer: API Gateway sends no IAM identity with it.
    const unsigned = apiGatewayEvent('GET', '/calendar/{token}', `/calendar/${token}.ics`);
    const { authorizer: _none, ...requestContext } = unsigned.requestContext as unknown as Record<string, unknown>;
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    let served: Awaited<ReturnType<typeof handler>>;
    try {
      served = await handler({ ...unsigned, requestContext } as unknown as typeof unsigned);
    } finally {
      spy.mockRestore();
    }
    expect(served.statusCode).toBe(200);
    expect(served.headers?.['content-type']).toBe('text/calendar; charset=utf-8');
    // hono hands a text/calendar body over base64-encoded; API Gateway decodes it before it answers.
    const body = served.isBase64Encoded ? Buffer.from(served.body, 'base64').toString('utf8') : served.body;
    expect(parse(body).events.get(uid('INT-1001', 'launch'))).toMatchObject({ start: '2027-06-21' });
    // The request's log line names the route's shape, never the token.
    expect(written.join('')).toContain('"path":"/calendar/{token}"');
    expect(written.join('')).not.toContain(token);
    expect(loggedPath(`/calendar/${token}.ics`)).toBe('/calendar/{token}');
    expect(loggedPath('/projects/INT-1001')).toBe('/projects/INT-1001');
  });
});
