// The gateway: @apollo/gateway executing the committed supergraph inside Apollo Server, served
// by the same HTTP front as the subgraphs. Subgraph URLs come from configuration, so one
// supergraph file serves local runs, docker compose and production alike.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { type Config, loadConfig } from '../common/config.js';
import { createFormatError } from '../common/format-error.js';
import { createHttpServer, listen } from '../common/http-server.js';
import { createLogger } from '../common/logger.js';
import { requestIdPlugin, SUBGRAPH_NAMES, type SubgraphName } from '../common/subgraph.js';
import { ORGANIZATION_HEADER, REQUEST_ID_HEADER } from '../common/tenancy.js';
import { SUPERGRAPH_PATH } from './compose-supergraph.js';

export interface GatewayContext {
  requestId: string;
  organization: string | undefined;
}

export interface GatewayOptions {
  config?: Config;
  /** Subgraph URL per name; defaults to the configured host and ports. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  supergraphSdl?: string;
  port?: number;
}

export interface RunningGateway {
  url: string;
  port: number;
  apollo: ApolloServer<GatewayContext>;
  http: Server;
  stop(): Promise<void>;
}

export function subgraphUrlsFromConfig(config: Config, env: NodeJS.ProcessEnv = process.env): Record<SubgraphName, string> {
  const urls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    urls[name] = env[`${name.toUpperCase()}_URL`] || `http://${config.host}:${config.ports[name]}/graphql`;
  }
  return urls;
}

export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const config = options.config ?? loadConfig();
  const logger = createLogger({ service: 'gateway' });
  const urls = { ...subgraphUrlsFromConfig(config), ...options.subgraphUrls };
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: urls[name as SubgraphName],
        willSendRequest({ request, context }) {
          if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
          if (context.organization) request.http?.headers.set(ORGANIZATION_HEADER, context.organization);
        },
      }),
  });
  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError({
      maskInternal: production,
      onInternal: (e) => logger.error('internal error', { error: (e as Error)?.stack ?? String(e) }),
    }),
    plugins: [
      requestIdPlugin<GatewayContext>(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
  await apollo.start();
  const http = createHttpServer<GatewayContext>({
    apollo,
    logger,
    corsOrigins: config.corsOrigins,
    context: async (req, requestId) => ({
      requestId,
      organization: typeof req.headers[ORGANIZATION_HEADER] === 'string' ? (req.headers[ORGANIZATION_HEADER] as string) : undefined,
    }),
    ready: async () => {
      // Ready when every subgraph answers its own readiness probe.
      const checks = await Promise.all(
        SUBGRAPH_NAMES.map(async (name) => {
          const res = await fetch(urls[name].replace(/\/graphql$/, '/ready')).catch(() => undefined);
          return [name, res?.ok ? 'ok' : 'unavailable'] as const;
        }),
      );
      const failed = checks.filter(([, s]) => s !== 'ok').map(([n]) => n);
      if (failed.length) throw new Error(`subgraphs not ready: ${failed.join(', ')}`);
      return { subgraphs: Object.fromEntries(checks) };
    },
  });
  const { port, url } = await listen(http, options.port ?? config.ports.gateway, config.host);
  return {
    url,
    port,
    apollo,
    http,
    async stop() {
      await new Promise<void>((r) => http.close(() => r()));
      http.closeAllConnections?.();
      await apollo.stop();
    },
  };
}
