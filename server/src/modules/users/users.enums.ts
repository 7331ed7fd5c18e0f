import { registerEnumType } from '@nestjs/graphql';

export enum RoleEnum {
  MEMBER = 'member',
  DEPARTMENT_REP = 'department_rep',
  MANAGER = 'manager',
  HUB_COORDINATOR = 'hub_coordinator',
  ADMIN = 'admin',
}
registerEnumType(RoleEnum, { name: 'Role', description: 'What a user may do, from member to admin.' });
