import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { CampaignsModule } from '../campaigns';
import { IdeasModule } from '../ideas';
import { NotificationsModule } from '../notifications';
import { ReviewsModule } from '../reviews';
import { UsersModule } from '../users';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';
import { FairnessService } from './fairness.service';
import { LinksService } from './links.service';
import { MergeService } from './merge.service';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

/** Hivemind curation: moderation (flags, hide, restore, queue, audited anonymity reveal), merge, typed links, fair budgets and reminders, CSV export. */
@Module({
  imports: [CampaignsModule, IdeasModule, AuditModule, NotificationsModule, UsersModule, ReviewsModule],
  controllers: [ExportController],
  providers: [ModerationService, MergeService, LinksService, FairnessService, ExportService, ModerationResolver],
  exports: [ModerationService, MergeService, FairnessService],
})
export class ModerationModule {}
