export * from './org';
export * from './locale';
export * from './realtime';
export * from './errors';
