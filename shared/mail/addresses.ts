import { matchesOf } from './reading/lexicon';
import { sentencesOtherThanNotice } from './notice-figures';

/**
 * The web addresses a folded text names: with their scheme or "www." ("https://api.cafemondo.co/px/webhook", "www.example.org"),
 * or a host with a path ("api.cafemondo.co/px/webhook"; not a mail address, nor a file's name). Each is kept without its
 * scheme, a leading "www.", its query or fragment, a trailing slash, or the full stop or comma that ends the sentence.
 */
const ADDRESS = /(?:https?:\/\/|(?<![\p{L}\p{N}.@-])www\.)[^\s<>()"'\]]+|(?<![\p{L}\p{N}.@/-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>()"'\]]*/gu;
/**
 * Links the sender wrote none of: those a mail program signs with ("Get Outlook for iOS <https://aka.ms/…>", "Sent from Mail
 * <https://go.microsoft.com/fwlink/…> for Windows"), and a footer's privacy or unsubscribe page.
 */
const NOT_THE_SENDERS =
  /^(?:aka\.ms|go\.microsoft\.com|mail\.onelink\.me|sparkmailapp\.com|overview\.mail\.yahoo\.com|proton\.me)\b|privacy|datenschutz|unsubscribe|disclaimer/;

function addressesIn(folded: string): string[] {
  return matchesOf(ADDRESS, folded)
    .map((m) =>
      m[0]
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/[?#].*$/, '')
        .replace(/[.,;:!?]+$/, '')
        .replace(/\/+$/, ''),
    )
    .filter((address) => !NOT_THE_SENDERS.test(address));
}

/** The same address, or one that is the other's bare host ("api.paytronix.example" and "api.paytronix.example/v2"). */
function sameAddress(a: string, b: string): boolean {
  const host = (address: string) => address.split('/')[0] ?? address;
  return a === b || a === host(b) || b === host(a);
}

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
    /https?:\/\/|www\.|\.[a-z]{2,}\//i,
  );
}
