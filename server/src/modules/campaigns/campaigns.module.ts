import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit';
import { OrgModule } from '../org';
import { UsersModule } from '../users';
import { CampaignDepartmentEntity, CampaignEntity, CampaignStageEntity } from './campaign.entity';
import { CampaignsResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [TypeOrmModule.forFeature([CampaignEntity, CampaignDepartmentEntity, CampaignStageEntity]), OrgModule, UsersModule, AuditModule],
  providers: [CampaignsService, CampaignsResolver],
  exports: [CampaignsService],
})
export class CampaignsModule {}
