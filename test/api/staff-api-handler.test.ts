import type { SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StepFunctionsWorkflows } from '../../functions/commons/aws-workflows';
import { createHandler } from '../../functions/staff-api/handler';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { DynamoProjectStore } from '../../shared/project/adapters/dynamodb-store';
import { testPorts } from '../helpers/ports';
import { apiGatewayEvent } from '../helpers/api-gateway';

/*
 * The staff-api Lambda as Lambda runs it: an API Gateway HTTP API (payload 2.0) event in, a
 * response out, over dynalite. Step Functions has no local API, so its client is the one thing
 * stood in for: it records every command sent to it.
 */
const CADMIUM_ARN = 'arn:aws:states:us-east-1:111122223333:stateMachine:integrations-cadmium';
const sent: { name: string; input: Record<string, unknown> }[] = [];
const sfn = {
  send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    sent.push({ name: command.constructor.name, input: command.input });
    return command.constructor.name === 'DescribeExecutionCommand' ? { status: 'RUNNING' } : { executionArn: 'arn:test' };
  },
} as unknown as SFNClient;

let dynamo: LocalDynamo;
let handler: ReturnType<typeof createHandler>;
let workflows: StepFunctionsWorkflows;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  const store = new DynamoProjectStore(dynamo.client, dynamo.tableName);
  const now = () => '2027-01-04T14:00:00.000Z';
  workflows = new StepFunctionsWorkflows(sfn, store, { cadmium: CADMIUM_ARN }, now);
  const ports = await testPorts(dynamo, { config: { staffDomains: ['gocadmium.example'] }, overrides: { store, workflows, clock: { now } } });
  handler = createHandler(() => Promise.resolve(ports));
});
afterAll(async () => {
  await dynamo?.stop();
});

/** An API Gateway HTTP API v2 event, as IAM-authorized API Gateway sends it. */
function event(method: string, path: string, body?: unknown) {
  return apiGatewayEvent(method, path.replace(/INT-\d+/, '{id}'), path, body);
}

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const result = await handler(event(method, path, body));
  return { status: result.statusCode, body: JSON.parse(result.body) as Record<string, unknown> };
}

describe('the staff-api handler behind API Gateway', () => {
  let id = '';

  it('creates a project and starts its execution on its process’s state machine', async () => {
    const created = await call('POST', '/projects', {
      process: 'cadmium',
      client: 'Acme Events',
      title: 'Registration sync',
      poc: { name: 'Pat Doe', email: 'pat.doe@acme-events.example' },
      pm: { name: 'Sam Lee', email: 'sam.lee@gocadmium.example' },
    });
    expect(created.status).toBe(201);
    id = String(created.body['id']);
    expect(id).toMatch(/^INT-\d{4,}$/);
    const start = sent.find((c) => c.name === 'StartExecutionCommand');
    expect(start?.input).toEqual({ stateMachineArn: CADMIUM_ARN, name: `${id}-v1`, input: JSON.stringify({ projectId: id }) });
  });

  it('shows the project with its execution, described at the SDK client', async () => {
    const shown = await call('GET', `/projects/${id}`);
    expect(shown.status).toBe(200);
    expect(shown.body['execution']).toEqual({ name: `${id}-v1`, status: 'running', transitions: null });
    expect(sent.find((c) => c.name === 'DescribeExecutionCommand')?.input).toEqual({
      executionArn: `arn:aws:states:us-east-1:111122223333:execution:integrations-cadmium:${id}-v1`,
    });
  });

  it('applies a staff action', async () => {
    const acted = await call('POST', `/projects/${id}/actions`, { command: { action: 'contract-reviewed' } });
    expect(acted).toEqual({ status: 200, body: { readAs: 'contract reviewed', phase: 'confirming-details' } });
  });

  it.each([
    {
      case: 'an action the project does not allow now: 409 with its name',
      body: { command: { action: 'qa-complete' } },
      status: 409,
      error: 'StaffActionRefusedError',
    },
    { case: 'an action no process has: 400 naming the field', body: { command: { action: 'launch-rocket' } }, status: 400, error: 'InvalidActionError' },
    { case: 'a step of the other process: 409', body: { command: { action: 'feasible' } }, status: 409, error: 'StaffActionRefusedError' },
  ])('refuses $case', async ({ body, status, error }) => {
    const refused = await call('POST', `/projects/${id}/actions`, body);
    expect(refused.status).toBe(status);
    expect(refused.body['error']).toBe(error);
    expect(String(refused.body['message'])).not.toContain('\n');
  });

  it('refuses a project without its fields, naming each: 400', async () => {
    const refused = await call('POST', '/projects', { process: 'cadmium', client: 'Acme Events' });
    expect(refused.status).toBe(400);
    expect(refused.body['error']).toBe('InvalidProjectError');
    for (const field of ['title', 'poc', 'pm']) expect(String(refused.body['message'])).toContain(field);
  });

  it('restarts an execution by stopping the one before it, so one execution at a time runs a project', async () => {
    const { project } = (await call('GET', `/projects/${id}`)).body as { project: { id: string; process: string; version: number } };
    sent.length = 0;
    await workflows.start(project);
    expect(sent.map((c) => c.name)).toEqual(['StopExecutionCommand', 'StartExecutionCommand']);
    expect(sent[0]?.input).toMatchObject({ executionArn: `arn:aws:states:us-east-1:111122223333:execution:integrations-cadmium:${id}-v1` });
    expect(sent[1]?.input).toMatchObject({ name: `${id}-v${project.version}` });
  });

  it('answers an unknown project with 404', async () => {
    expect((await call('GET', '/projects/INT-9999')).status).toBe(404);
  });
});
