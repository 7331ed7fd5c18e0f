import type { SignalStreamItem } from '@ruche/shared';
import { MinuteCounts } from '../../web/src/lib/components/signals/minutes';
import { chartDeltas, matchesFilters, rowOf, subscriptionOf, withStoryCopies } from '../../web/src/lib/components/signals/stream-items';

/** The dashboard's side of the live stream: what it subscribes to, which streamed items it keeps, how it lists them and moves its chart. */

const item = (over: Partial<SignalStreamItem> = {}): SignalStreamItem => ({
  id: 'i1',
  sourceId: 's1',
  departmentId: null,
  externalId: 'e1',
  storyId: 'st1',
  storyLead: true,
  title: 'Lumi Home baisse ses prix',
  excerpt: 'Lumi Home baisse ses prix sur toute la gamme.',
  url: 'https://presse.example/a',
  publishedAt: '2026-11-30T10:03:20.000Z',
  receivedAt: '2026-11-30T10:03:21.000Z',
  language: 'fr',
  sentiment: { label: 'negative', score: -0.4, origin: 'rule' },
  authors: ['Jeanne Martin'],
  copyCount: 3,
  watchlistIds: ['w1'],
  termIds: ['t1', 't-unknown'],
  ...over,
});

describe('subscriptionOf', () => {
  it('sends each set filter as a one-element list, and the last id seen', () => {
    expect(subscriptionOf({}, null)).toEqual({ lastId: null });
    expect(subscriptionOf({ sourceId: 's1', language: 'fr', sentiment: 'negative', watchlistId: 'w1', departmentId: 'd1' }, 'i9')).toEqual({
      lastId: 'i9',
      sourceIds: ['s1'],
      languages: ['fr'],
      sentiments: ['negative'],
      watchlistIds: ['w1'],
      departmentIds: ['d1'],
    });
    // Empty strings (a select's "all") are no filter.
    expect(subscriptionOf({ sourceId: '', language: null }, null)).toEqual({ lastId: null });
  });
});

describe('matchesFilters', () => {
  it('keeps what every set filter allows and drops what a previous subscription sent', () => {
    expect(matchesFilters(item(), {})).toBe(true);
    expect(matchesFilters(item(), { sourceId: 's1', language: 'fr', sentiment: 'negative', watchlistId: 'w1' })).toBe(true);
    expect(matchesFilters(item(), { sourceId: 's2' })).toBe(false);
    expect(matchesFilters(item(), { language: 'en' })).toBe(false);
    expect(matchesFilters(item(), { sentiment: 'positive' })).toBe(false);
    expect(matchesFilters(item(), { watchlistId: 'w2' })).toBe(false);
    expect(matchesFilters(item(), { departmentId: 'd1' })).toBe(false);
    expect(matchesFilters(item({ departmentId: 'd1' }), { departmentId: 'd1' })).toBe(true);
  });
});

describe('rowOf', () => {
  it('names the source and the terms it knows, leaves out the others, and carries authors, copies and who set the sentiment', () => {
    const catalog = { sources: new Map([['s1', { id: 's1', name: 'Veille', kind: 'webhook' as const }]]), terms: new Map([['t1', { id: 't1', label: 'Lumi Home', watchlistId: 'w1' }]]) };
    const row = rowOf(item(), catalog);
    expect(row).toMatchObject({ id: 'i1', storyId: 'st1', title: 'Lumi Home baisse ses prix', text: 'Lumi Home baisse ses prix sur toute la gamme.', sentiment: 'negative', sentimentScore: -0.4, sentimentOrigin: 'rule', authors: ['Jeanne Martin'], copyCount: 3 });
    expect(row.source).toEqual({ id: 's1', name: 'Veille', kind: 'webhook' });
    expect(row.terms).toEqual([{ id: 't1', label: 'Lumi Home', watchlistId: 'w1' }]);
    expect(rowOf(item({ sourceId: 'gone' }), catalog).source).toBeNull();
  });
});

describe('withStoryCopies', () => {
  it('raises the copy count of listed rows of a story a fresh copy belongs to, and leaves the rest (the same list when nothing changes)', () => {
    const list = [
      { id: 'lead', storyId: 'st1', copyCount: 1 },
      { id: 'other', storyId: 'st2', copyCount: 4 },
    ];
    expect(withStoryCopies(list, [{ storyId: 'st1', copyCount: 3 }, { storyId: 'st1', copyCount: 2 }, { storyId: 'st2', copyCount: 2 }])).toEqual([
      { id: 'lead', storyId: 'st1', copyCount: 3 },
      { id: 'other', storyId: 'st2', copyCount: 4 },
    ]);
    expect(withStoryCopies(list, [{ storyId: 'st3', copyCount: 9 }])).toBe(list);
    expect(withStoryCopies(list, [])).toBe(list);
  });
});

describe('chartDeltas', () => {
  const minutes = [
    { watchlistId: 'w1', minute: '2026-11-30T10:03:00.000Z', items: 3, sentimentSum: -1 },
    { watchlistId: 'w2', minute: '2026-11-30T10:03:00.000Z', items: 2, sentimentSum: 0.5 },
    { watchlistId: 'w1', minute: '2026-11-30T10:04:00.000Z', items: 1, sentimentSum: 0.2 },
  ];

  const totals = [
    { minute: '2026-11-30T10:03:00.000Z', items: 4, sentimentSum: -0.5 },
    { minute: 'not a date', items: 5, sentimentSum: 0 },
    { minute: '2026-11-30T10:04:00.000Z', items: 1, sentimentSum: 0.2 },
  ];

  it('with a watchlist filter, counts that watchlist’s deltas, per minute', () => {
    expect(chartDeltas({ minutes, totals }, 'w1')).toEqual([
      { at: Date.parse('2026-11-30T10:03:00.000Z'), items: 3, sentimentSum: -1 },
      { at: Date.parse('2026-11-30T10:04:00.000Z'), items: 1, sentimentSum: 0.2 },
    ]);
  });

  it('without one, counts the totals (each item once, though it is in two watchlists’ deltas), skipping bad minutes', () => {
    expect(chartDeltas({ minutes, totals }, null)).toEqual([
      { at: Date.parse('2026-11-30T10:03:00.000Z'), items: 4, sentimentSum: -0.5 },
      { at: Date.parse('2026-11-30T10:04:00.000Z'), items: 1, sentimentSum: 0.2 },
    ]);
    expect(chartDeltas({ minutes, totals: [] }, undefined)).toEqual([]);
  });

  it('moves the chart: deltas add to a minute, a corrected score moves its sum, bad values change nothing', () => {
    const counts = new MinuteCounts();
    counts.add({ id: 'a', publishedAt: '2026-11-30T10:03:10.000Z', sentimentScore: 0.5 });
    counts.addDelta(Date.parse('2026-11-30T10:03:00.000Z'), 2, -0.5);
    counts.addDelta(Date.parse('2026-11-30T10:03:00.000Z'), -4, 0);
    counts.addDelta(Number.NaN, 3, 0);
    const now = Date.parse('2026-11-30T10:03:30.000Z');
    expect(counts.window(now, 1)).toEqual([{ at: Date.parse('2026-11-30T10:03:00.000Z'), items: 3, sentimentSum: 0, mean: 0 }]);
    expect(counts.rescore({ id: 'a', publishedAt: '2026-11-30T10:03:10.000Z' }, 0.5, -1)).toBe(true);
    expect(counts.window(now, 1)[0].sentimentSum).toBe(-1.5);
    // An item never counted here (outside the window, or unknown) moves nothing.
    expect(counts.rescore({ id: 'zz', publishedAt: '2026-11-30T10:03:10.000Z' }, 0, 1)).toBe(false);
  });
});
