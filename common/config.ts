// Every setting comes from the environment; this file is the one place that reads it, so the
// README's configuration table can be checked against it.
export type NodeEnv = 'development' | 'production' | 'test';

export interface Config {
  nodeEnv: NodeEnv;
  /** PostgreSQL server URL; unset means the embedded PGlite database under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  ports: { gateway: number; assets: number; readings: number; energy: number; training: number };
  /** Largest number of points one series answer may hold. */
  maxPoints: number;
  /** Longest range, in hours, that may be read at raw (unaggregated) resolution. */
  maxRawRangeHours: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  corsOrigins: string[];
  auth: AuthConfig;
  limits: LimitsConfig;
  /** Shared by the gateway and the subgraphs to sign and check the forwarded identity. */
  internalSecret: string;
  /** Subgraphs refuse requests without a valid gateway signature. */
  requireSignature: boolean;
  /** Per-statement timeout on the server, in milliseconds. */
  statementTimeoutMs: number;
  /** Repeated reads go as named prepared statements; off for poolers that cannot keep them. */
  databasePrepare: boolean;
  /** Redis for rate limits shared by several gateways; unset keeps them in memory. */
  redisUrl: string | undefined;
  /** Largest request body, in bytes: room for a full ingest batch (10,000 points ≈ 1.1 MB). */
  maxBodyBytes: number;
  /** The gateway's old-generation growth before a full garbage collection, in % of the live heap; 0 is V8's own (common/heap.ts). */
  heapGrowingPercent: number;
}

export interface AuthConfig {
  /** Requests without credentials act in the demo organization with `anonymousRoles`. */
  allowAnonymous: boolean;
  anonymousRoles: string[];
  /** HS256 secret for JWTs. */
  jwtSecret: string | undefined;
  /** RS256 public key (PEM) for JWTs. */
  jwtPublicKey: string | undefined;
  /** JWKS endpoint for RS256 JWTs. */
  jwksUrl: string | undefined;
  jwtIssuer: string | undefined;
  jwtAudience: string | undefined;
}

export interface LimitsConfig {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxTokens: number;
  /** Cost units one operation may spend; series fields cost their points / 100. */
  maxCost: number;
  /** Token bucket per key: sustained requests per second and burst size. */
  ratePerSecond: number;
  rateBurst: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`${name} must be ${min === 1 ? 'a positive integer' : `an integer of at least ${min}`}, got '${raw}'`);
  }
  return n;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got '${raw}'`);
}

const DEV_INTERNAL_SECRET = 'plantgraph-development-only-secret';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = (env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development') as NodeEnv;
  return {
    nodeEnv,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.PLANTGRAPH_DATA_DIR || '.data/pglite',
    host: env.HOST || '127.0.0.1',
    ports: {
      gateway: intFrom(env, 'PORT', 4000),
      assets: intFrom(env, 'ASSETS_PORT', 4001),
      readings: intFrom(env, 'READINGS_PORT', 4002),
      energy: intFrom(env, 'ENERGY_PORT', 4003),
      training: intFrom(env, 'TRAINING_PORT', 4004),
    },
    maxPoints: intFrom(env, 'MAX_POINTS', 20000),
    maxRawRangeHours: intFrom(env, 'MAX_RAW_RANGE_HOURS', 48),
    logLevel: (env.LOG_LEVEL as Config['logLevel']) || (nodeEnv === 'test' ? 'silent' : 'info'),
    corsOrigins: (env.CORS_ORIGINS || 'https://studio.apollographql.com,http://localhost:*,http://127.0.0.1:*')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    auth: {
      allowAnonymous: boolFrom(env, 'ALLOW_ANONYMOUS', nodeEnv !== 'production'),
      anonymousRoles: (env.ANONYMOUS_ROLES || 'admin').split(',').map((r) => r.trim()).filter(Boolean),
      jwtSecret: env.JWT_SECRET || undefined,
      jwtPublicKey: env.JWT_PUBLIC_KEY || undefined,
      jwksUrl: env.JWT_JWKS_URL || undefined,
      jwtIssuer: env.JWT_ISSUER || undefined,
      jwtAudience: env.JWT_AUDIENCE || undefined,
    },
    limits: {
      maxDepth: intFrom(env, 'MAX_DEPTH', 12),
      maxAliases: intFrom(env, 'MAX_ALIASES', 30),
      maxRootFields: intFrom(env, 'MAX_ROOT_FIELDS', 20),
      maxTokens: intFrom(env, 'MAX_TOKENS', 3000),
      maxCost: intFrom(env, 'MAX_COST', 50000),
      ratePerSecond: intFrom(env, 'RATE_LIMIT_PER_SECOND', 200),
      rateBurst: intFrom(env, 'RATE_LIMIT_BURST', 400),
    },
    internalSecret: env.INTERNAL_SECRET || (nodeEnv === 'production' ? '' : DEV_INTERNAL_SECRET),
    requireSignature: boolFrom(env, 'REQUIRE_GATEWAY_SIGNATURE', nodeEnv === 'production'),
    statementTimeoutMs: intFrom(env, 'STATEMENT_TIMEOUT_MS', 15000),
    databasePrepare: boolFrom(env, 'DATABASE_PREPARE', true),
    redisUrl: env.REDIS_URL || undefined,
    maxBodyBytes: intFrom(env, 'MAX_BODY_BYTES', 4_000_000),
    heapGrowingPercent: intFrom(env, 'HEAP_GROWING_PERCENT', 100, 0),
  };
}
