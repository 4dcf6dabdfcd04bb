// Turns series/stats arguments into one repository call for many (owner, metric) pairs:
// validation and limits, the interval and rollup choice, then fill and downsampling.
import type { Kysely } from 'kysely';
import { BadInputError, LimitExceededError } from '../../common/errors.js';
import type { Database } from '../../database/database.js';
import type { MetricKind } from '../../database/tables/readings.table.js';
import { lttb, plot } from './downsample.js';
import { type Fill, fillGaps } from './fill.js';
import {
  type BucketInterval,
  checkBucketCount,
  checkMaxPoints,
  checkRange,
  checkRawRange,
  checkTimeZone,
  type Grain,
  grainFor,
  intervalForMaxPoints,
  parseInterval,
  type RangeLimits,
  zoneHasWholeHourOffsets,
} from './intervals.js';
import { metricsByNames } from './repositories/metric-repository.js';
import { type Aggregation, bucketedSeries, chartInput, type OwnerKind, rangeStats, rawSeries, type SeriesKey, type SeriesMetaRow, type StatsRow } from './repositories/series-repository.js';

export interface SeriesArgs {
  from: Date;
  to: Date;
  interval: string | null;
  maxPoints: number | null;
  aggregation: Aggregation | null;
  fill: Fill;
  timeZone: string | null;
  downsample: 'lttb' | 'plot' | null;
}

export interface SeriesResult {
  ownerKind: OwnerKind;
  ownerId: string;
  metric: string;
  /** The catalog's description of the metric. */
  metricDescription: string | null;
  unit: string;
  kind: MetricKind;
  interval: string | null;
  aggregation: Aggregation | null;
  timeZone: string;
  source: Grain;
  points: { time: Date; value: number | null }[];
}

export interface SeriesOptions {
  /** Tests only: read at this grain (e.g. 'raw' as the reference for rollup parity). */
  forceGrain?: Grain;
}

export const seriesKey = (k: SeriesKey) => `${k.ownerId}|${k.metric}`;
const DAY_MS = 86400e3;

function toDate(value: Date | string, argument: string): Date {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new BadInputError(`${argument} '${String(value)}' is not a date-time. Use ISO 8601, e.g. 2024-06-15T00:00:00+05:30.`, { argument });
  return d;
}

export function normalizeSeriesArgs(a: {
  from: Date | string;
  to: Date | string;
  interval?: string | null;
  maxPoints?: number | null;
  aggregation?: Aggregation | null;
  fill?: Fill | null;
  timeZone?: string | null;
  downsample?: 'lttb' | 'plot' | null;
}): SeriesArgs {
  return {
    from: toDate(a.from, 'from'),
    to: toDate(a.to, 'to'),
    interval: a.interval ?? null,
    maxPoints: a.maxPoints ?? null,
    aggregation: a.aggregation ?? null,
    fill: a.fill ?? 'none',
    timeZone: a.timeZone ?? null,
    downsample: a.downsample ?? null,
  };
}

/** Throws BAD_USER_INPUT for metric names the catalog lacks (called only when a metric matched no series). */
async function checkMetricsExist(db: Kysely<Database>, names: readonly string[]): Promise<void> {
  const unique = [...new Set(names)];
  const known = new Set((await metricsByNames(db, unique)).map((m) => m.name));
  const unknown = unique.filter((n) => !known.has(n));
  if (unknown.length) {
    throw new BadInputError(`Unknown metric${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `'${n}'`).join(', ')}. Query.metrics lists the catalog.`, { argument: 'metric', unknown });
  }
}

async function ensureKnownMetrics(db: Kysely<Database>, keys: readonly SeriesKey[], found: Iterable<string>): Promise<void> {
  const seen = new Set(found);
  const missing = keys.map((k) => k.metric).filter((m) => !seen.has(m));
  if (missing.length) await checkMetricsExist(db, missing);
}

/** A series' points from its times (epoch ms) and values. */
function pointsOf<V>(r: { times: readonly number[]; values: readonly V[] }): { time: Date; value: V }[] {
  const points = new Array<{ time: Date; value: V }>(r.times.length);
  for (let i = 0; i < points.length; i++) points[i] = { time: new Date(r.times[i]), value: r.values[i] };
  return points;
}

/** Series for every key (null where the owner does not report the metric), in one statement (two when a metric name is unknown). */
export async function loadSeries(
  db: Kysely<Database>,
  organizationId: string,
  ownerKind: OwnerKind,
  keys: readonly SeriesKey[],
  args: SeriesArgs,
  limits: RangeLimits,
  options: SeriesOptions = {},
): Promise<Map<string, SeriesResult>> {
  const { from, to } = args;
  checkRange(from, to);
  const timeZone = args.timeZone === null ? null : checkTimeZone(args.timeZone);
  const out = new Map<string, SeriesResult>();
  const base = (r: SeriesMetaRow) => ({
    ownerKind,
    ownerId: r.owner_id,
    metric: r.metric,
    metricDescription: r.metric_description,
    unit: r.unit,
    kind: r.kind,
    timeZone: r.zone,
  });

  if (args.downsample) {
    if (args.maxPoints === null) throw new BadInputError(`downsample needs maxPoints: the number of chart points wanted (1–${limits.maxPoints}).`, { argument: 'maxPoints' });
    checkMaxPoints(args.maxPoints, limits);
    if (args.interval !== null || args.aggregation !== null) {
      throw new BadInputError('downsample picks its own points: leave out interval and aggregation.', { argument: 'downsample' });
    }
    const hours = (to.getTime() - from.getTime()) / 3.6e6;
    const grain: Grain = options.forceGrain ?? (hours <= limits.maxRawRangeHours ? 'raw' : hours <= 14 * 24 ? '15m' : hours <= 120 * 24 ? '1h' : '1d');
    const rows = await chartInput(db, ownerKind, organizationId, keys, from, to, grain);
    await ensureKnownMetrics(db, keys, rows.map((r) => r.metric));
    for (const r of rows) {
      const points =
        args.downsample === 'lttb'
          ? lttb(pointsOf(r), args.maxPoints)
          : plot(r.times.map((t, i) => ({ time: new Date(t), first: r.first[i], last: r.last[i], min: r.min[i], max: r.max[i] })), from, to, Math.max(1, Math.floor(args.maxPoints / 4)));
      out.set(seriesKey({ ownerId: r.owner_id, metric: r.metric }), { ...base(r), interval: null, aggregation: null, source: grain, points });
    }
    return out;
  }

  if (args.interval === null && args.maxPoints === null) {
    if (args.aggregation !== null || args.fill !== 'none') {
      throw new BadInputError('aggregation and fill apply to buckets: give an interval (e.g. "1 hour") or maxPoints.', { argument: args.aggregation !== null ? 'aggregation' : 'fill' });
    }
    checkRawRange(from, to, limits, 'A series without interval or maxPoints', 'Use interval ≥ 15 minutes, or maxPoints, or a shorter range.');
    const rows = await rawSeries(db, ownerKind, organizationId, keys, from, to, limits.maxPoints + 1, timeZone);
    for (const r of rows) {
      out.set(seriesKey({ ownerId: r.owner_id, metric: r.metric }), { ...base(r), interval: null, aggregation: null, source: 'raw', points: pointsOf(r) });
    }
    await ensureKnownMetrics(db, keys, rows.map((r) => r.metric));
    for (const s of out.values()) {
      if (s.points.length > limits.maxPoints) {
        throw new LimitExceededError('maxPoints', `The range holds more than ${limits.maxPoints} readings of '${s.metric}', over the limit per answer. Use interval ≥ 15 minutes, or maxPoints, or a shorter range.`, {
          maximum: limits.maxPoints,
        });
      }
    }
    return out;
  }

  let interval: BucketInterval;
  if (args.maxPoints !== null) {
    interval = intervalForMaxPoints(args.maxPoints, from, to, limits, args.interval !== null ? parseInterval(args.interval) : undefined);
  } else {
    interval = parseInterval(args.interval!);
  }
  checkBucketCount(interval, from, to, limits);
  const agg = args.aggregation;
  const wholeHour = timeZone ? zoneHasWholeHourOffsets(timeZone, from, to) : true;
  let grain = options.forceGrain ?? grainFor(interval, true, true);
  let otherZoneGrain = options.forceGrain ?? grainFor(interval, false, wholeHour);
  if (agg === 'twa') grain = otherZoneGrain = 'raw';
  if (grain === 'raw' || otherZoneGrain === 'raw') {
    const what = agg === 'twa' ? 'TIME_WEIGHTED_AVERAGE' : `interval '${interval.text}'`;
    if (!options.forceGrain) checkRawRange(from, to, limits, what, agg === 'twa' ? 'Use AVG (exact from rollups) or a shorter range.' : 'Use interval ≥ 15 minutes, or maxPoints, or a shorter range.');
  }
  const rows = await bucketedSeries(db, {
    ownerKind,
    organizationId,
    keys,
    from,
    to,
    interval,
    aggregation: agg,
    timeZone,
    grain,
    otherZoneGrain,
    grid: args.fill !== 'none',
    lookback: args.fill === 'previous' && (agg === null || carriesReadings(agg)),
  });
  for (const r of rows) {
    const points = pointsOf(r);
    const aggregation = agg ?? (r.kind === 'counter' ? 'sum' : 'avg');
    out.set(seriesKey({ ownerId: r.owner_id, metric: r.metric }), {
      ...base(r),
      interval: interval.text,
      aggregation,
      source: r.zone === r.time_zone ? grain : otherZoneGrain,
      points: fillGaps(points, args.fill, carriesReadings(aggregation) ? (r.before ?? null) : null),
    });
  }
  await ensureKnownMetrics(db, keys, rows.map((r) => r.metric));
  return out;
}

/**
 * Whether a bucket value of this aggregation is itself a reading (in the metric's unit), so that
 * fill PREVIOUS may start from the last reading before the range. Totals, counts and spreads are
 * not: their leading empty buckets stay null (a counter's default, SUM, among them).
 */
function carriesReadings(agg: Aggregation): boolean {
  return agg === 'avg' || agg === 'min' || agg === 'max' || agg === 'first' || agg === 'last' || agg === 'twa';
}

export interface StatsResult extends StatsRow {
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

/**
 * Range statistics for every key, one statement. The grain only decides cost — any grain gives
 * the same exact answer — so long ranges read daily rollups and short ones hourly or 15-minute ones.
 */
export async function loadStats(
  db: Kysely<Database>,
  organizationId: string,
  ownerKind: OwnerKind,
  keys: readonly SeriesKey[],
  fromArg: Date | string,
  toArg: Date | string,
  percentiles: boolean,
  limits: RangeLimits,
  options: SeriesOptions = {},
): Promise<Map<string, StatsResult>> {
  const from = toDate(fromArg, 'from');
  const to = toDate(toArg, 'to');
  checkRange(from, to);
  if (percentiles) checkRawRange(from, to, limits, 'p50/p95/p99', 'Leave out the percentiles (the other statistics are exact from rollups over any range) or use a shorter range.');
  const span = to.getTime() - from.getTime();
  const grain: Grain = options.forceGrain ?? (span >= 2 * DAY_MS ? '1d' : span >= 2 * 3.6e6 ? '1h' : '15m');
  const rows = await rangeStats(db, ownerKind, organizationId, keys, from, to, grain, percentiles);
  await ensureKnownMetrics(db, keys, rows.map((r) => r.metric));
  const out = new Map<string, StatsResult>();
  for (const r of rows) {
    const p = r.percentiles;
    out.set(seriesKey({ ownerId: r.owner_id, metric: r.metric }), { ...r, p50: p?.[0] ?? null, p95: p?.[1] ?? null, p99: p?.[2] ?? null });
  }
  return out;
}
