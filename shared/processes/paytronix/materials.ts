import { itemsIn, type ItemPatterns } from '../../mail/reading/items';
import type { MailReading } from '../../mail/schemas';

/**
 * What certification needs "to access and test the integration" (docs/paytronix.md, step 4), as
 * items a reply delivers or names as still to come: screenshots of every screen and message, the
 * test transactions, and a video of the flows. The round's materials are complete only when none is
 * named as still to come.
 */
export const MATERIALS: ItemPatterns = {
  // Brazilians call screenshots "prints", Spanish and Portuguese writers "capturas", French ones "les captures" (d'écran);
  // an English "capture" is a card transaction.
  screenshots:
    /\b(screen ?shots?|screens|captures? (d'|des |de (tous )?les )?ecrans?|les captures|capturas|capturas? de (pantalla|tela|ecra)|prints|prints? (de|das|da) telas?|schermate|bildschirmfotos|schermafbeeldingen)\b/i,
  'test-transactions':
    /\b(test ?transactions?|(test )?txns?|transactions?( de test| log| list)?|transacciones|transazioni|transacoes|transaktionen|testtransaktionen|testtransacties|transacties|receipts?)\b/i,
  // A file's type names it too: an attached "flow.mp4" is the video.
  video:
    /\b(videos?|recordings?|screen ?recording|screencast|loom|walkthrough|filmpje|opname|gravacao|grabacion|registrazione|aufzeichnung|enregistrement|mp4|mov|m4v|webm)\b/i,
};

export function materialsIn(reading: MailReading): { delivered: string[]; pending: string[] } {
  return itemsIn(reading, MATERIALS);
}
