/** The reviews module's public surface (Hivemind: scorecards, reviewers, reviews): other modules use these, never its files directly. */
export { ReviewsModule } from './reviews.module';
export { ReviewsService, type ReviewRecord, type ReviewSummary } from './reviews.service';
export { ScorecardsService, type Scorecard, type Criterion } from './scorecards.service';
export { ScorecardNotFoundError, ScorecardLockedError, ReviewStageClosedError } from './reviews.errors';
export { seedDemoReviews } from './reviews.demo';
