import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sha256 } from '@aws-crypto/sha256-js';
import { DescribeExecutionCommand, type SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionOf, SignedStaffClient } from '../../cli/api-client';
import { UsageError } from '../../cli/errors';
import { StepFunctionsWorkflows } from '../../functions/commons/aws-workflows';
import { createHandler } from '../../functions/staff-api/handler';
import { SAMPLE_ENVIRONMENT } from '../../infra/config';
import { realClock } from '../../local/clock';
import { startControl } from '../../local/control';
import { type LocalDynamo, startLocalDynamo } from '../../local/dynamodb/dynalite';
import { LocalRuntime } from '../../local/runtime';
import { LocalSealer } from '../../local/sealer';
import { applyStaffAction, StaffActionRefusedError } from '../../shared/lifecycle/commands';
import { ServiceConfig } from '../../shared/lifecycle/config';
import type { LifecyclePorts, OutboundMail } from '../../shared/lifecycle/ports';
import { DynamoProjectStore } from '../../shared/project/adapters/dynamodb-store';
import { cli } from '../helpers/cli';
import { withEnv } from '../helpers/env';
import { type HttpApiEvent, type HttpApiResult, type SignedGateway, startSignedGateway } from '../helpers/sigv4-gateway';

/*
 * `integrations --api URL …` against API Gateway's part played by a local SigV4-verifying server and
 * the staff-api Lambda handler itself, over real dynalite; the Step Functions client is the only
 * stand-in. Then the same commands on a local runtime, with the same lines and exit codes.
 */

const CREDENTIALS = { accessKeyId: 'AKIASTAFFTESTKEY0001', secretAccessKey: 'staff-test-secret-access-key/0123456789' };
const ARNS = {
  cadmium: 'arn:aws:states:us-east-1:111122223333:stateMachine:integrations-cadmium',
  paytronix: 'arn:aws:states:us-east-1:111122223333:stateMachine:integrations-paytronix',
};

let dynamo: LocalDynamo;
let store: DynamoProjectStore;
let gateway: SignedGateway;
let runtime: LocalRuntime;
let control: { port: number; close(): Promise<void> };
let dataDir: string;
let nowhere: string;
const sent: OutboundMail[] = [];
const sfnCommands: unknown[] = [];

/** The AWS SDK client boundary, the only stand-in: records every command, answers StartExecution and DescribeExecution. */
const fakeSfn = {
  async send(command: unknown) {
    sfnCommands.push(command);
    if (command instanceof StartExecutionCommand)
      return { executionArn: `${command.input.stateMachineArn?.replace(':stateMachine:', ':execution:')}:${command.input.name}`, startDate: new Date() };
    if (command instanceof DescribeExecutionCommand) return { executionArn: command.input.executionArn, status: 'RUNNING' };
    throw new Error(`the fake Step Functions client does not answer ${command?.constructor.name}`);
  },
};

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  store = new DynamoProjectStore(dynamo.client, dynamo.tableName);
  const clock = { now: () => new Date().toISOString() };
  const ports: LifecyclePorts = {
    store,
    secrets: await LocalSealer.inFolder(await mkdtemp(join(tmpdir(), 'cli-api-sealer-'))),
    mailer: { send: async (mail) => void sent.push(mail) },
    tokens: { succeed: async () => false },
    workflows: new StepFunctionsWorkflows(fakeSfn as unknown as SFNClient, store, ARNS, clock.now),
    clock,
    config: ServiceConfig.parse({ ...SAMPLE_ENVIRONMENT, replyKeys: { current: 'k1', secrets: { k1: 'a-test-secret-of-sufficient-length' } } }),
  };
  // The handler exactly as Lambda runs it (hono/aws-lambda over the staff API).
  const lambda = createHandler(() => Promise.resolve(ports)) as unknown as (event: HttpApiEvent) => Promise<HttpApiResult>;
  gateway = await startSignedGateway({ credentials: CREDENTIALS, region: 'us-east-1', handler: lambda });

  dataDir = await mkdtemp(join(tmpdir(), 'cli-api-local-'));
  nowhere = await mkdtemp(join(tmpdir(), 'cli-api-no-aws-'));
  runtime = await LocalRuntime.start({ dataDir, clock: realClock(), smtpPort: 0 });
  control = await startControl(runtime, 0);
  await writeFile(join(dataDir, 'runtime.json'), JSON.stringify({ controlPort: control.port }));
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await dynamo?.stop();
  await control?.close();
  await runtime?.stop();
});

/** No AWS configuration of the machine running the tests may leak in: no profile, no files, no instance role. */
const noAws = () => ({
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_SESSION_TOKEN: undefined,
  AWS_CREDENTIAL_EXPIRATION: undefined,
  AWS_PROFILE: undefined,
  AWS_DEFAULT_PROFILE: undefined,
  AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
  AWS_ROLE_ARN: undefined,
  AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
  AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
  AWS_CONFIG_FILE: join(nowhere, 'config'),
  AWS_SHARED_CREDENTIALS_FILE: join(nowhere, 'credentials'),
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: undefined,
  // No local runtime to fall back on: a command that reached it would fail.
  INTEGRATIONS_DATA_DIR: join(nowhere, 'no-runtime'),
});
const onAws = (credentials: { accessKeyId: string; secretAccessKey: string } = CREDENTIALS) => ({
  ...noAws(),
  INTEGRATIONS_API: gateway.url,
  AWS_ACCESS_KEY_ID: credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
});
const onLocal = () => ({ ...noAws(), INTEGRATIONS_API: undefined, INTEGRATIONS_DATA_DIR: dataDir });

const PM_REFUSED = ['pm', 'INT-1001', 'qa-complete'];
const COMMANDS: readonly string[][] = [
  ['new', '--client', 'Acme Events', '--title', 'Registration sync', '--poc', 'Pat Doe <pat@acme.example>', '--pm', 'Sam Lee <sam@gocadmium.example>'],
  ['list'],
  ['show', 'INT-1001'],
  ['pm', 'INT-1001', 'contract-reviewed'],
  PM_REFUSED,
  ['pm', 'INT-1001', 'feasible'],
  ['pm', 'INT-1001', 'dance'],
  ['show', 'int-1001'],
  ['show', 'INT-9999'],
];

type Run = Awaited<ReturnType<typeof cli>>;

async function runAll(env: Record<string, string | undefined>): Promise<Run[]> {
  const runs: Run[] = [];
  for (const argv of COMMANDS) runs.push(await withEnv(env, () => cli(...argv)));
  return runs;
}

/**
 * What may legitimately differ between the runtimes: times (each run has its own clock reading);
 * the mail log (locally the state machine runs and sends its notices; the fake Step Functions
 * client runs none); the transition count (Step Functions does not report one).
 */
function normalised(run: Run): { code: number; stdout: string[]; stderr: string } {
  const lines: string[] = [];
  let inMail = false;
  for (const line of run.stdout.split('\n')) {
    if (line === 'Mail:') inMail = true;
    else if (line === '') inMail = false;
    else if (inMail) continue;
    lines.push(line.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g, '<time>').replace(/^(Workflow: \w+), \d+ state transitions$/, '$1'));
  }
  return { code: run.code, stdout: lines, stderr: run.stderr };
}

describe('integrations --api: the deployed staff API, every request signed with SigV4', () => {
  let onAwsRuns: Run[] = [];

  it('creates, lists, shows and acts on a project through API Gateway and the staff-api Lambda', async () => {
    onAwsRuns = await runAll(onAws());
    const [created, listed, shown, reviewed, refused, otherProcess, unknown, shownAgain, missing] = onAwsRuns;

    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created?.stdout).toMatch(/^INT-1001 created for Acme Events/);
    const project = await store.require('INT-1001');
    expect(project.client.name).toBe('Acme Events');

    // The project's execution started on the EventTech state machine, named by id and record version.
    const starts = sfnCommands.filter((c): c is StartExecutionCommand => c instanceof StartExecutionCommand);
    expect(starts).toHaveLength(1);
    expect(starts[0]?.input).toEqual({ stateMachineArn: ARNS.cadmium, name: expect.stringMatching(/^INT-1001-v\d+$/), input: '{"projectId":"INT-1001"}' });
    expect(project.execution?.name).toBe(starts[0]?.input.name);
    const describes = sfnCommands.filter((c): c is DescribeExecutionCommand => c instanceof DescribeExecutionCommand);
    expect(describes.map((c) => c.input.executionArn)).toEqual([
      `arn:aws:states:us-east-1:111122223333:execution:integrations-cadmium:${starts[0]?.input.name}`,
      `arn:aws:states:us-east-1:111122223333:execution:integrations-cadmium:${starts[0]?.input.name}`,
    ]);

    expect(listed?.code).toBe(0);
    expect(listed?.stdout.split('\n')[1]).toMatch(/^INT-1001 {2}Acme Events {2}contracted {2}— {7}\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(shown?.code).toBe(0);
    expect(shown?.stdout.split('\n')[0]).toBe('INT-1001 (INT-1001) — cadmium, now contracted');
    // Step Functions cannot count transitions: the status only.
    expect(shown?.stdout.split('\n').at(-1)).toBe('Workflow: running');
    expect(reviewed).toEqual({ code: 0, stdout: 'INT-1001: contract reviewed; now confirming-details.', stderr: '' });

    // A refused action is StaffActionRefusedError's message in one line, exit 2.
    const current = await store.require('INT-1001');
    let refusal = '';
    try {
      applyStaffAction(
        current,
        { action: 'qa-complete' },
        { by: 'sam@gocadmium.example', at: new Date().toISOString(), evidence: { kind: 'staff-action', by: 'sam@gocadmium.example', action: 'qa-complete' } },
      );
    } catch (error) {
      expect(error).toBeInstanceOf(StaffActionRefusedError);
      refusal = (error as Error).message;
    }
    expect(refusal).not.toBe('');
    expect(refused).toEqual({ code: 2, stdout: '', stderr: `integrations: ${refusal}` });
    expect(otherProcess).toEqual({ code: 2, stdout: '', stderr: 'integrations: feasible is a step of the Paytronix process; INT-1001 follows cadmium' });
    expect(unknown?.code).toBe(2);
    expect(unknown?.stderr).toMatch(/^integrations: unknown action "dance" \(known: contract-reviewed, [^\n]+\)$/);
    expect(shownAgain?.stdout.split('\n')[0]).toBe('INT-1001 (INT-1001) — cadmium, now confirming-details');
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'integrations: no project INT-9999' });

    // Every request reached the Lambda through a verified signature of the test key; the unknown action never left the CLI.
    expect(gateway.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /projects',
      'GET /projects',
      'GET /projects/INT-1001',
      'POST /projects/INT-1001/actions',
      'POST /projects/INT-1001/actions',
      'POST /projects/INT-1001/actions',
      'GET /projects/INT-1001',
      'GET /projects/INT-9999',
    ]);
    expect(gateway.requests.every((r) => r.verified && r.accessKey === CREDENTIALS.accessKeyId)).toBe(true);
  });

  it('prints the same lines with the same exit codes on the local runtime', async () => {
    const onLocalRuns = await runAll(onLocal());
    expect(onLocalRuns.map(normalised)).toEqual(onAwsRuns.map(normalised));
    // What the normalisation hides, shown to be only that: the local state machine ran and counted.
    expect((await runtime.ports.store.listMail('INT-1001')).map((m) => m.template)).toContain('new-contract');
    expect(onLocalRuns[2]?.stdout.split('\n').at(-1)).toMatch(/^Workflow: running, \d+ state transitions$/);
  });

  it('shows the execution as JSON with no transition count', async () => {
    const shown = await withEnv(onAws(), () => cli('show', 'INT-1001', '--json'));
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: 'INT-1001', phase: 'confirming-details', executionStatus: 'running', transitions: null });
  });

  it('takes the API from --api as well as from INTEGRATIONS_API', async () => {
    const listed = await withEnv({ ...onAws(), INTEGRATIONS_API: undefined }, () => cli('--api', gateway.url, 'list'));
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('INT-1001  Acme Events  confirming-details');
  });

  it('refuses a request signed with wrong credentials in one line, exit 2', async () => {
    const before = gateway.requests.length;
    for (const credentials of [
      { accessKeyId: 'AKIAOTHERUSER0000001', secretAccessKey: CREDENTIALS.secretAccessKey },
      { accessKeyId: CREDENTIALS.accessKeyId, secretAccessKey: 'not-the-secret-of-this-key' },
    ]) {
      const listed = await withEnv(onAws(credentials), () => cli('list'));
      expect(listed).toEqual({
        code: 2,
        stdout: '',
        stderr: `integrations: the staff API refused the request (403 Forbidden): the signature was refused or your IAM policy does not allow execute-api:Invoke on 127.0.0.1:${gateway.port}`,
      });
    }
    expect(gateway.requests.slice(before).map((r) => r.verified)).toEqual([false, false]);
  });

  it('says what to run when there are no credentials, or they have expired', async () => {
    const before = gateway.requests.length;
    const none = await withEnv({ ...noAws(), INTEGRATIONS_API: gateway.url }, () => cli('list'));
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'integrations: no AWS credentials for the staff API: run "aws sso login" or set AWS_PROFILE' });
    const expired = await withEnv({ ...onAws(), AWS_SESSION_TOKEN: 'token', AWS_CREDENTIAL_EXPIRATION: '2020-01-01T00:00:00Z' }, () => cli('show', 'INT-1001'));
    expect(expired).toEqual({
      code: 2,
      stdout: '',
      stderr: 'integrations: the AWS credentials for the staff API have expired: run "aws sso login" or set AWS_PROFILE',
    });
    expect(gateway.requests.length).toBe(before);
  });

  it('the gateway refuses what API Gateway refuses: no signature, a changed body, another region', async () => {
    const unsigned = await fetch(`${gateway.url}projects`);
    expect(unsigned.status).toBe(403);
    expect(await unsigned.json()).toEqual({ message: 'Forbidden' });

    const sign = (region: string, body: string) =>
      new SignatureV4({ service: 'execute-api', region, credentials: CREDENTIALS, sha256: Sha256 }).sign({
        method: 'POST',
        protocol: 'http:',
        hostname: '127.0.0.1',
        port: gateway.port,
        path: '/projects/INT-1001/actions',
        query: {},
        headers: { host: `127.0.0.1:${gateway.port}`, 'content-type': 'application/json' },
        body,
      });
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${gateway.url}projects/INT-1001/actions`, {
        method: 'POST',
        headers: Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'host')),
        body,
      });
    const body = JSON.stringify({ command: { action: 'kickoff-held' } });
    const changed = await post((await sign('us-east-1', body)).headers, body.replace('kickoff-held', 'resend-plan'));
    expect(changed.status).toBe(403);
    const elsewhere = await post((await sign('eu-west-1', body)).headers, body);
    expect(elsewhere.status).toBe(403);
    // The same request signed right passes the check and reaches the Lambda (which refuses it: no kickoff is scheduled yet).
    const right = await post((await sign('us-east-1', body)).headers, body);
    expect(right.status).toBe(409);
    expect(await right.json()).toMatchObject({ error: 'StaffActionRefusedError' });
  });

  it('signs for the region in the API URL, else AWS_REGION; plain http only to this machine', () => {
    expect(regionOf(new URL('https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/'), {})).toBe('eu-west-1');
    expect(regionOf(new URL('https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/'), { AWS_REGION: 'us-east-1' })).toBe('eu-west-1');
    expect(regionOf(new URL('https://staff.gocadmium.example/'), { AWS_DEFAULT_REGION: 'ca-central-1' })).toBe('ca-central-1');
    expect(regionOf(new URL('https://staff.gocadmium.example/'), {})).toBeUndefined();
    expect(() => SignedStaffClient.forUrl('https://staff.gocadmium.example/', {})).toThrow(
      new UsageError('--api: cannot tell the AWS region of staff.gocadmium.example: set AWS_REGION'),
    );
    expect(() => SignedStaffClient.forUrl('http://staff.gocadmium.example/', { AWS_REGION: 'us-east-1' })).toThrow(UsageError);
    expect(() => SignedStaffClient.forUrl('not a url', {})).toThrow(new UsageError('--api: not a URL: not a url'));
  });
});
