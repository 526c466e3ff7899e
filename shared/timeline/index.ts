export * from './calendar';
export * from './certification';
export * from './compute';
export * from './dates';
export * from './errors';
export * from './feasibility';
export * from './schemas';
export * from './shift';
