import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FollowSubject } from '@ruche/shared';
import { FollowSubjectEnum } from './follows.enums';

@ObjectType('FollowState', { description: 'Whether you follow an idea or a campaign, after follow or unfollow.' })
export class FollowStateType {
  @Field(() => FollowSubjectEnum)
  subjectType: FollowSubject;

  @Field(() => ID)
  subjectId: string;

  @Field()
  following: boolean;

  @Field(() => Int, { description: 'People following it (names are never listed).' })
  followerCount: number;
}
