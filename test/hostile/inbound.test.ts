import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClock } from '../../local/clock';
import { LocalRuntime } from '../../local/runtime';
import { replyAddress, signReplyKey } from '../../shared/lifecycle/reply-key';
import { handleInbound } from '../../shared/lifecycle/service';
import type { Project } from '../../shared/project/schemas';

const SERVICE = 'integrationservices@gocadmium.example';
let runtime: LocalRuntime;
let a: Project;
let b: Project;

/** A plain reply, the kind that would set A's timeline if it were acted on. */
function mail(headers: Record<string, string>, body = "Details are correct. We'd like to go live on April 19, 2027."): Buffer {
  const lines = {
    'Message-ID': `<${Math.random().toString(36).slice(2)}@acme.example>`,
    Date: new Date().toUTCString(),
    Subject: `Re: [${a.id}] Please confirm your integration details`,
    ...headers,
  };
  return Buffer.from(
    `${Object.entries(lines)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')}\r\n\r\n${body}\r\n`,
  );
}

const key = (project: Project, step: 'details' | 'plan' = 'details') =>
  replyAddress(SERVICE, signReplyKey({ projectId: project.id, step }, runtime.ports.config.replyKeys));

/**
 * What a mail could change: phase, timeline, parties, decisions, requirements, the ledger, and
 * progress other than the workflow's own bookkeeping (when a wait began, which notices went out).
 * A turned-away mail still joins the mail log and the processed Message-IDs, on purpose.
 */
function decisionState(project: Project) {
  const progress = Object.keys(project.progress).filter((k) => !k.startsWith('waiting:') && !k.startsWith('sent:'));
  const { phase, timeline, parties, approvals, requirements, changeRequests, ledger, questions } = project;
  return { phase, timeline, parties, approvals, requirements, changeRequests, ledger, questions, progress };
}

async function unchanged(project: Project): Promise<void> {
  const now = await runtime.ports.store.require(project.id);
  expect(decisionState(now)).toEqual(decisionState(project));
  expect(now.timeline.current).toBeNull();
}

beforeAll(async () => {
  runtime = await LocalRuntime.start({ dataDir: await mkdtemp(join(tmpdir(), 'hostile-')), clock: realClock(), smtpPort: 0 });
  const create = (client: string, poc: string) =>
    runtime.createProject({
      process: 'cadmium',
      title: 'Sync',
      client,
      poc: { name: 'Pat Doe', email: poc },
      pm: { name: 'Sam Lee', email: 'sam.lee@gocadmium.example' },
    });
  const first = await create('Acme Events', 'pat@acme.example');
  const second = await create('Bravo Expo', 'kim@bravo.example');
  for (const p of [first, second]) await runtime.staff(p.id, { action: 'contract-reviewed' }, 'sam.lee@gocadmium.example');
  await runtime.idle();
  a = await runtime.ports.store.require(first.id);
  b = await runtime.ports.store.require(second.id);
}, 60_000);

afterAll(async () => {
  await runtime?.stop();
});

describe('hostile inbound mail ends recorded with a named reason and changes no project', () => {
  it('a forged From of the POC with a failing DMARC verdict', async () => {
    const result = await runtime.deliver(mail({ From: 'Pat Doe <pat@acme.example>', To: key(a) }), [key(a)], { dmarc: 'FAIL' });
    expect(result).toMatchObject({ actedOn: false, reason: 'AuthenticationFailedError' });
    await unchanged(a);
  });

  it('a valid-looking reply key with a wrong HMAC', async () => {
    const forged = key(a).replace(/\.[0-9a-f]{12}@/, '.0123456789ab@');
    const result = await runtime.deliver(mail({ From: 'pat@acme.example', To: forged }), [forged]);
    expect(result).toMatchObject({ actedOn: false, reason: 'ForgedReplyKeyError' });
    await unchanged(a);
  });

  it("a real key of another project, replayed by this project's POC", async () => {
    const result = await runtime.deliver(mail({ From: 'pat@acme.example', To: key(b) }), [key(b)]);
    expect(result).toMatchObject({ projectId: b.id, actedOn: false, reason: 'SenderNotAllowedError' });
    await unchanged(a);
    await unchanged(b);
  });

  it('a real key sent by an address that is not a party', async () => {
    const result = await runtime.deliver(mail({ From: 'mallory@elsewhere.example', To: key(a) }), [key(a)]);
    expect(result).toMatchObject({ actedOn: false, reason: 'SenderNotAllowedError' });
    await unchanged(a);
  });

  it('a mail over the size limit, refused at the SMTP door', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: runtime.smtpPort, secure: false, ignoreTLS: true });
    const big = Buffer.concat([mail({ From: 'pat@acme.example', To: key(a) }), Buffer.alloc(26 * 1024 * 1024, 0x61)]);
    await expect(transport.sendMail({ envelope: { from: 'pat@acme.example', to: [key(a)] }, raw: big })).rejects.toThrow(/552|size/i);
    transport.close();
    await unchanged(a);
  });

  it('deeply nested message/rfc822', async () => {
    let inner = mail({ From: 'pat@acme.example', To: key(a) }).toString();
    for (let i = 0; i < 30; i += 1) inner = `From: pat@acme.example\r\nTo: ${key(a)}\r\nContent-Type: message/rfc822\r\n\r\n${inner}`;
    const result = await runtime.deliver(Buffer.from(inner), [key(a)]);
    expect(result).toMatchObject({ actedOn: false, reason: 'MimeTooDeepError' });
    await unchanged(a);
  });

  it('thousands of recipients', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `u${i}@spam.example`).join(', ');
    const result = await runtime.deliver(mail({ From: 'pat@acme.example', To: key(a), Cc: many }), [key(a)]);
    expect(result).toMatchObject({ actedOn: false, reason: 'TooManyRecipientsError' });
    await unchanged(a);
  });

  it('an auto-responder that answers every notice is never answered: the loop stops after one exchange', async () => {
    const before = (await readdir(runtime.outboxDir)).length;
    for (let i = 0; i < 3; i += 1) {
      const result = await runtime.deliver(
        mail(
          { From: 'pat@acme.example', To: key(a), Subject: `Automatic reply: [${a.id}] Please confirm`, 'Auto-Submitted': 'auto-replied' },
          'I am out of the office.',
        ),
        [key(a)],
      );
      expect(result).toMatchObject({ actedOn: false, reason: 'AutoReplyIgnoredError' });
    }
    await runtime.idle();
    expect((await readdir(runtime.outboxDir)).length).toBe(before);
    await unchanged(a);
  });
});

describe('values from outside never reach a header or the HTML unescaped', () => {
  it('a client name with CR/LF and HTML becomes neither a header nor markup', async () => {
    const evil = await runtime.createProject({
      process: 'cadmium',
      title: 'Sync <script>alert(1)</script>',
      client: 'Evil\r\nBcc: victim@elsewhere.example',
      poc: { name: 'Eve <b>', email: 'eve@evil.example' },
      pm: { name: 'Sam Lee', email: 'sam.lee@gocadmium.example' },
    });
    await runtime.staff(evil.id, { action: 'contract-reviewed' }, 'sam.lee@gocadmium.example');
    await runtime.idle();
    const files = (await readdir(runtime.outboxDir)).sort();
    const raws = await Promise.all(files.map((f) => readFile(join(runtime.outboxDir, f), 'utf8')));
    const sentToEvil = raws.filter((raw) => raw.includes(`[${evil.id}]`));
    expect(sentToEvil.length).toBeGreaterThan(0);
    for (const raw of sentToEvil) {
      const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
      expect(head).not.toMatch(/^Bcc:/im);
      const parsed = await simpleParser(raw);
      expect(parsed.bcc).toBeUndefined();
      expect(parsed.subject).not.toMatch(/[\r\n]/);
      expect(parsed.html).not.toContain('<script>');
      expect(parsed.html).not.toContain('<b>');
    }
  });
});

describe('two replies to the same decision at the same moment', () => {
  it('gives one decision and records the other as superseded, never a corrupted record', async () => {
    const project = await runtime.createProject({
      process: 'cadmium',
      title: 'Sync',
      client: 'Charlie Shows',
      poc: { name: 'Cleo', email: 'cleo@charlie.example' },
      pm: { name: 'Sam Lee', email: 'sam.lee@gocadmium.example' },
    });
    await runtime.staff(project.id, { action: 'contract-reviewed' }, 'sam.lee@gocadmium.example');
    await runtime.deliver(
      mail({ From: 'cleo@charlie.example', To: key(project), Subject: `Re: [${project.id}] details` }, 'All correct. Launch on April 19, 2027.'),
      [key(project)],
    );
    await runtime.staff(project.id, { action: 'kickoff-held' }, 'sam.lee@gocadmium.example');
    await runtime.idle();
    // Both replies are read before either is written: the store holds each first read until both have read.
    let reads = 0;
    let release: () => void = () => undefined;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const store = runtime.ports.store;
    const racing = Object.assign(Object.create(store) as typeof store, {
      require: async (id: string) => {
        const found = await store.require(id);
        reads += 1;
        if (reads === 2) release();
        if (reads <= 2) await bothRead;
        return found;
      },
    });
    const ports = { ...runtime.ports, store: racing };
    const plan = key(project, 'plan');
    const deliver = (text: string) =>
      handleInbound(ports, {
        raw: mail({ From: 'cleo@charlie.example', To: plan, Subject: `Re: [${project.id}] plan` }, text),
        rawRef: 'race',
        envelopeRecipients: [plan],
        verdicts: { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
      });
    const [approve, decline] = await Promise.all([deliver('Approved.'), deliver('Not approved: please change the scope first.')]);
    expect([approve, decline].filter((r) => r.actedOn)).toHaveLength(1);
    expect([approve, decline].filter((r) => r.reason === 'SupersededReplyError')).toHaveLength(1);
    const stored = await store.require(project.id);
    const decisions = stored.approvals.filter((x) => x.subject === 'project-plan').flatMap((x) => x.decisions.map((d) => d.decision));
    expect(decisions).toEqual([approve.actedOn ? 'approved' : 'declined']);
    expect(stored.changeRequests).toEqual([]);
  });
});

/*
 * Trust by evidence: a verdict that is not FAIL is not a proof. A domain without a DMARC record gets
 * GRAY, so anyone can write its addresses in From; the [INT-…] subject tag is guessable.
 */
describe('a mail that proves neither its sender nor that it answers a notice decides nothing', () => {
  const PM = 'sam.lee@gocadmium.example';
  const NO_DMARC = { dmarc: 'GRAY', dkim: 'GRAY', spf: 'GRAY' } as const;

  const fresh = (client: string, poc: string) =>
    runtime.createProject({ process: 'cadmium', title: 'Sync', client, poc: { name: 'Pat Doe', email: poc }, pm: { name: 'Sam Lee', email: PM } });

  /** The mails the outbox gained after `before` (a listing of it), parsed. */
  async function sentSince(before: readonly string[]) {
    await runtime.idle();
    const files = (await readdir(runtime.outboxDir)).filter((f) => !before.includes(f)).sort();
    return Promise.all(files.map(async (f) => simpleParser(await readFile(join(runtime.outboxDir, f)))));
  }
  type Sent = Awaited<ReturnType<typeof simpleParser>>;
  const addressesOf = (parsed: Sent) => [parsed.to ?? []].flat().flatMap((to) => to.value.map((v) => v.address?.toLowerCase()));
  /** The one `not-acted-on` notice among `sent`: to the PM, naming `reason` and quoting `words`. */
  function toldThePm(sent: readonly Sent[], reason: string, words: string): void {
    const told = sent.filter((m) => m.subject?.includes('Mail not acted on'));
    expect(told).toHaveLength(1);
    const [notice] = told as [Sent];
    expect(addressesOf(notice)).toContain(PM);
    expect(notice.text).toContain(reason);
    expect(notice.text).toContain(words);
  }

  it('a staff command from a forged staff address on a domain without DMARC (GRAY) is not obeyed, and the PM is told', async () => {
    const project = await fresh('Echo Events', 'eli@echo.example');
    await runtime.idle();
    const before = await readdir(runtime.outboxDir);
    const command = (verdicts: Record<string, string>) =>
      runtime.deliver(mail({ From: `Sam Lee <${PM}>`, To: SERVICE, Subject: `[${project.id}] contract` }, 'CONTRACT REVIEWED'), [SERVICE], verdicts);
    const refused = await command(NO_DMARC);
    expect(refused).toMatchObject({ projectId: project.id, actedOn: false, reason: 'UnauthenticatedCommandError' });
    await unchanged(project);
    toldThePm(await sentSince(before), 'UnauthenticatedCommandError', 'CONTRACT REVIEWED');
    // Signed by another domain (anyone can sign for a domain of their own): a DKIM pass, but not the sender's.
    const signedElsewhere = await runtime.deliver(
      mail(
        {
          From: `Sam Lee <${PM}>`,
          To: SERVICE,
          Subject: `[${project.id}] contract`,
          'DKIM-Signature': 'v=1; a=rsa-sha256; d=attacker.example; s=s1; h=from; bh=x; b=y',
        },
        'CONTRACT REVIEWED',
      ),
      [SERVICE],
      { ...NO_DMARC, dkim: 'PASS' },
    );
    expect(signedElsewhere).toMatchObject({ projectId: project.id, actedOn: false, reason: 'UnauthenticatedCommandError' });
    await unchanged(project);
    // The same command, signed by the staff domain itself (a DKIM pass for it, no DMARC record), is obeyed.
    const obeyed = await runtime.deliver(
      mail(
        {
          From: `Sam Lee <${PM}>`,
          To: SERVICE,
          Subject: `[${project.id}] contract`,
          'DKIM-Signature': `v=1; a=rsa-sha256; d=${PM.split('@')[1]}; s=s1; h=from; bh=x; b=y`,
        },
        'CONTRACT REVIEWED',
      ),
      [SERVICE],
      { ...NO_DMARC, dkim: 'PASS' },
    );
    expect(obeyed).toMatchObject({ projectId: project.id, actedOn: true });
    expect((await runtime.ports.store.require(project.id)).phase).toBe('confirming-details');
  });

  it('a client approval from a forged POC address on a domain without DMARC (GRAY) decides nothing', async () => {
    const result = await runtime.deliver(mail({ From: 'Pat Doe <pat@acme.example>', To: SERVICE }), [SERVICE], NO_DMARC);
    expect(result).toMatchObject({ projectId: a.id, actedOn: false, reason: 'UnprovenDecisionError' });
    await unchanged(a);
  });

  it('an approval matched only by the subject tag decides nothing and the PM is told; threaded to the notice, it decides', async () => {
    const project = await fresh('Delta Fairs', 'dana@delta.example');
    await runtime.staff(project.id, { action: 'contract-reviewed' }, PM);
    await runtime.idle();
    const atDetails = await runtime.ports.store.require(project.id);
    const before = await readdir(runtime.outboxDir);
    const approval = (headers: Record<string, string>) =>
      mail({ From: 'dana@delta.example', To: SERVICE, Subject: `Re: [${project.id}] Please confirm your integration details`, ...headers });
    // A DKIM pass without DMARC does not prove a client's domain: only the reply key, the thread or a DMARC pass do.
    const result = await runtime.deliver(approval({}), [SERVICE], { ...NO_DMARC, spf: 'PASS', dkim: 'PASS' });
    expect(result).toMatchObject({ projectId: project.id, actedOn: false, reason: 'UnprovenDecisionError' });
    await unchanged(atDetails);
    const sentSinceRefusal = await sentSince(before);
    toldThePm(sentSinceRefusal, 'UnprovenDecisionError', 'Details are correct.');
    // The sender is not answered: a turned-away mail never is.
    expect(sentSinceRefusal.flatMap(addressesOf)).not.toContain('dana@delta.example');
    // The same reply, threaded to the confirmation request it answers, proves the client saw it.
    const files = await readdir(runtime.outboxDir);
    const sent = await Promise.all(files.map(async (f) => simpleParser(await readFile(join(runtime.outboxDir, f)))));
    const request = sent.find((m) => m.subject?.includes(`[${project.id}]`) && addressesOf(m).includes('dana@delta.example'));
    expect(request?.messageId).toBeDefined();
    const threaded = await runtime.deliver(approval({ 'In-Reply-To': request?.messageId ?? '' }), [SERVICE], NO_DMARC);
    expect(threaded).toMatchObject({ projectId: project.id, actedOn: true });
    expect((await runtime.ports.store.require(project.id)).timeline.current).not.toBeNull();
  });
});
