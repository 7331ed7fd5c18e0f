import { can, SIGNAL_SENTIMENTS, SIGNAL_STREAM_LIMITS, type SignalSentiment } from '@ruche/shared';
import type { AuthUser } from '../../../core/auth/auth-user';
import { BadInputError } from '../../../core/errors/domain-error';
import { UUID } from '../signal-access';

/** A subscription's filters, validated and normalised (sorted, de-duplicated; empty: no filter). */
export interface StreamFilter {
  watchlistIds: string[];
  departmentIds: string[];
  sourceIds: string[];
  languages: string[];
  sentiments: SignalSentiment[];
}

export interface ParsedSubscribe {
  filter: StreamFilter;
  lastId: string | null;
}

const FIELDS = new Set(['watchlistIds', 'departmentIds', 'sourceIds', 'languages', 'sentiments', 'lastId']);
const LANGUAGE = /^([a-z]{2,3}|und)$/;

function list(value: unknown, field: string, max: number, valid: (v: string) => boolean, what: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new BadInputError(`"${field}" must be a list.`, { field });
  if (value.length > max) throw new BadInputError(`"${field}" holds at most ${max} entries.`, { field, max });
  for (const v of value) if (typeof v !== 'string' || !valid(v)) throw new BadInputError(`"${field}" must hold ${what}.`, { field });
  return [...new Set((value as string[]).map((v) => v.toLowerCase()))].sort();
}

/**
 * Reads a `signal:subscribe` payload as it came off the wire (anything at all): an object with only
 * the known fields, each a bounded list of well-formed values. Whether the ids exist and may be seen
 * is the service's check.
 */
export function parseSubscribe(payload: unknown): ParsedSubscribe {
  if (payload === undefined || payload === null) payload = {};
  if (typeof payload !== 'object' || Array.isArray(payload)) throw new BadInputError('The subscription must be an object.');
  const p = payload as Record<string, unknown>;
  const unknown = Object.keys(p).find((k) => !FIELDS.has(k));
  if (unknown !== undefined) throw new BadInputError(`Unknown field "${unknown.slice(0, 40)}".`, { field: unknown.slice(0, 40) });
  const isId = (v: string) => UUID.test(v);
  const filter: StreamFilter = {
    watchlistIds: list(p.watchlistIds, 'watchlistIds', SIGNAL_STREAM_LIMITS.watchlistsMax, isId, 'watchlist ids'),
    departmentIds: list(p.departmentIds, 'departmentIds', SIGNAL_STREAM_LIMITS.departmentsMax, isId, 'department ids'),
    sourceIds: list(p.sourceIds, 'sourceIds', SIGNAL_STREAM_LIMITS.sourcesMax, isId, 'source ids'),
    languages: list(p.languages, 'languages', SIGNAL_STREAM_LIMITS.languagesMax, (v) => LANGUAGE.test(v), 'ISO 639-1 codes or "und"'),
    sentiments: list(p.sentiments, 'sentiments', SIGNAL_SENTIMENTS.length, (v) => (SIGNAL_SENTIMENTS as readonly string[]).includes(v), 'sentiment labels') as SignalSentiment[],
  };
  let lastId: string | null = null;
  if (p.lastId !== undefined && p.lastId !== null) {
    if (typeof p.lastId !== 'string' || !UUID.test(p.lastId)) throw new BadInputError('"lastId" must be an item id.', { field: 'lastId' });
    lastId = p.lastId.toLowerCase();
  }
  return { filter, lastId };
}

/** One key per distinct filter: sockets with the same key (and audience) share each encoded batch. */
export function filterKey(f: StreamFilter): string {
  return [f.watchlistIds, f.departmentIds, f.sourceIds, f.languages, f.sentiments].map((l) => l.join(',')).join('|');
}

/** A department id nobody belongs to: asking the policy about it tells whether someone sees every department. */
const ELSEWHERE = '00000000-0000-0000-0000-000000000000';

/**
 * Who sees what, as a key: people with the same key see the same items (the 'signals.view' rule looks
 * at the department only), so a batch is filtered and encoded once per key. Null: may not read the
 * stream at all ('signals.read').
 */
export function audienceKey(user: AuthUser): string | null {
  if (!can(user, 'signals.read')) return null;
  if (can(user, 'signals.view', { departmentId: ELSEWHERE })) return 'all';
  const company = can(user, 'signals.view', { departmentId: null }) ? 'company' : '';
  const own = user.departmentId && can(user, 'signals.view', { departmentId: user.departmentId }) ? user.departmentId : '';
  return `some:${company}:${own}`;
}

/** Whether `user` may see things scoped to `departmentId` (null: company-wide): the policy row itself. */
export function mayView(user: AuthUser, departmentId: string | null): boolean {
  return can(user, 'signals.view', { departmentId });
}
