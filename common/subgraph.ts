// What every subgraph shares: building the federated schema from its .graphql file, the
// per-request context (database, organization, request id, fresh DataLoaders), error
// formatting, and serving it over HTTP. A subgraph folder only supplies its definition.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { type DocumentNode, GraphQLError, type GraphQLSchema, parse } from 'graphql';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database/database.js';
import { createDatabase, type DatabaseHandle, type Engine } from '../database/create-database.js';
import { auditPlugin } from './audit.js';
import { compiledExecutor } from './compiled-executor.js';
import { enforceFieldRules } from './authorization.js';
import { createIdentityVerifier, type Identity, isRole, type VerifyResult, verifyIdentity } from './identity.js';
import { createServiceMetrics } from './metrics.js';
import { pointsHeaderPlugin } from './points-returned.js';
import { checkRequestBody } from './request-guard.js';
import { type Config, loadConfig } from './config.js';
import { createFormatError } from './format-error.js';
import { createHttpServer, listen } from './http-server.js';
import { createLogger, type Logger } from './logger.js';
import { scalarResolvers } from './scalars.js';
import { isUuid } from './validate.js';
import { DEMO_ORGANIZATION_ID, ORGANIZATION_HEADER } from './tenancy.js';

export const SUBGRAPH_NAMES = ['assets', 'readings', 'energy', 'training'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface SubgraphContext<TLoaders> {
  db: Kysely<Database>;
  /** Who is calling, as the gateway signed it (or the development fallback). */
  identity: Identity;
  /** The caller's organization: every repository query is scoped to it. */
  organizationId: string;
  requestId: string;
  loaders: TLoaders;
  logger: Logger;
  config: Config;
}

export interface SubgraphDefinition<TLoaders> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext<TLoaders>>;
  /** Called once per request: DataLoader caches must never outlive a request. */
  createLoaders: (db: Kysely<Database>, organizationId: string, config: Config) => TLoaders;
}

/** Reads a schema file that sits next to the calling module. */
export function loadTypeDefs(moduleUrl: string, file = 'schema.graphql'): DocumentNode {
  return parse(readFileSync(new URL(file, moduleUrl), 'utf8'));
}

export function buildSchema<T>(def: SubgraphDefinition<T>): GraphQLSchema {
  const schema = buildSubgraphSchema([{ typeDefs: def.typeDefs, resolvers: { ...scalarResolvers, ...def.resolvers } as GraphQLResolverMap<unknown> }]);
  enforceFieldRules(schema);
  return schema;
}

/**
 * The caller of a subgraph request: the identity the gateway signed; without a signature, in
 * development only, the anonymous identity (tenant from the organization header or the demo).
 */
export function identityFrom(
  req: Pick<IncomingMessage, 'headers'>,
  config: Config,
  verify: (headers: IncomingMessage['headers']) => VerifyResult = (headers) => verifyIdentity(headers, config.internalSecret),
): Identity {
  const verified = verify(req.headers);
  if (verified.ok) return verified.identity;
  if (config.requireSignature || !config.auth.allowAnonymous) {
    throw new GraphQLError(`Refused: ${verified.reason}. Subgraphs answer only requests that come through the gateway.`, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return { subject: 'anonymous', organizationId: organizationFrom(req), roles: config.auth.anonymousRoles.filter(isRole) };
}

export function organizationFrom(req: Pick<IncomingMessage, 'headers'>): string {
  const header = req.headers[ORGANIZATION_HEADER];
  return isUuid(header) ? header.toLowerCase() : DEMO_ORGANIZATION_ID;
}

export function requestIdPlugin<T extends { requestId: string }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, requestId: contextValue.requestId };
          }
        },
      };
    },
  };
}

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  port: number;
  apollo: ApolloServer<SubgraphContext<unknown>>;
  http: Server;
  /** Operations run so far by each engine (common/compiled-executor.ts). */
  executions: Record<'compiled' | 'graphql-js', number>;
  stop(): Promise<void>;
}

export async function startSubgraph<T>(
  def: SubgraphDefinition<T>,
  options: {
    db: Kysely<Database>;
    port: number;
    host?: string;
    config?: Config;
    engine?: Engine;
    /** Run queries compiled (common/compiled-executor.ts); on by default, off to compare. */
    compiled?: boolean;
  },
): Promise<RunningSubgraph> {
  const config = options.config ?? loadConfig();
  const logger = createLogger({ service: def.name });
  const metrics = createServiceMetrics(def.name, options.engine);
  const verify = createIdentityVerifier(config.internalSecret);
  const schema = buildSchema(def);
  const executions = { compiled: 0, 'graphql-js': 0 };
  const apollo = new ApolloServer<SubgraphContext<T>>({
    ...(options.compiled === false ? { schema } : { gateway: compiledExecutor(schema, { onExecute: (engine) => executions[engine]++ }) }),
    formatError: createFormatError({
      maskInternal: config.nodeEnv === 'production',
      onInternal: (e) => logger.error('internal error', { error: (e as Error)?.stack ?? String(e) }),
    }),
    includeStacktraceInErrorResponses: false,
    introspection: config.nodeEnv !== 'production',
    // No cache hints are used: without the default cache-control plugin no hook runs per field.
    plugins: [requestIdPlugin<SubgraphContext<T>>(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), auditPlugin<SubgraphContext<T>>(), pointsHeaderPlugin<SubgraphContext<T>>(), metrics.plugin<SubgraphContext<T>>(), ...(config.nodeEnv === 'production' ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
  await apollo.start();
  const http = createHttpServer<SubgraphContext<T>>({
    apollo,
    logger,
    corsOrigins: config.corsOrigins,
    maxBodyBytes: config.maxBodyBytes,
    ready: async () => {
      await sql`select 1`.execute(options.db);
      return { database: 'ok' };
    },
    routes: (req, res) => metrics.route(req, res),
    precheck: (body, text) => checkRequestBody(body, { maxTokens: config.limits.maxTokens }, text),
    context: async (req, requestId) => {
      const identity = identityFrom(req, config, verify);
      const organizationId = identity.organizationId;
      return {
        db: options.db,
        identity,
        organizationId,
        requestId,
        config,
        logger: logger.child({ requestId }),
        loaders: def.createLoaders(options.db, organizationId, config),
      };
    },
  });
  const { port, url } = await listen(http, options.port, options.host ?? config.host);
  return {
    name: def.name,
    url,
    port,
    apollo: apollo as ApolloServer<SubgraphContext<unknown>>,
    http,
    executions,
    async stop() {
      await new Promise<void>((r) => http.close(() => r()));
      http.closeAllConnections?.();
      await apollo.stop();
    },
  };
}

export function isMainModule(moduleUrl: string): boolean {
  return !!process.argv[1] && pathToFileURL(process.argv[1]).href === moduleUrl;
}

/** `npm run start:<name>`: one subgraph in its own process. */
export async function runStandalone<T>(def: SubgraphDefinition<T>): Promise<void> {
  const config = loadConfig();
  const handle: DatabaseHandle = await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir, applicationName: `plantgraph-${def.name}`, statementTimeoutMs: config.statementTimeoutMs, prepare: config.databasePrepare });
  const running = await startSubgraph(def, { db: handle.db, port: config.ports[def.name], config, engine: handle.engine });
  console.log(`${def.name} subgraph ready at ${running.url}`);
  const shutdown = async () => {
    await running.stop();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
