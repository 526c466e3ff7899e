import { describe, expect, it } from 'vitest';
import { compareReports } from '../../bench/compare';

const report = (perSecond: number, requests: number, locate: { bytes: number; ratioToBaseline: number }) => ({
  inbound: { tenProjects: { inboundPath: { perSecond }, ratioToBare: 10, dynamoRoundTripsPerReply: 3 }, scaleRatio: 1 },
  workflowCost: { cadmium: { stateTransitions: 67, dynamodbRequests: requests, costPerProjectUsd: 0.0054 } },
  packages: [{ handler: 'locate', ...locate }],
});

describe('comparing two bench reports', () => {
  it('shows each figure both hold, before and now, with the change in percent', () => {
    const rows = compareReports(report(40, 288, { bytes: 2048 * 1024, ratioToBaseline: 1.8 }), report(70, 243, { bytes: 1565 * 1024, ratioToBaseline: 1.55 }));
    expect(rows).toContainEqual(['inbound replies a second (10 projects)', '40', '70', '+75%']);
    expect(rows).toContainEqual(['EventTech lifecycle: DynamoDB requests', '288', '243', '-16%']);
    expect(rows).toContainEqual(['table requests a reply', '3', '3', '=']);
    expect(rows).toContainEqual(['bundle locate: KB', '2048', '1565', '-24%']);
    expect(rows).toContainEqual(['bundle locate: load over SDK baseline', '1.8', '1.55', '-14%']);
  });

  it('leaves out what only one report holds, so an older report still compares', () => {
    const older = { inbound: { tenProjects: { inboundPath: { perSecond: 34 } } }, packages: [{ handler: 'gone', bytes: 1024 }] };
    const rows = compareReports(older, report(70, 243, { bytes: 1024, ratioToBaseline: 1.5 }));
    expect(rows).toEqual([['inbound replies a second (10 projects)', '34', '70', '+106%']]);
  });
});
