import type { Intent } from './types';
import { readClauses, type Act, type Clause, type ClauseReading, type Hit } from './clauses';

/**
 * What a reply means at the step it answers, from its clauses (clauses.ts), with a confidence and
 * the clauses that decided. The same words mean different things at different steps: "Yes" answers
 * an approval request, "found two issues" is feedback during testing, "test accounts attached"
 * delivers a requirement. docs/mail-understanding.md#intent states the rules and the confidence.
 */

/** What the step a reply answers asked: the process says it for each step (ProcessModule.replyQuestion). */
export type StepQuestion =
  /** Approve a document: a plan, a work order, a schedule. */
  | 'approval'
  /** Confirm details (and a launch date). */
  | 'confirmation'
  /** Test it and approve it or send feedback. */
  | 'testing'
  /** Say when your own work is done or ready (QA complete, ready for certification). */
  | 'readiness'
  /** Send items (requirements, materials). */
  | 'delivery'
  /** Nothing in particular: a status mail, or a reply to no notice. */
  | 'open';

/** Steps whose question a yes or no answers. */
const YES_OR_NO: ReadonlySet<StepQuestion> = new Set(['approval', 'confirmation', 'testing', 'readiness']);

/** The acts that say yes at each kind of step (besides a bare `yes` as the whole answer). */
const YES_ACTS: Readonly<Record<StepQuestion, ReadonlySet<Act>>> = {
  approval: new Set(['approve']),
  confirmation: new Set(['approve']),
  testing: new Set(['approve', 'pass']),
  readiness: new Set(['done', 'approve', 'pass']),
  delivery: new Set(['approve']),
  open: new Set(['approve']),
};

/** Below this, a yes or a no that would move a project is not acted on: the PM decides. */
export const DECISION_CONFIDENCE = 0.8;

export interface Interpretation {
  readonly intent: Intent;
  /** 0 to 1: how sure the reading is of `intent`. */
  readonly confidence: number;
  /** True when the system would not act on the reply alone: a yes or no below {@link DECISION_CONFIDENCE} at a yes-or-no step. */
  readonly needsReview: boolean;
  /** The clauses that decided, each with what it was read as. */
  readonly reasons: readonly string[];
  /** The reply asks for something beyond what was agreed (a new feature, more scope), as a statement or a question. */
  readonly scope: boolean;
  /** Clauses that deliver (not pending, not negated, not asked): where items are looked for. */
  readonly delivered: readonly string[];
  /** Clauses that name something as still to come or missing. */
  readonly pending: readonly string[];
  readonly languages: readonly string[];
}

export interface InterpretSignals {
  readonly hasDate: boolean;
  readonly hasContacts: boolean;
  /** Names of the files attached (not inline images). */
  readonly attachmentNames: readonly string[];
}

type Signal = 'yes' | 'weak-yes' | 'no' | 'conditional' | 'not-yet' | 'question' | 'scope' | 'info' | 'thanks';

interface Read {
  readonly signal: Signal;
  readonly clause: Clause;
  readonly why: string;
}

const quote = (c: Clause) => `“${c.text.length > 90 ? `${c.text.slice(0, 87)}…` : c.text}”`;
const live = (hits: readonly Hit[], acts: readonly Act[]) => hits.filter((h) => acts.includes(h.act) && !h.negated && !h.pending);

/** A short answer: one or two clauses of at most four words (greetings and thanks aside). */
function isShortAnswer(clauses: readonly Clause[]): boolean {
  const substantive = clauses.filter((c) => !(c.hits.length > 0 && c.hits.every((h) => h.act === 'thanks')) && !/^(hi|hello|hey|dear|hallo|bonjour|hola|ciao|olá|ola|beste|hoi)\b/i.test(c.text));
  return substantive.length > 0 && substantive.length <= 2 && substantive.every((c) => c.words <= 4);
}

function readOne(clause: Clause, question: StepQuestion, short: boolean): Read[] {
  const out: Read[] = [];
  const yesActs = [...YES_ACTS[question]] as Act[];
  const hits = clause.hits;
  const resolved = live(hits, ['resolved']);
  const problems = resolved.length > 0 ? [] : live(hits, ['problem']);
  const yes = [...live(hits, yesActs), ...(short && YES_OR_NO.has(question) ? live(hits, ['yes']) : [])];
  const negatedYes = hits.filter((h) => yesActs.includes(h.act) && h.negated && !h.pending);
  const pendingYes = hits.filter((h) => (yesActs.includes(h.act) || h.act === 'resolved') && h.pending && !h.negated);
  const refusals = live(hits, ['refuse']);
  const changes = live(hits, ['change']);
  const bareNo = short && YES_OR_NO.has(question) ? hits.filter((h) => h.act === 'no') : [];
  const scope = live(hits, ['scope']).length > 0 && (clause.question || clause.request);

  if (clause.question) {
    out.push({ signal: scope ? 'scope' : 'question', clause, why: scope ? 'asks for more scope' : 'asks' });
    return out;
  }
  if (scope) out.push({ signal: 'scope', clause, why: 'asks for more scope' });
  if (refusals.length > 0 || negatedYes.length > 0 || bareNo.length > 0)
    out.push({ signal: 'no', clause, why: `refuses (${[...refusals, ...negatedYes, ...bareNo].map((h) => h.words).join(', ')})` });
  if (problems.length > 0 && (question === 'testing' || question === 'readiness' || question === 'open' || question === 'approval' || question === 'confirmation'))
    out.push({ signal: 'no', clause, why: `reports a problem (${problems.map((h) => h.words).join(', ')})` });
  if (changes.length > 0 && !scope && (clause.request || question === 'approval' || question === 'confirmation' || question === 'testing'))
    out.push({ signal: 'no', clause, why: `asks for a change (${changes.map((h) => h.words).join(', ')})` });
  const resolvedYes = question === 'testing' || question === 'readiness' ? resolved : [];
  if (yes.length > 0 || resolvedYes.length > 0) {
    const words = [...yes, ...resolvedYes].map((h) => h.words).join(', ');
    if (clause.condition) out.push({ signal: 'conditional', clause, why: `approves with a condition (${words})` });
    else if (clause.hedge) out.push({ signal: 'weak-yes', clause, why: `hedged yes (${words})` });
    else if (yes.length === 0) out.push({ signal: 'weak-yes', clause, why: `an earlier problem resolved (${words})` });
    else out.push({ signal: 'yes', clause, why: `says yes (${words})` });
  } else if (pendingYes.length > 0) {
    out.push({ signal: 'not-yet', clause, why: `not done yet (${pendingYes.map((h) => h.words).join(', ')})` });
  }
  if (out.length === 0 && live(hits, ['info']).length > 0) out.push({ signal: 'info', clause, why: 'gives information' });
  if (out.length === 0 && clause.pending) out.push({ signal: 'info', clause, why: 'says what is still to come' });
  if (out.length === 0 && hits.some((h) => h.act === 'thanks')) out.push({ signal: 'thanks', clause, why: 'thanks or acknowledges' });
  return out;
}

function result(
  intent: Intent,
  confidence: number,
  question: StepQuestion,
  decided: readonly Read[],
  rest: Omit<Interpretation, 'intent' | 'confidence' | 'needsReview' | 'reasons'>,
): Interpretation {
  const moves = intent === 'approve' || intent === 'decline';
  return {
    intent,
    confidence: Math.round(confidence * 100) / 100,
    needsReview: moves && YES_OR_NO.has(question) && confidence < DECISION_CONFIDENCE,
    reasons: decided.map((r) => `${r.why}: ${quote(r.clause)}`),
    ...rest,
  };
}

/** Interprets a reply's new text at a step. */
export function interpret(replyText: string, question: StepQuestion, signals: InterpretSignals, reading: ClauseReading = readClauses(replyText)): Interpretation {
  const clauses = reading.clauses;
  // A signed document attached is a clause of its own ("signed plan attached" often has no words at all).
  const fileClauses = signals.attachmentNames.map((name) => readClauses(name.replace(/[_.-]+/g, ' ')).clauses).flat();
  const short = isShortAnswer(clauses);
  const reads = clauses.flatMap((c) => readOne(c, question, short));
  const fileYes = YES_OR_NO.has(question) ? fileClauses.flatMap((c) => readOne(c, question, false)).filter((r) => r.signal === 'yes') : [];
  const of = (...signals: Signal[]) => reads.filter((r) => signals.includes(r.signal));
  const delivered = clauses.filter((c) => !c.question && !c.pending && !c.hits.some((h) => h.negated || h.pending)).map((c) => c.text);
  const pending = clauses.filter((c) => c.pending || c.hits.some((h) => h.pending || (h.negated && h.act !== 'problem'))).map((c) => c.text);
  const rest = {
    scope: of('scope').length > 0,
    delivered,
    pending,
    languages: reading.languages,
  };
  const yes = [...of('yes'), ...fileYes];
  const weak = of('weak-yes');
  const no = of('no');
  const conditional = of('conditional');
  const questions = of('question', 'scope');
  const informs = of('info', 'not-yet');
  const gives = signals.hasDate || signals.hasContacts || signals.attachmentNames.length > 0 || informs.length > 0;

  if (clauses.length === 0 && fileYes.length === 0) return result('none', signals.attachmentNames.length > 0 ? 0.6 : 1, question, [], rest);
  // A yes with a condition or an exception is not a yes: the condition is a request for changes.
  if (conditional.length > 0) return result('decline', no.length > 0 || yes.length === 0 ? 0.85 : 0.7, question, [...conditional, ...no], rest);
  if (no.length > 0 && (yes.length > 0 || weak.length > 0)) {
    // Feedback on what was tested with a yes to the rest ("works, but the receipt is wrong") is feedback;
    // a plain conflict (a yes here, a no there) is for the PM.
    return result('decline', 0.55, question, [...no, ...yes, ...weak], rest);
  }
  if (no.length > 0) return result('decline', questions.length > 0 ? 0.8 : 0.9, question, no, rest);
  if ((yes.length > 0 || weak.length > 0) && questions.length > 0) return result('question', 0.8, question, [...questions, ...yes, ...weak], rest);
  if (yes.length > 0) {
    const onlyBare = yes.every((r) => r.clause.words <= 4 && !r.clause.hits.some((h) => h.act === 'approve' && !h.negated));
    const thanked = clauses.some((c) => c.hits.some((h) => h.act === 'thanks'));
    const confidence = onlyBare && thanked ? 0.6 : fileYes.length === yes.length && clauses.length > 0 ? 0.75 : 0.95;
    return result('approve', confidence, question, yes, rest);
  }
  if (weak.length > 0) return result('approve', 0.6, question, weak, rest);
  if (questions.length > 0 && !gives) return result('question', 0.9, question, questions, rest);
  if (gives) return result(questions.length > 0 ? 'inform' : 'inform', 0.9, question, [...informs, ...questions], rest);
  if (questions.length > 0) return result('question', 0.9, question, questions, rest);
  const thanks = of('thanks');
  return result('none', thanks.length > 0 ? 0.9 : 0.6, question, thanks, rest);
}
