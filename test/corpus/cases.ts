import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The labelled replies (docs/mail-corpus.md): written from what clients write, by people who had not seen the rules. */
export const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'replies');

export type Split = 'tune' | 'held-back';
/**
 * Where a new batch waits before it is filed (`fresh`: measured once as it is, then split), and where the held-back part of a
 * trap batch goes (`held-back-hard`: batches written so that two thirds of them fool a careless reader, measured apart from
 * the held-back quarter, whose replies are a mailbox's mix; docs/mail-corpus.md).
 */
export type Folder = Split | 'fresh' | 'held-back-hard';

/**
 * The trap batches, by the prefix of their cases' names: those filed with `split.ts --hard` (their held-back quarter is in
 * `held-back-hard/`). The corpus test checks the list against that folder's names.
 */
export const TRAP_BATCHES: ReadonlySet<string> = new Set(
  'fj fk fl fm fv gj gs gx hb ho hw ij il in io is iv iw iy iz jc jh ji jj jl jm jo jp jq jv jw jx jz kg kj kl kp kr kt kv ky lb le lf lk ll lp lq lt lu lz ma mf mg mj mk mp ms mt my nr nt nz ok oe ou op'.split(
    ' ',
  ),
);

/** The batch a case belongs to: the prefix of its name. */
export const batchOf = (name: string): string => name.split('_')[0] ?? '';

/** A quarter of the cases are held back, chosen by a hash of the case's name: not by anyone's choice, and never moved. */
export function splitOf(name: string): Split {
  const first = createHash('sha256').update(name).digest()[0] ?? 0;
  return first % 4 === 0 ? 'held-back' : 'tune';
}

export const Label = z.object({
  process: z.string(),
  step: z.string(),
  sender: z.string().optional(),
  kind: z.enum(['human', 'auto-reply', 'bounce']),
  intent: z.enum(['approve', 'decline', 'inform', 'question', 'none']),
  changeRequest: z.boolean().optional(),
  requirements: z.object({ delivered: z.array(z.string()).default([]), pending: z.array(z.string()).default([]) }).optional(),
  launchDate: z.string().nullable().optional(),
  referenceDate: z.string().optional(),
  replyTextIncludes: z.array(z.string()).optional(),
  replyTextExcludes: z.array(z.string()).optional(),
  language: z.string(),
  $comment: z.string(),
});
export type Label = z.infer<typeof Label>;

export interface Case {
  readonly name: string;
  readonly split: Folder;
  readonly raw: Buffer;
  readonly label: Label;
}

/** A label, or an error that names its case. */
function parseLabel(name: string, text: string): Label {
  const parsed = Label.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${name}.expected.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The cases of one split (or both), sorted by name. */
export function loadCases(split?: Folder): Case[] {
  const splits: Folder[] = split ? [split] : ['tune', 'held-back', 'held-back-hard'];
  return splits.flatMap((s) => {
    const dir = join(CORPUS, s);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .map((f) => {
        const name = f.slice(0, -4);
        return {
          name,
          split: s,
          raw: readFileSync(join(dir, f)),
          label: parseLabel(name, readFileSync(join(dir, `${name}.expected.json`), 'utf8')),
        };
      });
  });
}
