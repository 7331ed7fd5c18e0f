/** The org module's public surface: other modules use these, never its files directly. */
export { OrgModule } from './org.module';
export { OrgService } from './org.service';
export { DepartmentType, OrganisationType } from './org.types';
export { HubModelEnum, DepartmentKindEnum } from './org.enums';
export type { DepartmentEntity } from './department.entity';
export type { OrganisationEntity } from './organisation.entity';
export { ensureOrganisation, seedDemoOrganisation } from './org.demo';
