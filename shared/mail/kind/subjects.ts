/** Subjects of bounces, automatic replies and helpdesk acknowledgements, per language. */

/** Subjects of bounces and delay warnings, per language (mail servers, carriers, Exchange, Google). */
const BOUNCE_SUBJECT: Readonly<Record<string, readonly string[]>> = {
  en: [
    'undelivered mail returned to sender',
    'delivery status notification \\((failure|delay)\\)',
    'mail delivery failed',
    'mail delivery failure',
    'mail delivery subsystem',
    'undeliverable',
    'undelivered',
    'not delivered',
    'failure notice',
    'returned mail',
    'mail system error',
    'delivery failure',
    'delivery failed',
    'delivery has failed',
    'delivery notification: delivery has failed',
    'delivery delayed',
    'delayed mail',
    'delivery status notification',
    'message delivery failure',
    'message not delivered',
    'message could not be delivered',
    'message undeliverable',
    'non[- ]?delivery',
    'nondeliverable',
    'warning: could not send message',
    'could not send message',
    'mail could not be delivered',
    'returned to sender',
  ],
  de: [
    'unzustellbar',
    'nicht zustellbar',
    'unzustellbare nachricht',
    'zustellung fehlgeschlagen',
    'fehler bei der zustellung',
    'benachrichtigung über den zustellungsstatus',
    'zustellung verzögert',
    'übermittlung verzögert',
  ],
  fr: [
    'non remis',
    'échec de (la )?remise',
    'echec de (la )?remise',
    'message non distribué',
    'message non délivré',
    'courrier non (distribué|délivré)',
    'notification d.état de (la )?distribution',
    'remise différée',
    'remise retardée',
  ],
  es: [
    'no se puede entregar',
    'no entregado',
    'mensaje no entregado',
    'error de entrega',
    'correo devuelto',
    'notificación de estado de (la )?entrega',
    'entrega retrasada',
  ],
  it: ['non recapitabile', 'messaggio non recapitato', 'mancato recapito', 'notifica dello stato di consegna', 'consegna ritardata', 'impossibile recapitare'],
  nl: ['onbestelbaar', 'niet bezorgd', 'bezorging mislukt', 'bericht niet afgeleverd', 'niet afgeleverd', 'vertraagde bezorging'],
  pt: [
    'não entregue',
    'nao entregue',
    'mensagem não entregue',
    'falha na entrega',
    'não é possível entregar',
    'notificação de status de entrega',
    'entrega atrasada',
  ],
  ru: ['недоставленное сообщение', 'письмо не доставлено', 'сообщение не доставлено', 'не удалось доставить', 'ошибка доставки'],
  ja: ['メール送信エラー', '配信エラー', '配信不能', '送信エラー', '宛先不明', '不達'],
  zh: ['退信', '无法投递', '邮件投递失败', '未送达'],
  cs: ['nedoručitelná zpráva', 'nedoručeno', 'nelze doručit'],
  pl: ['niedostarczona wiadomość', 'wiadomość niedostarczona', 'nie można dostarczyć'],
  nordic: ['kan inte levereras', 'olevererbart', 'kunne ikke leveres', 'ikke leveret', 'uanbringelig', 'toimitus epäonnistui', 'ei voitu toimittaa'],
  exchange: [
    'impossible de remettre',
    'niedostarczalne',
    'ej levererbart',
    'kan ikke leveres',
    'nedoručitelné',
    'teslim edilemeyen',
    'не доставлено',
    '配信不能',
    '無法傳遞',
  ],
  other: ['kézbesíthetetlen', 'teslim edilemedi', 'δεν είναι δυνατή η παράδοση'],
};

/** Gateways put a tag in front of a subject: "[SPAM] Undeliverable: …", "***SPAM*** …". */
export const SUBJECT_TAGS = /^(\s*(\[[^\]]{1,30}\]|\*{2,}[^*]{1,20}\*{2,}))+\s*/;

/** A bounce subject at the start of the subject (its gateway tags removed). */
export const BOUNCE_SUBJECT_START = new RegExp(`^(${Object.values(BOUNCE_SUBJECT).flat().join('|')})`, 'iu');
/** A bounce subject anywhere in the subject: enough from a mail server or a null sender. */
export const BOUNCE_SUBJECT_ANYWHERE = new RegExp(`(${Object.values(BOUNCE_SUBJECT).flat().join('|')})`, 'iu');

/**
 * Subject markers of automatic replies, at the start of the subject (RFC 3834 headers are missing
 * more often than not: Exchange sets none on some rules, and many vacation scripts none at all).
 */
const AUTO_REPLY_SUBJECT: Readonly<Record<string, readonly string[]>> = {
  en: [
    'out of (the )?office',
    'out-of-office',
    'ooo:',
    'oof:',
    'automatic reply',
    'auto(matic)?[- ]?reply',
    'autoreply',
    'auto:',
    'auto response',
    'autoresponse',
    'automatic response',
    'vacation',
    'on vacation',
    'on leave',
    'away from (the )?office',
    'not in (the )?office',
    'read:',
    'not read:',
  ],
  de: [
    'abwesenheitsnotiz',
    'abwesenheit',
    'urlaubsabwesenheit',
    'automatische antwort',
    'autom\\. antwort',
    'abwesend',
    'außer haus',
    'nicht im büro',
    'gelesen:',
    'nicht gelesen:',
  ],
  fr: ['réponse automatique', 'reponse automatique', "message d'absence", 'absence', 'absent', 'absente', 'lu :', 'lu:', 'non lu :'],
  es: ['respuesta automática', 'respuesta automatica', 'fuera de la oficina', 'fuera de oficina', 'ausencia', 'ausente', 'leído:'],
  it: ['risposta automatica', 'fuori sede', "fuori dall'ufficio", 'fuori ufficio', 'assente', 'assenza', 'letto:'],
  nl: ['automatisch antwoord', 'afwezig', 'afwezigheid', 'afwezigheidsmelding', 'buiten kantoor', 'gelezen:'],
  pt: ['resposta automática', 'resposta automatica', 'ausente', 'ausência', 'fora do escritório', 'lido:'],
  nordic: ['autosvar', 'frånvaro', 'fraværende', 'fravær', 'automaattinen vastaus', 'poissa', 'läst:', 'læst:', 'luettu:'],
  pl: ['automatyczna odpowiedź', 'nieobecność', 'odczytana:', 'przeczytane:'],
  cs: ['automatická odpověď', 'nepřítomnost', 'přečteno:'],
  ru: ['автоответ', 'автоматический ответ', 'отсутствую', 'нет на месте', 'в отпуске', 'прочитано:'],
  ja: ['自動応答', '自動返信', '【自動返信】', '【自動応答】', '不在', '開封済み'],
  zh: ['自动回复', '自動回覆', '自动答复', '已读:'],
  other: ['otomatik yanıt', 'automatikus válasz', 'házon kívül', 'αυτόματη απάντηση', '자동 회신', '자동 응답', '자동응답'],
};
/** An automatic-reply marker at the start of the subject (its gateway tags removed). */
export const AUTO_REPLY_SUBJECT_START = new RegExp(`^(${Object.values(AUTO_REPLY_SUBJECT).flat().join('|')})`, 'iu');

/** Out-of-office subjects with the person's name in front: "Karen Walsh is out of the office." (Notes, Domino). */
export const AUTO_REPLY_SUBJECT_ANYWHERE =
  /\b(is|am) (currently )?out of (the )?office\b|\bist (nicht im büro|abwesend)\b|\best absente?\b|\bestá (ausente|fuera de la oficina)\b|(?:^|\s)è (assente|fuori sede)\b|\bis afwezig\b|\bestá ausente\b/i;

/** Helpdesk acknowledgements: "Request received: …", "[Ticket #123] has been created". */
export const TICKET_SUBJECT =
  /\b(request|ticket|case|anfrage|ticketanfrage|demande|solicitud|richiesta|aanvraag|pedido|chamado)\b.{0,40}\b(received|created|opened|logged|erhalten|eingegangen|reçue?|recibida|ricevuta|ontvangen|recebid[oa]|aberto)\b/i;
