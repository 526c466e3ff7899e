export { STAFF_TEMPLATES, type ClientTemplateId, type StaffTemplateId } from './audience';
export { escapeHtml } from './html';
export { renderNotice, UnknownTemplateError } from './render';
export * from './types';
