import { campaignStatus, COUNT_REVEALING_SORTS, DEFAULT_STAGES, effectiveSort, IDEA_SORTS, STAGE_KINDS } from './hivemind';

describe('campaign status', () => {
  const opens = new Date('2026-03-01T09:00:00Z');
  const closes = new Date('2026-03-31T18:00:00Z');
  it('is upcoming before the opening, open from it (inclusive) to the closing (exclusive), then closed', () => {
    expect(campaignStatus(opens, closes, new Date('2026-03-01T08:59:59.999Z'))).toBe('upcoming');
    expect(campaignStatus(opens, closes, opens)).toBe('open');
    expect(campaignStatus(opens, closes, new Date('2026-03-31T17:59:59.999Z'))).toBe('open');
    expect(campaignStatus(opens, closes, closes)).toBe('closed');
    expect(campaignStatus(opens.toISOString(), closes.toISOString(), new Date('2026-03-15T00:00:00Z'))).toBe('open');
  });
});

describe('effective sort', () => {
  it('falls back to new for the sorts that would reveal hidden counts, and only while they are hidden', () => {
    for (const sort of IDEA_SORTS) {
      expect(effectiveSort(sort, false)).toBe(sort);
      expect(effectiveSort(sort, true)).toBe(COUNT_REVEALING_SORTS.includes(sort) ? 'new' : sort);
    }
    expect(effectiveSort('discussed', true)).toBe('discussed');
    expect(effectiveSort('hot', true)).toBe('new');
  });
});

describe('default pipeline', () => {
  it('runs Submitted → Under review → Selected → In progress → Done, plus Declined, one stage of each kind, named in both languages', () => {
    expect(DEFAULT_STAGES.map((s) => s.kind)).toEqual([...STAGE_KINDS]);
    expect(DEFAULT_STAGES.map((s) => s.nameEn)).toEqual(['Submitted', 'Under review', 'Selected', 'In progress', 'Done', 'Declined']);
    expect(new Set(DEFAULT_STAGES.map((s) => s.key)).size).toBe(DEFAULT_STAGES.length);
    for (const s of DEFAULT_STAGES) expect(s.key).toMatch(/^[a-z0-9][a-z0-9_-]{0,39}$/);
  });
});
