import { COMPANY_REGISTER, cutDisclaimer, dropBanners } from './disclaimers';

/**
 * Signatures and sign-offs: the "-- " delimiter, mobile and client lines ("Sent from my iPhone"), a
 * closing with short lines under it, or a name with title, company and contact lines, cut with
 * the legal footers and banners around them.
 */

/** The signature delimiter "-- " (RFC 3676), with or without its trailing space. */
export const SIGNATURE_DELIMITER = /^--\s?$/;

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
      'outlook für (ios|android) herunterladen',
      'envoyé de mon (iphone|ipad|smartphone|samsung|mobile)',
      'envoyé depuis mon',
      'envoyé à partir de outlook',
      'obtenir outlook pour (ios|android)',
      'télécharger outlook pour (ios|android)',
      'enviado desde mi (iphone|ipad|móvil|celular|samsung|smartphone|android)',
      'enviado desde outlook',
      'obtener outlook para (ios|android)',
      'descargar outlook para (ios|android)',
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
      'baixar o outlook para (ios|android)',
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

/** What a mobile signature adds after its opening: an excuse for typos and brevity ("please excuse any typos"). */
const MOBILE_EXCUSE = /\b(?:excuse|typos?|brevity|briefness|kurz|tippfehler|fautes|brièveté|brievete|errores|brevedad|brevità|brevita|beknopt\w*|erros)\b/i;

/**
 * A mobile or client signature line: one of {@link MOBILE_SIGNATURE}'s openings, eight words or fewer up to its first stop,
 * comma or dash, and after it nothing or an excuse for brevity ("Sent via Superhuman", "Sent from my iPhone - please excuse
 * brevity"); not a sentence that opens the same way ("Sent via our procurement portal too - the PO is still waiting for finance").
 */
export function isMobileSignature(line: string): boolean {
  const text = line.trim();
  if (!MOBILE_SIGNATURE.test(text)) return false;
  const [head = text, ...rest] = text.split(/[.,]\s|\s[-–—]\s/);
  return head.split(/\s+/).length <= 8 && (rest.join(' ').trim() === '' || MOBILE_EXCUSE.test(rest.join(' ')));
}

/** Closing words of a sign-off in the languages we read ("Best regards", "Mit freundlichen Grüßen"…), a name allowed after them. */
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

/** Thanks that close a mail only on a line of their own ("Obrigada,"; "Merci, Validé." is an answer). */
const BARE_CLOSING = new RegExp(
  `^(${['obrigada', 'obrigado', 'um abraço', 'abraço', 'saudações', 'danke', 'vielen dank', 'lg', 'vg', 'mfg', 'merci', 'merci beaucoup', 'bonne journée', 'gracias', 'muchas gracias', 'un abrazo', 'grazie', 'grazie mille', 'bedankt', 'dank je', 'dank u', 'alvast bedankt'].join('|')})[,.!]*$`,
  'iu',
);

/** A closing line ("Kind regards,", "Best, Pat", "Obrigada,"): where a mail's own words end. */
export function isClosing(line: string): boolean {
  if (BARE_CLOSING.test(line)) return true;
  const match = CLOSING.exec(line);
  if (!match) return false;
  const rest = line.slice(match[0].length);
  return rest === '' || (/^\s/.test(rest) && SIGNOFF_NAME.test(rest));
}

/** At most this many short lines may follow a closing line for it to be a sign-off. */
const MAX_LINES_AFTER_CLOSING = 6;
/** A line under a sign-off that is the sender's afterthought, not a signature: a question, or a line opened as one adds a point. */
const AFTERTHOUGHT =
  /\?$|^(?:forgot|update|except|one more|also|oh|btw|by the way|actually|correction|please|pls|can|could|would|will|do|does|is|are|but|however|hold|wait|aber|bitte|noch|nur|mais|merci de|attendez|pero|por favor|esperad|ma|però|per favore|aspettate|mas|maar|graag|wacht)\b/i;
/** …and each of them at most this many characters long. */
const MAX_SIGNATURE_LINE_CHARS = 60;

/** Words that make a short line an answer, not a name: "Approved", "Agreed", "Akkoord". */
const ANSWER_WORD =
  /^(yes|no|ok|okay|approved|agreed|confirmed|correct|fine|done|sure|perfect|great|noted|received|thanks|thank|go|lgtm|hi|hello|dear|ja|nein|genehmigt|freigegeben|einverstanden|passt|korrekt|erledigt|oui|non|d'accord|validé|parfait|bien|sí|si|vale|aprobado|perfecto|correcto|listo|approvato|perfetto|va|sim|não|aprovado|certo|akkoord|prima|klopt|goed|nee|bedankt|merci|danke|gracias|grazie|obrigado|obrigada)$/i;

/** A word of a person's name: capitalised, or a particle ("van", "de", "von"…). */
const NAME_WORD = /^(\p{Lu}[\p{L}'’-]*\.?|van|von|de|der|den|da|di|du|del|della|dos|das|le|la|ten|ter|zu|y|e|bin|al)$/u;
/** Titles that may stand before a name: "Dr", "Prof", "Frau", "Mme"… */
const TITLE_PREFIX = /^(dr|prof|mr|mrs|ms|mme|mlle|frau|herr|sr|sra|ing|mag)\.?$/i;

/** A person's name on a line of its own, optionally with a title after `|`, `,` or a dash: "Marcus Lee", "Bram de Wit | Projectleider". */
export function isNameLine(line: string): boolean {
  const [name = '', ...titled] = line.split(/\s[|–—-]\s|,\s/).map((part) => part.trim());
  // Not a sentence after a dash ("Wait - sorry, one correction. Launch is May 5, not May 12.", "Edit - hold off until our PO is
  // signed!", "Sorry - one correction: go-live has to be June 30"): a title has no colon and ends in no sentence's mark, and one
  // word before the dash is no name when a lower-case word follows it.
  const title = titled.join(' ');
  if (title !== '' && (/[:!?]|\p{Ll}\.$/u.test(title) || (!/\s/.test(name) && /^\p{Ll}/u.test(title)))) return false;
  const words = name.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 5 || name.length > 50) return false;
  const first = words[0] ?? '';
  if (ANSWER_WORD.test(first.replace(/[,.!]+$/, ''))) return false;
  if (!STARTS_CAPITAL.test(first) && !TITLE_PREFIX.test(first)) return false;
  return words.every((word, i) => NAME_WORD.test(word) || (i === 0 && TITLE_PREFIX.test(word)));
}

/** A capital first; a lower-case word and a full stop last; capitalised parts around a `|` or a comma (made once: see lexicon.ts's MARKS). */
const STARTS_CAPITAL = /^\p{Lu}/u;
const ENDS_A_SENTENCE = /\b\p{Ll}{3,}\.$/u;
const LOWER_CASE_WORD = /(?<!\p{L})\p{Ll}{2,}(?!\p{L})/gu;
/** A verb or a "not" that makes such a line a sentence ("the launch is May 5, not May 12."), as no address or opening hours are. */
const SENTENCE_VERB = /\b(?:is|are|was|were|will|not|moved?|now|instead)\b/;
const CAPITALISED_SIDES = /^\p{Lu}[^|,]{0,40}(?:\s\|\s|,\s)\p{Lu}[^|]{0,40}$/u;

/** A phone number: digits with spaces, brackets, dots, slashes or dashes between them, eight characters or more. */
const PHONE = /(\+|\b)\d[\d\s()./-]{6,}\d/;
/** A link or a mail address. */
const URL_OR_ADDRESS = /(https?:\/\/|\bwww\.)\S+|[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
/** A company's legal form at the end of a line ("Inc.", "GmbH", "B.V."): its full stop does not end a sentence. */
const COMPANY_SUFFIX = /\b(inc|ltd|llc|gmbh|b\.v|n\.v|s\.a|s\.l|sas|sarl|s\.r\.l|srl|s\.p\.a|plc|corp|pty|e\.v)\b\.?$/i;

/** A line a signature is made of: short, not a sentence, not a question. */
export function isSignatureDetail(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 72) return false;
  // "Hold the kickoff until our PO is in", "Can we talk Thursday?": the sender's words, in the signature's place.
  if (AFTERTHOUGHT.test(text)) return false;
  if (/[?!]$/.test(text)) return false;
  // "Oops - launch is May 5, not the 12th.": one word, a dash and a lower-case word open a sentence.
  if (/^\S+\s[-–—]\s\p{Ll}/u.test(text)) return false;
  // A sentence ends with a lower-case word and a full stop; "Acme Events Inc." does not.
  if (ENDS_A_SENTENCE.test(text) && !COMPANY_SUFFIX.test(text)) return false;
  // Nor one that ends on a figure and a full stop, with four lower-case words and a verb in it ("One correction: the launch is May
  // 5, not May 12."; not "Suite 400, 12 Main St, open mon to fri 9 to 5.").
  if (/\d\.$/.test(text) && (text.match(LOWER_CASE_WORD) ?? []).length >= 4 && SENTENCE_VERB.test(text)) return false;
  return text.split(/\s+/).length <= 12;
}

/** A title and a company, or a company and a place, side by side: capitalised parts around a `|` or a comma, no sentence. */
function isTitleLine(line: string): boolean {
  const text = line.trim();
  // Not an answer ("Approved, Thanks", "No Changes, Go Ahead"): no side of it starts with an answer word.
  const sides = text.split(/\s\|\s|,\s/).map((side) => (side.trim().split(/\s+/)[0] ?? '').replace(/[,.!]+$/, ''));
  return text.length <= 72 && !/[.!?:]$/.test(text) && CAPITALISED_SIDES.test(text) && !sides.some((side) => ANSWER_WORD.test(side));
}

/** Words of a job's title, in the seven languages ("Director", "Head of", "Responsable", "Gerente", "Leiterin", "Projectleider"). */
const JOB_TITLE =
  /(?<![\p{L}])(?:director|directrice|directora|directeur|direttore|direttrice|diretora?|manager(?:in)?|head|lead|leader|coordinator|coordinatrice|coordinador(?:a)?|coordinatore|officer|president|vp|chief|ceo|cfo|cto|coo|cio|engineer|developer|consultant|specialist|analyst|administrator|owner|founder|assistant|responsable|responsabile|gerente|gestionnaire|charg[ée]e?|leiter(?:in)?|geschäftsführer(?:in)?|projectleider|referente|supervisor|executive|planner|secretary|secretaria|segreteria|ufficio|gestão)(?![\p{L}])/iu;

/**
 * A job's title on a line of its own: capitalised, not opening on an article as a sentence does ("O diretor ainda tem de
 * assinar"), six words at most besides its separators, no number, a word of a title in it ("Director of Member Services",
 * "Responsabile Ristorazione", "Boulangerie Martin – Responsable digital").
 */
function isJobTitle(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/).filter((word) => !/^[|–—&-]$/.test(word));
  return STARTS_CAPITAL.test(text) && !ARTICLE_FIRST.test(text) && !/\d/.test(text) && words.length <= 6 && JOB_TITLE.test(text);
}

/** An article or a possessive opening a line, as a sentence opens ("The", "Our", "O", "Il", "Der", "Het"…). */
const ARTICLE_FIRST =
  /^(?:the|our|my|a|an|o|os|as|il|lo|la|le|les|el|los|las|der|die|das|de|het|een|un|una|une|nuestro|nuestra|notre|nostro|unser|unsere|ons|onze)\s/i;

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
  // A name and a title with the company ("COO, Sunnyside Bowls", "Gerente de Marketing | Açaí Tropical") as the mail's last lines;
  // or a name over a job's title on a line of its own, a company or a department under it perhaps ("Angela Foster" / "Director of
  // Digital Experience" / "Green Bowl Kitchens").
  // (A full name: "Giulia" / "Manca ancora la firma del direttore" is the sender's line under her first name.)
  if (rest.length <= 3 && (rest.some(isTitleLine) || (first.trim().split(/\s+/).length >= 2 && isJobTitle(rest[0] ?? '')))) return start;
  const above = lines
    .slice(0, start)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .pop();
  const firstName = first.split(/\s+/)[0] ?? '';
  return above !== undefined && isNameLine(above) && above.split(/\s+/)[0] === firstName ? start : -1;
}

/** A postscript's opening: "P.S.", "PS:", "ps", "PPS", "P.-S.", "P.D.:" (posdata), "N.B.", then its words. */
const POSTSCRIPT = /^\s*(?:p\.?\s?p?\.?\s?s\.?|p\.-s\.|p\.?\s?d\.?(?=\s*:)|n\.\s?b\.|nb(?=\s*:))(?:(?:\s*[:.\-–]\s*|\s+)(?<point>\p{L})|\s*[:.]?\s*$)/iu;

/**
 * Cuts the signature, sign-off and footer from a reply's own lines. A postscript under the sign-off ("Kind regards, Anna" then
 * "PS the kickoff needs to move to the 14th") is the sender's too: it is kept, to the end (its own sign-off cut), after the text
 * above the sign-off. "P.S." may stand alone on its line, its point below.
 */
export function cutSignature(input: readonly string[]): string[] {
  const ps = input.findIndex((line, i) => i > 0 && POSTSCRIPT.test(line) && input.slice(0, i).some((l) => l.trim() !== ''));
  if (ps > 0) {
    // The postscript runs to the end, less what below its first paragraph is only signature lines ("Alpen Kongress AG",
    // "Bahnhofplatz 3, 6003 Luzern").
    // ("P.S." alone on its line: its point is the paragraph under it.)
    let end = ps + 1;
    if (POSTSCRIPT.exec(input[ps] ?? '')?.groups?.['point'] === undefined) while (end < input.length && (input[end] ?? '').trim() === '') end += 1;
    while (end < input.length && (input[end] ?? '').trim() !== '') end += 1;
    const rest = input.slice(end).filter((l) => l.trim() !== '');
    const tail = rest.every((l) => isNameLine(l.trim()) || isSignatureDetail(l)) ? input.slice(ps, end) : input.slice(ps);
    return [...cutSignature(input.slice(0, ps)), '', ...cutSignature(tail)];
  }
  return cutOwnSignature(input);
}

function cutOwnSignature(input: readonly string[]): string[] {
  const lines = cutDisclaimer(dropBanners([...input]));
  const delimiter = lines.findIndex((line) => SIGNATURE_DELIMITER.test(line));
  // (What the sender wrote on under a `-- ` signature is kept after what is above it, its closing and name cut as ever.)
  return delimiter >= 0 ? [...cutSignatureLines(lines.slice(0, delimiter)), ...writtenUnder(lines.slice(delimiter + 1))] : cutSignatureLines(lines);
}

/** The sender's lines above a `-- ` delimiter (or with none), less their signature: a mobile line, a register, a closing, a name. */
function cutSignatureLines(input: readonly string[]): string[] {
  let lines = [...input];
  // A mobile signature line ends the mail unless the sender wrote on under it: then only the line goes.
  const mobile = lines.findIndex(isMobileSignature);
  if (mobile >= 0) {
    const below = lines.slice(mobile + 1).filter((l) => l.trim() !== '');
    lines =
      below.length > 0 && !below.every((l) => isNameLine(l.trim()) || isSignatureDetail(l))
        ? [...lines.slice(0, mobile), ...lines.slice(mobile + 1)]
        : lines.slice(0, mobile);
  }
  // A company-register line under a closing ("Mit freundlichen Grüßen" … "Amtsgericht Köln HRB 48211") ends the signature there.
  const register = lines.findIndex((line, i) => COMPANY_REGISTER.test(line) && lines.slice(Math.max(0, i - 12), i).some((l) => isClosing(l.trim())));
  if (register >= 0 && lines.length - register <= 8) lines = lines.slice(0, register);
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]?.trim() ?? '';
    if (!isClosing(line)) continue;
    const after = lines.slice(i + 1).filter((l) => l.trim() !== '');
    // A bare "Danke!" closes a mail only above a name or signature lines, not above more of the answer.
    if (BARE_CLOSING.test(line) && !after.every((l) => isNameLine(l.trim()) || isSignatureDetail(l))) continue;
    const hasContentBefore = lines.slice(0, i).some((l) => l.trim() !== '');
    // Not over an afterthought under the name: "Thanks, / Jane / Can we move the launch to the 17th?" goes on.
    if (
      hasContentBefore &&
      after.length <= MAX_LINES_AFTER_CLOSING &&
      after.every((l) => l.trim().length <= MAX_SIGNATURE_LINE_CHARS && !AFTERTHOUGHT.test(l.trim()))
    ) {
      return lines.slice(0, i);
    }
  }
  const named = nameSignatureStart(lines);
  if (named >= 0) return lines.slice(0, named);
  return lines;
}

/** At least this many words make a paragraph under a signature a sentence of the sender's rather than a line of the signature. */
const MIN_WORDS_UNDER = 6;

/**
 * Words of the project in the seven languages (a day's figure, the launch, the plan, a test, a round, the work order, a date): a
 * sentence under a signature that names none, and opens as no afterthought, is the signature's own tagline or footer ("Have you
 * tried our new ordering app?", "Dieses Dokument ist ohne Unterschrift gültig").
 */
const PROJECT_WORDS =
  /\d|\b(?:go-?live|live|launch\w*|plan\w*|schedul\w*|timeline|test\w*|round|rounds|certif\w*|work order|contract|sign\w*|approv\w*|dates?|deadline|project|scope|fees?|costs?|lancement|lancio|livegang|lanzamiento|lan[cç]amento|werkorder|ordine di lavoro|auftrag|termin\w*|datum|fecha|data|ronde|runde|ronda|rodada|kosten|co[uû]ts?|costi|costos|custos)\b/i;

/** How the sender opens a point added under a signature: "Forgot:", "One more thing", "P.S.", "Q for you", "Vraag:". */
const ADDED_POINT = /^(?:forgot|one more|also|btw|by the way|actually|correction|update|p\.?\s?s\b|q for you|question|vraag|frage|pregunta|domanda|pergunta)/i;

/** A sentence the sender wrote: six words or more, with no link, opened as a point added or ended as a sentence about the project. */
function isWrittenSentence(text: string): boolean {
  if (text.split(/\s+/).length < MIN_WORDS_UNDER || URL_OR_ADDRESS.test(text.replace(/\([^)]*@[^)]*\)/g, ''))) return false;
  return ADDED_POINT.test(text) || (/[.!?…]$/.test(text) && PROJECT_WORDS.test(text));
}

/**
 * What the sender wrote on under a `-- ` signature: a later paragraph that is the sender's sentence, or a line of the signature
 * block itself that is one (`Q for you: does the 12 May launch stay fixed?`, `Sorry, one thing: the go-live on May 14 won't work
 * for our stores!`); not lines a signature is made of, a tagline or a footer.
 */
function writtenUnder(below: readonly string[]): string[] {
  const paragraphs: string[][] = [[]];
  for (const line of below) {
    if (line.trim() === '') {
      if ((paragraphs[paragraphs.length - 1] ?? []).length > 0) paragraphs.push([]);
    } else (paragraphs[paragraphs.length - 1] as string[]).push(line);
  }
  const [block = [], ...rest] = paragraphs;
  const inBlock = block.filter((l) => !isSignatureDetail(l) && isWrittenSentence(l.trim()));
  const written = rest.filter((p) => !p.every((l) => isSignatureDetail(l)) && isWrittenSentence(p.map((l) => l.trim()).join(' ')));
  return [...(inBlock.length > 0 ? ['', ...inBlock] : []), ...written.flatMap((p) => ['', ...p])];
}

/** True when the lines hold nothing but a sign-off: a closing or a name, and signature lines under it. */
export function isSignatureOnly(lines: readonly string[]): boolean {
  const text = lines.map((line) => line.trim()).filter((line) => line !== '');
  const [first, ...rest] = text;
  if (first === undefined) return true;
  if (isClosing(first)) return rest.length <= MAX_LINES_AFTER_CLOSING && rest.every((line) => line.length <= MAX_SIGNATURE_LINE_CHARS);
  return rest.length <= MAX_LINES_AFTER_CLOSING && isNameLine(first) && rest.every(isSignatureDetail);
}
