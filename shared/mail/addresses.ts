import { matchesOf } from './reading/lexicon';
import { sentencesOtherThanNotice } from './notice-figures';

/**
 * The web addresses a folded text names, with their scheme or "www." ("https://api.cafemondo.co/px/webhook",
 * "www.example.org"), each without its scheme, a trailing slash or the full stop or comma that ends the sentence. Not the
 * link a phone's mail program signs with ("Get Outlook for iOS <https://aka.ms/…>"): the sender wrote none of it.
 */
const ADDRESS = /(?:https?:\/\/|(?<![\p{L}\p{N}.-])www\.)[^\s<>()"'\]]+/gu;
const MAIL_PROGRAM = /^aka\.ms\//;

function addressesIn(folded: string): string[] {
  return matchesOf(ADDRESS, folded)
    .map((m) =>
      m[0]
        .replace(/^https?:\/\//, '')
        .replace(/[.,;:!?]+$/, '')
        .replace(/\/+$/, ''),
    )
    .filter((address) => !MAIL_PROGRAM.test(address));
}

/** The same address, or one the other begins with ("api.paytronix.example" and "api.paytronix.example/v2"). */
const sameAddress = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * The sender's sentences that name a web address the notice quoted under the reply does not show ("the webhook now lives at
 * https://api.cafemondo.co/px/webhook", under a configuration whose webhook is on cafemondo.com): where the notice lists what the
 * PM set up, an address of the sender's own is a change of it. An address the notice shows, said again, is none; a notice that
 * shows none makes no sentence differ.
 */
export function addressesOtherThanNotice(ownWords: string, notice: () => string | undefined): string[] {
  return sentencesOtherThanNotice(
    ownWords,
    notice,
    addressesIn,
    (folded, named) => addressesIn(folded).some((address) => !named.some((shown) => sameAddress(address, shown))),
    /https?:\/\/|www\./i,
  );
}
