import { buildSchema, type GraphQLObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '@ruche/shared';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The permission matrix: every query and mutation of the schema, asked by an anonymous caller and by
 * one person of each role (plus a person of another department where it matters), with the outcome
 * each must get. Refused mutations must change nothing. A new operation fails the first test until
 * it has its row here.
 */
type Persona = 'anonymous' | 'member' | 'department_rep' | 'manager' | 'hub_coordinator' | 'admin';
type Outcome = 'ok' | ErrorCode;

const PEOPLE: Record<Exclude<Persona, 'anonymous'>, string> = {
  member: 'zoe.martin@maison-lumiere.example', // Marketing
  department_rep: 'julien.petit@maison-lumiere.example', // Marketing
  manager: 'claire.dubois@maison-lumiere.example', // Marketing
  hub_coordinator: 'camille.laurent@maison-lumiere.example', // the hub
  admin: 'ethan.brooks@maison-lumiere.example', // IT
};
const PERSONAS: Persona[] = ['anonymous', 'member', 'department_rep', 'manager', 'hub_coordinator', 'admin'];

const signedIn = (outcome: Outcome): Record<Persona, Outcome> => ({
  anonymous: 'UNAUTHENTICATED',
  member: outcome,
  department_rep: outcome,
  manager: outcome,
  hub_coordinator: outcome,
  admin: outcome,
});
const adminOnly: Record<Persona, Outcome> = { ...signedIn('FORBIDDEN'), admin: 'ok' };
/** Dynamic Signal: managers and up read the stream (the Marketing personas are not in the hub). */
const signalsRead: Record<Persona, Outcome> = { ...signedIn('FORBIDDEN'), manager: 'ok', hub_coordinator: 'ok', admin: 'ok' };
/** Dynamic Signal alerts: the hub and administrators manage rules; the Marketing personas see an alert routed to Marketing (the demo's model is collegial: its member does not receive). */
const alertsManage: Record<Persona, Outcome> = { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' };
const alertsRouted: Record<Persona, Outcome> = { ...signedIn('ok'), anonymous: 'UNAUTHENTICATED', member: 'ALERT_NOT_FOUND' };
/** Dynamic Signal: the hub and administrators manage sources, watchlists and corrections. */
const signalsManage: Record<Persona, Outcome> = { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' };

interface Ids {
  target: string;
  department: string;
  /** Hivemind: the demo's company-wide campaign (run by the hub), one of its ideas by someone else, still in its first stage, and that stage. */
  campaign?: string;
  idea?: string;
  stage?: string;
  marketing?: string;
  /** Reviews: the campaign's stages in order, its review stage (with the demo scorecard), an idea there and answers to every criterion, another campaign's review stage. */
  stageOrder?: string[];
  reviewStage?: string;
  reviewIdea?: string;
  reviewAnswers?: Record<string, unknown>[];
  otherReviewStage?: string;
  /** Curation: two ideas of the campaign to merge, and a link of `idea` to remove. */
  mergeSource?: string;
  mergeTarget?: string;
  link?: string;
  /** Hivemind discussion: a demo comment on that campaign's ideas, by someone who is none of the personas. */
  comment?: string;
  /** Dynamic Signal: the demo's company-wide webhook and manual sources, an import source with a run, a watchlist with a term, one item; things made to be deleted. */
  webhookSource?: string;
  manualSource?: string;
  importSource?: string;
  importRun?: string;
  watchlist?: string;
  term?: string;
  signalItem?: string;
  doomedSource?: string;
  doomedWatchlist?: string;
  doomedTerm?: string;
  doomedRule?: string;
  /** Dynamic Signal alerts: a demo rule, one made to be deleted, and an alert of the demo Orange rule routed to Marketing. */
  alertRule?: string;
  doomedAlertRule?: string;
  alertId?: string;
}

interface Operation {
  kind: 'query' | 'mutation';
  document: string;
  variables?: (ids: Ids) => Record<string, unknown>;
  expect: Record<Persona, Outcome>;
}

const OPERATIONS: Record<string, Operation> = {
  authOptions: { kind: 'query', document: `{ authOptions { mode demoUsers { id } } }`, expect: { ...signedIn('ok'), anonymous: 'ok' } },
  me: { kind: 'query', document: `{ me { id role } }`, expect: signedIn('ok') },
  user: { kind: 'query', document: `query($id: ID!) { user(id: $id) { id } }`, variables: (ids) => ({ id: ids.target }), expect: signedIn('ok') },
  users: { kind: 'query', document: `{ users(first: 5) { totalCount } }`, expect: signedIn('ok') },
  organisation: { kind: 'query', document: `{ organisation { name hubModel } }`, expect: signedIn('ok') },
  departments: { kind: 'query', document: `{ departments { id memberCount } }`, expect: signedIn('ok') },
  department: { kind: 'query', document: `query($id: ID!) { department(id: $id) { id } }`, variables: (ids) => ({ id: ids.department }), expect: signedIn('ok') },
  updateMyPreferences: { kind: 'mutation', document: `mutation { updateMyPreferences(input: { locale: fr }) { locale } }`, expect: signedIn('ok') },
  updateOrganisation: { kind: 'mutation', document: `mutation { updateOrganisation(input: { name: "Maison Lumière" }) { name } }`, expect: adminOnly },
  setUserRole: {
    kind: 'mutation',
    // The target's current role: an allowed call leaves the role as it was.
    document: `mutation($id: ID!) { setUserRole(userId: $id, role: member) { role } }`,
    variables: (ids) => ({ id: ids.target }),
    expect: adminOnly,
  },
  // notifications: personal, so every signed-in person may ask, about their own only
  notifications: { kind: 'query', document: `{ notifications(first: 5) { nodes { id } pageInfo { hasNextPage } } }`, expect: signedIn('ok') },
  unreadNotificationCount: { kind: 'query', document: `{ unreadNotificationCount }`, expect: signedIn('ok') },
  notificationPreferences: { kind: 'query', document: `{ notificationPreferences { kind inApp } }`, expect: signedIn('ok') },
  markNotificationsRead: { kind: 'mutation', document: `mutation { markNotificationsRead(ids: []) { marked notFound } }`, expect: signedIn('ok') },
  markAllNotificationsRead: { kind: 'mutation', document: `mutation { markAllNotificationsRead { marked } }`, expect: signedIn('ok') },
  updateNotificationPreferences: { kind: 'mutation', document: `mutation { updateNotificationPreferences(input: []) { kind } }`, expect: signedIn('ok') },
  // Hivemind: an open campaign for everyone, run by the hub; the personas of Marketing do not run it
  campaigns: { kind: 'query', document: `{ campaigns(first: 5) { totalCount nodes { id } } }`, expect: signedIn('ok') },
  campaign: { kind: 'query', document: `query($id: ID!) { campaign(id: $id) { id stages { id } } }`, variables: (ids) => ({ id: ids.campaign }), expect: signedIn('ok') },
  ideas: { kind: 'query', document: `query($id: ID!) { ideas(campaignId: $id, first: 5) { totalCount nodes { id author { id } } } }`, variables: (ids) => ({ id: ids.campaign }), expect: signedIn('ok') },
  idea: { kind: 'query', document: `query($id: ID!) { idea(id: $id) { id rankExplanation { hot } } }`, variables: (ids) => ({ id: ids.idea }), expect: signedIn('ok') },
  createCampaign: {
    kind: 'mutation',
    document: `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
    variables: (ids) => ({ input: { departmentId: ids.marketing, title: 'Salon 2027', opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() } }),
    // The demo organisation is collegial: representatives create for their department too.
    expect: { ...signedIn('ok'), member: 'FORBIDDEN' },
  },
  updateCampaign: {
    kind: 'mutation',
    document: `mutation($id: ID!) { updateCampaign(id: $id, input: { hideCountsUntilVoted: false }) { id } }`,
    variables: (ids) => ({ id: ids.campaign }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' },
  },
  createIdea: {
    kind: 'mutation',
    document: `mutation($id: ID!) { createIdea(input: { campaignId: $id, title: "Une idée de plus" }) { id } }`,
    variables: (ids) => ({ id: ids.campaign }),
    expect: signedIn('ok'),
  },
  updateIdea: {
    kind: 'mutation',
    document: `mutation($id: ID!) { updateIdea(id: $id, input: { tags: ["ventes", "revendeurs"] }) { id } }`,
    variables: (ids) => ({ id: ids.idea }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' },
  },
  vote: { kind: 'mutation', document: `mutation($id: ID!) { vote(ideaId: $id, value: up) { idea { upVotes } } }`, variables: (ids) => ({ id: ids.idea }), expect: signedIn('ok') },
  retractVote: { kind: 'mutation', document: `mutation($id: ID!) { retractVote(ideaId: $id) { idea { upVotes } } }`, variables: (ids) => ({ id: ids.idea }), expect: signedIn('ok') },
  moveIdeaToStage: {
    kind: 'mutation',
    // Its current stage: an allowed call changes nothing.
    document: `mutation($id: ID!, $stage: ID!) { moveIdeaToStage(ideaId: $id, stageId: $stage) { id } }`,
    variables: (ids) => ({ id: ids.idea, stage: ids.stage }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' },
  },
  // Hivemind discussion: whoever sees the idea reads and comments; only its author edits; moderators (and its author) delete
  comments: { kind: 'query', document: `query($id: ID!) { comments(ideaId: $id, first: 5) { totalCount nodes { id replies { id } } } }`, variables: (ids) => ({ id: ids.idea }), expect: signedIn('ok') },
  comment: { kind: 'query', document: `query($id: ID!) { comment(id: $id) { id author { id } } }`, variables: (ids) => ({ id: ids.comment }), expect: signedIn('ok') },
  commentRevisions: { kind: 'query', document: `query($id: ID!) { commentRevisions(commentId: $id) { id } }`, variables: (ids) => ({ id: ids.comment }), expect: signedIn('ok') },
  commentPreview: { kind: 'query', document: `{ commentPreview(body: "**Aperçu**") }`, expect: signedIn('ok') },
  addComment: { kind: 'mutation', document: `mutation($id: ID!) { addComment(input: { ideaId: $id, body: "Bonne idée." }) { id } }`, variables: (ids) => ({ id: ids.idea }), expect: signedIn('ok') },
  editComment: { kind: 'mutation', document: `mutation($id: ID!) { editComment(id: $id, body: "Réécrit") { id } }`, variables: (ids) => ({ id: ids.comment }), expect: signedIn('FORBIDDEN') },
  // The campaign's moderators hide (again: idempotent), then restore; to others a hidden comment does not exist.
  hideComment: { kind: 'mutation', document: `mutation($id: ID!) { hideComment(id: $id) { id isHidden } }`, variables: (ids) => ({ id: ids.comment }), expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' } },
  restoreComment: {
    kind: 'mutation',
    document: `mutation($id: ID!) { restoreComment(id: $id) { id isHidden } }`,
    variables: (ids) => ({ id: ids.comment }),
    expect: { ...signedIn('COMMENT_NOT_FOUND'), anonymous: 'UNAUTHENTICATED', hub_coordinator: 'ok', admin: 'ok' },
  },
  // The hub runs the campaign and moderates: deleting again is idempotent for the administrator.
  deleteComment: { kind: 'mutation', document: `mutation($id: ID!) { deleteComment(id: $id) { id isDeleted } }`, variables: (ids) => ({ id: ids.comment }), expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' } },
  follow: { kind: 'mutation', document: `mutation($id: ID!) { follow(subjectType: idea, subjectId: $id) { following followerCount } }`, variables: (ids) => ({ id: ids.idea }), expect: signedIn('ok') },
  unfollow: { kind: 'mutation', document: `mutation($id: ID!) { unfollow(subjectType: campaign, subjectId: $id) { following } }`, variables: (ids) => ({ id: ids.campaign }), expect: signedIn('ok') },
  // Hivemind curation: similar ideas, moderation, merge, links
  similarIdeas: { kind: 'query', document: `query($id: ID!) { similarIdeas(campaignId: $id, title: "Des fiches produit") { score idea { id } } }`, variables: (ids) => ({ id: ids.campaign }), expect: signedIn('ok') },
  moderationQueue: {
    kind: 'query',
    document: `query($id: ID!) { moderationQueue(campaignId: $id, first: 5) { totalCount } }`,
    variables: (ids) => ({ id: ids.campaign }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' },
  },
  ideaAuthorForModeration: {
    kind: 'query',
    document: `query($id: ID!) { ideaAuthorForModeration(ideaId: $id, reason: "Vérification des droits") { id } }`,
    variables: (ids) => ({ id: ids.idea }),
    expect: adminOnly,
  },
  flagIdea: { kind: 'mutation', document: `mutation($id: ID!) { flagIdea(ideaId: $id, reason: other) { id } }`, variables: (ids) => ({ id: ids.idea }), expect: signedIn('ok') },
  unflagIdea: { kind: 'mutation', document: `mutation($id: ID!) { unflagIdea(ideaId: $id) { id } }`, variables: (ids) => ({ id: ids.idea }), expect: signedIn('ok') },
  dismissIdeaFlags: { kind: 'mutation', document: `mutation($id: ID!) { dismissIdeaFlags(ideaId: $id) { id } }`, variables: (ids) => ({ id: ids.idea }), expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' } },
  // Hidden by the hub coordinator, the idea does not exist for those who may not moderate it until restored below.
  hideIdea: { kind: 'mutation', document: `mutation($id: ID!) { hideIdea(ideaId: $id, reason: "Vérification") { id } }`, variables: (ids) => ({ id: ids.idea }), expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' } },
  restoreIdea: {
    kind: 'mutation',
    document: `mutation($id: ID!) { restoreIdea(ideaId: $id) { id } }`,
    variables: (ids) => ({ id: ids.idea }),
    expect: { ...signedIn('IDEA_NOT_FOUND'), hub_coordinator: 'ok', admin: 'ok' },
  },
  // Two ideas of their own (beforeAll): merged by the hub coordinator, already merged when the administrator asks.
  mergeIdeas: {
    kind: 'mutation',
    document: `mutation($s: ID!, $t: ID!) { mergeIdeas(sourceId: $s, targetId: $t) { movedVotes } }`,
    variables: (ids) => ({ s: ids.mergeSource, t: ids.mergeTarget }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'MERGE_NOT_ALLOWED' },
  },
  linkIdeas: {
    kind: 'mutation',
    document: `mutation($from: ID!, $to: ID!) { linkIdeas(fromIdeaId: $from, toIdeaId: $to, kind: builds_on) { id } }`,
    variables: (ids) => ({ from: ids.idea, to: ids.mergeTarget }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' },
  },
  // A link of the idea's (beforeAll): removed by the hub coordinator, gone when the administrator asks.
  unlinkIdeas: {
    kind: 'mutation',
    document: `mutation($id: ID!) { unlinkIdeas(linkId: $id) }`,
    variables: (ids) => ({ id: ids.link }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'LINK_NOT_FOUND' },
  },
  // Hivemind pairwise: the company-wide campaign is open and everyone is in its audience; a made-up token is nobody's pair
  nextPair: { kind: 'query', document: `query($id: ID!) { nextPair(campaignId: $id) { token a { id } b { id } } }`, variables: (ids) => ({ id: ids.campaign }), expect: signedIn('ok') },
  answerPair: { kind: 'mutation', document: `mutation { answerPair(token: "00000000-0000-4000-8000-000000000000", outcome: a) { replayed } }`, expect: signedIn('PAIRWISE_PAIR_NOT_ISSUED') },
  pairwiseRanking: { kind: 'query', document: `query($id: ID!) { pairwiseRanking(campaignId: $id) { hidden rows { rank idea { id } } } }`, variables: (ids) => ({ id: ids.campaign }), expect: signedIn('ok') },
  myPairwiseProgress: { kind: 'query', document: `query($id: ID!) { myPairwiseProgress(campaignId: $id) { answered totalPairs } }`, variables: (ids) => ({ id: ids.campaign }), expect: signedIn('ok') },
  // Reviews: the demo's company-wide campaign is run by the hub; its review stage has a scorecard with Claire (manager) and
  // Camille (hub coordinator) among its assigned reviewers. Allowed pipeline edits leave the pipeline as it was, but one added stage.
  reorderStages: {
    kind: 'mutation',
    document: `mutation($id: ID!, $s: [ID!]!) { reorderStages(campaignId: $id, stageIds: $s) { id } }`,
    variables: (ids) => ({ id: ids.campaign, s: ids.stageOrder }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' },
  },
  renameStage: {
    kind: 'mutation',
    document: `mutation($s: ID!) { renameStage(stageId: $s, input: { nameFr: "Proposée", nameEn: "Submitted" }) { id } }`,
    variables: (ids) => ({ s: ids.stage }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' },
  },
  addStage: {
    kind: 'mutation',
    document: `mutation($id: ID!) { addStage(campaignId: $id, input: { nameFr: "Pilote", nameEn: "Pilot", kind: in_progress }) { id } }`,
    variables: (ids) => ({ id: ids.campaign }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' },
  },
  // The first stage cannot go: a runner is told the rule, anyone else is refused before.
  removeStage: {
    kind: 'mutation',
    document: `mutation($s: ID!) { removeStage(stageId: $s) { id } }`,
    variables: (ids) => ({ s: ids.stage }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'PIPELINE_RULE_BROKEN', admin: 'PIPELINE_RULE_BROKEN' },
  },
  // On the review stage of « Qualité de vie au travail » (run by HR, the hub and administrators; no scorecard in the demo).
  setStageScorecard: {
    kind: 'mutation',
    document: `mutation($s: ID!) { setStageScorecard(stageId: $s, input: { scaleMax: 5, criteria: [{ kind: score, labelFr: "Impact", labelEn: "Impact", weight: 1 }] }) { id } }`,
    variables: (ids) => ({ s: ids.otherReviewStage }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' },
  },
  setStageReviewers: {
    kind: 'mutation',
    document: `mutation($s: ID!) { setStageReviewers(stageId: $s, userIds: []) { id } }`,
    variables: (ids) => ({ s: ids.otherReviewStage }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'ok', admin: 'ok' },
  },
  // A stage without a scorecard: a runner is told so, anyone else is refused before.
  removeStageScorecard: {
    kind: 'mutation',
    document: `mutation($s: ID!) { removeStageScorecard(stageId: $s) { id } }`,
    variables: (ids) => ({ s: ids.stage }),
    expect: { ...signedIn('FORBIDDEN'), hub_coordinator: 'SCORECARD_NOT_FOUND', admin: 'SCORECARD_NOT_FOUND' },
  },
  // An idea at the review stage that two of its three assigned reviewers review here: it stays there (one review still missing).
  submitReview: {
    kind: 'mutation',
    document: `mutation($id: ID!, $input: SubmitReviewInput!) { submitReview(ideaId: $id, input: $input) { review { id } } }`,
    variables: (ids) => ({ id: ids.reviewIdea, input: { stageId: ids.reviewStage, answers: ids.reviewAnswers } }),
    expect: { ...signedIn('FORBIDDEN'), manager: 'ok', hub_coordinator: 'ok' },
  },
  reviewsAssignedToMe: { kind: 'query', document: `{ reviewsAssignedToMe(first: 5) { totalCount nodes { id } } }`, expect: signedIn('ok') },
  reviewQueue: { kind: 'query', document: `query($id: ID!) { reviewQueue(campaignId: $id) { id reviewSummary { weightedMean } } }`, variables: (ids) => ({ id: ids.campaign }), expect: signedIn('ok') },
  // Dynamic Signal: managers and the hub read the stream; the hub (and administrators) manage it; members and representatives do neither
  signalSources: { kind: 'query', document: `{ signalSources { id } }`, expect: signalsRead },
  signalSource: { kind: 'query', document: `query($id: ID!) { signalSource(id: $id) { id webhookPath } }`, variables: (ids) => ({ id: ids.webhookSource }), expect: signalsRead },
  signalItems: { kind: 'query', document: `{ signalItems(first: 5) { nodes { id source { id } terms { id } copyCount } } }`, expect: signalsRead },
  signalItem: { kind: 'query', document: `query($id: ID!) { signalItem(id: $id) { id } }`, variables: (ids) => ({ id: ids.signalItem }), expect: signalsRead },
  watchlists: { kind: 'query', document: `{ watchlists { id terms { id } } }`, expect: signalsRead },
  watchlist: { kind: 'query', document: `query($id: ID!) { watchlist(id: $id) { id } }`, variables: (ids) => ({ id: ids.watchlist }), expect: signalsRead },
  analyzeText: { kind: 'query', document: `{ analyzeText(text: "Clairvoy déçoit ses clients") { language terms { id } } }`, expect: signalsRead },
  signalSourceLog: { kind: 'query', document: `query($id: ID!) { signalSourceLog(sourceId: $id) { nodes { id } } }`, variables: (ids) => ({ id: ids.webhookSource }), expect: signalsManage },
  signalImports: { kind: 'query', document: `query($id: ID!) { signalImports(sourceId: $id) { id } }`, variables: (ids) => ({ id: ids.importSource }), expect: signalsManage },
  signalImport: { kind: 'query', document: `query($id: ID!) { signalImport(id: $id) { id source { id } } }`, variables: (ids) => ({ id: ids.importRun }), expect: signalsManage },
  sentimentRules: { kind: 'query', document: `{ sentimentRules { id } }`, expect: signalsManage },
  previewSource: {
    kind: 'query',
    document: `query($f: String!) { previewSource(file: $f, fileName: "feed.xml") { title items { title } } }`,
    variables: () => ({ f: Buffer.from('<rss version="2.0"><channel><title>Essai</title><item><title>Un</title><description>Texte</description></item></channel></rss>').toString('base64') }),
    expect: signalsManage,
  },
  signalSettings: { kind: 'query', document: `{ signalSettings { fetchAllowlist } }`, expect: adminOnly },
  updateSignalSettings: { kind: 'mutation', document: `mutation { updateSignalSettings(fetchAllowlist: []) { fetchAllowlist } }`, expect: adminOnly },
  createSignalSource: { kind: 'mutation', document: `mutation { createSignalSource(input: { kind: manual, name: "Essai" }) { source { id } } }`, expect: signalsManage },
  updateSignalSource: {
    kind: 'mutation',
    document: `mutation($id: ID!) { updateSignalSource(id: $id, input: { name: "Remontées terrain" }) { id } }`,
    variables: (ids) => ({ id: ids.manualSource }),
    expect: signalsManage,
  },
  rotateWebhookSecret: { kind: 'mutation', document: `mutation($id: ID!) { rotateWebhookSecret(sourceId: $id) { webhookSecret } }`, variables: (ids) => ({ id: ids.webhookSource }), expect: signalsManage },
  deleteSignalSource: {
    kind: 'mutation',
    document: `mutation($id: ID!) { deleteSignalSource(id: $id) }`,
    variables: (ids) => ({ id: ids.doomedSource }),
    expect: { ...signalsManage, admin: 'SIGNAL_SOURCE_NOT_FOUND' },
  },
  createSignalItem: {
    kind: 'mutation',
    document: `mutation($id: ID!) { createSignalItem(input: { sourceId: $id, title: "Appels en hausse sur Lumi Home" }) { id } }`,
    variables: (ids) => ({ id: ids.manualSource }),
    expect: signalsManage,
  },
  correctSignalSentiment: {
    kind: 'mutation',
    document: `mutation($id: ID!) { correctSignalSentiment(itemId: $id, label: negative) { id sentiment } }`,
    variables: (ids) => ({ id: ids.signalItem }),
    expect: signalsManage,
  },
  createWatchlist: { kind: 'mutation', document: `mutation { createWatchlist(input: { name: "Presse" }) { id } }`, expect: signalsManage },
  updateWatchlist: { kind: 'mutation', document: `mutation($id: ID!) { updateWatchlist(id: $id, input: { name: "Concurrents" }) { id } }`, variables: (ids) => ({ id: ids.watchlist }), expect: signalsManage },
  deleteWatchlist: {
    kind: 'mutation',
    document: `mutation($id: ID!) { deleteWatchlist(id: $id) }`,
    variables: (ids) => ({ id: ids.doomedWatchlist }),
    expect: { ...signalsManage, admin: 'WATCHLIST_NOT_FOUND' },
  },
  addWatchTerm: {
    kind: 'mutation',
    document: `mutation($id: ID!) { addWatchTerm(watchlistId: $id, input: { label: "Lumibox", query: "Lumibox" }) { id } }`,
    variables: (ids) => ({ id: ids.watchlist }),
    expect: signalsManage,
  },
  updateWatchTerm: { kind: 'mutation', document: `mutation($id: ID!) { updateWatchTerm(id: $id, input: { label: "Clairvoy" }) { id } }`, variables: (ids) => ({ id: ids.term }), expect: signalsManage },
  removeWatchTerm: {
    kind: 'mutation',
    document: `mutation($id: ID!) { removeWatchTerm(id: $id) }`,
    variables: (ids) => ({ id: ids.doomedTerm }),
    expect: { ...signalsManage, admin: 'WATCH_TERM_NOT_FOUND' },
  },
  createSentimentRule: { kind: 'mutation', document: `mutation { createSentimentRule(input: { query: "\\"rupture de stock\\"", label: negative }) { id } }`, expect: signalsManage },
  deleteSentimentRule: {
    kind: 'mutation',
    document: `mutation($id: ID!) { deleteSentimentRule(id: $id) }`,
    variables: (ids) => ({ id: ids.doomedRule }),
    expect: { ...signalsManage, admin: 'SENTIMENT_RULE_NOT_FOUND' },
  },
  // Dynamic Signal alerts: the hub manages rules and backtests; an alert shows to its recipients and the hub
  alertRules: { kind: 'query', document: `{ alertRules { id } }`, expect: alertsManage },
  alertRule: { kind: 'query', document: `query($id: ID!) { alertRule(id: $id) { id } }`, variables: (ids) => ({ id: ids.alertRule }), expect: alertsManage },
  backtestAlertRule: {
    kind: 'query',
    document: `query($id: ID!, $from: DateTime!, $to: DateTime!) { backtestAlertRule(ruleId: $id, from: $from, to: $to) { fired } }`,
    variables: (ids) => ({ id: ids.alertRule, from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date().toISOString() }),
    expect: alertsManage,
  },
  createAlertRule: { kind: 'mutation', document: `mutation($id: ID!) { createAlertRule(input: { name: "Essai", termId: $id, enabled: false }) { id } }`, variables: (ids) => ({ id: ids.term }), expect: alertsManage },
  updateAlertRule: { kind: 'mutation', document: `mutation($id: ID!) { updateAlertRule(id: $id, input: { preset: high }) { id } }`, variables: (ids) => ({ id: ids.alertRule }), expect: alertsManage },
  deleteAlertRule: {
    kind: 'mutation',
    document: `mutation($id: ID!) { deleteAlertRule(id: $id) }`,
    variables: (ids) => ({ id: ids.doomedAlertRule }),
    expect: { ...alertsManage, admin: 'ALERT_RULE_NOT_FOUND' },
  },
  alerts: { kind: 'query', document: `{ alerts(first: 5) { nodes { id samples { id } } } }`, expect: signedIn('ok') },
  alert: { kind: 'query', document: `query($id: ID!) { alert(id: $id) { id } }`, variables: (ids) => ({ id: ids.alertId }), expect: alertsRouted },
  giveAlertFeedback: { kind: 'mutation', document: `mutation($id: ID!) { giveAlertFeedback(id: $id, verdict: useful) { id } }`, variables: (ids) => ({ id: ids.alertId }), expect: alertsRouted },
  setAlertStatus: { kind: 'mutation', document: `mutation($id: ID!) { setAlertStatus(id: $id, status: acknowledged) { id } }`, variables: (ids) => ({ id: ids.alertId }), expect: alertsRouted },
};

function schemaOperations(): string[] {
  const schema = buildSchema(readFileSync(join(__dirname, '../../server/schema.gql'), 'utf8'));
  const fields = (type: GraphQLObjectType | null | undefined) => Object.keys(type?.getFields() ?? {});
  return [...fields(schema.getQueryType()), ...fields(schema.getMutationType())].sort();
}

/** What users, the organisation and the audit log hold; sessions are left out (reads touch them). */
async function snapshot(t: TestApp): Promise<string> {
  const [row] = await t.ds.query(`
    SELECT (SELECT md5(string_agg(concat_ws('|', id, email, display_name, job_title, department_id, role, locale, role_set_by_admin_at, deactivated_at, updated_at), ',' ORDER BY id)) FROM users) AS users,
           (SELECT md5(string_agg(concat_ws('|', name, hub_model, default_locale), ',')) FROM organisation) AS organisation,
           (SELECT count(*) FROM audit_log) AS audit,
           (SELECT md5(string_agg(concat_ws('|', id, title, audience, vote_budget, hide_counts_until_voted, updated_at), ',' ORDER BY id)) FROM campaigns) AS campaigns,
           (SELECT md5(string_agg(concat_ws('|', id, title, tags, stage_id, up_votes, down_votes, updated_at), ',' ORDER BY id)) FROM ideas JOIN idea_tallies ON idea_id = id) AS ideas,
           (SELECT md5(string_agg(concat_ws('|', idea_id, user_id, value), ',' ORDER BY idea_id, user_id)) FROM idea_votes) AS votes`);
  return JSON.stringify(row);
}

describe('permission matrix: every operation × every role', () => {
  let t: TestApp;
  const cookies: Partial<Record<Persona, string>> = {};
  let ids: Ids;

  beforeAll(async () => {
    t = await startTestApp();
    for (const [persona, email] of Object.entries(PEOPLE)) cookies[persona as Persona] = await t.signIn(email);
    const [dept] = await t.ds.query(`SELECT id FROM departments WHERE code = 'ventes'`);
    ids = { target: await t.userId('james.walker@maison-lumiere.example'), department: dept.id };
    const [idea] = await t.ds.query(`SELECT i.id, i.campaign_id, i.stage_id FROM ideas i JOIN campaign_stages s ON s.id = i.stage_id WHERE i.title LIKE 'Des fiches produit%' AND s.kind = 'submitted'`);
    const [marketing] = await t.ds.query(`SELECT id FROM departments WHERE code = 'marketing'`);
    Object.assign(ids, { campaign: idea.campaign_id, idea: idea.id, stage: idea.stage_id, marketing: marketing.id });
    // Reviews: see Ids.
    ids.stageOrder = (await t.ds.query(`SELECT id FROM campaign_stages WHERE campaign_id = $1 ORDER BY position`, [idea.campaign_id])).map((s: { id: string }) => s.id);
    const [reviewIdea] = await t.ds.query(`SELECT i.id, i.stage_id FROM ideas i JOIN stage_scorecards sc ON sc.stage_id = i.stage_id WHERE i.title LIKE 'Une FAQ nourrie%'`);
    const criteria: { id: string; kind: string }[] = await t.ds.query(`SELECT id, kind FROM review_criteria WHERE stage_id = $1 ORDER BY position`, [reviewIdea.stage_id]);
    Object.assign(ids, { reviewIdea: reviewIdea.id, reviewStage: reviewIdea.stage_id, reviewAnswers: criteria.map((c) => (c.kind === 'score' ? { criterionId: c.id, score: 4 } : { criterionId: c.id, amount: 5000 })) });
    ids.otherReviewStage = (await t.ds.query(`SELECT s.id FROM campaign_stages s JOIN campaigns c ON c.id = s.campaign_id WHERE c.title LIKE 'Qualité de vie%' AND s.kind = 'review'`))[0].id;
    const [comment] = await t.ds.query(`SELECT c.id FROM comments c JOIN ideas i ON i.id = c.idea_id WHERE i.campaign_id = $1 AND c.parent_id IS NULL ORDER BY c.created_at LIMIT 1`, [idea.campaign_id]);
    ids.comment = comment.id;
    const curated = async (title: string) =>
      (await t.ds.query(`INSERT INTO ideas (campaign_id, title, stage_id) VALUES ($1, $2, $3) RETURNING id`, [idea.campaign_id, title, idea.stage_id]))[0].id as string;
    ids.mergeSource = await curated('Doublon à fusionner');
    ids.mergeTarget = await curated('Idée qui absorbe le doublon');
    ids.link = (await t.ds.query(`INSERT INTO idea_links (from_idea_id, target_id, kind) VALUES ($1, $2, 'answers') RETURNING id`, [idea.id, ids.mergeSource]))[0].id;
    // Dynamic Signal: see Ids.
    const one = async (sql: string, params: unknown[] = []) => (await t.ds.query(sql, params))[0].id as string;
    ids.webhookSource = await one(`SELECT id FROM signal_sources WHERE kind = 'webhook' AND department_id IS NULL LIMIT 1`);
    ids.manualSource = await one(`SELECT id FROM signal_sources WHERE kind = 'manual' AND department_id IS NULL LIMIT 1`);
    ids.importSource = await one(`INSERT INTO signal_sources (kind, name) VALUES ('import', 'Archives') RETURNING id`);
    ids.importRun = await one(`INSERT INTO signal_import_runs (source_id, status) VALUES ($1, 'done') RETURNING id`, [ids.importSource]);
    ids.doomedSource = await one(`INSERT INTO signal_sources (kind, name) VALUES ('manual', 'À supprimer') RETURNING id`);
    ids.watchlist = await one(`SELECT id FROM signal_watchlists WHERE name = 'Concurrents'`);
    ids.term = await one(`SELECT id FROM signal_watch_terms WHERE label = 'Clairvoy'`);
    ids.doomedWatchlist = await one(`INSERT INTO signal_watchlists (name) VALUES ('À supprimer') RETURNING id`);
    ids.doomedTerm = await one(`INSERT INTO signal_watch_terms (watchlist_id, label, query) VALUES ($1, 'À supprimer', 'supprimer') RETURNING id`, [ids.watchlist]);
    ids.doomedRule = await one(`INSERT INTO signal_sentiment_rules (query, label) VALUES ('supprimer', 'neutral') RETURNING id`);
    const hub = await t.signIn(PEOPLE.hub_coordinator);
    const item = await t.gql<{ createSignalItem: { id: string } }>(`mutation($id: ID!) { createSignalItem(input: { sourceId: $id, title: "Clairvoy rappelle ses lampes" }) { id } }`, { id: ids.manualSource }, hub);
    if (!item.data) throw new Error(JSON.stringify(item.errors));
    ids.signalItem = item.data.createSignalItem.id;
    // Dynamic Signal alerts: see Ids.
    ids.alertRule = await one(`SELECT id FROM alert_rules WHERE name LIKE 'Orange%'`);
    ids.doomedAlertRule = await one(`INSERT INTO alert_rules (name, term_id, kinds, preset, time_zone, enabled) VALUES ('À supprimer', $1, '{burst}', 'medium', 'UTC', false) RETURNING id`, [ids.term]);
    const [marketingDept] = await t.ds.query(`SELECT id FROM departments WHERE code = 'marketing'`);
    const recipients = (await t.ds.query(`SELECT id FROM users WHERE department_id = $1 AND role IN ('manager', 'department_rep')`, [marketingDept.id])).map((r: { id: string }) => r.id);
    ids.alertId = await one(
      `INSERT INTO alerts (rule_id, minute, kind, rule_name, subject, measure, observed, expected, strength, window_minutes, preset, multiplier, recipients)
       VALUES ($1, date_trunc('minute', now()) - interval '1 hour', 'burst', 'Orange : pic de mentions', 'Orange', 'authors', 14, 2.5, 7.1, 1, 'medium', 1, $2::uuid[]) RETURNING id`,
      [ids.alertRule, recipients],
    );
  });
  afterAll(() => t.close());

  it('has a row for every query and mutation of the schema', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual(schemaOperations());
  });

  for (const [name, op] of Object.entries(OPERATIONS)) {
    for (const persona of PERSONAS) {
      const expected = op.expect[persona];
      it(`${name} · ${persona} → ${expected}`, async () => {
        const before = op.kind === 'mutation' ? await snapshot(t) : '';
        const res = await t.gql<Record<string, unknown>>(op.document, op.variables?.(ids) ?? {}, cookies[persona]);
        if (expected === 'ok') {
          expect(res.errors).toBeUndefined();
          // Present and not null (a count of 0 is an answer too).
          expect(res.data?.[name] ?? null).not.toBeNull();
        } else {
          expect(res.errors?.map((e) => e.extensions?.code)).toEqual([expected]);
          expect(res.data?.[name] ?? null).toBeNull();
          if (op.kind === 'mutation') expect(await snapshot(t)).toBe(before);
        }
      });
    }
  }

  it('gives a person of another department the same answers on department-scoped reads (nothing is department-restricted yet)', async () => {
    const other = await t.signIn('james.walker@maison-lumiere.example'); // Sales, looking at Marketing
    const [marketing] = await t.ds.query(`SELECT id FROM departments WHERE code = 'marketing'`);
    const res = await t.gql<{ department: { id: string; memberCount: number } }>(`query($id: ID!) { department(id: $id) { id memberCount } }`, { id: marketing.id }, other);
    expect(res.data?.department.memberCount).toBeGreaterThan(0);
    const denied = await t.gql(`mutation { updateOrganisation(input: { hubModel: centralised }) { hubModel } }`, {}, other);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

/** Every mutation with bad input: a coded error, and nothing written. */
describe('mutations refuse bad input and change nothing', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let target: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(PEOPLE.admin);
    member = await t.signIn(PEOPLE.member);
    target = await t.userId('james.walker@maison-lumiere.example');
  });
  afterAll(() => t.close());

  const cases: [string, () => { doc: string; vars?: Record<string, unknown>; as: () => string }, ErrorCode | 'GRAPHQL_VALIDATION_FAILED'][] = [
    ['updateMyPreferences: unknown locale literal', () => ({ doc: `mutation { updateMyPreferences(input: { locale: XX }) { locale } }`, as: () => member }), 'GRAPHQL_VALIDATION_FAILED'],
    ['updateMyPreferences: unknown locale variable', () => ({ doc: `mutation($i: UpdateMyPreferencesInput!) { updateMyPreferences(input: $i) { locale } }`, vars: { i: { locale: 'xx' } }, as: () => member }), 'BAD_USER_INPUT'],
    ['updateMyPreferences: wrong type', () => ({ doc: `mutation($i: UpdateMyPreferencesInput!) { updateMyPreferences(input: $i) { locale } }`, vars: { i: 'fr' }, as: () => member }), 'BAD_USER_INPUT'],
    ['updateOrganisation: name too long', () => ({ doc: `mutation($n: String) { updateOrganisation(input: { name: $n }) { name } }`, vars: { n: 'x'.repeat(201) }, as: () => admin }), 'BAD_USER_INPUT'],
    ['updateOrganisation: oversized name', () => ({ doc: `mutation($n: String) { updateOrganisation(input: { name: $n }) { name } }`, vars: { n: 'é'.repeat(100_000) }, as: () => admin }), 'BAD_USER_INPUT'],
    ['updateOrganisation: blank name', () => ({ doc: `mutation { updateOrganisation(input: { name: " \\t " }) { name } }`, as: () => admin }), 'BAD_USER_INPUT'],
    ['updateOrganisation: unknown hub model', () => ({ doc: `mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { name } }`, vars: { i: { hubModel: 'anarchic' } }, as: () => admin }), 'BAD_USER_INPUT'],
    ['updateOrganisation: name of the wrong type', () => ({ doc: `mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { name } }`, vars: { i: { name: 42 } }, as: () => admin }), 'BAD_USER_INPUT'],
    ['setUserRole: unknown id', () => ({ doc: `mutation($id: ID!) { setUserRole(userId: $id, role: manager) { role } }`, vars: { id: '00000000-0000-4000-8000-000000000000' }, as: () => admin }), 'USER_NOT_FOUND'],
    ['setUserRole: garbage id', () => ({ doc: `mutation($id: ID!) { setUserRole(userId: $id, role: manager) { role } }`, vars: { id: "1' OR '1'='1" }, as: () => admin }), 'USER_NOT_FOUND'],
    ['setUserRole: oversized id', () => ({ doc: `mutation($id: ID!) { setUserRole(userId: $id, role: manager) { role } }`, vars: { id: 'a'.repeat(50_000) }, as: () => admin }), 'USER_NOT_FOUND'],
    ['setUserRole: id of the wrong type', () => ({ doc: `mutation($id: ID!) { setUserRole(userId: $id, role: manager) { role } }`, vars: { id: { nested: true } }, as: () => admin }), 'BAD_USER_INPUT'],
    ['setUserRole: unknown role', () => ({ doc: `mutation($id: ID!, $r: Role!) { setUserRole(userId: $id, role: $r) { role } }`, vars: { id: target, r: 'ROOT' }, as: () => admin }), 'BAD_USER_INPUT'],
    ['setUserRole: missing role', () => ({ doc: `mutation($id: ID!) { setUserRole(userId: $id) { role } }`, vars: { id: target }, as: () => admin }), 'GRAPHQL_VALIDATION_FAILED'],
  ];

  for (const [name, make, code] of cases) {
    it(name, async () => {
      const { doc, vars, as } = make();
      const before = await snapshot(t);
      const res = await t.gql(doc, vars ?? {}, as());
      expect(res.errors?.[0].extensions?.code).toBe(code);
      expect(res.data ?? null).toBeNull();
      expect(await snapshot(t)).toBe(before);
    });
  }

  it('refuses concurrent conflicting role changes cleanly: every call answers, the last write wins, each is audited once', async () => {
    const roles = ['manager', 'department_rep', 'member', 'manager', 'department_rep'];
    const results = await Promise.all(
      roles.map((role) => t.gql<{ setUserRole: { role: string } }>(`mutation($id: ID!) { setUserRole(userId: $id, role: ${role}) { role } }`, { id: target }, admin)),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const [audits] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.role' AND target_id = $1`, [target]);
    expect(audits.n).toBe(roles.length);
  });
});
