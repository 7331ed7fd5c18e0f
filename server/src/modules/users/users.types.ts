import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LocaleEnum } from '../../core/graphql/enums';
import { RoleEnum } from './users.enums';
import { PageInfo } from '../../core/graphql/page-info.type';
import { DepartmentType } from '../org';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field()
  jobTitle: string;

  @Field(() => RoleEnum)
  role: RoleEnum;

  @Field(() => LocaleEnum)
  locale: LocaleEnum;

  @Field(() => DepartmentType, { nullable: true, complexity: 2 })
  department?: DepartmentType | null;

  @Field({ description: 'Member of the hub (the social media team).' })
  isHubMember?: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class UserConnection {
  @Field(() => [UserType])
  nodes: UserType[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ArgsType()
export class UsersArgs {
  @Field({ nullable: true, description: 'Matches name or email, ignoring case and accents.' })
  search?: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => RoleEnum, { nullable: true })
  role?: RoleEnum;

  @Field(() => Int, { defaultValue: 25 })
  first: number;

  @Field({ nullable: true })
  after?: string;
}

@InputType()
export class UpdateMyPreferencesInput {
  @Field(() => LocaleEnum, { nullable: true })
  locale?: LocaleEnum;
}
