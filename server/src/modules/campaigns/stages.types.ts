import { Field, InputType, Int } from '@nestjs/graphql';
import { StageKindEnum } from './campaigns.enums';

@InputType({ description: 'A new stage of a campaign’s pipeline.' })
export class AddStageInput {
  @Field()
  nameFr: string;

  @Field()
  nameEn: string;

  @Field(() => StageKindEnum)
  kind: StageKindEnum;

  @Field(() => Int, { nullable: true, description: 'Where it goes (0 = first); default: just before the declined stage.' })
  position?: number | null;
}

@InputType({ description: 'Names left out stay as they are.' })
export class RenameStageInput {
  @Field({ nullable: true })
  nameFr?: string;

  @Field({ nullable: true })
  nameEn?: string;
}
