import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { readMail, toParseOutput, type ParseOutput } from '../../shared/mail';
import { IsoDate } from '../../shared/timeline';
import { UsageError } from '../errors';
import { table, type CliIo } from '../io';

const ParseOptions = z.object({ referenceDate: IsoDate.optional(), json: z.boolean() });

function readable(output: ParseOutput): string {
  if (output.reason) return `Not readable: ${output.reason} — ${output.message ?? ''}`;
  const rows = [
    ['From', output.from ?? ''],
    ['Subject', output.subject ?? ''],
    ['Message-ID', output.messageId ?? '(none)'],
    ['Kind', output.kind ?? ''],
    ['Read as', output.intent],
    ['Launch date', output.launchDate ?? '—'],
    ['Contacts', output.contacts.map((c) => (c.name ? `${c.name} <${c.email}>` : c.email)).join(', ') || '—'],
    ['Attachments', output.attachments.map((a) => `${a.filename ?? '(unnamed)'} (${a.contentType}, ${a.size} bytes)`).join(', ') || '—'],
  ];
  if (output.bounce) rows.push(['Bounced', `${output.bounce.recipient ?? '?'} (${output.bounce.status ?? 'no status'})`]);
  if (output.autoReplyReason) rows.push(['Automatic', output.autoReplyReason]);
  const text = output.replyText
    ? output.replyText
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n')
    : '  (empty)';
  return `${table(rows)}\n\nReply text:\n${text}`;
}

/** `integrations parse FILE.eml`: what the system reads in one mail. */
export async function parseCommand(file: string, raw: unknown, io: CliIo): Promise<void> {
  const parsed = ParseOptions.safeParse(raw);
  if (!parsed.success) throw new UsageError(`--reference-date: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}${code ? ` (${code})` : ''}`);
  }
  const output = toParseOutput(await readMail(bytes, { referenceDate: parsed.data.referenceDate }));
  io.out(parsed.data.json ? JSON.stringify(output, null, 2) : readable(output));
}
