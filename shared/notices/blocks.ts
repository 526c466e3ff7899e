import { commandLines, multiLine, oneLine, wrap } from './format';
import { escapeHtml } from './html';
import type { RenderedNotice } from './types';

/** A timeline row: milestone label, due day, and why the day moved if it did. */
export interface TimelineRow {
  readonly label: string;
  readonly due: string;
  readonly note?: string;
}

/**
 * A notice body is a list of blocks, rendered once as plain text and once as HTML, so the two
 * versions cannot drift apart and every value passes through the same escaping.
 */
export type Block =
  | { readonly kind: 'para'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'steps'; readonly items: readonly string[] }
  | { readonly kind: 'timeline'; readonly rows: readonly TimelineRow[] }
  | { readonly kind: 'quote'; readonly text: string }
  /** How staff act: the first line to reply with, and the same action on the command line. */
  | { readonly kind: 'action'; readonly when: string; readonly reply: string; readonly cli: string };

export const para = (text: string): Block => ({ kind: 'para', text });
export const list = (items: readonly string[]): Block => ({ kind: 'list', items });
export const steps = (items: readonly string[]): Block => ({ kind: 'steps', items });
export const quote = (text: string): Block => ({ kind: 'quote', text });
export const action = (when: string, reply: string, cli: string): Block => ({ kind: 'action', when, reply, cli });

/** A long reply would drown the notice; the full mail is in the project's log. */
const MAX_QUOTED_LINES = 40;

function quotedLines(text: string): string[] {
  const lines = multiLine(text);
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length <= MAX_QUOTED_LINES) return lines;
  return [...lines.slice(0, MAX_QUOTED_LINES), '[…shortened; the full mail is in the project log]'];
}

const rowText = (row: TimelineRow): string => `${row.label}: ${row.due}${row.note ? ` ${row.note}` : ''}`;

function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'para':
      return wrap(block.text);
    case 'list':
      return block.items.flatMap((item) => wrap(item, '- ', '  '));
    case 'steps':
      return block.items.flatMap((item, index) => {
        const marker = `${index + 1}. `;
        return wrap(item, marker, ' '.repeat(marker.length));
      });
    case 'timeline':
      return block.rows.flatMap((row) => wrap(rowText(row), '- ', '  '));
    case 'quote': {
      const lines = quotedLines(block.text);
      return lines.length === 0 ? ['> (empty)'] : lines.flatMap((line) => (line.trim() === '' ? ['>'] : wrap(line, '> ')));
    }
    case 'action':
      return [...wrap(`${block.when}, reply with:`), ...commandLines(block.reply), 'or run:', ...commandLines(block.cli)];
  }
}

function blockHtml(block: Block): string {
  const esc = (value: string): string => escapeHtml(oneLine(value));
  switch (block.kind) {
    case 'para':
      return `<p>${esc(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`;
    case 'steps':
      return `<ol>${block.items.map((item) => `<li>${esc(item)}</li>`).join('')}</ol>`;
    case 'timeline': {
      const rows = block.rows.map((row) => `<tr><td>${esc(row.label)}</td><td>${esc(row.due)}</td><td>${esc(row.note ?? '')}</td></tr>`).join('');
      return `<table cellpadding="4" border="1" style="border-collapse:collapse"><thead><tr><th align="left">Milestone</th><th align="left">Due</th><th align="left">Note</th></tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'quote': {
      const lines = quotedLines(block.text).map((line) => escapeHtml(line));
      return `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:8px">${lines.join('<br>') || '(empty)'}</blockquote>`;
    }
    case 'action':
      return `<p>${esc(block.when)}, reply with:</p><pre>${esc(block.reply)}</pre><p>or run:</p><pre>${esc(block.cli)}</pre>`;
  }
}

/** A whole mail's text and HTML parts from one list of blocks, so the two cannot drift apart. */
export function renderBlocks(subject: string, blocks: readonly Block[]): RenderedNotice {
  return { subject, text: `${renderText(blocks)}\n`, html: renderHtml(subject, blocks) };
}

export function renderText(blocks: readonly Block[]): string {
  return blocks.map((block) => blockText(block).join('\n')).join('\n\n');
}

export function renderHtml(title: string, blocks: readonly Block[]): string {
  const body = blocks.map(blockHtml).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeHtml(oneLine(title))}</title>`,
    '</head><body style="font-family:sans-serif;line-height:1.4">',
    body,
    '</body></html>',
  ].join('\n');
}
