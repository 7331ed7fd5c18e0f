import { Module } from '@nestjs/common';
import { DepartmentResolver, OrganisationResolver } from './org.resolver';
import { OrgService } from './org.service';

@Module({
  providers: [OrgService, OrganisationResolver, DepartmentResolver],
  exports: [OrgService],
})
export class OrgModule {}
