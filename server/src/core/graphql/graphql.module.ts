import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { ROOT_LOGGER } from '../logging/logging.module';
import { buildContext } from './context';
import { formatError } from './format-error';
import { complexityLimitPlugin, depthLimitRule } from './limits.plugin';
import './enums';

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, ROOT_LOGGER],
      useFactory: (config: AppConfig, logger: Logger) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: config.graphql.introspection,
        csrfPrevention: true,
        includeStacktraceInErrorResponses: false,
        context: buildContext,
        validationRules: [depthLimitRule(config.graphql.maxDepth)],
        plugins: [complexityLimitPlugin(config.graphql.maxComplexity)],
        formatError: formatError(logger.child({ module: 'graphql' })),
      }),
    }),
  ],
})
export class GraphQLModule {}
