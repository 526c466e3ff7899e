import { joined, matchesAny } from './line-patterns';

/**
 * Legal footers and printing or virus-scan notes (cut to the end, or only their paragraph when nothing stands above
 * them), and the external-sender banners gateways put on top of a mail.
 */

/**
 * Legal disclaimers and confidentiality footers, per language: a line that starts one. The footer
 * is cut from that line to the end when the paragraph it starts reads as legal text (three terms of
 * {@link LEGAL_TERMS}), or the line is a heading or a footer line of its own ({@link DISCLAIMER_HEADING},
 * {@link FOOTER_LINE}).
 */
const DISCLAIMER_START: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /^(this|the) (e-?mail|message|communication|transmission|electronic mail)\b.{0,80}\b(confidential|privileged|intended (only|solely|exclusively)|proprietary)/i,
    /^(this|the) (e-?mail|message)\b.{0,40}\bmay contain\b/i,
    /^the (information|content|contents) (contained )?(in|of) this (e-?mail|message|communication|transmission)/i,
    /^the (information|content|contents) transmitted\b.{0,40}\b(confidential|privileged|intended (only|solely|exclusively))/i,
    /^if you (have )?(received|receive) this (e-?mail|message|communication|transmission)?\s?(in error|by mistake)/i,
    /^if you are not the (intended|named) (recipient|addressee)/i,
    /^(any|the) (views|opinions) (expressed|presented) (in this (e-?mail|message) )?are (solely )?those of the author/i,
    /^(e-?mails?|messages?|correspondence) (sent|received|sent to (and|or) from)\b.{0,60}\b(may be|is|are) (subject to|monitored|recorded|disclosed|retained)/i,
    /^.{0,60}\bmay monitor (e-?mail|email traffic|communications|messages)/i,
  ],
  de: [
    /^diese (e-?mail|nachricht|mail)\b.{0,80}\b(vertraulich|rechtlich geschützt|ausschließlich für den adressaten|nur für den)/i,
    /^(wenn|falls|sollten) sie (nicht der (richtige|beabsichtigte|vorgesehene) (adressat|empfänger)|diese (e-?mail|nachricht) (irrtümlich|fälschlicherweise|versehentlich))/i,
    /^das unerlaubte kopieren/i,
    /^der inhalt dieser (e-?mail|nachricht)/i,
  ],
  fr: [
    /^ce (message|courriel|e-?mail|mail)\b.{0,80}(confidentiel|strictement réservé|à l'intention exclusive|destiné exclusivement)/i,
    /^si vous (avez reçu|recevez) ce (message|courriel|e-?mail|mail) par erreur/i,
    /^si vous n'êtes pas (le|la) destinataire/i,
    /^les informations contenues dans ce (message|courriel)/i,
  ],
  es: [
    /^este (mensaje|correo|e-?mail)\b.{0,100}\b(confidencial|privilegiad|dirigid[oa]s? exclusivamente|destinad[oa]s? exclusivamente)/i,
    /^si (usted )?(ha recibido|recibió|recibe) este (mensaje|correo|e-?mail) por error/i,
    /^si (usted )?no es el destinatario/i,
    /^la información contenida en este (mensaje|correo)/i,
  ],
  nl: [
    /^(dit|deze) (e-?mail)?(bericht|e-?mail)\b.{0,80}\b(vertrouwelijk|uitsluitend bestemd|alleen bestemd)/i,
    /^(indien|als) u (dit|deze) (e-?mail)?(bericht|e-?mail) (per vergissing|ten onrechte|abusievelijk|onterecht)/i,
    /^(indien|als) u niet de (geadresseerde|beoogde ontvanger) bent/i,
    /^de informatie (verzonden )?(in|met) (dit|deze) (e-?mail|bericht)/i,
    /^aan (dit|deze) (e-?mail|bericht) kunnen geen rechten/i,
  ],
  it: [
    /^(questo|il presente) (messaggio|e-?mail|documento)\b.{0,100}\b(riservat|confidenzial|(destinat|indirizzat)[oaie] esclusivamente)/i,
    /^(le informazioni|il contenuto) (contenut[ea] )?(in|di) (questo|questa|della presente) (messaggio|e-?mail|comunicazione)/i,
    /^se (avete|ha|hai) ricevuto (questo|il presente|questa) (messaggio|e-?mail|comunicazione) per errore/i,
    /^(informativa|ai sensi del) .{0,40}(privacy|d\.?\s?lgs|gdpr|regolamento)/i,
  ],
  pt: [
    /^esta (mensagem|comunicação|e-?mail)\b.{0,100}\b(confidencia(l|is)|privilegiad|destina(da|m-se) exclusivamente|uso exclusivo)/i,
    /^se (você )?(recebeu|receber) esta (mensagem|comunicação|e-?mail) por (engano|erro)/i,
    /^as informações contidas nesta (mensagem|comunicação)/i,
  ],
};

/** Footer lines that need no legal paragraph around them: printing and virus-scan notes, a bank's insurance line. */
const FOOTER_LINE =
  /^\W{0,3}(federally insured by|member fdic\b|please consider the environment before printing|think before you print|this (e-?mail|message) has been (scanned|checked) (for viruses|by)|bitte denken sie an die umwelt|(pensez|merci de penser) à l'environnement|antes de imprimir|prima di stampare|denk aan het milieu)/i;

/** A line that is a disclaimer's heading on its own. */
const DISCLAIMER_HEADING =
  /^\W{0,6}(confidentiality notice|confidential(ity)? (statement|note|warning)|disclaimer|legal (notice|disclaimer)|privileged (and|&) confidential|vertraulichkeitshinweis|haftungsausschluss|rechtlicher hinweis|avis de confidentialité|avertissement|aviso legal|aviso de confidencialidad|clausula de confidencialidad|cláusula de confidencialidad|avviso di riservatezza|disclaimer legale|vertrouwelijkheidsclausule|aviso de confidencialidade)\b/i;

/** Terms legal footers are made of; {@link LEGAL_TERMS_IN_A_FOOTER} in a paragraph make it one (a person's "this is confidential" has one). */
const LEGAL_TERMS = [
  /\bintended (solely |only |exclusively )?(for (the )?)?(named )?(recipient|addressee|use|person or entity|individual or entity)/i,
  /\b(named |intended )?addressee/i,
  /\bconfidential/i,
  /\bprivileged/i,
  /\b(prohibited|forbidden|not permitted|strictly prohibited)\b/i,
  /\bunauthori[sz]ed\b/i,
  /\bnotify the sender\b|\bcontact the sender\b|\binform the sender\b/i,
  /\b(delete|destroy) (it|this|the|all)\b/i,
  /\bin error\b|\bby mistake\b/i,
  /\bliabilit|\bliable\b/i,
  /\b(disclosure|dissemination|distribution|copying)\b/i,
  /\bvirus/i,
  /\bvertraulich/i,
  /\b(empfänger|adressat)/i,
  /\birrtümlich|\bversehentlich|\bfälschlicherweise/i,
  /\b(untersagt|unzulässig|nicht gestattet)/i,
  /\babsender/i,
  /\blöschen|\bvernichten/i,
  /\bconfidentiel/i,
  /\bdestinataire/i,
  /\bpar erreur\b/i,
  /\b(interdit|interdite)\b/i,
  /\bexpéditeur/i,
  /\b(détruire|supprimer)\b/i,
  /\bconfidencia(l|is)/i,
  /\b(exclusivamente|esclusivamente|exclusivement|ausschließlich|uitsluitend|exclusively)\b/i,
  /\b(diffusione|divulgazione|divulgação|divulgación|difusión)\b/i,
  /\bdestinatario/i,
  /\bpor (error|engano|erro)\b/i,
  /\b(prohibid|proibid|vietat)/i,
  /\bremitente|\bremetente|\bmittente/i,
  /\bdestinatário|\belimin/i,
  /\b(eliminar|destruir|excluir|eliminarlo|distrugg|cancellar)/i,
  /\briservat/i,
  /\bper errore\b/i,
  /\bvertrouwelijk/i,
  /\b(geadresseerde|bestemd voor)\b/i,
  /\b(per vergissing|ten onrechte|abusievelijk)\b/i,
  /\b(afzender|verwijderen|vernietigen)\b/i,
  /\b(aansprakelijk|responsabilit|verantwortung|haftung)/i,
  /\bexport[- ]controll?ed\b/i,
  /\b(?:arms|export) regulations\b/i,
  /\bprivilegiad|\bprivilegiat/i,
  /\bprotected health information\b|\bpublic records?\b/i,
  /\b(?:intended|addressed) (?:only|solely|exclusively)\b/i,
];

/** Company-register lines of a signature (German "Pflichtangaben" and their kin): the footer starts there. */
export const COMPANY_REGISTER =
  /\b(amtsgericht|registergericht|handelsregister|hr[ab]\s?\d|sitz der gesellschaft|geschäftsführ(er|erin|ung)\s?:|ust-?id|vorstand\s?:|aufsichtsrat|rcs [a-z]|siret|siren|capital social|kvk|kamer van koophandel|partita iva|p\.\s?iva|registered (office|in england)|company (registration )?(no|number)\b|registro mercantil|c\.?i\.?f\.?:|nif:)/i;

/** How many of {@link LEGAL_TERMS} a paragraph holds for it to be read as a legal footer. */
const LEGAL_TERMS_IN_A_FOOTER = 3;

function legalTermCount(text: string): number {
  return LEGAL_TERMS.filter((term) => term.test(text)).length;
}

/** A label a footer's first line may open with ("NOTICE:", "Hinweis:"). */
const NOTICE_LABEL =
  /^\W{0,3}(?:(?:important |legal )?notice|avis|aviso|avviso|confidential(?:ity)?|vertraulich|confidentiel|confidencial|riservato|vertrouwelijk)\s*:\s*/i;

/** {@link DISCLAIMER_START} of every language, tried on a line as one expression a set of flags. */
const ALL_DISCLAIMER_STARTS = joined(Object.values(DISCLAIMER_START).flat());

/** The paragraph that starts at `index`: up to the next blank line. */
function paragraphFrom(lines: readonly string[], index: number): string {
  const out: string[] = [];
  for (let i = index; i < lines.length && (lines[i] ?? '').trim() !== ''; i += 1) out.push(lines[i] ?? '');
  return out.join(' ');
}

/** A label in capitals a footer may open with ("EXPORT CONTROLLED:", "PUBLIC RECORDS NOTICE:"). */
const CAPITAL_LABEL = /^\W{0,3}[A-Z][A-Z &/-]{2,30}:\s*/;

/**
 * The last paragraph, under the sender's other lines, is a footer when any of its sentences starts one and it holds two legal
 * terms, whatever else it says ("The University is an exempt charity. This email and its attachments are intended solely for the addressee …", "EXPORT
 * CONTROLLED: This email may contain technical data …"), or when it holds a company's register ("Registered in England and
 * Wales No. …"). (Higher up a footer needs its legal paragraph: a person may write "this message is confidential" mid-mail.)
 */
function isLastFooter(paragraph: string): boolean {
  if (COMPANY_REGISTER.test(paragraph)) return true;
  // (Two legal terms at least: a person's own "This email is confidential until the board meets on the 20th, so please don't
  // schedule the launch" has one, "The information in this email about the launch date is not final" none.)
  if (legalTermCount(paragraph) < LEGAL_TERMS_IN_A_LAST_FOOTER) return false;
  return paragraph.split(/(?<=[.!?])\s+/).some((sentence) => matchesAny(ALL_DISCLAIMER_STARTS, sentence.replace(NOTICE_LABEL, '').replace(CAPITAL_LABEL, '')));
}

/** How many of {@link LEGAL_TERMS} the mail's last paragraph holds to be read as a footer by {@link isLastFooter}. */
const LEGAL_TERMS_IN_A_LAST_FOOTER = 2;

/** Where a legal footer starts in `lines`, or -1. */
function disclaimerStart(lines: readonly string[]): number {
  const first = lines.findIndex((line) => line.trim() !== '');
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    if ((lines[i] ?? '').trim() === '') {
      if (last >= 0) break;
      continue;
    }
    last = i;
  }
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (i === last && i > first && isLastFooter(paragraphFrom(lines, i))) return i;
    if (DISCLAIMER_HEADING.test(line) || FOOTER_LINE.test(line)) return i;
    // "NOTICE: The information contained in this transmission…": a label before the footer's first words (then only its
    // legal paragraph makes it a footer: "Notice: disclaimer text missing on the checkout page" is a person's).
    const labelled = line.replace(NOTICE_LABEL, '');
    if (labelled !== line && matchesAny(ALL_DISCLAIMER_STARTS, labelled) && legalTermCount(paragraphFrom(lines, i)) >= LEGAL_TERMS_IN_A_FOOTER) return i;
    if (matchesAny(ALL_DISCLAIMER_STARTS, line) && legalTermCount(paragraphFrom(lines, i)) >= LEGAL_TERMS_IN_A_FOOTER) return i;
  }
  return -1;
}

/** Cuts a legal footer: from its first line to the end, or only its paragraph when nothing stands above it. */
export function cutDisclaimer(lines: string[]): string[] {
  const start = disclaimerStart(lines);
  if (start < 0) return lines;
  const before = lines.slice(0, start);
  if (before.some((line) => line.trim() !== '')) return before;
  // A footer with nothing above it (a banner at the top): drop its paragraph and read on.
  let end = start;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end += 1;
  return [...before, ...cutDisclaimer(lines.slice(end))];
}

/** True when lines with text in them are nothing but legal footers and gateway banners (a banner at a mail's top, above its rule). */
export function footersOnly(lines: readonly string[]): boolean {
  return lines.some((line) => line.trim() !== '') && cutDisclaimer(dropBanners([...lines])).every((line) => line.trim() === '');
}

/** External-sender banners gateways put on top of a mail: dropped, paragraph and all. */
const BANNER =
  /^\W{0,3}(\[?external\]?( email| sender| message)?:?|caution:|warning:|achtung:|attention :|attention:|atención:|attenzione:|let op:)\s?.{0,40}\b(outside|external|extern|externe|extérieur|externo|esterno|buiten)\b/i;

/**
 * What a gateway's banner speaks of: the mail, its sender, its links (a person's "Caution: our external IT partner has not
 * confirmed the API access yet" speaks of none, and is kept).
 */
const BANNER_TERMS =
  /\b(this (e-?mail|message)|extern\w* (e-?mail|mail|message|nachricht|absender|sender|correo|courriel)|(e-?mail|mail|correo|courriel) extern\w*|originated|came from|sender|organi[sz]ation|click|links?|attachments?|diese (e-?mail|nachricht)|absender|ce (message|courriel|mail)|expéditeur|este (correo|mensaje)|remitente|questa (e-?mail|mail|messaggio)|mittente|deze (e-?mail|mail|bericht)|afzender)\b/i;

export function dropBanners(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (BANNER.test((lines[i] ?? '').trim()) && BANNER_TERMS.test(paragraphFrom(lines, i))) {
      while (i < lines.length && (lines[i] ?? '').trim() !== '') i += 1;
      continue;
    }
    out.push(lines[i] ?? '');
  }
  return out;
}
