// @ts-nocheck
// usage: npx tsx bench/_rev.mts FILE.jsonl   (ALL=1 prints every case)
import { readFileSync } from 'node:fs';
import { interpret } from '../shared/mail/reading/interpret';
const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
let wa = 0, missed = 0, ny = 0, y = 0;
for (const r of rows) {
  const x = interpret(r.text, r.question, { hasDate: false, hasContacts: false, attachmentNames: [] });
  const acted = x.intent === 'approve' && !x.needsReview;
  if (r.yes) { y++; if (!acted) { missed++; if (process.env.ALL || process.env.MISS) console.log(`MISS [${r.question}/${r.lang}] ${r.text}\n     ${x.intent}${x.needsReview ? ' REVIEW' : ''} | ${x.reasons.join(' | ').slice(0, 300)}`); } }
  else { ny++; if (acted) { wa++; if (!process.env.MISS) console.log(`WA [${r.question}/${r.lang}] ${r.text}  (${r.why})\n     ${x.reasons.join(' | ').slice(0, 300)}`); } }
}
console.log(JSON.stringify({ notYes: ny, actedAsYes: wa, yes: y, yesNotActed: missed }));
