import { Foundation1764000000000 } from './1764000000000-foundation';
import { RealtimeAdapter1764000100000 } from './1764000100000-realtime-adapter';
import { ScheduledJobs1764000200000 } from './1764000200000-scheduled-jobs';
import { RoleOverride1764000300000 } from './1764000300000-role-override';
import { UsersSearchIndex1764000400000 } from './1764000400000-users-search-index';
import { Notifications1764001000000 } from './1764001000000-notifications';
import { Hivemind1764002000000 } from './1764002000000-hivemind';
import { CommentsFollows1764003000000 } from './1764003000000-comments-follows';
import { CampaignOpenNotices1764003100000 } from './1764003100000-campaign-open-notices';
import { Pairwise1764005000000 } from './1764005000000-pairwise';
import { Curation1764004000000 } from './1764004000000-curation';
import { Reviews1764006000000 } from './1764006000000-reviews';
import { CastVote1764007000000 } from './1764007000000-cast-vote';
import { CastVoteLockFirst1764008000000 } from './1764008000000-cast-vote-lock-first';
import { Signals1765000000000 } from './1765000000000-signals';
import { SignalsStream1765500000000 } from './1765500000000-signals-stream';
import { Alerts1766000000000 } from './1766000000000-alerts';
import { SignalsIngestRepairs1766100000000 } from './1766100000000-signals-ingest-repairs';
import { SignalsIngestSpeed1766200000000 } from './1766200000000-signals-ingest-speed';
import { AlertsLateItems1766300000000 } from './1766300000000-alerts-late-items';
import { SignalsIngestIntegrity1766400000000 } from './1766400000000-signals-ingest-integrity';
import { SignalStoriesNoBands1766500000000 } from './1766500000000-signal-stories-no-bands';
import { IdeaScoresInline1766600000000 } from './1766600000000-idea-scores-inline';
import { FoldPlpgsql1766700000000 } from './1766700000000-fold-plpgsql';
import { IdeaTallies1766800000000 } from './1766800000000-idea-tallies';
import { IdeaVotesOneKey1766900000000 } from './1766900000000-idea-votes-one-key';

/** Every migration, in order. New migrations are added here as well as in this folder. */
export const migrations = [Foundation1764000000000, RealtimeAdapter1764000100000, ScheduledJobs1764000200000, RoleOverride1764000300000, UsersSearchIndex1764000400000, Notifications1764001000000, Hivemind1764002000000, CommentsFollows1764003000000, CampaignOpenNotices1764003100000, Curation1764004000000, Pairwise1764005000000, Reviews1764006000000, CastVote1764007000000, CastVoteLockFirst1764008000000, Signals1765000000000, SignalsStream1765500000000, Alerts1766000000000, SignalsIngestRepairs1766100000000, SignalsIngestSpeed1766200000000, AlertsLateItems1766300000000, SignalsIngestIntegrity1766400000000, SignalStoriesNoBands1766500000000, IdeaScoresInline1766600000000, FoldPlpgsql1766700000000, IdeaTallies1766800000000, IdeaVotesOneKey1766900000000];
