import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { INDEX } from './keys';

/**
 * The one table's key schema, shared by the CDK construct (AWS) and the local runtime (dynalite),
 * so both create the same table. Attribute names are generic (pk/sk/gsiNpk) because one table
 * holds several item types.
 */
export const PROJECT_TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    { indexName: INDEX.byLaunch, partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: INDEX.active, partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;

/** CreateTable input for the local stand-in (on-demand billing, every index projecting all attributes). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const attributes = [PROJECT_TABLE.partitionKey, PROJECT_TABLE.sortKey, ...PROJECT_TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attributes.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: PROJECT_TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: PROJECT_TABLE.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: PROJECT_TABLE.indexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}
