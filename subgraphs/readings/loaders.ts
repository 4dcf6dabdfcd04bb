import type DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { groupLoader, rowLoader } from '../../common/loaders.js';
import type { Database } from '../../database/database.js';
import { type LatestRow, latestByEquipment } from './repositories/latest-repository.js';
import { metricsByEquipmentIds, metricsByNames } from './repositories/metric-repository.js';

export function createReadingsLoaders(db: Kysely<Database>, organizationId: string) {
  // One loader per distinct `metrics` argument: fields asking for the same metrics across a
  // list of equipment share one batch, so the list costs one statement.
  const latest = new Map<string, DataLoader<string, LatestRow[]>>();
  return {
    metric: rowLoader((names: readonly string[]) => metricsByNames(db, names), (m) => m.name),
    equipmentMetrics: groupLoader((ids: readonly string[]) => metricsByEquipmentIds(db, organizationId, ids), (m) => m.equipment_id),
    latest(metrics: readonly string[] | null): DataLoader<string, LatestRow[]> {
      const key = metrics ? [...new Set(metrics)].sort().join(',') : '*';
      let loader = latest.get(key);
      if (!loader) {
        const names = metrics ? [...new Set(metrics)] : null;
        loader = groupLoader((ids: readonly string[]) => latestByEquipment(db, organizationId, ids, names), (r) => r.equipment_id);
        latest.set(key, loader);
      }
      return loader;
    },
  };
}

export type ReadingsLoaders = ReturnType<typeof createReadingsLoaders>;
