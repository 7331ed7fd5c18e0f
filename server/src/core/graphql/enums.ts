import { registerEnumType } from '@nestjs/graphql';

export enum RoleEnum {
  MEMBER = 'member',
  DEPARTMENT_REP = 'department_rep',
  MANAGER = 'manager',
  HUB_COORDINATOR = 'hub_coordinator',
  ADMIN = 'admin',
}
registerEnumType(RoleEnum, { name: 'Role', description: 'What a user may do, from member to admin.' });

export enum HubModelEnum {
  DISTRIBUTED = 'distributed',
  CENTRALISED = 'centralised',
  COLLEGIAL = 'collegial',
}
registerEnumType(HubModelEnum, { name: 'HubModel', description: 'Who routes and approves between the hub and the departments.' });

export enum LocaleEnum {
  FR = 'fr',
  EN = 'en',
}
registerEnumType(LocaleEnum, { name: 'Locale' });

export enum DepartmentKindEnum {
  HUB = 'hub',
  SPOKE = 'spoke',
}
registerEnumType(DepartmentKindEnum, { name: 'DepartmentKind' });

export enum AuthModeEnum {
  LOCAL = 'local',
  SAML = 'saml',
}
registerEnumType(AuthModeEnum, { name: 'AuthMode' });
