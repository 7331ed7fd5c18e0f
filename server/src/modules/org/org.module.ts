import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit';
import { DepartmentEntity } from './department.entity';
import { OrganisationEntity } from './organisation.entity';
import { DepartmentResolver, OrganisationResolver } from './org.resolver';
import { OrgService } from './org.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, DepartmentEntity]), AuditModule],
  providers: [OrgService, OrganisationResolver, DepartmentResolver],
  exports: [OrgService],
})
export class OrgModule {}
