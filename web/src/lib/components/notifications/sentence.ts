import { notificationLink } from '@ruche/shared';
import { formatDate } from '$lib/format';
import type { Dictionary } from '$lib/i18n/fr';
import type { NotificationItem } from '$lib/state/notifications.svelte';

/**
 * The sentence a notification reads as, in the interface language, and where it leads. A new kind in
 * NOTIFICATION_KINDS fails the type-check here until it has its sentence.
 */
export function sentenceOf(item: NotificationItem, t: Dictionary, tag: string): string {
  const s = t.notifications.sentences;
  switch (item.kind) {
    case 'idea.stage_changed':
      return s.stageChanged(item.payload.ideaTitle, item.payload.stageName);
    case 'idea.commented':
      return item.payload.actorName ? s.commented(item.payload.actorName, item.payload.ideaTitle) : s.commentedAnonymously(item.payload.ideaTitle);
    case 'comment.mentioned':
      return item.payload.actorName ? s.mentioned(item.payload.actorName, item.payload.ideaTitle) : s.mentionedAnonymously(item.payload.ideaTitle);
    case 'idea.merged': {
      // A merge says what happened to the votes ("2 votes moved, 1 merged") when it counted them.
      const { movedVotes, mergedVotes } = item.payload;
      const counts = movedVotes !== undefined && mergedVotes !== undefined ? ` ${t.moderation.mergeDialog.result(movedVotes, mergedVotes)}` : '';
      return s.merged(item.payload.ideaTitle, item.payload.intoIdeaTitle) + counts;
    }
    case 'vote.refunded':
      return s.refunded(item.payload.votes, item.payload.ideaTitle);
    case 'campaign.closing_soon':
      return s.closingSoon(item.payload.campaignTitle, formatDate(item.payload.closesAt, tag, true));
    case 'campaign.opened':
      return s.opened(item.payload.campaignTitle);
    case 'signal.alert':
      return s.signalAlert(item.payload.ruleName, item.payload.subject, item.payload.kind, item.payload.observed, item.payload.expected);
    default:
      return unknownKind(item);
  }
}

/** Exhaustiveness: `never` once every kind has its case. */
function unknownKind(item: never): string {
  return (item as { kind: string }).kind;
}

export function linkOf(item: NotificationItem): string {
  return notificationLink(item);
}
