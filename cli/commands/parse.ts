import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readAtStep, readMail, toParseOutput, type ParseOutput } from '../../shared/mail';
import { moduleOfStep } from '../../shared/processes/registry';
import { IsoDate } from '../../shared/timeline';
import { UsageError } from '../errors';
import { table, type CliIo } from '../io';

const ParseOptions = z.object({ referenceDate: IsoDate.optional(), json: z.boolean(), step: z.string().optional() });

function readable(output: ParseOutput): string {
  if (output.reason) return `Not readable: ${output.reason} — ${output.message ?? ''}`;
  const rows = [
    ['From', output.from ?? ''],
    ['Subject', output.subject ?? ''],
    ['Message-ID', output.messageId ?? '(none)'],
    ['Kind', output.kind ?? ''],
    [
      'Read as',
      `${output.intent}${output.notYet ? ', not yet' : ''} (confidence ${output.confidence}${output.needsReview ? '; the PM decides' : ''})${output.step ? ` at the ${output.step} step` : ''}`,
    ],
    ['Launch date', output.launchDate ?? '—'],
    ['Contacts', output.contacts.map((c) => (c.name ? `${c.name} <${c.email}>` : c.email)).join(', ') || '—'],
    ['Attachments', output.attachments.map((a) => `${a.filename ?? '(unnamed)'} (${a.contentType}, ${a.size} bytes)`).join(', ') || '—'],
  ];
  if (output.items) rows.push(['Items', `delivered: ${output.items.delivered.join(', ') || '—'}; still to come: ${output.items.pending.join(', ') || '—'}`]);
  if (output.bounce) rows.push(['Bounced', `${output.bounce.recipient ?? '?'} (${output.bounce.status ?? 'no status'})`]);
  if (output.autoReplyReason) rows.push(['Automatic', output.autoReplyReason]);
  const indent = (text: string) =>
    text
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
  const reasons = output.reasons.length > 0 ? `\n\nWhy:\n${indent(output.reasons.join('\n'))}` : '';
  return `${table(rows)}${reasons}\n\nReply text:\n${output.replyText ? indent(output.replyText) : '  (empty)'}`;
}

/** The .eml files named: files as given, folders by their .eml files (sorted). */
async function filesOf(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : '';
      throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}${code ? ` (${code})` : ''}`);
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.endsWith('.eml')).sort();
      if (names.length === 0) throw new UsageError(`no .eml file in ${path}`);
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return files;
}

/**
 * `integrations parse FILE.eml… | FOLDER [--step STEP]`: what the system reads in each mail, at
 * the step it answers when given (as its reply key would name it). With `--json`, one JSON object
 * per line.
 */
export async function parseCommand(paths: readonly string[], raw: unknown, io: CliIo): Promise<void> {
  const parsed = ParseOptions.safeParse(raw);
  if (!parsed.success) throw new UsageError(`--reference-date: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const { step, json, referenceDate } = parsed.data;
  const module = step === undefined ? undefined : moduleOfStep(step);
  if (step !== undefined && !module) throw new UsageError(`--step: "${step}" is not a step of any process`);
  const files = await filesOf(paths);
  for (const [index, file] of files.entries()) {
    const bytes = await readFile(file);
    const result = await readMail(bytes, { referenceDate });
    const reading = result.outcome === 'read' && module && step ? readAtStep(result, module, step) : result;
    const items = reading.outcome === 'read' && module?.itemsIn && reading.kind === 'human' ? module.itemsIn(reading) : undefined;
    const output: ParseOutput = { ...(files.length > 1 ? { file } : {}), ...toParseOutput(reading), ...(step ? { step } : {}), ...(items ? { items } : {}) };
    if (json) io.out(JSON.stringify(output));
    else io.out(`${files.length > 1 ? `${index > 0 ? '\n' : ''}== ${file}\n` : ''}${readable(output)}`);
  }
}
