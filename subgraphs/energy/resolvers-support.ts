import type { Baseline } from '../../database/tables/energy.table.js';
import type { RankedModel } from './services/baseline-service.js';

export interface AutoSelectOut {
  models: RankedModel[];
  baseline: Baseline | null;
}
