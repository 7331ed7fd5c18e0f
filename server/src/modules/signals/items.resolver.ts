import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/current-user.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { ItemsService, type SignalItemView } from './items.service';
import { SentimentEnum } from './signals.enums';
import {
  CreateSignalItemInput,
  SentimentRuleInput,
  SentimentRuleType,
  SignalItemConnection,
  SignalItemsArgs,
  SignalItemType,
  SignalSourceType,
  SourcePreview,
  TextAnalysis,
  WatchTermType,
} from './signals.types';
import { SourcePreviewService } from './source-preview.service';
import { SourcesService } from './sources.service';
import { WatchlistsService } from './watchlists.service';

@Resolver(() => SignalItemType)
export class ItemsResolver {
  constructor(
    private readonly items: ItemsService,
    private readonly sources: SourcesService,
    private readonly watchlists: WatchlistsService,
    private readonly preview: SourcePreviewService,
  ) {}

  @Query(() => SignalItemConnection, {
    description: 'The stream, newest first, as you may see it (managers and the hub; department-scoped sources only for their department).',
    complexity: ({ args, childComplexity }) => 1 + Math.min(Number(args.first) || 25, 100) * childComplexity,
  })
  signalItems(@CurrentUser() user: AuthUser, @Args() args: SignalItemsArgs) {
    return this.items.list(user, args.filter ?? {}, args.first, args.after);
  }

  @Query(() => SignalItemType, { description: 'SIGNAL_ITEM_NOT_FOUND also for an item of a department you may not see, or past retention.' })
  signalItem(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.items.get(user, id);
  }

  @Query(() => [SentimentRuleType], { description: 'The hub’s sentiment correction rules, newest first (the newest matching one wins).' })
  sentimentRules(@CurrentUser() user: AuthUser) {
    return this.items.rules(user);
  }

  @Query(() => TextAnalysis, { description: '"Try the analyser": language, sentiment and the watch terms a text matches.' })
  analyzeText(@CurrentUser() user: AuthUser, @Args('text') text: string) {
    return this.items.analyze(user, text);
  }

  @Query(() => SourcePreview, {
    description: '"Test this source": a feed URL (fetched under the SSRF rules) or a small feed file in base64 (larger files, up to 5 MB: `POST /signals/preview` with the file as the body); nothing is stored (the hub).',
  })
  previewSource(
    @CurrentUser() user: AuthUser,
    @Args('url', { type: () => String, nullable: true }) url?: string | null,
    @Args('file', { type: () => String, nullable: true, description: 'The feed file, its bytes in base64 (its encoding is read from the file).' }) file?: string | null,
    @Args('fileName', { type: () => String, nullable: true }) fileName?: string | null,
  ) {
    return this.preview.preview(user, { url, file, fileName });
  }

  @Mutation(() => SignalItemType, { description: 'The hub: a manual entry (a call-centre trend, a field report) into a manual source.' })
  createSignalItem(@CurrentUser() user: AuthUser, @Args('input') input: CreateSignalItemInput) {
    return this.items.createManual(user, input);
  }

  @Mutation(() => SignalItemType, { description: 'The hub corrects an item’s sentiment.' })
  correctSignalSentiment(@CurrentUser() user: AuthUser, @Args('itemId', { type: () => ID }) itemId: string, @Args('label', { type: () => SentimentEnum }) label: SentimentEnum) {
    return this.items.correctSentiment(user, itemId, label);
  }

  @Mutation(() => SentimentRuleType, { description: 'The hub: new items matching the query get the label.' })
  createSentimentRule(@CurrentUser() user: AuthUser, @Args('input') input: SentimentRuleInput) {
    return this.items.createRule(user, input);
  }

  @Mutation(() => Boolean, { description: 'The hub.' })
  deleteSentimentRule(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.items.deleteRule(user, id);
  }

  @ResolveField(() => SignalSourceType, { nullable: true })
  source(item: SignalItemView, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.sources.byIdUnchecked).load(item.sourceId);
  }

  @ResolveField(() => SentimentEnum)
  sentiment(item: SignalItemView) {
    return item.sentimentLabel;
  }

  @ResolveField(() => SentimentEnum)
  analyserSentiment(item: SignalItemView) {
    return item.analyserLabel;
  }

  @ResolveField(() => Boolean)
  isStoryLead(item: SignalItemView) {
    return item.storyLead;
  }

  @ResolveField(() => Int, { description: 'Copies of its story (syndication), itself included.' })
  copyCount(item: SignalItemView, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.items.storyCopies).load(item.storyId);
  }

  @ResolveField(() => [WatchTermType], { description: 'The watch terms it matched, among the watchlists you may see.' })
  terms(item: SignalItemView, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.get(this.watchlists.visibleTermsOf).load({ actor: ctx.user!, itemId: item.id });
  }
}
