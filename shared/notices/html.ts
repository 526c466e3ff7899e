/**
 * Escapes a value for HTML text and attribute positions alike. Every value the notices show comes
 * from the record or from mail (client names, quoted replies), so none of it is trusted markup.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
