import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { HttpErrorFilter } from './core/errors/http-exception.filter';
import { JobsModule } from './core/jobs/jobs.module';
import { GraphQLModule } from './core/graphql/graphql.module';
import { LoggingModule } from './core/logging/logging.module';
import { RealtimeModule } from './core/realtime/realtime.module';
import { SecurityModule } from './core/security/security.module';
import { AuditModule } from './modules/audit';
import { HealthModule } from './modules/health';
import { IdentityModule } from './modules/identity';
import { NotificationsModule } from './modules/notifications';
import { OrgModule } from './modules/org';
import { UsersModule } from './modules/users';
import { CampaignsModule } from './modules/campaigns';
import { IdeasModule } from './modules/ideas';
import { ReviewsModule } from './modules/reviews';
import { FollowsModule } from './modules/follows';
import { CommentsModule } from './modules/comments';
import { ModerationModule } from './modules/moderation';
import { PairwiseModule } from './modules/pairwise';
import { SignalsModule } from './modules/signals';
import { AlertsModule } from './modules/alerts';

/** Feature modules, each with its own tables, rules and errors. A new pillar is one more entry. */
const FEATURES = [AuditModule, HealthModule, OrgModule, UsersModule, IdentityModule, NotificationsModule, CampaignsModule, IdeasModule, FollowsModule, CommentsModule, PairwiseModule, ReviewsModule, ModerationModule, SignalsModule, AlertsModule];

/** Core infrastructure first, then the features. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    if (!config.database.url) throw new Error('AppModule needs a database URL (embedded PostgreSQL starts before it)');
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.database.url,
          // Each module lists its entities with TypeOrmModule.forFeature.
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          logging: false,
          extra: { max: config.database.poolSize, connectionTimeoutMillis: 5000, application_name: 'ruche' },
          retryAttempts: 0,
        }),
        DatabaseModule,
        JobsModule,
        SecurityModule,
        RealtimeModule,
        GraphQLModule,
        ...FEATURES,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    };
  }
}
