import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../core/graphql/page-info.type';
import { ImportStatusEnum, SentimentEnum, SentimentOriginEnum, SourceHealthEnum, SourceKindEnum, SourceLogKindEnum } from './signals.enums';

@ObjectType('SignalSource', { description: 'A source of market signals. Its webhook secret is shown only when created or rotated.' })
export class SignalSourceType {
  @Field(() => ID)
  id: string;

  @Field(() => SourceKindEnum)
  kind: SourceKindEnum;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Feeds: the address polled.' })
  url: string | null;

  @Field(() => Int, { nullable: true, description: 'Feeds: seconds between polls while healthy.' })
  pollIntervalSeconds: number | null;

  @Field(() => SourceHealthEnum)
  health: SourceHealthEnum;

  @Field(() => Int)
  consecutiveFailures: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  lastPolledAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastSuccessAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Feeds: when the next poll is due (later after failures: backoff).' })
  nextPollAt: Date | null;

  @Field(() => Float, { description: 'Items stored from it (retention does not lower it).' })
  itemCount: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType()
export class SignalSourceWithSecret {
  @Field(() => SignalSourceType)
  source: SignalSourceType;

  @Field(() => String, { nullable: true, description: 'Webhooks: the HMAC secret, shown this once. Null for other kinds.' })
  webhookSecret: string | null;
}

@ObjectType()
export class SignalSourceLogEntry {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => SourceLogKindEnum)
  kind: SourceLogKindEnum;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: 'Details as JSON text (e.g. the position of a refused entry).' })
  detail: string | null;
}

@ObjectType()
export class SignalSourceLogConnection {
  @Field(() => [SignalSourceLogEntry])
  nodes: SignalSourceLogEntry[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType()
export class CreateSignalSourceInput {
  @Field(() => SourceKindEnum)
  kind: SourceKindEnum;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Feeds only: http(s) address.' })
  url?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null: company-wide; else only that department (and the hub) sees its items.' })
  departmentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Feeds only; default 900.' })
  pollIntervalSeconds?: number | null;
}

@InputType({ description: 'Fields left out stay as they are; departmentId: null makes the source company-wide.' })
export class UpdateSignalSourceInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => Int, { nullable: true })
  pollIntervalSeconds?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'false disables it; true enables it again (health ok, failures reset, polled now).' })
  enabled?: boolean | null;
}

@ObjectType('WatchTerm')
export class WatchTermType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  watchlistId: string;

  @Field()
  label: string;

  @Field({ description: 'In the analyser’s syntax: words, "phrases", OR, NOT/-, NEAR/n, ( ), @alias.' })
  query: string;
}

@ObjectType('Watchlist')
export class WatchlistType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Date)
  createdAt: Date;
}

@InputType()
export class WatchlistInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null: company-wide.' })
  departmentId?: string | null;
}

@InputType()
export class WatchTermInput {
  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => String, { nullable: true })
  query?: string | null;
}

@ObjectType('SignalItem', { description: 'A stored market signal.' })
export class SignalItemType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The source’s own id for it (or a hash of its address and title).' })
  externalId: string;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field()
  title: string;

  @Field({ description: 'Plain text.' })
  text: string;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => [String])
  authors: string[];

  @Field(() => [String])
  categories: string[];

  @Field({ description: 'ISO 639-1 code, or "und".' })
  language: string;

  @Field(() => SentimentEnum)
  sentiment: SentimentEnum;

  @Field(() => Float, { description: '-1 … 1' })
  sentimentScore: number;

  @Field(() => SentimentOriginEnum)
  sentimentOrigin: SentimentOriginEnum;

  @Field(() => SentimentEnum, { description: 'What the analyser said, kept when a rule or a person corrected it.' })
  analyserSentiment: SentimentEnum;

  @Field(() => ID, { description: 'Its story: near-duplicates (syndicated copies) share one.' })
  storyId: string;

  @Field({ description: 'The first copy of its story.' })
  isStoryLead: boolean;
}

@ObjectType()
export class SignalItemConnection {
  @Field(() => [SignalItemType])
  nodes: SignalItemType[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType()
export class SignalItemFilter {
  @Field(() => ID, { nullable: true })
  sourceId?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => SentimentEnum, { nullable: true })
  sentiment?: SentimentEnum | null;

  @Field(() => ID, { nullable: true })
  watchlistId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Items of sources scoped to this department.' })
  departmentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the first copy of each story.' })
  storiesOnly?: boolean | null;
}

@ArgsType()
export class SignalItemsArgs {
  @Field(() => SignalItemFilter, { nullable: true })
  filter?: SignalItemFilter | null;

  @Field(() => Int, { defaultValue: 25 })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: 'A manual entry (a call-centre trend, a field report) into a manual source.' })
export class CreateSignalItemInput {
  @Field(() => ID)
  sourceId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  publishedAt?: Date | null;

  @Field(() => [String], { nullable: true, description: 'Default: you.' })
  authors?: string[] | null;

  @Field(() => [String], { nullable: true })
  categories?: string[] | null;
}

@ObjectType('SentimentRule', { description: 'New items matching the query get the label instead of the analyser’s.' })
export class SentimentRuleType {
  @Field(() => ID)
  id: string;

  @Field()
  query: string;

  @Field(() => SentimentEnum)
  label: SentimentEnum;

  @Field(() => Date)
  createdAt: Date;
}

@InputType()
export class SentimentRuleInput {
  @Field()
  query: string;

  @Field(() => SentimentEnum)
  label: SentimentEnum;
}

@ObjectType()
export class ImportLineReport {
  @Field(() => Int)
  line: number;

  @Field()
  reason: string;
}

@ObjectType('SignalImport', { description: 'An NDJSON import run (POST /signals/import/:sourceId) and its progress.' })
export class SignalImportType {
  @Field(() => ID)
  id: string;

  @Field(() => ImportStatusEnum)
  status: ImportStatusEnum;

  @Field(() => Int)
  lines: number;

  @Field(() => Int)
  stored: number;

  @Field(() => Int)
  duplicates: number;

  @Field(() => Int)
  refused: number;

  @Field(() => [ImportLineReport], { description: 'Refused lines with their reasons (the first 1000).' })
  report: ImportLineReport[];

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

@ObjectType()
export class SentimentResultType {
  @Field(() => Float)
  score: number;

  @Field(() => SentimentEnum)
  label: SentimentEnum;

  @Field(() => SentimentOriginEnum)
  origin: SentimentOriginEnum;
}

@ObjectType()
export class TextAnalysis {
  @Field()
  language: string;

  @Field(() => SentimentResultType)
  sentiment: SentimentResultType;

  @Field(() => [WatchTermType], { description: 'Matched terms among the watchlists you may see.' })
  terms: WatchTermType[];
}

@ObjectType()
export class SourcePreviewItem {
  @Field(() => String, { nullable: true })
  id: string | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field(() => Date, { nullable: true })
  published: Date | null;

  @Field(() => String, { nullable: true, description: 'What would be stored as its text (plain), or null when it would be refused.' })
  text: string | null;

  @Field(() => [String])
  authors: string[];

  @Field(() => [String])
  categories: string[];

  @Field(() => String, { nullable: true, description: 'Why it would be refused; null when it would be stored.' })
  refusedReason: string | null;
}

@ObjectType()
export class SourcePreviewRefusal {
  @Field(() => Int, { description: 'Position of the entry in the document, from 0.' })
  index: number;

  @Field()
  reason: string;
}

@ObjectType({ description: '"Test this source": what would be stored, and the reasons for what would be refused.' })
export class SourcePreview {
  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field(() => [SourcePreviewItem])
  items: SourcePreviewItem[];

  @Field(() => [SourcePreviewRefusal])
  refused: SourcePreviewRefusal[];
}

@ObjectType()
export class SignalSettings {
  @Field(() => [String], { description: 'Hosts and CIDR ranges set by the operator (SIGNALS_FETCH_ALLOWLIST).' })
  operatorFetchAllowlist: string[];

  @Field(() => [String], { description: 'Hosts and CIDR ranges feeds may be fetched from although private, set by administrators.' })
  fetchAllowlist: string[];
}
