import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit';
import { OrgModule } from '../org';
import { UsersModule } from '../users';
import { CampaignDepartmentEntity, CampaignEntity, CampaignStageEntity } from './campaign.entity';
import { CampaignsResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';
import { StagesResolver } from './stages.resolver';
import { StagesService } from './stages.service';

@Module({
  imports: [TypeOrmModule.forFeature([CampaignEntity, CampaignDepartmentEntity, CampaignStageEntity]), OrgModule, UsersModule, AuditModule],
  providers: [CampaignsService, CampaignsResolver, StagesService, StagesResolver],
  exports: [CampaignsService, StagesService],
})
export class CampaignsModule {}
