import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { CorruptRecordError } from '../errors';
import { Feed, FeedAlreadyExistsError, FeedNotFoundError, feedSubjectKey, type FeedStore, type FeedSubject } from '../feeds';
import { INDEX, keys } from '../keys';
import { queryAll } from './query';

/**
 * The DynamoDB adapter of {@link FeedStore}, in the project table (docs/table-design.md#calendar-feeds):
 * one item per feed, `FEED#<id> / #FEED`, holding the SHA-256 of its token and never the token;
 * listed by one Query of the `active` index's `FEEDS` partition, whose sort key starts with the subject.
 */
export class DynamoFeedStore implements FeedStore {
  private readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  async create(feed: Feed): Promise<Feed> {
    const stored = Feed.parse(feed);
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.feed(stored.id),
            type: 'feed',
            feed: stored,
            gsi2pk: keys.feedsPartition,
            gsi2sk: keys.feedSort(feedSubjectKey(stored.subject), stored.createdAt, stored.id),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new FeedAlreadyExistsError(stored.id);
      throw error;
    }
    return stored;
  }

  async get(id: string): Promise<Feed | undefined> {
    const result = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: keys.feed(id), ConsistentRead: true }));
    return result.Item ? toFeed(result.Item) : undefined;
  }

  async revoke(id: string, by: string, at: string): Promise<Feed> {
    try {
      const result = await this.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.feed(id),
          UpdateExpression: 'SET #feed.#revokedAt = :at, #feed.#revokedBy = :by',
          // Once: a second revocation keeps the first one's time and author.
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#feed.#revokedAt)',
          ExpressionAttributeNames: { '#feed': 'feed', '#revokedAt': 'revokedAt', '#revokedBy': 'revokedBy' },
          ExpressionAttributeValues: { ':at': at, ':by': by },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toFeed(result.Attributes ?? {});
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const existing = await this.get(id);
    if (!existing) throw new FeedNotFoundError(id);
    return existing;
  }

  async list(subject?: FeedSubject): Promise<Feed[]> {
    const items = await this.queryAll({
      TableName: this.tableName,
      IndexName: INDEX.active,
      KeyConditionExpression: subject ? 'gsi2pk = :pk AND begins_with(gsi2sk, :subject)' : 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.feedsPartition, ...(subject ? { ':subject': `${feedSubjectKey(subject)}#` } : {}) },
      ScanIndexForward: false,
    });
    return items.map(toFeed).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  }

  private queryAll(input: QueryCommandInput): Promise<Record<string, unknown>[]> {
    return queryAll(this.doc, input);
  }
}

function toFeed(item: Record<string, unknown>): Feed {
  const parsed = Feed.safeParse(item['feed']);
  if (!parsed.success) throw new CorruptRecordError(`feed item ${String(item['pk'])}: ${parsed.error.message}`);
  return parsed.data;
}
