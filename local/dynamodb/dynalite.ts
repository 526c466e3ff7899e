import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { createTableInput } from '../../shared/project/table-definition';

export interface LocalDynamo {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  readonly tableName: string;
  stop(): Promise<void>;
}

export interface LocalDynamoOptions {
  /** Data folder; omitted means in memory. Only one process may own a folder (dynalite crashes otherwise). */
  readonly path?: string;
  /** @default 0 (any free port on 127.0.0.1) */
  readonly port?: number;
  /** @default 'integrations' */
  readonly tableName?: string;
}

/**
 * Starts dynalite on loopback in this process, creates the project table if it is not there, and
 * returns an SDK client pointed at it (any region, dummy credentials: dynalite checks neither).
 */
export async function startLocalDynamo(options: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('dynalite did not bind a TCP port');
  const connected = await connectLocalDynamo(`http://127.0.0.1:${address.port}`, options.tableName);
  return {
    ...connected,
    async stop() {
      connected.client.destroy();
      await new Promise<void>((resolve, reject) => server.close((error?: Error) => (error ? reject(error) : resolve())));
    },
  };
}

/**
 * A client for dynalite already listening at `endpoint` (for instance in its own process, so a
 * fault test can kill the database and not the runtime); creates the table if it is missing.
 */
export async function connectLocalDynamo(endpoint: string, table?: string): Promise<LocalDynamo> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const tableName = table ?? 'integrations';
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  return {
    endpoint,
    client,
    tableName,
    stop() {
      client.destroy();
      return Promise.resolve();
    },
  };
}
