import { readAtStep, readMail } from '../../shared/mail/read';
import { withoutQuotedContext } from '../../shared/mail/reply-text';
import type { IntentModel } from '../../shared/mail/reading/second-reading';
import type { MailReading } from '../../shared/mail/schemas';
import { processModule } from '../../shared/processes/registry';
import type { Case } from './cases';

/** What the reader made of one labelled reply, and where it differs from the label. */
export interface Scored {
  readonly name: string;
  readonly language: string;
  readonly kindRight: boolean;
  /** Human replies only (the label says human and the reader agreed). */
  readonly intent?: {
    readonly expected: string;
    readonly actual: string;
    readonly flagged: boolean;
    readonly confidence: number;
    readonly reasons: readonly string[];
  };
  readonly wrongApproval: boolean;
  readonly text?: { readonly missing: readonly string[]; readonly kept: readonly string[]; readonly empty: boolean };
  readonly changeRequest?: { readonly expected: boolean; readonly actual: boolean };
  readonly items?: { readonly expected: { delivered: string[]; pending: string[] }; readonly actual: { delivered: string[]; pending: string[] } };
  readonly launchDate?: { readonly expected: string | null; readonly actual: string | null };
}

/** Folded for comparison: what the label quotes and what the reader kept, both with spaces and quotes evened out. */
const even = (s: string) =>
  s
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[’‘]/g, "'")
    .trim()
    .toLowerCase();

/**
 * The approval after which new scope is a change request (the processes' replies.ts file one only
 * then): a reply at a step before it, or at it, asks for scope the plan or order can still take.
 */
const APPROVAL_STEP: Readonly<Record<string, string>> = { cadmium: 'plan', paytronix: 'work-order' };
function afterApproval(process: string, step: string): boolean {
  const steps = processModule(process).steps;
  const approval = APPROVAL_STEP[process];
  return approval !== undefined && steps.indexOf(step) > steps.indexOf(approval);
}

/** Scores a reply, its second reading by the committed model or by one given (trained without it: an out-of-fold run). */
export async function score(c: Case, model?: IntentModel): Promise<Scored> {
  const read = await readMail(c.raw, c.label.referenceDate ? { referenceDate: c.label.referenceDate } : {});
  const base = { name: c.name, language: c.label.language };
  if (read.outcome !== 'read') return { ...base, kindRight: false, wrongApproval: false };
  const module = processModule(c.label.process);
  const reading: MailReading = readAtStep(read, module, c.label.step, model);
  const kindRight = reading.kind === c.label.kind;
  if (c.label.kind !== 'human' || reading.kind !== 'human') {
    // A machine's mail read as a person's could decide something: that counts like a wrong reading.
    return { ...base, kindRight, wrongApproval: reading.kind === 'human' && reading.intent === 'approve' && !reading.needsReview };
  }
  const flagged = reading.needsReview;
  // The quoted lines an inline answer keeps for context (`> …`, docs/mail-understanding.md) are not the sender's new text.
  const text = even(reading.replyText);
  const own = even(withoutQuotedContext(reading.replyText));
  const items = module.itemsIn?.(reading);
  return {
    ...base,
    kindRight,
    intent: { expected: c.label.intent, actual: reading.intent, flagged, confidence: reading.confidence, reasons: reading.reasons },
    wrongApproval: !flagged && reading.intent === 'approve' && c.label.intent !== 'approve',
    text: {
      missing: (c.label.replyTextIncludes ?? []).filter((p) => !text.includes(even(p))),
      kept: (c.label.replyTextExcludes ?? []).filter((p) => own.includes(even(p))),
      empty: reading.replyText.trim() === '',
    },
    ...(c.label.changeRequest !== undefined
      ? { changeRequest: { expected: c.label.changeRequest, actual: reading.scope && afterApproval(c.label.process, c.label.step) } }
      : {}),
    ...(c.label.requirements && items
      ? {
          items: {
            expected: { delivered: [...c.label.requirements.delivered].sort(), pending: [...c.label.requirements.pending].sort() },
            actual: { delivered: [...items.delivered].sort(), pending: [...items.pending].sort() },
          },
        }
      : {}),
    ...(c.label.launchDate !== undefined ? { launchDate: { expected: c.label.launchDate, actual: reading.launchDate } } : {}),
  };
}

export interface Figures {
  readonly cases: number;
  readonly kind: { readonly right: number; readonly of: number };
  /** Human replies: acted on (not flagged), right among those acted on, flagged for the PM. */
  readonly intent: {
    readonly human: number;
    readonly acted: number;
    readonly right: number;
    readonly flagged: number;
    readonly accuracyActed: number;
    readonly flaggedShare: number;
  };
  readonly wrongApprovals: readonly string[];
  readonly text: { readonly judged: number; readonly right: number; readonly emptied: readonly string[] };
  readonly changeRequests: { readonly labelled: number; readonly right: number };
  readonly items: { readonly labelled: number; readonly right: number };
  readonly launchDates: { readonly labelled: number; readonly right: number };
  readonly byLanguage: Readonly<Record<string, { acted: number; right: number; flagged: number }>>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export function figures(scored: readonly Scored[]): Figures {
  const human = scored.filter((s) => s.intent);
  const acted = human.filter((s) => !s.intent?.flagged);
  const right = acted.filter((s) => s.intent?.expected === s.intent?.actual);
  const flagged = human.length - acted.length;
  const texts = scored.filter((s) => s.text);
  const byLanguage: Record<string, { acted: number; right: number; flagged: number }> = {};
  for (const s of human) {
    const row = byLanguage[s.language] ?? { acted: 0, right: 0, flagged: 0 };
    byLanguage[s.language] = row;
    if (s.intent?.flagged) row.flagged += 1;
    else {
      row.acted += 1;
      if (s.intent?.expected === s.intent?.actual) row.right += 1;
    }
  }
  const cr = scored.filter((s) => s.changeRequest);
  const items = scored.filter((s) => s.items);
  const dates = scored.filter((s) => s.launchDate);
  return {
    cases: scored.length,
    kind: { right: scored.filter((s) => s.kindRight).length, of: scored.length },
    intent: {
      human: human.length,
      acted: acted.length,
      right: right.length,
      flagged,
      accuracyActed: ratio(right.length, acted.length),
      flaggedShare: ratio(flagged, human.length),
    },
    wrongApprovals: scored.filter((s) => s.wrongApproval).map((s) => s.name),
    text: {
      judged: texts.length,
      right: texts.filter((s) => s.text && s.text.missing.length === 0 && s.text.kept.length === 0 && !s.text.empty).length,
      emptied: texts.filter((s) => s.text?.empty).map((s) => s.name),
    },
    changeRequests: { labelled: cr.length, right: cr.filter((s) => s.changeRequest?.expected === s.changeRequest?.actual).length },
    items: { labelled: items.length, right: items.filter((s) => JSON.stringify(s.items?.expected) === JSON.stringify(s.items?.actual)).length },
    launchDates: { labelled: dates.length, right: dates.filter((s) => s.launchDate?.expected === s.launchDate?.actual).length },
    byLanguage,
  };
}
