import { registerEnumType } from '@nestjs/graphql';

export enum HubModelEnum {
  DISTRIBUTED = 'distributed',
  CENTRALISED = 'centralised',
  COLLEGIAL = 'collegial',
}
registerEnumType(HubModelEnum, { name: 'HubModel', description: 'Who routes and approves between the hub and the departments.' });

export enum DepartmentKindEnum {
  HUB = 'hub',
  SPOKE = 'spoke',
}
registerEnumType(DepartmentKindEnum, { name: 'DepartmentKind' });
