import type { BounceInfo, MailKind, ParsedMail } from '../schemas';
import { autoReplySignal } from './auto-reply';
import { bounceInfo, bounceSignal } from './bounce';
import { freshText, TEXT_READ_CHARS } from './text';

export { autoReplySignal } from './auto-reply';
export { bounceInfo } from './bounce';

/**
 * Human, auto-reply or bounce (docs/mail-understanding.md#kind). A machine's mail must never be
 * read as a person's: headers decide when they are there, and where they are not (carriers,
 * gateways, helpdesks, vacation scripts that set none), the subject and the words of the mail do,
 * in the languages those machines write. Every signal is data: a list of patterns per language.
 */

export interface KindDecision {
  readonly kind: MailKind;
  readonly autoReplyReason: string | null;
  readonly bounce: BounceInfo | null;
}

/** bounce, auto-reply or human, in that order of checks (docs/mail-understanding.md). */
export function classifyKind(mail: ParsedMail, replyText?: string): KindDecision {
  // The reader passes the reply text it has already cut (cutting it again was a third of the cost).
  const text = replyText === undefined ? freshText(mail) : replyText.slice(0, TEXT_READ_CHARS);
  if (bounceSignal(mail, text)) return { kind: 'bounce', autoReplyReason: null, bounce: bounceInfo(mail) };
  const signal = autoReplySignal(mail, text);
  if (signal) return { kind: 'auto-reply', autoReplyReason: signal, bounce: null };
  return { kind: 'human', autoReplyReason: null, bounce: null };
}
