import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { DepartmentType, OrgService } from '../org';
import { ImportsService } from './ingest/imports.service';
import type { SignalImportEntity } from './signal-import.entity';
import type { SignalSourceEntity } from './signal-source.entity';
import {
  CreateSignalSourceInput,
  SignalImportType,
  SignalSettings,
  SignalSourceLogConnection,
  SignalSourceType,
  SignalSourceWithSecret,
  UpdateSignalSourceInput,
} from './signals.types';
import { SourcesService } from './sources.service';

@Resolver(() => SignalSourceType)
export class SourcesResolver {
  constructor(
    private readonly sources: SourcesService,
    private readonly imports: ImportsService,
    private readonly org: OrgService,
  ) {}

  @Query(() => [SignalSourceType], { description: 'The sources whose items you may see (managers and the hub).' })
  signalSources(@CurrentUser() user: AuthUser) {
    return this.sources.list(user);
  }

  @Query(() => SignalSourceType)
  signalSource(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.sources.get(user, id);
  }

  @Query(() => SignalSourceLogConnection, { description: 'What happened to a source: polls, refused entries and why, newest first (the hub).' })
  async signalSourceLog(
    @CurrentUser() user: AuthUser,
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    const page = await this.sources.log(user, sourceId, first, after);
    return { ...page, nodes: page.nodes.map((n) => ({ ...n, detail: n.detail ? JSON.stringify(n.detail) : null })) };
  }

  @Query(() => SignalImportType)
  signalImport(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.imports.get(user, id);
  }

  @Query(() => [SignalImportType], { description: 'A source’s latest imports, newest first (the hub).' })
  signalImports(@CurrentUser() user: AuthUser, @Args('sourceId', { type: () => ID }) sourceId: string) {
    return this.imports.list(user, sourceId);
  }

  @Query(() => SignalSettings, { description: 'Administrators.' })
  async signalSettings(@CurrentUser() user: AuthUser) {
    const s = await this.sources.settings(user);
    return { operatorFetchAllowlist: s.operator, fetchAllowlist: s.administrators };
  }

  @Mutation(() => SignalSourceWithSecret, { description: 'The hub. A webhook source’s secret is in the answer, and never again.' })
  createSignalSource(@CurrentUser() user: AuthUser, @Args('input') input: CreateSignalSourceInput) {
    return this.sources.create(user, input);
  }

  @Mutation(() => SignalSourceType, { description: 'The hub.' })
  updateSignalSource(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateSignalSourceInput) {
    return this.sources.update(user, id, input);
  }

  @Mutation(() => Boolean, { description: 'The hub. Deletes the source with its items.' })
  deleteSignalSource(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.sources.remove(user, id);
  }

  @Mutation(() => SignalSourceWithSecret, { description: 'The hub: a new webhook secret, shown this once; the old one stops working.' })
  rotateWebhookSecret(@CurrentUser() user: AuthUser, @Args('sourceId', { type: () => ID }) sourceId: string) {
    return this.sources.rotateSecret(user, sourceId);
  }

  @Mutation(() => SignalSettings, { description: 'Administrators: hosts and CIDR ranges feeds may be fetched from although private (replaces the list).' })
  async updateSignalSettings(@CurrentUser() user: AuthUser, @Args('fetchAllowlist', { type: () => [String] }) fetchAllowlist: string[]) {
    const s = await this.sources.updateAllowlist(user, fetchAllowlist);
    return { operatorFetchAllowlist: s.operator, fetchAllowlist: s.administrators };
  }

  @ResolveField(() => DepartmentType, { nullable: true, description: 'Null: company-wide.' })
  department(source: SignalSourceEntity, _args: unknown, ctx: GqlContext) {
    return source.departmentId ? ctx.loaders.get(this.org.departmentById).load(source.departmentId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Webhooks: the path to POST deliveries to.' })
  webhookPath(source: SignalSourceEntity) {
    return source.kind === 'webhook' ? `/signals/webhooks/${source.id}` : null;
  }
}

@Resolver(() => SignalImportType)
export class SignalImportResolver {
  constructor(private readonly sources: SourcesService) {}

  @ResolveField(() => SignalSourceType, { nullable: true })
  source(run: SignalImportEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.sources.byIdUnchecked).load(run.sourceId);
  }
}
