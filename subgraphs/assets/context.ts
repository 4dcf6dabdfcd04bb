import type { SubgraphContext } from '../../common/subgraph.js';
import type { AssetsLoaders } from './loaders.js';

export type AssetsContext = SubgraphContext<AssetsLoaders>;
