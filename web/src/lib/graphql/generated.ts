import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** JSON object whose fields depend on the notification kind (see NotificationPayloads in @ruche/shared). */
  NotificationPayload: { input: any; output: any; }
};

export type AddCommentInput = {
  body: Scalars['String']['input'];
  ideaId: Scalars['ID']['input'];
  /** The comment answered (a reply to a reply joins its thread’s root). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new stage of a campaign’s pipeline. */
export type AddStageInput = {
  kind: StageKind;
  nameEn: Scalars['String']['input'];
  nameFr: Scalars['String']['input'];
  /** Where it goes (0 = first); default: just before the declined stage. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** What happened: the term or topic, observed against expected over a window, how unusual, and examples. */
export type Alert = {
  createdAt: Scalars['DateTime']['output'];
  expected: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  kind: AlertKind;
  measure: AlertMeasure;
  /** The last minute of the window. */
  minute: Scalars['DateTime']['output'];
  /** The feedback multiplier of the thresholds when it fired. */
  multiplier: Scalars['Float']['output'];
  /** Your verdict, if you gave one. */
  myFeedback?: Maybe<AlertFeedback>;
  negativeShare?: Maybe<Scalars['Float']['output']>;
  noiseCount: Scalars['Int']['output'];
  observed: Scalars['Float']['output'];
  preset: AlertPreset;
  /** People it was routed to. */
  recipientCount: Scalars['Int']['output'];
  ruleId: Scalars['ID']['output'];
  ruleName: Scalars['String']['output'];
  samples: Array<AlertSample>;
  sentimentMean?: Maybe<Scalars['Float']['output']>;
  status: AlertStatus;
  statusAt?: Maybe<Scalars['DateTime']['output']>;
  /** How unusual: -log10 of the p-value (bursts), of the likelihood ratio (ramps, drops), or |z| (sentiment). */
  strength: Scalars['Float']['output'];
  /** The term’s or the watchlist’s label. */
  subject: Scalars['String']['output'];
  termId?: Maybe<Scalars['ID']['output']>;
  usefulCount: Scalars['Int']['output'];
  watchlistId?: Maybe<Scalars['ID']['output']>;
  /** Items in the window. */
  windowItems: Scalars['Int']['output'];
  windowMinutes: Scalars['Int']['output'];
  /** The first minute of the window. */
  windowStart: Scalars['DateTime']['output'];
};

export type AlertConnection = {
  nodes: Array<Alert>;
  pageInfo: PageInfo;
};

/** useful lowers the rule’s thresholds a little; noise raises them. */
export type AlertFeedback =
  | 'noise'
  | 'useful';

export type AlertFilter = {
  kind?: InputMaybe<AlertKind>;
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  /** Alerts whose minute is at or after this. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<AlertStatus>;
};

/** burst (distinct authors well above the expected), drop, ramp (a slow climb) or sentiment (the mean shifted). */
export type AlertKind =
  | 'burst'
  | 'drop'
  | 'ramp'
  | 'sentiment';

/** What observed and expected count: distinct authors, items, or the mean sentiment (-1…1). */
export type AlertMeasure =
  | 'authors'
  | 'items'
  | 'sentiment';

/** Sensitivity: low only speaks for large events; high for earlier, smaller ones. */
export type AlertPreset =
  | 'high'
  | 'low'
  | 'medium';

/** What to watch (a term or a topic), when to speak (preset, kinds, conditions) and to whom (departments, people). */
export type AlertRule = {
  /** Minutes between two alerts of one kind; null: the preset’s. */
  cooldownMinutes?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  departmentIds: Array<Scalars['ID']['output']>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Only items matching these keywords (the watchlist query syntax) count. */
  keywords?: Maybe<Scalars['String']['output']>;
  kinds: Array<AlertKind>;
  /** What feedback made of the thresholds: 1 is the preset’s, 1.2 after one “noise”… */
  multiplier: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** Fire only when at least this share (0…1) of the window’s items is negative. */
  negativeShareMin?: Maybe<Scalars['Float']['output']>;
  noiseCount: Scalars['Int']['output'];
  /** The people it names (personIds), in that order; an account that no longer exists is left out. */
  people: Array<User>;
  personIds: Array<Scalars['ID']['output']>;
  preset: AlertPreset;
  /** Fire only when the window’s mean sentiment is at most this (-1…1). */
  sentimentMaxMean?: Maybe<Scalars['Float']['output']>;
  /** The watch term watched (or null for a topic). */
  termId?: Maybe<Scalars['ID']['output']>;
  /** The IANA zone whose wall clock shapes the daily baseline. */
  timeZone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  usefulCount: Scalars['Int']['output'];
  /** The earliest the detector may alert (its first minute of data + the preset’s warm-up); null: no data yet. */
  warmUpEndsAt?: Maybe<Scalars['DateTime']['output']>;
  /** The watchlist watched as a topic: all its terms together (or null for a term). */
  watchlistId?: Maybe<Scalars['ID']['output']>;
};

/** On update, fields left out stay as they are; null clears a nullable one. */
export type AlertRuleInput = {
  cooldownMinutes?: InputMaybe<Scalars['Int']['input']>;
  departmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Default: true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  keywords?: InputMaybe<Scalars['String']['input']>;
  /** Default: all four. */
  kinds?: InputMaybe<Array<AlertKind>>;
  name?: InputMaybe<Scalars['String']['input']>;
  negativeShareMin?: InputMaybe<Scalars['Float']['input']>;
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Default: medium. */
  preset?: InputMaybe<AlertPreset>;
  sentimentMaxMean?: InputMaybe<Scalars['Float']['input']>;
  /** Either a term or a watchlist. */
  termId?: InputMaybe<Scalars['ID']['input']>;
  /** Default: Europe/Paris. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  watchlistId?: InputMaybe<Scalars['ID']['input']>;
};

/** An item of the alert’s window, as it was stored (shown only to people who may see its source). */
export type AlertSample = {
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  /** positive, negative or neutral. */
  sentimentLabel: Scalars['String']['output'];
  sentimentScore: Scalars['Float']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** open, acknowledged (someone is on it) or closed. */
export type AlertStatus =
  | 'acknowledged'
  | 'closed'
  | 'open';

export type AnswerPairResult = {
  progress: PairwiseProgress;
  /** This token had already been answered: nothing changed. */
  replayed: Scalars['Boolean']['output'];
};

/** How this server signs people in. */
export type AuthMode =
  | 'local'
  | 'saml';

/** How this server signs people in; readable before signing in. */
export type AuthOptions = {
  /** Seeded people to sign in as; empty unless AUTH_MODE=local. */
  demoUsers: Array<DemoUser>;
  mode: AuthMode;
  samlLoginUrl?: Maybe<Scalars['String']['output']>;
};

/** An alert the rule would have raised. */
export type BacktestAlert = {
  expected: Scalars['Float']['output'];
  kind: AlertKind;
  measure: AlertMeasure;
  minute: Scalars['DateTime']['output'];
  negativeShare?: Maybe<Scalars['Float']['output']>;
  observed: Scalars['Float']['output'];
  sentimentMean?: Maybe<Scalars['Float']['output']>;
  strength: Scalars['Float']['output'];
  windowMinutes: Scalars['Int']['output'];
};

/** “Would have fired 3 times last week”: the alerts a rule would have raised over stored counts. */
export type BacktestResult = {
  /** The first 200 of them, in time order. */
  alerts: Array<BacktestAlert>;
  /** How many alerts it would have raised. */
  fired: Scalars['Int']['output'];
  from: Scalars['DateTime']['output'];
  /** Counts from here to `from` taught the baseline first (no alert reported there). */
  historyFrom: Scalars['DateTime']['output'];
  /** Minutes with data read, history included. */
  minutesWithData: Scalars['Int']['output'];
  to: Scalars['DateTime']['output'];
};

/** An idea campaign (challenge), owned by a department or the hub. */
export type Campaign = {
  audience: CampaignAudience;
  /** With audience "departments": who the campaign is for. */
  audienceDepartments: Array<Department>;
  closesAt: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** The department (or the hub) that owns the campaign. */
  department: Department;
  /** Markdown as written. */
  description: Scalars['String']['output'];
  /** The description rendered and sanitised on the server. */
  descriptionHtml: Scalars['String']['output'];
  /** People following this campaign. */
  followerCount: Scalars['Int']['output'];
  /** Vote counts stay hidden from a person until they vote on the idea or the campaign closes. */
  hideCountsUntilVoted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Ideas on its board (not hidden, not merged). */
  ideaCount: Scalars['Int']['output'];
  /** You follow this campaign. */
  isFollowing: Scalars['Boolean']['output'];
  /** Votes you have left in this campaign; null: no budget. */
  myRemainingVotes?: Maybe<Scalars['Int']['output']>;
  opensAt: Scalars['DateTime']['output'];
  stages: Array<CampaignStage>;
  status: CampaignStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** You may moderate its ideas. */
  viewerCanModerate: Scalars['Boolean']['output'];
  /** You may post ideas and vote now (you are in its audience and it is open). */
  viewerCanParticipate: Scalars['Boolean']['output'];
  /** You may change the campaign and move its ideas between stages. */
  viewerCanRun: Scalars['Boolean']['output'];
  /** Votes each person may cast in this campaign (up and down alike); null: unlimited. */
  voteBudget?: Maybe<Scalars['Int']['output']>;
};

/** Everyone, or only the departments a campaign lists. */
export type CampaignAudience =
  | 'departments'
  | 'everyone';

export type CampaignConnection = {
  nodes: Array<Campaign>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One stage of a campaign’s pipeline (Submitted → Under review → … ). */
export type CampaignStage = {
  id: Scalars['ID']['output'];
  /** Ideas on the board in this stage. */
  ideaCount: Scalars['Int']['output'];
  /** Stable name within the campaign (e.g. "review"). */
  key: Scalars['String']['output'];
  kind: StageKind;
  nameEn: Scalars['String']['output'];
  nameFr: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** The stage’s scorecard, if it has one. */
  scorecard?: Maybe<StageScorecard>;
};

/** Upcoming, open or closed, from the campaign’s dates. */
export type CampaignStatus =
  | 'closed'
  | 'open'
  | 'upcoming';

/** A comment on an idea. Threads are one level deep: replies hang under their root. A deleted comment keeps its place ("comment deleted") without text or author. */
export type Comment = {
  /** Null when anonymous or deleted. */
  author?: Maybe<User>;
  /** Markdown as written (mentions as @[Name](user:<id>)); null once deleted. */
  body?: Maybe<Scalars['String']['output']>;
  /** Rendered and sanitised on the server; null once deleted. */
  bodyHtml?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Last edit; see commentRevisions for the earlier versions. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  ideaId: Scalars['ID']['output'];
  /** Written by the author of an anonymous idea on it: `author` is null, `isIdeaAuthor` true. */
  isAnonymous: Scalars['Boolean']['output'];
  /** Deleted: shown as "comment deleted" to keep its thread. */
  isDeleted: Scalars['Boolean']['output'];
  /** Hidden by a moderator: its text and author only for moderators (others see its place when replies hang under it). */
  isHidden: Scalars['Boolean']['output'];
  /** Written by the idea’s author (who stays anonymous on an anonymous idea). */
  isIdeaAuthor: Scalars['Boolean']['output'];
  isMine: Scalars['Boolean']['output'];
  /** The thread root this answers; null for a root. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Replies, oldest first (empty for a reply). */
  replies: Array<Comment>;
  viewerCanDelete: Scalars['Boolean']['output'];
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Hide or restore it: the campaign’s moderators. */
  viewerCanModerate: Scalars['Boolean']['output'];
};

/** An earlier version of a comment. */
export type CommentRevision = {
  body: Scalars['String']['output'];
  bodyHtml: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When an edit replaced it. */
  replacedAt: Scalars['DateTime']['output'];
  /** When this version was written. */
  writtenAt: Scalars['DateTime']['output'];
};

export type CommentThreadConnection = {
  /** Thread roots, oldest first, each with its replies. */
  nodes: Array<Comment>;
  pageInfo: PageInfo;
  /** Comments on the idea (deleted and hidden ones not counted): the idea’s commentCount. */
  totalCount: Scalars['Int']['output'];
};

export type CountSummary = {
  max: Scalars['Float']['output'];
  median: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
};

export type CreateCampaignInput = {
  audience?: InputMaybe<CampaignAudience>;
  /** With audience "departments": the departments the campaign is for. */
  audienceDepartmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  closesAt: Scalars['DateTime']['input'];
  /** The owning department (default: your own). */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  hideCountsUntilVoted?: InputMaybe<Scalars['Boolean']['input']>;
  opensAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
  /** Votes per person; omit or null for unlimited. */
  voteBudget?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateIdeaInput = {
  /** Hide your name from everyone (kept only for abuse moderation). */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** Markdown. */
  body?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

/** A manual entry (a call-centre trend, a field report) into a manual source. */
export type CreateSignalItemInput = {
  /** Default: you. */
  authors?: InputMaybe<Array<Scalars['String']['input']>>;
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default: now. */
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  sourceId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSignalSourceInput = {
  /** Null: company-wide; else only that department (and the hub) sees its items. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  kind: SignalSourceKind;
  name: Scalars['String']['input'];
  /** Feeds only; default 900. */
  pollIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Feeds only: http(s) address. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CriterionInput = {
  /** Estimates: ISO 4217 currency code. */
  currency?: InputMaybe<Scalars['String']['input']>;
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  descriptionFr?: InputMaybe<Scalars['String']['input']>;
  /** An existing criterion to keep (its scores stay); omit for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind?: CriterionKind;
  labelEn: Scalars['String']['input'];
  labelFr: Scalars['String']['input'];
  /** Score criteria: > 0 (up to 100). */
  weight?: InputMaybe<Scalars['Float']['input']>;
};

/** A score on the scorecard’s scale (weighted), or an amount such as an ROI estimate (shown, never weighted). */
export type CriterionKind =
  | 'estimate'
  | 'score';

export type CriterionSummary = {
  answered: Scalars['Int']['output'];
  criterion: ReviewCriterion;
  max?: Maybe<Scalars['Float']['output']>;
  /** Mean score, or mean amount for estimates. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** Estimates: the median amount. */
  median?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  notApplicable: Scalars['Int']['output'];
};

export type DemoUser = {
  departmentNameEn?: Maybe<Scalars['String']['output']>;
  departmentNameFr?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Scalars['String']['output'];
  locale: Locale;
  role: Role;
};

/** A department (spoke), or the hub: the social media team. */
export type Department = {
  code: Scalars['String']['output'];
  descriptionEn: Scalars['String']['output'];
  descriptionFr: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: DepartmentKind;
  memberCount: Scalars['Int']['output'];
  nameEn: Scalars['String']['output'];
  nameFr: Scalars['String']['output'];
};

/** The hub (the social media team) or a spoke (a department). */
export type DepartmentKind =
  | 'hub'
  | 'spoke';

/** Why someone flags an idea. */
export type FlagReason =
  | 'duplicate'
  | 'off_topic'
  | 'offensive'
  | 'other'
  | 'personal_data'
  | 'spam';

export type FlagReasonCount = {
  count: Scalars['Int']['output'];
  reason: FlagReason;
};

/** Whether you follow an idea or a campaign, after follow or unfollow. */
export type FollowState = {
  /** People following it (names are never listed). */
  followerCount: Scalars['Int']['output'];
  following: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  subjectType: FollowSubject;
};

/** What one may follow: an idea or a campaign. */
export type FollowSubject =
  | 'campaign'
  | 'idea';

/** Who routes and approves between the hub and the departments. */
export type HubModel =
  | 'centralised'
  | 'collegial'
  | 'distributed';

/** An idea in a campaign. The author of an anonymous idea is never shown to anyone. */
export type Idea = {
  /** Null when the idea is anonymous, for everyone, its author included. */
  author?: Maybe<User>;
  /** Markdown as written. */
  body: Scalars['String']['output'];
  /** The body rendered and sanitised on the server. */
  bodyHtml: Scalars['String']['output'];
  campaign: Campaign;
  commentCount: Scalars['Int']['output'];
  /** The campaign hides counts until you vote on this idea (or it closes): counts are null. */
  countsHidden: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  downVotes?: Maybe<Scalars['Int']['output']>;
  /** Open flags: moderators only (null for others). */
  flagCount?: Maybe<Scalars['Int']['output']>;
  /** People following this idea. */
  followerCount: Scalars['Int']['output'];
  /** When a moderator hid it (only moderators see hidden ideas). */
  hiddenAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Posted anonymously: `author` is null for everyone. */
  isAnonymous: Scalars['Boolean']['output'];
  /** You follow this idea (you do once you post or comment on it). */
  isFollowing: Scalars['Boolean']['output'];
  /** You wrote it (true for your anonymous ideas too; only you learn it). */
  isMine: Scalars['Boolean']['output'];
  lastActivityAt: Scalars['DateTime']['output'];
  /** Typed links from and to this idea whose other idea you may see. */
  links: Array<IdeaLink>;
  /** Set when this idea was merged into another: its page should redirect there. */
  mergedInto?: Maybe<Idea>;
  /** The id of the idea this one was merged into. */
  mergedIntoId?: Maybe<Scalars['ID']['output']>;
  /** Your open flag on it, if any. */
  myFlag?: Maybe<FlagReason>;
  /** Your review of this idea at its current stage. */
  myReview?: Maybe<Review>;
  /** Your vote, if any. */
  myVote?: Maybe<VoteValue>;
  /** "Why here": null while its counts are hidden from you. */
  rankExplanation?: Maybe<RankExplanation>;
  /** The aggregate of its reviews at a stage (default: its current review stage, else the last one reviewed). The stage’s reviewers and the campaign’s runners; null for anyone else, the author included. */
  reviewSummary?: Maybe<ReviewSummary>;
  /** Its reviews at a stage, private notes included: the stage’s reviewers and the campaign’s runners; empty for anyone else. */
  reviews: Array<Review>;
  stage: CampaignStage;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  upVotes?: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** You may hide, restore, merge and link it. */
  viewerCanModerate: Scalars['Boolean']['output'];
  /** You may review this idea at its current stage now. */
  viewerCanReview: Scalars['Boolean']['output'];
};


/** An idea in a campaign. The author of an anonymous idea is never shown to anyone. */
export type IdeaReviewSummaryArgs = {
  stageId?: InputMaybe<Scalars['ID']['input']>;
};


/** An idea in a campaign. The author of an anonymous idea is never shown to anyone. */
export type IdeaReviewsArgs = {
  stageId?: InputMaybe<Scalars['ID']['input']>;
};

export type IdeaConnection = {
  /** The campaign hides counts until people vote, and has not closed. */
  countsHidden: Scalars['Boolean']['output'];
  nodes: Array<Idea>;
  pageInfo: PageInfo;
  /** The order used: top, hot and controversial fall back to new while the campaign hides counts. */
  sort: IdeaSort;
  totalCount: Scalars['Int']['output'];
};

/** A typed link between two ideas, seen from one of them. */
export type IdeaLink = {
  createdAt: Scalars['DateTime']['output'];
  direction: IdeaLinkDirection;
  id: Scalars['ID']['output'];
  /** The other idea. */
  idea: Idea;
  kind: IdeaLinkKind;
};

/** outgoing: this idea links to the other; incoming: the other links here. */
export type IdeaLinkDirection =
  | 'incoming'
  | 'outgoing';

/** duplicates, builds_on, answers. */
export type IdeaLinkKind =
  | 'answers'
  | 'builds_on'
  | 'duplicates';

/** Board orders: top (Wilson lower bound), hot (time-decayed), new, controversial, discussed. */
export type IdeaSort =
  | 'controversial'
  | 'discussed'
  | 'hot'
  | 'new'
  | 'top';

export type ImportLineReport = {
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/** An interface language. */
export type Locale =
  | 'en'
  | 'fr';

export type MergeResult = {
  /** Votes dropped because their voter had voted on both ideas (the target’s vote kept). */
  mergedVotes: Scalars['Int']['output'];
  /** Votes moved from the merged idea. */
  movedVotes: Scalars['Int']['output'];
  /** Budget votes given back to their voters. */
  refundedVotes: Scalars['Int']['output'];
  /** The idea that absorbed the other. */
  target: Idea;
};

/** An idea in the moderation queue. */
export type ModerationItem = {
  campaign: Campaign;
  idea: Idea;
  lastFlaggedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Open flags (not dismissed, not closed by a restore). */
  openFlags: Scalars['Int']['output'];
  reasons: Array<FlagReasonCount>;
};

export type ModerationQueue = {
  nodes: Array<ModerationItem>;
  totalCount: Scalars['Int']['output'];
};

/** flagged (open flags, still on the board), hidden, or all. */
export type ModerationStatus =
  | 'all'
  | 'flagged'
  | 'hidden';

export type Mutation = {
  /** Anyone who may see the idea, while its campaign is open. Mention people as @[Name](user:<id>). */
  addComment: Comment;
  /** Adds a stage to a campaign’s pipeline (first stage “submitted”, last “declined”). The people who run the campaign. */
  addStage: Campaign;
  /** The hub. WATCH_QUERY_INVALID (with the position) for a query that does not compile. */
  addWatchTerm: WatchTerm;
  /** Answers the pair issued to you under this token; a replay changes nothing. */
  answerPair: AnswerPairResult;
  /** The hub corrects an item’s sentiment. */
  correctSignalSentiment: SignalItem;
  /** The hub. A rule on a new term waits for the detector’s warm-up before its first alert. */
  createAlertRule: AlertRule;
  /** Managers for their department (following the hub model), hub coordinators and administrators. */
  createCampaign: Campaign;
  /** The campaign’s audience, while it is open. */
  createIdea: Idea;
  /** The hub: new items matching the query get the label. */
  createSentimentRule: SentimentRule;
  /** The hub: a manual entry (a call-centre trend, a field report) into a manual source. */
  createSignalItem: SignalItem;
  /** The hub. A webhook source’s secret is in the answer, and never again. */
  createSignalSource: SignalSourceWithSecret;
  /** The hub. */
  createWatchlist: Watchlist;
  /** The hub. Deletes its alerts too. */
  deleteAlertRule: Scalars['Boolean']['output'];
  /** Its author, or a moderator (audited). The comment stays as "comment deleted". */
  deleteComment: Comment;
  /** The hub. */
  deleteSentimentRule: Scalars['Boolean']['output'];
  /** The hub. Deletes the source with its items. */
  deleteSignalSource: Scalars['Boolean']['output'];
  /** The hub. Deletes its terms, their matches and counts. */
  deleteWatchlist: Scalars['Boolean']['output'];
  /** Closes an idea’s open flags without hiding it (moderators; audited). */
  dismissIdeaFlags: Idea;
  /** Its author, while the campaign is open; the previous text joins the history. */
  editComment: Comment;
  /** Flags an idea you see (one flag per person: again changes its reason). */
  flagIdea: Idea;
  /** Follow an idea or a campaign you can see (idempotent): its new comments and stage changes reach your notifications. */
  follow: FollowState;
  /** Its recipients and the hub, once each: noise raises the rule’s thresholds, useful lowers them a little. */
  giveAlertFeedback: Alert;
  /** The campaign’s moderators (audited): hidden from everyone else, out of the count. */
  hideComment: Comment;
  /** Takes an idea off its board (moderators; audited with the reason). Its budget votes come back to their voters. */
  hideIdea: Idea;
  /** Links an idea to another (its author or its moderators). */
  linkIdeas: IdeaLink;
  /** Marks all your notifications as read. */
  markAllNotificationsRead: NotificationsReadResult;
  /** Marks these notifications of yours as read; other ids count as not found. */
  markNotificationsRead: NotificationsReadResult;
  /** Merges a duplicate into another idea of the same campaign (moderators and runners; audited). */
  mergeIdeas: MergeResult;
  /** The people who run the campaign. */
  moveIdeaToStage: Idea;
  /** Removes a stage; its ideas move to `moveIdeasTo` (required when it holds any). The people who run the campaign. */
  removeStage: Campaign;
  /** Removes a stage’s scorecard; SCORECARD_LOCKED once reviews were written with it. The people who run the campaign. */
  removeStageScorecard: CampaignStage;
  /** The hub. */
  removeWatchTerm: Scalars['Boolean']['output'];
  /** Renames a stage. The people who run the campaign. */
  renameStage: Campaign;
  /** Puts a campaign’s stages in this order (every stage once). PIPELINE_CHANGED if the stages changed meanwhile. */
  reorderStages: Campaign;
  /** The campaign’s moderators (audited): shown again. */
  restoreComment: Comment;
  /** Puts a hidden idea back on its board and closes its flags (moderators; audited). */
  restoreIdea: Idea;
  /** Takes your vote back; its budget unit returns. */
  retractVote: VoteResult;
  /** The hub: a new webhook secret, shown this once; the old one stops working. */
  rotateWebhookSecret: SignalSourceWithSecret;
  /** Its recipients and the hub: acknowledged or closed (closed is final). */
  setAlertStatus: Alert;
  /** Sets the reviewers assigned to a stage (people who can see the campaign). The people who run the campaign. */
  setStageReviewers: CampaignStage;
  /** Sets the scorecard of a review stage (criteria left out are removed). The people who run the campaign. */
  setStageScorecard: CampaignStage;
  /** Administrators only. */
  setUserRole: User;
  /** Writes or rewrites your review of an idea at its current review stage. Its assigned reviewers (or volunteers where welcome). */
  submitReview: SubmitReviewResult;
  /** Takes your flag back. */
  unflagIdea: Idea;
  /** Stop following (idempotent). */
  unfollow: FollowState;
  /** Removes a link (the linking idea’s author or its moderators). */
  unlinkIdeas: Scalars['Boolean']['output'];
  /** The hub. */
  updateAlertRule: AlertRule;
  /** The people who run the campaign. */
  updateCampaign: Campaign;
  /** Its author while it is in the first stage; moderators. */
  updateIdea: Idea;
  updateMyPreferences: User;
  /** Turns kinds of notification on or off; answers with every kind. */
  updateNotificationPreferences: Array<NotificationPreference>;
  /** Administrators only. */
  updateOrganisation: Organisation;
  /** Administrators: hosts and CIDR ranges feeds may be fetched from although private (replaces the list). */
  updateSignalSettings: SignalSettings;
  /** The hub. */
  updateSignalSource: SignalSource;
  /** The hub. */
  updateWatchTerm: WatchTerm;
  /** The hub. */
  updateWatchlist: Watchlist;
  /** Votes up or down (changes your vote if you had one). The campaign’s audience, while it is open, within its budget. */
  vote: VoteResult;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddStageArgs = {
  campaignId: Scalars['ID']['input'];
  input: AddStageInput;
};


export type MutationAddWatchTermArgs = {
  input: WatchTermInput;
  watchlistId: Scalars['ID']['input'];
};


export type MutationAnswerPairArgs = {
  outcome: PairwiseOutcome;
  token: Scalars['ID']['input'];
};


export type MutationCorrectSignalSentimentArgs = {
  itemId: Scalars['ID']['input'];
  label: SignalSentiment;
};


export type MutationCreateAlertRuleArgs = {
  input: AlertRuleInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateIdeaArgs = {
  input: CreateIdeaInput;
};


export type MutationCreateSentimentRuleArgs = {
  input: SentimentRuleInput;
};


export type MutationCreateSignalItemArgs = {
  input: CreateSignalItemInput;
};


export type MutationCreateSignalSourceArgs = {
  input: CreateSignalSourceInput;
};


export type MutationCreateWatchlistArgs = {
  input: WatchlistInput;
};


export type MutationDeleteAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSentimentRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSignalSourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWatchlistArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDismissIdeaFlagsArgs = {
  ideaId: Scalars['ID']['input'];
};


export type MutationEditCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationFlagIdeaArgs = {
  ideaId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: FlagReason;
};


export type MutationFollowArgs = {
  subjectId: Scalars['ID']['input'];
  subjectType: FollowSubject;
};


export type MutationGiveAlertFeedbackArgs = {
  id: Scalars['ID']['input'];
  verdict: AlertFeedback;
};


export type MutationHideCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationHideIdeaArgs = {
  ideaId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationLinkIdeasArgs = {
  fromIdeaId: Scalars['ID']['input'];
  kind: IdeaLinkKind;
  toIdeaId: Scalars['ID']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMergeIdeasArgs = {
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};


export type MutationMoveIdeaToStageArgs = {
  ideaId: Scalars['ID']['input'];
  stageId: Scalars['ID']['input'];
};


export type MutationRemoveStageArgs = {
  moveIdeasTo?: InputMaybe<Scalars['ID']['input']>;
  stageId: Scalars['ID']['input'];
};


export type MutationRemoveStageScorecardArgs = {
  stageId: Scalars['ID']['input'];
};


export type MutationRemoveWatchTermArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRenameStageArgs = {
  input: RenameStageInput;
  stageId: Scalars['ID']['input'];
};


export type MutationReorderStagesArgs = {
  campaignId: Scalars['ID']['input'];
  stageIds: Array<Scalars['ID']['input']>;
};


export type MutationRestoreCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreIdeaArgs = {
  ideaId: Scalars['ID']['input'];
};


export type MutationRetractVoteArgs = {
  ideaId: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  sourceId: Scalars['ID']['input'];
};


export type MutationSetAlertStatusArgs = {
  id: Scalars['ID']['input'];
  status: AlertStatus;
};


export type MutationSetStageReviewersArgs = {
  stageId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationSetStageScorecardArgs = {
  input: ScorecardInput;
  stageId: Scalars['ID']['input'];
};


export type MutationSetUserRoleArgs = {
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationSubmitReviewArgs = {
  ideaId: Scalars['ID']['input'];
  input: SubmitReviewInput;
};


export type MutationUnflagIdeaArgs = {
  ideaId: Scalars['ID']['input'];
};


export type MutationUnfollowArgs = {
  subjectId: Scalars['ID']['input'];
  subjectType: FollowSubject;
};


export type MutationUnlinkIdeasArgs = {
  linkId: Scalars['ID']['input'];
};


export type MutationUpdateAlertRuleArgs = {
  id: Scalars['ID']['input'];
  input: AlertRuleInput;
};


export type MutationUpdateCampaignArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
};


export type MutationUpdateIdeaArgs = {
  id: Scalars['ID']['input'];
  input: UpdateIdeaInput;
};


export type MutationUpdateMyPreferencesArgs = {
  input: UpdateMyPreferencesInput;
};


export type MutationUpdateNotificationPreferencesArgs = {
  input: Array<NotificationPreferenceInput>;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationUpdateSignalSettingsArgs = {
  fetchAllowlist: Array<Scalars['String']['input']>;
};


export type MutationUpdateSignalSourceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSignalSourceInput;
};


export type MutationUpdateWatchTermArgs = {
  id: Scalars['ID']['input'];
  input: WatchTermInput;
};


export type MutationUpdateWatchlistArgs = {
  id: Scalars['ID']['input'];
  input: WatchlistInput;
};


export type MutationVoteArgs = {
  ideaId: Scalars['ID']['input'];
  value: VoteValue;
};

export type Notification = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** One of NOTIFICATION_KINDS, e.g. idea.commented. */
  kind: Scalars['String']['output'];
  payload: Scalars['NotificationPayload']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** What the notification is about (e.g. idea), for grouping. */
  subjectType?: Maybe<Scalars['String']['output']>;
};

export type NotificationConnection = {
  nodes: Array<Notification>;
  pageInfo: PageInfo;
};

export type NotificationPreference = {
  /** What inApp is for people who never changed it. */
  defaultInApp: Scalars['Boolean']['output'];
  /** Shown in Ruche (the bell and the notifications page). */
  inApp: Scalars['Boolean']['output'];
  kind: Scalars['String']['output'];
};

export type NotificationPreferenceInput = {
  inApp: Scalars['Boolean']['input'];
  kind: Scalars['String']['input'];
};

export type NotificationsReadResult = {
  /** Your notifications among those asked for, now read (including those already read). */
  marked: Scalars['Int']['output'];
  /** Ids that are not notifications of yours. */
  notFound: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

export type Organisation = {
  defaultLocale: Locale;
  hubModel: HubModel;
  name: Scalars['String']['output'];
};

export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** a / b: the idea shown as a / b is preferred; none: no preference (half a win each); skip: not compared (the pair is not shown again). */
export type PairwiseOutcome =
  | 'a'
  | 'b'
  | 'none'
  | 'skip';

/** Two ideas to compare. Answer with the token; until it expires, asking again gives the same pair. */
export type PairwisePair = {
  /** Shown first (left, or on top on a narrow screen). */
  a: Idea;
  b: Idea;
  expiresAt: Scalars['DateTime']['output'];
  progress: PairwiseProgress;
  token: Scalars['ID']['output'];
};

export type PairwiseParticipation = {
  /** Answers of every kind, skips included. */
  answers: Scalars['Int']['output'];
  /** Answers with a preference or “no preference”. */
  comparisons: Scalars['Int']['output'];
  /** Comparisons per idea on the board. */
  comparisonsPerIdea: CountSummary;
  /** People who answered at least one pair. */
  participants: Scalars['Int']['output'];
};

/** Where you stand in a campaign’s pairwise mode. */
export type PairwiseProgress = {
  /** Pairs you answered with a preference or “no preference”. */
  answered: Scalars['Int']['output'];
  campaignId: Scalars['ID']['output'];
  /** The campaign is open and asks you. */
  canAnswer: Scalars['Boolean']['output'];
  /** Whether pairwiseRanking shows you its rows now. */
  rankingVisible: Scalars['Boolean']['output'];
  /** Pairs you have not seen yet. */
  remaining: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  /** Pairs you can be shown: every two ideas on the board that are not yours. */
  totalPairs: Scalars['Int']['output'];
};

export type PairwiseRanking = {
  campaignId: Scalars['ID']['output'];
  /** The campaign hides counts until people vote and you have not compared enough pairs yet: no rows. */
  hidden: Scalars['Boolean']['output'];
  participation: PairwiseParticipation;
  /** Every idea on the board, best first. */
  rows: Array<PairwiseRankingRow>;
};

export type PairwiseRankingRow = {
  /** Comparisons that counted (skips are not comparisons). */
  comparisons: Scalars['Int']['output'];
  /** Upper end of the 95 % interval of the score. */
  high: Scalars['Float']['output'];
  idea: Idea;
  /** Lower end of the 95 % interval of the score. */
  low: Scalars['Float']['output'];
  /** Competition rank (1, 2, 2, 4). */
  rank: Scalars['Int']['output'];
  /** Bradley-Terry score, 0–100: the chance the idea is preferred to the campaign’s average idea. */
  score: Scalars['Float']['output'];
  /** “No preference” answers. */
  ties: Scalars['Int']['output'];
  wins: Scalars['Int']['output'];
};

export type Query = {
  /** One alert with its explanation and samples. */
  alert: Alert;
  /** The hub. */
  alertRule: AlertRule;
  /** The hub: every alert rule on terms and topics you may see. */
  alertRules: Array<AlertRule>;
  /** Alerts routed to you (the hub: all), newest first. */
  alerts: AlertConnection;
  /** "Try the analyser": language, sentiment and the watch terms a text matches. */
  analyzeText: TextAnalysis;
  authOptions: AuthOptions;
  /** The hub: the alerts a rule (a stored one by `ruleId`, or a draft `rule`) would have raised over the stored counts of [from, to] (at most 31 days, ending before now). */
  backtestAlertRule: BacktestResult;
  /** CAMPAIGN_NOT_FOUND also for a campaign whose audience you are not in. */
  campaign: Campaign;
  /** Campaigns you may see, the latest opening first. */
  campaigns: CampaignConnection;
  /** One comment (what a comment:added event names), with its replies if it is a root. */
  comment: Comment;
  /** The HTML a comment body would render to (the composer’s preview): the same rendering and sanitising as posting. */
  commentPreview: Scalars['String']['output'];
  /** Earlier versions of a comment, newest first: for whoever may read it. */
  commentRevisions: Array<CommentRevision>;
  /** An idea’s discussion: threads oldest first. IDEA_NOT_FOUND for an idea you may not see. */
  comments: CommentThreadConnection;
  department: Department;
  departments: Array<Department>;
  /** IDEA_NOT_FOUND also for an idea of a campaign whose audience you are not in. */
  idea: Idea;
  /** Who wrote an idea, anonymous or not — administrators, for abuse moderation; each look is audited with its reason. */
  ideaAuthorForModeration?: Maybe<User>;
  /** A campaign’s board. */
  ideas: IdeaConnection;
  /** The signed-in user. */
  me: User;
  /** Flagged and hidden ideas of the campaigns you moderate, latest first. */
  moderationQueue: ModerationQueue;
  /** Where you stand in the campaign’s pairwise mode: whoever sees its board. */
  myPairwiseProgress: PairwiseProgress;
  /** The pair you should compare next; null when you have seen every pair. The campaign’s audience, while it is open. */
  nextPair?: Maybe<PairwisePair>;
  /** Your choice for every kind of notification. */
  notificationPreferences: Array<NotificationPreference>;
  /** Your notifications, newest first. */
  notifications: NotificationConnection;
  organisation: Organisation;
  /** The campaign’s pairwise ranking: whoever sees its board. */
  pairwiseRanking: PairwiseRanking;
  /** "Test this source": a feed URL (fetched under the SSRF rules) or a small feed file in base64 (larger files, up to 5 MB: `POST /signals/preview` with the file as the body); nothing is stored (the hub). */
  previewSource: SourcePreview;
  /** A campaign’s ideas at its review stages that you review, or all of them if you run it (the first 200). */
  reviewQueue: Array<Idea>;
  /** Ideas awaiting your review, across campaigns, oldest first. */
  reviewsAssignedToMe: ReviewQueue;
  /** The hub’s sentiment correction rules, newest first (the newest matching one wins). */
  sentimentRules: Array<SentimentRule>;
  signalImport: SignalImport;
  /** A source’s latest imports, newest first (the hub). */
  signalImports: Array<SignalImport>;
  /** SIGNAL_ITEM_NOT_FOUND also for an item of a department you may not see, or past retention. */
  signalItem: SignalItem;
  /** The stream, newest first, as you may see it (managers and the hub; department-scoped sources only for their department). */
  signalItems: SignalItemConnection;
  /** Administrators. */
  signalSettings: SignalSettings;
  signalSource: SignalSource;
  /** What happened to a source: polls, refused entries and why, newest first (the hub). */
  signalSourceLog: SignalSourceLogConnection;
  /** The sources whose items you may see (managers and the hub). */
  signalSources: Array<SignalSource>;
  /** Ideas you may see that look like a draft (title and body), best first; for suggestions while typing. */
  similarIdeas: Array<SimilarIdea>;
  /** How many of your notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  user: User;
  users: UserConnection;
  watchlist: Watchlist;
  /** The watchlists you may see (managers and the hub). */
  watchlists: Array<Watchlist>;
};


export type QueryAlertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAnalyzeTextArgs = {
  text: Scalars['String']['input'];
};


export type QueryBacktestAlertRuleArgs = {
  from: Scalars['DateTime']['input'];
  rule?: InputMaybe<AlertRuleInput>;
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<CampaignStatus>;
};


export type QueryCommentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommentPreviewArgs = {
  body: Scalars['String']['input'];
};


export type QueryCommentRevisionsArgs = {
  commentId: Scalars['ID']['input'];
};


export type QueryCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ideaId: Scalars['ID']['input'];
};


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIdeaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIdeaAuthorForModerationArgs = {
  ideaId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type QueryIdeasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  sort?: IdeaSort;
};


export type QueryModerationQueueArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ModerationStatus>;
};


export type QueryMyPairwiseProgressArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryNextPairArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryPairwiseRankingArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryPreviewSourceArgs = {
  file?: InputMaybe<Scalars['String']['input']>;
  fileName?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReviewQueueArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryReviewsAssignedToMeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QuerySignalImportArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySignalImportsArgs = {
  sourceId: Scalars['ID']['input'];
};


export type QuerySignalItemArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySignalItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SignalItemFilter>;
  first?: Scalars['Int']['input'];
};


export type QuerySignalSourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySignalSourceLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  sourceId: Scalars['ID']['input'];
};


export type QuerySimilarIdeasArgs = {
  body?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  excludeIdeaId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWatchlistArgs = {
  id: Scalars['ID']['input'];
};

/** Why an idea sits where it does: the parts of its scores (see shared/src/ranking.ts). */
export type RankExplanation = {
  ageHours: Scalars['Float']['output'];
  /** The "discussed" order. */
  commentCount: Scalars['Int']['output'];
  /** (up + down) ^ (minority / majority): the "controversial" order. */
  controversy: Scalars['Float']['output'];
  down: Scalars['Int']['output'];
  /** sign(net)·log10(max(|net|, 1)) + age term: the "hot" order (Reddit’s formula). */
  hot: Scalars['Float']['output'];
  /** up − down */
  net: Scalars['Int']['output'];
  up: Scalars['Int']['output'];
  /** Lower bound of the 95 % Wilson interval of the share of up votes: the "top" order. */
  wilsonLowerBound: Scalars['Float']['output'];
};

/** Names left out stay as they are. */
export type RenameStageInput = {
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFr?: InputMaybe<Scalars['String']['input']>;
};

/** A reviewer’s review of an idea at a stage. Only its stage’s reviewers and the campaign’s runners read it (never the idea’s author). */
export type Review = {
  answers: Array<ReviewAnswer>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Private: the stage’s reviewers and the campaign’s runners only. */
  note: Scalars['String']['output'];
  reviewer?: Maybe<User>;
  stageId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Its weighted score ("not applicable" left out, weights renormalised). */
  weightedScore?: Maybe<Scalars['Float']['output']>;
};

export type ReviewAnswer = {
  /** Estimates: the amount. */
  amount?: Maybe<Scalars['Float']['output']>;
  criterionId: Scalars['ID']['output'];
  notApplicable: Scalars['Boolean']['output'];
  score?: Maybe<Scalars['Int']['output']>;
};

export type ReviewAnswerInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  criterionId: Scalars['ID']['input'];
  notApplicable?: Scalars['Boolean']['input'];
  score?: InputMaybe<Scalars['Int']['input']>;
};

/** One criterion of a scorecard. */
export type ReviewCriterion = {
  /** Estimates: the currency of the amount (ISO 4217, e.g. EUR). */
  currency?: Maybe<Scalars['String']['output']>;
  descriptionEn: Scalars['String']['output'];
  descriptionFr: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: CriterionKind;
  labelEn: Scalars['String']['output'];
  labelFr: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** Its weight in the weighted score (score criteria); null for estimates, which are never weighted. */
  weight?: Maybe<Scalars['Float']['output']>;
};

/** Ideas awaiting your review: at a stage you are assigned to, not yours, not reviewed by you yet. */
export type ReviewQueue = {
  byCampaign: Array<ReviewQueueCampaign>;
  nodes: Array<Idea>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReviewQueueCampaign = {
  campaign: Campaign;
  /** Ideas awaiting your review there. */
  pending: Scalars['Int']['output'];
};

/** The aggregate of an idea’s reviews at a stage, for its reviewers and the campaign’s runners. */
export type ReviewSummary = {
  /** Reviewers assigned to the stage. */
  assignedCount: Scalars['Int']['output'];
  /** Assigned reviewers whose review is in. */
  assignedIn: Scalars['Int']['output'];
  criteria: Array<CriterionSummary>;
  maxScore?: Maybe<Scalars['Float']['output']>;
  minScore?: Maybe<Scalars['Float']['output']>;
  reviewCount: Scalars['Int']['output'];
  scaleMax: Scalars['Int']['output'];
  /** Standard deviation of the reviews’ weighted scores. */
  spread?: Maybe<Scalars['Float']['output']>;
  stageId: Scalars['ID']['output'];
  /** Mean of the reviews’ weighted scores. */
  weightedMean?: Maybe<Scalars['Float']['output']>;
};

/** What a user may do, from member to admin. */
export type Role =
  | 'admin'
  | 'department_rep'
  | 'hub_coordinator'
  | 'manager'
  | 'member';

/** The whole scorecard: criteria left out are removed (with their scores). */
export type ScorecardInput = {
  advanceThreshold?: InputMaybe<Scalars['Float']['input']>;
  allowVolunteers?: Scalars['Boolean']['input'];
  autoAdvance?: Scalars['Boolean']['input'];
  criteria: Array<CriterionInput>;
  declineThreshold?: InputMaybe<Scalars['Float']['input']>;
  scaleMax?: Scalars['Int']['input'];
};

export type SentimentResultType = {
  label: SignalSentiment;
  origin: SignalSentimentOrigin;
  score: Scalars['Float']['output'];
};

/** New items matching the query get the label instead of the analyser’s. */
export type SentimentRule = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  label: SignalSentiment;
  query: Scalars['String']['output'];
};

export type SentimentRuleInput = {
  label: SignalSentiment;
  query: Scalars['String']['input'];
};

/** An NDJSON import run (POST /signals/import/:sourceId) and its progress. */
export type SignalImport = {
  duplicates: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lines: Scalars['Int']['output'];
  refused: Scalars['Int']['output'];
  /** Refused lines with their reasons (the first 1000). */
  report: Array<ImportLineReport>;
  source?: Maybe<SignalSource>;
  startedAt: Scalars['DateTime']['output'];
  status: SignalImportStatus;
  stored: Scalars['Int']['output'];
};

/** running, done, aborted (the upload stopped: send it again) or failed. */
export type SignalImportStatus =
  | 'aborted'
  | 'done'
  | 'failed'
  | 'running';

/** A stored market signal. */
export type SignalItem = {
  /** What the analyser said, kept when a rule or a person corrected it. */
  analyserSentiment: SignalSentiment;
  authors: Array<Scalars['String']['output']>;
  categories: Array<Scalars['String']['output']>;
  /** Copies of its story (syndication), itself included. */
  copyCount: Scalars['Int']['output'];
  /** The source’s own id for it (or a hash of its address and title). */
  externalId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The first copy of its story. */
  isStoryLead: Scalars['Boolean']['output'];
  /** ISO 639-1 code, or "und". */
  language: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  receivedAt: Scalars['DateTime']['output'];
  sentiment: SignalSentiment;
  sentimentOrigin: SignalSentimentOrigin;
  /** -1 … 1 */
  sentimentScore: Scalars['Float']['output'];
  source?: Maybe<SignalSource>;
  /** Its story: near-duplicates (syndicated copies) share one. */
  storyId: Scalars['ID']['output'];
  /** The watch terms it matched, among the watchlists you may see. */
  terms: Array<WatchTerm>;
  /** Plain text. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type SignalItemConnection = {
  nodes: Array<SignalItem>;
  pageInfo: PageInfo;
};

export type SignalItemFilter = {
  /** Items of sources scoped to this department. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  sentiment?: InputMaybe<SignalSentiment>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the first copy of each story. */
  storiesOnly?: InputMaybe<Scalars['Boolean']['input']>;
  watchlistId?: InputMaybe<Scalars['ID']['input']>;
};

/** positive, negative or neutral. */
export type SignalSentiment =
  | 'negative'
  | 'neutral'
  | 'positive';

/** Who set the label: the analyser, a correction rule of the hub, or a person. */
export type SignalSentimentOrigin =
  | 'analyser'
  | 'person'
  | 'rule';

export type SignalSettings = {
  /** Hosts and CIDR ranges feeds may be fetched from although private, set by administrators. */
  fetchAllowlist: Array<Scalars['String']['output']>;
  /** Hosts and CIDR ranges set by the operator (SIGNALS_FETCH_ALLOWLIST). */
  operatorFetchAllowlist: Array<Scalars['String']['output']>;
};

/** A source of market signals. Its webhook secret is shown only when created or rotated. */
export type SignalSource = {
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Null: company-wide. */
  department?: Maybe<Department>;
  health: SignalSourceHealth;
  id: Scalars['ID']['output'];
  /** Items stored from it (retention does not lower it). */
  itemCount: Scalars['Float']['output'];
  kind: SignalSourceKind;
  lastError?: Maybe<Scalars['String']['output']>;
  lastPolledAt?: Maybe<Scalars['DateTime']['output']>;
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** Feeds: when the next poll is due (later after failures: backoff). */
  nextPollAt?: Maybe<Scalars['DateTime']['output']>;
  /** Feeds: seconds between polls while healthy. */
  pollIntervalSeconds?: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Feeds: the address polled. */
  url?: Maybe<Scalars['String']['output']>;
  /** Webhooks: the path to POST deliveries to. */
  webhookPath?: Maybe<Scalars['String']['output']>;
};

/** ok, failing (retried with backoff) or disabled. */
export type SignalSourceHealth =
  | 'disabled'
  | 'failing'
  | 'ok';

/** Where a source’s items come from: a polled feed, a webhook, NDJSON imports or manual entries. */
export type SignalSourceKind =
  | 'feed'
  | 'import'
  | 'manual'
  | 'webhook';

export type SignalSourceLogConnection = {
  nodes: Array<SignalSourceLogEntry>;
  pageInfo: PageInfo;
};

export type SignalSourceLogEntry = {
  at: Scalars['DateTime']['output'];
  /** Details as JSON text (e.g. the position of a refused entry). */
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: SignalSourceLogKind;
  message: Scalars['String']['output'];
};

/** What a line of a source’s log is about. */
export type SignalSourceLogKind =
  | 'error'
  | 'import'
  | 'poll'
  | 'refused'
  | 'webhook';

export type SignalSourceWithSecret = {
  source: SignalSource;
  /** Webhooks: the HMAC secret, shown this once. Null for other kinds. */
  webhookSecret?: Maybe<Scalars['String']['output']>;
};

/** An existing idea that looks like a draft. */
export type SimilarIdea = {
  idea: Idea;
  /** 0.6 · title word similarity + 0.4 · r/(r+1) of the full-text rank r; between 0 and 1. */
  score: Scalars['Float']['output'];
};

/** "Test this source": what would be stored, and the reasons for what would be refused. */
export type SourcePreview = {
  items: Array<SourcePreviewItem>;
  link?: Maybe<Scalars['String']['output']>;
  refused: Array<SourcePreviewRefusal>;
  title?: Maybe<Scalars['String']['output']>;
};

export type SourcePreviewItem = {
  authors: Array<Scalars['String']['output']>;
  categories: Array<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  link?: Maybe<Scalars['String']['output']>;
  published?: Maybe<Scalars['DateTime']['output']>;
  /** Why it would be refused; null when it would be stored. */
  refusedReason?: Maybe<Scalars['String']['output']>;
  /** What would be stored as its text (plain), or null when it would be refused. */
  text?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

export type SourcePreviewRefusal = {
  /** Position of the entry in the document, from 0. */
  index: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/** What a stage of a campaign’s pipeline means, whatever it is called. */
export type StageKind =
  | 'declined'
  | 'done'
  | 'in_progress'
  | 'review'
  | 'selected'
  | 'submitted';

/** The scorecard of a review stage: criteria on one scale, reviewers, and the stage rule. */
export type StageScorecard = {
  /** A weighted score at or above this moves the idea to the next stage. */
  advanceThreshold?: Maybe<Scalars['Float']['output']>;
  /** People who may review (managers, the hub) may review without being assigned. */
  allowVolunteers: Scalars['Boolean']['output'];
  /** Move an idea on (or decline it) by itself once every assigned reviewer has reviewed it. */
  autoAdvance: Scalars['Boolean']['output'];
  criteria: Array<ReviewCriterion>;
  /** A weighted score below this declines the idea. */
  declineThreshold?: Maybe<Scalars['Float']['output']>;
  /** Assigned reviewers: for the campaign’s runners and the stage’s reviewers; empty for anyone else. */
  reviewers: Array<User>;
  /** Scores go from 1 to this. */
  scaleMax: Scalars['Int']['output'];
  stageId: Scalars['ID']['output'];
  /** You are one of its assigned reviewers. */
  viewerIsReviewer: Scalars['Boolean']['output'];
};

/** A review: every criterion answered (a score, an amount, or not applicable), and a private note. */
export type SubmitReviewInput = {
  answers: Array<ReviewAnswerInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** The stage you review the idea at: refused (REVIEW_STAGE_CLOSED) if the idea has left it. */
  stageId: Scalars['ID']['input'];
};

export type SubmitReviewResult = {
  idea: Idea;
  /** Where the stage rule moved the idea, if it did. */
  movedTo?: Maybe<CampaignStage>;
  review: Review;
};

export type TextAnalysis = {
  language: Scalars['String']['output'];
  sentiment: SentimentResultType;
  /** Matched terms among the watchlists you may see. */
  terms: Array<WatchTerm>;
};

/** Fields left out stay as they are; voteBudget: null removes the budget. */
export type UpdateCampaignInput = {
  audience?: InputMaybe<CampaignAudience>;
  audienceDepartmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  hideCountsUntilVoted?: InputMaybe<Scalars['Boolean']['input']>;
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  voteBudget?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields left out stay as they are. */
export type UpdateIdeaInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateMyPreferencesInput = {
  locale?: InputMaybe<Locale>;
};

export type UpdateOrganisationInput = {
  defaultLocale?: InputMaybe<Locale>;
  hubModel?: InputMaybe<HubModel>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are; departmentId: null makes the source company-wide. */
export type UpdateSignalSourceInput = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** false disables it; true enables it again (health ok, failures reset, polled now). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  pollIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  createdAt: Scalars['DateTime']['output'];
  department?: Maybe<Department>;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Member of the hub (the social media team). */
  isHubMember: Scalars['Boolean']['output'];
  jobTitle: Scalars['String']['output'];
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  locale: Locale;
  role: Role;
};

export type UserConnection = {
  nodes: Array<User>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VoteResult = {
  /** The idea with its new counts, as you see them. */
  idea: Idea;
  /** Votes you have left in the campaign; null: no budget. */
  remainingVotes?: Maybe<Scalars['Int']['output']>;
};

/** An up or a down vote. */
export type VoteValue =
  | 'down'
  | 'up';

export type WatchTerm = {
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** In the analyser’s syntax: words, "phrases", OR, NOT/-, NEAR/n, ( ), @alias. */
  query: Scalars['String']['output'];
  watchlistId: Scalars['ID']['output'];
};

export type WatchTermInput = {
  label?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};

export type Watchlist = {
  createdAt: Scalars['DateTime']['output'];
  /** Null: company-wide. */
  department?: Maybe<Department>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  terms: Array<WatchTerm>;
};

export type WatchlistInput = {
  /** Null: company-wide. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type OrganisationSettingsFragment = { name: string, hubModel: HubModel, defaultLocale: Locale };

export type AdminOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganisationQuery = { organisation: { name: string, hubModel: HubModel, defaultLocale: Locale } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { name: string, hubModel: HubModel, defaultLocale: Locale } };

export type SetUserRoleMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  role: Role;
}>;


export type SetUserRoleMutation = { setUserRole: { id: string, displayName: string, jobTitle: string, role: Role, isHubMember: boolean, department?: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } | null } };

export type AlertSampleRowFragment = { id: string, title: string, url?: string | null, language: string, publishedAt: string, sentimentLabel: string, sentimentScore: number };

export type AlertRowFragment = { id: string, ruleId: string, ruleName: string, subject: string, termId?: string | null, watchlistId?: string | null, kind: AlertKind, measure: AlertMeasure, preset: AlertPreset, minute: string, windowStart: string, windowMinutes: number, windowItems: number, observed: number, expected: number, strength: number, sentimentMean?: number | null, negativeShare?: number | null, status: AlertStatus, statusAt?: string | null, myFeedback?: AlertFeedback | null, usefulCount: number, noiseCount: number, createdAt: string, samples: Array<{ id: string, title: string, url?: string | null, language: string, publishedAt: string, sentimentLabel: string, sentimentScore: number }> };

export type AlertRuleRowFragment = { id: string, name: string, termId?: string | null, watchlistId?: string | null, keywords?: string | null, sentimentMaxMean?: number | null, negativeShareMin?: number | null, kinds: Array<AlertKind>, preset: AlertPreset, cooldownMinutes?: number | null, timeZone: string, enabled: boolean, departmentIds: Array<string>, personIds: Array<string>, multiplier: number, usefulCount: number, noiseCount: number, warmUpEndsAt?: string | null, updatedAt: string, people: Array<{ id: string, displayName: string }> };

export type AlertsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertFilter>;
}>;


export type AlertsQuery = { alerts: { nodes: Array<{ id: string, ruleId: string, ruleName: string, subject: string, termId?: string | null, watchlistId?: string | null, kind: AlertKind, measure: AlertMeasure, preset: AlertPreset, minute: string, windowStart: string, windowMinutes: number, windowItems: number, observed: number, expected: number, strength: number, sentimentMean?: number | null, negativeShare?: number | null, status: AlertStatus, statusAt?: string | null, myFeedback?: AlertFeedback | null, usefulCount: number, noiseCount: number, createdAt: string, samples: Array<{ id: string, title: string, url?: string | null, language: string, publishedAt: string, sentimentLabel: string, sentimentScore: number }> }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type AlertQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AlertQuery = { alert: { id: string, ruleId: string, ruleName: string, subject: string, termId?: string | null, watchlistId?: string | null, kind: AlertKind, measure: AlertMeasure, preset: AlertPreset, minute: string, windowStart: string, windowMinutes: number, windowItems: number, observed: number, expected: number, strength: number, sentimentMean?: number | null, negativeShare?: number | null, status: AlertStatus, statusAt?: string | null, myFeedback?: AlertFeedback | null, usefulCount: number, noiseCount: number, createdAt: string, samples: Array<{ id: string, title: string, url?: string | null, language: string, publishedAt: string, sentimentLabel: string, sentimentScore: number }> } };

export type GiveAlertFeedbackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  verdict: AlertFeedback;
}>;


export type GiveAlertFeedbackMutation = { giveAlertFeedback: { id: string, ruleId: string, ruleName: string, subject: string, termId?: string | null, watchlistId?: string | null, kind: AlertKind, measure: AlertMeasure, preset: AlertPreset, minute: string, windowStart: string, windowMinutes: number, windowItems: number, observed: number, expected: number, strength: number, sentimentMean?: number | null, negativeShare?: number | null, status: AlertStatus, statusAt?: string | null, myFeedback?: AlertFeedback | null, usefulCount: number, noiseCount: number, createdAt: string, samples: Array<{ id: string, title: string, url?: string | null, language: string, publishedAt: string, sentimentLabel: string, sentimentScore: number }> } };

export type SetAlertStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: AlertStatus;
}>;


export type SetAlertStatusMutation = { setAlertStatus: { id: string, ruleId: string, ruleName: string, subject: string, termId?: string | null, watchlistId?: string | null, kind: AlertKind, measure: AlertMeasure, preset: AlertPreset, minute: string, windowStart: string, windowMinutes: number, windowItems: number, observed: number, expected: number, strength: number, sentimentMean?: number | null, negativeShare?: number | null, status: AlertStatus, statusAt?: string | null, myFeedback?: AlertFeedback | null, usefulCount: number, noiseCount: number, createdAt: string, samples: Array<{ id: string, title: string, url?: string | null, language: string, publishedAt: string, sentimentLabel: string, sentimentScore: number }> } };

export type AlertRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRulesQuery = { alertRules: Array<{ id: string, name: string, termId?: string | null, watchlistId?: string | null, keywords?: string | null, sentimentMaxMean?: number | null, negativeShareMin?: number | null, kinds: Array<AlertKind>, preset: AlertPreset, cooldownMinutes?: number | null, timeZone: string, enabled: boolean, departmentIds: Array<string>, personIds: Array<string>, multiplier: number, usefulCount: number, noiseCount: number, warmUpEndsAt?: string | null, updatedAt: string, people: Array<{ id: string, displayName: string }> }>, watchlists: Array<{ id: string, name: string, department?: { id: string } | null, terms: Array<{ id: string, label: string }> }>, departments: Array<{ id: string, nameFr: string, nameEn: string }> };

export type AlertRulePeopleQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type AlertRulePeopleQuery = { users: { nodes: Array<{ id: string, displayName: string }> } };

export type CreateAlertRuleMutationVariables = Exact<{
  input: AlertRuleInput;
}>;


export type CreateAlertRuleMutation = { createAlertRule: { id: string, name: string, termId?: string | null, watchlistId?: string | null, keywords?: string | null, sentimentMaxMean?: number | null, negativeShareMin?: number | null, kinds: Array<AlertKind>, preset: AlertPreset, cooldownMinutes?: number | null, timeZone: string, enabled: boolean, departmentIds: Array<string>, personIds: Array<string>, multiplier: number, usefulCount: number, noiseCount: number, warmUpEndsAt?: string | null, updatedAt: string, people: Array<{ id: string, displayName: string }> } };

export type UpdateAlertRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AlertRuleInput;
}>;


export type UpdateAlertRuleMutation = { updateAlertRule: { id: string, name: string, termId?: string | null, watchlistId?: string | null, keywords?: string | null, sentimentMaxMean?: number | null, negativeShareMin?: number | null, kinds: Array<AlertKind>, preset: AlertPreset, cooldownMinutes?: number | null, timeZone: string, enabled: boolean, departmentIds: Array<string>, personIds: Array<string>, multiplier: number, usefulCount: number, noiseCount: number, warmUpEndsAt?: string | null, updatedAt: string, people: Array<{ id: string, displayName: string }> } };

export type DeleteAlertRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAlertRuleMutation = { deleteAlertRule: boolean };

export type BacktestAlertRuleQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  rule?: InputMaybe<AlertRuleInput>;
}>;


export type BacktestAlertRuleQuery = { backtestAlertRule: { fired: number, from: string, to: string, historyFrom: string, minutesWithData: number, alerts: Array<{ minute: string, kind: AlertKind, measure: AlertMeasure, observed: number, expected: number, strength: number, windowMinutes: number, sentimentMean?: number | null, negativeShare?: number | null }> } };

export type AuthOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthOptionsQuery = { authOptions: { mode: AuthMode, samlLoginUrl?: string | null, demoUsers: Array<{ id: string, displayName: string, jobTitle: string, role: Role, locale: Locale, departmentNameFr?: string | null, departmentNameEn?: string | null }> } };

export type CommentItemFragment = { id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, author?: { id: string, displayName: string } | null };

export type CommentThreadFragment = { id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, replies: Array<{ id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, author?: { id: string, displayName: string } | null }>, author?: { id: string, displayName: string } | null };

export type CommentsQueryVariables = Exact<{
  ideaId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommentsQuery = { comments: { totalCount: number, nodes: Array<{ id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, replies: Array<{ id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, author?: { id: string, displayName: string } | null }>, author?: { id: string, displayName: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type CommentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommentQuery = { comment: { id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, replies: Array<{ id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, author?: { id: string, displayName: string } | null }>, author?: { id: string, displayName: string } | null } };

export type CommentRevisionsQueryVariables = Exact<{
  commentId: Scalars['ID']['input'];
}>;


export type CommentRevisionsQuery = { commentRevisions: Array<{ id: string, bodyHtml: string, writtenAt: string, replacedAt: string }> };

export type CommentPreviewQueryVariables = Exact<{
  body: Scalars['String']['input'];
}>;


export type CommentPreviewQuery = { commentPreview: string };

export type MentionCandidatesQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type MentionCandidatesQuery = { users: { nodes: Array<{ id: string, displayName: string, jobTitle: string }> } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { addComment: { id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, replies: Array<{ id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, author?: { id: string, displayName: string } | null }>, author?: { id: string, displayName: string } | null } };

export type EditCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type EditCommentMutation = { editComment: { id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, replies: Array<{ id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, author?: { id: string, displayName: string } | null }>, author?: { id: string, displayName: string } | null } };

export type DeleteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCommentMutation = { deleteComment: { id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, replies: Array<{ id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, author?: { id: string, displayName: string } | null }>, author?: { id: string, displayName: string } | null } };

export type HideCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HideCommentMutation = { hideComment: { id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, replies: Array<{ id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, author?: { id: string, displayName: string } | null }>, author?: { id: string, displayName: string } | null } };

export type RestoreCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreCommentMutation = { restoreComment: { id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, replies: Array<{ id: string, ideaId: string, parentId?: string | null, body?: string | null, bodyHtml?: string | null, isAnonymous: boolean, isIdeaAuthor: boolean, isMine: boolean, createdAt: string, editedAt?: string | null, isDeleted: boolean, isHidden: boolean, viewerCanEdit: boolean, viewerCanDelete: boolean, viewerCanModerate: boolean, author?: { id: string, displayName: string } | null }>, author?: { id: string, displayName: string } | null } };

export type FollowStateItemFragment = { subjectType: FollowSubject, subjectId: string, following: boolean, followerCount: number };

export type FollowMutationVariables = Exact<{
  subjectType: FollowSubject;
  subjectId: Scalars['ID']['input'];
}>;


export type FollowMutation = { follow: { subjectType: FollowSubject, subjectId: string, following: boolean, followerCount: number } };

export type UnfollowMutationVariables = Exact<{
  subjectType: FollowSubject;
  subjectId: Scalars['ID']['input'];
}>;


export type UnfollowMutation = { unfollow: { subjectType: FollowSubject, subjectId: string, following: boolean, followerCount: number } };

export type IdeaFollowStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IdeaFollowStateQuery = { idea: { id: string, isFollowing: boolean, followerCount: number } };

export type CampaignFollowStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignFollowStateQuery = { campaign: { id: string, isFollowing: boolean, followerCount: number } };

export type StageSummaryFragment = { id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number };

export type DepartmentNameFragment = { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string };

export type CampaignSummaryFragment = { id: string, title: string, status: CampaignStatus, opensAt: string, closesAt: string, audience: CampaignAudience, voteBudget?: number | null, myRemainingVotes?: number | null, hideCountsUntilVoted: boolean, ideaCount: number, viewerCanRun: boolean, viewerCanParticipate: boolean, department: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } };

export type CampaignDetailsFragment = { description: string, descriptionHtml: string, createdAt: string, viewerCanModerate: boolean, id: string, title: string, status: CampaignStatus, opensAt: string, closesAt: string, audience: CampaignAudience, voteBudget?: number | null, myRemainingVotes?: number | null, hideCountsUntilVoted: boolean, ideaCount: number, viewerCanRun: boolean, viewerCanParticipate: boolean, createdBy?: { id: string, displayName: string } | null, audienceDepartments: Array<{ id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string }>, stages: Array<{ id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }>, department: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } };

export type RankPartsFragment = { up: number, down: number, net: number, wilsonLowerBound: number, ageHours: number, hot: number, controversy: number, commentCount: number };

export type IdeaCardFragment = { id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, countsHidden: boolean, upVotes?: number | null, downVotes?: number | null, myVote?: VoteValue | null, commentCount: number, createdAt: string, author?: { id: string, displayName: string } | null, stage: { id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, rankExplanation?: { up: number, down: number, net: number, wilsonLowerBound: number, ageHours: number, hot: number, controversy: number, commentCount: number } | null };

export type IdeaDetailsFragment = { bodyHtml: string, updatedAt: string, lastActivityAt: string, mergedIntoId?: string | null, id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, countsHidden: boolean, upVotes?: number | null, downVotes?: number | null, myVote?: VoteValue | null, commentCount: number, createdAt: string, campaign: { description: string, descriptionHtml: string, createdAt: string, viewerCanModerate: boolean, id: string, title: string, status: CampaignStatus, opensAt: string, closesAt: string, audience: CampaignAudience, voteBudget?: number | null, myRemainingVotes?: number | null, hideCountsUntilVoted: boolean, ideaCount: number, viewerCanRun: boolean, viewerCanParticipate: boolean, createdBy?: { id: string, displayName: string } | null, audienceDepartments: Array<{ id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string }>, stages: Array<{ id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }>, department: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } }, author?: { id: string, displayName: string } | null, stage: { id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, rankExplanation?: { up: number, down: number, net: number, wilsonLowerBound: number, ageHours: number, hot: number, controversy: number, commentCount: number } | null };

export type CampaignsQueryVariables = Exact<{
  status?: InputMaybe<CampaignStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CampaignsQuery = { campaigns: { totalCount: number, pageInfo: { endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, status: CampaignStatus, opensAt: string, closesAt: string, audience: CampaignAudience, voteBudget?: number | null, myRemainingVotes?: number | null, hideCountsUntilVoted: boolean, ideaCount: number, viewerCanRun: boolean, viewerCanParticipate: boolean, department: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } }> } };

export type CampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignQuery = { campaign: { description: string, descriptionHtml: string, createdAt: string, viewerCanModerate: boolean, id: string, title: string, status: CampaignStatus, opensAt: string, closesAt: string, audience: CampaignAudience, voteBudget?: number | null, myRemainingVotes?: number | null, hideCountsUntilVoted: boolean, ideaCount: number, viewerCanRun: boolean, viewerCanParticipate: boolean, createdBy?: { id: string, displayName: string } | null, audienceDepartments: Array<{ id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string }>, stages: Array<{ id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }>, department: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } } };

export type CampaignFormQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignFormQuery = { departments: Array<{ id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string }> };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { description: string, descriptionHtml: string, createdAt: string, viewerCanModerate: boolean, id: string, title: string, status: CampaignStatus, opensAt: string, closesAt: string, audience: CampaignAudience, voteBudget?: number | null, myRemainingVotes?: number | null, hideCountsUntilVoted: boolean, ideaCount: number, viewerCanRun: boolean, viewerCanParticipate: boolean, createdBy?: { id: string, displayName: string } | null, audienceDepartments: Array<{ id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string }>, stages: Array<{ id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }>, department: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } } };

export type UpdateCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { updateCampaign: { description: string, descriptionHtml: string, createdAt: string, viewerCanModerate: boolean, id: string, title: string, status: CampaignStatus, opensAt: string, closesAt: string, audience: CampaignAudience, voteBudget?: number | null, myRemainingVotes?: number | null, hideCountsUntilVoted: boolean, ideaCount: number, viewerCanRun: boolean, viewerCanParticipate: boolean, createdBy?: { id: string, displayName: string } | null, audienceDepartments: Array<{ id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string }>, stages: Array<{ id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }>, department: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } } };

export type BoardQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  sort: IdeaSort;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BoardQuery = { ideas: { totalCount: number, countsHidden: boolean, sort: IdeaSort, pageInfo: { endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, countsHidden: boolean, upVotes?: number | null, downVotes?: number | null, myVote?: VoteValue | null, commentCount: number, createdAt: string, author?: { id: string, displayName: string } | null, stage: { id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, rankExplanation?: { up: number, down: number, net: number, wilsonLowerBound: number, ageHours: number, hot: number, controversy: number, commentCount: number } | null }> } };

export type BoardIdeaQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BoardIdeaQuery = { idea: { id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, countsHidden: boolean, upVotes?: number | null, downVotes?: number | null, myVote?: VoteValue | null, commentCount: number, createdAt: string, author?: { id: string, displayName: string } | null, stage: { id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, rankExplanation?: { up: number, down: number, net: number, wilsonLowerBound: number, ageHours: number, hot: number, controversy: number, commentCount: number } | null } };

export type IdeaQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IdeaQuery = { idea: { bodyHtml: string, updatedAt: string, lastActivityAt: string, mergedIntoId?: string | null, id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, countsHidden: boolean, upVotes?: number | null, downVotes?: number | null, myVote?: VoteValue | null, commentCount: number, createdAt: string, campaign: { description: string, descriptionHtml: string, createdAt: string, viewerCanModerate: boolean, id: string, title: string, status: CampaignStatus, opensAt: string, closesAt: string, audience: CampaignAudience, voteBudget?: number | null, myRemainingVotes?: number | null, hideCountsUntilVoted: boolean, ideaCount: number, viewerCanRun: boolean, viewerCanParticipate: boolean, createdBy?: { id: string, displayName: string } | null, audienceDepartments: Array<{ id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string }>, stages: Array<{ id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }>, department: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } }, author?: { id: string, displayName: string } | null, stage: { id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, rankExplanation?: { up: number, down: number, net: number, wilsonLowerBound: number, ageHours: number, hot: number, controversy: number, commentCount: number } | null } };

export type CreateIdeaMutationVariables = Exact<{
  input: CreateIdeaInput;
}>;


export type CreateIdeaMutation = { createIdea: { bodyHtml: string, updatedAt: string, lastActivityAt: string, mergedIntoId?: string | null, id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, countsHidden: boolean, upVotes?: number | null, downVotes?: number | null, myVote?: VoteValue | null, commentCount: number, createdAt: string, campaign: { description: string, descriptionHtml: string, createdAt: string, viewerCanModerate: boolean, id: string, title: string, status: CampaignStatus, opensAt: string, closesAt: string, audience: CampaignAudience, voteBudget?: number | null, myRemainingVotes?: number | null, hideCountsUntilVoted: boolean, ideaCount: number, viewerCanRun: boolean, viewerCanParticipate: boolean, createdBy?: { id: string, displayName: string } | null, audienceDepartments: Array<{ id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string }>, stages: Array<{ id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }>, department: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } }, author?: { id: string, displayName: string } | null, stage: { id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, rankExplanation?: { up: number, down: number, net: number, wilsonLowerBound: number, ageHours: number, hot: number, controversy: number, commentCount: number } | null } };

export type UpdateIdeaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateIdeaInput;
}>;


export type UpdateIdeaMutation = { updateIdea: { bodyHtml: string, updatedAt: string, lastActivityAt: string, mergedIntoId?: string | null, id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, countsHidden: boolean, upVotes?: number | null, downVotes?: number | null, myVote?: VoteValue | null, commentCount: number, createdAt: string, campaign: { description: string, descriptionHtml: string, createdAt: string, viewerCanModerate: boolean, id: string, title: string, status: CampaignStatus, opensAt: string, closesAt: string, audience: CampaignAudience, voteBudget?: number | null, myRemainingVotes?: number | null, hideCountsUntilVoted: boolean, ideaCount: number, viewerCanRun: boolean, viewerCanParticipate: boolean, createdBy?: { id: string, displayName: string } | null, audienceDepartments: Array<{ id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string }>, stages: Array<{ id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }>, department: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } }, author?: { id: string, displayName: string } | null, stage: { id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, rankExplanation?: { up: number, down: number, net: number, wilsonLowerBound: number, ageHours: number, hot: number, controversy: number, commentCount: number } | null } };

export type VoteMutationVariables = Exact<{
  ideaId: Scalars['ID']['input'];
  value: VoteValue;
}>;


export type VoteMutation = { vote: { remainingVotes?: number | null, idea: { id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, countsHidden: boolean, upVotes?: number | null, downVotes?: number | null, myVote?: VoteValue | null, commentCount: number, createdAt: string, author?: { id: string, displayName: string } | null, stage: { id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, rankExplanation?: { up: number, down: number, net: number, wilsonLowerBound: number, ageHours: number, hot: number, controversy: number, commentCount: number } | null } } };

export type RetractVoteMutationVariables = Exact<{
  ideaId: Scalars['ID']['input'];
}>;


export type RetractVoteMutation = { retractVote: { remainingVotes?: number | null, idea: { id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, countsHidden: boolean, upVotes?: number | null, downVotes?: number | null, myVote?: VoteValue | null, commentCount: number, createdAt: string, author?: { id: string, displayName: string } | null, stage: { id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, rankExplanation?: { up: number, down: number, net: number, wilsonLowerBound: number, ageHours: number, hot: number, controversy: number, commentCount: number } | null } } };

export type CampaignCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignCountsQuery = { open: { totalCount: number }, upcoming: { totalCount: number }, closed: { totalCount: number } };

export type SimilarIdeasQueryVariables = Exact<{
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  body?: InputMaybe<Scalars['String']['input']>;
  excludeIdeaId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SimilarIdeasQuery = { similarIdeas: Array<{ score: number, idea: { id: string, title: string, commentCount: number, upVotes?: number | null, countsHidden: boolean, stage: { id: string, key: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, campaign: { id: string } } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { email: string, locale: Locale, createdAt: string, lastLoginAt?: string | null, id: string, displayName: string, jobTitle: string, role: Role, isHubMember: boolean, department?: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } | null }, organisation: { name: string, hubModel: HubModel, defaultLocale: Locale } };

export type UpdateMyPreferencesMutationVariables = Exact<{
  input: UpdateMyPreferencesInput;
}>;


export type UpdateMyPreferencesMutation = { updateMyPreferences: { email: string, locale: Locale, createdAt: string, lastLoginAt?: string | null, id: string, displayName: string, jobTitle: string, role: Role, isHubMember: boolean, department?: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } | null } };

export type IdeaLinkRowFragment = { id: string, kind: IdeaLinkKind, direction: IdeaLinkDirection, idea: { id: string, title: string, campaign: { id: string, title: string } } };

export type IdeaModerationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IdeaModerationQuery = { idea: { id: string, title: string, isMine: boolean, hiddenAt?: string | null, mergedIntoId?: string | null, flagCount?: number | null, myFlag?: FlagReason | null, viewerCanModerate: boolean, campaign: { id: string, title: string }, links: Array<{ id: string, kind: IdeaLinkKind, direction: IdeaLinkDirection, idea: { id: string, title: string, campaign: { id: string, title: string } } }> } };

export type ModerationQueueQueryVariables = Exact<{
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ModerationStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ModerationQueueQuery = { moderationQueue: { totalCount: number, nodes: Array<{ openFlags: number, lastFlaggedAt?: string | null, reasons: Array<{ reason: FlagReason, count: number }>, campaign: { id: string, title: string }, idea: { id: string, title: string, hiddenAt?: string | null, isAnonymous: boolean, createdAt: string, author?: { id: string, displayName: string } | null } }> } };

export type IdeaCandidatesQueryVariables = Exact<{
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  excludeIdeaId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type IdeaCandidatesQuery = { similarIdeas: Array<{ score: number, idea: { id: string, title: string, campaign: { id: string, title: string } } }> };

export type FlagIdeaMutationVariables = Exact<{
  ideaId: Scalars['ID']['input'];
  reason: FlagReason;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type FlagIdeaMutation = { flagIdea: { id: string, myFlag?: FlagReason | null } };

export type UnflagIdeaMutationVariables = Exact<{
  ideaId: Scalars['ID']['input'];
}>;


export type UnflagIdeaMutation = { unflagIdea: { id: string, myFlag?: FlagReason | null } };

export type HideIdeaMutationVariables = Exact<{
  ideaId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type HideIdeaMutation = { hideIdea: { id: string, hiddenAt?: string | null, flagCount?: number | null } };

export type RestoreIdeaMutationVariables = Exact<{
  ideaId: Scalars['ID']['input'];
}>;


export type RestoreIdeaMutation = { restoreIdea: { id: string, hiddenAt?: string | null, flagCount?: number | null } };

export type DismissIdeaFlagsMutationVariables = Exact<{
  ideaId: Scalars['ID']['input'];
}>;


export type DismissIdeaFlagsMutation = { dismissIdeaFlags: { id: string, flagCount?: number | null } };

export type MergeIdeasMutationVariables = Exact<{
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
}>;


export type MergeIdeasMutation = { mergeIdeas: { movedVotes: number, mergedVotes: number, refundedVotes: number, target: { id: string, title: string, campaign: { id: string } } } };

export type LinkIdeasMutationVariables = Exact<{
  fromIdeaId: Scalars['ID']['input'];
  toIdeaId: Scalars['ID']['input'];
  kind: IdeaLinkKind;
}>;


export type LinkIdeasMutation = { linkIdeas: { id: string, kind: IdeaLinkKind, direction: IdeaLinkDirection, idea: { id: string, title: string, campaign: { id: string, title: string } } } };

export type UnlinkIdeasMutationVariables = Exact<{
  linkId: Scalars['ID']['input'];
}>;


export type UnlinkIdeasMutation = { unlinkIdeas: boolean };

export type NotificationItemFragment = { id: string, kind: string, payload: any, subjectType?: string | null, subjectId?: string | null, createdAt: string, readAt?: string | null };

export type NotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly: Scalars['Boolean']['input'];
}>;


export type NotificationsQuery = { notifications: { nodes: Array<{ id: string, kind: string, payload: any, subjectType?: string | null, subjectId?: string | null, createdAt: string, readAt?: string | null }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number, notFound: number, unreadCount: number } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: { marked: number, notFound: number, unreadCount: number } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: Array<{ kind: string, inApp: boolean, defaultInApp: boolean }> };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: Array<NotificationPreferenceInput> | NotificationPreferenceInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: Array<{ kind: string, inApp: boolean, defaultInApp: boolean }> };

export type DepartmentSummaryFragment = { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string, descriptionFr: string, descriptionEn: string, memberCount: number };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string, descriptionFr: string, descriptionEn: string, memberCount: number }> };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { organisation: { name: string, hubModel: HubModel }, departments: Array<{ id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string, descriptionFr: string, descriptionEn: string, memberCount: number }> };

export type PairwiseProgressPartsFragment = { campaignId: string, answered: number, skipped: number, totalPairs: number, remaining: number, canAnswer: boolean, rankingVisible: boolean };

export type PairIdeaFragment = { id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, author?: { id: string, displayName: string } | null };

export type NextPairQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type NextPairQuery = { nextPair?: { token: string, expiresAt: string, a: { id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, author?: { id: string, displayName: string } | null }, b: { id: string, title: string, body: string, tags: Array<string>, isAnonymous: boolean, isMine: boolean, author?: { id: string, displayName: string } | null }, progress: { campaignId: string, answered: number, skipped: number, totalPairs: number, remaining: number, canAnswer: boolean, rankingVisible: boolean } } | null };

export type MyPairwiseProgressQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type MyPairwiseProgressQuery = { myPairwiseProgress: { campaignId: string, answered: number, skipped: number, totalPairs: number, remaining: number, canAnswer: boolean, rankingVisible: boolean } };

export type AnswerPairMutationVariables = Exact<{
  token: Scalars['ID']['input'];
  outcome: PairwiseOutcome;
}>;


export type AnswerPairMutation = { answerPair: { replayed: boolean, progress: { campaignId: string, answered: number, skipped: number, totalPairs: number, remaining: number, canAnswer: boolean, rankingVisible: boolean } } };

export type PairwiseRankingQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type PairwiseRankingQuery = { pairwiseRanking: { campaignId: string, hidden: boolean, rows: Array<{ rank: number, score: number, low: number, high: number, comparisons: number, wins: number, ties: number, idea: { id: string, title: string } }>, participation: { participants: number, answers: number, comparisons: number, comparisonsPerIdea: { min: number, median: number, max: number } } } };

export type CriterionDetailsFragment = { id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null };

export type ReviewerNameFragment = { id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null };

export type ScorecardDetailsFragment = { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> };

export type PipelineStageFragment = { id: string, key: string, kind: StageKind, position: number, nameFr: string, nameEn: string, ideaCount: number, scorecard?: { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } | null };

export type PipelineCampaignFragment = { id: string, title: string, viewerCanRun: boolean, stages: Array<{ id: string, key: string, kind: StageKind, position: number, nameFr: string, nameEn: string, ideaCount: number, scorecard?: { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } | null }> };

export type PipelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PipelineQuery = { campaign: { id: string, title: string, viewerCanRun: boolean, stages: Array<{ id: string, key: string, kind: StageKind, position: number, nameFr: string, nameEn: string, ideaCount: number, scorecard?: { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } | null }> } };

export type RenameStageMutationVariables = Exact<{
  stageId: Scalars['ID']['input'];
  input: RenameStageInput;
}>;


export type RenameStageMutation = { renameStage: { id: string, title: string, viewerCanRun: boolean, stages: Array<{ id: string, key: string, kind: StageKind, position: number, nameFr: string, nameEn: string, ideaCount: number, scorecard?: { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } | null }> } };

export type AddStageMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  input: AddStageInput;
}>;


export type AddStageMutation = { addStage: { id: string, title: string, viewerCanRun: boolean, stages: Array<{ id: string, key: string, kind: StageKind, position: number, nameFr: string, nameEn: string, ideaCount: number, scorecard?: { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } | null }> } };

export type ReorderStagesMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  stageIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReorderStagesMutation = { reorderStages: { id: string, title: string, viewerCanRun: boolean, stages: Array<{ id: string, key: string, kind: StageKind, position: number, nameFr: string, nameEn: string, ideaCount: number, scorecard?: { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } | null }> } };

export type RemoveStageMutationVariables = Exact<{
  stageId: Scalars['ID']['input'];
  moveIdeasTo?: InputMaybe<Scalars['ID']['input']>;
}>;


export type RemoveStageMutation = { removeStage: { id: string, title: string, viewerCanRun: boolean, stages: Array<{ id: string, key: string, kind: StageKind, position: number, nameFr: string, nameEn: string, ideaCount: number, scorecard?: { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } | null }> } };

export type SetStageScorecardMutationVariables = Exact<{
  stageId: Scalars['ID']['input'];
  input: ScorecardInput;
}>;


export type SetStageScorecardMutation = { setStageScorecard: { id: string, key: string, kind: StageKind, position: number, nameFr: string, nameEn: string, ideaCount: number, scorecard?: { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } | null } };

export type RemoveStageScorecardMutationVariables = Exact<{
  stageId: Scalars['ID']['input'];
}>;


export type RemoveStageScorecardMutation = { removeStageScorecard: { id: string, key: string, kind: StageKind, position: number, nameFr: string, nameEn: string, ideaCount: number, scorecard?: { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } | null } };

export type SetStageReviewersMutationVariables = Exact<{
  stageId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SetStageReviewersMutation = { setStageReviewers: { id: string, key: string, kind: StageKind, position: number, nameFr: string, nameEn: string, ideaCount: number, scorecard?: { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } | null } };

export type ReviewerSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type ReviewerSearchQuery = { users: { nodes: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } };

export type ReviewDetailsFragment = { id: string, stageId: string, note: string, weightedScore?: number | null, createdAt: string, updatedAt: string, answers: Array<{ criterionId: string, score?: number | null, amount?: number | null, notApplicable: boolean }>, reviewer?: { id: string, displayName: string } | null };

export type ReviewSummaryDetailsFragment = { stageId: string, reviewCount: number, assignedCount: number, assignedIn: number, weightedMean?: number | null, spread?: number | null, minScore?: number | null, maxScore?: number | null, scaleMax: number, criteria: Array<{ mean?: number | null, median?: number | null, answered: number, notApplicable: number, min?: number | null, max?: number | null, criterion: { id: string, kind: CriterionKind, labelFr: string, labelEn: string, currency?: string | null, weight?: number | null } }> };

export type ReviewIdeaFragment = { id: string, title: string, bodyHtml: string, tags: Array<string>, isAnonymous: boolean, createdAt: string, viewerCanReview: boolean, author?: { id: string, displayName: string } | null, stage: { id: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, myReview?: { id: string, stageId: string, note: string, weightedScore?: number | null, createdAt: string, updatedAt: string, answers: Array<{ criterionId: string, score?: number | null, amount?: number | null, notApplicable: boolean }>, reviewer?: { id: string, displayName: string } | null } | null, reviewSummary?: { stageId: string, reviewCount: number, assignedCount: number, assignedIn: number, weightedMean?: number | null, spread?: number | null, minScore?: number | null, maxScore?: number | null, scaleMax: number, criteria: Array<{ mean?: number | null, median?: number | null, answered: number, notApplicable: number, min?: number | null, max?: number | null, criterion: { id: string, kind: CriterionKind, labelFr: string, labelEn: string, currency?: string | null, weight?: number | null } }> } | null, reviews: Array<{ id: string, stageId: string, note: string, weightedScore?: number | null, createdAt: string, updatedAt: string, answers: Array<{ criterionId: string, score?: number | null, amount?: number | null, notApplicable: boolean }>, reviewer?: { id: string, displayName: string } | null }> };

export type CampaignReviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignReviewQuery = { campaign: { id: string, title: string, viewerCanRun: boolean, stages: Array<{ id: string, kind: StageKind, position: number, nameFr: string, nameEn: string, scorecard?: { stageId: string, scaleMax: number, autoAdvance: boolean, advanceThreshold?: number | null, declineThreshold?: number | null, allowVolunteers: boolean, viewerIsReviewer: boolean, criteria: Array<{ id: string, position: number, kind: CriterionKind, labelFr: string, labelEn: string, descriptionFr: string, descriptionEn: string, weight?: number | null, currency?: string | null }>, reviewers: Array<{ id: string, displayName: string, jobTitle: string, department?: { id: string, nameFr: string, nameEn: string } | null }> } | null }> }, reviewQueue: Array<{ id: string, title: string, bodyHtml: string, tags: Array<string>, isAnonymous: boolean, createdAt: string, viewerCanReview: boolean, author?: { id: string, displayName: string } | null, stage: { id: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, myReview?: { id: string, stageId: string, note: string, weightedScore?: number | null, createdAt: string, updatedAt: string, answers: Array<{ criterionId: string, score?: number | null, amount?: number | null, notApplicable: boolean }>, reviewer?: { id: string, displayName: string } | null } | null, reviewSummary?: { stageId: string, reviewCount: number, assignedCount: number, assignedIn: number, weightedMean?: number | null, spread?: number | null, minScore?: number | null, maxScore?: number | null, scaleMax: number, criteria: Array<{ mean?: number | null, median?: number | null, answered: number, notApplicable: number, min?: number | null, max?: number | null, criterion: { id: string, kind: CriterionKind, labelFr: string, labelEn: string, currency?: string | null, weight?: number | null } }> } | null, reviews: Array<{ id: string, stageId: string, note: string, weightedScore?: number | null, createdAt: string, updatedAt: string, answers: Array<{ criterionId: string, score?: number | null, amount?: number | null, notApplicable: boolean }>, reviewer?: { id: string, displayName: string } | null }> }> };

export type SubmitReviewMutationVariables = Exact<{
  ideaId: Scalars['ID']['input'];
  input: SubmitReviewInput;
}>;


export type SubmitReviewMutation = { submitReview: { review: { id: string, stageId: string, note: string, weightedScore?: number | null, createdAt: string, updatedAt: string, answers: Array<{ criterionId: string, score?: number | null, amount?: number | null, notApplicable: boolean }>, reviewer?: { id: string, displayName: string } | null }, idea: { id: string, title: string, bodyHtml: string, tags: Array<string>, isAnonymous: boolean, createdAt: string, viewerCanReview: boolean, author?: { id: string, displayName: string } | null, stage: { id: string, kind: StageKind, nameFr: string, nameEn: string, position: number }, myReview?: { id: string, stageId: string, note: string, weightedScore?: number | null, createdAt: string, updatedAt: string, answers: Array<{ criterionId: string, score?: number | null, amount?: number | null, notApplicable: boolean }>, reviewer?: { id: string, displayName: string } | null } | null, reviewSummary?: { stageId: string, reviewCount: number, assignedCount: number, assignedIn: number, weightedMean?: number | null, spread?: number | null, minScore?: number | null, maxScore?: number | null, scaleMax: number, criteria: Array<{ mean?: number | null, median?: number | null, answered: number, notApplicable: number, min?: number | null, max?: number | null, criterion: { id: string, kind: CriterionKind, labelFr: string, labelEn: string, currency?: string | null, weight?: number | null } }> } | null, reviews: Array<{ id: string, stageId: string, note: string, weightedScore?: number | null, createdAt: string, updatedAt: string, answers: Array<{ criterionId: string, score?: number | null, amount?: number | null, notApplicable: boolean }>, reviewer?: { id: string, displayName: string } | null }> }, movedTo?: { id: string, kind: StageKind, nameFr: string, nameEn: string } | null } };

export type MyReviewQueueQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyReviewQueueQuery = { reviewsAssignedToMe: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, byCampaign: Array<{ pending: number, campaign: { id: string, title: string } }>, nodes: Array<{ id: string, title: string, createdAt: string, isAnonymous: boolean, campaign: { id: string, title: string }, stage: { id: string, nameFr: string, nameEn: string } }> } };

export type MyReviewCountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReviewCountQuery = { reviewsAssignedToMe: { totalCount: number } };

export type IdeaReviewPanelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IdeaReviewPanelQuery = { idea: { id: string, viewerCanReview: boolean, campaign: { id: string }, stage: { id: string, nameFr: string, nameEn: string }, myReview?: { id: string, updatedAt: string } | null, reviewSummary?: { stageId: string, reviewCount: number, assignedCount: number, assignedIn: number, weightedMean?: number | null, spread?: number | null, minScore?: number | null, maxScore?: number | null, scaleMax: number, criteria: Array<{ mean?: number | null, median?: number | null, answered: number, notApplicable: number, min?: number | null, max?: number | null, criterion: { id: string, kind: CriterionKind, labelFr: string, labelEn: string, currency?: string | null, weight?: number | null } }> } | null, reviews: Array<{ id: string, stageId: string, note: string, weightedScore?: number | null, createdAt: string, updatedAt: string, answers: Array<{ criterionId: string, score?: number | null, amount?: number | null, notApplicable: boolean }>, reviewer?: { id: string, displayName: string } | null }> } };

export type SignalDepartmentFragment = { id: string, nameFr: string, nameEn: string };

export type SignalTermRowFragment = { id: string, label: string, query: string, watchlistId: string };

export type SignalItemRowFragment = { id: string, storyId: string, title: string, text: string, url?: string | null, language: string, publishedAt: string, sentiment: SignalSentiment, sentimentScore: number, sentimentOrigin: SignalSentimentOrigin, copyCount: number, authors: Array<string>, source?: { id: string, name: string, kind: SignalSourceKind } | null, terms: Array<{ id: string, label: string, watchlistId: string }> };

export type SignalSourceRowFragment = { id: string, kind: SignalSourceKind, name: string, url?: string | null, health: SignalSourceHealth, consecutiveFailures: number, lastError?: string | null, lastPolledAt?: string | null, lastSuccessAt?: string | null, nextPollAt?: string | null, pollIntervalSeconds?: number | null, itemCount: number, webhookPath?: string | null, createdAt: string, department?: { id: string, nameFr: string, nameEn: string } | null };

export type SignalWatchlistRowFragment = { id: string, name: string, createdAt: string, department?: { id: string, nameFr: string, nameEn: string } | null, terms: Array<{ id: string, label: string, query: string, watchlistId: string }> };

export type SignalDashboardOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignalDashboardOptionsQuery = { signalSources: Array<{ id: string, name: string, kind: SignalSourceKind, department?: { id: string } | null }>, watchlists: Array<{ id: string, name: string, department?: { id: string } | null, terms: Array<{ id: string, label: string, watchlistId: string }> }>, departments: Array<{ id: string, nameFr: string, nameEn: string }> };

export type SignalItemsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SignalItemFilter>;
}>;


export type SignalItemsQuery = { signalItems: { nodes: Array<{ id: string, storyId: string, title: string, text: string, url?: string | null, language: string, publishedAt: string, sentiment: SignalSentiment, sentimentScore: number, sentimentOrigin: SignalSentimentOrigin, copyCount: number, authors: Array<string>, source?: { id: string, name: string, kind: SignalSourceKind } | null, terms: Array<{ id: string, label: string, watchlistId: string }> }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type SignalSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignalSourcesQuery = { signalSources: Array<{ id: string, kind: SignalSourceKind, name: string, url?: string | null, health: SignalSourceHealth, consecutiveFailures: number, lastError?: string | null, lastPolledAt?: string | null, lastSuccessAt?: string | null, nextPollAt?: string | null, pollIntervalSeconds?: number | null, itemCount: number, webhookPath?: string | null, createdAt: string, department?: { id: string, nameFr: string, nameEn: string } | null }>, departments: Array<{ id: string, nameFr: string, nameEn: string }> };

export type SignalSourceLogQueryVariables = Exact<{
  sourceId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SignalSourceLogQuery = { signalSourceLog: { nodes: Array<{ id: string, at: string, kind: SignalSourceLogKind, message: string, detail?: string | null }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type SignalImportsQueryVariables = Exact<{
  sourceId: Scalars['ID']['input'];
}>;


export type SignalImportsQuery = { signalImports: Array<{ id: string, status: SignalImportStatus, lines: number, stored: number, duplicates: number, refused: number, error?: string | null, startedAt: string, finishedAt?: string | null, report: Array<{ line: number, reason: string }> }> };

export type CreateSignalSourceMutationVariables = Exact<{
  input: CreateSignalSourceInput;
}>;


export type CreateSignalSourceMutation = { createSignalSource: { webhookSecret?: string | null, source: { id: string, kind: SignalSourceKind, name: string, url?: string | null, health: SignalSourceHealth, consecutiveFailures: number, lastError?: string | null, lastPolledAt?: string | null, lastSuccessAt?: string | null, nextPollAt?: string | null, pollIntervalSeconds?: number | null, itemCount: number, webhookPath?: string | null, createdAt: string, department?: { id: string, nameFr: string, nameEn: string } | null } } };

export type UpdateSignalSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSignalSourceInput;
}>;


export type UpdateSignalSourceMutation = { updateSignalSource: { id: string, kind: SignalSourceKind, name: string, url?: string | null, health: SignalSourceHealth, consecutiveFailures: number, lastError?: string | null, lastPolledAt?: string | null, lastSuccessAt?: string | null, nextPollAt?: string | null, pollIntervalSeconds?: number | null, itemCount: number, webhookPath?: string | null, createdAt: string, department?: { id: string, nameFr: string, nameEn: string } | null } };

export type DeleteSignalSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSignalSourceMutation = { deleteSignalSource: boolean };

export type RotateWebhookSecretMutationVariables = Exact<{
  sourceId: Scalars['ID']['input'];
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { webhookSecret?: string | null, source: { id: string, kind: SignalSourceKind, name: string, url?: string | null, health: SignalSourceHealth, consecutiveFailures: number, lastError?: string | null, lastPolledAt?: string | null, lastSuccessAt?: string | null, nextPollAt?: string | null, pollIntervalSeconds?: number | null, itemCount: number, webhookPath?: string | null, createdAt: string, department?: { id: string, nameFr: string, nameEn: string } | null } } };

export type PreviewSourceQueryVariables = Exact<{
  url?: InputMaybe<Scalars['String']['input']>;
  file?: InputMaybe<Scalars['String']['input']>;
  fileName?: InputMaybe<Scalars['String']['input']>;
}>;


export type PreviewSourceQuery = { previewSource: { title?: string | null, link?: string | null, items: Array<{ id?: string | null, title?: string | null, link?: string | null, published?: string | null, text?: string | null, authors: Array<string>, categories: Array<string>, refusedReason?: string | null }>, refused: Array<{ index: number, reason: string }> } };

export type SignalWatchlistsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignalWatchlistsQuery = { watchlists: Array<{ id: string, name: string, createdAt: string, department?: { id: string, nameFr: string, nameEn: string } | null, terms: Array<{ id: string, label: string, query: string, watchlistId: string }> }>, departments: Array<{ id: string, nameFr: string, nameEn: string }> };

export type CreateWatchlistMutationVariables = Exact<{
  input: WatchlistInput;
}>;


export type CreateWatchlistMutation = { createWatchlist: { id: string, name: string, createdAt: string, department?: { id: string, nameFr: string, nameEn: string } | null, terms: Array<{ id: string, label: string, query: string, watchlistId: string }> } };

export type UpdateWatchlistMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: WatchlistInput;
}>;


export type UpdateWatchlistMutation = { updateWatchlist: { id: string, name: string, createdAt: string, department?: { id: string, nameFr: string, nameEn: string } | null, terms: Array<{ id: string, label: string, query: string, watchlistId: string }> } };

export type DeleteWatchlistMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWatchlistMutation = { deleteWatchlist: boolean };

export type AddWatchTermMutationVariables = Exact<{
  watchlistId: Scalars['ID']['input'];
  input: WatchTermInput;
}>;


export type AddWatchTermMutation = { addWatchTerm: { id: string, label: string, query: string, watchlistId: string } };

export type UpdateWatchTermMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: WatchTermInput;
}>;


export type UpdateWatchTermMutation = { updateWatchTerm: { id: string, label: string, query: string, watchlistId: string } };

export type RemoveWatchTermMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveWatchTermMutation = { removeWatchTerm: boolean };

export type AnalyzeTextQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type AnalyzeTextQuery = { analyzeText: { language: string, sentiment: { score: number, label: SignalSentiment, origin: SignalSentimentOrigin }, terms: Array<{ id: string, label: string, watchlistId: string }> } };

export type CorrectSignalSentimentMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  label: SignalSentiment;
}>;


export type CorrectSignalSentimentMutation = { correctSignalSentiment: { id: string, storyId: string, title: string, text: string, url?: string | null, language: string, publishedAt: string, sentiment: SignalSentiment, sentimentScore: number, sentimentOrigin: SignalSentimentOrigin, copyCount: number, authors: Array<string>, source?: { id: string, name: string, kind: SignalSourceKind } | null, terms: Array<{ id: string, label: string, watchlistId: string }> } };

export type PersonSummaryFragment = { id: string, displayName: string, jobTitle: string, role: Role, isHubMember: boolean, department?: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } | null };

export type PersonDetailsFragment = { email: string, locale: Locale, createdAt: string, lastLoginAt?: string | null, id: string, displayName: string, jobTitle: string, role: Role, isHubMember: boolean, department?: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } | null };

export type DirectoryPeopleQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DirectoryPeopleQuery = { users: { totalCount: number, pageInfo: { endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, displayName: string, jobTitle: string, role: Role, isHubMember: boolean, department?: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } | null }> } };

export type PersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonQuery = { user: { email: string, locale: Locale, createdAt: string, lastLoginAt?: string | null, id: string, displayName: string, jobTitle: string, role: Role, isHubMember: boolean, department?: { id: string, code: string, kind: DepartmentKind, nameFr: string, nameEn: string } | null } };

export const OrganisationSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hubModel"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}}]}}]} as unknown as DocumentNode<OrganisationSettingsFragment, unknown>;
export const AlertSampleRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSampleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSample"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentScore"}}]}}]} as unknown as DocumentNode<AlertSampleRowFragment, unknown>;
export const AlertRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"minute"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"windowItems"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeShare"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"noiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSampleRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSampleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSample"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentScore"}}]}}]} as unknown as DocumentNode<AlertRowFragment, unknown>;
export const AlertRuleRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentMaxMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeShareMin"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"personIds"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"noiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"warmUpEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AlertRuleRowFragment, unknown>;
export const CommentItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isIdeaAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"isHidden"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CommentItemFragment, unknown>;
export const CommentThreadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isIdeaAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"isHidden"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CommentThreadFragment, unknown>;
export const FollowStateItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowStateItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}}]}}]} as unknown as DocumentNode<FollowStateItemFragment, unknown>;
export const StageSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<StageSummaryFragment, unknown>;
export const RankPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"down"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"wilsonLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"ageHours"}},{"kind":"Field","name":{"kind":"Name","value":"hot"}},{"kind":"Field","name":{"kind":"Name","value":"controversy"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}}]} as unknown as DocumentNode<RankPartsFragment, unknown>;
export const IdeaCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"countsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"upVotes"}},{"kind":"Field","name":{"kind":"Name","value":"downVotes"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"down"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"wilsonLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"ageHours"}},{"kind":"Field","name":{"kind":"Name","value":"hot"}},{"kind":"Field","name":{"kind":"Name","value":"controversy"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}}]} as unknown as DocumentNode<IdeaCardFragment, unknown>;
export const DepartmentNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<DepartmentNameFragment, unknown>;
export const CampaignSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"voteBudget"}},{"kind":"Field","name":{"kind":"Name","value":"myRemainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"hideCountsUntilVoted"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanParticipate"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<CampaignSummaryFragment, unknown>;
export const CampaignDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audienceDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"voteBudget"}},{"kind":"Field","name":{"kind":"Name","value":"myRemainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"hideCountsUntilVoted"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanParticipate"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<CampaignDetailsFragment, unknown>;
export const IdeaDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"down"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"wilsonLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"ageHours"}},{"kind":"Field","name":{"kind":"Name","value":"hot"}},{"kind":"Field","name":{"kind":"Name","value":"controversy"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"voteBudget"}},{"kind":"Field","name":{"kind":"Name","value":"myRemainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"hideCountsUntilVoted"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanParticipate"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"countsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"upVotes"}},{"kind":"Field","name":{"kind":"Name","value":"downVotes"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audienceDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}}]}}]} as unknown as DocumentNode<IdeaDetailsFragment, unknown>;
export const IdeaLinkRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaLinkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaLinkRowFragment, unknown>;
export const NotificationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationItemFragment, unknown>;
export const DepartmentSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]} as unknown as DocumentNode<DepartmentSummaryFragment, unknown>;
export const PairwiseProgressPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairwiseProgressParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PairwiseProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"totalPairs"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"rankingVisible"}}]}}]} as unknown as DocumentNode<PairwiseProgressPartsFragment, unknown>;
export const PairIdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairIdea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<PairIdeaFragment, unknown>;
export const CriterionDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<CriterionDetailsFragment, unknown>;
export const ReviewerNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ReviewerNameFragment, unknown>;
export const ScorecardDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ScorecardDetailsFragment, unknown>;
export const PipelineStageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}}]} as unknown as DocumentNode<PipelineStageFragment, unknown>;
export const PipelineCampaignFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineCampaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineStage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardDetails"}}]}}]}}]} as unknown as DocumentNode<PipelineCampaignFragment, unknown>;
export const ReviewDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ReviewDetailsFragment, unknown>;
export const ReviewSummaryDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSummaryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedIn"}},{"kind":"Field","name":{"kind":"Name","value":"weightedMean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<ReviewSummaryDetailsFragment, unknown>;
export const ReviewIdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewIdea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"myReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSummaryDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSummaryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedIn"}},{"kind":"Field","name":{"kind":"Name","value":"weightedMean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]} as unknown as DocumentNode<ReviewIdeaFragment, unknown>;
export const SignalItemRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentScore"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"copyCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}}]}}]} as unknown as DocumentNode<SignalItemRowFragment, unknown>;
export const SignalDepartmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalDepartment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<SignalDepartmentFragment, unknown>;
export const SignalSourceRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalSourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"pollIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"webhookPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalDepartment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<SignalSourceRowFragment, unknown>;
export const SignalTermRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalTermRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WatchTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}}]} as unknown as DocumentNode<SignalTermRowFragment, unknown>;
export const SignalWatchlistRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalWatchlistRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Watchlist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalTermRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalDepartment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalTermRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WatchTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}}]} as unknown as DocumentNode<SignalWatchlistRowFragment, unknown>;
export const PersonSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isHubMember"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PersonSummaryFragment, unknown>;
export const PersonDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isHubMember"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PersonDetailsFragment, unknown>;
export const AdminOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hubModel"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}}]}}]} as unknown as DocumentNode<AdminOrganisationQuery, AdminOrganisationQueryVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hubModel"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const SetUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isHubMember"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<SetUserRoleMutation, SetUserRoleMutationVariables>;
export const AlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSampleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSample"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentScore"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"minute"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"windowItems"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeShare"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"noiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSampleRow"}}]}}]}}]} as unknown as DocumentNode<AlertsQuery, AlertsQueryVariables>;
export const AlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSampleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSample"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentScore"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"minute"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"windowItems"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeShare"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"noiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSampleRow"}}]}}]}}]} as unknown as DocumentNode<AlertQuery, AlertQueryVariables>;
export const GiveAlertFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveAlertFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFeedback"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveAlertFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"verdict"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSampleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSample"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentScore"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"minute"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"windowItems"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeShare"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"noiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSampleRow"}}]}}]}}]} as unknown as DocumentNode<GiveAlertFeedbackMutation, GiveAlertFeedbackMutationVariables>;
export const SetAlertStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAlertStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAlertStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertSampleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSample"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentScore"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"minute"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"windowItems"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeShare"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"noiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertSampleRow"}}]}}]}}]} as unknown as DocumentNode<SetAlertStatusMutation, SetAlertStatusMutationVariables>;
export const AlertRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"watchlists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentMaxMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeShareMin"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"personIds"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"noiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"warmUpEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AlertRulesQuery, AlertRulesQueryVariables>;
export const AlertRulePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRulePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AlertRulePeopleQuery, AlertRulePeopleQueryVariables>;
export const CreateAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentMaxMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeShareMin"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"personIds"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"noiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"warmUpEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateAlertRuleMutation, CreateAlertRuleMutationVariables>;
export const UpdateAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"termId"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentMaxMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeShareMin"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"personIds"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"usefulCount"}},{"kind":"Field","name":{"kind":"Name","value":"noiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"warmUpEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateAlertRuleMutation, UpdateAlertRuleMutationVariables>;
export const DeleteAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAlertRuleMutation, DeleteAlertRuleMutationVariables>;
export const BacktestAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BacktestAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRuleInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backtestAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"ruleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fired"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"historyFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minutesWithData"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minute"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"windowMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeShare"}}]}}]}}]}}]} as unknown as DocumentNode<BacktestAlertRuleQuery, BacktestAlertRuleQueryVariables>;
export const AuthOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"samlLoginUrl"}},{"kind":"Field","name":{"kind":"Name","value":"demoUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"departmentNameFr"}},{"kind":"Field","name":{"kind":"Name","value":"departmentNameEn"}}]}}]}}]}}]} as unknown as DocumentNode<AuthOptionsQuery, AuthOptionsQueryVariables>;
export const CommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Comments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isIdeaAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"isHidden"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}}]}}]}}]} as unknown as DocumentNode<CommentsQuery, CommentsQueryVariables>;
export const CommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Comment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isIdeaAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"isHidden"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}}]}}]}}]} as unknown as DocumentNode<CommentQuery, CommentQueryVariables>;
export const CommentRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentRevisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacedAt"}}]}}]}}]} as unknown as DocumentNode<CommentRevisionsQuery, CommentRevisionsQueryVariables>;
export const CommentPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommentPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}]}]}}]} as unknown as DocumentNode<CommentPreviewQuery, CommentPreviewQueryVariables>;
export const MentionCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentionCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]} as unknown as DocumentNode<MentionCandidatesQuery, MentionCandidatesQueryVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isIdeaAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"isHidden"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const EditCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isIdeaAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"isHidden"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}}]}}]}}]} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isIdeaAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"isHidden"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}}]}}]}}]} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const HideCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isIdeaAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"isHidden"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}}]}}]}}]} as unknown as DocumentNode<HideCommentMutation, HideCommentMutationVariables>;
export const RestoreCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isIdeaAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"isHidden"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentItem"}}]}}]}}]} as unknown as DocumentNode<RestoreCommentMutation, RestoreCommentMutationVariables>;
export const FollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Follow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowSubject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"follow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowStateItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowStateItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}}]}}]} as unknown as DocumentNode<FollowMutation, FollowMutationVariables>;
export const UnfollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unfollow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowSubject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfollow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectType"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowStateItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowStateItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowState"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}}]}}]} as unknown as DocumentNode<UnfollowMutation, UnfollowMutationVariables>;
export const IdeaFollowStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdeaFollowState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isFollowing"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}}]}}]}}]} as unknown as DocumentNode<IdeaFollowStateQuery, IdeaFollowStateQueryVariables>;
export const CampaignFollowStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignFollowState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isFollowing"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}}]}}]}}]} as unknown as DocumentNode<CampaignFollowStateQuery, CampaignFollowStateQueryVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"voteBudget"}},{"kind":"Field","name":{"kind":"Name","value":"myRemainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"hideCountsUntilVoted"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanParticipate"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"voteBudget"}},{"kind":"Field","name":{"kind":"Name","value":"myRemainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"hideCountsUntilVoted"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanParticipate"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audienceDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}}]}}]} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const CampaignFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<CampaignFormQuery, CampaignFormQueryVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"voteBudget"}},{"kind":"Field","name":{"kind":"Name","value":"myRemainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"hideCountsUntilVoted"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanParticipate"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audienceDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"voteBudget"}},{"kind":"Field","name":{"kind":"Name","value":"myRemainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"hideCountsUntilVoted"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanParticipate"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audienceDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}}]}}]} as unknown as DocumentNode<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"sort"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"down"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"wilsonLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"ageHours"}},{"kind":"Field","name":{"kind":"Name","value":"hot"}},{"kind":"Field","name":{"kind":"Name","value":"controversy"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"countsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"upVotes"}},{"kind":"Field","name":{"kind":"Name","value":"downVotes"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankParts"}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const BoardIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"down"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"wilsonLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"ageHours"}},{"kind":"Field","name":{"kind":"Name","value":"hot"}},{"kind":"Field","name":{"kind":"Name","value":"controversy"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"countsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"upVotes"}},{"kind":"Field","name":{"kind":"Name","value":"downVotes"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankParts"}}]}}]}}]} as unknown as DocumentNode<BoardIdeaQuery, BoardIdeaQueryVariables>;
export const IdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Idea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"down"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"wilsonLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"ageHours"}},{"kind":"Field","name":{"kind":"Name","value":"hot"}},{"kind":"Field","name":{"kind":"Name","value":"controversy"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"countsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"upVotes"}},{"kind":"Field","name":{"kind":"Name","value":"downVotes"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"voteBudget"}},{"kind":"Field","name":{"kind":"Name","value":"myRemainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"hideCountsUntilVoted"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanParticipate"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audienceDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDetails"}}]}}]}}]} as unknown as DocumentNode<IdeaQuery, IdeaQueryVariables>;
export const CreateIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"down"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"wilsonLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"ageHours"}},{"kind":"Field","name":{"kind":"Name","value":"hot"}},{"kind":"Field","name":{"kind":"Name","value":"controversy"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"countsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"upVotes"}},{"kind":"Field","name":{"kind":"Name","value":"downVotes"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"voteBudget"}},{"kind":"Field","name":{"kind":"Name","value":"myRemainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"hideCountsUntilVoted"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanParticipate"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audienceDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDetails"}}]}}]}}]} as unknown as DocumentNode<CreateIdeaMutation, CreateIdeaMutationVariables>;
export const UpdateIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"down"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"wilsonLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"ageHours"}},{"kind":"Field","name":{"kind":"Name","value":"hot"}},{"kind":"Field","name":{"kind":"Name","value":"controversy"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"countsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"upVotes"}},{"kind":"Field","name":{"kind":"Name","value":"downVotes"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"voteBudget"}},{"kind":"Field","name":{"kind":"Name","value":"myRemainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"hideCountsUntilVoted"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanParticipate"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audienceDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignDetails"}}]}}]}}]} as unknown as DocumentNode<UpdateIdeaMutation, UpdateIdeaMutationVariables>;
export const VoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Vote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoteValue"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"down"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"wilsonLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"ageHours"}},{"kind":"Field","name":{"kind":"Name","value":"hot"}},{"kind":"Field","name":{"kind":"Name","value":"controversy"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"countsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"upVotes"}},{"kind":"Field","name":{"kind":"Name","value":"downVotes"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankParts"}}]}}]}}]} as unknown as DocumentNode<VoteMutation, VoteMutationVariables>;
export const RetractVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetractVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retractVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingVotes"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"up"}},{"kind":"Field","name":{"kind":"Name","value":"down"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"wilsonLowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"ageHours"}},{"kind":"Field","name":{"kind":"Name","value":"hot"}},{"kind":"Field","name":{"kind":"Name","value":"controversy"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"countsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"upVotes"}},{"kind":"Field","name":{"kind":"Name","value":"downVotes"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankParts"}}]}}]}}]} as unknown as DocumentNode<RetractVoteMutation, RetractVoteMutationVariables>;
export const CampaignCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"open"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcoming"},"name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"upcoming"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"closed"},"name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"closed"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CampaignCountsQuery, CampaignCountsQueryVariables>;
export const SimilarIdeasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarIdeas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeIdeaId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarIdeas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeIdeaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeIdeaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"upVotes"}},{"kind":"Field","name":{"kind":"Name","value":"countsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<SimilarIdeasQuery, SimilarIdeasQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hubModel"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isHubMember"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UpdateMyPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isHubMember"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<UpdateMyPreferencesMutation, UpdateMyPreferencesMutationVariables>;
export const IdeaModerationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdeaModeration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"flagCount"}},{"kind":"Field","name":{"kind":"Name","value":"myFlag"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModerate"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaLinkRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaLinkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaModerationQuery, IdeaModerationQueryVariables>;
export const ModerationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openFlags"}},{"kind":"Field","name":{"kind":"Name","value":"lastFlaggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const IdeaCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdeaCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeIdeaId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarIdeas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeIdeaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeIdeaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdeaCandidatesQuery, IdeaCandidatesQueryVariables>;
export const FlagIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlagReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myFlag"}}]}}]}}]} as unknown as DocumentNode<FlagIdeaMutation, FlagIdeaMutationVariables>;
export const UnflagIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnflagIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unflagIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myFlag"}}]}}]}}]} as unknown as DocumentNode<UnflagIdeaMutation, UnflagIdeaMutationVariables>;
export const HideIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"flagCount"}}]}}]}}]} as unknown as DocumentNode<HideIdeaMutation, HideIdeaMutationVariables>;
export const RestoreIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"flagCount"}}]}}]}}]} as unknown as DocumentNode<RestoreIdeaMutation, RestoreIdeaMutationVariables>;
export const DismissIdeaFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissIdeaFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissIdeaFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flagCount"}}]}}]}}]} as unknown as DocumentNode<DismissIdeaFlagsMutation, DismissIdeaFlagsMutationVariables>;
export const MergeIdeasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeIdeas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeIdeas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movedVotes"}},{"kind":"Field","name":{"kind":"Name","value":"mergedVotes"}},{"kind":"Field","name":{"kind":"Name","value":"refundedVotes"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MergeIdeasMutation, MergeIdeasMutationVariables>;
export const LinkIdeasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkIdeas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromIdeaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toIdeaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaLinkKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkIdeas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromIdeaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromIdeaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toIdeaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toIdeaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaLinkRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaLinkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<LinkIdeasMutation, LinkIdeasMutationVariables>;
export const UnlinkIdeasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkIdeas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkIdeas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}}}]}]}}]} as unknown as DocumentNode<UnlinkIdeasMutation, UnlinkIdeasMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"notFound"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"notFound"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"defaultInApp"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferenceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"defaultInApp"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hubModel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const NextPairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextPair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextPair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PairIdea"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PairIdea"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PairwiseProgressParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairIdea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairwiseProgressParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PairwiseProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"totalPairs"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"rankingVisible"}}]}}]} as unknown as DocumentNode<NextPairQuery, NextPairQueryVariables>;
export const MyPairwiseProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPairwiseProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPairwiseProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PairwiseProgressParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairwiseProgressParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PairwiseProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"totalPairs"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"rankingVisible"}}]}}]} as unknown as DocumentNode<MyPairwiseProgressQuery, MyPairwiseProgressQueryVariables>;
export const AnswerPairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerPair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PairwiseOutcome"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerPair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PairwiseProgressParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairwiseProgressParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PairwiseProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"totalPairs"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"rankingVisible"}}]}}]} as unknown as DocumentNode<AnswerPairMutation, AnswerPairMutationVariables>;
export const PairwiseRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PairwiseRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairwiseRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"}},{"kind":"Field","name":{"kind":"Name","value":"wins"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonsPerIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PairwiseRankingQuery, PairwiseRankingQueryVariables>;
export const PipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineCampaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineCampaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineStage"}}]}}]}}]} as unknown as DocumentNode<PipelineQuery, PipelineQueryVariables>;
export const RenameStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineCampaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineCampaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineStage"}}]}}]}}]} as unknown as DocumentNode<RenameStageMutation, RenameStageMutationVariables>;
export const AddStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineCampaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineCampaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineStage"}}]}}]}}]} as unknown as DocumentNode<AddStageMutation, AddStageMutationVariables>;
export const ReorderStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stageIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineCampaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineCampaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineStage"}}]}}]}}]} as unknown as DocumentNode<ReorderStagesMutation, ReorderStagesMutationVariables>;
export const RemoveStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moveIdeasTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"moveIdeasTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moveIdeasTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineCampaign"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineCampaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineStage"}}]}}]}}]} as unknown as DocumentNode<RemoveStageMutation, RemoveStageMutationVariables>;
export const SetStageScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStageScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStageScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineStage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardDetails"}}]}}]}}]} as unknown as DocumentNode<SetStageScorecardMutation, SetStageScorecardMutationVariables>;
export const RemoveStageScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveStageScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeStageScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineStage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardDetails"}}]}}]}}]} as unknown as DocumentNode<RemoveStageScorecardMutation, RemoveStageScorecardMutationVariables>;
export const SetStageReviewersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStageReviewers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStageReviewers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineStage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardDetails"}}]}}]}}]} as unknown as DocumentNode<SetStageReviewersMutation, SetStageReviewersMutationVariables>;
export const ReviewerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ReviewerSearchQuery, ReviewerSearchQueryVariables>;
export const CampaignReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRun"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardDetails"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewIdea"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewCriterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionFr"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewerName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSummaryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedIn"}},{"kind":"Field","name":{"kind":"Name","value":"weightedMean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageScorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"autoAdvance"}},{"kind":"Field","name":{"kind":"Name","value":"advanceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"declineThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"allowVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewerName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewIdea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"myReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSummaryDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDetails"}}]}}]}}]} as unknown as DocumentNode<CampaignReviewQuery, CampaignReviewQueryVariables>;
export const SubmitReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewIdea"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSummaryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedIn"}},{"kind":"Field","name":{"kind":"Name","value":"weightedMean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewIdea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"myReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSummaryDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDetails"}}]}}]}}]} as unknown as DocumentNode<SubmitReviewMutation, SubmitReviewMutationVariables>;
export const MyReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewsAssignedToMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCampaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyReviewQueueQuery, MyReviewQueueQueryVariables>;
export const MyReviewCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReviewCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewsAssignedToMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MyReviewCountQuery, MyReviewCountQueryVariables>;
export const IdeaReviewPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdeaReviewPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSummaryDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSummaryDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedIn"}},{"kind":"Field","name":{"kind":"Name","value":"weightedMean"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelFr"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<IdeaReviewPanelQuery, IdeaReviewPanelQueryVariables>;
export const SignalDashboardOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignalDashboardOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"watchlists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalDepartment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<SignalDashboardOptionsQuery, SignalDashboardOptionsQueryVariables>;
export const SignalItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignalItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SignalItemFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signalItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalItemRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentScore"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"copyCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}}]}}]} as unknown as DocumentNode<SignalItemsQuery, SignalItemsQueryVariables>;
export const SignalSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signalSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalSourceRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalDepartment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalSourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"pollIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"webhookPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}}]}}]} as unknown as DocumentNode<SignalSourcesQuery, SignalSourcesQueryVariables>;
export const SignalSourceLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignalSourceLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signalSourceLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SignalSourceLogQuery, SignalSourceLogQueryVariables>;
export const SignalImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignalImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signalImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"stored"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<SignalImportsQuery, SignalImportsQueryVariables>;
export const CreateSignalSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSignalSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSignalSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSignalSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalSourceRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookSecret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalDepartment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalSourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"pollIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"webhookPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}}]}}]} as unknown as DocumentNode<CreateSignalSourceMutation, CreateSignalSourceMutationVariables>;
export const UpdateSignalSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSignalSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSignalSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSignalSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalSourceRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalDepartment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalSourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"pollIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"webhookPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}}]}}]} as unknown as DocumentNode<UpdateSignalSourceMutation, UpdateSignalSourceMutationVariables>;
export const DeleteSignalSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSignalSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSignalSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSignalSourceMutation, DeleteSignalSourceMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalSourceRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookSecret"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalDepartment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalSourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"pollIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"webhookPath"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const PreviewSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"refusedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewSourceQuery, PreviewSourceQueryVariables>;
export const SignalWatchlistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignalWatchlists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watchlists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalWatchlistRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalDepartment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalTermRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WatchTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalWatchlistRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Watchlist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalTermRow"}}]}}]}}]} as unknown as DocumentNode<SignalWatchlistsQuery, SignalWatchlistsQueryVariables>;
export const CreateWatchlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWatchlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WatchlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWatchlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalWatchlistRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalDepartment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalTermRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WatchTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalWatchlistRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Watchlist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalTermRow"}}]}}]}}]} as unknown as DocumentNode<CreateWatchlistMutation, CreateWatchlistMutationVariables>;
export const UpdateWatchlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWatchlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WatchlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWatchlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalWatchlistRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalDepartment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalTermRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WatchTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalWatchlistRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Watchlist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalDepartment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalTermRow"}}]}}]}}]} as unknown as DocumentNode<UpdateWatchlistMutation, UpdateWatchlistMutationVariables>;
export const DeleteWatchlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWatchlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWatchlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWatchlistMutation, DeleteWatchlistMutationVariables>;
export const AddWatchTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWatchTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"watchlistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WatchTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWatchTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"watchlistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"watchlistId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalTermRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalTermRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WatchTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}}]} as unknown as DocumentNode<AddWatchTermMutation, AddWatchTermMutationVariables>;
export const UpdateWatchTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWatchTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WatchTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWatchTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalTermRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalTermRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WatchTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}}]} as unknown as DocumentNode<UpdateWatchTermMutation, UpdateWatchTermMutationVariables>;
export const RemoveWatchTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveWatchTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWatchTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveWatchTermMutation, RemoveWatchTermMutationVariables>;
export const AnalyzeTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyzeText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyzeText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyzeTextQuery, AnalyzeTextQueryVariables>;
export const CorrectSignalSentimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectSignalSentiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignalSentiment"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctSignalSentiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignalItemRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignalItemRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentScore"}},{"kind":"Field","name":{"kind":"Name","value":"sentimentOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"copyCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"watchlistId"}}]}}]}}]} as unknown as DocumentNode<CorrectSignalSentimentMutation, CorrectSignalSentimentMutationVariables>;
export const DirectoryPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isHubMember"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<DirectoryPeopleQuery, DirectoryPeopleQueryVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isHubMember"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameFr"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;