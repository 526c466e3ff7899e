/** What machines write: delivery failures, automated notices, "do not reply", bulk mail, helpdesk receipts, per language. */

/** Sentences of delivery failure reports, per language. */
export const BOUNCE_BODY: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /\b(could ?n[o']?t|cannot|can't|was ?n[o']?t|has ?n[o']?t been|were ?n[o']?t|could not be|will not be) (be )?delivered\b/i,
    /\bdelivery (has |to the following recipients? )?(failed|has been delayed|is delayed)\b/i,
    /\bdelivery (to|of) .{0,80} (failed|has failed|was unsuccessful)\b/i,
    /\bundeliverable\b/i,
    /\b(user|mailbox|address|recipient|e-?mail account)( that you tried to reach)? (is )?(unknown|not found|unavailable|does ?n[o']?t exist|disabled|deactivated)\b/i,
    /\b(unknown|invalid|non-?existent) (user|recipient|mailbox|address)\b/i,
    /\bno such (user|mailbox|address|recipient)\b/i,
    /\bmailbox (is )?(full|disabled|deactivated|inactive|unavailable)\b|\bquota exceeded\b|\bover quota\b/i,
    /\bmailbox of this (employee|user) has been (deactivated|disabled|closed)\b/i,
    /\b(permanent|fatal) (error|failure)\b/i,
    /\b(address|recipient) (was |address )?rejected\b/i,
    /\breturned to sender\b/i,
    /\bnot listed in\b.{0,40}\bdirectory\b/i,
    /\bfollowing (address(es)?|recipients?) (failed|had permanent)\b/i,
    /\bwill continue to be (attempted|retried)\b|\bstill being retried\b/i,
    /\b(address|account) (could ?n[o']?t|cannot) be found\b/i,
  ],
  de: [
    /konnte (nicht|an einen oder mehrere empfänger nicht) zugestellt werden|nicht zugestellt|unzustellbar/i,
    /zustellung (ist |an .{0,60} )?fehlgeschlagen|fehler bei der zustellung|zustellung verzögert/i,
    /empfänger unbekannt|empfaenger unbekannt|postfach (ist )?(voll|deaktiviert|gesperrt)|adresse existiert nicht|wurde nicht gefunden/i,
  ],
  fr: [
    /n'a pas pu être (remis|distribué|délivré|livré)|n'a pas été (remis|distribué|délivré)|non remis/i,
    /échec de (la )?(remise|distribution)|adresse (introuvable|inexistante|inconnue)|boîte aux lettres (pleine|inexistante|désactivée)|destinataire inconnu/i,
  ],
  es: [
    /no (se )?(pudo|ha podido|puede) (ser )?entregar|no (fue|ha sido) entregado|no se entregó|error de entrega|buzón (lleno|no existe)|destinatario desconocido|dirección no encontrada/i,
  ],
  it: [
    /non (è|e') stato (recapitat|consegnat)|non (può|puo') essere (recapitat|consegnat)|impossibile recapitare|mancato recapito|non recapitat/i,
    /casella (di posta )?(del destinatario )?(è )?(piena|inesistente|disattivata)|destinatario (sconosciuto|inesistente)/i,
  ],
  nl: [
    /kon niet worden (afgeleverd|bezorgd)|niet (afgeleverd|bezorgd)|onbestelbaar|bezorging (is )?mislukt|mailbox (is )?vol|bereikte de volgende ontvangers .{0,20}niet/i,
  ],
  pt: [
    /não (pôde|pode|foi possível) ser entregue|não foi entregue|não (pôde|foi possível) entregar|falha na entrega|caixa (de correio )?(cheia|inexistente)|destinatário desconhecido/i,
  ],
  ru: [
    /не может быть доставлено|не удалось доставить|не доставлено|не был[оа]? доставлен|адрес не существует|почтовый ящик (переполнен|заблокирован|не существует|не найден)/i,
  ],
  ja: [
    /送信できませんでした|配信できませんでした|届きませんでした|届けられませんでした|宛先不明|宛先が見つかりません|メールアドレスが見つかりません|ユーザー?が(存在しません|見つかりません)|配送に失敗|送信に失敗|配信に失敗/,
  ],
  other: [
    /se nepodařilo doručit|nelze doručit|nedoručiteln/i,
    /nie (może zostać|można|została|mogła zostać) dostarczon|niedostarczon/i,
    /kunde inte levereras|kan inte levereras|kunne ikke (leveres|afleveres)|ei voitu toimittaa/i,
    /kézbesíthetetlen|nem sikerült kézbesíteni|teslim edilemedi/i,
    /无法投递|投递失败|退信|未能送达|전달되지 않았|배달되지 않았/,
  ],
};

/** Sentences by which a machine says it is one. */
export const AUTOMATED_NOTICE: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /\bthis (is an?|e-?mail is an?|message is an?|is a) (automated|automatic|auto-generated|automatically generated|system[- ]generated|computer[- ]generated) (message|e-?mail|notice|notification|reply|response|acknowledg)/i,
    /\b(this (message|e-?mail|notification|reply) (was|has been|is) (generated|sent|created) automatically|(was|has been) (automatically generated|created automatically|generated automatically))\b/i,
    /\bcreated automatically by mail delivery software\b/i,
    /\bthis is an automatically generated (message|delivery status notification)\b/i,
    /\bthis (mailbox|address|inbox) is (not|no longer) (monitored|attended)\b/i,
  ],
  de: [
    /diese (nachricht|e-?mail|mail) wurde automatisch (erstellt|generiert|versendet|verschickt)|dies ist eine automatisch (erstellte|generierte|versendete)|automatisch (erstellte|generierte) (nachricht|e-?mail|antwort)/i,
  ],
  fr: [/ceci est un (message|courriel|e-?mail) automatique|(message|courriel|réponse) (généré|envoyé)e? automatiquement/i],
  es: [/este es un (mensaje|correo) (automático|generado automáticamente)|(mensaje|correo|respuesta) (generad|enviad)[oa] automáticamente/i],
  it: [/questo è un messaggio (automatico|generato automaticamente)|messaggio generato automaticamente/i],
  nl: [/dit is een automatisch (gegenereerd |verzonden )?(bericht|e-?mail|antwoord)|automatisch gegenereerd bericht/i],
  pt: [/esta é uma (mensagem|resposta) automática|mensagem (gerada|enviada) automaticamente/i],
  ru: [/создано автоматически|автоматическое (сообщение|уведомление)|отправлено почтовой системой|сгенерировано автоматически/i],
  ja: [/このメールは自動(返信|送信|配信)|自動(返信|送信|配信)(メール|です)|送信専用/],
  other: [/automaticky generovan|wygenerowana automatycznie|automatiskt genererat|automatisk genereret/i],
};

/** "Do not reply": a machine's line, but a person may write it too, so it only supports another signal. */
export const DO_NOT_REPLY =
  /\b(please )?do not reply to this (message|e-?mail|notification|address)\b|\bbitte antworten sie nicht\b|\bne (pas )?répondez pas à ce\b|\bmerci de ne pas répondre\b|\bno responda a este\b|\bnon rispondere a questo\b|\breageer niet op dit\b|\bnão responda a est/i;

/** Newsletters and other bulk mail that lost their Precedence header. */
export const BULK_UNSUBSCRIBE =
  /\b(?:unsubscribe|abmelden|abbestellen|se désinscrire|désabonner|darse de baja|cancelar (?:la )?suscripción|disiscriviti|annulla l'iscrizione|afmelden|uitschrijven|cancelar (?:a )?inscrição|descadastrar)\b/i;
/** …with what only bulk mail says around its unsubscribe link: "you are receiving this newsletter", "manage preferences". */
export const BULK_CONTEXT =
  /\byou (?:are|were) receiving this (?:e-?mail|message|newsletter)\b|\bmanage (?:your )?(?:e-?mail )?(?:preferences|subscription)\b|\bview (?:this|it) in (?:your|a) browser\b|\bnewsletter\b/i;

/** Helpdesk acknowledgements (Zendesk, Freshdesk, Jira Service Management…): the receipt of a request… */
export const TICKET_RECEIPT: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /\b(?:we have|we've) received your (?:request|message|e-?mail|enquiry|inquiry|ticket|support request)\b/i,
    /\byour (?:request|ticket|case|message|enquiry|inquiry|support request)(?: \(?#?[\w-]+\)?)? has been (?:received|created|logged|opened|submitted|registered)\b/i,
  ],
  de: [
    /wir haben ihre (?:anfrage|nachricht|e-?mail) erhalten|ihre anfrage(?: \(?#?[\w-]+\)?)? (?:ist bei uns eingegangen|wurde (?:erstellt|registriert|erfasst|aufgenommen))/i,
  ],
  fr: [
    /nous avons (?:bien )?reçu votre (?:demande|message|e-?mail|courriel)|votre demande(?: \(?(?:n°|#)?[\w-]+\)?)? a (?:bien )?été (?:enregistrée|reçue|créée)/i,
  ],
  es: [/hemos recibido (?:tu|su) (?:solicitud|mensaje|correo|consulta)|(?:tu|su) solicitud .{0,40}ha sido (?:registrada|recibida|creada)/i],
  it: [
    /abbiamo ricevuto (?:la tua|la sua) (?:richiesta|e-?mail|segnalazione)|la (?:tua|sua) richiesta .{0,40}è stata (?:registrata|ricevuta|presa in carico)/i,
  ],
  nl: [
    /we hebben (?:je|uw) (?:verzoek|aanvraag|bericht|e-?mail|vraag) (?:in goede orde )?ontvangen|(?:je|uw) (?:verzoek|aanvraag|melding|ticket) .{0,40}is (?:aangemaakt|geregistreerd|ontvangen)/i,
  ],
  pt: [
    /recebemos (?:a sua|sua|o seu|seu) (?:solicitação|pedido|mensagem|e-?mail|chamado)|(?:sua|seu) (?:solicitação|pedido|chamado) .{0,40}foi (?:registrad|recebid|criad)/i,
  ],
};

/** …and what makes it a ticket system's: a ticket number, the reply-above-this-line marker. */
export const TICKET_MARKER =
  /(?:ticket|request|case|incident|solicitud|richiesta|anfrage|demande|aanvraag|melding|chamado|pedido|vorgang)\s*(?:number|no\.?|nr\.?|n°|#|id|número|numero|nummer)?\s*[:#(]?\s*#?\d{3,}|type your reply above this line|reply above this line|to add (?:additional )?comments,? reply to this e-?mail|responde a este correo sin modificar el asunto|sin modificar el asunto|without changing the subject|do not change the subject/i;
