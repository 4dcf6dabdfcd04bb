// Per-request DataLoaders: every Equipment field of a list of equipment shares one batch, so a
// list costs O(1) statements whatever its length.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { perArguments, rowLoader } from '../../common/loaders.js';
import type { Database } from '../../database/database.js';
import { indexAt, hash32 } from '../../common/random.js';
import { equipmentPool } from './repositories/catalog-repository.js';
import {
  equipmentSummaries,
  lastReadingTimes,
  metricWindows,
  type OutlierRow,
  type RecordedAnomalyRow,
  recordedAnomalies,
  type WindowRow,
  windowOutliers,
} from './repositories/context-repository.js';
import { loadStates, type State } from './sampling.js';

/** Readings beyond k·σ listed per equipment in anomaly context. */
export const OUTLIERS_LISTED = 50;

export interface AnomalyContextData {
  window: WindowRow | undefined;
  outliers: OutlierRow[];
  recorded: RecordedAnomalyRow[];
}

export function createTrainingLoaders(db: Kysely<Database>, organizationId: string) {
  return {
    summary: rowLoader((ids: readonly string[]) => equipmentSummaries(db, organizationId, ids), (r) => r.id),
    lastTime: rowLoader((ids: readonly string[]) => lastReadingTimes(db, organizationId, ids), (r) => r.equipment_id),
    window: perArguments(({ metric, hours, bucketMinutes }: { metric: string; hours: number; bucketMinutes: number }) =>
      rowLoader((ids: readonly string[]) => metricWindows(db, organizationId, ids, metric, hours, bucketMinutes), (r) => r.equipment_id),
    ),
    anomalies: perArguments(({ metric, hours, k }: { metric: string; hours: number; k: number }) =>
      new DataLoader<string, AnomalyContextData>(async (ids) => {
        const windows = await metricWindows(db, organizationId, ids, metric, hours, 60);
        const usable = windows.filter((w) => w.mean !== null && w.stddev !== null && w.stddev > 0);
        const spans = usable.map((w) => ({ equipmentId: w.equipment_id, from: new Date(w.from), to: new Date(w.to), mean: w.mean!, stddev: w.stddev! }));
        const [outliers, recorded] = await Promise.all([windowOutliers(db, organizationId, spans, metric, k, OUTLIERS_LISTED), recordedAnomalies(db, organizationId, spans, metric)]);
        return ids.map((id) => ({
          window: windows.find((w) => w.equipment_id === id),
          outliers: outliers.filter((o) => o.equipment_id === id),
          recorded: recorded.filter((r) => r.equipment_id === id),
        }));
      }),
    ),
    /** States of each equipment at instants drawn from (seed, equipment id): independent of the list. */
    samples: perArguments(({ count, seed, k }: { count: number; seed: number; k: number }) =>
      new DataLoader<string, State[]>(async (ids) => {
        const pool = await equipmentPool(db, organizationId, { ids });
        const plans = ids.flatMap((id) => {
          const e = pool.find((p) => p.id === id);
          if (!e) return [];
          const key = hash32('equipment-samples', seed, id);
          const step = e.intervalSeconds * 1000;
          const slots = Math.floor((e.last.getTime() - e.first.getTime()) / step) + 1;
          return Array.from({ length: count }, (_, i) => ({ equipment: e, time: new Date(e.first.getTime() + indexAt(key, i, slots) * step) }));
        });
        const states = await loadStates(db, organizationId, plans, k);
        return ids.map((id) => states.filter((s) => s.equipment.id === id));
      }),
    ),
  };
}

export type TrainingLoaders = ReturnType<typeof createTrainingLoaders>;
