import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import { AuditModule } from '../audit';
import { OrgModule } from '../org';
import { CountsReader } from './counts-reader';
import { DemoReplayer } from './demo/replayer';
import { ImportsController } from './ingest/imports.controller';
import { ImportsService } from './ingest/imports.service';
import { IngestService } from './ingest/ingest.service';
import { PollingService } from './ingest/polling.service';
import { registerRawBodies } from './ingest/raw-body';
import { RetentionService } from './ingest/retention.service';
import { WebhooksController } from './ingest/webhooks.controller';
import { WebhooksService } from './ingest/webhooks.service';
import { ItemsResolver } from './items.resolver';
import { ItemsService } from './items.service';
import { PreviewController } from './preview.controller';
import { SignalImportEntity } from './signal-import.entity';
import { SignalSourceEntity } from './signal-source.entity';
import { SourcePreviewService } from './source-preview.service';
import { SignalImportResolver, SourcesResolver } from './sources.resolver';
import { SourcesService } from './sources.service';
import { StreamRepository } from './stream/stream.repository';
import { StreamService } from './stream/stream.service';
import { SentimentRuleEntity, WatchlistEntity, WatchTermEntity } from './watchlist.entity';
import { WatchlistsResolver } from './watchlists.resolver';
import { WatchlistsService } from './watchlists.service';

/**
 * Dynamic Signal: sources, ingest (webhooks, NDJSON imports, feed polling, manual entry), storage
 * (daily partitions, stories, counts, retention), watchlists and the stream's GraphQL API.
 */
@Module({
  imports: [TypeOrmModule.forFeature([SignalSourceEntity, WatchlistEntity, WatchTermEntity, SentimentRuleEntity, SignalImportEntity]), OrgModule, AuditModule],
  controllers: [WebhooksController, ImportsController, PreviewController],
  providers: [
    SourcesService,
    WatchlistsService,
    ItemsService,
    IngestService,
    WebhooksService,
    ImportsService,
    PollingService,
    RetentionService,
    SourcePreviewService,
    SourcesResolver,
    SignalImportResolver,
    WatchlistsResolver,
    ItemsResolver,
    StreamRepository,
    StreamService,
    DemoReplayer,
    CountsReader,
  ],
  exports: [CountsReader, SourcesService, WatchlistsService, ItemsService, IngestService, PollingService, RetentionService],
})
export class SignalsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Before Fastify is ready: the webhook, import and preview routes read their own bodies (ingest/raw-body.ts). */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    registerRawBodies(fastify);
  }
}
