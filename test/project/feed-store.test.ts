import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { DynamoFeedStore } from '../../shared/project/adapters/dynamodb-feeds';
import { DynamoProjectStore } from '../../shared/project/adapters/dynamodb-store';
import { FeedAlreadyExistsError, FeedNotFoundError, feedIdOf, feedTokenHash, newFeedToken, opensFeed, type Feed } from '../../shared/project/feeds';

/* The feed store on dynalite: one item per feed, listed by subject from the `active` index's FEEDS partition. */

let dynamo: LocalDynamo;
let feeds: DynamoFeedStore;
let projects: DynamoProjectStore;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  feeds = new DynamoFeedStore(dynamo.client, dynamo.tableName);
  projects = new DynamoProjectStore(dynamo.client, dynamo.tableName);
});
afterAll(async () => {
  await dynamo?.stop();
});

function feed(subject: Feed['subject'], createdAt: string): Feed & { token: string } {
  const token = newFeedToken();
  const tokenHash = feedTokenHash(token);
  return { token, id: feedIdOf(tokenHash), subject, tokenHash, createdAt, createdBy: 'sam@vendor.example' };
}

describe('the feed store', () => {
  const a = feed({ project: 'INT-1001' }, '2027-03-01T10:00:00.000Z');
  const b = feed({ project: 'INT-1001' }, '2027-03-02T10:00:00.000Z');
  const c = feed({ project: 'INT-10011' }, '2027-03-03T10:00:00.000Z');
  const d = feed({ pm: 'sam@vendor.example' }, '2027-03-04T10:00:00.000Z');

  it('stores a feed once by its id, and finds it again; its token opens it and no other does', async () => {
    for (const f of [a, b, c, d]) {
      const { token: _token, ...stored } = f;
      await feeds.create(stored);
    }
    const { token: _token, ...again } = a;
    await expect(feeds.create(again)).rejects.toBeInstanceOf(FeedAlreadyExistsError);
    const found = await feeds.get(a.id);
    expect(found).toMatchObject({ id: a.id, subject: { project: 'INT-1001' }, tokenHash: feedTokenHash(a.token) });
    expect(found && opensFeed(found, a.token)).toBe(true);
    expect(found && opensFeed(found, b.token)).toBe(false);
    expect(await feeds.get('FEED-000000000000')).toBeUndefined();
  });

  it('lists a subject’s feeds, newest first, and only its own (INT-1001 is no prefix of INT-10011)', async () => {
    expect((await feeds.list({ project: 'INT-1001' })).map((f) => f.id)).toEqual([b.id, a.id]);
    expect((await feeds.list({ project: 'INT-10011' })).map((f) => f.id)).toEqual([c.id]);
    expect((await feeds.list({ pm: 'Sam@Vendor.example' })).map((f) => f.id)).toEqual([d.id]);
    expect((await feeds.list()).map((f) => f.id)).toEqual([d.id, c.id, b.id, a.id]);
  });

  it('revokes once, keeping the first revocation, and says so for an unknown id', async () => {
    expect(await feeds.revoke(a.id, 'lead@vendor.example', '2027-03-05T10:00:00.000Z')).toMatchObject({ revokedAt: '2027-03-05T10:00:00.000Z' });
    expect(await feeds.revoke(a.id, 'other@vendor.example', '2027-03-06T10:00:00.000Z')).toMatchObject({
      revokedAt: '2027-03-05T10:00:00.000Z',
      revokedBy: 'lead@vendor.example',
    });
    await expect(feeds.revoke('FEED-000000000000', 'x@vendor.example', '2027-03-06T10:00:00.000Z')).rejects.toBeInstanceOf(FeedNotFoundError);
    expect(await feeds.get('FEED-000000000000')).toBeUndefined();
    expect((await feeds.list({ project: 'INT-1001' })).map((f) => [f.id, f.revokedAt !== undefined])).toEqual([
      [b.id, false],
      [a.id, true],
    ]);
  });

  it('keeps feeds out of the active projects and the inbox, which share the index', async () => {
    expect(await projects.listActive()).toEqual([]);
    expect(await projects.listUnmatched()).toEqual([]);
  });
});
