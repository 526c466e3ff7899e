export { escapeHtml } from './html';
export { renderNotice, UnknownTemplateError } from './render';
export * from './types';
