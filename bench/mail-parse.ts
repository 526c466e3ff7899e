/**
 * `npm run measure:mail`: how fast mail is read, and how well reply text is found, on the fixture
 * corpus. Prints one JSON object. Speeds are messages per second on one core (a sequential loop)
 * and are meaningful only beside the baselines measured in the same run: mailparser with its
 * defaults, and mailparser with the options readMail gives it (so the ratio to that one is the
 * cost of understanding: kind, reply text, intent, dates, contacts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import EmailReplyParser from 'email-reply-parser';
import { simpleParser } from 'mailparser';
import { normalizeText, parseMail, readMail } from '../shared/mail';
import { MAILPARSER_OPTIONS } from '../shared/mail/parse';
import { bodyText } from '../shared/mail/body';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'mail');
const scenarios = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => f.slice(0, -4));
const corpus = scenarios.map((name) => ({
  name,
  raw: readFileSync(join(FIXTURES, `${name}.eml`)),
  expected: JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as { kind?: string; replyText?: string },
}));

/** A typical reply: a human one, under 20 KB (no big attachments). */
const typical = corpus.filter((m) => m.expected.kind === 'human' && m.raw.length < 20_000);

/**
 * Messages per second once warm: every typical reply read over and over for a second before the clock starts (a larger
 * reader has more code and regular expressions for the engine to compile; a warm Lambda reads mail so, and a cold start is
 * measured apart). Ten messages of warm-up, as before, still leave much of the reader unoptimized: `WARM_UP_SECONDS=0`.
 */
const warmUp = Number(process.env['WARM_UP_SECONDS'] ?? 1);

async function rate(run: (raw: Buffer) => Promise<unknown>, seconds: number): Promise<number> {
  for (const m of typical.slice(0, 10)) await run(m.raw);
  const warm = performance.now() + warmUp * 1000;
  while (performance.now() < warm) for (const m of typical) await run(m.raw);
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const m of typical) await run(m.raw);
    count += typical.length;
  }
  return count / ((performance.now() - start) / 1000);
}

const seconds = Number(process.env['MEASURE_SECONDS'] ?? 3);
const bare = await rate((raw) => simpleParser(raw), seconds);
const configured = await rate((raw) => simpleParser(raw, MAILPARSER_OPTIONS), seconds);
const ours = await rate((raw) => readMail(raw), seconds);

// Reply text: ours against email-reply-parser on the same bodies, both normalized the same way.
let oursRight = 0;
let libraryRight = 0;
let judged = 0;
for (const m of corpus) {
  if (m.expected.kind !== 'human' || typeof m.expected.replyText !== 'string') continue;
  const result = await readMail(m.raw);
  if (result.outcome !== 'read') continue;
  judged += 1;
  if (result.replyText === m.expected.replyText) oursRight += 1;
  const body = bodyText(await parseMail(m.raw));
  const library = normalizeText(new EmailReplyParser().read(body).getVisibleText());
  if (library === m.expected.replyText) libraryRight += 1;
}

const report = {
  corpus: {
    messages: corpus.length,
    typicalReplies: typical.length,
    meanTypicalBytes: Math.round(typical.reduce((n, m) => n + m.raw.length, 0) / typical.length),
  },
  parseSpeed: {
    bareMailparserPerSecond: Math.round(bare),
    mailparserAsConfiguredPerSecond: Math.round(configured),
    readMailPerSecond: Math.round(ours),
    ratioToBare: Number((ours / bare).toFixed(2)),
    ratioToConfigured: Number((ours / configured).toFixed(2)),
  },
  replyText: {
    judged,
    oursExact: oursRight,
    emailReplyParserExact: libraryRight,
  },
};
console.log(JSON.stringify(report, null, 2));
