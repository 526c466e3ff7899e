import type { MailReading } from '../schemas';
import { isListItem } from './sentences';
import { fold } from './lexicon';
import { ATTACHED_WORDS, wholeWordsOf, wordsOf } from './patterns';
import { asksACopiedPerson } from './copied';

/**
 * Item by item (requirements, certification materials): an item is delivered only when the mail
 * delivers it (a file whose name matches it, or a clause that gives it: "attached", "here are",
 * a link or a login), and an item the mail names as still to come, pending or missing stays
 * missing. Each process names its items and the words that recognise them.
 */

/**
 * Sent in an earlier mail ("were already shared in the trailing mail", "bereits geschickt", "ya os enviamos"): an item named so
 * is neither handed over by this mail nor still to come.
 */
const SENT_EARLIER = wholeWordsOf(['sentEarlier']);

/** Words of a sending still ahead ("will", "tomorrow", "werden", "entro domani"): "will be sent before Friday" was not sent earlier. */
const SENDING_LATER = new RegExp(String.raw`(?:^|[^\p{L}'])(?:${wordsOf('sendingLater')})(?![\p{L}])|'ll(?![\p{L}])`, 'u');

/** An item named in the phrase that says it was sent earlier ("The API access and field mapping were already sent on 12/5", not the "so only the test accounts are remaining" after the comma). */
const namedAsSentEarlier = (c: Clause, names: (text: string) => boolean) =>
  SENT_EARLIER.test(c.folded) && c.folded.split(/[,;:]/).some((phrase) => SENT_EARLIER.test(phrase) && !SENDING_LATER.test(phrase) && names(phrase));

/** The words that name an item in any language the reader knows, as one pattern over folded text. */
export type ItemPatterns = Readonly<Record<string, RegExp>>;

/**
 * An item's words, by the language they are written in (regular-expression fragments over folded text; `files` for a file's
 * type, whatever the language): each process names its items in every language the reader knows as data, and
 * {@link itemPatterns} joins them.
 */
export type ItemWords = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** Each item's pattern: its words in every language, as whole words. */
export function itemPatterns(words: ItemWords): ItemPatterns {
  return Object.fromEntries(
    Object.entries(words).map(([id, byLanguage]) => [id, new RegExp(String.raw`\b(${Object.values(byLanguage).flat().join('|')})\b`, 'i')]),
  );
}

/** A link (not an address): the folder a list of items sits in. */
const LINK = /https?:\/\/|\bwww\./i;

/**
 * A key's value given after what it is ("API key for the sandbox portal: pat-na1-3c7e0f12-sbx-9921"): letters and digits in three
 * parts or more, fourteen characters at least (not a ticket's number: "ticket for the API key: INC-20931-77", "API key request: …").
 */
const KEY_VALUE =
  /\b(?:key|token|secret|credentials?)\b(?:(?!\b(?:request|ticket|case|incident|number|ref)\b)[^:=\n]){0,40}[:=]\s*(?=[\w-]{14})(?=[\w-]*\d)(?=[\w-]*[a-z])[a-z0-9]+(?:[-_][a-z0-9]+){2,}/i;
/**
 * A secret handed over another way, as it should be ("the client secret has been sent to you through our secure file transfer",
 * "the access token went to your integrations inbox through the secure link", "shared with your PM through the secure link"):
 * given, not still to come.
 */
const BY_ANOTHER_WAY =
  /\b(?:has been|have been|was|were|went|got)\b[^.;]{0,60}\b(?:through|via|by|over)\s+(?:the|our|your|a)\s+secure\s+(?:file\s+)?(?:link|transfer|share|portal|channel)|\b(?:sent|shared)\s+(?:to you\s+)?separately\b/;
/** A clause that hands something over: a delivery word, or the thing itself (a link, an address, a login, a key). */
const GIVES = new RegExp(
  `${LINK.source}|\\S+@\\S+\\.\\S+|\\b(user(name)?|login|password|passwort|pw|pwd|client[ _-]?id|secret|token|key)\\s*[:=]|${KEY_VALUE.source}|${BY_ANOTHER_WAY.source}`,
  'i',
);

type Clause = MailReading['clauseReading']['clauses'][number];

/** An item named as missing is still to come ("the video is the one thing missing"), unless nothing is. */
const MISSING = /\b(missing|outstanding|fehlt|fehlen|manque|manquent|falta|faltan|manca|mancano|ontbreekt|ontbreken)\b/;
const NOTHING_MISSING = /\b(nothing|none|no|not|nichts|rien|nada|niente|nulla|niets)\b[^.]{0,30}\b(missing|outstanding|fehlt|manque|falta|manca|ontbreekt)\b/;
/** "The missing field mapping", "the accounts that were missing": what was missing, now given. */
const WAS_MISSING = /\b(the|were|was|had been)\s+missing\b/;
/** "Let me know if anything is missing", "falls etwas fehlt": a hypothesis names nothing missing. */
const IF_MISSING =
  /\b(if|whether|in case|falls|ob|wenn|si|se|als|of)\b[^.]{0,30}\b(missing|outstanding|fehlt|fehlen|manque|manquent|falta|faltan|manca|mancano|ontbreekt|ontbreken)\b/;
const saysMissing = (text: string) => MISSING.test(text) && !NOTHING_MISSING.test(text) && !WAS_MISSING.test(text) && !IF_MISSING.test(text);

/** Names an item: a word of the lexicon's that only names what is sent ("credentials") gives nothing by itself. */
type Namer = (text: string) => boolean;

/** An item said to be a draft or a blank template ("it's a draft, we're still finalising", "the template, not filled in yet"): not delivered yet. */
const DRAFT = /\b(draft|preliminary|rough cut|entwurf|brouillon|borrador|bozza|rascunho|not filled in|haven't filled|havent filled)\b/;
/**
 * The file sent is itself a draft, to be replaced ("treat them as a draft", "the video attached is a rough cut", "nur als
 * Entwurf", "una bozza della mappatura"; a file named "mapping_DRAFT.xlsx"): its item is still to come. Not a draft it
 * replaces or asks to ignore ("v2 replaces the draft we showed", "please ignore the draft I sent").
 */
const A_DRAFT =
  /\b(?:as|is|are|a|an|only|just|solo|una|nur als|als|un|um|uma)\s+(?:(?:first|rough|early|initial|prima|erster)\s+)?(?:draft|rough cut|entwurf|brouillon|borrador|bozza|rascunho)\b/;
const DRAFT_FILE = /(?:^|[^a-z])(?:draft|entwurf|brouillon|borrador|bozza|rascunho|rough ?cut)(?:[^a-z]|$)/;
/** "We won't be able to send the test accounts until the end of the month": a sending refused (for now) gives nothing. */
const refusesAt = (c: Clause, inside: (at: number) => boolean = () => true) => c.hits.some((h) => h.act === 'refuse' && !h.negated && inside(h.at));
const isLater = (c: Clause) =>
  c.pending ||
  saysMissing(c.folded) ||
  DRAFT.test(c.folded) ||
  refusesAt(c) ||
  c.hits.some((h) => h.pending || (h.negated && h.act !== 'resolved' && h.act !== 'problem'));
/** What the reader knows of an item beside the words: the names a process gives it, and whether the mail has any file at all. */
interface Namers {
  readonly namesAny: Namer;
  /** No file is attached: "the field mapping is attached" delivers nothing (the file was forgotten: the item stays missing). */
  readonly noFiles: boolean;
}
/** A delivering word that is not itself the name of an item ("the API credentials" names the credentials; "attached" gives them). */
/** Words that only announce what follows ("fyi", "heads up"): they hand nothing over ("fyi video is too big for email, will send the link"). */
const ANNOUNCES_ONLY = /^(?:fyi|heads[ -]up|just so you know|quick update|update:?)$/;
const gives = (c: Clause, { namesAny, noFiles }: Namers, inside: (at: number) => boolean = () => true) => {
  const hits = c.hits.filter((h) => h.act === 'info' && inside(h.at) && !namesAny(c.folded.slice(h.at, h.end)) && !ANNOUNCES_ONLY.test(h.words));
  // "Please find attached the field mapping", and no file: what was to hand it over is the file that is not there.
  if (noFiles && hits.some((h) => ATTACHED_WORDS.test(c.folded.slice(h.at, h.end)) || ATTACHED_WORDS.test(c.folded.slice(h.end, h.end + 12)))) return false;
  return hits.length > 0;
};
const isGiving = (c: Clause, namers: Namers) => !c.question && !isLater(c) && (gives(c, namers) || GIVES.test(c.text));
const isItem = (c: Clause) => isListItem(c.text);

interface Phrase {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** It names a pending or future thing ("to follow", "next week"), or negates what it names and gives nothing. */
  readonly later: boolean;
  /** It hands something over: a delivery word, a link, a login. */
  readonly giving: boolean;
}

/** A clause's phrases, cut at commas, semicolons and colons (not a link's), each read for pending and delivering words. */
const PHRASES = new WeakMap<Clause, { namers: Namers; phrases: Phrase[] }>();

function phrasesOf(c: Clause, namers: Namers): Phrase[] {
  const known = PHRASES.get(c);
  if (known?.namers === namers) return known.phrases;
  const phrases = cutPhrases(c, namers);
  PHRASES.set(c, { namers, phrases });
  return phrases;
}

/** Verbs of sending or making an item, in the seven languages (stems, folded). */
const SENDING_VERB =
  /^\s*(?:(?:i|we|you|wir|ich|nous|je|on|wij|ik)\s+)?(?:(?:vous|te|os|les|le|lo|la|ve|vi|jullie|ihnen|euch|dir)\s+)?(?:send|shar|fill|creat|provid|submit|upload|set up|envia|manda|crear|criar|envoyer|transmett|creer|remplir|schick|anleg|ubermitt|liefer|ausfull|stur|aanlever|aanmak|invia|creare|compil|preench)\w*/;
/** German's and Dutch's verb of sending at the end of a clause of time before ("Bevor wir Ihnen die Testkonten schicken", "Voordat we de testaccounts sturen"). */
const SENDING_VERB_LAST = /(?:schick|send|ubermitt|liefer|anleg|stur|aanlever|aanmak|verstur)\w*\s*$/;
/**
 * A sending right after a word of time before it ("Antes de enviaros el mapeo", "before we send the keys", "avant de vous envoyer";
 * the offsets are where those words end), or at the end of that phrase, where German and Dutch put the verb. Not where the clause
 * hands something over itself ("I tested all five test accounts before sending them: qa1@… / Welcome2027": sent now).
 */
const sendsBefore = (c: Clause, inside: (at: number) => boolean) =>
  !GIVES.test(c.text) &&
  c.before.some((at) => {
    if (!inside(at)) return false;
    const after = c.folded.slice(at);
    return SENDING_VERB.test(after.replace(/^\s*(?:de|que|di|dass|to)\b/, '')) || SENDING_VERB_LAST.test(after.split(/[,;:]/)[0] ?? '');
  });
/** A lead-in to questions, at the end of a heading ("two questions:", "dos dudas:", "zwei Fragen:", "deux questions :"). */
const QUESTIONS_LEAD = /\b(?:questions?|dudas?|preguntas?|fragen?|ruckfragen?|vragen?|domande|dubbi|duvidas?|perguntas?)\s*:?\s*$/;
/** Words that open a clause on a time ahead ("sobald", "once", "dès que", "en cuanto", "non appena", "zodra", "assim que"). */
const ONCE_AHEAD = new RegExp(String.raw`^\s*(?:${wordsOf('onceAhead')})(?![\p{L}])`, 'u');

function cutPhrases(c: Clause, namers: Namers): Phrase[] {
  const cuts = [...c.folded.matchAll(/[,;]|:(?!\/\/)/g)].map((m) => m.index ?? 0);
  // A clause that opens on a time still ahead and names nothing there ("Sobald das geklärt ist, schicken wir die Screenshots",
  // "Dès que c'est validé, on vous envoie les accès"): what the rest of it sends is still to come. (Not any word of things to
  // come that opens a clause: "Following our call, we've shared the field mapping", "Still, we have shared it".)
  const first = c.folded.slice(0, cuts[0] ?? c.folded.length);
  const opensAhead = cuts.length > 0 && ONCE_AHEAD.test(first) && !namers.namesAny(first);
  return [-1, ...cuts].map((cut, i) => {
    const from = cut + 1;
    const to = cuts[i] ?? c.folded.length;
    const text = c.folded.slice(from, to);
    const inside = (at: number) => at >= from && at < to;
    // (A key named before the colon that cuts it from its value gives it: "API key for the portal: pat-na1-…".)
    const keyValue = KEY_VALUE.exec(c.folded.slice(from));
    const handed = GIVES.test(text) || (keyValue !== null && keyValue.index < to - from);
    // A sending right after a word of time before it ("Antes de enviaros el mapeo, dos dudas", "before I fill in the mapping"):
    // not done yet. So is a sending said after a clause's opening on a time ahead.
    const byWord = gives(c, namers, inside);
    const sendsAhead = !handed && ((i > 0 && opensAhead && byWord) || sendsBefore(c, inside));
    const giving = handed || (byWord && !sendsAhead);
    // The pending words themselves, not a hit's pending (whose reach crosses a comma: "attached, API keys to follow").
    const later =
      sendsAhead ||
      c.later.some(inside) ||
      refusesAt(c, inside) ||
      (!giving && saysMissing(text)) ||
      (!giving && c.hits.some((h) => inside(h.at) && h.negated && h.act !== 'resolved' && h.act !== 'problem'));
    return { from, to, text, later, giving };
  });
}

/**
 * What one clause says of one item, phrase by phrase: "Test accounts attached, API keys to follow"
 * gives the first and names the second as still to come. A phrase that only names items takes the
 * word of the phrase before it ("we will send the screenshots, the transactions and the video"), or
 * else of the one after it ("Test accounts, API keys - not yet"); a
 * pending or delivering word in a phrase that names no item speaks for every item of the clause
 * ("Attached: the test accounts and the mapping").
 */
function itemInClause(c: Clause, names: Namer, namers: Namers): { later: boolean; given: boolean } {
  const { namesAny } = namers;
  const phrases = phrasesOf(c, namers);
  // The name reaches across a comma: read the clause whole.
  if (!phrases.some((p) => names(p.text))) return { later: isLater(c), given: isGiving(c, namers) };
  const said = phrases.map((p, i) => {
    for (let j = i; j >= 0; j--) {
      const q = phrases[j] as Phrase;
      if (q.later || q.giving) return q;
      if (!namesAny(q.text)) break;
    }
    // Or the word after it, at the end of an enumeration ("Test accounts, API keys - not yet").
    for (let j = i + 1; j < phrases.length; j++) {
      const q = phrases[j] as Phrase;
      if (!namesAny(q.text)) break;
      if (q.later || q.giving) return q;
    }
    return p;
  });
  const own = said.filter((_, i) => names((phrases[i] as Phrase).text));
  const free = phrases.filter((p) => !namesAny(p.text));
  const givingOwn = own.some((p) => p.giving);
  const later = own.some((p) => p.later) || (!givingOwn && free.some((p) => p.later));
  return { later, given: !c.question && !later && (givingOwn || free.some((p) => p.giving)) };
}

/**
 * What an answer written under the quoted line that asks for an item says of it, the answer naming no item itself: any of its
 * phrases that hands something over gives it ("Too big to attach, it's here: https://…"), unless the answer says it is still
 * to come ("IT will create them Monday, ticket: https://…", "Pat will send these, his address: pat@…"): then it is pending.
 */
function answerAbout(c: Clause, namers: Namers): { later: boolean; given: boolean } {
  const toCome = c.later.length > 0;
  const given = !c.question && !toCome && (isGiving(c, namers) || phrasesOf(c, namers).some((p) => p.giving && !p.later));
  return { later: !given && (toCome || isLater(c)), given };
}

/** The sender's own sending of what the clause before named: "I'll do that tomorrow", "we will send it on Monday". */
const SENDS_IT = /^(?:i'll|we'll|i will|we will|will)\s+(?:do|send|forward|share|get)\s+(?:that|it|them|this|those|these)\b/;

/**
 * Words for every item, or every one left ("the materials", "the rest"), in the seven languages; a bare "Rest" opening a clause
 * too, as a phone writes it ("Rest schick ich morgen"; not "rest assured").
 */
const REST =
  /\b(the materials|materials|the rest|everything else|the remaining|remaining items|die unterlagen|unterlagen|der rest|den rest|le reste|les elements|el resto|los materiales|o resto|os materiais|il resto|i materiali|de rest|het materiaal)\b|^rest\b(?!\s+(?:assured|of\s+(?:the\s+|our\s+)?(?:team|week|day|us|them|month)))/;

/** A file's name that joins several items ("api_and_mapping.zip", "alles.zip") names them all. */
const JOINED = /\b(and|und|et|y|e|en|all|alles|tout|todo|tutto|tudo|alle|everything|complete)\b/;

/**
 * The items each attached file names, read up to a "for" ("field_mapping_for_api.xlsx" is the
 * mapping). A place named beside a thing is where the thing lives ("sandbox_test_accounts.xlsx",
 * "cuentas_prueba_sandbox.csv" are test accounts, not API access). Files named as drafts
 * ("mapping_DRAFT.xlsx") name their items apart (`drafts`); a picture inside the text (a signature's logo, "image001.png")
 * names none.
 */
function itemsOfFiles(reading: MailReading, items: readonly { id: string; once: Pick<RegExp, 'exec'> }[]): { named: Set<string>; drafts: Set<string> } {
  const named = new Set<string>();
  const drafts = new Set<string>();
  for (const attachment of reading.attachments) {
    // (A picture inside the text, a signature's logo, "image001.png", is no file handed over.)
    if (attachment.disposition === 'inline' && attachment.contentType.startsWith('image/')) continue;
    const whole = fold((attachment.filename ?? '').replace(/[_.-]+/g, ' '));
    if (/^image\s?\d+\s\w+$/.test(whole)) continue;
    const name = whole.split(/\s(?:for|fur|pour|voor|per|para)\s/)[0] ?? '';
    let hits = items.flatMap(({ id, once }) => {
      const m = once.exec(name);
      return m ? [{ id, place: /^(sandbox|staging|test environment|testumgebung)$/.test(m[0]) }] : [];
    });
    if (hits.length > 1 && !JOINED.test(name) && hits.some((h) => !h.place)) hits = hits.filter((h) => !h.place);
    // A file's type names what it is, whatever its name shows: "receipt_balance.png" is a screenshot, not the transactions.
    const type = whole.split(' ').pop() ?? '';
    const byType = items.filter(({ once }) => once.exec(type)?.[0] === type).map(({ id }) => id);
    if (byType.length > 0) hits = hits.filter((h) => byType.includes(h.id));
    const into = DRAFT_FILE.test(whole) ? drafts : named;
    for (const { id } of hits) into.add(id);
  }
  return { named, drafts };
}

export function itemsIn(reading: MailReading, patterns: ItemPatterns): { delivered: string[]; pending: string[] } {
  const clauses = reading.clauseReading.clauses;
  // Which clause names which item, once (a pattern without the global flag keeps no state between tests).
  // (A file's name written in the text names its item too: "Mapping_champs_Cadmium_v1.xlsx", "Marketo_Field_Mapping_FINAL.xlsx".)
  const items = Object.entries(patterns).map(([id, pattern]) => {
    const exact = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    const once = { test: (text: string) => exact.test(text.replace(/_/g, ' ')), exec: (text: string) => exact.exec(text.replace(/_/g, ' ')) };
    return { id, once, names: clauses.map((c) => once.test(c.folded)) };
  });
  // An answer written under the quoted line that asks for one item, and naming none itself, is about that item
  // ("> - Test accounts: a login for a test event" / "user: … pw: …").
  const answers = new Set<number>();
  for (const [i, c] of clauses.entries()) {
    if (c.answersTo === undefined || items.some((item) => item.names[i])) continue;
    const asked = items.filter((item) => item.once.test(c.answersTo as string));
    if (asked.length !== 1) continue;
    (asked[0] as (typeof items)[number]).names[i] = true;
    answers.add(i);
  }
  const { named: files, drafts } = itemsOfFiles(reading, items);
  const anyName = (text: string) => items.some((item) => item.once.test(text));
  const namers: Namers = { namesAny: anyName, noFiles: reading.mailSignals.noFiles === true };
  const namesAny = clauses.map((_, i) => items.some((item) => item.names[i]));
  const isLabel = (c: Clause | undefined) => c !== undefined && (/:\s*$/.test(c.text) || c.words <= 4);
  // The lead-in of each list item: the last clause before it that is not an item ("Attached you'll find everything:").
  const leadIn = clauses.map((c, i) => {
    if (!isItem(c)) return undefined;
    for (let j = i - 1; j >= 0; j--) if (!isItem(clauses[j] as Clause)) return clauses[j];
    return undefined;
  });
  const handsOver = (lead: Clause) => (/:\s*$/.test(lead.text) && isGiving(lead, namers)) || (LINK.test(lead.text) && !isLater(lead));
  // "Os hemos dejado todo en esta carpeta de Google Drive: https://…" / "Dentro están:" / the items: a lead-in that only says
  // what is in it speaks for the link or the handing over just above it (two clauses up at most).
  const linkedAbove = (lead: Clause) => {
    const at = clauses.indexOf(lead);
    return clauses.slice(Math.max(0, at - 2), at).some((c) => !isItem(c) && handsOver(c));
  };
  const askedOfColleague = new Set(clauses.filter((c) => asksACopiedPerson(c, reading.mailSignals.copied ?? [])));
  const delivered: string[] = [];
  const pending: string[] = [];
  for (const { id, once, names } of items) {
    const read = clauses.map((c, i) =>
      !names[i] || namedAsSentEarlier(c, (t) => once.test(t))
        ? { later: false, given: false }
        : // "Ben, can you send that along with the test transactions?": asked of someone copied on the reply (below: still to come
          // from them, unless the mail gives it).
          askedOfColleague.has(c)
          ? { later: false, given: false }
          : answers.has(i)
            ? answerAbout(c, namers)
            : itemInClause(c, (t) => once.test(t), namers),
    );
    const later = clauses.some(
      (c, i) =>
        read[i]?.later === true ||
        // A label ("Video:") whose next clause is pending and names nothing itself.
        (isLater(c) && i > 0 && names[i - 1] === true && isLabel(clauses[i - 1]) && !namesAny[i]) ||
        // "… depends on our supplier, but we have no date yet": a "but" that names nothing speaks of what its sentence named.
        (isLater(c) && c.contrast && !namesAny[i] && i > 0 && names[i - 1] === true && clauses[i - 1]?.sentence === c.sentence),
    );
    const given = clauses.some((c, i) => {
      if (!names[i]) return false;
      if (read[i]?.given) return true;
      const next = clauses[i + 1];
      // A heading that names it, and the lines after it that give it ("Test accounts:" or "Test accounts (5 users)" and the logins).
      // ("Field mapping:" and "attached" under it, with no file, hands nothing over.)
      const forgotten = namers.noFiles && next !== undefined && ATTACHED_WORDS.test(next.folded) && !GIVES.test(next.text);
      // (Not a lead-in to questions: "Before we send the mapping, two questions:".)
      // (Nor a lead-in to questions, "Antes de enviaros el mapeo, dos dudas:", "Zu den Testkonten zwei Fragen:"; a question under a
      // heading, "does this one need admin rights?", still leaves the logins handed over.)
      const asksFirst = QUESTIONS_LEAD.test(c.folded) || sendsBefore(c, () => true);
      if (isLabel(c) && next !== undefined && !isLater(next) && !forgotten && !asksFirst && (/:\s*$/.test(c.text) || GIVES.test(next.text))) return true;
      // An item of a list whose lead-in hands the list over ("In attachment you'll find everything we were asked for:"),
      // or under the link that holds them ("Coloquei os três itens na pasta: https://…").
      const lead = leadIn[i];
      return lead !== undefined && (handsOver(lead) || (/:\s*$/.test(lead.text) && !isLater(lead) && linkedAbove(lead))) && !isLater(c);
    });
    // Handed over as itself (a heading and its logins, a link) it is given, whatever else the mail says of it later
    // ("if the accounts stop working, I'll re-seed them").
    const handedOver = clauses.some((c, i) => names[i] && isLabel(c) && /:\s*$/.test(c.text) && GIVES.test(clauses[i + 1]?.text ?? ''));
    // A file delivers its item whatever else the words say of it ("desktop screenshots attached, mobile ones to follow"), unless
    // they say what is sent is a draft, in its clause or in one after it in its sentence that names no other item ("…hänge ich
    // an, allerdings nur als Entwurf"): the item itself is still to come.
    const drafted =
      drafts.has(id) ||
      clauses.some((c, i) => A_DRAFT.test(c.folded) && (names[i] || (!namesAny[i] && names.some((n, j) => n && j < i && clauses[j]?.sentence === c.sentence))));
    // "Maria asked me to send you the API access. I'll do that tomorrow": the sending said of it in the next clause, naming nothing.
    // (Not an item that clause says was sent earlier: "The API access was already sent on 12/5, so only the test accounts are
    // remaining. We will send them by Friday.")
    const sentLater = clauses.some(
      (c, i) =>
        i > 0 &&
        names[i - 1] === true &&
        !namesAny[i] &&
        isLater(c) &&
        SENDS_IT.test(c.folded) &&
        !namedAsSentEarlier(clauses[i - 1] as Clause, (t) => once.test(t)),
    );
    if (!drafted && (files.has(id) || (given && (!later || handedOver)))) delivered.push(id);
    else if (later || drafted || sentLater || clauses.some((c, i) => names[i] && askedOfColleague.has(c))) pending.push(id);
  }
  // "Will send the materials then", "the rest follows next week": every item not given is still to come.
  if (clauses.some((c) => REST.test(c.folded) && isLater(c) && !c.question))
    for (const { id } of items) if (!delivered.includes(id) && !pending.includes(id)) pending.push(id);
  return { delivered, pending };
}
