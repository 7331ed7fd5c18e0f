import type { VoteValue } from '@ruche/shared';

/** The counts and vote of an idea, as a board shows them. */
export interface VotedIdea {
  countsHidden: boolean;
  upVotes?: number | null;
  downVotes?: number | null;
  myVote?: VoteValue | null;
}

/** What pressing a vote button means: the same button again takes the vote back. */
export function nextVote(current: VoteValue | null | undefined, pressed: VoteValue): VoteValue | null {
  return current === pressed ? null : pressed;
}

/**
 * The idea as it will most likely be once the vote is stored, shown at once and rolled back if the server
 * refuses. Counts move only when they are shown (hidden counts stay null until the server answers).
 */
export function optimisticVote<T extends VotedIdea>(idea: T, next: VoteValue | null): T {
  if (idea.countsHidden || idea.upVotes == null || idea.downVotes == null) return { ...idea, myVote: next };
  let up = idea.upVotes;
  let down = idea.downVotes;
  if (idea.myVote === 'up') up--;
  if (idea.myVote === 'down') down--;
  if (next === 'up') up++;
  if (next === 'down') down++;
  return { ...idea, myVote: next, upVotes: up, downVotes: down };
}

/** Budget units a vote change uses (+1), gives back (−1) or leaves (0): every vote cast counts, up or down. */
export function budgetDelta(previous: VoteValue | null | undefined, next: VoteValue | null): number {
  return (next ? 1 : 0) - (previous ? 1 : 0);
}
