import { isMainModule, loadTypeDefs, runStandalone, type SubgraphDefinition } from '../../common/subgraph.js';
import { createReadingsLoaders, type ReadingsLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';

export const readingsSubgraph: SubgraphDefinition<ReadingsLoaders> = {
  name: 'readings',
  typeDefs: loadTypeDefs(import.meta.url),
  resolvers: resolvers as SubgraphDefinition<ReadingsLoaders>['resolvers'],
  createLoaders: createReadingsLoaders,
};

if (isMainModule(import.meta.url)) await runStandalone(readingsSubgraph);
