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
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    throw new Error(`${name} must be a positive integer, got '${raw}'`);
  }
  return n;
}

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
  };
}
