import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { DepartmentType, OrgService } from '../org';
import { WatchlistInput, WatchlistType, WatchTermInput, WatchTermType } from './signals.types';
import type { WatchlistEntity } from './watchlist.entity';
import { WatchlistsService } from './watchlists.service';

@Resolver(() => WatchlistType)
export class WatchlistsResolver {
  constructor(
    private readonly service: WatchlistsService,
    private readonly org: OrgService,
  ) {}

  @Query(() => [WatchlistType], { description: 'The watchlists you may see (managers and the hub).' })
  watchlists(@CurrentUser() user: AuthUser) {
    return this.service.list(user);
  }

  @Query(() => WatchlistType)
  watchlist(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(user, id);
  }

  @Mutation(() => WatchlistType, { description: 'The hub.' })
  createWatchlist(@CurrentUser() user: AuthUser, @Args('input') input: WatchlistInput) {
    return this.service.create(user, input);
  }

  @Mutation(() => WatchlistType, { description: 'The hub.' })
  updateWatchlist(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('input') input: WatchlistInput) {
    return this.service.update(user, id, input);
  }

  @Mutation(() => Boolean, { description: 'The hub. Deletes its terms, their matches and counts.' })
  deleteWatchlist(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.remove(user, id);
  }

  @Mutation(() => WatchTermType, { description: 'The hub. WATCH_QUERY_INVALID (with the position) for a query that does not compile.' })
  addWatchTerm(@CurrentUser() user: AuthUser, @Args('watchlistId', { type: () => ID }) watchlistId: string, @Args('input') input: WatchTermInput) {
    return this.service.addTerm(user, watchlistId, input);
  }

  @Mutation(() => WatchTermType, { description: 'The hub.' })
  updateWatchTerm(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('input') input: WatchTermInput) {
    return this.service.updateTerm(user, id, input);
  }

  @Mutation(() => Boolean, { description: 'The hub.' })
  removeWatchTerm(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.removeTerm(user, id);
  }

  @ResolveField(() => DepartmentType, { nullable: true, description: 'Null: company-wide.' })
  department(list: WatchlistEntity, _args: unknown, ctx: GqlContext) {
    return list.departmentId ? ctx.loaders.get(this.org.departmentById).load(list.departmentId) : null;
  }

  @ResolveField(() => [WatchTermType])
  terms(list: WatchlistEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.service.termsOf).load(list.id);
  }
}
