import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Locale, Role } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { RoleEnum } from './users.enums';
import { DepartmentType, OrgService } from '../org';
import type { UserEntity } from './user.entity';
import { UpdateMyPreferencesInput, UserConnection, UsersArgs, UserType } from './users.types';
import { UsersService } from './users.service';

@Resolver(() => UserType)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly org: OrgService,
  ) {}

  @Query(() => UserType, { description: 'The signed-in user.' })
  me(@CurrentUser() user: AuthUser, @Context() ctx: GqlContext) {
    // Through the request's loader, which the session lookup primed: no second query.
    return this.usersService.loadById(ctx.loaders, user.id);
  }

  @Query(() => UserType)
  user(@Args('id', { type: () => ID }) id: string) {
    return this.usersService.getById(id);
  }

  @Query(() => UserConnection, {
    complexity: ({ args, childComplexity }) => 1 + Math.min(Number(args.first) || 25, 100) * childComplexity,
  })
  users(@Args() args: UsersArgs) {
    return this.usersService.list({ ...args, role: args.role as Role | undefined });
  }

  @Mutation(() => UserType)
  updateMyPreferences(@CurrentUser() user: AuthUser, @Args('input') input: UpdateMyPreferencesInput) {
    return this.usersService.updatePreferences(user, { locale: input.locale as Locale | undefined });
  }

  @Mutation(() => UserType, { description: 'Administrators only.' })
  setUserRole(@CurrentUser() user: AuthUser, @Args('userId', { type: () => ID }) userId: string, @Args('role', { type: () => RoleEnum }) role: RoleEnum) {
    return this.usersService.setRole(user, userId, role as Role);
  }

  // Per-row fields take graphql's own arguments (parent, args, context) with no parameter decorators:
  // Nest then calls the method directly instead of through its param, pipe and interceptor chain,
  // which cost about fifteen promises per row (a page of 25 spent more there than in its SQL).
  @ResolveField(() => DepartmentType, { nullable: true })
  department(user: UserEntity, _args: unknown, ctx: GqlContext) {
    return user.departmentId ? ctx.loaders.get(this.org.departmentById).load(user.departmentId) : null;
  }

  @ResolveField()
  isHubMember(user: UserEntity, _args: unknown, ctx: GqlContext) {
    return user.departmentId ? ctx.loaders.get(this.org.isHub).load(user.departmentId) : false;
  }
}
