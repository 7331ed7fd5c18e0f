import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns';
import { IdeasModule } from '../ideas';
import { NotificationsModule } from '../notifications';
import { FollowEntity } from './follow.entity';
import { CampaignFollowsResolver, FollowsResolver, IdeaFollowsResolver } from './follows.resolver';
import { FollowsService } from './follows.service';

@Module({
  imports: [TypeOrmModule.forFeature([FollowEntity]), CampaignsModule, IdeasModule, NotificationsModule],
  providers: [FollowsService, FollowsResolver, IdeaFollowsResolver, CampaignFollowsResolver],
  exports: [FollowsService],
})
export class FollowsModule {}
