/**
 * Hivemind discussion: comments on ideas and follows, shared by the server (which enforces the limits
 * and parses mentions) and the web (whose composer writes mentions in the same syntax).
 */
export const COMMENT_LIMITS = {
  /** Longest comment, in characters of markdown. */
  bodyMax: 5000,
  /** People one comment may mention; further mentions stay text and notify nobody. */
  mentionsMax: 10,
  /** Comments one person may post per minute (all ideas together): stops a runaway script, not a debate. */
  perMinute: 20,
  /** Threads per page. */
  pageSizeMax: 50,
  /** Longest display name a mention carries in its text. */
  mentionNameMax: 100,
} as const;

/**
 * A mention as the composer writes it: `@[Display Name](user:<uuid>)`. The id is what counts (a rename
 * does not break it, and two people with the same name are told apart); the name is only the text shown,
 * as it was when the comment was written.
 */
export const MENTION_PATTERN = /@\[([^\]\n]{1,100})\]\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

export interface Mention {
  name: string;
  userId: string;
}

/** The mentions of a comment, in order, each person once (ids in lower case). */
export function parseMentions(body: string): Mention[] {
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const match of body.matchAll(MENTION_PATTERN)) {
    const userId = match[2].toLowerCase();
    if (seen.has(userId)) continue;
    seen.add(userId);
    mentions.push({ name: match[1], userId });
  }
  return mentions;
}

/** The composer's text for a mention of this person (characters that would end it are dropped from the name). */
export function mentionMarkup(name: string, userId: string): string {
  const clean = name.replace(/[[\]\n\r]/g, '').trim().slice(0, COMMENT_LIMITS.mentionNameMax) || '?';
  return `@[${clean}](user:${userId})`;
}

export const FOLLOW_SUBJECTS = ['idea', 'campaign'] as const;
export type FollowSubject = (typeof FOLLOW_SUBJECTS)[number];

/**
 * `comment:added` / `comment:updated` (edited, deleted, hidden): sent to the idea's audience (the same
 * rooms as `idea:votes`). Ids only — never an author, so an anonymous author stays anonymous — and the
 * page reads the comment through GraphQL, where the rules apply to the reader.
 */
export interface CommentEventPayload {
  ideaId: string;
  campaignId: string;
  commentId: string;
  /** The thread root, or null when the comment is one. */
  parentId: string | null;
  /** The idea's comment count after the change. */
  commentCount: number;
}
