import { isMainModule, loadTypeDefs, runStandalone, type SubgraphDefinition } from '../../common/subgraph.js';
import { createTrainingLoaders, type TrainingLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';

export const trainingSubgraph: SubgraphDefinition<TrainingLoaders> = {
  name: 'training',
  typeDefs: loadTypeDefs(import.meta.url),
  resolvers: resolvers as SubgraphDefinition<TrainingLoaders>['resolvers'],
  createLoaders: createTrainingLoaders,
};

if (isMainModule(import.meta.url)) await runStandalone(trainingSubgraph);
