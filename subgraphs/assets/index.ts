import { isMainModule, loadTypeDefs, runStandalone, type SubgraphDefinition } from '../../common/subgraph.js';
import { type AssetsLoaders, createAssetsLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';

export const assetsSubgraph: SubgraphDefinition<AssetsLoaders> = {
  name: 'assets',
  typeDefs: loadTypeDefs(import.meta.url),
  resolvers: resolvers as SubgraphDefinition<AssetsLoaders>['resolvers'],
  createLoaders: createAssetsLoaders,
};

if (isMainModule(import.meta.url)) await runStandalone(assetsSubgraph);
