import { can, type Actor, type CampaignStatus, type CommentEventPayload, type HubModel, type IdeaSort, type IdeaStagePayload, type IdeaVotesPayload, type VoteValue } from '@ruche/shared';
import { errorCodeOf, request, type ClientErrorCode } from '../graphql/client';
import {
  BoardDocument,
  BoardIdeaDocument,
  CampaignCountsDocument,
  CampaignsDocument,
  RetractVoteDocument,
  VoteDocument,
  type CampaignSummaryFragment,
  type IdeaCardFragment,
  type PersonSummaryFragment,
} from '../graphql/generated';
import { realtime } from '../realtime/realtime.svelte';
import { budgetDelta, nextVote, optimisticVote } from './hivemind-votes';

export type IdeaCard = IdeaCardFragment;

/** An idea's counts from an `idea:votes` event that carries them. */
function withCounts(idea: IdeaCard, up: number, down: number): IdeaCard {
  const rank = idea.rankExplanation ? { ...idea.rankExplanation, up, down, net: up - down } : idea.rankExplanation;
  return { ...idea, upVotes: up, downVotes: down, rankExplanation: rank };
}

export interface VoteFailure {
  ideaId: string;
  code: ClientErrorCode;
}

/**
 * Ideas shown somewhere (a board, an idea page), kept live: votes are sent optimistically and rolled back
 * on refusal; `idea:votes` and `idea:stage` events for these ideas update them in place (an event without
 * counts, or a stage change, re-reads the idea, since the server decides what this person may see).
 */
export class LiveIdeas {
  ideas = $state<IdeaCard[]>([]);
  /** Votes left in the campaign; null: no budget (or not known yet). */
  remainingVotes = $state<number | null>(null);
  /** The last refused vote, shown next to its idea. */
  voteError = $state<VoteFailure | null>(null);
  /** Ideas with a vote on its way (their buttons wait). */
  pending = $state<Record<string, boolean>>({});
  /** The last vote outcome, in words, for a polite live region. */
  announcement = $state<{ ideaId: string; value: VoteValue | null } | null>(null);
  private stop: (() => void) | null = null;
  private readonly queues = new Map<string, Promise<void>>();

  constructor(readonly campaignId: string) {}

  /** Follows this campaign's live events until the returned function is called. */
  listen(): () => void {
    const offVotes = realtime.on('idea:votes', (batch) => batch.forEach((event) => this.votesChanged(event)));
    const offStage = realtime.on('idea:stage', (event) => this.stageChanged(event));
    // Curation: an idea hidden by a moderator or merged into another leaves the boards at once.
    const gone = (event: { ideaId: string }) => (this.ideas = this.ideas.filter((i) => i.id !== event.ideaId));
    const offHidden = realtime.on('idea:hidden', gone);
    const offMerged = realtime.on('idea:merged', gone);
    // A discussion that grew or shrank (a comment posted, deleted or hidden) shows its new count at once.
    const discussed = (event: CommentEventPayload) => this.commentsChanged(event);
    const offAdded = realtime.on('comment:added', discussed);
    const offUpdated = realtime.on('comment:updated', discussed);
    this.stop = () => {
      offVotes();
      offStage();
      offHidden();
      offMerged();
      offAdded();
      offUpdated();
    };
    return () => {
      this.stop?.();
      this.stop = null;
    };
  }

  protected replace(idea: IdeaCard): void {
    this.ideas = this.ideas.map((i) => (i.id === idea.id ? idea : i));
  }

  private votesChanged(event: IdeaVotesPayload): void {
    if (event.campaignId !== this.campaignId) return;
    const idea = this.ideas.find((i) => i.id === event.ideaId);
    if (!idea) return;
    if (event.countsHidden) void this.refresh(event.ideaId);
    // Counts this person may not see yet stay hidden even if an event carries them.
    else if (!idea.countsHidden) this.replace(withCounts(idea, event.up, event.down));
  }

  private commentsChanged(event: CommentEventPayload): void {
    if (event.campaignId !== this.campaignId) return;
    const idea = this.ideas.find((i) => i.id === event.ideaId);
    if (!idea || idea.commentCount === event.commentCount) return;
    const rank = idea.rankExplanation ? { ...idea.rankExplanation, commentCount: event.commentCount } : idea.rankExplanation;
    this.replace({ ...idea, commentCount: event.commentCount, rankExplanation: rank });
  }

  private stageChanged(event: IdeaStagePayload): void {
    if (event.campaignId === this.campaignId && this.ideas.some((i) => i.id === event.ideaId)) void this.refresh(event.ideaId);
  }

  /** Reads one idea again (its counts as this person sees them, its stage, its "why here"). */
  async refresh(ideaId: string): Promise<void> {
    try {
      const { idea } = await request(BoardIdeaDocument, { id: ideaId });
      this.replace(idea);
    } catch {
      // gone (hidden, merged) or the server briefly away: what is shown stays until the next load
    }
  }

  /**
   * Votes `pressed` on an idea (the same button again takes the vote back). Presses on one idea are sent
   * one after the other, each read against the answer to the one before, so a quick second press is kept.
   */
  vote(ideaId: string, pressed: VoteValue): Promise<void> {
    const next = (this.queues.get(ideaId) ?? Promise.resolve()).then(() => this.send(ideaId, pressed));
    this.queues.set(ideaId, next);
    return next.finally(() => {
      if (this.queues.get(ideaId) === next) this.queues.delete(ideaId);
    });
  }

  private async send(ideaId: string, pressed: VoteValue): Promise<void> {
    const before = this.ideas.find((i) => i.id === ideaId);
    if (!before) return;
    const next = nextVote(before.myVote, pressed);
    const remainingBefore = this.remainingVotes;
    this.voteError = null;
    this.pending = { ...this.pending, [ideaId]: true };
    this.replace(optimisticVote(before, next));
    if (remainingBefore !== null) this.remainingVotes = remainingBefore - budgetDelta(before.myVote, next);
    try {
      const result = next ? (await request(VoteDocument, { ideaId, value: next })).vote : (await request(RetractVoteDocument, { ideaId })).retractVote;
      this.replace(result.idea);
      this.remainingVotes = result.remainingVotes ?? null;
      this.announcement = { ideaId, value: next };
    } catch (cause) {
      this.replace(before);
      this.remainingVotes = remainingBefore;
      this.voteError = { ideaId, code: errorCodeOf(cause) };
      // Others may have voted meanwhile (a live event replaced by the rollback): read the idea as the server has it.
      void this.refresh(ideaId);
    } finally {
      const { [ideaId]: _done, ...rest } = this.pending;
      this.pending = rest;
    }
  }
}

/**
 * A campaign's board: pages of ideas in one order, live. Only the latest request writes the list, as in
 * PeopleList; live events never reorder what the person is reading.
 */
export class Board extends LiveIdeas {
  total = $state<number | null>(null);
  /** The order the server used (top, hot and controversial fall back to new while counts are hidden). */
  sort = $state<IdeaSort | null>(null);
  countsHidden = $state(false);
  hasNextPage = $state(false);
  loading = $state(false);
  loadingMore = $state(false);
  error = $state<ClientErrorCode | null>(null);
  private endCursor: string | null = null;
  private requested: IdeaSort = 'hot';
  private generation = 0;

  constructor(
    campaignId: string,
    private readonly pageSize = 20,
  ) {
    super(campaignId);
  }

  load(sort: IdeaSort = this.requested): Promise<void> {
    this.requested = sort;
    return this.fetch(null);
  }

  loadMore(): Promise<void> {
    if (!this.endCursor || this.loadingMore) return Promise.resolve();
    return this.fetch(this.endCursor);
  }

  private async fetch(after: string | null): Promise<void> {
    const mine = ++this.generation;
    this.error = null;
    if (after) this.loadingMore = true;
    else this.loading = true;
    try {
      const { ideas } = await request(BoardDocument, { campaignId: this.campaignId, sort: this.requested, first: this.pageSize, after });
      if (mine !== this.generation) return;
      // An idea that moved between pages while paging (new votes) is kept once, where it was first seen.
      this.ideas = after ? [...this.ideas, ...ideas.nodes.filter((n) => !this.ideas.some((i) => i.id === n.id))] : ideas.nodes;
      this.total = ideas.totalCount;
      this.sort = ideas.sort;
      this.countsHidden = ideas.countsHidden;
      this.endCursor = ideas.pageInfo.endCursor ?? null;
      this.hasNextPage = ideas.pageInfo.hasNextPage;
    } catch (cause) {
      if (mine === this.generation) this.error = errorCodeOf(cause);
    } finally {
      if (mine === this.generation) this.loading = this.loadingMore = false;
    }
  }
}

/** The campaigns of one status the person may see, paged (latest request wins), with every status's count. */
export class CampaignList {
  campaigns = $state<CampaignSummaryFragment[]>([]);
  counts = $state<Record<CampaignStatus, number> | null>(null);
  hasNextPage = $state(false);
  loading = $state(false);
  loadingMore = $state(false);
  error = $state<ClientErrorCode | null>(null);
  private status: CampaignStatus = 'open';
  private endCursor: string | null = null;
  private generation = 0;

  constructor(private readonly pageSize = 24) {}

  load(status: CampaignStatus = this.status): Promise<void> {
    this.status = status;
    void this.loadCounts();
    return this.fetch(null);
  }

  loadMore(): Promise<void> {
    if (!this.endCursor || this.loadingMore) return Promise.resolve();
    return this.fetch(this.endCursor);
  }

  private async loadCounts(): Promise<void> {
    try {
      const { open, upcoming, closed } = await request(CampaignCountsDocument);
      this.counts = { open: open.totalCount, upcoming: upcoming.totalCount, closed: closed.totalCount };
    } catch {
      // the tabs show no count; the list itself reports the error
    }
  }

  private async fetch(after: string | null): Promise<void> {
    const mine = ++this.generation;
    this.error = null;
    if (after) this.loadingMore = true;
    else this.loading = true;
    try {
      const { campaigns } = await request(CampaignsDocument, { status: this.status, first: this.pageSize, after });
      if (mine !== this.generation) return;
      this.campaigns = after ? [...this.campaigns, ...campaigns.nodes] : campaigns.nodes;
      this.endCursor = campaigns.pageInfo.endCursor ?? null;
      this.hasNextPage = campaigns.pageInfo.hasNextPage;
    } catch (cause) {
      if (mine === this.generation) this.error = errorCodeOf(cause);
    } finally {
      if (mine === this.generation) this.loading = this.loadingMore = false;
    }
  }
}

type Me = Pick<PersonSummaryFragment, 'id' | 'role' | 'isHubMember' | 'department'>;

/** The shared policy's actor for the signed-in person. */
export function actorOf(me: Me): Actor {
  return { id: me.id, role: me.role, isHubMember: me.isHubMember, departmentId: me.department?.id ?? null };
}

/**
 * Whether to offer "New campaign": the policy asked for the most modest campaign this person could
 * create (their own department, for its own people). The server decides again on the real one.
 */
export function mayCreateCampaign(me: Me | null, hubModel: HubModel | undefined): boolean {
  if (!me) return false;
  const own = me.department?.id ?? null;
  return can(actorOf(me), 'campaign.create', { hubModel, departmentId: own, audienceDepartmentIds: own ? [own] : [] });
}
