import type { ParsedMail } from '../schemas';
import { localPart } from './headers';
import { anyOf } from './text';

/** Words of a mailbox whose owner is away or gone: absence notices, left the company, closed mailboxes and offices, per language. */

export { ABSENCE } from './absence-words';

/** What an absence notice says besides the absence: the return, the access to mail, whom to call. */
export const ABSENCE_DETAIL: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /\b(?:limited|no|intermittent|restricted|sporadic|little) access to (?:my )?(?:e-?mails?|messages|the internet)\b/i,
    /\bwill (?:be back|return)(?: to the office)?(?: on| by| in| after|\.)/i,
    /\b(?:back|returning|return) (?:in the office |to the office )?on\b/i,
    /\b(?:respond|reply|get back to you|answer|attend to your (?:message|e-?mail))(?: to (?:your|you) (?:message|e-?mail))?(?: as soon as possible)? (?:when|once|upon|after) (?:I|my) return/i,
    /\bupon my return\b|\bwhen I(?:'m| am) back\b|\bon my return\b|\bnot return until\b/i,
    /\bfor (?:anything |any )?urgent\b|\bif (?:your matter|this|it|the matter) is urgent\b|\bin (?:case of )?(?:an )?(?:urgent|emergency)|\burgent (?:matters|enquiries|inquiries|requests|issues)\b/i,
    /\byour (?:e-?mail|message) will not be (?:forwarded|read)\b/i,
    /\b(?:until|till|through|thru|returning) (?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the \d|\d)/i,
    /\bin my absence\b|\bwhile I(?:'m| am) (?:away|out)\b|\bplease (?:contact|reach out to|get in touch with|email|call)\b/i,
  ],
  de: [
    /\bbis (?:einschließlich |zum |am )?(?:\d|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|in dringenden fällen|bei dringenden (?:anliegen|fragen|angelegenheiten)|nach meiner rückkehr|bin ich wieder|keinen zugriff auf (?:meine )?e-?mails|eingeschränkte?m? zugriff|(?:ihre|deine) (?:nachricht|e-?mail) wird nicht weitergeleitet|wenden sie sich (?:bitte )?an/i,
  ],
  fr: [
    /à mon retour|jusqu'au|pour toute (?:urgence|demande urgente)|en cas d'urgence|accès limité|votre message ne sera pas transféré|je traiterai votre message/i,
  ],
  es: [
    /a mi regreso|a mi vuelta|hasta el|para (?:asuntos|temas|cualquier asunto) urgentes?|en caso de urgencia|acceso limitado|volveré|regresaré|estaré de vuelta/i,
  ],
  it: [
    /al mio rientro|fino a|per (?:questioni|urgenze|comunicazioni|richieste) urgenti|in caso di urgenza|accesso (?:limitato|regolare)|rientrerò|risponderò/i,
  ],
  nl: [
    /na mijn terugkeer|tot en met|voor dringende (?:zaken|vragen)|in dringende gevallen|ben ik (?:weer|terug)|lees mijn (?:e-?)?mail niet|beperkte? toegang/i,
  ],
  pt: [
    /após o meu regresso|no meu regresso|quando (?:regressar|retornar)|até (?:dia|ao dia|o dia)|para assuntos (?:urgentes|técnicos)|em caso de urgência|acesso limitado/i,
  ],
  ru: [/после возвращения|по срочным вопросам|вернусь|нерегулярно|ограниченн/i],
  ja: [/お急ぎの|ご返信いたします|以降、?順次|戻り次第|確認が遅れ|ご連絡ください/],
  zh: [/回来后|紧急/],
  other: [/po powrocie|w pilnych sprawach|po návratu|v naléhavých případech|brådskande|haster|tillbaka|tilbake/i],
};

/** "I have left the company", in the first person: the mailbox answers for someone who is gone. */
export const LEFT_COMPANY: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /\bI (?:have|'ve) (?:now )?left (?:the company|the organi[sz]ation|the firm|the business|\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,3}(?: as of| on| effective|\.|,))/u,
    /\bI(?:'m| am) no longer (?:with|at|employed (?:by|at|with)|working (?:at|for|with)|part of) (?:the company|the firm|the organi[sz]ation|\p{Lu})/u,
  ],
  de: [/\bich bin nicht mehr (?:im unternehmen|in der firma|für .{0,40} tätig|beschäftigt)|\bich habe (?:das unternehmen|die firma) verlassen/i],
  fr: [/\bje ne (?:fais plus partie|travaille plus)\b|\bj'ai quitté (?:la société|l'entreprise|le groupe)/i],
  es: [/\bya no (?:trabajo|formo parte)\b|\bhe dejado la empresa/i],
  it: [/\bnon (?:lavoro più|faccio più parte)|\bho lasciato (?:l'azienda|la società)/i],
  nl: [/\bik ben (?:niet meer (?:werkzaam|in dienst)|uit dienst)/i],
  pt: [/\bjá não (?:trabalho|faço parte)\b|\bnão (?:trabalho|faço) mais\b|\bdeixei a empresa/i],
  ru: [/больше не работаю/i],
};

/** The same said of the sender by the mailbox ("Karen Walsh has left the company"): counts when it names the sender. */
export const LEFT_COMPANY_THIRD_PERSON: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /\b(?:has|have) left (?:the company|the organi[sz]ation|the firm|the business)\b|\bis no longer (?:with|at|employed (?:by|at|with)|working (?:at|for|with))\b/i,
  ],
  de: [/\bist nicht mehr (?:im unternehmen|bei|für .{0,40} tätig|beschäftigt)|\bhat (?:das unternehmen|die firma|uns) verlassen/i],
  fr: [/\bne (?:fait plus partie|travaille plus)\b|\ba quitté (?:la société|l'entreprise|le groupe)/i],
  es: [/\bya no (?:trabaja|forma parte)\b|\bha dejado la empresa/i],
  it: [/\bnon (?:lavora più|fa più parte)|\bha lasciato (?:l'azienda|la società)/i],
  nl: [/\bis (?:niet meer (?:werkzaam|in dienst)|uit dienst)|\bheeft (?:ons|het bedrijf) verlaten/i],
  pt: [/\bjá não (?:trabalha|faz parte)\b|\bnão (?:trabalha|faz) mais\b|\bdeixou a empresa/i],
  ru: [/больше не работает|уволил(?:ся|ась)/i],
  ja: [/退職いたしました|退職しました|退社いたしました|退社しました/],
};

/** A mailbox that says it is closed or unread: a machine's notice whoever is named. */
export const MAILBOX_CLOSED: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /\bthis (?:mailbox|e-?mail (?:address|account)|address|inbox) (?:is no longer|will no longer be|is not being|will not be|is not) (?:monitored|active|in use|checked|read)\b/i,
  ],
  de: [/dieses (?:postfach|e-?mail-?konto) wird nicht mehr|diese e-?mail-?adresse (?:ist|wird) nicht mehr (?:aktiv|gelesen|genutzt|abgerufen)/i],
  fr: [/cette (?:adresse|boîte) (?:e-?mail |mail |de messagerie )?n'est plus (?:active|consultée|utilisée)/i],
  es: [/esta (?:dirección|cuenta|buzón) (?:de correo )?ya no (?:está activa|se consulta|es válida)/i],
  it: [/questa (?:casella|indirizzo) (?:di posta )?non è più (?:attiva|monitorata|in uso)/i],
  nl: [/dit (?:e-?mail)?adres (?:is niet meer in gebruik|wordt niet meer gelezen)/i],
  pt: [/este (?:endereço|e-?mail) (?:já )?não (?:está|é) (?:mais )?(?:ativo|monitorizado|monitorado)/i],
  ru: [/этот (?:адрес|ящик) больше не/i],
  ja: [/本メールアドレスは.{0,30}(?:廃止|使用できなく|無効)/],
};

/** The sender's names (display name words, address parts) for the third-person rule. */
function senderNames(mail: ParsedMail): string[] {
  const fromName = (mail.from.name ?? '').split(/[\s,]+/);
  const fromAddress = localPart(mail.from.address).split(/[._-]+/);
  return [...fromName, ...fromAddress].filter((name) => name.length >= 2 && !/^\d+$/.test(name));
}

export function namesSender(mail: ParsedMail, text: string, patterns: Readonly<Record<string, readonly RegExp[]>>): boolean {
  // Most mail holds none of the patterns, which one expression a set of flags tells: then no pattern is tried alone.
  if (!anyOf(patterns, text)) return false;
  const names = senderNames(mail).map((name) => name.toLowerCase());
  for (const pattern of Object.values(patterns).flat()) {
    const match = pattern.exec(text);
    if (!match) continue;
    const before = text.slice(Math.max(0, match.index - 120), match.index).toLowerCase();
    if (names.some((name) => before.includes(name))) return true;
  }
  return false;
}

/** Organisation-wide closure notices: "Our office is closed until 4 January; emails will be answered in order of arrival". */
export const OFFICE_CLOSED =
  /\b(?:our|the) (?:office|offices|team|company|support) (?:is|are|will be) (?:closed|away|out of (?:the )?office|on (?:holiday|vacation))\b|\bunser (?:büro|team) ist .{0,40}geschlossen|\bnos bureaux sont fermés|\bnuestra oficina (?:está|estará) cerrada|\bil nostro ufficio (?:è|sarà) chiuso|\bons kantoor is .{0,40}gesloten|\bo nosso escritório (?:está|estará) fechado/i;
/** …and what such a notice says of the mail sent meanwhile: it will be answered later, in order, after the return. */
export const ANSWERED_LATER =
  /\b(?:e-?mails?|messages?) received (?:during|in) this (?:period|time)\b|\b(?:answered|processed|handled|dealt with) (?:in (?:the )?order (?:of|they were) (?:arrival|received)|once we are back|when we (?:are back|return)|upon our return|after the holidays?)\b|\bnach unserer rückkehr\b|(?:^|\s)à notre retour\b|\ba nuestro regreso\b|\bal nostro rientro\b|\bna onze terugkeer\b|\bapós o nosso regresso\b/i;
