import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { ROOT_LOGGER } from '../logging/logging.module';
import { buildContext } from './context';
import { errorLogPlugin, formatError } from './format-error';
import { documentLimits } from './document-limits';
import { documentLimitsRule, limitsPlugin } from './limits.plugin';
import { noStorePlugins } from './no-store.plugin';
import './enums';

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, ROOT_LOGGER],
      useFactory: (config: AppConfig, logger: Logger): ApolloDriverConfig => {
        const limits = documentLimits(config.graphql.maxDepth);
        return {
          path: '/graphql',
          // Apollo stops (and its Fastify drain closes the HTTP server) at shutdown, after realtime has
          // disconnected its sockets (beforeApplicationShutdown): at module destroy, the server's close
          // would wait on the still-open websockets.
          stopOnApplicationShutdown: true,
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: config.graphql.introspection,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          context: buildContext,
          parseOptions: { maxTokens: limits.maxTokens },
          validationRules: [documentLimitsRule(limits)],
          plugins: [limitsPlugin(limits, config.graphql.maxComplexity), ...noStorePlugins(), errorLogPlugin(logger.child({ module: 'graphql' }))],
          formatError: formatError({ hideSuggestions: !config.graphql.introspection }),
        };
      },
    }),
  ],
})
export class GraphQLModule {}
