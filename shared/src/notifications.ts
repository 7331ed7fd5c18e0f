import { alertLink } from './alerts';

/**
 * The notification centre's vocabulary, shared by the server (which writes notifications) and the web
 * (which renders each kind as a localised sentence with a link). A pillar that needs a new kind adds it
 * to NOTIFICATION_KINDS, NOTIFICATION_DEFAULTS, NotificationPayloads and notificationLink, and its two
 * sentences to the web dictionaries (`notifications.kinds.<kind>`).
 *
 * Payloads carry ids (for the link), titles and counts as they were when the event happened — enough
 * to render a sentence without another query. They never carry the identity of an anonymous author:
 * `actorName` is null when the person who acted chose anonymity.
 */
export const NOTIFICATION_KINDS = [
  'idea.stage_changed',
  'idea.commented',
  'comment.mentioned',
  'idea.merged',
  'vote.refunded',
  'campaign.closing_soon',
  'campaign.opened',
  'signal.alert',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** What a person gets for each kind until they change it in their preferences. */
export const NOTIFICATION_DEFAULTS: Record<NotificationKind, { inApp: boolean }> = {
  'idea.stage_changed': { inApp: true },
  'idea.commented': { inApp: true },
  'comment.mentioned': { inApp: true },
  'idea.merged': { inApp: true },
  'vote.refunded': { inApp: true },
  'campaign.closing_soon': { inApp: true },
  'campaign.opened': { inApp: true },
  'signal.alert': { inApp: true },
};

/** An idea as a notification remembers it. */
interface IdeaRef {
  ideaId: string;
  ideaTitle: string;
  campaignId: string;
}

export interface NotificationPayloads {
  /**
   * The recipient's idea (or one they follow) moved to another stage: the stage's name as its campaign
   * called it then, and its kind (STAGE_KINDS of Hivemind: submitted, review, selected…).
   */
  'idea.stage_changed': IdeaRef & { stageName: string; stageKind: string };
  /** Someone commented on the recipient's idea (or one they follow). */
  'idea.commented': IdeaRef & { commentId: string; actorName: string | null };
  /** Someone mentioned the recipient in a comment. */
  'comment.mentioned': IdeaRef & { commentId: string; actorName: string | null };
  /** The recipient's idea (or one they voted for) was merged into another idea. */
  'idea.merged': IdeaRef & {
    intoIdeaId: string;
    intoIdeaTitle: string;
    /** Hivemind merge: votes that moved to the target idea, and votes dropped because their voter had voted on both (one kept). */
    movedVotes?: number;
    mergedVotes?: number;
  };
  /** Votes the recipient had given were given back (idea merged, withdrawn or closed). */
  'vote.refunded': IdeaRef & {
    votes: number;
    /** Why the vote came back (Hivemind curation): its idea was declined, hidden by a moderator, or merged into another. */
    reason?: 'declined' | 'hidden' | 'merged';
  };
  /** A campaign the recipient takes part in closes soon. */
  'campaign.closing_soon': { campaignId: string; campaignTitle: string; closesAt: string };
  /** A campaign open to the recipient has opened. */
  'campaign.opened': { campaignId: string; campaignTitle: string };
  /**
   * Dynamic Signal: an alert rule routed to the recipient (their department or them by name) fired:
   * what happened to which term or topic, observed against expected, at which minute (ISO 8601 UTC).
   */
  'signal.alert': {
    alertId: string;
    ruleId: string;
    ruleName: string;
    subject: string;
    kind: 'burst' | 'drop' | 'ramp' | 'sentiment';
    observed: number;
    expected: number;
    minute: string;
  };
}

export type NotificationPayload<K extends NotificationKind = NotificationKind> = NotificationPayloads[K];

/** A notification as the API and the socket event give it to its recipient. */
export interface NotificationView<K extends NotificationKind = NotificationKind> {
  id: string;
  kind: K;
  payload: NotificationPayloads[K];
  subjectType: string | null;
  subjectId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** Payload of the `notification:new` socket event, sent to the recipient's user room. */
export interface NotificationNewEvent {
  notification: NotificationView;
  /** The recipient's unread count including this one. */
  unreadCount: number;
}

/** Payload of the `notification:unread` socket event: the count changed (read in another tab). */
export interface NotificationUnreadEvent {
  unreadCount: number;
}

/** Largest payload accepted, as JSON text (titles are short; this bounds what one row may cost). */
export const MAX_NOTIFICATION_PAYLOAD_BYTES = 4096;

/** Where a notification leads in the web app (a path of this origin). */
export function notificationLink(view: Pick<NotificationView, 'kind' | 'payload'>): string {
  const idea = (p: IdeaRef) => `/campaigns/${encodeURIComponent(p.campaignId)}/ideas/${encodeURIComponent(p.ideaId)}`;
  switch (view.kind) {
    case 'idea.stage_changed':
    case 'vote.refunded':
      return idea(view.payload as IdeaRef);
    case 'idea.commented':
    case 'comment.mentioned': {
      const p = view.payload as NotificationPayloads['idea.commented'];
      return `${idea(p)}#comment-${encodeURIComponent(p.commentId)}`;
    }
    case 'idea.merged': {
      const p = view.payload as NotificationPayloads['idea.merged'];
      return idea({ ...p, ideaId: p.intoIdeaId });
    }
    case 'campaign.closing_soon':
    case 'campaign.opened':
      return `/campaigns/${encodeURIComponent((view.payload as { campaignId: string }).campaignId)}`;
    case 'signal.alert':
      return alertLink((view.payload as NotificationPayloads['signal.alert']).alertId);
    default:
      return '/notifications';
  }
}
