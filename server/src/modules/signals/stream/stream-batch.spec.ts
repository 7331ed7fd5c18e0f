import type { AuthUser } from '../../../core/auth/auth-user';
import { chunks, compareKeys, MAX_UUID, minuteDeltas, MissedCounter, projectItem, type StreamRow } from './stream-batch';
import { audienceKey, filterKey, parseSubscribe, type StreamFilter } from './stream-filter';

const NONE: StreamFilter = { watchlistIds: [], departmentIds: [], sourceIds: [], languages: [], sentiments: [] };
const W1 = '11111111-1111-4111-8111-111111111111';
const W2 = '22222222-2222-4222-8222-222222222222';
const D1 = '33333333-3333-4333-8333-333333333333';

function row(over: Partial<StreamRow> = {}): StreamRow {
  return {
    key: { xid: 10n, id: 'aaaaaaaa-0000-4000-8000-000000000000' },
    id: 'aaaaaaaa-0000-4000-8000-000000000000',
    sourceId: '44444444-4444-4444-8444-444444444444',
    departmentId: null,
    externalId: 'x',
    storyId: '55555555-5555-4555-8555-555555555555',
    storyLead: true,
    title: 'Lumi Home',
    excerpt: 'Lumi Home',
    url: null,
    publishedAt: new Date('2026-11-30T10:03:27.120Z'),
    receivedAt: new Date('2026-11-30T10:03:28Z'),
    language: 'fr',
    sentimentLabel: 'positive',
    sentimentScore: 0.5,
    sentimentOrigin: 'analyser',
    authors: ['Jane Doe'],
    copyCount: 1,
    terms: [
      { termId: 't1', watchlistId: W1 },
      { termId: 't2', watchlistId: W2 },
    ],
    ...over,
  };
}

const user = (over: Partial<AuthUser>): AuthUser => ({ id: 'u', email: 'e', displayName: 'n', role: 'member', locale: 'fr', departmentId: null, isHubMember: false, sessionId: 's', ...over });

describe('stream positions', () => {
  it('orders by transaction, then by id as PostgreSQL orders uuids', () => {
    expect(compareKeys({ xid: 9n, id: MAX_UUID }, { xid: 10n, id: '00000000-0000-0000-0000-000000000000' })).toBe(-1);
    expect(compareKeys({ xid: 10n, id: 'b0000000-0000-0000-0000-000000000000' }, { xid: 10n, id: 'a0000000-0000-0000-0000-000000000000' })).toBe(1);
    expect(compareKeys({ xid: 10n, id: MAX_UUID }, { xid: 10n, id: MAX_UUID })).toBe(0);
  });
});

describe('projectItem', () => {
  it('keeps only what the audience may see and the filter asks for', () => {
    const all = () => true;
    expect(projectItem(row(), NONE, all, all)).toMatchObject({ watchlistIds: [W1, W2], termIds: ['t1', 't2'], publishedAt: '2026-11-30T10:03:27.120Z', sentiment: { label: 'positive', score: 0.5, origin: 'analyser' }, authors: ['Jane Doe'], copyCount: 1 });
    // A watchlist of another department is not shown, and filtering on it finds nothing.
    expect(projectItem(row(), NONE, all, (w) => w === W1)).toMatchObject({ watchlistIds: [W1], termIds: ['t1'] });
    expect(projectItem(row(), { ...NONE, watchlistIds: [W2] }, all, (w) => w === W1)).toBeNull();
    // An item of a department the audience cannot see never passes.
    expect(projectItem(row({ departmentId: D1 }), NONE, (d) => d === null, all)).toBeNull();
    expect(projectItem(row({ departmentId: D1 }), { ...NONE, departmentIds: [D1] }, all, all)).not.toBeNull();
    expect(projectItem(row(), { ...NONE, departmentIds: [D1] }, all, all)).toBeNull();
    expect(projectItem(row(), { ...NONE, languages: ['en'] }, all, all)).toBeNull();
    expect(projectItem(row(), { ...NONE, sentiments: ['negative', 'neutral'] }, all, all)).toBeNull();
    expect(projectItem(row(), { ...NONE, sourceIds: [D1] }, all, all)).toBeNull();
  });
});

describe('minute deltas and missed counts', () => {
  it('adds each item to its minute per watchlist (within the filter), null when none', () => {
    const all = () => true;
    const a = projectItem(row(), NONE, all, all)!;
    const b = projectItem(row({ id: 'b', terms: [], sentimentScore: -0.25, sentimentLabel: 'negative' }), NONE, all, all)!;
    expect(minuteDeltas([a, a, b], NONE)).toEqual([
      { watchlistId: W1, minute: '2026-11-30T10:03:00.000Z', items: 2, sentimentSum: 1 },
      { watchlistId: W2, minute: '2026-11-30T10:03:00.000Z', items: 2, sentimentSum: 1 },
      { watchlistId: null, minute: '2026-11-30T10:03:00.000Z', items: 1, sentimentSum: -0.25 },
    ]);
    expect(minuteDeltas([a], { ...NONE, watchlistIds: [W2] })).toEqual([{ watchlistId: W2, minute: '2026-11-30T10:03:00.000Z', items: 1, sentimentSum: 0.5 }]);
  });

  it('counts missed items in bounded memory: minutes only within the chart’s hour', () => {
    const now = Date.parse('2026-11-30T10:30:00Z');
    const counter = new MissedCounter(() => now);
    const all = () => true;
    for (let i = 0; i < 1000; i++) counter.add(projectItem(row({ id: `i${i}`, publishedAt: new Date(now - i * 60_000) }), NONE, all, all)!, NONE);
    const summary = counter.summary('slow', 'r');
    expect(summary).toMatchObject({ reason: 'slow', missed: 1000, resumeFrom: 'r', lastId: 'i999', bySentiment: { positive: 1000, negative: 0, neutral: 0 } });
    expect(summary.byWatchlist).toEqual([
      { watchlistId: W1, items: 1000 },
      { watchlistId: W2, items: 1000 },
    ]);
    expect(summary.minutes.length).toBe(2 * 61);
    // Totals count each item once, whatever its watchlists: 61 minutes of one item each.
    expect(summary.totals.length).toBe(61);
    expect(summary.totals.every((t) => t.items === 1 && t.sentimentSum === 0.5)).toBe(true);
    expect(summary.totals.find((t) => t.minute === '2026-11-30T10:30:00.000Z')).toEqual({ minute: '2026-11-30T10:30:00.000Z', items: 1, sentimentSum: 0.5 });
  });

  it('cuts messages at the limit', () => {
    expect(chunks(Array.from({ length: 1001 }, (_, i) => i)).map((c) => c.length)).toEqual([500, 500, 1]);
    expect(chunks([])).toEqual([]);
  });
});

describe('parseSubscribe', () => {
  it('normalises the filters', () => {
    expect(parseSubscribe({ watchlistIds: [W2, W1, W2.toUpperCase()], languages: ['fr', 'und'], sentiments: ['negative'], lastId: W1.toUpperCase() })).toEqual({
      filter: { ...NONE, watchlistIds: [W1, W2], languages: ['fr', 'und'], sentiments: ['negative'] },
      lastId: W1,
    });
    expect(parseSubscribe(undefined)).toEqual({ filter: NONE, lastId: null });
    expect(filterKey(NONE)).toBe('||||');
  });

  it.each([
    ['a string', 'x'],
    ['an array', []],
    ['an unknown field', { watchlist: [] }],
    ['a list that is not one', { sourceIds: W1 }],
    ['a bad id', { departmentIds: ['1'] }],
    ['too many ids', { watchlistIds: Array.from({ length: 51 }, () => W1) }],
    ['a bad language', { languages: ['FR-fr'] }],
    ['a bad sentiment', { sentiments: ['happy'] }],
    ['a bad last id', { lastId: 5 }],
  ])('refuses %s', (_what, payload) => {
    expect(() => parseSubscribe(payload)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('audienceKey', () => {
  it('groups people who see the same items, by the policy', () => {
    expect(audienceKey(user({ role: 'member' }))).toBeNull();
    expect(audienceKey(user({ role: 'department_rep', departmentId: D1 }))).toBeNull();
    expect(audienceKey(user({ role: 'member', isHubMember: true }))).toBe('all');
    expect(audienceKey(user({ role: 'hub_coordinator' }))).toBe('all');
    expect(audienceKey(user({ role: 'admin', departmentId: D1 }))).toBe('all');
    expect(audienceKey(user({ role: 'manager', departmentId: D1 }))).toBe(`some:company:${D1}`);
    expect(audienceKey(user({ role: 'manager' }))).toBe('some:company:');
  });
});
