/**
 * `npm run measure:replies`: the reader's figures on the labelled replies, the tuning set and the
 * held-back quarter apart when asked (`--held-back`; figures only, no case names). `--misses` lists the tuning set's misreadings
 * (never the held-back ones: they are not looked at case by case while the rules are tuned).
 *
 * `--out-of-fold`: the tuning set read as if unseen by the second reading. Its replies fall in five folds (by a hash of the
 * name); each fold is read with a model trained on the other four. The rules were tuned on these replies, the model never
 * saw them: its figures come close to the held-back quarter's, and its misreadings (`--misses`) may be read case by case.
 */
import { createHash } from 'node:crypto';
import type { IntentModel } from '../../shared/mail/reading/second-reading';
import { type Case, loadCases } from './cases';
import { figures, score, type Scored } from './score';
import { examplesOf, train } from './train';

const FOLDS = 5;
const foldOf = (name: string) => (createHash('md5').update(name).digest()[0] ?? 0) % FOLDS;

/** For each tuning reply, the model trained on the folds it is not in. */
async function outOfFoldModels(cases: readonly Case[]): Promise<(name: string) => IntentModel> {
  const examples = await examplesOf(cases);
  const models = Array.from({ length: FOLDS }, (_, k) =>
    train(
      examples.filter((e) => foldOf(e.name) !== k),
      `tune, all but fold ${k + 1} of ${FOLDS}`,
    ),
  );
  return (name) => models[foldOf(name)] as IntentModel;
}

const showMisses = process.argv.includes('--misses');
// The held-back figures (the quarter, and the trap batches' quarter apart) are printed only when asked (`--held-back`), and then as
// figures: no case names.
const heldBack = process.argv.includes('--held-back');
// A new batch in fresh/ is measured once as it is (figures only), before it is filed into the splits.
const fresh = process.argv.includes('--fresh');
const outOfFold = process.argv.includes('--out-of-fold');
const out: Record<string, unknown> = {};
for (const split of fresh ? (['fresh'] as const) : heldBack ? (['tune', 'held-back', 'held-back-hard'] as const) : (['tune'] as const)) {
  const scored: Scored[] = [];
  const cases = loadCases(split);
  const modelFor = outOfFold && split === 'tune' ? await outOfFoldModels(cases) : undefined;
  for (const c of cases) scored.push(await score(c, modelFor?.(c.name)));
  const f = figures(scored);
  const key = modelFor ? 'tune, out of fold' : split;
  out[key] = split !== 'tune' ? { ...f, wrongApprovals: f.wrongApprovals.length, text: { ...f.text, emptied: f.text.emptied.length } } : f;
  if (showMisses && split === 'tune') {
    for (const s of scored) {
      const wrongIntent = s.intent && !s.intent.flagged && s.intent.expected !== s.intent.actual;
      const textWrong = s.text && (s.text.missing.length > 0 || s.text.kept.length > 0 || s.text.empty);
      const itemsWrong = s.items && JSON.stringify(s.items.expected) !== JSON.stringify(s.items.actual);
      const crWrong = s.changeRequest && s.changeRequest.expected !== s.changeRequest.actual;
      const dateWrong = s.launchDate && s.launchDate.expected !== s.launchDate.actual;
      if (!s.kindRight || wrongIntent || textWrong || itemsWrong || crWrong || dateWrong || s.intent?.flagged)
        console.log(
          JSON.stringify({
            name: s.name,
            ...(s.kindRight ? {} : { kind: 'wrong' }),
            ...(s.intent && (wrongIntent || s.intent.flagged) ? { intent: s.intent } : {}),
            ...(textWrong ? { text: s.text } : {}),
            ...(itemsWrong ? { items: s.items } : {}),
            ...(crWrong ? { changeRequest: s.changeRequest } : {}),
            ...(dateWrong ? { launchDate: s.launchDate } : {}),
          }),
        );
    }
  }
}
console.log(JSON.stringify(out, null, 2));
