import type { Intent } from './schemas';

/**
 * What a reply asks for, from its new text alone, by the precedence of docs/mail-understanding.md:
 * decline, then approval-with-a-question, approve, inform, question, and otherwise none. Rule-based on purpose:
 * every decision can be explained to a PM, and every miss becomes a fixture.
 */

const APPROVAL =
  /\b(approved?|approving|approval granted|we approve|sign(?:ed|ing)? off|signs? off|lgtm|looks? (?:good|great|fine|perfect)|all good|good to go|go ahead|green light|happy with|accept(?:ed)?|confirm(?:ed)?|all (?:details|dates|information) (?:are|is) correct|(?:is|are|looks?) correct|that works|works for (?:us|me)|ok(?:ay)? to proceed|please proceed|ready to launch|ready for launch|ready to go live)\b/;

const NEGATION = /\b(not|n't|never|no|cannot|unable|yet to|hold off|before we can)\b/;

const REJECTION =
  /\b(reject(?:ed)?|declin(?:e|ed|ing)|disapprove|do not approve|don't approve|not approv(?:e|ed|ing)|can(?:not|'t) approve|can(?:not|'t) sign off|not (?:ready|able) to (?:approve|sign off))\b/;

const CONDITION =
  /\b(except|excluding|apart from|other than|but|however|though|although|once|as soon as|provided|pending|on condition|only if|unless|as long as|subject to|with the exception)\b/;

const CHANGE =
  /\b((?:please|kindly|could you|can you|would you|can we|could we|we need to|we'd like to|we would like to|need to|have to|must)\s+(?:\w+\s+)?(?:change|update|revise|fix|correct|adjust|remove|add|move|modify|amend|push|postpone|reschedule|shift|replace|swap|rename|delay|extend|include)|needs? (?:to be )?(?:changed|updated|revised|fixed|corrected|adjusted|removed)|need(?:s)? (?:some |a few |minor )?(?:changes|edits|corrections|updates|fixes)|changes? (?:are |is )?(?:needed|required)|request(?:ing)? (?:a |some )?changes?|change request|instead of|should (?:be|say|read|show)|wrong|incorrect|typo)\b/;

const PROBLEM =
  /\b(bugs?|defects?|issues?|problems?|errors?|fail(?:s|ed|ing|ure)?|broken|crash(?:es|ed|ing)?|doesn't work|does not work|not working|isn't working|won't (?:load|work|save|sync)|doesn't (?:load|show|display|sync|save|appear|match)|can't (?:log ?in|sign in|access|see|find)|cannot (?:log ?in|sign in|access|see|find)|unable to|timeout|times out|blank page|missing from|still see|still shows|not showing|not appearing|not syncing)\b/;

/**
 * "no issues", "without any problems": a problem word that says there is none. Also the messages a
 * Paytronix client approves in QA ("all error and success messages"): naming them reports nothing.
 */
const NO_PROBLEM =
  /\b(?:error|failure) (?:and|&|or) success messages?\b|\bsuccess (?:and|&|or) (?:error|failure) messages?\b|\b(no|zero|without(?: any)?|not (?:a single|any)|any)\s+(?:\w+\s+)?(?:bugs?|defects?|issues?|problems?|errors?)\b|\bno (?:\w+ )?(?:bugs?|defects?|issues?|problems?|errors?)\b|\bnothing (?:is )?broken\b/g;

const QUESTION_START = /^(can|could|would|when|what|how|where|why|who|is|are|do|does|will|should|which|shall|may)\b/;

const INFORMATION =
  /\b(attached|attaching|enclosed|please find|here (?:is|are)|below (?:is|are)|as follows|our (?:desired|target|preferred|new|requested)|the (?:test )?accounts?|credentials|user ?names?|passwords?|api key|endpoint|sandbox|point of contact|poc|contact|reach out to|work with|will be (?:your|our|the)|taking over|from now on|replac(?:e|es|ing)|launch date is|go[- ]live date is|we(?:'d| would) like to (?:launch|go live)|we (?:want|plan|aim|hope|intend) to (?:launch|go live)|target(?:ing)?|requirements?)\b/;

/** Talk of when to launch, even without a day ("aiming to launch in early April"): information to ask back about. */
const LAUNCH_TALK =
  /\b(?:launch\w*|go(?:ing)?[- ]live|be live)\b.*\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter|q[1-4]|next (?:week|month|quarter))\b/;

function normalize(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+/)
    .map((s) => normalize(s))
    .filter((s) => s !== '');
}

function approves(sentence: string): boolean {
  const match = APPROVAL.exec(sentence);
  if (!match) return false;
  // A negation before the approving word in the same sentence turns it around ("not approved yet").
  const before = sentence.slice(0, match.index);
  return !NEGATION.test(before.split(/[,;]/).pop() ?? before) && !REJECTION.test(sentence);
}

function isQuestion(sentence: string): boolean {
  return sentence.endsWith('?') || (QUESTION_START.test(sentence) && !/[.!]$/.test(sentence));
}

function reportsProblem(sentence: string): boolean {
  return PROBLEM.test(sentence.replace(NO_PROBLEM, ' '));
}

export interface IntentSignals {
  /** The reply carries something beyond words: a date, a contact, attachments. */
  readonly hasDate: boolean;
  readonly hasContacts: boolean;
  readonly hasAttachments: boolean;
}

export function classifyIntent(replyText: string, signals: IntentSignals): Intent {
  const sentences = sentencesOf(replyText);
  if (sentences.length === 0) return 'none';

  const approval = sentences.some(approves);
  const rejected = sentences.some((s) => REJECTION.test(s));
  const negatedApproval = sentences.some((s) => APPROVAL.test(s) && !approves(s));
  const conditioned = sentences.some((s) => approves(s) && CONDITION.test(s));
  const changes = sentences.some((s) => CHANGE.test(s));
  const problems = sentences.some(reportsProblem);
  const questions = sentences.some(isQuestion);

  if (rejected || negatedApproval || changes || problems || (conditioned && approval)) return 'decline';
  if (approval && questions) return 'question';
  if (approval) return 'approve';
  // Words like "test accounts" inform in a statement, not in a question about them.
  const informs =
    signals.hasDate || signals.hasContacts || signals.hasAttachments || sentences.some((s) => !isQuestion(s) && (INFORMATION.test(s) || LAUNCH_TALK.test(s)));
  if (informs) return 'inform';
  if (questions) return 'question';
  // Thanks, acknowledgements, greetings: nothing to act on (the mail log still shows it to the PM).
  return 'none';
}
