import { isMainModule, loadTypeDefs, runStandalone, type SubgraphDefinition } from '../../common/subgraph.js';
import { createEnergyLoaders, type EnergyLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';

export const energySubgraph: SubgraphDefinition<EnergyLoaders> = {
  name: 'energy',
  typeDefs: loadTypeDefs(import.meta.url),
  resolvers: resolvers as SubgraphDefinition<EnergyLoaders>['resolvers'],
  createLoaders: createEnergyLoaders,
};

if (isMainModule(import.meta.url)) await runStandalone(energySubgraph);
