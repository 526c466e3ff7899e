import { describe, expect, it } from 'vitest';
import { applyStaffAction, StaffActionRefusedError } from '../../shared/lifecycle/commands';
import { decide } from '../../shared/lifecycle/decide';
import { deadlineEvent } from '../../shared/lifecycle/deadlines';
import { readAt, readMail } from '../../shared/mail/read';
import type { MailReading } from '../../shared/mail/schemas';
import type { Project } from '../../shared/project/schemas';
import { cadmiumProjectAt } from '../helpers/projects';

/*
 * Never guess a decision (docs/mail-understanding.md#confidence): a yes or no the reader is not sure
 * of decides nothing, the PM is asked, and the PM's answer decides with the client's mail as evidence.
 */
const POC = 'pat.doe@acme-events.example';
const PM = 'sam.lee@vendor.example';
const AT = '2027-02-27T21:30:00.000Z';
const PASS = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };

async function replyAt(text: string, question: 'approval' | 'confirmation' = 'approval'): Promise<MailReading> {
  const raw = Buffer.from(
    `From: Pat Doe <${POC}>\r\nTo: svc@gocadmium.example\r\nSubject: Re: [INT-1001] Please approve your project plan\r\nMessage-ID: <r1@acme-events.example>\r\nDate: Sat, 27 Feb 2027 21:30:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}\r\n`,
  );
  const read = await readMail(raw);
  if (read.outcome !== 'read') throw new Error(read.message);
  return readAt(read, question);
}

const context = {
  at: AT,
  via: 'reply-key' as const,
  evidence: { kind: 'mail' as const, messageId: '<r1@acme-events.example>', from: POC, subject: 'Re: plan', receivedAt: AT },
  staffDomains: ['vendor.example'],
  serviceDomain: 'gocadmium.example',
  capacity: 3,
  others: [],
};

async function unsure(project: Project = cadmiumProjectAt('plan-approval')) {
  const reading = await replyAt('I think the plan looks fine, but let me double-check with our director.');
  expect(reading.needsReview).toBe(true);
  return decide(project, reading, 'plan', PASS, context);
}

describe('a reply the reader is not sure of', () => {
  it('decides nothing: the plan stays pending and the PM is asked once, with the guess and the reasons', async () => {
    const outcome = await unsure();
    expect(outcome.project.phase).toBe('plan-approval');
    expect(outcome.project.approvals[0]?.decisions[0]?.decision).toBe('pending');
    expect(outcome.notices.map((n) => [n.template, n.to])).toEqual([['reply-needs-review', 'staff']]);
    expect(outcome.project.reviews).toEqual([
      expect.objectContaining({ id: 'RV-1', step: 'plan', from: POC, guess: 'approve', status: 'open', evidence: context.evidence }),
    ]);
    expect(outcome.project.reviews[0]?.reasons.join(' ')).toContain('hedged yes');
  });

  it('stops the step’s reminders while the PM decides', async () => {
    const before = cadmiumProjectAt('plan-approval');
    const { project } = await unsure(before);
    expect(deadlineEvent(before, 'plan', '2027-02-26T15:00:00.000Z', 0)).toHaveProperty('client', 'plan-reminder');
    expect(deadlineEvent(project, 'plan', '2027-02-26T15:00:00.000Z', 0)).not.toHaveProperty('client');
    expect(deadlineEvent(project, 'plan', '2027-02-26T15:00:00.000Z', 1)).not.toHaveProperty('staff');
  });

  it('is superseded by a newer unclear reply to the same step: the PM decides the newest', async () => {
    const first = await unsure();
    const second = decide(first.project, await replyAt('Looks good I think, but let me check with legal first.'), 'plan', PASS, context);
    expect(second.project.reviews.map((r) => [r.id, r.status])).toEqual([
      ['RV-1', 'superseded'],
      ['RV-2', 'open'],
    ]);
  });
});

describe('the PM’s answer', () => {
  it('APPROVE by mail approves the plan with the client’s mail as the evidence', async () => {
    const { project } = await unsure();
    const pm = await replyAt('APPROVE\n\nPat confirmed on the phone.');
    const outcome = decide(project, { ...pm, mail: { ...pm.mail, from: { address: PM, name: null } } }, 'plan', PASS, context);
    expect(outcome.project.phase).toBe('requirements');
    const decision = outcome.project.approvals[0]?.decisions[0];
    expect(decision).toMatchObject({ email: POC, decision: 'approved', evidence: context.evidence });
    expect(outcome.project.reviews[0]).toMatchObject({ status: 'approved', decidedBy: PM });
    expect(outcome.readAs).toContain(`${PM} decided RV-1`);
  });

  it('decline from the CLI records the client’s request for changes', async () => {
    const { project } = await unsure();
    const outcome = applyStaffAction(
      project,
      { action: 'decline', reviewId: 'RV-1' },
      { by: PM, at: AT, evidence: { kind: 'staff-action', by: PM, action: 'decline' } },
    );
    expect(outcome.project.approvals[0]?.decisions[0]?.decision).toBe('declined');
    expect(outcome.notices.map((n) => n.template)).toContain('plan-changes-requested');
  });

  it('is refused in one line when nothing waits, the review was decided, or the step has closed', async () => {
    const staff = { by: PM, at: AT, evidence: { kind: 'staff-action' as const, by: PM, action: 'approve' } };
    expect(() => applyStaffAction(cadmiumProjectAt('plan-approval'), { action: 'approve' }, staff)).toThrow(
      new StaffActionRefusedError('no reply of INT-1001 waits for a decision'),
    );
    const { project } = await unsure();
    const approved = applyStaffAction(project, { action: 'approve' }, staff).project;
    expect(() => applyStaffAction(approved, { action: 'approve', reviewId: 'RV-1' }, staff)).toThrow('RV-1 is already approved');
    expect(() => applyStaffAction(project, { action: 'approve', reviewId: 'RV-9' }, staff)).toThrow('INT-1001 has no review RV-9');
  });
});

describe('details with a launch date the reader is not sure of', () => {
  it('records nothing that would close the step alone: the PM decides the confirmation', async () => {
    const project = cadmiumProjectAt('confirming-details');
    const reading = await replyAt('Launch on June 7 should work I think, but I need to check with our venue first.', 'confirmation');
    expect(reading.needsReview).toBe(true);
    const outcome = decide(project, reading, 'details', PASS, context);
    expect(outcome.project.timeline.current).toBeNull();
    expect(outcome.project.reviews[0]).toMatchObject({ step: 'details', launchDate: expect.stringMatching(/-06-07$/) });
  });
});
