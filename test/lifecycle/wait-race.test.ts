import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import type { LifecyclePorts } from '../../shared/lifecycle/ports';
import { registerWait, wake } from '../../shared/lifecycle/service';
import { updateProject } from '../../shared/project/ports';
import { cadmiumProjectAt } from '../helpers/projects';
import { testPorts } from '../helpers/ports';

/*
 * A reply that decides a step in the instant its waiting task timed out: the token cannot be
 * completed, and the task's next await must still find the step decided in the cycle it waited in
 * (client feedback starts the next cycle; the workflow then goes back to development, not on to
 * client testing of the new cycle). Found by the bench's staggered run, where it skipped the
 * second cycle's development and QA.
 */
let dynamo: LocalDynamo;
let ports: LifecyclePorts;
const completed: { token: string; outcome: unknown }[] = [];
const timedOut = new Set<string>();

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  ports = await testPorts(dynamo, {
    overrides: {
      tokens: {
        succeed: async (token, output) => {
          if (timedOut.has(token)) return false;
          completed.push({ token, outcome: output['outcome'] });
          return true;
        },
      },
    },
  });
});
afterAll(async () => {
  await dynamo?.stop();
});

describe('a step decided as its waiting task times out', () => {
  it('completes the next await with the outcome of the cycle it waited in', async () => {
    const project = await ports.store.create(cadmiumProjectAt('client-testing'));
    await registerWait(ports, project.id, 'client-testing', 'token-1');
    expect(completed).toEqual([]);
    // The client's feedback lands as the task's reminder timeout fires: token-1 can no longer be completed.
    timedOut.add('token-1');
    const saved = await updateProject(ports.store, project.id, (current) => ({
      ...current,
      phase: 'development',
      testingCycle: 2,
      progress: { ...current.progress, 'client-feedback#1': { at: '2027-04-09T15:45:00.000Z', by: 'pat.doe@acme-events.example' } },
    }));
    expect(await wake(ports, saved)).toEqual([]);
    // After the reminder, the task awaits again: it finds cycle 1 decided, so the workflow goes back to development.
    await registerWait(ports, project.id, 'client-testing', 'token-2');
    expect(completed).toEqual([{ token: 'token-2', outcome: 'feedback' }]);
    expect((await ports.store.listWaits(project.id)).map((w) => w.step)).toEqual([]);
  });
});
