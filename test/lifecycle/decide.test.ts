import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CorrelatedVia, decide, type Verdicts } from '../../shared/lifecycle/decide';
import { readClauses } from '../../shared/mail/reading/clauses';
import type { MailReading } from '../../shared/mail/schemas';
import { Project } from '../../shared/project/schemas';
import { cadmiumProjectAt as projectAt } from '../helpers/projects';

/*
 * The decision of what a reply does, specified by tables (test/fixtures/decisions/*.json): a project
 * at a step, a reading, a sender, how the mail was correlated (`via`, the reply key unless given)
 * and the SES verdicts → the outcome, its reason, its notices.
 * Pure, so a change to how replies are read is tried here in milliseconds.
 */
interface DecisionCase {
  readonly case: string;
  /** EventTech: the phase the project is in. */
  readonly phase?: string;
  /** Paytronix: the step the project waits on. */
  readonly step?: string;
  readonly keyStep?: string;
  /** How the mail was matched to the project: its reply key unless a case says otherwise. */
  readonly via?: CorrelatedVia;
  readonly from: keyof typeof SENDERS;
  readonly verdicts?: Partial<Verdicts>;
  readonly reading: {
    readonly intent: MailReading['intent'];
    readonly text: string;
    readonly kind?: MailReading['kind'];
    readonly launchDate?: string;
    /** The d= domain of the one DKIM signature the mail carries. */
    readonly dkim?: string;
    /** The reader was not sure enough of a yes or no: the PM decides. */
    readonly needsReview?: boolean;
    /** The reply asks for more than was agreed. */
    readonly scope?: boolean;
    /** The text names what it mentions as still to come. */
    readonly pending?: boolean;
  };
  readonly expect: {
    readonly readAs?: string;
    readonly reason?: string;
    readonly phase?: string;
    readonly notices: readonly string[];
    /** The record comes back exactly as it went in. */
    readonly unchanged?: boolean;
  };
}

const tableOf = (process: string) =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'decisions', `${process}.json`), 'utf8')) as { cases: DecisionCase[] }).cases;
const AT = '2027-03-01T15:00:00.000Z';
const SENDERS = {
  poc: 'pat.doe@acme-events.example',
  pm: 'sam.lee@vendor.example',
  stranger: 'someone@elsewhere.example',
  tc: 'tess.cole@vendor.example',
  sales: 'sal.ruiz@vendor.example',
  team: 'integrations@vendor.example',
  client: 'casey@harbor-grill.example',
  integrator: 'dev@crumbsoft.example',
};

/** A Paytronix record waiting on `step`, with everything before it done. */
function paytronixAt(step: string): Project {
  const done = { at: '2027-02-01T15:00:00.000Z', by: SENDERS.tc };
  const ask = (subject: string, mode: string, emails: readonly [string, string][], approved = false) => ({
    subject,
    mode,
    requestedAt: '2027-02-02T15:00:00.000Z',
    revision: 1,
    summary: subject,
    // The TC sends the schedule: their own approval is recorded with it, as SEND SCHEDULE does.
    decisions: emails.map(([email, role]) => ({ email, role, decision: approved || role === 'technical-consultant' ? 'approved' : 'pending' })),
  });
  const clientSide: [string, string][] = [
    [SENDERS.client, 'client'],
    [SENDERS.integrator, 'integrator'],
  ];
  const everyone: [string, string][] = [[SENDERS.tc, 'technical-consultant'], [SENDERS.sales, 'sales'], [SENDERS.team, 'integrations-team'], ...clientSide];
  const order = ['discovery', 'work-order', 'schedule', 'build', 'client-qa'];
  const past = (s: string) => order.indexOf(s) < order.indexOf(step);
  const progress: Record<string, typeof done> = {};
  if (past('discovery')) Object.assign(progress, { feasible: done, 'idi-held': done });
  if (past('schedule')) Object.assign(progress, { 'welcome-sent': done });
  if (past('build')) Object.assign(progress, { 'test-cards-sent': done, 'test-user-created': done, 'integrator-qa-complete#1': done });
  const approvals = [
    ...(past('discovery') ? [ask('work-order', 'any-one', clientSide, past('work-order'))] : []),
    ...(past('work-order') ? [ask('schedule', 'all', everyone, past('schedule'))] : []),
  ];
  return Project.parse({
    id: 'INT-2051',
    process: 'paytronix',
    title: 'Loyalty website',
    client: { name: 'Harbor Grill' },
    phase: step === 'discovery' ? 'discovery' : past('schedule') ? 'development' : 'requirements',
    parties: everyone.map(([email, role]) => ({ role, email, name: role, verified: true })),
    idi: past('discovery') ? { start: '2027-01-20T15:00:00.000Z', minutes: 60, uid: 'int-2051-idi@vendor.example', sequence: 0 } : undefined,
    approvals,
    progress,
    createdAt: '2027-01-04T15:00:00.000Z',
    updatedAt: '2027-01-04T15:00:00.000Z',
    version: 0,
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
    launchDate: c.reading.launchDate ?? null,
    confidence: c.reading.needsReview ? 0.5 : 1,
    needsReview: c.reading.needsReview ?? false,
    reasons: [],
    question: 'open',
    scope: c.reading.scope ?? false,
    changes: c.reading.intent === 'decline',
    delivered: c.reading.pending ? [] : [c.reading.text],
    pending: c.reading.pending ? [c.reading.text] : [],
    languages: ['en'],
    // The clauses of the text, as the reader gives them: a process reads items (requirements, materials) from them.
    clauseReading: readClauses(c.reading.text),
    mailSignals: {},
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
      headers: new Map(
        c.reading.dkim ? [['dkim-signature', `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${c.reading.dkim}; s=s1; h=from:to:subject; bh=x; b=y`]] : [],
      ),
      contentType: { value: 'text/plain', params: {} },
      text: c.reading.text,
      html: null,
      parts: [],
      sizeBytes: c.reading.text.length,
    },
  } as MailReading;
}

describe.each([
  { process: 'cadmium', at: (c: DecisionCase) => projectAt(c.phase ?? 'contracted') },
  { process: 'paytronix', at: (c: DecisionCase) => paytronixAt(c.step ?? 'discovery') },
])('what a reply does to a %s project (test/fixtures/decisions/%s.json)', ({ process, at }) => {
  it.each(tableOf(process).map((c) => ({ ...c, label: c.case })))('$label', (c) => {
    const verdicts: Verdicts = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', ...c.verdicts };
    const reading = readingOf(c);
    const project = at(c);
    const outcome = decide(project, reading, c.keyStep, verdicts, {
      at: AT,
      via: c.via ?? 'reply-key',
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
    if (c.expect.unchanged) expect(outcome.project).toEqual(project);
  });
});
