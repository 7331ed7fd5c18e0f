/** The signals module's public surface (Dynamic Signal): other modules use these, never its files directly. */
export { SignalsModule } from './signals.module';
export { SourcesService } from './sources.service';
export { WatchlistsService } from './watchlists.service';
export { ItemsService, type SignalItemView, type ItemFilter } from './items.service';
export { IngestService, type IngestEntry, type IngestReport } from './ingest/ingest.service';
export { PollingService, backoffSeconds } from './ingest/polling.service';
export { RetentionService } from './ingest/retention.service';
export { signWebhook } from './ingest/webhook-signature';
export { SignalItemType, SignalSourceType, WatchlistType, WatchTermType } from './signals.types';
export type { SignalSourceEntity } from './signal-source.entity';
export { seedDemoSignals } from './demo/signals.demo';
export { StreamService } from './stream/stream.service';
export { DemoReplayer } from './demo/replayer';
export { CountsReader, compileKeywords, type SeriesSpec, type SeriesTerm, type SeriesWatchlist, type SampleItem, type WindowStats } from './counts-reader';
export * from './spikes';
