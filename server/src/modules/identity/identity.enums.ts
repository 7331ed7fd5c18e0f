import { registerEnumType } from '@nestjs/graphql';

export enum AuthModeEnum {
  LOCAL = 'local',
  SAML = 'saml',
}
registerEnumType(AuthModeEnum, { name: 'AuthMode' });
