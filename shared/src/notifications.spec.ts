import { isNotificationKind, NOTIFICATION_DEFAULTS, NOTIFICATION_KINDS, notificationLink, type NotificationPayloads } from './notifications';

const idea = { ideaId: 'i-1', ideaTitle: 'Solar roofs', campaignId: 'c-1' };

describe('notification kinds', () => {
  it('has a default for every kind and no default for a kind that does not exist', () => {
    expect(Object.keys(NOTIFICATION_DEFAULTS).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('recognises only listed kinds', () => {
    expect(NOTIFICATION_KINDS.every(isNotificationKind)).toBe(true);
    for (const value of ['idea', 'IDEA.COMMENTED', '', null, 42, 'constructor', 'toString']) expect(isNotificationKind(value)).toBe(false);
  });

  it('links each kind to the page it is about', () => {
    const cases: [keyof NotificationPayloads, NotificationPayloads[keyof NotificationPayloads], string][] = [
      ['idea.stage_changed', { ...idea, stageName: 'Review', stageKind: 'review' }, '/campaigns/c-1/ideas/i-1'],
      ['vote.refunded', { ...idea, votes: 3 }, '/campaigns/c-1/ideas/i-1'],
      ['idea.commented', { ...idea, commentId: 'k-1', actorName: null }, '/campaigns/c-1/ideas/i-1#comment-k-1'],
      ['comment.mentioned', { ...idea, commentId: 'k-2', actorName: 'Hugo' }, '/campaigns/c-1/ideas/i-1#comment-k-2'],
      ['idea.merged', { ...idea, intoIdeaId: 'i-2', intoIdeaTitle: 'Roofs' }, '/campaigns/c-1/ideas/i-2'],
      ['campaign.opened', { campaignId: 'c-1', campaignTitle: 'Energy' }, '/campaigns/c-1'],
      ['campaign.closing_soon', { campaignId: 'c-1', campaignTitle: 'Energy', closesAt: '2026-12-01T00:00:00Z' }, '/campaigns/c-1'],
      ['signal.alert', { alertId: 'a-1', ruleId: 'r-1', ruleName: 'Orange', subject: 'Orange', kind: 'burst', observed: 40, expected: 3.5, minute: '2026-11-02T10:03:00.000Z' }, '/signals?alert=a-1'],
    ];
    expect(cases.map(([kind]) => kind).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    for (const [kind, payload, link] of cases) expect(notificationLink({ kind, payload })).toBe(link);
  });

  it('keeps a link within this origin whatever the ids hold', () => {
    const link = notificationLink({ kind: 'campaign.opened', payload: { campaignId: '//evil.example/x?y', campaignTitle: 'x' } });
    expect(link).toBe('/campaigns/%2F%2Fevil.example%2Fx%3Fy');
  });
});
