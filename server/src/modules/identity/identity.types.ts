import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocaleEnum } from '../../core/graphql/enums';
import { RoleEnum } from '../users';
import { AuthModeEnum } from './identity.enums';

@ObjectType()
export class DemoUser {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  jobTitle: string;

  @Field(() => RoleEnum)
  role: RoleEnum;

  @Field(() => LocaleEnum)
  locale: LocaleEnum;

  @Field(() => String, { nullable: true })
  departmentNameFr: string | null;

  @Field(() => String, { nullable: true })
  departmentNameEn: string | null;
}

@ObjectType({ description: 'How this server signs people in; readable before signing in.' })
export class AuthOptions {
  @Field(() => AuthModeEnum)
  mode: AuthModeEnum;

  @Field(() => String, { nullable: true })
  samlLoginUrl: string | null;

  @Field(() => [DemoUser], { description: 'Seeded people to sign in as; empty unless AUTH_MODE=local.' })
  demoUsers: DemoUser[];
}
