import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamodb/dynalite';
import { BusinessCalendar } from '../../shared/timeline/calendar';
import { candidateSlots, earliestEnd } from '../../shared/processes/paytronix/certification';
import type { LifecyclePorts } from '../../shared/lifecycle/ports';
import { releaseEndedRoundSlots } from '../../shared/processes/paytronix/prepare';
import { DynamoProjectStore } from '../../shared/project/adapters/dynamodb-store';
import type { Project } from '../../shared/project/schemas';

let dynamo: LocalDynamo;
let store: DynamoProjectStore;

beforeAll(async () => {
  dynamo = await startLocalDynamo();
  store = new DynamoProjectStore(dynamo.client, dynamo.tableName);
});
afterAll(async () => {
  await dynamo?.stop();
});

describe('certification slots (a weekly capacity shared by every project)', () => {
  it('gives a week no more places than its capacity, and a place again to whoever holds it', async () => {
    expect(await store.bookSlot('certification#2027-03-01', 'INT-1001#1', 2)).toBe(true);
    expect(await store.bookSlot('certification#2027-03-01', 'INT-1002#1', 2)).toBe(true);
    expect(await store.bookSlot('certification#2027-03-01', 'INT-1003#1', 2)).toBe(false);
    // A retried booking (a task run twice) finds its own place.
    expect(await store.bookSlot('certification#2027-03-01', 'INT-1001#1', 2)).toBe(true);
  });

  it('lets only as many of many simultaneous bookings win as there are places', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.bookSlot('certification#2027-03-08', `INT-20${i}0#1`, 3)));
    expect(results.filter(Boolean)).toHaveLength(3);
  });

  it('offers weeks from the first business day after the materials, skipping a closed week', () => {
    const calendar = new BusinessCalendar({ country: 'US', extraClosedDates: ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19'] });
    const slots = candidateSlots(calendar, '2027-03-05', 4);
    expect(slots.map((s) => [s.week, s.startsOn])).toEqual([
      ['2027-03-08', '2027-03-08'],
      ['2027-03-22', '2027-03-22'],
      ['2027-03-29', '2027-03-29'],
    ]);
    // Materials on Friday before a shutdown week: the round cannot end until five open business days later.
    expect(earliestEnd(calendar, '2027-03-12')).toBe('2027-03-26');
  });
});

describe('a failed round gives its place back', () => {
  const round = (outcome: 'pending' | 'failed' | 'certified') => ({
    number: 1,
    cycle: 1,
    materialsCompleteOn: '2027-03-10',
    earliestEndOn: '2027-03-17',
    slotWeek: '2027-03-15',
    slotStartsOn: '2027-03-15',
    outcome,
    feesFlagged: false,
  });
  const record = (outcome: 'pending' | 'failed' | 'certified') => ({ id: 'INT-3001', certificationRounds: [round(outcome)] }) as unknown as Project;
  const ports = () => ({ store }) as unknown as LifecyclePorts;

  it('frees the week when the round fails, so another project’s round may take it', async () => {
    expect(await store.bookSlot('certification#2027-03-15', 'INT-3001#1', 1)).toBe(true);
    expect(await store.bookSlot('certification#2027-03-15', 'INT-3002#1', 1)).toBe(false);
    await releaseEndedRoundSlots(ports(), record('pending'), record('failed'));
    expect(await store.bookSlot('certification#2027-03-15', 'INT-3002#1', 1)).toBe(true);
  });

  it('keeps the place of a certified round, and releases nothing twice or where nothing was booked', async () => {
    expect(await store.bookSlot('certification#2027-03-22', 'INT-3003#1', 1)).toBe(true);
    await releaseEndedRoundSlots(ports(), { ...record('pending'), id: 'INT-3003' } as Project, { ...record('certified'), id: 'INT-3003' } as Project);
    expect(await store.bookSlot('certification#2027-03-22', 'INT-3004#1', 1)).toBe(false);
    await store.releaseSlot('certification#2027-12-27', 'INT-3005#1');
    expect(await store.bookSlot('certification#2027-12-27', 'INT-3006#1', 1)).toBe(true);
  });
});
