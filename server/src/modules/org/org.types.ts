import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LocaleEnum } from '../../core/graphql/enums';
import { DepartmentKindEnum, HubModelEnum } from './org.enums';

@ObjectType('Organisation')
export class OrganisationType {
  @Field()
  name: string;

  @Field(() => HubModelEnum)
  hubModel: HubModelEnum;

  @Field(() => LocaleEnum)
  defaultLocale: LocaleEnum;
}

@ObjectType('Department', { description: 'A department (spoke), or the hub: the social media team.' })
export class DepartmentType {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field(() => DepartmentKindEnum)
  kind: DepartmentKindEnum;

  @Field()
  nameFr: string;

  @Field()
  nameEn: string;

  @Field()
  descriptionFr: string;

  @Field()
  descriptionEn: string;

  @Field(() => Int, { complexity: 2 })
  memberCount?: number;
}

@InputType()
export class UpdateOrganisationInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => HubModelEnum, { nullable: true })
  hubModel?: HubModelEnum;

  @Field(() => LocaleEnum, { nullable: true })
  defaultLocale?: LocaleEnum;
}
