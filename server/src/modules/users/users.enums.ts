import { ROLES, type Role } from '@ruche/shared';
import { graphqlEnum } from '../../core/graphql/enum';

export const RoleEnum = graphqlEnum(ROLES, 'Role', 'What a user may do, from member to admin.');
export type RoleEnum = Role;
