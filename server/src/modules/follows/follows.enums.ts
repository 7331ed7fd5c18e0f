import { FOLLOW_SUBJECTS, type FollowSubject } from '@ruche/shared';
import { graphqlEnum } from '../../core/graphql/enum';

export const FollowSubjectEnum = graphqlEnum(FOLLOW_SUBJECTS, 'FollowSubject', 'What one may follow: an idea or a campaign.');
export type FollowSubjectEnum = FollowSubject;
