/**
 * The new text of a reply: quoted history, signatures and legal footers cut, inline answers kept
 * with the quoted lines they answer, as docs/mail-understanding.md specifies. Line-based, because
 * every client marks its quote with a line of its own. Every rule is data: a list of patterns per
 * language, so a new client's format is a new pattern and a test.
 */

// ---------------------------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------------------------

/** Zero-width and other invisible characters clients leave in text (ZWSP/ZWNJ/ZWJ, word joiner, BOM, soft hyphen, Mongolian vowel separator, bidi marks). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E\u200E\u200F]/g;
/** Spaces that are not ASCII spaces: no-break, narrow no-break, figure space. */
const ODD_SPACE = /[\u00A0\u202F\u2007]/g;

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
}

// ---------------------------------------------------------------------------------------------
// Where quoted history starts
// ---------------------------------------------------------------------------------------------

/** Attribution lines that open a quote ("On … wrote:" and its translations). */
const ATTRIBUTION = [
  /^on\b.{4,}\bwrote:?$/i,
  /^am\b.{4,}\bschrieb\b.*:$/i,
  /^le\b.{4,}\ba écrit ?:$/i,
  /^el\b.{4,}\bescribió ?:?$/i,
  /^il\b.{4,}\bha scritto ?:?$/i,
  /^op\b.{4,}\bschreef\b.*:$/i,
  /^em\b.{4,}\bescreveu ?:?$/i,
  /^den\b.{4,}\bskrev\b.*:$/i,
  /^w dniu\b.{4,}\bpisze:?$/i,
  // Gmail in languages without a verb in the line: "2027年3月1日(月) 10:00 Pat Doe <pat@x.example>:"
  /^\d{4}[-/.年]\s?\d{1,2}.*<[^<>\s]+@[^<>\s]+>\s?[:：]$/,
  // Gmail with a weekday first (Russian, Czech, …): "пн, 1 мар. 2027 г. в 10:00, Pat Doe <pat@x.example>:"
  /^\p{L}{2,4}\.?,\s.{0,40}\d{4}.*<[^<>\s]+@[^<>\s]+>\s?[:：]$/u,
];

/** Verbs of an attribution in any position ("Pat <pat@x> schrieb am 16.03.2027 10:10:", Mutt, Thunderbird, Lotus Notes). */
const WROTE =
  /(?<!\p{L})(wrote|writes|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev|kirjoitti|napsal\(a\)|napsal|pisze|napisał\(a\)|napisał|írta|yazdı|написал\(а\)|написала|написал)(?!\p{L})|写道|のメッセージ|님이 작성/iu;
/** An attribution names the writer's address and a date or time: "Pat <pat@x.example> wrote on 03/02/2027 7:00 PM:". */
const ADDRESS_AND_DATE = /@[^\s]+\.[a-z]{2,}.*\d|\d.*@[^\s]+\.[a-z]{2,}/i;

const HEADER_FROM = /^\*?(from|de|von|van|da|från|fra|od|от|差出人|发件人|寄件者|lähettäjä|kimden|feladó|afzender|remetente)\s?[:：]\*?\s?\S/i;
const HEADER_SENT =
  /^\*?(sent|date|gesendet|envoyé|enviado(?: el| em)?|enviada(?: em)?|verzonden|inviato|skickat|datum|data|sendt|wysłano|odesláno|отправлено|дата|送信日時|日付|发送时间|發送時間|lähetetty|gönderildi|tarih|elküldve|dátum)\s?[:：]\*?\s?\S/i;
/** Outlook on the web sometimes puts the whole header block on one line. */
const HEADER_ONE_LINE = /^\*?(from|de|von|van|da)\s?:\*?\s.+\s\*?(sent|date|gesendet|envoyé|enviado|verzonden|inviato)\s?:\*?\s/i;

const SEPARATOR = [
  /^-{2,}\s*(original message|ursprüngliche nachricht|originalnachricht|ursprüngliche mail|message d'origine|mail original|e-mail original|originele e-mail|mensaje original|messaggio originale|oorspronkelijk bericht|origineel bericht|mensagem original|originalmeddelande|alkuperäinen viesti|oryginalna wiadomość|původní zpráva|исходное сообщение|原始邮件)\s*-{2,}$/i,
  /^_{10,}$/,
];

/** Forward markers: what follows is another message, not an answer to ours. */
const FORWARD = [
  /^-{2,}\s*forwarded message\s*-{2,}$/i,
  /^begin forwarded message:$/i,
  /^-{2,}\s*weitergeleitete nachricht\s*-{2,}$/i,
  /^-{2,}\s*message transféré\s*-{2,}$/i,
  /^-{2,}\s*mensaje reenviado\s*-{2,}$/i,
  /^-{2,}\s*messaggio inoltrato\s*-{2,}$/i,
  /^-{2,}\s*doorgestuurd bericht\s*-{2,}$/i,
  /^-{2,}\s*mensagem encaminhada\s*-{2,}$/i,
  /^-{2,}\s*пересылаемое сообщение\s*-{2,}$/i,
];

function isQuoted(line: string): boolean {
  return /^\s*>/.test(line);
}

function matchesAttribution(text: string): boolean {
  return ATTRIBUTION.some((pattern) => pattern.test(text));
}

/** How many lines the attribution at `index` takes (1 to 3: Gmail and Apple Mail wrap long ones), or 0. */
function attributionAt(lines: readonly string[], index: number): number {
  const line = lines[index]?.trim() ?? '';
  if (line === '' || line.length > 400) return 0;
  if (matchesAttribution(line)) return 1;
  // A wrapped attribution starts with its date, and a sentence of the reply ends with a full stop.
  const next = /\d/.test(line) && !/[.!?]$/.test(line) ? nextNonBlank(lines, index + 1, 2) : -1;
  if (next >= 0) {
    const joined = `${line} ${lines[next]?.trim() ?? ''}`;
    if (matchesAttribution(joined)) return next - index + 1;
    const third = lines[next + 1]?.trim() ?? '';
    if (third !== '' && matchesAttribution(`${joined} ${third}`)) return next - index + 2;
  }
  // Any other line that ends in ':' with an attribution verb, right above a quote or naming an address and a date.
  if (/[:：]$/.test(line) && line.length <= 250 && WROTE.test(line)) {
    const after = nextNonBlank(lines, index + 1, 3);
    if (ADDRESS_AND_DATE.test(line) || (after >= 0 && isQuoted(lines[after] ?? ''))) return 1;
  }
  return 0;
}

function nextNonBlank(lines: readonly string[], from: number, within: number): number {
  for (let i = from; i < lines.length && i < from + within; i += 1) if ((lines[i] ?? '').trim() !== '') return i;
  return -1;
}

function isHeaderBlockAt(lines: readonly string[], index: number): boolean {
  const line = lines[index]?.trim() ?? '';
  if (HEADER_ONE_LINE.test(line)) return true;
  if (!HEADER_FROM.test(line)) return false;
  for (let next = index + 1; next <= index + 4 && next < lines.length; next += 1) {
    if (HEADER_SENT.test(lines[next]?.trim() ?? '')) return true;
  }
  return false;
}

type QuoteKind = 'attribution' | 'header' | 'separator' | 'forward' | 'quote' | 'none';

interface QuoteStart {
  /** The first line of quoted history (lines.length when there is none). */
  readonly index: number;
  /** The first line after the quote's own marker (attribution, header block, separator). */
  readonly body: number;
  readonly kind: QuoteKind;
}

/** The end of an Outlook header block (From/Sent/To/Subject…): the first blank line after it. */
function headerBlockEnd(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length && i < from + 12; i += 1) if ((lines[i] ?? '').trim() === '') return i + 1;
  return Math.min(lines.length, from + 1);
}

/** Where quoted history starts, and what kind of marker opens it. */
function quoteStart(lines: readonly string[]): QuoteStart {
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    if (isQuoted(raw)) return { index: i, body: i, kind: 'quote' };
    const line = raw.trim();
    if (line === '') continue;
    if (FORWARD.some((pattern) => pattern.test(line))) return { index: i, body: lines.length, kind: 'forward' };
    const attribution = attributionAt(lines, i);
    if (attribution > 0) return { index: i, body: i + attribution, kind: 'attribution' };
    if (SEPARATOR.some((pattern) => pattern.test(line))) {
      // Outlook's rule or "Original Message" line, usually with a header block right under it.
      const header = nextNonBlank(lines, i + 1, 2);
      const body = header >= 0 && isHeaderBlockAt(lines, header) ? headerBlockEnd(lines, header) : i + 1;
      return { index: i, body, kind: 'separator' };
    }
    if (isHeaderBlockAt(lines, i)) return { index: i, body: headerBlockEnd(lines, i), kind: 'header' };
  }
  return { index: lines.length, body: lines.length, kind: 'none' };
}

/** True for a line that opens older history inside a quote region (another attribution, header block, separator or forward). */
function opensHistory(lines: readonly string[], index: number): boolean {
  const line = lines[index]?.trim() ?? '';
  if (line === '' || isQuoted(lines[index] ?? '')) return false;
  return (
    FORWARD.some((pattern) => pattern.test(line)) ||
    SEPARATOR.some((pattern) => pattern.test(line)) ||
    isHeaderBlockAt(lines, index) ||
    attributionAt(lines, index) > 0
  );
}

// ---------------------------------------------------------------------------------------------
// Signatures, closings and legal footers
// ---------------------------------------------------------------------------------------------

const SIGNATURE_DELIMITER = /^--\s?$/;

/** Mobile and client signature lines, in the languages the apps ship in. */
const MOBILE_SIGNATURE = new RegExp(
  '^(' +
    [
      'sent from my (iphone|ipad|android|mobile|phone|samsung|galaxy|blackberry|pixel|huawei|xiaomi|oneplus|smartphone|tablet)',
      'sent from (outlook|mail for windows|yahoo mail|my mobile device|gmail mobile|proton mail|aol)',
      'get outlook for (ios|android)',
      'sent via ',
      'sent with ',
      'sent using (outlook|gmail|mail|spark|airmail|blackberry|bluemail|proton)',
      'von meinem (iphone|ipad|smartphone|mobiltelefon|samsung|galaxy|android)',
      'gesendet von meinem',
      'gesendet mit (outlook|gmx|web\\.de|der gmx|der web\\.de|blackberry|samsung|spark)',
      'holen sie sich outlook für (ios|android)',
      'envoyé de mon (iphone|ipad|smartphone|samsung|mobile)',
      'envoyé depuis mon',
      'envoyé à partir de outlook',
      'obtenir outlook pour (ios|android)',
      'enviado desde mi (iphone|ipad|móvil|celular|samsung|smartphone|android)',
      'enviado desde outlook',
      'obtener outlook para (ios|android)',
      'inviato da (iphone|ipad|il mio|outlook)',
      'inviato dal mio',
      'scarica outlook per (ios|android)',
      'ottieni outlook per (ios|android)',
      'verzonden vanaf mijn',
      'verzonden met (outlook|mail voor windows|blackberry)',
      'verstuurd vanaf mijn',
      'outlook voor (ios|android) downloaden',
      'enviado do meu',
      'enviado a partir do',
      'obter o outlook para (ios|android)',
      'baixe o outlook para (ios|android)',
      'skickat från min',
      'sendt fra min',
      'lähetetty (iphonesta|puhelimesta)',
      'wysłane z (mojego|iphone)',
      'odesláno z (iphonu|mého)',
      'отправлено с (iphone|моего)',
      'iphoneから送信',
      '从我的iphone发送',
    ].join('|') +
    ')',
  'i',
);

const CLOSING = new RegExp(
  '^(' +
    [
      'thanks',
      'thank you',
      'many thanks',
      'thanks again',
      'thanks so much',
      'thank you very much',
      'best',
      'best regards',
      'kind regards',
      'warm regards',
      'warmest regards',
      'regards',
      'cheers',
      'sincerely',
      'all the best',
      'best wishes',
      'thx',
      'br',
      'mit freundlichen grüßen',
      'mit freundlichen grüssen',
      'freundliche grüße',
      'freundliche grüsse',
      'viele grüße',
      'viele grüsse',
      'beste grüße',
      'liebe grüße',
      'herzliche grüße',
      'schöne grüße',
      'gruß',
      'gruss',
      'grüße',
      'cordialement',
      'bien cordialement',
      'bien à vous',
      'salutations',
      'meilleures salutations',
      'saludos',
      'un saludo',
      'saludos cordiales',
      'atentamente',
      'cordiali saluti',
      'distinti saluti',
      'un saluto',
      'saluti',
      'met vriendelijke groet',
      'met vriendelijke groeten',
      'vriendelijke groet',
      'vriendelijke groeten',
      'hartelijke groet',
      'groeten',
      'groet',
      'atenciosamente',
      'cumprimentos',
      'com os melhores cumprimentos',
      'abraços',
      'med vänliga hälsningar',
      'vänliga hälsningar',
      'med venlig hilsen',
      'venlig hilsen',
      'med vennlig hilsen',
      'z poważaniem',
      's pozdravem',
      'с уважением',
    ]
      // Longest first, so "best regards" is not read as "best" followed by a name.
      .sort((a, b) => b.length - a.length)
      .join('|') +
    ')[,.!]*',
  'iu',
);

/** A name after a closing on the same line: "Thanks, Pat" or "Best, Pat Doe". */
const SIGNOFF_NAME = /^(\s*\p{Lu}[\p{L}'’.-]*){0,3}[,.!]*$/u;

function isClosing(line: string): boolean {
  const match = CLOSING.exec(line);
  if (!match) return false;
  const rest = line.slice(match[0].length);
  return rest === '' || (/^\s/.test(rest) && SIGNOFF_NAME.test(rest));
}

/** At most this many short lines may follow a closing line for it to be a sign-off. */
const MAX_LINES_AFTER_CLOSING = 6;
const MAX_SIGNATURE_LINE_CHARS = 60;

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
    /^the (information|content|contents) (contained )?(in|of) this (e-?mail|message|communication)/i,
    /^if you (have )?(received|receive) this (e-?mail|message|communication|transmission)?\s?(in error|by mistake)/i,
    /^if you are not the (intended|named) (recipient|addressee)/i,
    /^(any|the) (views|opinions) (expressed|presented) (in this (e-?mail|message) )?are (solely )?those of the author/i,
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
    /^este (mensaje|correo|e-?mail)\b.{0,100}\b(confidencial|privilegiad|dirigido exclusivamente|destinado exclusivamente)/i,
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
    /^(questo|il presente) (messaggio|e-?mail|documento)\b.{0,100}\b(riservat|confidenzial|destinat[oai] esclusivamente)/i,
    /^(le informazioni|il contenuto) (contenut[ea] )?(in|di) (questo|questa|della presente) (messaggio|e-?mail|comunicazione)/i,
    /^se (avete|ha|hai) ricevuto (questo|il presente|questa) (messaggio|e-?mail|comunicazione) per errore/i,
    /^(informativa|ai sensi del) .{0,40}(privacy|d\.?\s?lgs|gdpr|regolamento)/i,
  ],
  pt: [
    /^esta (mensagem|comunicação|e-?mail)\b.{0,100}\b(confidencial|privilegiad|destinada exclusivamente|uso exclusivo)/i,
    /^se (você )?(recebeu|receber) esta (mensagem|comunicação|e-?mail) por (engano|erro)/i,
    /^as informações contidas nesta (mensagem|comunicação)/i,
  ],
};

/** Footer lines that need no legal paragraph around them: printing and virus-scan notes. */
const FOOTER_LINE =
  /^\W{0,3}(please consider the environment before printing|think before you print|this (e-?mail|message) has been (scanned|checked) (for viruses|by)|bitte denken sie an die umwelt|(pensez|merci de penser) à l'environnement|antes de imprimir|prima di stampare|denk aan het milieu)/i;

/** A line that is a disclaimer's heading on its own. */
const DISCLAIMER_HEADING =
  /^\W{0,3}(confidentiality notice|confidential(ity)? (statement|note|warning)|disclaimer|legal (notice|disclaimer)|privileged (and|&) confidential|vertraulichkeitshinweis|haftungsausschluss|rechtlicher hinweis|avis de confidentialité|avertissement|aviso legal|aviso de confidencialidad|clausula de confidencialidad|cláusula de confidencialidad|avviso di riservatezza|disclaimer legale|vertrouwelijkheidsclausule|aviso de confidencialidade)\b/i;

/** Terms legal footers are made of; two in a paragraph make it one (a person's "this is confidential" has one). */
const LEGAL_TERMS = [
  /\bintended (solely |only |exclusively )?(for the )?(recipient|addressee|use)/i,
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
  /\bconfidencial/i,
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
];

/** Company-register lines of a signature (German "Pflichtangaben" and their kin): the footer starts there. */
const COMPANY_REGISTER =
  /\b(amtsgericht|registergericht|handelsregister|hr[ab]\s?\d|sitz der gesellschaft|geschäftsführ(er|erin|ung)\s?:|ust-?id|vorstand\s?:|aufsichtsrat|rcs [a-z]|siret|siren|capital social|kvk|kamer van koophandel|partita iva|p\.\s?iva|registered (office|in england)|company (registration )?(no|number)\b|registro mercantil|c\.?i\.?f\.?:|nif:)/i;

const LEGAL_TERMS_IN_A_FOOTER = 3;

function legalTermCount(text: string): number {
  return LEGAL_TERMS.filter((term) => term.test(text)).length;
}

const ALL_DISCLAIMER_STARTS = Object.values(DISCLAIMER_START).flat();

/** The paragraph that starts at `index`: up to the next blank line. */
function paragraphFrom(lines: readonly string[], index: number): string {
  const out: string[] = [];
  for (let i = index; i < lines.length && (lines[i] ?? '').trim() !== ''; i += 1) out.push(lines[i] ?? '');
  return out.join(' ');
}

/** Where a legal footer starts in `lines`, or -1. */
function disclaimerStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (DISCLAIMER_HEADING.test(line) || FOOTER_LINE.test(line)) return i;
    if (ALL_DISCLAIMER_STARTS.some((pattern) => pattern.test(line)) && legalTermCount(paragraphFrom(lines, i)) >= LEGAL_TERMS_IN_A_FOOTER) return i;
  }
  return -1;
}

/** Cuts a legal footer: from its first line to the end, or only its paragraph when nothing stands above it. */
function cutDisclaimer(lines: string[]): string[] {
  const start = disclaimerStart(lines);
  if (start < 0) return lines;
  const before = lines.slice(0, start);
  if (before.some((line) => line.trim() !== '')) return before;
  // A footer with nothing above it (a banner at the top): drop its paragraph and read on.
  let end = start;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end += 1;
  return [...before, ...cutDisclaimer(lines.slice(end))];
}

/** External-sender banners gateways put on top of a mail: dropped, paragraph and all. */
const BANNER =
  /^\W{0,3}(\[?external\]?( email| sender| message)?:?|caution:|warning:|achtung:|attention :|attention:|atención:|attenzione:|let op:)\s?.{0,40}\b(outside|external|extern|externe|extérieur|externo|esterno|buiten)\b/i;

function dropBanners(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (BANNER.test((lines[i] ?? '').trim())) {
      while (i < lines.length && (lines[i] ?? '').trim() !== '') i += 1;
      continue;
    }
    out.push(lines[i] ?? '');
  }
  return out;
}

/** Words that make a short line an answer, not a name: "Approved", "Agreed", "Akkoord". */
const ANSWER_WORD =
  /^(yes|no|ok|okay|approved|agreed|confirmed|correct|fine|done|sure|perfect|great|noted|received|thanks|thank|go|lgtm|hi|hello|dear|ja|nein|genehmigt|freigegeben|einverstanden|passt|korrekt|erledigt|oui|non|d'accord|validé|parfait|bien|sí|si|vale|aprobado|perfecto|correcto|listo|approvato|perfetto|va|sim|não|aprovado|certo|akkoord|prima|klopt|goed|nee|bedankt|merci|danke|gracias|grazie|obrigado|obrigada)$/i;

const NAME_WORD = /^(\p{Lu}[\p{L}'’-]*\.?|van|von|de|der|den|da|di|du|del|della|dos|das|le|la|ten|ter|zu|y|e|bin|al)$/u;
const TITLE_PREFIX = /^(dr|prof|mr|mrs|ms|mme|mlle|frau|herr|sr|sra|ing|mag)\.?$/i;

/** A person's name on a line of its own, optionally with a title after `|`, `,` or a dash: "Marcus Lee", "Bram de Wit | Projectleider". */
function isNameLine(line: string): boolean {
  const name = line.split(/\s[|–—-]\s|,\s/)[0]?.trim() ?? '';
  const words = name.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 5 || name.length > 50) return false;
  const first = words[0] ?? '';
  if (ANSWER_WORD.test(first.replace(/[,.!]+$/, ''))) return false;
  if (!/^\p{Lu}/u.test(first) && !TITLE_PREFIX.test(first)) return false;
  return words.every((word, i) => NAME_WORD.test(word) || (i === 0 && TITLE_PREFIX.test(word)));
}

const PHONE = /(\+|\b)\d[\d\s()./-]{6,}\d/;
const URL_OR_ADDRESS = /(https?:\/\/|\bwww\.)\S+|[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const COMPANY_SUFFIX = /\b(inc|ltd|llc|gmbh|b\.v|n\.v|s\.a|s\.l|sas|sarl|s\.r\.l|srl|s\.p\.a|plc|corp|pty|e\.v)\b\.?$/i;

/** A line a signature is made of: short, not a sentence, not a question. */
function isSignatureDetail(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 72) return false;
  if (/[?!]$/.test(text)) return false;
  // A sentence ends with a lower-case word and a full stop; "Acme Events Inc." does not.
  if (/\b\p{Ll}{3,}\.$/u.test(text) && !COMPANY_SUFFIX.test(text)) return false;
  return text.split(/\s+/).length <= 12;
}

/** A line only a signature has: a phone number, an address or a link. */
function isContactLine(line: string): boolean {
  const text = line.trim();
  return PHONE.test(text) || URL_OR_ADDRESS.test(text);
}

/**
 * Where a signature block with no closing line above it starts: a name, then title, company and
 * contact lines. It needs a contact line (phone, address, link), or the sender's first name signed
 * alone just above it ("Priya" / "Priya Raman" / "Registration Lead"): a name and a title alone may
 * be the end of a notice.
 */
function nameSignatureStart(lines: readonly string[]): number {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end -= 1;
  let start = end;
  while (start > 0 && (lines[start - 1] ?? '').trim() !== '') start -= 1;
  const block = lines.slice(start, end).map((line) => line.trim());
  if (block.length < 2 || block.length > 8) return -1;
  if (!lines.slice(0, start).some((line) => line.trim() !== '')) return -1;
  const [first, ...rest] = block;
  if (first === undefined || !isNameLine(first) || !rest.every(isSignatureDetail)) return -1;
  if (rest.some(isContactLine)) return start;
  const above = lines
    .slice(0, start)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .pop();
  const firstName = first.split(/\s+/)[0] ?? '';
  return above !== undefined && isNameLine(above) && above.split(/\s+/)[0] === firstName ? start : -1;
}

function cutSignature(input: readonly string[]): string[] {
  let lines = cutDisclaimer(dropBanners([...input]));
  const delimiter = lines.findIndex((line) => SIGNATURE_DELIMITER.test(line));
  if (delimiter >= 0) lines = lines.slice(0, delimiter);
  const mobile = lines.findIndex((line) => MOBILE_SIGNATURE.test(line.trim()));
  if (mobile >= 0) lines = lines.slice(0, mobile);
  // A company-register line under a closing ("Mit freundlichen Grüßen" … "Amtsgericht Köln HRB 48211") ends the signature there.
  const register = lines.findIndex((line, i) => COMPANY_REGISTER.test(line) && lines.slice(Math.max(0, i - 12), i).some((l) => isClosing(l.trim())));
  if (register >= 0 && lines.length - register <= 8) lines = lines.slice(0, register);
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]?.trim() ?? '';
    if (!isClosing(line)) continue;
    const after = lines.slice(i + 1).filter((l) => l.trim() !== '');
    const hasContentBefore = lines.slice(0, i).some((l) => l.trim() !== '');
    if (hasContentBefore && after.length <= MAX_LINES_AFTER_CLOSING && after.every((l) => l.trim().length <= MAX_SIGNATURE_LINE_CHARS)) {
      return lines.slice(0, i);
    }
  }
  const named = nameSignatureStart(lines);
  if (named >= 0) return lines.slice(0, named);
  return lines;
}

/** True when the lines hold nothing but a sign-off: a closing or a name, and signature lines under it. */
function isSignatureOnly(lines: readonly string[]): boolean {
  const text = lines.map((line) => line.trim()).filter((line) => line !== '');
  const [first, ...rest] = text;
  if (first === undefined) return true;
  if (isClosing(first)) return rest.length <= MAX_LINES_AFTER_CLOSING && rest.every((line) => line.length <= MAX_SIGNATURE_LINE_CHARS);
  return rest.length <= MAX_LINES_AFTER_CLOSING && isNameLine(first) && rest.every(isSignatureDetail);
}

// ---------------------------------------------------------------------------------------------
// Inline answers
// ---------------------------------------------------------------------------------------------

/** Top text that says the answers are in the quote ("answers inline", "see below in CAPS", "siehe unten im Text"…). */
const INLINE_ANNOUNCEMENT = [
  /\b(inline|in-line|in line|below|beneath|underneath|interspersed|next to each)\b/i,
  /\bin (caps|capitals|upper ?case|bold|blue|red|green|colou?r|italics?)\b/i,
  /\b(my|our) (answers?|comments?|notes?|responses?|replies|remarks|feedback)\b/i,
  /\b(unten|im text|zwischen den zeilen|in (rot|blau|grün|großbuchstaben|fett))\b|\bmeine?n? (antworten|anmerkungen|kommentare)\b/i,
  /\b(ci-dessous|dans le texte|en (rouge|bleu|vert|majuscules|gras))\b|\bmes (réponses|commentaires|remarques)\b/i,
  /\b(abajo|a continuación|entre líneas|en (rojo|azul|verde|mayúsculas|negrita))\b|\bmis (respuestas|comentarios)\b/i,
  /\b(qui sotto|di seguito|nel testo|in (rosso|blu|verde|maiuscolo|grassetto))\b|\b(le mie risposte|i miei commenti)\b/i,
  /\b(hieronder|in de tekst|in het (rood|blauw|groen)|in hoofdletters)\b|\bmijn (antwoorden|opmerkingen)\b/i,
  /\b(abaixo|no texto|em (vermelho|azul|verde|maiúsculas|negrito))\b|\b(minhas respostas|meus comentários)\b/i,
];
const CAPS_ANNOUNCEMENT = /\b(caps|capitals|upper ?case|block letters|großbuchstaben|majuscules|mayúsculas|maiuscolo|maiuscole|hoofdletters|maiúsculas)\b/i;

/** Labels that look like initials but are not: "RE:", "CC:", "PS:"… */
const NOT_INITIALS = new Set([
  'RE',
  'FW',
  'FWD',
  'AW',
  'WG',
  'TR',
  'SV',
  'VS',
  'RV',
  'CC',
  'BCC',
  'TO',
  'PS',
  'NB',
  'OK',
  'QA',
  'UI',
  'IT',
  'ID',
  'PO',
  'API',
  'URL',
  'FAQ',
  'TEL',
  'FAX',
  'MOB',
  'CEO',
  'CTO',
  'CFO',
  'COO',
  'VP',
  'PM',
  'BR',
  'ETA',
  'UTC',
  'CET',
  'EST',
  'PST',
]);

/** The marker an answer line in an unquoted copy starts with: "[PD]", "JS:", "-->". */
function markerOf(line: string): string | null {
  const text = line.trimStart();
  const bracket = /^\[([A-Z]{1,4})\]/.exec(text);
  if (bracket) return `[${bracket[1]}]`;
  const colon = /^([A-Z]{2,3}):\s/.exec(text);
  if (colon?.[1] && !NOT_INITIALS.has(colon[1])) return `${colon[1]}:`;
  if (/^(-{1,3}>|={1,2}>|<-{1,3}|<<)\s*\S/.test(text)) return '-->';
  return null;
}

function isCapsLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.8 && !/^\s*[A-Z][a-z]*\s?:/.test(line);
}

interface Answer {
  readonly context: readonly string[];
  readonly text: readonly string[];
}

const MAX_CONTEXT_LINES = 6;

/** The quoted lines right above an answer: back to a blank (quoted) line or the previous answer, at most six. */
function contextAbove(lines: readonly string[], from: number, to: number, isContext: (line: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = to - 1; i >= from; i -= 1) {
    const line = lines[i] ?? '';
    if (!isContext(line)) break;
    const text = line.replace(/^\s*(>\s?)+/, '').trim();
    if (text === '') {
      if (out.length > 0) break;
      continue;
    }
    if (attributionAt([text], 0) > 0) break;
    out.unshift(`> ${text}`);
    if (out.length >= MAX_CONTEXT_LINES) break;
  }
  return out;
}

/** Where a quote region ends: older history, or a signature of the sender's below the quote. */
function regionEnd(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (isQuoted(line)) continue;
    const text = line.trim();
    if (SIGNATURE_DELIMITER.test(text) || MOBILE_SIGNATURE.test(text) || opensHistory(lines, i)) return i;
  }
  return lines.length;
}

/** A quoted line at least this long may have been wrapped by the mailer, its continuation losing the '>'. */
const REWRAPPED_LINE_CHARS = 60;

interface Block {
  readonly start: number;
  readonly end: number;
  readonly followedByQuote: boolean;
}

/** Answers written between `>` lines: every run of unquoted lines that comes after a quoted line. */
function answersBetweenQuotes(lines: readonly string[], from: number, topText: string): { answers: Answer[]; interleaved: boolean } {
  const end = regionEnd(lines, from);
  const blocks: Block[] = [];
  let seenQuote = false;
  let i = from;
  while (i < end) {
    const line = lines[i] ?? '';
    if (isQuoted(line)) {
      seenQuote = true;
      i += 1;
      continue;
    }
    if (line.trim() === '' || !seenQuote) {
      i += 1;
      continue;
    }
    // A long quoted line re-wrapped without its '>' ("> … approve the plan by replying" / "to this email.") is still the quote.
    const previous = lines[i - 1] ?? '';
    if (isQuoted(previous) && previous.length >= REWRAPPED_LINE_CHARS && /^\p{Ll}/u.test(line.trim()) && !/[.!?:]\s*$/.test(previous)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < end && !isQuoted(lines[i] ?? '')) i += 1;
    blocks.push({ start, end: i, followedByQuote: i < end });
  }
  // Answers between quoted lines each get the lines they answer; a lone block under the whole quote is bottom-posting.
  const interleaved = blocks.some((block) => block.followedByQuote);
  const answers: Answer[] = [];
  let previousEnd = from;
  for (const block of blocks) {
    const text = cutSignature(lines.slice(block.start, block.end));
    const context = interleaved ? contextAbove(lines, previousEnd, block.start, isQuotedOrBlank) : [];
    previousEnd = block.end;
    if (text.every((line) => line.trim() === '')) continue;
    // The sender's name or signature under the quote is not an answer, when there is one.
    const last = !block.followedByQuote;
    if (last && isSignatureOnly(text) && (topText !== '' || answers.length > 0)) continue;
    answers.push({ context, text });
  }
  return { answers, interleaved };
}

function isQuotedOrBlank(line: string): boolean {
  return isQuoted(line) || line.trim() === '';
}

/**
 * Answers typed into an unquoted copy of our mail (Outlook): lines marked with the writer's
 * initials ("[PD]", "JS:"), an arrow ("-->"), or in capitals when the top text says so.
 */
function answersInCopy(lines: readonly string[], from: number, top: string): Answer[] {
  let end = lines.length;
  for (let i = from; i < lines.length; i += 1) {
    if (opensHistory(lines, i)) {
      end = i;
      break;
    }
  }
  const announced = INLINE_ANNOUNCEMENT.some((pattern) => pattern.test(top));
  const counts = new Map<string, number>();
  for (let i = from; i < end; i += 1) {
    const marker = markerOf(lines[i] ?? '');
    if (marker) counts.set(marker, (counts.get(marker) ?? 0) + 1);
  }
  const mentioned = (marker: string) => /^\[?[A-Z]/.test(marker) && new RegExp(`\\b${marker.replace(/[[\]:]/g, '')}\\b`).test(top);
  const qualified = [...counts]
    .filter(([marker, count]) => {
      if (marker.startsWith('[')) return count >= 2 || announced || mentioned(marker);
      return announced && (count >= 2 || mentioned(marker));
    })
    .sort((a, b) => b[1] - a[1]);
  const chosen = qualified[0]?.[0];
  const caps = CAPS_ANNOUNCEMENT.test(top);
  if (!chosen && !caps) return [];
  const isAnswer = (line: string) => (chosen !== undefined && markerOf(line) === chosen) || (caps && chosen === undefined && isCapsLine(line));
  const answers: Answer[] = [];
  let previousEnd = from;
  for (let i = from; i < end; i += 1) {
    if (!isAnswer(lines[i] ?? '')) continue;
    const start = i;
    while (i + 1 < end && isAnswer(lines[i + 1] ?? '')) i += 1;
    const context = contextAbove(lines, previousEnd, start, (line) => !isAnswer(line));
    answers.push({ context, text: lines.slice(start, i + 1) });
    previousEnd = i + 1;
  }
  return answers;
}

// ---------------------------------------------------------------------------------------------
// The reply text
// ---------------------------------------------------------------------------------------------

/** Right-trims lines, drops blank lines at both ends, and collapses runs of blank lines to one. */
export function normalizeText(text: string): string {
  const lines = clean(text)
    .split('\n')
    .map((line) => line.trimEnd());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

export interface ReplyTextOptions {
  /**
   * Keep, above each inline answer, the quoted lines it answers (prefixed `> `). On by default;
   * off gives the answers alone.
   */
  readonly quotedContext?: boolean;
}

/**
 * The new text of a reply body: quoted history, signatures and legal footers removed, inline
 * answers kept (each under the `> ` lines it answers), normalized. Never empty for a body with text.
 */
export function extractReplyText(body: string, options: ReplyTextOptions = {}): string {
  const lines = clean(body).split('\n');
  const quote = quoteStart(lines);
  const top = cutSignature(lines.slice(0, quote.index));
  const topText = normalizeText(top.join('\n'));
  let answers: Answer[] = [];
  // `>` lines dropped where they stand, with no attribution above them: the text around them reads on.
  let inPlace = false;
  if (quote.kind !== 'forward' && quote.kind !== 'none') {
    const region = lines.slice(quote.body);
    if (region.some(isQuoted)) {
      const found = answersBetweenQuotes(lines, quote.body, topText);
      answers = found.answers;
      inPlace = quote.kind === 'quote' && !found.interleaved;
    } else if (quote.kind === 'header' || quote.kind === 'separator') {
      answers = answersInCopy(lines, quote.body, topText);
    }
  }
  const withContext = options.quotedContext ?? true;
  const parts = [topText, ...answers.map((answer) => normalizeText([...(withContext ? answer.context : []), ...answer.text].join('\n')))];
  const text = normalizeText(parts.filter((part) => part !== '').join(inPlace ? '\n' : '\n\n'));
  if (text !== '') return text;
  return fallback(lines, quote.index);
}

/** When the rules cut everything: the body without `>` lines and the obvious quote, else the whole body. */
function fallback(lines: readonly string[], quoteIndex: number): string {
  const unquoted = normalizeText(
    lines
      .slice(0, quoteIndex)
      .filter((line) => !isQuoted(line))
      .join('\n'),
  );
  if (unquoted !== '') return unquoted;
  const withoutQuotes = normalizeText(lines.filter((line) => !isQuoted(line)).join('\n'));
  if (withoutQuotes !== '') return withoutQuotes;
  return normalizeText(lines.join('\n'));
}

/** The reply text without the `> ` context lines kept above inline answers: the sender's own words only. */
export function withoutQuotedContext(replyText: string): string {
  return normalizeText(
    replyText
      .split('\n')
      .filter((line) => !isQuoted(line))
      .join('\n'),
  );
}
