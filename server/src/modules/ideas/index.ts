/** The ideas module's public surface (Hivemind: ideas, votes, boards): other modules use these, never its files directly. */
export { IdeasModule } from './ideas.module';
export { IdeasService, ON_BOARD } from './ideas.service';
export type { StageMoveEvent, StageMoveListener, IdeaCreatedListener } from './ideas.service';
export { VotesService, type VoteOutcome } from './votes.service';
export { VoteAnnouncer } from './vote-announcer';
export { SimilarIdeasService, SIMILAR_LIMITS, TITLE_WORD_SIMILARITY } from './similar.service';
export { IdeaMergeHooks, type IdeaMergeEvent, type IdeaMergeListener } from './merge-hooks';
export { lockVoterBudgets, refundIdeaVotes } from './refunds';
export { readIdea, readIdeas } from './read-idea';
export { IdeaType } from './ideas.types';
export type { IdeaEntity, IdeaView } from './idea.entity';
export { IdeaNotFoundError } from './ideas.errors';
export { seedDemoIdeas } from './ideas.demo';
