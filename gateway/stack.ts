// The four subgraphs and the gateway in one process over one database handle: what `npm start`
// runs, and what the end-to-end tests start on ephemeral ports.
import type { Kysely } from 'kysely';
import { type Config, loadConfig } from '../common/config.js';
import { type RunningSubgraph, startSubgraph, type SubgraphName } from '../common/subgraph.js';
import type { Engine } from '../database/create-database.js';
import type { Database } from '../database/database.js';
import { assetsSubgraph } from '../subgraphs/assets/index.js';
import { energySubgraph } from '../subgraphs/energy/index.js';
import { readingsSubgraph } from '../subgraphs/readings/index.js';
import { trainingSubgraph } from '../subgraphs/training/index.js';
import { type RunningGateway, startGateway } from './create-gateway.js';

export const SUBGRAPHS = [assetsSubgraph, readingsSubgraph, energySubgraph, trainingSubgraph] as const;

export interface RunningStack {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  stop(): Promise<void>;
}

export async function startStack(db: Kysely<Database>, options: { config?: Config; ephemeralPorts?: boolean; engine?: Engine; compiled?: boolean } = {}): Promise<RunningStack> {
  const config = options.config ?? loadConfig();
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  for (const def of SUBGRAPHS) {
    subgraphs[def.name] = await startSubgraph(def as Parameters<typeof startSubgraph>[0], {
      db,
      config,
      engine: options.engine,
      compiled: options.compiled,
      port: options.ephemeralPorts ? 0 : config.ports[def.name],
    });
  }
  const gateway = await startGateway({
    config,
    db,
    port: options.ephemeralPorts ? 0 : config.ports.gateway,
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, s.url])),
  });
  return {
    gateway,
    subgraphs,
    async stop() {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    },
  };
}
