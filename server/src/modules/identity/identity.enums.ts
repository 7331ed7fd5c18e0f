import { AUTH_MODES, type AuthMode } from '@ruche/shared';
import { graphqlEnum } from '../../core/graphql/enum';

export const AuthModeEnum = graphqlEnum(AUTH_MODES, 'AuthMode', 'How this server signs people in.');
export type AuthModeEnum = AuthMode;
