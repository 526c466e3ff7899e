import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide, type Verdicts } from '../../shared/lifecycle/decide';
import type { MailReading } from '../../shared/mail/schemas';
import { Project } from '../../shared/project/schemas';
import { sampleProject } from '../helpers/projects';

/*
 * The decision of what a reply does, specified by tables (test/fixtures/decisions/*.json): a project
 * at a step, a reading, a sender and the SES verdicts → the outcome, its reason, its notices.
 * Pure, so a change to how replies are read is tried here in milliseconds.
 */
interface DecisionCase {
  readonly case: string;
  readonly phase: string;
  readonly keyStep?: string;
  readonly from: 'poc' | 'pm' | 'stranger';
  readonly verdicts?: Partial<Verdicts>;
  readonly reading: { readonly intent: MailReading['intent']; readonly text: string; readonly kind?: MailReading['kind'] };
  readonly expect: { readonly readAs?: string; readonly reason?: string; readonly phase?: string; readonly notices: readonly string[] };
}

const table = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'decisions', 'cadmium.json'), 'utf8')) as { cases: DecisionCase[] };
const AT = '2027-03-01T15:00:00.000Z';
const SENDERS = { poc: 'pat.doe@acme-events.example', pm: 'sam.lee@vendor.example', stranger: 'someone@elsewhere.example' };

/** An EventTech record at `phase`, as far along as that phase needs (a timeline; a plan to approve; tested work). */
function projectAt(phase: string): Project {
  const base = sampleProject('INT-1001', { launch: '2027-06-07', phase });
  const timeline = phase === 'contracted' ? { original: null, current: null } : base.timeline;
  const plan = {
    subject: 'project-plan',
    mode: 'any-one',
    requestedAt: '2027-02-26T15:00:00.000Z',
    revision: 1,
    decisions: [{ email: SENDERS.poc, role: 'client-poc', decision: 'pending' }],
  };
  const approvedPlan = { ...plan, decisions: [{ email: SENDERS.poc, role: 'client-poc', decision: 'approved', at: '2027-02-27T15:00:00.000Z' }] };
  const done = { at: '2027-02-20T15:00:00.000Z', by: SENDERS.pm };
  const progress =
    phase === 'client-testing'
      ? {
          'contract-reviewed': done,
          'kickoff-held': done,
          'submitted-for-development': done,
          'review-complete': done,
          'development-complete#1': done,
          'qa-complete#1': done,
        }
      : phase === 'contracted'
        ? {}
        : { 'contract-reviewed': done, 'kickoff-held': done };
  const received = { at: '2027-02-28T15:00:00.000Z', evidence: { kind: 'staff-action', by: SENDERS.pm, action: 'recorded' } };
  return Project.parse({
    ...base,
    timeline,
    approvals: phase === 'plan-approval' ? [plan] : phase === 'contracted' ? [] : [approvedPlan],
    requirements: phase === 'client-testing' ? base.requirements.map((r) => ({ ...r, received })) : base.requirements,
    progress,
  });
}

function readingOf(c: DecisionCase): MailReading {
  const address = SENDERS[c.from];
  return {
    outcome: 'read',
    kind: c.reading.kind ?? 'human',
    intent: c.reading.intent,
    replyText: c.reading.text,
    autoReplyReason: c.reading.kind === 'auto-reply' ? 'auto-submitted' : null,
    bounce: null,
    launchDate: null,
    contacts: [],
    attachments: [],
    mail: {
      messageId: '<reply@example>',
      from: { address, name: null },
      to: [],
      cc: [],
      deliveredTo: [],
      replyTo: [],
      subject: 'Re: [INT-1001] Your project',
      date: AT,
      inReplyTo: null,
      references: [],
      headers: new Map(),
      contentType: { value: 'text/plain', params: {} },
      text: c.reading.text,
      html: null,
      parts: [],
      sizeBytes: c.reading.text.length,
    },
  } as MailReading;
}

describe('what a reply does (decision tables)', () => {
  it.each(table.cases.map((c) => ({ ...c, label: c.case })))('$label', (c) => {
    const verdicts: Verdicts = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', ...c.verdicts };
    const reading = readingOf(c);
    const outcome = decide(projectAt(c.phase), reading, c.keyStep, verdicts, {
      at: AT,
      evidence: { kind: 'mail', messageId: '<reply@example>', from: reading.mail.from.address, subject: reading.mail.subject, receivedAt: AT },
      staffDomains: [],
      serviceDomain: 'gocadmium.example',
      capacity: 3,
      others: [],
    });
    expect(outcome.notActedOn?.name).toBe(c.expect.reason);
    if (c.expect.readAs) expect(outcome.readAs).toContain(c.expect.readAs);
    if (c.expect.phase) expect(outcome.project.phase).toBe(c.expect.phase);
    expect(outcome.notices.map((n) => n.template)).toEqual(c.expect.notices);
  });
});
