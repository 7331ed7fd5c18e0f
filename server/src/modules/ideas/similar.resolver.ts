import { Args, ArgsType, Field, Float, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import { IdeaType } from './ideas.types';
import { SIMILAR_LIMITS, SimilarIdeasService } from './similar.service';

@ObjectType('SimilarIdea', { description: 'An existing idea that looks like a draft.' })
export class SimilarIdeaType {
  @Field(() => IdeaType)
  idea: IdeaType;

  @Field(() => Float, { description: '0.6 · title word similarity + 0.4 · r/(r+1) of the full-text rank r; between 0 and 1.' })
  score: number;
}

@ArgsType()
export class SimilarIdeasArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campaign’s ideas; all campaigns you may see when left out.' })
  campaignId?: string | null;

  @Field(() => String, { description: `The draft's title (at most ${SIMILAR_LIMITS.titleMax} characters; under ${SIMILAR_LIMITS.titleMin}, no suggestion).` })
  title: string;

  @Field(() => String, { nullable: true, description: `The draft's body (its first ${SIMILAR_LIMITS.bodyScanned} characters are read).` })
  body?: string | null;

  @Field(() => ID, { nullable: true, description: 'The idea being edited, left out of the answer.' })
  excludeIdeaId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: SIMILAR_LIMITS.firstDefault })
  first?: number | null;
}

@Resolver()
export class SimilarIdeasResolver {
  constructor(private readonly similar: SimilarIdeasService) {}

  @Query(() => [SimilarIdeaType], {
    description: 'Ideas you may see that look like a draft (title and body), best first; for suggestions while typing.',
    complexity: ({ args, childComplexity }) => 1 + Math.min(Number(args.first) || SIMILAR_LIMITS.firstDefault, SIMILAR_LIMITS.firstMax) * childComplexity,
  })
  similarIdeas(@CurrentUser() user: AuthUser, @Args() args: SimilarIdeasArgs) {
    return this.similar.find(user, args);
  }
}
