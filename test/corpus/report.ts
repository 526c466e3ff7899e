/**
 * `npm run measure:replies`: the reader's figures on the labelled replies, the tuning set and the
 * held-back quarter apart when asked (`--held-back`; figures only, no case names). `--misses` lists the tuning set's misreadings
 * (never the held-back ones: they are not looked at case by case while the rules are tuned).
 */
import { loadCases } from './cases';
import { figures, score, type Scored } from './score';

const showMisses = process.argv.includes('--misses');
// The held-back figures are printed only when asked (`--held-back`), and then as figures: no case names.
const heldBack = process.argv.includes('--held-back');
// A new batch in fresh/ is measured once as it is (figures only), before it is filed into the splits.
const fresh = process.argv.includes('--fresh');
const out: Record<string, unknown> = {};
for (const split of fresh ? (['fresh'] as const) : heldBack ? (['tune', 'held-back'] as const) : (['tune'] as const)) {
  const scored: Scored[] = [];
  for (const c of loadCases(split)) scored.push(await score(c));
  const f = figures(scored);
  out[split] = split !== 'tune' ? { ...f, wrongApprovals: f.wrongApprovals.length, text: { ...f.text, emptied: f.text.emptied.length } } : f;
  if (showMisses && split === 'tune') {
    for (const s of scored) {
      const wrongIntent = s.intent && !s.intent.flagged && s.intent.expected !== s.intent.actual;
      const textWrong = s.text && (s.text.missing.length > 0 || s.text.kept.length > 0 || s.text.empty);
      const itemsWrong = s.items && JSON.stringify(s.items.expected) !== JSON.stringify(s.items.actual);
      const crWrong = s.changeRequest && s.changeRequest.expected !== s.changeRequest.actual;
      if (!s.kindRight || wrongIntent || textWrong || itemsWrong || crWrong || s.intent?.flagged)
        console.log(
          JSON.stringify({
            name: s.name,
            ...(s.kindRight ? {} : { kind: 'wrong' }),
            ...(s.intent && (wrongIntent || s.intent.flagged) ? { intent: s.intent } : {}),
            ...(textWrong ? { text: s.text } : {}),
            ...(itemsWrong ? { items: s.items } : {}),
            ...(crWrong ? { changeRequest: s.changeRequest } : {}),
          }),
        );
    }
  }
}
console.log(JSON.stringify(out, null, 2));
