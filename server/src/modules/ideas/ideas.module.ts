import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit';
import { CampaignsModule } from '../campaigns';
import { UsersModule } from '../users';
import { CampaignVoteBudgetEntity, IdeaEntity, IdeaVoteEntity } from './idea.entity';
import { CampaignIdeasResolver, IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';
import { IdeaMergeHooks } from './merge-hooks';
import { SimilarIdeasResolver } from './similar.resolver';
import { SimilarIdeasService } from './similar.service';
import { VoteAnnouncer } from './vote-announcer';
import { VotesService } from './votes.service';

@Module({
  imports: [TypeOrmModule.forFeature([IdeaEntity, IdeaVoteEntity, CampaignVoteBudgetEntity]), CampaignsModule, UsersModule, AuditModule],
  providers: [IdeasService, VotesService, VoteAnnouncer, IdeasResolver, CampaignIdeasResolver, SimilarIdeasService, SimilarIdeasResolver, IdeaMergeHooks],
  exports: [IdeasService, VotesService, VoteAnnouncer, SimilarIdeasService, IdeaMergeHooks],
})
export class IdeasModule {}
