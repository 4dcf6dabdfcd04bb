import type { SubgraphContext } from '../../common/subgraph.js';
import type { TrainingLoaders } from './loaders.js';

export type TrainingContext = SubgraphContext<TrainingLoaders>;
