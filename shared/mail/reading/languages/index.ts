import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { Lexicon } from '../lexicon';

/** The languages the reader knows. English is also read in every other language's mail (mixed mail is common). */
export const LANGUAGES: readonly Lexicon[] = [en, de, fr, es, nl, it, pt];
