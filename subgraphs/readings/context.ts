import type { SubgraphContext } from '../../common/subgraph.js';
import type { ReadingsLoaders } from './loaders.js';

export type ReadingsContext = SubgraphContext<ReadingsLoaders>;
