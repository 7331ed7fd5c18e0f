import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit';
import { CampaignsModule } from '../campaigns';
import { FollowsModule } from '../follows';
import { IdeasModule } from '../ideas';
import { NotificationsModule } from '../notifications';
import { UsersModule } from '../users';
import { CommentEntity, CommentRevisionEntity } from './comment.entity';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommentEntity, CommentRevisionEntity]), CampaignsModule, IdeasModule, FollowsModule, NotificationsModule, UsersModule, AuditModule],
  providers: [CommentsService, CommentsResolver],
  exports: [CommentsService],
})
export class CommentsModule {}
