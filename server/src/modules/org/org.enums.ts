import { DEPARTMENT_KINDS, HUB_MODELS, type DepartmentKind, type HubModel } from '@ruche/shared';
import { graphqlEnum } from '../../core/graphql/enum';

export const HubModelEnum = graphqlEnum(HUB_MODELS, 'HubModel', 'Who routes and approves between the hub and the departments.');
export type HubModelEnum = HubModel;

export const DepartmentKindEnum = graphqlEnum(DEPARTMENT_KINDS, 'DepartmentKind', 'The hub (the social media team) or a spoke (a department).');
export type DepartmentKindEnum = DepartmentKind;
