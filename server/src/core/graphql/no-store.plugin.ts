import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';

/**
 * Apollo's default cache-control plugin wraps every field's resolver to gather cache hints that Ruche
 * never gives, only to end with `Cache-Control: no-store` (answers are personal). That wrapper was a
 * measurable part of a list query's time (bench/api.mjs): it is off, and the header is set here once.
 * The inline-trace plugin (federated subgraphs only) is off too, rather than asked on every request.
 */
export function noStorePlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    ApolloServerPluginInlineTraceDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
