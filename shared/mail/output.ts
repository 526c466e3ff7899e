import type { MailReading, MailRejected } from './schemas';

/** The JSON `integrations parse` prints: one flat object, the same keys for a reading and a rejection. */
export interface ParseOutput {
  /** When several files were read: which one this is. */
  file?: string;
  messageId: string | null;
  from: string | null;
  subject: string | null;
  date: string | null;
  kind: MailReading['kind'] | null;
  replyText: string | null;
  intent: MailReading['intent'];
  /** 0 to 1: how sure the reading is of the intent. */
  confidence: number;
  /** True when the system would not act on the reply alone: the PM decides. */
  needsReview: boolean;
  /** Present and true for a no that only says "not yet": nothing moves. */
  notYet?: boolean;
  /** The clauses that decided, each with what it was read as. */
  reasons: readonly string[];
  /** At a step that asks a yes or a no: the intent the second reading finds likeliest, and how likely. */
  secondReading?: { intent: MailReading['intent']; probability: number };
  /** The step it was read at (`--step`), and for a step that asks for items, what it delivers and names as still to come. */
  step?: string;
  items?: { readonly delivered: readonly string[]; readonly pending: readonly string[] };
  launchDate: string | null;
  contacts: { name: string | null; email: string }[];
  attachments: { filename: string | null; contentType: string; size: number }[];
  bounce?: { recipient: string | null; status: string | null };
  autoReplyReason?: string;
  reason?: string;
  message?: string;
}

export function toParseOutput(result: MailReading | MailRejected): ParseOutput {
  if (result.outcome === 'rejected') {
    return {
      messageId: null,
      from: null,
      subject: null,
      date: null,
      kind: null,
      replyText: null,
      intent: 'none',
      confidence: 1,
      needsReview: false,
      reasons: [],
      launchDate: null,
      contacts: [],
      attachments: [],
      reason: result.reason,
      message: result.message,
    };
  }
  return {
    messageId: result.mail.messageId,
    from: result.mail.from.address,
    subject: result.mail.subject,
    date: result.mail.date,
    kind: result.kind,
    replyText: result.replyText,
    intent: result.intent,
    confidence: result.confidence,
    needsReview: result.needsReview,
    ...(result.notYet === true ? { notYet: true } : {}),
    reasons: [...result.reasons],
    ...(result.secondReading ? { secondReading: { ...result.secondReading } } : {}),
    launchDate: result.launchDate,
    contacts: result.contacts.map((c) => ({ name: c.name, email: c.email })),
    attachments: result.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.size })),
    ...(result.bounce ? { bounce: result.bounce } : {}),
    ...(result.autoReplyReason ? { autoReplyReason: result.autoReplyReason } : {}),
  };
}
