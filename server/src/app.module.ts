import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { AuthCoreModule } from './core/auth/auth-core.module';
import { AuthModule } from './core/auth/auth.module';
import { entities } from './core/database/entities';
import { HttpErrorFilter } from './core/errors/http-exception.filter';
import { JobsModule } from './core/jobs/jobs.module';
import { GraphQLModule } from './core/graphql/graphql.module';
import { LoggingModule } from './core/logging/logging.module';
import { RealtimeModule } from './core/realtime/realtime.module';
import { HealthModule } from './modules/health/health.module';
import { OrgModule } from './modules/org/org.module';
import { UsersModule } from './modules/users/users.module';

/** Core first, then feature modules. A new pillar is one more entry in `features`. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    if (!config.database.url) throw new Error('AppModule needs a database URL (embedded PostgreSQL starts before it)');
    const features = [HealthModule, OrgModule, UsersModule];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.database.url,
          entities,
          synchronize: false,
          migrationsRun: false,
          logging: false,
          extra: { max: config.database.poolSize, connectionTimeoutMillis: 5000, application_name: 'ruche' },
          retryAttempts: 0,
        }),
        JobsModule,
        AuthCoreModule,
        RealtimeModule,
        GraphQLModule,
        AuthModule,
        ...features,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    };
  }
}
