import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { MAX_WAIT_SECONDS } from '../../shared/lifecycle/deadlines';
import type { LifecyclePorts, OutboundMail } from '../../shared/lifecycle/ports';
import { newProject, nextDeadline, remind } from '../../shared/lifecycle/service';
import { testPorts } from '../helpers/ports';

/*
 * Overdue reminders stop: after the configured number, the PMs' lead is told once, then nothing
 * more goes out for that step (the task waits the longest wait). The contract review is overdue
 * from its first reminder on.
 */
const LEAD = 'lead@gocadmium.example';
let dynamo: LocalDynamo;
let ports: LifecyclePorts;
let now = '2027-01-04T14:00:00.000Z';
const sent: OutboundMail[] = [];

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  ports = await testPorts(dynamo, { sent, config: { overdueReminderLimit: 2, escalationAddress: LEAD }, overrides: { clock: { now: () => now } } });
});
afterAll(async () => {
  await dynamo?.stop();
});

describe('overdue reminders past the limit', () => {
  it('reminds the PM up to the limit, tells the lead once, then stops', async () => {
    const project = await newProject(ports, {
      process: 'cadmium',
      title: 'Registration sync',
      client: 'Acme Events',
      poc: { name: 'Pat Doe', email: 'pat.doe@acme-events.example' },
      pm: { name: 'Sam Lee', email: 'sam.lee@gocadmium.example' },
    });
    const rounds: { to: readonly string[]; subject: string }[][] = [];
    for (let i = 0; i < 4; i += 1) {
      const deadline = await nextDeadline(ports, project.id, 'contract-review');
      now = deadline.at;
      const before = sent.length;
      await remind(ports, project.id, 'contract-review');
      rounds.push(sent.slice(before).map((m) => ({ to: m.to, subject: m.subject })));
    }
    expect(rounds[0]).toEqual([{ to: ['sam.lee@gocadmium.example'], subject: expect.stringContaining('contract') }]);
    expect(rounds[1]).toEqual([{ to: ['sam.lee@gocadmium.example'], subject: expect.stringContaining('contract') }]);
    expect(rounds[2]).toEqual([{ to: [LEAD], subject: expect.stringMatching(/^\[INT-\d+\] Escalation: /) }]);
    expect(rounds[3]).toEqual([]);
    const escalation = await simpleParser(sent.find((m) => m.to.includes(LEAD))?.raw ?? Buffer.from(''));
    expect(escalation.text).toMatch(/^Hello,/);
    expect(escalation.text?.replace(/\s+/g, ' ')).toContain('after 2 overdue reminders');
    const last = await nextDeadline(ports, project.id, 'contract-review');
    expect(last.timeoutSeconds).toBe(MAX_WAIT_SECONDS);
  });
});
