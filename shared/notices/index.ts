export { PAYTRONIX_STAFF_TEMPLATE_IDS, STAFF_TEMPLATE_IDS, STAFF_TEMPLATES, type ClientTemplateId, type StaffTemplateId } from './audience';
export { escapeHtml } from './html';
export { renderNotice, UnknownTemplateError } from './render';
export * from './types';
