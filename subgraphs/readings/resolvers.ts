import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { BadInputError, ConflictError, equipmentNotFound, NotFoundError } from '../../common/errors.js';
import { checkUuid } from '../../common/validate.js';
import type { AlertSeverity } from '../../database/tables/readings.table.js';
import type { ReadingsContext } from './context.js';
import type { AlertRuleInput, Resolvers } from './generated/resolvers-types.js';
import { ingestReadings, pointsOfSeries } from './ingest.js';
import type { AlertListFilter, AlertRuleValues } from './repositories/alert-repository.js';
import * as alertRepo from './repositories/alert-repository.js';
import { findEquipment } from './repositories/ingest-repository.js';
import { insertMetric, listMetrics, metricsByNames } from './repositories/metric-repository.js';
import type { OwnerKind } from './repositories/series-repository.js';
import { loadSeries, normalizeSeriesArgs, seriesKey } from './series.js';

const STALE_MIN_SECONDS = 300;

export function isStale(time: Date, dataIntervalSeconds: number, now = Date.now()): boolean {
  const limitMs = Math.max(3 * dataIntervalSeconds, STALE_MIN_SECONDS) * 1000;
  return now - new Date(time).getTime() > limitMs;
}

/** Whether the query selects any of `fields` under this field (fragments included). */
function selects(info: GraphQLResolveInfo, fields: string[]): boolean {
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === 'Field') return fields.includes(s.name.value);
      if (s.kind === 'InlineFragment') return walk(s.selectionSet);
      return walk(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((n) => walk(n.selectionSet));
}

const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

function seriesField(ownerKind: OwnerKind) {
  return (owner: { id: string }, a: Parameters<typeof normalizeSeriesArgs>[0] & { metric: string }, ctx: ReadingsContext) => {
    const { metric, ...rest } = a;
    return ctx.loaders.series({ ownerKind, args: normalizeSeriesArgs(rest) }).load({ ownerId: owner.id, metric });
  };
}

function alertFilter(a: { acknowledged?: boolean | null; severities?: readonly AlertSeverity[] | null; from?: Date | string | null; to?: Date | string | null }): AlertListFilter {
  return {
    acknowledged: a.acknowledged ?? null,
    severities: a.severities ? [...a.severities] : null,
    from: a.from ? toDate(a.from) : null,
    to: a.to ? toDate(a.to) : null,
  };
}

async function ruleValues(ctx: ReadingsContext, input: AlertRuleInput): Promise<AlertRuleValues> {
  const [metric] = await metricsByNames(ctx.db, [input.metric]);
  if (!metric) throw new BadInputError(`Unknown metric '${input.metric}'. Query.metrics lists the catalog.`, { argument: 'metric' });
  if (!input.name.trim()) throw new BadInputError('name must not be empty.', { argument: 'name' });
  const duration = input.durationSeconds ?? 0;
  if (!Number.isInteger(duration) || duration < 0 || duration > 86400) {
    throw new BadInputError(`durationSeconds must be between 0 and 86400, got ${duration}.`, { argument: 'durationSeconds' });
  }
  if (!Number.isFinite(input.threshold)) throw new BadInputError('threshold must be a finite number.', { argument: 'threshold' });
  if (input.equipmentTypeId && !/^[a-z][a-z0-9_]*$/.test(input.equipmentTypeId)) {
    throw new BadInputError(`equipmentTypeId '${input.equipmentTypeId}' is not an equipment type id such as 'chiller'.`, { argument: 'equipmentTypeId' });
  }
  const equipmentId = input.equipmentId ? checkUuid(input.equipmentId, 'equipmentId') : null;
  if (equipmentId && !(await findEquipment(ctx.db, ctx.organizationId, [equipmentId], [])).length) {
    throw new BadInputError(`No equipment with id '${equipmentId}' in this organization.`, { argument: 'equipmentId' });
  }
  return {
    name: input.name.trim(),
    metricId: metric.id,
    equipmentId,
    equipmentTypeId: input.equipmentTypeId ?? null,
    operator: input.operator,
    threshold: input.threshold,
    durationSeconds: duration,
    severity: input.severity,
    enabled: input.enabled ?? true,
  };
}

async function loadRule(ctx: ReadingsContext, id: string) {
  const rule = await ctx.loaders.alertRule.load(id);
  if (!rule) throw new NotFoundError(`No alert rule with id '${id}'.`, { argument: 'id' });
  return rule;
}

export const resolvers: Resolvers = {
  MetricKind: { GAUGE: 'gauge', COUNTER: 'counter' },
  SeriesAggregation: { AVG: 'avg', MIN: 'min', MAX: 'max', SUM: 'sum', COUNT: 'count', FIRST: 'first', LAST: 'last', STDDEV: 'stddev', TIME_WEIGHTED_AVERAGE: 'twa' },
  SeriesFill: { NONE: 'none', NULL: 'keep', PREVIOUS: 'previous', LINEAR: 'linear' },
  DownsampleMethod: { LTTB: 'lttb', PLOT: 'plot' },
  SeriesSource: { RAW: 'raw', ROLLUP_15M: '15m', ROLLUP_1H: '1h', ROLLUP_1D: '1d' },
  ThresholdOperator: { GT: '>', GTE: '>=', LT: '<', LTE: '<=', EQ: '=', NEQ: '!=' },
  AlertSeverity: { INFO: 'info', WARNING: 'warning', HIGH: 'high', CRITICAL: 'critical' },
  ReadingSource: { REAL: 'real', BACKFILL: 'backfill' },
  AnomalyOrigin: { INJECTED: 'injected', DETECTED: 'detected' },
  AnomalyKind: { SPIKE: 'spike', DRIFT: 'drift', STUCK: 'stuck', THRESHOLD: 'threshold', STATISTICAL: 'statistical' },

  Query: {
    equipment: async (_p, { id }, ctx) => {
      const found = await ctx.loaders.equipment.load(checkUuid(id, 'id'));
      if (!found) throw equipmentNotFound(id);
      return found;
    },
    metrics: (_p, _a, ctx) => listMetrics(ctx.db),
    metric: (_p, { name }, ctx) => ctx.loaders.metric.load(name),
    seriesSet: async (_p, a, ctx) => {
      const { equipmentIds, metrics, ...rest } = a;
      const ids = equipmentIds.map((id) => checkUuid(id, 'equipmentIds'));
      const keys = ids.flatMap((ownerId) => [...new Set(metrics)].map((metric) => ({ ownerId, metric })));
      if (keys.length > 5000) throw new BadInputError(`seriesSet asks for ${keys.length} series; at most 5000 (equipment × metrics) per request.`, { argument: 'equipmentIds' });
      const found = await loadSeries(ctx.db, ctx.organizationId, 'equipment', keys, normalizeSeriesArgs(rest), ctx.loaders.limits);
      return keys.flatMap((k) => found.get(seriesKey(k)) ?? []);
    },
    alerts: (_p, { filter, limit }, ctx) => {
      const n = limit ?? 100;
      if (!Number.isInteger(n) || n < 1 || n > 1000) throw new BadInputError(`limit must be between 1 and 1000, got ${n}.`, { argument: 'limit' });
      return alertRepo.listAlerts(
        ctx.db,
        ctx.organizationId,
        {
          ...alertFilter(filter ?? {}),
          equipmentIds: filter?.equipmentIds ? filter.equipmentIds.map((id) => checkUuid(id, 'equipmentIds')) : null,
          siteIds: filter?.siteIds ? filter.siteIds.map((id) => checkUuid(id, 'siteIds')) : null,
        },
        n,
      );
    },
    alert: (_p, { id }, ctx) => ctx.loaders.alert.load(checkUuid(id, 'id')),
    alertRules: (_p, _a, ctx) => alertRepo.listAlertRules(ctx.db, ctx.organizationId),
  },

  Mutation: {
    ingestSeriesReadings: (_p, { series }, ctx) => ingestReadings(ctx.db, ctx.organizationId, pointsOfSeries(series)),
    // ingestReadings reads a missing source as REAL itself.
    ingestReadings: (_p, { points }, ctx) => ingestReadings(ctx.db, ctx.organizationId, points),
    acknowledgeAlert: async (_p, { id, by }, ctx) => {
      const done = await alertRepo.acknowledgeAlerts(ctx.db, ctx.organizationId, [checkUuid(id, 'id')], by ?? null);
      if (!done.length) throw new NotFoundError(`No alert with id '${id}'.`, { argument: 'id' });
      return (await alertRepo.alertsByIds(ctx.db, ctx.organizationId, done))[0];
    },
    acknowledgeAlerts: async (_p, { ids, by }, ctx) => {
      const wanted = ids.map((id) => checkUuid(id, 'ids'));
      // One transaction: an unknown id rolls the whole acknowledgement back.
      await ctx.db.transaction().execute(async (trx) => {
        const done = new Set(await alertRepo.acknowledgeAlerts(trx, ctx.organizationId, wanted, by ?? null));
        const missing = wanted.filter((id) => !done.has(id));
        if (missing.length) throw new NotFoundError(`No alert with id ${missing.map((m) => `'${m}'`).join(', ')}; nothing was acknowledged.`, { argument: 'ids' });
      });
      const rows = await alertRepo.alertsByIds(ctx.db, ctx.organizationId, wanted);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return wanted.map((id) => byId.get(id)!);
    },
    createAlertRule: async (_p, { input }, ctx) => {
      const id = await alertRepo.insertAlertRule(ctx.db, ctx.organizationId, await ruleValues(ctx, input));
      return loadRule(ctx, id);
    },
    updateAlertRule: async (_p, { id, input }, ctx) => {
      const ruleId = checkUuid(id, 'id');
      if (!(await alertRepo.updateAlertRule(ctx.db, ctx.organizationId, ruleId, await ruleValues(ctx, input)))) {
        throw new NotFoundError(`No alert rule with id '${id}'.`, { argument: 'id' });
      }
      return loadRule(ctx, ruleId);
    },
    deleteAlertRule: async (_p, { id }, ctx) => {
      const ruleId = checkUuid(id, 'id');
      const deleted = await ctx.db.transaction().execute((trx) => alertRepo.deleteAlertRule(trx, ctx.organizationId, ruleId));
      if (!deleted) throw new NotFoundError(`No alert rule with id '${id}'.`, { argument: 'id' });
      return ruleId;
    },
    createMetric: async (_p, { input }, ctx) => {
      if (!/^[a-z][a-z0-9_]*$/.test(input.name) || input.name.length > 100) {
        throw new BadInputError(`Metric name '${input.name}' must be snake_case: a lower-case letter, then letters, digits or _, e.g. 'steam_flow_kg_h'.`, { argument: 'name' });
      }
      if (!input.unit.trim() && input.unit !== '') throw new BadInputError('unit must not be blank.', { argument: 'unit' });
      const row = await insertMetric(ctx.db, { name: input.name, unit: input.unit.trim(), description: input.description ?? null, kind: input.kind });
      if (!row) throw new ConflictError(`A metric named '${input.name}' already exists.`, { argument: 'name' });
      return row;
    },
  },

  Metric: {
    __resolveReference: (ref, ctx) => ctx.loaders.metric.load(ref.name),
  },
  LatestReading: {
    metric: (r) => ({ name: r.metric, unit: r.unit, description: r.description, kind: r.kind }),
    stale: (r) => isStale(r.time, r.data_interval_seconds),
  },
  Series: {
    equipment: (s) => (s.ownerKind === 'equipment' ? { id: s.ownerId } : null),
    site: (s) => (s.ownerKind === 'site' ? { id: s.ownerId } : null),
    // The series statement read the catalog row already: no second statement for the metric.
    metric: (s) => ({ name: s.metric, unit: s.unit, description: s.metricDescription, kind: s.kind }),
    pointTimes: (s) => s.points.map((p) => p.time),
    pointValues: (s) => s.points.map((p) => p.value),
  },
  MetricStats: {
    metric: (s) => ({ name: s.metric, unit: s.unit, description: s.metric_description, kind: s.kind }),
  },
  Alert: {
    __resolveReference: (ref, ctx) => ctx.loaders.alert.load(ref.id),
    equipment: (a) => ({ id: a.equipment_id }),
    metric: (a, _x, ctx) => (a.metric ? ctx.loaders.metric.load(a.metric) : null),
    rule: (a, _x, ctx) => (a.rule_id ? ctx.loaders.alertRule.load(a.rule_id) : null),
    raisedAt: (a) => a.raised_at,
    clearedAt: (a) => a.cleared_at,
    acknowledged: (a) => a.acknowledged_at !== null,
    acknowledgedAt: (a) => a.acknowledged_at,
    acknowledgedBy: (a) => a.acknowledged_by,
  },
  AlertRule: {
    metric: async (r, _a, ctx) => (await ctx.loaders.metric.load(r.metric))!,
    equipment: (r) => (r.equipment_id ? { id: r.equipment_id } : null),
    equipmentTypeId: (r) => r.equipment_type_id,
    durationSeconds: (r) => r.duration_seconds,
    createdAt: (r) => r.created_at,
  },
  AnomalyEpisode: {
    durationSeconds: (e) => e.duration_seconds,
    peakTime: (e) => e.peak_time,
    readingCount: (e) => e.reading_count,
  },
  RecordedAnomaly: {
    metric: async (r, _a, ctx) => (await ctx.loaders.metric.load(r.metric))!,
    start: (r) => r.starts_at,
    end: (r) => r.ends_at,
  },
  FlatlineEpisode: {
    durationSeconds: (e) => e.duration_seconds,
    readingCount: (e) => e.reading_count,
  },
  StatisticalAnomaly: {
    baselineMean: (s) => s.baseline_mean,
    baselineStddev: (s) => s.baseline_stddev,
    zScore: (s) => s.z_score,
  },
  Site: {
    __resolveReference: (ref) => ({ id: ref.id }),
    latest: (s, { metrics }, ctx) => ctx.loaders.latest(metrics ?? null, 'site').load(s.id),
    series: seriesField('site'),
    alerts: (s, a, ctx) => ctx.loaders.alertsOf({ ownerKind: 'site', filter: alertFilter(a), limit: a.limit ?? 100 }).load(s.id),
  },
  Equipment: {
    // Nothing to fetch: the id is all readings needs, and assets owns existence.
    __resolveReference: (ref) => ({ id: ref.id }),
    metrics: (e, _a, ctx) => ctx.loaders.equipmentMetrics.load(e.id),
    latest: (e, { metrics }, ctx) => ctx.loaders.latest(metrics ?? null).load(e.id),
    series: seriesField('equipment'),
    stats: (e, { metrics, from, to }, ctx, info) =>
      ctx.loaders
        .stats({ ownerKind: 'equipment', metrics: [...new Set(metrics)], from: toDate(from), to: toDate(to), percentiles: selects(info, ['p50', 'p95', 'p99']) })
        .load(e.id),
    thresholdAnomalies: (e, a, ctx) =>
      ctx.loaders.threshold({ ownerKind: 'equipment', metric: a.metric, operator: a.operator, value: a.value, from: toDate(a.from), to: toDate(a.to), limit: a.limit ?? 1000 }).load(e.id),
    anomalyEpisodes: (e, a, ctx) =>
      ctx.loaders
        .episodes({
          ownerKind: 'equipment',
          metric: a.metric,
          operator: a.operator,
          value: a.value,
          from: toDate(a.from),
          to: toDate(a.to),
          limit: a.limit ?? 1000,
          maxGapSeconds: a.maxGapSeconds ?? null,
          minDurationSeconds: a.minDurationSeconds ?? 0,
        })
        .load(e.id),
    flatlineEpisodes: (e, a, ctx) =>
      ctx.loaders
        .flatlines({ ownerKind: 'equipment', metric: a.metric, from: toDate(a.from), to: toDate(a.to), tolerance: a.tolerance ?? 0, minDurationSeconds: a.minDurationSeconds ?? 900, limit: a.limit ?? 100 })
        .load(e.id),
    statisticalAnomalies: (e, a, ctx) =>
      ctx.loaders
        .statistical({ ownerKind: 'equipment', metric: a.metric, from: toDate(a.from), to: toDate(a.to), k: a.k ?? 2, window: a.window ?? '1 hour', limit: a.limit ?? 1000 })
        .load(e.id),
    recordedAnomalies: (e, a, ctx) =>
      ctx.loaders.recorded({ from: toDate(a.from), to: toDate(a.to), origin: a.origin ?? null, limit: a.limit ?? 100 }).load(e.id),
    alerts: (e, a, ctx) => ctx.loaders.alertsOf({ ownerKind: 'equipment', filter: alertFilter(a), limit: a.limit ?? 100 }).load(e.id),
  },
};

