import type { Metric } from '../../database/tables/readings.table.js';
import type { LatestRow } from './repositories/latest-repository.js';

export type MetricRow = Pick<Metric, 'name' | 'unit' | 'description' | 'kind'>;
export type LatestReadingRow = LatestRow;
/** Readings knows an Equipment only by its id. */
export interface EquipmentRef {
  id: string;
}
