// The gateway: @apollo/gateway executing the committed supergraph inside Apollo Server, served
// by the same HTTP front as the subgraphs. Subgraph URLs come from configuration, so one
// supergraph file serves local runs, docker compose and production alike.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import { type Config, loadConfig } from '../common/config.js';
import { DomainError } from '../common/errors.js';
import { createFormatError } from '../common/format-error.js';
import { createHttpServer, listen } from '../common/http-server.js';
import { createIdentitySigner, type Identity } from '../common/identity.js';
import { createLogger } from '../common/logger.js';
import { createServiceMetrics } from '../common/metrics.js';
import { countPoints, selectsPoints } from '../common/points-returned.js';
import { checkRequestBody } from '../common/request-guard.js';
import { requestIdPlugin, SUBGRAPH_NAMES, type SubgraphName } from '../common/subgraph.js';
import { ORGANIZATION_HEADER, REQUEST_ID_HEADER } from '../common/tenancy.js';
import { isUuid } from '../common/validate.js';
import type { Database } from '../database/database.js';
import { type Authenticator, createAuthenticator } from './authenticate.js';
import { SUPERGRAPH_PATH } from './compose-supergraph.js';
import { costLimitPlugin, limitValidationRules } from './limits.js';
import { createRateLimiter } from './rate-limit.js';
import { withSingleFetchShortcut } from './single-fetch.js';
import { forwardedPoints, responseBody, stringifyResult, SubgraphDataSource } from './subgraph-data-source.js';
import { createUsageMeter, type UsageMeter } from './usage.js';

export interface GatewayContext {
  requestId: string;
  identity: Identity;
  /** Cost units of the operation, set by the cost limit once the operation is known. */
  cost?: number;
  /** Headers every subgraph call of this request carries, signed once per request. */
  subgraphHeaders?: Record<string, string>;
}

export interface GatewayOptions {
  config?: Config;
  /** Database for API keys and usage metering; without it only JWTs and anonymous access work. */
  db?: Kysely<Database>;
  /** Subgraph URL per name; defaults to the configured host and ports. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  supergraphSdl?: string;
  port?: number;
  /**
   * Answer single-subgraph operations from the subgraph's own result (gateway/single-fetch.ts).
   * On by default; tests turn it off to compare both paths.
   */
  singleFetch?: boolean;
}

export interface RunningGateway {
  url: string;
  port: number;
  apollo: ApolloServer<GatewayContext>;
  http: Server;
  /** Operations served so far by each execution path. */
  paths: Record<'single-fetch' | 'gateway', number>;
  stop(): Promise<void>;
}

export function subgraphUrlsFromConfig(config: Config, env: NodeJS.ProcessEnv = process.env): Record<SubgraphName, string> {
  const urls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    urls[name] = env[`${name.toUpperCase()}_URL`] || `http://${config.host}:${config.ports[name]}/graphql`;
  }
  return urls;
}

/** A domain error raised before execution becomes a coded GraphQL error with its HTTP status. */
function contextError(e: unknown): unknown {
  if (!(e instanceof DomainError)) return e;
  const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, LIMIT_EXCEEDED: 429 }[e.code as string] ?? 400;
  return new GraphQLError(e.message, { extensions: { ...e.details, code: e.code, http: { status } } });
}

export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const config = options.config ?? loadConfig();
  const logger = createLogger({ service: 'gateway' });
  if (!config.internalSecret) throw new Error('INTERNAL_SECRET must be set in production: it signs the identity the gateway forwards to the subgraphs.');
  const urls = { ...subgraphUrlsFromConfig(config), ...options.subgraphUrls };
  const authenticate: Authenticator = createAuthenticator(options.db, config.auth);
  const rateLimiter = createRateLimiter(config.limits, config.redisUrl);
  const usage: UsageMeter | undefined = options.db ? createUsageMeter(options.db) : undefined;
  const metrics = createServiceMetrics('gateway');
  const sign = createIdentitySigner(config.internalSecret);
  const sources = new Map<string, SubgraphDataSource<GatewayContext>>();
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  const paths = { 'single-fetch': 0, gateway: 0 };
  const apolloGateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const source = new SubgraphDataSource<GatewayContext>({
        name,
        url: urls[name as SubgraphName],
        // The subgraphs trust only what the gateway signed.
        headers: (context) => {
          if (!context) return {};
          context.subgraphHeaders ??= {
            ...(context.requestId ? { [REQUEST_ID_HEADER]: context.requestId } : {}),
            ...(context.identity ? sign(context.identity) : {}),
          };
          return context.subgraphHeaders;
        },
      });
      sources.set(name, source);
      return source;
    },
  });
  const gateway =
    options.singleFetch === false
      ? apolloGateway
      : withSingleFetchShortcut(apolloGateway, { supergraphSdl, sources: () => sources, onRequest: (path) => paths[path]++ });
  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    stringifyResult,
    validationRules: limitValidationRules(config.limits),
    formatError: createFormatError({
      maskInternal: production,
      onInternal: (e) => logger.error('internal error', { error: (e as Error)?.stack ?? String(e) }),
    }),
    plugins: [
      // No cache hints are used; the default cache-control plugin would only cost time per request.
      ApolloServerPluginCacheControlDisabled(),
      requestIdPlugin<GatewayContext>(),
      costLimitPlugin<GatewayContext>(config.limits),
      metrics.plugin<GatewayContext>(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue, document }) {
              if (!usage || !contextValue.identity) return;
              const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
              usage.record({
                organizationId: contextValue.identity.organizationId,
                apiKeyId: contextValue.identity.keyId,
                subject: contextValue.identity.subject,
                errors: body?.errors?.length ? 1 : 0,
                cost: contextValue.cost ?? 0,
                points: selectsPoints(document) ? (forwardedPoints(body?.data) ?? countPoints(body?.data)) : 0,
              });
            },
          };
        },
      },
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
  await apollo.start();
  const http = createHttpServer<GatewayContext>({
    apollo,
    logger,
    corsOrigins: config.corsOrigins,
    maxBodyBytes: config.maxBodyBytes,
    routes: (req, res) => metrics.route(req, res),
    precheck: (body, text) => checkRequestBody(body, { maxTokens: config.limits.maxTokens }, text),
    responseBody,
    context: async (req, requestId) => {
      try {
        let identity = await authenticate(req.headers);
        const asked = req.headers[ORGANIZATION_HEADER];
        // Development convenience only: anonymous callers may pick a tenant by header.
        if (identity.subject === 'anonymous' && isUuid(asked)) identity = { ...identity, organizationId: asked.toLowerCase() };
        await rateLimiter.consume(identity.keyId ?? (identity.subject === 'anonymous' ? `anonymous:${req.socket.remoteAddress}` : identity.subject));
        return { requestId, identity };
      } catch (e) {
        throw contextError(e);
      }
    },
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
    paths,
    async stop() {
      await new Promise<void>((r) => http.close(() => r()));
      http.closeAllConnections?.();
      await apollo.stop();
      await usage?.stop();
      await rateLimiter.close();
      await Promise.all([...sources.values()].map((s) => s.close()));
    },
  };
}
