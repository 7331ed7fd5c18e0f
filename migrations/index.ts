import { Foundation1764000000000 } from './1764000000000-foundation';
import { RealtimeAdapter1764000100000 } from './1764000100000-realtime-adapter';

/** Every migration, in order. New migrations are added here as well as in this folder. */
export const migrations = [Foundation1764000000000, RealtimeAdapter1764000100000];
