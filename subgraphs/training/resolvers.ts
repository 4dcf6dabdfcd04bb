import { BadInputError } from '../../common/errors.js';
import { encodeCursor } from '../../common/pagination.js';
import { checkUuid } from '../../common/validate.js';
import { durationInWords } from '../../common/units.js';
import { exportPage, stateJson } from './dataset.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { DEFAULT_K, LIMITS, checkCount, checkK, checkMaxChars, checkPositive, checkSeed } from './limits.js';
import { preferencePairs } from './preference.js';
import { alertsText, anomalyText, type AlertInput, comparisonText, summaryText, trendText } from './rag.js';
import { labelQuality } from './repositories/anomaly-repository.js';
import { metricWindows } from './repositories/context-repository.js';
import { datasetStatistics } from './repositories/statistics-repository.js';
import { anomalyExamples, resolvePool, sampleStates, sampleTrajectories, trainingBatch, trajectorySteps } from './sampling.js';
import { localTime } from './text.js';

const asDate = (v: Date | string | null | undefined): Date | null => (v == null ? null : v instanceof Date ? v : new Date(v));

function checkHours(hours: number): number {
  return checkPositive(hours, 'hours', LIMITS.maxContextHours, ' hours');
}

function checkBucket(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 15 || minutes % 15 !== 0 || minutes > 1440) {
    throw new BadInputError(`intervalMinutes must be a multiple of 15 between 15 and 1440, got ${minutes}.`, { argument: 'intervalMinutes' });
  }
  return minutes;
}

/**
 * Argument defaults written in the SDL reach resolvers as the GraphQL name (the enum's internal
 * values are attached after the defaults are parsed), explicit arguments as the internal value.
 */
function direction(value: string | null | undefined): 'lower' | 'higher' {
  return value === 'higher' || value === 'HIGHER_IS_BETTER' ? 'higher' : 'lower';
}

export const ROUNDING_RULE = 'anomalyCount = batchSize × anomalyRatio rounded to the nearest whole number, halves up (32 × 0.2 = 6.4 → 6).';

export const resolvers: Resolvers = {
  // Enum values as the code sees them (codegen's enumValues); GraphQL shows them UPPER_CASE.
  PreferenceDirection: { LOWER_IS_BETTER: 'lower', HIGHER_IS_BETTER: 'higher' },
  ExportKind: { STATES: 'states', TRAJECTORIES: 'trajectories', PAIRS: 'pairs', BATCH: 'batch' },
  Query: {
    datasetStatistics: (_p, _a, ctx) => datasetStatistics(ctx.db, ctx.organizationId),
    sampleStates: async (_p, a, ctx) => ({
      seed: a.seed,
      k: a.k,
      states: await sampleStates(ctx.db, ctx.organizationId, { equipmentType: a.equipmentType, equipmentIds: a.equipmentIds, at: asDate(a.at), count: a.count, seed: a.seed, k: a.k }),
    }),
    trajectories: async (_p, a, ctx) => ({
      seed: a.seed,
      durationHours: a.durationHours,
      intervalMinutes: a.intervalMinutes,
      statesPerTrajectory: trajectorySteps(a.durationHours, a.intervalMinutes),
      trajectories: await sampleTrajectories(ctx.db, ctx.organizationId, { ...a, start: asDate(a.start) }),
    }),
    preferencePairs: (_p, a, ctx) =>
      preferencePairs(ctx.db, ctx.organizationId, {
        equipmentType: a.equipmentType,
        metric: a.metric,
        direction: direction(a.direction),
        durationHours: a.durationHours,
        intervalMinutes: a.intervalMinutes,
        count: a.count,
        seed: a.seed,
        minMargin: a.minMargin,
        comparable: a.comparable
          ? {
              maxStartOffsetMinutes: a.comparable.maxStartOffsetMinutes ?? undefined,
              outdoorTempToleranceC: a.comparable.outdoorTempToleranceC ?? undefined,
              loadMetric: a.comparable.loadMetric ?? undefined,
              loadTolerance: a.comparable.loadTolerance ?? undefined,
            }
          : null,
        k: a.k,
      }),
    anomalyExamples: async (_p, a, ctx) => ({
      seed: a.seed,
      k: a.k,
      states: await anomalyExamples(ctx.db, ctx.organizationId, { equipmentType: a.equipmentType, equipmentIds: a.equipmentIds, count: a.count, seed: a.seed, k: a.k, from: asDate(a.from), to: asDate(a.to) }),
    }),
    trainingBatch: (_p, a, ctx) => trainingBatch(ctx.db, ctx.organizationId, { batchSize: a.batchSize, equipmentTypes: a.equipmentTypes, anomalyRatio: a.anomalyRatio, seed: a.seed, k: a.k }),
    anomalyLabelQuality: async (_p, a, ctx) => {
      const k = checkK(a.k);
      const pool = await resolvePool(ctx.db, ctx.organizationId, { equipmentType: a.equipmentType, equipmentIds: a.equipmentIds });
      return { ...(await labelQuality(ctx.db, ctx.organizationId, pool.map((e) => e.id), k)), k };
    },
    comparisonContext: async (_p, a, ctx) => {
      const maxChars = checkMaxChars(a.maxChars);
      const hours = checkHours(a.hours);
      if (a.equipmentIds.length === 0) throw new BadInputError('equipmentIds must name at least one piece of equipment.', { argument: 'equipmentIds' });
      checkCount(a.equipmentIds.length, 'equipmentIds', LIMITS.maxComparisonEquipment);
      const ids = [...new Set(a.equipmentIds.map((id) => checkUuid(id, 'equipmentIds')))];
      const rows = await metricWindows(ctx.db, ctx.organizationId, ids, a.metric, hours, 60, true);
      const found = new Set(rows.map((r) => r.equipment_id));
      return comparisonText(rows, ids.filter((id) => !found.has(id)), a.metric, hours, maxChars);
    },
    exportDataset: async (_p, a, ctx) => {
      const i = a.input;
      return exportPage(
        ctx.db,
        ctx.organizationId,
        {
          kind: i.kind,
          count: i.count,
          seed: i.seed ?? 42,
          equipmentType: i.equipmentType,
          equipmentIds: i.equipmentIds ?? null,
          equipmentTypes: i.equipmentTypes ?? null,
          durationHours: i.durationHours ?? 1,
          intervalMinutes: i.intervalMinutes ?? 15,
          metric: i.metric ?? 'active_power_kw',
          direction: direction(i.direction),
          minMargin: i.minMargin ?? 0.02,
          batchSize: i.batchSize ?? 32,
          anomalyRatio: i.anomalyRatio ?? 0.2,
          k: i.k ?? DEFAULT_K,
        },
        a.first,
        a.after ?? null,
      );
    },
  },
  DatasetStatistics: {
    totalEquipment: (s) => s.total_equipment,
    equipmentTypes: (s) => s.equipment_types,
    typeBreakdown: (s) => s.type_breakdown,
    totalSeries: (s) => s.total_series,
    totalPoints: (s) => s.total_points,
    maxTimepointsPerEquipment: (s) => s.max_points_per_series,
    timepointsPerEquipment: (s) => s.timepoints_per_equipment,
    timeRange: (s) => (s.first_time && s.last_time ? { from: s.first_time, to: s.last_time } : null),
    typicalIntervalSeconds: (s) => s.typical_interval_seconds,
    interval: (s) => (s.typical_interval_seconds ? durationInWords(s.typical_interval_seconds) : null),
    databaseSizeBytes: (s) => s.database_size_bytes,
  },
  Equipment: {
    __resolveReference: (ref) => ref,
    contextSummary: async (e, a, ctx) => {
      const maxChars = checkMaxChars(a.maxChars);
      const row = await ctx.loaders.summary.load(e.id);
      return row ? summaryText(row, maxChars) : `No equipment with id ${e.id}.`;
    },
    trendContext: async (e, a, ctx) => {
      const maxChars = checkMaxChars(a.maxChars);
      const hours = checkHours(a.hours);
      const bucketMinutes = checkBucket(a.intervalMinutes);
      const w = await ctx.loaders.window({ metric: a.metric, hours, bucketMinutes }).load(e.id);
      return trendText(w ?? undefined, w?.code ?? e.id, a.metric, hours, bucketMinutes, maxChars);
    },
    anomalyContext: async (e, a, ctx) => {
      const maxChars = checkMaxChars(a.maxChars);
      const hours = checkHours(a.hours);
      const k = checkK(a.k);
      const d = await ctx.loaders.anomalies({ metric: a.metric, hours, k }).load(e.id);
      return anomalyText(d.window, d.window?.code ?? e.id, a.metric, hours, k, d.outliers, null, d.recorded, maxChars);
    },
    alertsContext: async (e, a, ctx) => {
      const maxChars = checkMaxChars(a.maxChars);
      const hours = checkHours(a.hours);
      const last = await ctx.loaders.lastTime.load(e.id);
      const alerts = (Array.isArray(e.alerts) ? e.alerts : []) as AlertInput[];
      return alertsText(last?.code ?? e.id, last?.time_zone ?? 'UTC', last?.last_time ? new Date(last.last_time) : null, alerts, hours, a.minSeverity, maxChars);
    },
    samples: async (e, a, ctx) => {
      checkCount(a.count, 'count', 1000);
      checkSeed(a.seed);
      const k = checkK(a.k);
      return { seed: a.seed, k, states: await ctx.loaders.samples({ count: a.count, seed: a.seed, k }).load(e.id) };
    },
  },
  State: {
    equipment: (s) => ({ id: s.equipment.id }),
    equipmentCode: (s) => s.equipment.code,
    equipmentType: (s) => s.equipment.typeId,
    values: (s) => s.values,
    state: (s) => stateJson(s),
    missingMetrics: (s) => s.values.filter((v) => v.missing).map((v) => v.metric),
    label: (s) => (s.anomalous ? 'ANOMALY' : 'NORMAL'),
  },
  Trajectory: {
    equipment: (t) => ({ id: t.equipment.id }),
    equipmentCode: (t) => t.equipment.code,
  },
  TrajectorySample: {
    endInclusive: () => false,
  },
  PreferencePair: {
    aScore: (p) => p.aCandidate.score,
    bScore: (p) => p.bCandidate.score,
    conditions: (p) => ({
      aStartLocal: localTime(p.aCandidate.start, p.aCandidate.equipment.timeZone).text,
      bStartLocal: localTime(p.bCandidate.start, p.bCandidate.equipment.timeZone).text,
      aOutdoorTempC: p.aCandidate.outdoor!,
      bOutdoorTempC: p.bCandidate.outdoor!,
      aLoad: p.aCandidate.load,
      bLoad: p.bCandidate.load,
    }),
  },
  TrainingBatch: {
    roundingRule: () => ROUNDING_RULE,
  },
  AnomalyLabelQuality: {
    injectedReadings: (q) => q.injected_readings,
    truePositives: (q) => q.true_positives,
    byKind: (q) => q.by_kind.map((k) => ({ kind: k.kind, injectedReadings: k.injected_readings, detected: k.detected, recall: k.recall })),
  },
  ExportConnection: {
    // STATES and TRAJECTORIES resume after any record; PAIRS and BATCH pages are drawn whole,
    // so their records carry the page's end cursor.
    edges: (p) =>
      p.items.map((item) => ({
        cursor: p.kind === 'states' || p.kind === 'trajectories' ? encodeCursor([p.kind, p.seed, item.index + 1, 0]) : (p.endCursor ?? encodeCursor([p.kind, p.seed, p.totalCount, 0])),
        node: item,
      })),
    pageInfo: (p) => ({ hasNextPage: p.hasNextPage, endCursor: p.endCursor }),
  },
};

