import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { LocalHandler } from './executions';

const READS = new Set(['GetItemCommand', 'QueryCommand', 'ScanCommand', 'BatchGetItemCommand']);
const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand']);

/** Bytes of an item as DynamoDB sizes it, approximated by its marshalled JSON. */
function itemBytes(item: unknown): number {
  return item ? Buffer.byteLength(JSON.stringify(item)) : 0;
}

export interface MetricsSnapshot {
  /** Lambda invocations by handler id (a callback task's handler counts once per wait). */
  readonly lambdaInvocations: Readonly<Record<string, number>>;
  /** DynamoDB requests by command, and the request units they would consume on demand (estimated from item sizes). */
  readonly dynamodb: { readonly requests: Readonly<Record<string, number>>; readonly readUnits: number; readonly writeUnits: number };
  readonly mailsOut: number;
  readonly mailsIn: number;
}

/**
 * Counts what a run costs on AWS: Lambda invocations, DynamoDB requests and units, mails. Counts are
 * exact for the run; request units are estimated (DynamoDB bills reads per 4 KB, writes per 1 KB).
 */
export class RuntimeMetrics {
  private readonly lambda: Record<string, number> = {};
  private readonly requests: Record<string, number> = {};
  private readUnits = 0;
  private writeUnits = 0;
  mailsOut = 0;
  mailsIn = 0;
  /** How many times each outbound Message-ID was handed to the mailer (1 each when nothing is sent twice). */
  readonly sends = new Map<string, number>();

  countSend(messageId: string): void {
    this.sends.set(messageId, (this.sends.get(messageId) ?? 0) + 1);
  }

  wrap(handlerId: string, handler: LocalHandler): LocalHandler {
    return (payload) => {
      this.lambda[handlerId] = (this.lambda[handlerId] ?? 0) + 1;
      return handler(payload);
    };
  }

  /** Adds a middleware to the client that counts each command and its estimated units. */
  instrument(client: DynamoDBClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = String(context.commandName ?? 'unknown');
        this.requests[command] = (this.requests[command] ?? 0) + 1;
        const result = await next(args);
        // Middleware sees every command's own shapes; only the item fields are read here.
        const input: Record<string, unknown> = { ...args.input };
        const output: Record<string, unknown> = { ...result.output };
        if (command === 'BatchWriteItemCommand') {
          // Each put in a batch is billed as its own write.
          const puts = Object.values((input['RequestItems'] ?? {}) as Record<string, { PutRequest?: { Item?: unknown } }[]>).flat();
          for (const put of puts) this.writeUnits += Math.max(1, Math.ceil(itemBytes(put.PutRequest?.Item) / 1024));
        } else if (WRITES.has(command)) this.writeUnits += Math.max(1, Math.ceil(itemBytes(input['Item']) / 1024));
        if (READS.has(command)) {
          const items = command === 'GetItemCommand' ? [output['Item']] : ((output['Items'] as unknown[] | undefined) ?? []);
          const bytes = items.reduce<number>((sum, item) => sum + itemBytes(item), 0);
          const consistent = input['ConsistentRead'] === true;
          this.readUnits += Math.max(consistent ? 1 : 0.5, Math.ceil(bytes / 4096) * (consistent ? 1 : 0.5));
        }
        return result;
      },
      { step: 'initialize', name: 'countRequests' },
    );
  }

  snapshot(): MetricsSnapshot {
    return {
      lambdaInvocations: { ...this.lambda },
      dynamodb: { requests: { ...this.requests }, readUnits: this.readUnits, writeUnits: this.writeUnits },
      mailsOut: this.mailsOut,
      mailsIn: this.mailsIn,
    };
  }
}
