export * from './errors';
export * from './keys';
export * from './ports';
export * from './rules';
export * from './schemas';
export * from './table-definition';
