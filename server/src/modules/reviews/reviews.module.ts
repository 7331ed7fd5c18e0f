import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { CampaignsModule } from '../campaigns';
import { IdeasModule } from '../ideas';
import { UsersModule } from '../users';
import { IdeaReviewsResolver, ReviewFieldsResolver, ScorecardFieldsResolver, StageScorecardResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';
import { ScorecardsService } from './scorecards.service';

/** Hivemind reviews: stage scorecards, reviewer assignments, reviews and the auto-advance stage rule. Tables: migrations/1764006000000-reviews.ts. */
@Module({
  imports: [CampaignsModule, IdeasModule, UsersModule, AuditModule],
  providers: [ScorecardsService, ReviewsService, StageScorecardResolver, ScorecardFieldsResolver, IdeaReviewsResolver, ReviewFieldsResolver],
  exports: [ScorecardsService, ReviewsService],
})
export class ReviewsModule {}
