import { itemsIn, type ItemPatterns } from '../../mail/reading/items';
import type { MailReading } from '../../mail/schemas';
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

/**
 * The words that name each requirement, in the languages the reader knows (folded: lower case, no accents).
 * A sandbox named as where something lives ("test accounts for our Salesforce sandbox") is no API access.
 */
const RECOGNISE: ItemPatterns = {
  'test-accounts':
    /\b((?<!\bto )test (?:member|attendee|user|admin|demo|delegate|exhibitor|staff) accounts?|test[- ]?(accounts?|accts?|logins?|users?|konten|zugange|zugänge)|testaccounts?|comptes? (de )?tests?|cuentas? (de )?prueba|usuarios? (de )?prueba|account (di )?(test|prova)|utenze (di )?(test|prova)|contas? (de )?teste|usuarios? (de )?teste|testgebruikers?)\b/i,
  'api-access':
    /\b(api|endpoints?|base url|client[- ]?id|client secret|api[- ]?keys?|credentials?|creds|(?<!\b(?:for|in|on|from|of|de|en|em|da|do|di|dans|im) (?:our|the|your|their|nuestro|nuestra|el|la|su|nosso|nossa|o|a|seu|nostro|nostra|il|notre|le|votre|unserer|unserem) (?:[\w-]+ )?)(?<!\()sandbox|zugangsdaten|identifiants|credenciales|credenziali|credenciais|token)\b/i,
  'field-mapping': /\b(field[- ]?mapping|mapping|fields?|feld-?mapping|feldzuordnung|mappage|mapeo|mappatura|mapeamento|veldmapping|velden)\b/i,
};

/** The requirement ids a reply delivers, and those it names as still to come (docs/mail-understanding.md#items). */
export function requirementItems(reading: MailReading): { delivered: string[]; pending: string[] } {
  return itemsIn(reading, RECOGNISE);
}
