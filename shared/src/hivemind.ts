/**
 * Hivemind (idea campaigns): the enums, limits and socket payloads the server and the web share.
 * Spelled on the wire exactly as here (`everyone`, `in_progress`, `hot`, `up`), like the org enums.
 */

/** Who a campaign is for: the whole organisation, or the departments it lists (invisible to everyone else). */
export const CAMPAIGN_AUDIENCES = ['everyone', 'departments'] as const;
export type CampaignAudience = (typeof CAMPAIGN_AUDIENCES)[number];

/** Where a campaign is in time, computed from its dates (never stored, so it cannot go stale). */
export const CAMPAIGN_STATUSES = ['upcoming', 'open', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * What a stage of a campaign's pipeline means, whatever its owners call it. Later features key on the
 * kind, not the name: reviews run in `review` stages, a `declined` or `done` idea gives its budget
 * votes back, only ideas in the first `submitted` stage may be edited by their author.
 */
export const STAGE_KINDS = ['submitted', 'review', 'selected', 'in_progress', 'done', 'declined'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export interface StageTemplate {
  key: string;
  kind: StageKind;
  nameFr: string;
  nameEn: string;
}

/** The pipeline every new campaign starts with; its owners may rename, add and reorder stages later. */
export const DEFAULT_STAGES: readonly StageTemplate[] = [
  { key: 'submitted', kind: 'submitted', nameFr: 'Proposée', nameEn: 'Submitted' },
  { key: 'review', kind: 'review', nameFr: 'À l’étude', nameEn: 'Under review' },
  { key: 'selected', kind: 'selected', nameFr: 'Retenue', nameEn: 'Selected' },
  { key: 'in_progress', kind: 'in_progress', nameFr: 'En cours', nameEn: 'In progress' },
  { key: 'done', kind: 'done', nameFr: 'Réalisée', nameEn: 'Done' },
  { key: 'declined', kind: 'declined', nameFr: 'Écartée', nameEn: 'Declined' },
];

/** Board orders: see ranking.ts for the formulas. */
export const IDEA_SORTS = ['top', 'hot', 'new', 'controversial', 'discussed'] as const;
export type IdeaSort = (typeof IDEA_SORTS)[number];

/** Sorts that would reveal vote counts through the order of the board (see `effectiveSort`). */
export const COUNT_REVEALING_SORTS: readonly IdeaSort[] = ['top', 'hot', 'controversial'];

export const VOTE_VALUES = ['up', 'down'] as const;
export type VoteValue = (typeof VOTE_VALUES)[number];

/**
 * Limits on what people send. Titles fit a line of a board; bodies a long e-mail (a proposal longer
 * than that belongs in an attachment); descriptions a campaign brief. Checked by the services (coded
 * BAD_USER_INPUT) and again by CHECK constraints in the database.
 */
export const HIVEMIND_LIMITS = {
  campaignTitleMax: 200,
  campaignDescriptionMax: 20_000,
  ideaTitleMin: 3,
  ideaTitleMax: 200,
  ideaBodyMax: 10_000,
  tagsMax: 10,
  tagLengthMax: 40,
  stageNameMax: 60,
  audienceDepartmentsMax: 50,
  voteBudgetMax: 1000,
  /** The longest a campaign may stay open. */
  campaignDaysMax: 730,
  pageSizeMax: 100,
} as const;

/** A campaign's status at `now` from its dates: open from `opensAt` (inclusive) to `closesAt` (exclusive). */
export function campaignStatus(opensAt: Date | string, closesAt: Date | string, now: Date = new Date()): CampaignStatus {
  const t = now.getTime();
  if (t < new Date(opensAt).getTime()) return 'upcoming';
  if (t >= new Date(closesAt).getTime()) return 'closed';
  return 'open';
}

/**
 * The order a board really uses. While a campaign hides counts until people vote, ordering by a
 * count (top, hot, controversial) would show the crowd's verdict through the positions alone, which is
 * the herding the option exists to prevent: those sorts fall back to `new` until the campaign closes.
 */
export function effectiveSort(requested: IdeaSort, countsHidden: boolean): IdeaSort {
  return countsHidden && COUNT_REVEALING_SORTS.includes(requested) ? 'new' : requested;
}

/**
 * `idea:votes` is sent at most once per this many milliseconds per audience, carrying the latest counts of
 * every idea whose votes changed meanwhile (IdeaVotesBatch): live enough for a person watching a board,
 * and a busy campaign costs a message per moment rather than one per vote.
 */
export const VOTE_EVENTS_FLUSH_MS = 100;

/**
 * `idea:votes` carries a batch: one IdeaVotesPayload per idea whose votes changed (its latest counts).
 */
export type IdeaVotesBatch = IdeaVotesPayload[];

/**
 * One idea in an `idea:votes` batch: its counts changed. Sent only to sockets allowed to see the campaign (its
 * audience's department rooms and the hub for a restricted campaign). When the campaign hides counts
 * until people vote, the payload carries no counts (`countsHidden`): the page asks again through
 * GraphQL, where the server applies the rule for that person.
 */
export type IdeaVotesPayload =
  | { ideaId: string; campaignId: string; countsHidden: false; up: number; down: number }
  | { ideaId: string; campaignId: string; countsHidden: true };

/** `idea:stage`: an idea moved to another stage of its campaign's pipeline (same audience as above). */
export interface IdeaStagePayload {
  ideaId: string;
  campaignId: string;
  stageId: string;
}
