/**
 * Limits on what the inbound path reads. Each one keeps a hostile or broken mail from costing more
 * than a real reply ever does; a mail over a limit is turned away with a named reason, never cut.
 */

/** Gmail and Outlook refuse to send more than 25 MB; nothing bigger is a client's reply. */
export const MAX_RAW_MAIL_BYTES = 25 * 1024 * 1024;

/** To + Cc + Delivered-To. A real project thread has a few dozen at most; thousands is a mail bomb. */
export const MAX_RECIPIENTS = 200;

/** Requirements may come as many files, but not as hundreds. */
export const MAX_ATTACHMENTS = 50;

/**
 * Nested multiparts and embedded messages. Real clients stay under 6 (mixed › related ›
 * alternative, plus a forwarded message or two); deep nesting is a parser attack.
 */
export const MAX_MIME_DEPTH = 16;

/** MIME parts in all; mailparser's own guard, set explicitly so it is visible. */
export const MAX_MIME_PARTS = 500;

/** HTML longer than this is cut before it is turned into text: a reply never needs more. */
export const MAX_HTML_CHARS_TO_TEXT = 1_000_000;

/** Reply text is read for intent up to this length; the rest is quoted or pasted material. */
export const MAX_REPLY_TEXT_CHARS = 20_000;
