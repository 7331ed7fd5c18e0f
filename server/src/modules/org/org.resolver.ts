import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { DepartmentType, OrganisationType, UpdateOrganisationInput } from './org.types';
import { OrgService } from './org.service';
import type { DepartmentEntity } from './department.entity';
import type { HubModel, Locale } from '@ruche/shared';

@Resolver(() => OrganisationType)
export class OrganisationResolver {
  constructor(private readonly org: OrgService) {}

  @Query(() => OrganisationType)
  organisation() {
    return this.org.getOrganisation();
  }

  @Mutation(() => OrganisationType, { description: 'Administrators only.' })
  updateOrganisation(@CurrentUser() user: AuthUser, @Args('input') input: UpdateOrganisationInput) {
    return this.org.updateOrganisation(user, {
      name: input.name,
      hubModel: input.hubModel as HubModel | undefined,
      defaultLocale: input.defaultLocale as Locale | undefined,
    });
  }
}

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  constructor(private readonly org: OrgService) {}

  @Query(() => [DepartmentType])
  departments() {
    return this.org.listDepartments();
  }

  @Query(() => DepartmentType)
  department(@Args('id', { type: () => ID }) id: string) {
    return this.org.getDepartment(id);
  }

  @ResolveField()
  memberCount(@Parent() department: DepartmentEntity, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.org.memberCount).load(department.id);
  }
}
