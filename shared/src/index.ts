export * from './org';
export * from './policy';
export * from './locale';
export * from './realtime';
export * from './errors';
export * from './hivemind';
export * from './ranking';
export * from './notifications';
