import { itemPatterns, itemsIn, type ItemPatterns, type ItemWords } from '../../mail/reading/items';
import type { MailReading } from '../../mail/schemas';

/**
 * What certification needs "to access and test the integration" (docs/paytronix.md, step 4), as
 * items a reply delivers or names as still to come: screenshots of every screen and message, the
 * test transactions, and a video of the flows. The round's materials are complete only when none is
 * named as still to come.
 */
export const MATERIAL_WORDS: ItemWords = {
  // Brazilians call screenshots "prints", Spanish and Portuguese writers "capturas", French ones "les captures" (d'écran);
  // an English "capture" is a card transaction.
  screenshots: {
    en: ['screen ?shots?', 'screens'],
    fr: ["captures? (d'|des |de (tous )?les )?ecrans?", 'les captures'],
    es: ['capturas', 'capturas? de (pantalla|tela|ecra)'],
    // (Not the English verb: "the receipt prints the balance".)
    pt: ['prints(?! (?:the|a|an|out|on|it|its|all|every|each|fine|correctly|receipts?|balance|points)\\b)', 'prints? (de|das|da) telas?'],
    it: ['schermate'],
    de: ['bildschirmfotos'],
    nl: ['schermafbeeldingen'],
    // A picture's type, whatever the language: a phone attaches "IMG_4412.PNG".
    files: ['png', 'jpe?g', 'heic'],
  },
  'test-transactions': {
    // (An English "receipts" are the receipts a test printed.)
    en: ['test ?transactions?', '(test )?txns?', 'transactions?( de test| log| list)?', 'receipts?'],
    es: ['transacciones'],
    it: ['transazioni'],
    pt: ['transacoes'],
    de: ['transaktionen', 'testtransaktionen'],
    nl: ['testtransacties', 'transacties'],
  },
  // A file's type names it too: an attached "flow.mp4" is the video.
  video: {
    en: ['videos?', 'recordings?', 'screen ?recording', 'screencast', 'loom', 'walkthrough'],
    nl: ['filmpje', 'opname'],
    pt: ['gravacao'],
    es: ['grabacion'],
    it: ['registrazione'],
    de: ['aufzeichnung'],
    fr: ['enregistrement'],
    // A video file's type, whatever the language.
    files: ['mp4', 'mov', 'm4v', 'webm'],
  },
};
export const MATERIALS: ItemPatterns = itemPatterns(MATERIAL_WORDS);

export function materialsIn(reading: MailReading): { delivered: string[]; pending: string[] } {
  return itemsIn(reading, MATERIALS);
}
