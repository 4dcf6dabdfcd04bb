// Series, stats and chart input for many (owner, metric) pairs in one statement each.
//
// Rollup answers equal raw answers by construction: a bucketed aggregate is computed from
// "source rows" (series_id, t, n, s, mn, mx, f, l, ss) that partition [from, to) exactly —
// whole buckets of the chosen rollup in the middle, 15-minute rollup buckets for the ragged
// parts of a coarser grain, raw points for what is left at the edges. Because every rollup
// grain nests inside the requested bucket, each source row falls in exactly one answer bucket.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { opaqueTexts, opaqueUuids } from '../../../database/array-parameters.js';
import type { Database } from '../../../database/database.js';
import type { MetricKind } from '../../../database/tables/readings.table.js';
import { alignRange, type BucketInterval, type Grain } from '../intervals.js';

export type Aggregation = 'avg' | 'min' | 'max' | 'sum' | 'count' | 'first' | 'last' | 'stddev' | 'twa';
export type OwnerKind = 'equipment' | 'site';

export interface SeriesKey {
  ownerId: string;
  metric: string;
}

/** What every answer row says about its series. */
export interface SeriesMetaRow {
  series_id: number;
  owner_id: string;
  metric: string;
  metric_description: string | null;
  unit: string;
  kind: MetricKind;
  /** Zone the day/week/month buckets were built in. */
  zone: string;
  /** The series' own (site) zone. */
  time_zone: string;
  data_interval_seconds: number;
}

/** The buckets of one series: start times (epoch ms) and values, in time order; empty when it has none in range. */
export interface SeriesBuckets extends SeriesMetaRow {
  times: number[];
  values: (number | null)[];
  /** With `lookback`: the series' last reading before `from` (null when it has none). */
  before?: number | null;
}

const EPOCH = sql`timestamptz '1970-01-01 00:00:00+00'`;
/** What every answer says about its series (the columns of SeriesMetaRow). */
const SERIES_META = sql`sel.id as series_id, sel.owner_id, sel.metric, sel.metric_description, sel.unit, sel.kind, sel.zone, sel.time_zone, sel.data_interval_seconds`;
export const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;
/**
 * A timestamptz as epoch milliseconds (float8), exact and truncated as a JavaScript Date
 * truncates: cheaper for node-postgres than timestamp text, which it parses at about a
 * microsecond a value. extract is exact (numeric); date_part's float8 seconds times 1000 can land
 * a hair below a whole millisecond.
 */
export const epochMs = (t: RawBuilder<unknown>) => sql`trunc(extract(epoch from ${t}) * 1000)::float8`;

/**
 * The series of the requested (owner, metric) pairs; `zone` is the answer's zone, and
 * [d_from, d_to) the whole local days of the series' own zone inside [from, to) (what its
 * daily rollup can serve).
 */
export function selCte(ownerKind: OwnerKind, organizationId: string, keys: readonly SeriesKey[], timeZone: string | null, from: Date, to: Date) {
  const ownerCol = ownerKind === 'equipment' ? sql`s.equipment_id` : sql`s.site_id`;
  // One index probe per key, whatever the plan: as a plain join, the generic plan of a prepared
  // statement (database/prepared-statements.ts) hashed the keys and scanned every series. The
  // keys go as arrays the planner cannot see into, so that generic plan is the one PostgreSQL
  // settles on (database/array-parameters.ts).
  return sql`sel0 as (
    select x.* from unnest(${opaqueUuids(keys.map((k) => k.ownerId))}, ${opaqueTexts(keys.map((k) => k.metric))}) as k(owner_id, metric)
    cross join lateral (
      select s.id, ${ownerCol} as owner_id, m.name as metric, m.description as metric_description, m.unit, m.kind, s.time_zone, s.data_interval_seconds,
             coalesce(${timeZone}::text, s.time_zone) as zone
      from readings.metrics m join readings.series s on s.metric_id = m.id
      where m.name = k.metric and ${ownerCol} = k.owner_id and s.organization_id = ${organizationId}
      offset 0
    ) x
  ),
  sel as (
    select sel0.*, d.d_from, greatest(date_trunc('day', ${iso(to)}, sel0.time_zone), d.d_from) as d_to
    from sel0 cross join lateral (
      select case when date_trunc('day', ${iso(from)}, sel0.time_zone) = ${iso(from)} then ${iso(from)}
                  else (date_trunc('day', ${iso(from)} at time zone sel0.time_zone) + interval '1 day') at time zone sel0.time_zone end as d_from
    ) d
  )`;
}

// Each source row carries its series' kind and answer zone, so aggregating them needs no second
// join to `sel` (which made PostgreSQL read every branch once per series).
const ROLLUP_COLS = sql`r.series_id, sel.kind, sel.zone, r.bucket as t, r.value_count::float8 as n, r.value_sum as s, r.value_min as mn, r.value_max as mx,
  r.value_first as f, r.value_last as l, r.value_sum_sq as ss`;
const RAW_COLS = sql`p.series_id, sel.kind, sel.zone, p.time as t, 1::float8 as n, p.value as s, p.value as mn, p.value as mx, p.value as f, p.value as l, p.value * p.value as ss`;

function rollupBranch(table: '15m' | '1h' | '1d', lo: RawBuilder<unknown>, hi: RawBuilder<unknown>, filter: RawBuilder<unknown>) {
  return sql`select ${ROLLUP_COLS} from sel join ${sql.table(`readings.rollup_${table}`)} r
    on r.series_id = sel.id and r.bucket >= ${lo} and r.bucket < ${hi} where ${filter}`;
}
function rawBranch(lo: RawBuilder<unknown>, hi: RawBuilder<unknown>, filter: RawBuilder<unknown>) {
  return sql`select ${RAW_COLS} from sel join readings.points p
    on p.series_id = sel.id and p.time >= ${lo} and p.time < ${hi} where ${filter}`;
}

type Range = [Date, Date];
const nonEmpty = (ranges: Range[]) => ranges.filter(([lo, hi]) => lo < hi);
const minDate = (a: Date, b: Date) => (a < b ? a : b);
const maxDate = (a: Date, b: Date) => (a > b ? a : b);

/** Source rows split: the branch of the grain's own rollup over its whole buckets, if any, and the rest. */
interface SourceParts {
  whole: RawBuilder<unknown> | null;
  rest: RawBuilder<unknown>[];
}

function sourceParts(grain: Grain, from: Date, to: Date, filter: RawBuilder<unknown>): SourceParts {
  if (grain === 'raw') return { whole: null, rest: [rawBranch(iso(from), iso(to), filter)] };
  const q = alignRange(from, to, 900);
  const raw = nonEmpty([
    [from, minDate(q.alignedFrom, to)],
    [q.alignedTo, to],
  ]).map(([lo, hi]) => rawBranch(iso(lo), iso(hi), filter));
  const quarter = (ranges: Range[]) => nonEmpty(ranges).map(([lo, hi]) => rollupBranch('15m', iso(lo), iso(hi), filter));
  if (grain === '15m') {
    const [whole = null] = quarter([[q.alignedFrom, q.alignedTo]]);
    return { whole, rest: raw };
  }
  if (grain === '1h') {
    const h = alignRange(from, to, 3600);
    const [whole = null] = nonEmpty([[h.alignedFrom, h.alignedTo]]).map(([lo, hi]) => rollupBranch('1h', iso(lo), iso(hi), filter));
    return {
      whole,
      rest: [
        ...quarter([
          [q.alignedFrom, minDate(h.alignedFrom, q.alignedTo)],
          [maxDate(h.alignedTo, q.alignedFrom), q.alignedTo],
        ]),
        ...raw,
      ],
    };
  }
  // Local days of each series' own zone ([sel.d_from, sel.d_to), see selCte): known only per series.
  return {
    whole: rollupBranch('1d', sql`sel.d_from`, sql`sel.d_to`, filter),
    rest: [
      rollupBranch('15m', iso(q.alignedFrom), sql`least(sel.d_from, ${iso(q.alignedTo)})`, filter),
      rollupBranch('15m', sql`greatest(sel.d_to, ${iso(q.alignedFrom)})`, iso(q.alignedTo), filter),
      ...raw,
    ],
  };
}

const EMPTY_SOURCE = sql`select ${ROLLUP_COLS} from sel join readings.rollup_15m r on false`;
const unionAll = (branches: RawBuilder<unknown>[]) => (branches.length ? sql.join(branches, sql` union all `) : EMPTY_SOURCE);

/**
 * Source rows that partition [from, to) for the series matching `filter`, read at `grain`.
 * Branches whose range is empty are left out of the statement (a whole-hour range reads one
 * rollup and nothing else), which keeps planning cheap.
 */
export function sourceRows(grain: Grain, from: Date, to: Date, filter: RawBuilder<unknown> = sql`true`): RawBuilder<unknown> {
  const { whole, rest } = sourceParts(grain, from, to, filter);
  return unionAll(whole ? [whole, ...rest] : rest);
}

/** Whether each row of `grain`'s own rollup is exactly one bucket of `interval` (days: in the series' zone). */
function grainIsBucket(grain: Grain, interval: BucketInterval): boolean {
  if (grain === '1d') return interval.calendar === 'day';
  return !interval.calendar && interval.seconds === (grain === '1h' ? 3600 : grain === '15m' ? 900 : -1);
}

function bucketExpr(interval: BucketInterval, t: RawBuilder<unknown>, zone: RawBuilder<unknown> = sql`sel.zone`) {
  if (interval.calendar) return sql`date_trunc(${interval.calendar}, ${t}, ${zone})`;
  return sql`date_bin(${interval.text}::interval, ${t}, ${EPOCH})`;
}
function bucketEnd(interval: BucketInterval, b: RawBuilder<unknown>) {
  if (interval.calendar) return sql`((${b} at time zone sel.zone) + ${`1 ${interval.calendar}`}::interval) at time zone sel.zone`;
  return sql`${b} + ${interval.text}::interval`;
}

/**
 * Aggregate over source rows (rollup grains): exact combinations of count/sum/min/max/first/last/
 * sum of squares, grouped over `src`. With `row`, the same arithmetic on the single source row `w`
 * of a bucket that is one rollup row (its sums are its own values).
 */
function combinedAggregate(agg: Aggregation, row = false): RawBuilder<unknown> {
  const sum = (c: 'n' | 's' | 'ss') => sql.raw(row ? `w.${c}` : `sum(src.${c})`);
  switch (agg) {
    case 'avg':
      return sql`${sum('s')} / ${sum('n')}`;
    case 'min':
      return row ? sql`w.mn` : sql`min(src.mn)`;
    case 'max':
      return row ? sql`w.mx` : sql`max(src.mx)`;
    case 'sum':
      return sum('s');
    case 'count':
      return sum('n');
    case 'first':
      return row ? sql`w.f` : sql`(array_agg(src.f order by src.t))[1]`;
    case 'last':
      return row ? sql`w.l` : sql`(array_agg(src.l order by src.t desc))[1]`;
    case 'stddev':
      return sql`case when ${sum('n')} > 1 then sqrt(greatest((${sum('ss')} - ${sum('s')} * ${sum('s')} / ${sum('n')}) / (${sum('n')} - 1), 0)) end`;
    case 'twa':
      throw new Error('time-weighted average is computed from raw points');
  }
}

/** The same aggregates from raw points with PostgreSQL's own functions: the reference the rollup path is tested against. */
function nativeAggregate(agg: Aggregation): RawBuilder<unknown> {
  switch (agg) {
    case 'avg':
      return sql`avg(p.value)`;
    case 'min':
      return sql`min(p.value)`;
    case 'max':
      return sql`max(p.value)`;
    case 'sum':
      return sql`sum(p.value)`;
    case 'count':
      return sql`count(*)::float8`;
    case 'first':
      return sql`(array_agg(p.value order by p.time))[1]`;
    case 'last':
      return sql`(array_agg(p.value order by p.time desc))[1]`;
    case 'stddev':
      return sql`stddev_samp(p.value)`;
    case 'twa':
      throw new Error('twa has its own query');
  }
}

export interface BucketQuery {
  ownerKind: OwnerKind;
  organizationId: string;
  keys: readonly SeriesKey[];
  from: Date;
  to: Date;
  interval: BucketInterval;
  /** null: SUM for counters, AVG for gauges. */
  aggregation: Aggregation | null;
  timeZone: string | null;
  /** Rollup grain for series already in `timeZone` (or all when it is null) and for the others. */
  grain: Grain;
  otherZoneGrain: Grain;
  /** Emit every bucket of the range (value null where empty) for the caller to fill. */
  grid: boolean;
  /** Also return each series' last reading before `from` (fill PREVIOUS: what leading empty buckets take). */
  lookback?: boolean;
}

/** Bucketed values of many series in one statement; one row per series. */
export async function bucketedSeries(db: Kysely<Database>, q: BucketQuery): Promise<SeriesBuckets[]> {
  const aggFor = (make: (a: Aggregation) => RawBuilder<unknown>, kind: RawBuilder<unknown> = sql`sel.kind`) =>
    q.aggregation ? make(q.aggregation) : sql`case when ${kind} = 'counter' then ${make('sum')} else ${make('avg')} end`;
  let agg: RawBuilder<unknown>;
  if (q.aggregation === 'twa') {
    const b = bucketExpr(q.interval, sql`p.time`);
    agg = sql`agg as (
      select series_id, bucket, coalesce(sum(value * w) / nullif(sum(w), 0), avg(value)) as value
      from (
        select p.series_id, ${b} as bucket, p.value,
               extract(epoch from least(coalesce(lead(p.time) over (partition by p.series_id order by p.time), ${iso(q.to)}), ${bucketEnd(q.interval, b)}, ${iso(q.to)}) - p.time) as w
        from sel join readings.points p on p.series_id = sel.id and p.time >= ${iso(q.from)} and p.time < ${iso(q.to)}
      ) x group by 1, 2
    )`;
  } else if (q.grain === 'raw') {
    agg = sql`agg as (
      select p.series_id, ${bucketExpr(q.interval, sql`p.time`)} as bucket, ${aggFor(nativeAggregate)} as value
      from sel join readings.points p on p.series_id = sel.id and p.time >= ${iso(q.from)} and p.time < ${iso(q.to)}
      group by p.series_id, sel.kind, 2
    )`;
  } else {
    const split = q.timeZone && q.grain !== q.otherZoneGrain;
    const parts = sourceParts(q.grain, q.from, q.to, split ? sql`sel.time_zone = sel.zone` : sql`true`);
    const others = split ? sourceParts(q.otherZoneGrain, q.from, q.to, sql`sel.time_zone <> sel.zone`) : { whole: null, rest: [] };
    // Rows of the grain's own rollup that are each one whole bucket need no grouping: they pass
    // straight through (three years of days: 2,190 rows not hashed, no date_trunc per row).
    const direct = parts.whole && grainIsBucket(q.grain, q.interval) ? parts.whole : null;
    const grouped = [...(parts.whole && !direct ? [parts.whole] : []), ...parts.rest, ...(others.whole ? [others.whole] : []), ...others.rest];
    agg = sql`src as (${unionAll(grouped)}),
    agg as (
      select src.series_id, ${bucketExpr(q.interval, sql`src.t`, sql`src.zone`)} as bucket, ${aggFor((a) => combinedAggregate(a), sql`src.kind`)} as value
      from src
      group by src.series_id, src.kind, 2
      ${direct ? sql`union all select w.series_id, w.t as bucket, ${aggFor((a) => combinedAggregate(a, true), sql`w.kind`)} as value from (${direct}) w` : sql``}
    )`;
  }
  const sel = selCte(q.ownerKind, q.organizationId, q.keys, q.timeZone, q.from, q.to);
  const grid = q.interval.calendar
    ? sql`select sel.id as series_id, g.local at time zone sel.zone as bucket
          from sel cross join lateral generate_series(date_trunc(${q.interval.calendar}, ${iso(q.from)} at time zone sel.zone),
                                                      (${iso(q.to)} at time zone sel.zone) - interval '1 microsecond',
                                                      ${`1 ${q.interval.calendar}`}::interval) g(local)`
    : sql`select sel.id as series_id, g.bucket
          from sel cross join lateral generate_series(date_bin(${q.interval.text}::interval, ${iso(q.from)}, ${EPOCH}),
                                                      ${iso(q.to)} - interval '1 microsecond', ${q.interval.text}::interval) g(bucket)`;
  // One row per series with its buckets as two arrays: a month of hours is 2 rows to decode, not
  // 1,440. The arrays are the doubles' own bytes (float8send, big-endian; NaN for an empty
  // bucket, since stored values are finite): writing and reading 2,880 numbers as text cost
  // PostgreSQL a sixth of a month's statement and readings a JSON parse. Bucket starts are whole
  // minutes, exact as float8 seconds, so date_part does here what epochMs does for raw times:
  // extract computes in numeric, 0.3 ms more for three years of days.
  // The aggregates read a subquery already in time order rather than sorting for themselves
  // (an aggregate's own order by sorts its input once per aggregate and series: a fifth of the
  // statement for a month of hours). Both read the same rows in the same order, so times[i] and
  // values[i] always belong together; PostgreSQL does not promise to keep that order, so
  // inTimeOrder checks it and sorts when it was not kept.
  const packed = sql`${packDoubles(sql`date_part('epoch', o.bucket) * 1000`)} as times, ${packDoubles(sql`coalesce(o.value, 'NaN')`)} as values`;
  const arrays = q.grid
    ? sql`select o.series_id, ${packed}
          from (select g.series_id, g.bucket, a.value from (${grid}) g left join agg a on a.series_id = g.series_id and a.bucket = g.bucket
                order by g.series_id, g.bucket) o
          group by o.series_id`
    : sql`select o.series_id, ${packed}
          from (select a.series_id, a.bucket, a.value from agg a order by a.series_id, a.bucket) o
          group by o.series_id`;
  // One index probe per series, backwards from `from` (on TimescaleDB, chunks newest first).
  const before = q.lookback
    ? sql`, (select p.value from readings.points p where p.series_id = sel.id and p.time < ${iso(q.from)} order by p.time desc limit 1) as before`
    : sql``;
  const finalSelect = sql`select ${SERIES_META}, coalesce(b.times, ''::bytea) as times, coalesce(b.values, ''::bytea) as values ${before}
    from sel left join (${arrays}) b on b.series_id = sel.id order by sel.id`;
  const { rows } = await sql<PackedBuckets>`with ${sel}, ${agg} ${finalSelect}`.execute(db);
  return unpack(rows);
}

type PackedBuckets = Omit<SeriesBuckets, 'times' | 'values'> & { times: Uint8Array; values: Uint8Array };

/** Series rows with their packed times and values decoded, in time order. */
function unpack(rows: PackedBuckets[]): SeriesBuckets[] {
  return rows.map((r) => {
    const out: SeriesBuckets = { ...r, times: float8s(r.times), values: float8s(r.values, true) };
    inTimeOrder(out);
    return out;
  });
}

/** An aggregate packing a float8 column, in the order it reads its rows, as the doubles' own bytes (read back by float8s). */
function packDoubles(column: RawBuilder<unknown>): RawBuilder<Uint8Array> {
  return sql<Uint8Array>`string_agg(float8send(${column}), ''::bytea)`;
}

/** The doubles of a packDoubles array (pg gives a Buffer, PGlite a Uint8Array); with `nulls`, NaN reads as null. */
export function float8s(bytes: Uint8Array, nulls: true): (number | null)[];
export function float8s(bytes: Uint8Array, nulls?: false): number[];
export function float8s(bytes: Uint8Array, nulls = false): (number | null)[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Array<number | null>(bytes.byteLength >> 3);
  for (let i = 0; i < out.length; i++) {
    const x = view.getFloat64(i * 8);
    out[i] = nulls && x !== x ? null : x;
  }
  return out;
}

/** Puts a series' buckets in time order, times and every other column together, unless they already are. */
export function inTimeOrder<T extends { times: number[] }>(r: T, columns: readonly Exclude<keyof T, 'times'>[] = ['values' as Exclude<keyof T, 'times'>]): void {
  const { times } = r;
  let ordered = true;
  for (let i = 1; i < times.length && ordered; i++) ordered = times[i - 1] < times[i];
  if (ordered) return;
  const order = times.map((_, i) => i).sort((a, b) => times[a] - times[b]);
  r.times = order.map((i) => times[i]);
  for (const c of columns) {
    const column = r[c] as unknown as unknown[];
    (r[c] as unknown) = order.map((i) => column[i]);
  }
}

/**
 * Raw points of many series, at most `limit` per series (the caller asks for one more than it
 * allows, to detect overflow): one row per series, packed as bucketedSeries packs its buckets.
 * A row per point cost node-postgres ten metadata columns and a timestamp text to parse for every
 * point, 6 µs each. Times are exact epoch milliseconds (epochMs), since raw times need not be whole seconds.
 */
export async function rawSeries(db: Kysely<Database>, ownerKind: OwnerKind, organizationId: string, keys: readonly SeriesKey[], from: Date, to: Date, limit: number, timeZone: string | null): Promise<SeriesBuckets[]> {
  const { rows } = await sql<PackedBuckets>`
    with ${selCte(ownerKind, organizationId, keys, timeZone, from, to)}
    select ${SERIES_META}, coalesce(p.times, ''::bytea) as times, coalesce(p.values, ''::bytea) as values
    from sel left join lateral (
      select ${packDoubles(epochMs(sql`x.time`))} as times, ${packDoubles(sql`x.value`)} as values
      from (select time, value from readings.points where series_id = sel.id and time >= ${iso(from)} and time < ${iso(to)} order by time limit ${limit}) x
    ) p on true
    order by sel.id`.execute(db);
  return unpack(rows);
}

/** Chart input of one series: per point or bucket its time, mean, first, last, min and max, in time order. */
export interface ChartSeries extends SeriesMetaRow {
  times: number[];
  values: number[];
  first: number[];
  last: number[];
  min: number[];
  max: number[];
}

type PackedChart = SeriesMetaRow & Record<'times' | 'values' | 'first' | 'last' | 'min' | 'max', Uint8Array>;

/**
 * Chart input: raw points, or whole rollup buckets starting inside [from, to) (charts need shape,
 * not exact edges). One row per series, packed as bucketedSeries packs its buckets.
 */
export async function chartInput(db: Kysely<Database>, ownerKind: OwnerKind, organizationId: string, keys: readonly SeriesKey[], from: Date, to: Date, grain: Grain): Promise<ChartSeries[]> {
  const inner =
    grain === 'raw'
      ? sql`select time, value as mean, value as mn, value as mx, value as f, value as l from readings.points
            where series_id = sel.id and time >= ${iso(from)} and time < ${iso(to)} order by time`
      : sql`select bucket as time, value_sum / value_count as mean, value_min as mn, value_max as mx, value_first as f, value_last as l
            from ${sql.table(`readings.rollup_${grain}`)} where series_id = sel.id and bucket >= ${iso(from)} and bucket < ${iso(to)} order by bucket`;
  const { rows } = await sql<PackedChart>`
    with ${selCte(ownerKind, organizationId, keys, null, from, to)}
    select ${SERIES_META}, coalesce(p.times, ''::bytea) as times, coalesce(p.values, ''::bytea) as values, coalesce(p.first, ''::bytea) as first,
           coalesce(p.last, ''::bytea) as last, coalesce(p.min, ''::bytea) as min, coalesce(p.max, ''::bytea) as max
    from sel left join lateral (
      select ${packDoubles(epochMs(sql`x.time`))} as times, ${packDoubles(sql`x.mean`)} as values, ${packDoubles(sql`x.f`)} as first, ${packDoubles(sql`x.l`)} as last,
             ${packDoubles(sql`x.mn`)} as min, ${packDoubles(sql`x.mx`)} as max
      from (${inner}) x
    ) p on true
    order by sel.id`.execute(db);
  return rows.map((r) => {
    const out: ChartSeries = { ...r, times: float8s(r.times), values: float8s(r.values), first: float8s(r.first), last: float8s(r.last), min: float8s(r.min), max: float8s(r.max) };
    inTimeOrder(out, ['values', 'first', 'last', 'min', 'max']);
    return out;
  });
}

export interface StatsRow extends SeriesMetaRow {
  count: number | null;
  min: number | null;
  max: number | null;
  avg: number | null;
  sum: number | null;
  stddev: number | null;
  first: number | null;
  last: number | null;
  percentiles: number[] | null;
}

/** Range statistics of many series in one statement: exact from rollups, percentiles from raw points when asked. */
export async function rangeStats(
  db: Kysely<Database>,
  ownerKind: OwnerKind,
  organizationId: string,
  keys: readonly SeriesKey[],
  from: Date,
  to: Date,
  grain: Grain,
  percentiles: boolean,
): Promise<StatsRow[]> {
  const sel = selCte(ownerKind, organizationId, keys, null, from, to);
  const pct = percentiles
    ? sql`(select percentile_cont(array[0.5, 0.95, 0.99]::float8[]) within group (order by value) from readings.points
          where series_id = sel.id and time >= ${iso(from)} and time < ${iso(to)})`
    : sql`null::float8[]`;
  const { rows } = await sql<StatsRow>`
    with ${sel},
    src as (${sourceRows(grain, from, to)}),
    agg as (
      select src.series_id, sum(src.n) as count, min(src.mn) as min, max(src.mx) as max, sum(src.s) / sum(src.n) as avg, sum(src.s) as sum,
             ${combinedAggregate('stddev')} as stddev, ${combinedAggregate('first')} as first, ${combinedAggregate('last')} as last
      from src group by src.series_id
    )
    select ${SERIES_META},
           coalesce(a.count, 0) as count, a.min, a.max, a.avg, a.sum, a.stddev, a.first, a.last, ${pct} as percentiles
    from sel left join agg a on a.series_id = sel.id
    order by sel.id`.execute(db);
  return rows;
}
