/**
 * Hivemind curation (moderation, merge, typed links, fairness, export): the vocabularies and limits
 * the server and the web share. Spelled on the wire exactly as here.
 */

/** Why someone flags an idea: a short list the moderation queue can group by, plus optional text. */
export const FLAG_REASONS = ['spam', 'offensive', 'off_topic', 'duplicate', 'personal_data', 'other'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

/**
 * Typed links from an idea to another item. The target is typed (`target_type` + `target_id` in
 * idea_links) so that later pillars (signals) can be linked to without a new table; today only ideas.
 */
export const IDEA_LINK_KINDS = ['duplicates', 'builds_on', 'answers'] as const;
export type IdeaLinkKind = (typeof IDEA_LINK_KINDS)[number];
export const LINK_TARGET_TYPES = ['idea'] as const;
export type LinkTargetType = (typeof LINK_TARGET_TYPES)[number];

export const CURATION_LIMITS = {
  flagNoteMax: 500,
  /** A moderator says why they hide an idea or look behind its anonymity (kept in the audit log). */
  reasonMin: 3,
  reasonMax: 500,
  queuePageMax: 100,
  linksPerIdeaMax: 50,
} as const;

/** How long before a campaign closes people with unused votes are reminded (job hivemind.closing_reminders). */
export const CLOSING_REMINDER_HOURS = 48;

/**
 * Small-department rule: a facet that could point at an anonymous author or a few voters (a
 * department's name next to an anonymous idea, counts broken down by department) is not shown for a
 * department with fewer than K members — with 3 people, "someone from Legal" is nearly a name.
 */
export const SMALL_DEPARTMENT_K = 5;

/** Whether a department of `memberCount` people may appear as a facet (SMALL_DEPARTMENT_K). */
export function departmentFacetShown(memberCount: number): boolean {
  return Number.isFinite(memberCount) && memberCount >= SMALL_DEPARTMENT_K;
}

/**
 * A CSV cell: quoted when it holds a separator, a quote or a line break; and a cell a spreadsheet
 * would read as a formula (= + - @, tab or carriage return first) is prefixed with ' (OWASP's
 * CSV-injection advice), so an idea titled "=HYPERLINK(…)" stays text in Excel or LibreOffice.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** `idea:hidden` / `idea:restored`: a moderator took an idea off its board or put it back (same audience as idea:votes). */
export interface IdeaModerationPayload {
  ideaId: string;
  campaignId: string;
}

/** `idea:merged`: an idea was merged into another; boards drop it and its page redirects to `intoIdeaId`. */
export interface IdeaMergedPayload {
  ideaId: string;
  campaignId: string;
  intoIdeaId: string;
}
