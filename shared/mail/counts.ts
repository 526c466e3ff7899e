import { fold, matchesOf } from './reading/lexicon';
import { wholeWordsOf, wordsOf } from './reading/patterns';
import type { PatternName } from './reading/lexicon';
import { sentencesOtherThanNotice } from './notice-figures';

/**
 * What a count counts: the client's places ("38 stores", "14 Filialen"), its devices ("25 terminals", "30 terminales") and its
 * volumes ("up to 3,000 registrations", "1.800 Teilnehmer"). A count is weighed only against the notice's counts of the same kind.
 */
type Counted = 'places' | 'devices' | 'volumes';

/** Up to two words that say what kind of device or person is counted ("30 POS terminals", "4,500 registered attendees"). */
const DESCRIBED = String.raw`(?:[\p{L}-]+\s+){0,2}?`;

/** A figure, its thousands grouped or not ("3,000", "1.800", "6 000", "4500"), as a volume is written. */
const GROUPED = String.raw`\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{1,6}`;

/**
 * Each kind's words and how its count is written, over folded text: the figure right before the word (a device's or a person's
 * up to two words of what kind it is between, and a "+" after the figure), or after it (and up to two words) and a colon ("Number
 * of stores: 38", "Venues in scope: 8"). (Not a figure that is part of another one, "1.5 stores", "v2 stores", nor a price or a
 * time.)
 */
function forms(words: PatternName, figure: string, between = ''): { before: RegExp; after: RegExp } {
  const w = wordsOf(words);
  return {
    before: new RegExp(String.raw`(?<![\p{L}\p{N}.,/:$€£#-])(${figure})\s+${between}(?:${w})(?![\p{L}])`, 'gu'),
    after: new RegExp(String.raw`(?<![\p{L}])(?:${w})(?:\s+[\p{L}-]+){0,2}\s*[:=]\s*(${figure})(?![\d.,:])`, 'gu'),
  };
}

const KINDS: Record<Counted, ReturnType<typeof forms>> = {
  places: forms('countedPlaces', String.raw`\d{1,4}`),
  devices: forms('countedDevices', String.raw`\d{1,4}\+?`, DESCRIBED),
  volumes: forms('countedVolumes', String.raw`(?:${GROUPED})\+?`, DESCRIBED),
};

/** Any word of a thing counted, of any kind. */
const ANY_COUNTED = wholeWordsOf(['countedPlaces', 'countedDevices', 'countedVolumes']);

/** Words that make a count a total or a change ("now", "all", "en total", "inzwischen", "et non plus"). */
const TOTAL = wholeWordsOf(['nowWords', 'sinceThen', 'countBecame', 'totalWords']);

interface Count {
  readonly kind: Counted;
  readonly count: number;
}

/** The counts a folded text names: the notice's in both forms, the sender's only as a figure before the word. */
function countsIn(folded: string, both: boolean): Count[] {
  return (Object.keys(KINDS) as Counted[]).flatMap((kind) =>
    [KINDS[kind].before, ...(both ? [KINDS[kind].after] : [])]
      .flatMap((form) => matchesOf(form, folded))
      .map((m) => ({ kind, count: Number((m[1] ?? '').replace(/\D/g, '')) })),
  );
}

/**
 * The sender's sentences that count the client's places, devices or volumes otherwise than the notice quoted under the reply
 * ("config looks right. its 42 stores now", under a configuration of 38 stores; "now planning for roughly 4,500 attendees", under a
 * plan sized for up to 3,000 registrations): what the PM set up may no longer hold. A count the notice names, said again, is none;
 * so is one below the notice's highest of its kind that no word of change or of a total marks, a part of the whole ("tested in 3
 * stores", "we'll start with the 5 stores in Phoenix"; "3 of our 38 stores": the figure before "stores" is the notice's). A volume
 * or a count of devices below the notice's is none, whatever word marks it: fewer people than planned for changes nothing the plan
 * sized, and "all 3 kiosks at the entrance" may be a part of the devices.
 */
export function countsOtherThanNotice(ownWords: string, notice: () => string | undefined): string[] {
  // (Words that name nothing counted count nothing: the notice is not read for them.)
  if (!ANY_COUNTED.test(fold(ownWords))) return [];
  return sentencesOtherThanNotice(
    ownWords,
    notice,
    (folded) => countsIn(folded, true),
    (folded, named) =>
      countsIn(folded, false).some(({ kind, count }) => {
        const same = named.filter((n) => n.kind === kind).map((n) => n.count);
        if (same.length === 0 || same.includes(count)) return false;
        const most = Math.max(...same);
        return count > most || (kind === 'places' && TOTAL.test(folded));
      }),
  );
}
