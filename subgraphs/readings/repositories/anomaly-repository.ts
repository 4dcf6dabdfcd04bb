// Threshold and statistical anomaly scans for many pieces of equipment in one statement.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { ComparisonOperator } from '../../../database/tables/readings.table.js';
import { epochMs, iso, type OwnerKind, type SeriesKey, selCte } from './series-repository.js';

function compare(op: ComparisonOperator, left: RawBuilder<unknown>, value: number): RawBuilder<unknown> {
  return sql`${left} ${sql.raw(op === '!=' ? '<>' : op)} ${value}::float8`;
}

/** Whether an hourly rollup bucket can hold a reading meeting the condition: only those hours are scanned. */
function hourMayMatch(op: ComparisonOperator, value: number): RawBuilder<unknown> {
  switch (op) {
    case '>':
    case '>=':
      return compare(op, sql`h.value_max`, value);
    case '<':
    case '<=':
      return compare(op, sql`h.value_min`, value);
    case '=':
      return sql`h.value_min <= ${value}::float8 and h.value_max >= ${value}::float8`;
    case '!=':
      return sql`not (h.value_min = ${value}::float8 and h.value_max = ${value}::float8)`;
  }
}

function matchingPoints(op: ComparisonOperator, value: number, from: Date, to: Date, limit: number | null): RawBuilder<unknown> {
  // Each candidate hour reads its own slice of the (series_id, time) key. As a plain join the
  // planner could not use the hour's bounds in the index condition and walked every point of
  // the series (about 0.6 s for three years at one minute); `offset 0` keeps the lateral
  // subquery from being flattened back into that join.
  return sql`
    select p.time, p.value
    from readings.rollup_1h h
    cross join lateral (
      select p.time, p.value from readings.points p
      where p.series_id = h.series_id
        and p.time >= greatest(h.bucket, ${iso(from)}) and p.time < least(h.bucket + interval '1 hour', ${iso(to)})
        and ${compare(op, sql`p.value`, value)}
      offset 0
    ) p
    where h.series_id = sel.id
      and h.bucket >= date_bin('1 hour', ${iso(from)}, timestamptz '1970-01-01 00:00:00+00') and h.bucket < ${iso(to)}
      and ${hourMayMatch(op, value)}
    order by p.time
    ${limit === null ? sql`` : sql`limit ${limit}`}`;
}

export interface ThresholdRow {
  owner_id: string;
  metric: string;
  time: Date;
  value: number;
}

export async function thresholdReadings(
  db: Kysely<Database>,
  ownerKind: OwnerKind,
  organizationId: string,
  keys: readonly SeriesKey[],
  op: ComparisonOperator,
  value: number,
  from: Date,
  to: Date,
  limit: number,
): Promise<ThresholdRow[]> {
  const { rows } = await sql<Omit<ThresholdRow, 'time'> & { time_ms: number }>`
    with ${selCte(ownerKind, organizationId, keys, null, from, to)}
    select sel.owner_id, sel.metric, ${epochMs(sql`m.time`)} as time_ms, m.value
    from sel cross join lateral (${matchingPoints(op, value, from, to, limit)}) m
    order by sel.owner_id, m.time`.execute(db);
  return rows.map((r) => ({ owner_id: r.owner_id, metric: r.metric, time: new Date(r.time_ms), value: r.value }));
}

/**
 * Gaps and islands, the rest of a `with`: `readings` gives (series_id, owner_id, metric, time,
 * value, starts) with starts = 1 where a new run begins; each run becomes a row with its start,
 * end, duration, reading count and `summary` columns. Runs with at least `minReadings` readings
 * lasting at least `minDurationSeconds` are kept, the first `limit` per series, oldest first.
 */
function runs(readings: RawBuilder<unknown>, summary: RawBuilder<unknown>, o: { minReadings: number; minDurationSeconds: number; limit: number }): RawBuilder<unknown> {
  return sql`m as (${readings}),
    e as (select *, sum(starts) over (partition by series_id order by time) as run from m),
    g as (
      select owner_id, metric, min(time) as start, max(time) as "end", extract(epoch from max(time) - min(time))::float8 as duration_seconds,
             ${summary}, count(*)::int as reading_count
      from e group by series_id, owner_id, metric, run
      having count(*) >= ${o.minReadings}
    )
    select * from (
      select g.*, row_number() over (partition by owner_id, metric order by start) as n from g
      where duration_seconds >= ${o.minDurationSeconds}
    ) x where n <= ${o.limit}
    order by owner_id, start`;
}

export interface EpisodeRow {
  owner_id: string;
  metric: string;
  start: Date;
  end: Date;
  duration_seconds: number;
  peak: number;
  peak_time: Date;
  reading_count: number;
}

export async function thresholdEpisodes(
  db: Kysely<Database>,
  ownerKind: OwnerKind,
  organizationId: string,
  keys: readonly SeriesKey[],
  op: ComparisonOperator,
  value: number,
  from: Date,
  to: Date,
  maxGapSeconds: number | null,
  minDurationSeconds: number,
  limit: number,
): Promise<EpisodeRow[]> {
  const peakOrder = op === '>' || op === '>=' ? sql`value desc` : op === '<' || op === '<=' ? sql`value asc` : sql`abs(value - ${value}::float8) desc`;
  const { rows } = await sql<EpisodeRow>`
    with ${selCte(ownerKind, organizationId, keys, null, from, to)},
    ${runs(
      sql`select sel.id as series_id, sel.owner_id, sel.metric, x.time, x.value,
                 case when x.time - lag(x.time) over (partition by sel.id order by x.time)
                           <= make_interval(secs => coalesce(${maxGapSeconds}::int, 2 * sel.data_interval_seconds)) then 0 else 1 end as starts
          from sel cross join lateral (${matchingPoints(op, value, from, to, null)}) x`,
      sql`(array_agg(value order by ${peakOrder}, time))[1] as peak, (array_agg(time order by ${peakOrder}, time))[1] as peak_time`,
      { minReadings: 1, minDurationSeconds, limit },
    )}`.execute(db);
  return rows;
}

export interface FlatlineRow {
  owner_id: string;
  metric: string;
  start: Date;
  end: Date;
  duration_seconds: number;
  value: number;
  reading_count: number;
}

/**
 * Runs of consecutive readings that do not change by more than `tolerance` from one to the next
 * (a frozen sensor repeats its last value), lasting at least `minDurationSeconds`, oldest first.
 * Gaps-and-islands over raw points in one statement for every series.
 */
export async function flatlineEpisodes(
  db: Kysely<Database>,
  ownerKind: OwnerKind,
  organizationId: string,
  keys: readonly SeriesKey[],
  from: Date,
  to: Date,
  tolerance: number,
  minDurationSeconds: number,
  limit: number,
): Promise<FlatlineRow[]> {
  const { rows } = await sql<FlatlineRow>`
    with ${selCte(ownerKind, organizationId, keys, null, from, to)},
    ${runs(
      sql`select sel.id as series_id, sel.owner_id, sel.metric, p.time, p.value,
                 case when abs(p.value - lag(p.value) over (partition by sel.id order by p.time)) <= ${tolerance}::float8 then 0 else 1 end as starts
          from sel join readings.points p on p.series_id = sel.id and p.time >= ${iso(from)} and p.time < ${iso(to)}`,
      sql`(array_agg(value order by time))[1] as value`,
      { minReadings: 2, minDurationSeconds, limit },
    )}`.execute(db);
  return rows;
}

export interface StatisticalRow {
  owner_id: string;
  metric: string;
  time: Date;
  value: number;
  baseline_mean: number;
  baseline_stddev: number;
  z_score: number;
}

/**
 * Readings further than k sample standard deviations from the mean of the readings in the
 * `window` before them (the reading itself excluded). The window reaches back before `from`, so
 * the first readings in range have a full baseline.
 */
export async function statisticalAnomalies(
  db: Kysely<Database>,
  ownerKind: OwnerKind,
  organizationId: string,
  keys: readonly SeriesKey[],
  from: Date,
  to: Date,
  k: number,
  windowSeconds: number,
  limit: number,
): Promise<StatisticalRow[]> {
  const window = `${windowSeconds} seconds`;
  const { rows } = await sql<StatisticalRow>`
    with ${selCte(ownerKind, organizationId, keys, null, from, to)}
    select sel.owner_id, sel.metric, x.time, x.value, x.mean as baseline_mean, x.sd as baseline_stddev, (x.value - x.mean) / x.sd as z_score
    from sel cross join lateral (
      select * from (
        select time, value,
               avg(value) over w as mean, stddev_samp(value) over w as sd
        from readings.points
        where series_id = sel.id and time >= ${iso(from)}::timestamptz - ${window}::interval and time < ${iso(to)}
        window w as (order by time range between ${sql.lit(window)}::interval preceding and current row exclude current row)
      ) y
      where y.time >= ${iso(from)} and y.sd > 0 and abs(y.value - y.mean) > ${k}::float8 * y.sd
      order by y.time limit ${limit}
    ) x
    order by sel.owner_id, x.time`.execute(db);
  return rows;
}

export interface RecordedAnomalyRow {
  equipment_id: string;
  metric: string;
  starts_at: Date;
  ends_at: Date;
  kind: 'spike' | 'drift' | 'stuck' | 'threshold' | 'statistical';
  origin: 'injected' | 'detected';
  magnitude: number | null;
  description: string | null;
}

/** Recorded anomalies of many pieces of equipment overlapping [from, to), at most `limit` each, one statement. */
export async function recordedAnomalies(
  db: Kysely<Database>,
  organizationId: string,
  equipmentIds: readonly string[],
  from: Date,
  to: Date,
  origin: 'injected' | 'detected' | null,
  limit: number,
): Promise<RecordedAnomalyRow[]> {
  const { rows } = await sql<RecordedAnomalyRow>`
    select s.equipment_id, x.* from readings.series s
    join readings.metrics m on m.id = s.metric_id
    cross join lateral (
      select m.name as metric, a.starts_at, a.ends_at, a.kind, a.origin, a.magnitude, a.description
      from readings.anomalies a
      where a.series_id = s.id and a.starts_at < ${iso(to)} and a.ends_at >= ${iso(from)}
        ${origin ? sql`and a.origin = ${origin}` : sql``}
      order by a.starts_at limit ${limit}
    ) x
    where s.organization_id = ${organizationId} and s.equipment_id = any(${[...equipmentIds]}::uuid[])
    order by s.equipment_id, x.starts_at`.execute(db);
  return rows;
}
