import { BadInputError } from '../../core/errors/domain-error';
import { conditionsMet, cooldownOf, detectorRuleOf, kindsOf, presetOf, timeZoneOf, warmUpEndsAt } from './alert-rule';

describe('alert rule fields', () => {
  it('checks presets, kinds, cool-downs and time zones, naming the field', () => {
    expect(presetOf('high')).toBe('high');
    for (const bad of ['paranoid', '', 3, null, 'HIGH']) expect(() => presetOf(bad)).toThrow(BadInputError);
    expect(kindsOf(['sentiment', 'burst', 'burst'])).toEqual(['burst', 'sentiment']);
    for (const bad of [[], ['quake'], 'burst', [1], ['burst', 'drop', 'ramp', 'sentiment', 'burst']]) expect(() => kindsOf(bad)).toThrow(BadInputError);
    expect(cooldownOf(null)).toBeNull();
    expect(cooldownOf(90)).toBe(90);
    for (const bad of [0, 10_081, 1.5, '60', Number.NaN]) expect(() => cooldownOf(bad)).toThrow(BadInputError);
    expect(timeZoneOf('Europe/Paris')).toBe('Europe/Paris');
    for (const bad of ['Mars/Olympus', '', 'x'.repeat(65), 42]) expect(() => timeZoneOf(bad)).toThrow(BadInputError);
  });

  it('gives the detector the tuned multiplier within its bounds and the rule’s own cool-down', () => {
    const base = { preset: 'medium' as const, timeZone: 'UTC', kinds: ['burst' as const], cooldownMinutes: null };
    expect(detectorRuleOf({ ...base, tuning: { multiplier: 1.2, useful: 0, noise: 1 } })).toEqual({ preset: 'medium', timeZone: 'UTC', multiplier: 1.2, kinds: ['burst'] });
    expect(detectorRuleOf({ ...base, cooldownMinutes: 15, tuning: { multiplier: 99, useful: 0, noise: 0 } })).toMatchObject({ multiplier: 3, cooldownMinutes: 15 });
  });

  it('ends the warm-up the preset’s days after the first data, and not before any', () => {
    expect(warmUpEndsAt({ preset: 'medium', firstDataAt: null })).toBeNull();
    expect(warmUpEndsAt({ preset: 'low', firstDataAt: new Date('2026-11-01T00:00:00Z') })).toEqual(new Date('2026-11-04T00:00:00Z'));
  });

  it('lets an alert through only when every sentiment condition is met and known', () => {
    const none = { sentimentMaxMean: null, negativeShareMin: null };
    expect(conditionsMet(none, { kind: 'burst', observed: 12, sentimentMean: null, negativeShare: null })).toBe(true);
    const sour = { sentimentMaxMean: -0.2, negativeShareMin: null };
    expect(conditionsMet(sour, { kind: 'burst', observed: 12, sentimentMean: -0.5, negativeShare: null })).toBe(true);
    expect(conditionsMet(sour, { kind: 'burst', observed: 12, sentimentMean: 0.1, negativeShare: null })).toBe(false);
    expect(conditionsMet(sour, { kind: 'drop', observed: 0, sentimentMean: null, negativeShare: null })).toBe(false);
    // A sentiment alert's observed value is the recent mean itself.
    expect(conditionsMet(sour, { kind: 'sentiment', observed: -0.4, sentimentMean: 0.3, negativeShare: null })).toBe(true);
    const negative = { sentimentMaxMean: null, negativeShareMin: 0.5 };
    expect(conditionsMet(negative, { kind: 'burst', observed: 12, sentimentMean: 0, negativeShare: 0.6 })).toBe(true);
    expect(conditionsMet(negative, { kind: 'burst', observed: 12, sentimentMean: 0, negativeShare: 0.4 })).toBe(false);
    expect(conditionsMet(negative, { kind: 'burst', observed: 12, sentimentMean: 0, negativeShare: null })).toBe(false);
  });
});
