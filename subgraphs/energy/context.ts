import type { SubgraphContext } from '../../common/subgraph.js';
import type { EnergyLoaders } from './loaders.js';

export type EnergyContext = SubgraphContext<EnergyLoaders>;
