import { ALERT_FEEDBACKS, ALERT_KINDS, ALERT_LIMITS, ALERT_PRESETS, ALERT_STATUSES, alertLink } from './alerts';

describe('alerts vocabulary', () => {
  it('lists kinds, presets, statuses and feedback once each', () => {
    for (const list of [ALERT_KINDS, ALERT_PRESETS, ALERT_STATUSES, ALERT_FEEDBACKS]) expect(new Set(list).size).toBe(list.length);
    expect(ALERT_KINDS).toEqual(['burst', 'drop', 'ramp', 'sentiment']);
    expect(ALERT_PRESETS).toEqual(['low', 'medium', 'high']);
  });

  it('keeps limits coherent', () => {
    expect(ALERT_LIMITS.cooldownMinMinutes).toBeLessThan(ALERT_LIMITS.cooldownMaxMinutes);
    expect(ALERT_LIMITS.samplesMax).toBeGreaterThanOrEqual(3);
    expect(ALERT_LIMITS.backtestMaxDays).toBeGreaterThan(0);
  });

  it('links an alert to the dashboard, escaping the id', () => {
    expect(alertLink('0b9c1a2e-0000-4000-8000-000000000001')).toBe('/signals?alert=0b9c1a2e-0000-4000-8000-000000000001');
    expect(alertLink('a&b')).toBe('/signals?alert=a%26b');
  });
});
