import { itemPatterns, itemsIn, type ItemWords } from '../../mail/reading/items';
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
 * Where a sandbox is named as the place something lives ("test accounts for our Salesforce sandbox", "las cuentas de prueba
 * en nuestro sandbox", "voor onze Dynamics-sandbox"): a preposition and a possessive or an article before it, in each language. Such a sandbox is no API
 * access.
 */
const PLACE: Readonly<Record<string, { readonly prepositions: readonly string[]; readonly determiners: readonly string[] }>> = {
  en: { prepositions: ['for', 'in', 'on', 'from', 'of'], determiners: ['our', 'the', 'your', 'their'] },
  es: { prepositions: ['de', 'en', 'del'], determiners: ['nuestro', 'nuestra', 'el', 'la', 'su'] },
  // ("no nosso sandbox": "no" is "em" and "o" in one word.)
  pt: { prepositions: ['em', 'da', 'do', 'no', 'na', 'num', 'numa'], determiners: ['nosso', 'nossa', 'o', 'a', 'seu'] },
  it: { prepositions: ['di', 'nel', 'nella', 'sul', 'sulla', 'del', 'della'], determiners: ['nostro', 'nostra', 'il'] },
  fr: { prepositions: ['dans', 'sur', 'du'], determiners: ['notre', 'le', 'votre'] },
  de: { prepositions: ['im', 'in', 'auf'], determiners: ['unserer', 'unserem', 'der', 'dem'] },
  nl: { prepositions: ['voor', 'in', 'op'], determiners: ['onze', 'ons', 'de', 'jullie'] },
};
const placeWords = (part: 'prepositions' | 'determiners') => Object.values(PLACE).flatMap((l) => l[part]);

/** The words that name each requirement, in the languages the reader knows (folded: lower case, no accents). */
export const REQUIREMENT_WORDS: ItemWords = {
  'test-accounts': {
    en: [
      '(?<!\\bto )test (?:member|attendee|user|admin|demo|delegate|exhibitor|staff) accounts?',
      'test[- ]?(?:accounts?|accts?|logins?|users?)',
      'testaccounts?',
    ],
    de: ['test[- ]?(?:konten|zugange)'],
    fr: ['comptes? (de )?tests?'],
    es: ['cuentas? (de )?prueba', 'usuarios? (de )?prueba'],
    it: ['account (di )?(test|prova)', 'utenze (di )?(test|prova)'],
    pt: ['contas? (de )?teste', 'usuarios? (de )?teste'],
    nl: ['testgebruikers?'],
  },
  'api-access': {
    en: [
      'api',
      'endpoints?',
      'base url',
      'client[- ]?id',
      'client secret',
      'api[- ]?keys?',
      'credentials?',
      'creds',
      `(?<!\\b(?:${placeWords('prepositions').join('|')}) (?:${placeWords('determiners').join('|')}) (?:[\\w-]+ |\\w+-){0,2})(?<!\\((?:\\w+-)?)sandbox(?![!@#$%&*\\d])`,
      'token',
    ],
    de: ['zugangsdaten'],
    fr: ['identifiants'],
    es: ['credenciales'],
    it: ['credenziali'],
    pt: ['credenciais'],
  },
  'field-mapping': {
    en: ['field[- ]?mapping', 'mapping', 'fields?'],
    // (Not the fields alone, "tous les champs obligatoires sont remplis": the fields of another item.)
    de: ['feld-?mapping', 'feldzuordnung'],
    fr: ['mappage', 'correspondance (?:des )?champs'],
    es: ['mapeo', 'correspondencia de (?:los )?campos'],
    it: ['mappatura', 'corrispondenza (?:dei )?campi'],
    pt: ['mapeamento', 'correspondencia (?:de |dos )?campos'],
    nl: ['veldmapping', 'velden'],
  },
};
const RECOGNISE = itemPatterns(REQUIREMENT_WORDS);

/** The requirement ids a reply delivers, and those it names as still to come (docs/mail-understanding.md#items). */
export function requirementItems(reading: MailReading): { delivered: string[]; pending: string[] } {
  return itemsIn(reading, RECOGNISE);
}
