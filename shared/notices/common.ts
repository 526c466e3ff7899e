import type { Project } from '../project/schemas';
import { para, quote, type Block } from './blocks';
import { clip, oneLine } from './format';
import { clientName, mailBlocks, projectLine, title, type Build } from './sections';
import type { NoticeContext } from './types';

/*
 * The two staff notices the engine itself asks for, whatever the process (a question it cannot
 * answer, a mail it did not act on). Each process words what the PM can do next.
 */

/** Where a mail came from and, when given, its words. */
export function clientWords(context: NoticeContext, intro: string): Block[] {
  const text = context.extras?.quotedText;
  return [...mailBlocks(context), ...(text ? [para(intro), quote(text)] : [])];
}

/**
 * `question-for-pm`: what the client asked, then `answer`: whom to answer and the commands that may follow. A reply that says its
 * answer is still to come (`notYet`: "we can't approve it yet, our director signs off on it next week") is told as that: nothing was decided.
 */
export function questionForPm(answer: (project: Project) => readonly Block[]): Build {
  return (context) => {
    const client = clientName(context.project);
    const notYet = context.extras?.notYet === true;
    return {
      subject: `${notYet ? 'Not yet, from' : 'Question from'} ${clip(client)}`,
      blocks: [
        para(
          notYet
            ? `${client} says their answer is still to come. Nothing was decided; the step waits for it.`
            : `${client} asked something the system cannot answer.`,
        ),
        projectLine(context.project),
        ...clientWords(context, notYet ? 'They wrote:' : 'They asked:'),
        ...answer(context.project),
      ],
    };
  };
}

/** `not-acted-on`: the reason by name and in words, the mail, then `next`: what the PM may record instead. */
export function notActedOn(next: (project: Project) => readonly Block[]): Build {
  return (context) => {
    const reason = context.extras?.reason;
    return {
      subject: `Mail not acted on${reason ? `: ${clip(reason.name, 30)}` : ''}`,
      blocks: [
        para(`A mail for ${context.project.id} was not acted on: ${reason ? oneLine(reason.name) : 'reason not recorded'}.`),
        ...(reason ? [para(oneLine(reason.explanation))] : []),
        projectLine(context.project),
        ...clientWords(context, 'It said:'),
        para('If it should have counted, record the step yourself or ask the sender to write again.'),
        ...next(context.project),
      ],
    };
  };
}

/**
 * `reply-needs-review`: a reply whose yes or no the reader was not sure of, the clauses it weighed,
 * and the one-line answer that decides it (docs/mail-understanding.md#never-guess).
 */
export const replyNeedsReview: Build = (context) => {
  const review = context.extras?.review;
  const who = oneLine(context.extras?.mail?.from ?? review?.from ?? 'the client');
  const what = oneLine(context.extras?.stepLabel ?? 'decides the step');
  const id = review?.id ?? '';
  return {
    subject: `Your decision: whether ${clip(who, 40)} ${clip(what, 50)}`,
    blocks: [
      para(`I could not tell whether ${who} ${what}. Nothing was decided; I will not remind them while you decide.`),
      projectLine(context.project),
      ...clientWords(context, 'They wrote:'),
      ...(review && review.reasons.length > 0
        ? [para(`How I read it (confidence ${review.confidence}; my guess: ${review.guess}): ${review.reasons.map(oneLine).join('; ')}.`)]
        : []),
      para(
        `Reply APPROVE or DECLINE as the first line of your answer, or use the CLI: integrations pm ${context.project.id} approve${id ? ` --review-id ${id}` : ''} (or decline).`,
      ),
    ],
  };
};

/** `overdue-escalation`: a step overdue past the reminder limit, told once to the PMs' lead. */
export const overdueEscalation: Build = (context) => {
  const step = oneLine(context.extras?.stepLabel ?? '') || 'a step';
  const number = context.extras?.reminderNumber;
  return {
    subject: `Escalation: ${clip(title(context.project), 30)} overdue at ${clip(step, 30)}`,
    blocks: [
      para(
        `${title(context.project)} for ${clientName(context.project)} is overdue at ${step}${number ? ` after ${number} overdue reminders` : ''}, still unanswered.`,
      ),
      projectLine(context.project),
      para('No more reminders go out for it: please decide with the project manager what happens next.'),
    ],
  };
};

/** `decision-recorded`: a party's decision acknowledged in their thread, with what happens next. */
export const decisionRecorded: Build = (context) => {
  const recorded = context.extras?.recorded;
  const what = recorded ? oneLine(recorded.what) : 'your reply';
  return {
    subject: `Recorded: ${clip(what, 60)}`,
    blocks: [
      para(`Thank you: for ${title(context.project)} (${clientName(context.project)}), we recorded ${what}.`),
      ...(recorded ? [para(oneLine(recorded.next))] : []),
    ],
  };
};
