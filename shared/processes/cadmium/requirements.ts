import type { Requirement } from '../../project/schemas';

/**
 * The requirements an EventTech project asks for at kick-off (process step 5: "test accounts always
 * among them"). Each is recognised in a reply by words or attachment names; the PM can see and
 * correct what was matched in the record.
 */
export const DEFAULT_REQUIREMENTS: readonly Requirement[] = [
  { id: 'test-accounts', label: 'Test accounts for your platform', kind: 'test-accounts', received: null, notes: [] },
  { id: 'api-access', label: 'API access: endpoint and credentials for the test environment', kind: 'credentials', received: null, notes: [] },
  { id: 'field-mapping', label: 'Registration field mapping', kind: 'document', received: null, notes: [] },
];

const RECOGNISE: Readonly<Record<string, RegExp>> = {
  'test-accounts': /\btest[- ]?(accounts?|logins?|users?)\b/i,
  'api-access': /\b(api|endpoint|base url|client[- ]?id|client secret|api[- ]?key|credentials?|sandbox)\b/i,
  'field-mapping': /\b(field[- ]?mapping|mapping|fields?)\b/i,
};

/** The requirement ids a reply delivers, from its text and its attachment names. */
export function requirementsIn(text: string, attachmentNames: readonly string[]): string[] {
  const haystack = `${text}\n${attachmentNames.join('\n')}`;
  return Object.entries(RECOGNISE)
    .filter(([, pattern]) => pattern.test(haystack))
    .map(([id]) => id);
}
