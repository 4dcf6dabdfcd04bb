// What every workload group gets from the runner.
import type pg from 'pg';
import type { DatabaseHandle } from '../../database/create-database.js';
import type { SeedInfo } from '../../database/simulator/index.js';
import type { SeedLayout } from './dataset.js';
import type { WorkloadResult } from './results.js';

export interface Timing {
  warmup: number;
  repeat: number;
}

export interface BenchContext {
  databaseUrl: string;
  handle: DatabaseHandle;
  info: SeedInfo;
  timing: Timing;
  log(line: string): void;
  /** Our gateway's /graphql URL. */
  gatewayUrl(): Promise<string>;
  /** Each subgraph's /graphql URL (the same processes the gateway uses). */
  subgraphUrls(): Promise<Record<'assets' | 'readings' | 'energy' | 'training', string>>;
  /** A pass-through proxy (bench/lib/pass-through-proxy.ts) in front of the readings subgraph. */
  readingsProxyUrl(): Promise<string>;
  postgraphileUrl(): Promise<string>;
  hiveUrl(): Promise<string>;
  seedLayout(): Promise<SeedLayout>;
  /** A pg pool on DATABASE_URL for the raw-SQL side (one connection, like a single client). */
  rawPool(timeZone: string): pg.Pool;
}

export interface WorkloadGroup {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<WorkloadResult[]>;
}
