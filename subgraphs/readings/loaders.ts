import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Config } from '../../common/config.js';
import { groupLoader, perArguments, rowLoader } from '../../common/loaders.js';
import type { Database } from '../../database/database.js';
import type { ComparisonOperator } from '../../database/tables/readings.table.js';
import { checkRange, checkRawRange, parseInterval } from './intervals.js';
import { type AlertListFilter, alertRulesByIds, alertsByIds, alertsByOwners } from './repositories/alert-repository.js';
import { flatlineEpisodes, recordedAnomalies, statisticalAnomalies, thresholdEpisodes, thresholdReadings } from './repositories/anomaly-repository.js';
import { knownEquipment } from './known-equipment.js';
import { type LatestRow, latestByOwners } from './repositories/latest-repository.js';
import { metricsByEquipmentIds, metricsByNames } from './repositories/metric-repository.js';
import type { OwnerKind, SeriesKey } from './repositories/series-repository.js';
import { loadSeries, loadStats, type SeriesArgs, type SeriesResult, seriesKey, type StatsResult } from './series.js';
import { BadInputError } from '../../common/errors.js';

export interface ThresholdArgs {
  ownerKind: OwnerKind;
  metric: string;
  operator: ComparisonOperator;
  value: number;
  from: Date;
  to: Date;
  limit: number;
}

export interface EpisodeArgs extends ThresholdArgs {
  maxGapSeconds: number | null;
  minDurationSeconds: number;
}

export interface FlatlineArgs {
  ownerKind: OwnerKind;
  metric: string;
  from: Date;
  to: Date;
  tolerance: number;
  minDurationSeconds: number;
  limit: number;
}

export interface StatisticalArgs {
  ownerKind: OwnerKind;
  metric: string;
  from: Date;
  to: Date;
  k: number;
  window: string;
  limit: number;
}

function checkLimit(limit: number, max: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new BadInputError(`limit must be between 1 and ${max}, got ${limit}.`, { argument: 'limit' });
  }
  return limit;
}

export function createReadingsLoaders(db: Kysely<Database>, organizationId: string, config?: Pick<Config, 'maxPoints' | 'maxRawRangeHours'>) {
  const limits = { maxPoints: config?.maxPoints ?? 20000, maxRawRangeHours: config?.maxRawRangeHours ?? 48 };
  // One loader per distinct `metrics` argument: fields asking for the same metrics across a
  // list of equipment share one batch, so the list costs one statement.
  const latest = new Map<string, DataLoader<string, LatestRow[]>>();
  return {
    limits,
    /** Equipment ids of the organization (retired included): `Query.equipment` answers only these. */
    equipment: rowLoader((ids: readonly string[]) => knownEquipment(db, organizationId, ids), (r) => r.id),
    metric: rowLoader((names: readonly string[]) => metricsByNames(db, names), (m) => m.name),
    equipmentMetrics: groupLoader((ids: readonly string[]) => metricsByEquipmentIds(db, organizationId, ids), (m) => m.equipment_id),
    latest(metrics: readonly string[] | null, ownerKind: 'equipment' | 'site' = 'equipment'): DataLoader<string, LatestRow[]> {
      const key = `${ownerKind}:${metrics ? [...new Set(metrics)].sort().join(',') : '*'}`;
      let loader = latest.get(key);
      if (!loader) {
        const names = metrics ? [...new Set(metrics)] : null;
        loader = groupLoader((ids: readonly string[]) => latestByOwners(db, organizationId, ownerKind, ids, names), (r) => r.owner_id);
        latest.set(key, loader);
      }
      return loader;
    },
    /** Series of (owner, metric) keys: every key of one batch is read in one statement. */
    series: perArguments(
      ({ ownerKind, args }: { ownerKind: OwnerKind; args: SeriesArgs }) =>
        new DataLoader<SeriesKey, SeriesResult | null, string>(
          async (keys) => {
            const found = await loadSeries(db, organizationId, ownerKind, keys, args, limits);
            return keys.map((k) => found.get(seriesKey(k)) ?? null);
          },
          { cacheKeyFn: seriesKey, maxBatchSize: 5000 },
        ),
    ),
    /** Stats of several metrics per owner; keys are owner ids. */
    stats: perArguments(
      ({ ownerKind, metrics, from, to, percentiles }: { ownerKind: OwnerKind; metrics: string[]; from: Date; to: Date; percentiles: boolean }) =>
        new DataLoader<string, StatsResult[]>(
          async (ids) => {
            const keys = ids.flatMap((ownerId) => metrics.map((metric) => ({ ownerId, metric })));
            const found = await loadStats(db, organizationId, ownerKind, keys, from, to, percentiles, limits);
            return ids.map((ownerId) => metrics.flatMap((metric) => found.get(seriesKey({ ownerId, metric })) ?? []));
          },
          { maxBatchSize: 5000 },
        ),
    ),
    threshold: perArguments((a: ThresholdArgs) =>
      groupLoader(
        (ids: readonly string[]) => {
          checkRange(a.from, a.to);
          return thresholdReadings(db, a.ownerKind, organizationId, ids.map((ownerId) => ({ ownerId, metric: a.metric })), a.operator, a.value, a.from, a.to, checkLimit(a.limit, limits.maxPoints));
        },
        (r) => r.owner_id,
      ),
    ),
    episodes: perArguments((a: EpisodeArgs) =>
      groupLoader(
        (ids: readonly string[]) => {
          checkRange(a.from, a.to);
          if (a.maxGapSeconds !== null && !(a.maxGapSeconds > 0)) throw new BadInputError(`maxGapSeconds must be positive, got ${a.maxGapSeconds}.`, { argument: 'maxGapSeconds' });
          return thresholdEpisodes(
            db,
            a.ownerKind,
            organizationId,
            ids.map((ownerId) => ({ ownerId, metric: a.metric })),
            a.operator,
            a.value,
            a.from,
            a.to,
            a.maxGapSeconds,
            a.minDurationSeconds,
            checkLimit(a.limit, limits.maxPoints),
          );
        },
        (r) => r.owner_id,
      ),
    ),
    flatlines: perArguments((a: FlatlineArgs) =>
      groupLoader(
        (ids: readonly string[]) => {
          checkRange(a.from, a.to);
          checkRawRange(a.from, a.to, limits, 'flatlineEpisodes', 'Use a shorter range.');
          if (!(a.tolerance >= 0) || !Number.isFinite(a.tolerance)) throw new BadInputError(`tolerance must be a finite number ≥ 0, got ${a.tolerance}.`, { argument: 'tolerance' });
          if (!Number.isInteger(a.minDurationSeconds) || a.minDurationSeconds < 0) {
            throw new BadInputError(`minDurationSeconds must be a whole number ≥ 0, got ${a.minDurationSeconds}.`, { argument: 'minDurationSeconds' });
          }
          return flatlineEpisodes(db, a.ownerKind, organizationId, ids.map((ownerId) => ({ ownerId, metric: a.metric })), a.from, a.to, a.tolerance, a.minDurationSeconds, checkLimit(a.limit, limits.maxPoints));
        },
        (r) => r.owner_id,
      ),
    ),
    statistical: perArguments((a: StatisticalArgs) =>
      groupLoader(
        (ids: readonly string[]) => {
          checkRange(a.from, a.to);
          checkRawRange(a.from, a.to, limits, 'statisticalAnomalies', 'Use a shorter range, or thresholdAnomalies (any range).');
          if (!(a.k > 0) || !Number.isFinite(a.k)) throw new BadInputError(`k must be a positive number of standard deviations, got ${a.k}.`, { argument: 'k' });
          const w = parseInterval(a.window);
          if (w.calendar && w.calendar !== 'day') throw new BadInputError(`window '${a.window}' is too long: use at most 1 day.`, { argument: 'window' });
          return statisticalAnomalies(db, a.ownerKind, organizationId, ids.map((ownerId) => ({ ownerId, metric: a.metric })), a.from, a.to, a.k, w.seconds, checkLimit(a.limit, limits.maxPoints));
        },
        (r) => r.owner_id,
      ),
    ),
    recorded: perArguments(({ from, to, origin, limit }: { from: Date; to: Date; origin: 'injected' | 'detected' | null; limit: number }) =>
      groupLoader(
        (ids: readonly string[]) => {
          checkRange(from, to);
          return recordedAnomalies(db, organizationId, ids, from, to, origin, checkLimit(limit, 1000));
        },
        (r) => r.equipment_id,
      ),
    ),
    alertsOf: perArguments(({ ownerKind, filter, limit }: { ownerKind: 'equipment' | 'site'; filter: AlertListFilter; limit: number }) =>
      groupLoader((ids: readonly string[]) => alertsByOwners(db, organizationId, ownerKind, ids, filter, checkLimit(limit, 1000)), (r) => r.owner_id),
    ),
    alert: rowLoader((ids: readonly string[]) => alertsByIds(db, organizationId, ids), (a) => a.id),
    alertRule: rowLoader((ids: readonly string[]) => alertRulesByIds(db, organizationId, ids), (r) => r.id),
  };
}

export type ReadingsLoaders = ReturnType<typeof createReadingsLoaders>;
