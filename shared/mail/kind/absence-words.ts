/**
 * First-person absence, per language: "I am out of the office", "Ich bin im Urlaub", "Je suis absente". The absence notices'
 * own words (kind/absence.ts), read by the reader too: a reply's news of the sender's leave (reading/doubts.ts).
 */
export const ABSENCE: Readonly<Record<string, readonly RegExp[]>> = {
  en: [
    /\bI(?:'m| am)(?: currently| now| presently)? (?:out of (?:the )?office|away(?: from (?:the|my) (?:office|desk))?|on (?:annual |parental |maternity |paternity |sick |medical |sabbatical |study |holiday |vacation )?leave|on (?:vacation|holiday|holidays|sabbatical|a business trip|business travel|a trip)|travel(?:l)?ing|off work|out sick|not in the office|absent|out (?:until|till|through|from))\b/i,
    /\bI will be (?:out of (?:the )?office|away|on (?:\w+ )?leave|on (?:vacation|holiday|holidays)|travel(?:l)?ing|absent|out)\b/i,
    /\bI(?:'m| am) currently (?:out|away)\b/i,
  ],
  de: [
    /\bich bin (?:derzeit |zurzeit |momentan |aktuell |leider |bis .{1,40} )?(?:nicht im (?:büro|haus)|abwesend|im urlaub|außer haus|ausser haus|in elternzeit|auf (?:geschäfts|dienst)?reise|krank|nicht erreichbar|unterwegs|im (?:mutterschutz|sonderurlaub))/i,
    /\bbefinde mich (?:derzeit |zurzeit |bis .{1,40} )?(?:im urlaub|auf (?:einer )?(?:dienst|geschäfts)reise|in elternzeit|außer haus)/i,
  ],
  fr: [
    /\bje (?:suis|serai) (?:actuellement |en ce moment )?(?:absente?|en (?:congés?|vacances|déplacement|formation|arrêt maladie|congé (?:maternité|paternité|parental))|hors du bureau|indisponible)/i,
  ],
  es: [/\b(?:estoy|estaré|me encuentro) (?:actualmente )?(?:fuera de (?:la )?oficina|de vacaciones|ausente|de viaje|de baja|de permiso|sin acceso)/i],
  it: [/\b(?:sono|sarò) (?:attualmente )?(?:in ferie|fuori (?:sede|ufficio)|assente|in vacanza|in viaggio|in maternità|in malattia)/i],
  nl: [
    /\b(?:ik ben|ben ik) (?:momenteel |op dit moment |tot en met .{1,40} |t\/m .{1,40} )?(?:afwezig|met vakantie|op vakantie|niet op kantoor|buiten kantoor|met verlof|vrij)\b/i,
  ],
  pt: [/\b(?:estou|estarei|encontro-me) (?:atualmente |actualmente )?(?:ausente|fora do escritório|de férias|em férias|de licença|em viagem)/i],
  ru: [/(?:^|\s)(?:я )?(?:нахожусь |буду )?(?:в отпуске|в командировке|вне офиса|на больничном|отсутствую|в декрете)/i],
  ja: [/不在にしております|不在です|不在となります|休暇を(?:いただいて|取得して)|出張のため|外出しております|お休みをいただいて/],
  zh: [/我(?:目前)?不在(?:办公室|公司)|我正在休假|休假中/],
  other: [
    /\bjestem (?:obecnie )?(?:poza biurem|na urlopie|nieobecn)/i,
    /\bjsem (?:mimo kancelář|na dovolené|nepřítomn)/i,
    /\bjag är (?:på semester|tjänstledig|borta|ledig)\b|\bjeg er (?:på ferie|fraværende|ikke på kontoret)\b/i,
  ],
};
