import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalDynamo } from '../../local/dynamodb/dynalite';
import { LocalSealer } from '../../local/sealer';
import { ServiceConfig, type ServiceConfigInput } from '../../shared/lifecycle/config';
import type { LifecyclePorts, OutboundMail } from '../../shared/lifecycle/ports';
import { DynamoProjectStore } from '../../shared/project/adapters/dynamodb-store';

/**
 * The lifecycle's ports for a test that calls the application services directly: the store on
 * dynalite, a sealer in a temp folder, the sample service config (with `config` over it), mail
 * kept in `sent`, tokens that complete nothing, and no workflow unless `overrides` gives one.
 */
export async function testPorts(
  dynamo: LocalDynamo,
  options: { readonly config?: Partial<ServiceConfigInput>; readonly sent?: OutboundMail[]; readonly overrides?: Partial<LifecyclePorts> } = {},
): Promise<LifecyclePorts> {
  const sent = options.sent ?? [];
  return {
    store: new DynamoProjectStore(dynamo.client, dynamo.tableName),
    secrets: await LocalSealer.inFolder(await mkdtemp(join(tmpdir(), 'ports-'))),
    mailer: { send: async (mail) => void sent.push(mail) },
    tokens: { succeed: async () => false },
    workflows: { start: async () => Promise.reject(new Error('no execution is started here')), describe: async () => null },
    clock: { now: () => '2027-03-01T15:00:00.000Z' },
    config: ServiceConfig.parse({
      serviceAddress: 'integrationservices@gocadmium.example',
      teamName: 'Cadmium Integration Services',
      replyKeys: { current: 'k1', secrets: { k1: 'a-test-secret-of-sufficient-length' } },
      ...options.config,
    }),
    ...options.overrides,
  };
}
