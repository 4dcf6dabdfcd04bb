// What the RAG texts state, read from the published views: equipment identity with the latest
// reading of each metric, and per-window statistics of one metric. Each function serves a whole
// list of equipment in one statement.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';

export interface SummaryRow {
  id: string;
  code: string;
  name: string;
  type_id: string;
  location: string | null;
  site_name: string;
  time_zone: string;
  status: string;
  latest: { metric: string; unit: string; time: string; value: number }[];
}

export async function equipmentSummaries(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<SummaryRow[]> {
  const { rows } = await sql<SummaryRow>`
    select e.id, e.code, e.name, e.type_id, e.location, e.site_name, e.time_zone, e.status,
           coalesce(json_agg(json_build_object('metric', s.metric, 'unit', s.unit, 'time', p.time, 'value', p.value) order by s.metric)
                    filter (where p.time is not null), '[]'::json) as latest
    from assets.pub_equipment e
    left join readings.pub_series s on s.equipment_id = e.id and s.organization_id = ${organizationId}
    left join lateral (select time, value from readings.pub_points where series_id = s.id order by time desc limit 1) p on true
    where e.organization_id = ${organizationId} and e.id = any(${[...ids]}::uuid[])
    group by e.id, e.code, e.name, e.type_id, e.location, e.site_name, e.time_zone, e.status`.execute(db);
  return rows;
}

export interface WindowRow {
  equipment_id: string;
  code: string;
  name: string;
  time_zone: string;
  unit: string;
  /** Window [from, to): to is the end of the bucket holding the newest reading. */
  from: Date;
  to: Date;
  last_time: Date;
  n: number;
  mean: number | null;
  stddev: number | null;
  min: number | null;
  max: number | null;
  buckets: { bucket: string; mean: number; n: number }[];
}

/**
 * One metric of each equipment over the last `hours` hours of its data, bucketed every
 * `bucketMinutes` (a multiple of 15) from the 15-minute rollups — exact means and σ from count,
 * sum and sum of squares. With `commonEnd`, every equipment's window ends at the newest reading
 * among them (comparisons); otherwise at its own newest reading.
 */
export async function metricWindows(
  db: Kysely<Database>,
  organizationId: string,
  ids: readonly string[],
  metric: string,
  hours: number,
  bucketMinutes: number,
  commonEnd = false,
): Promise<WindowRow[]> {
  const { rows } = await sql<WindowRow>`
    with s as (
      select s.id, s.equipment_id, s.unit, e.code, e.name, e.time_zone,
             (select time from readings.pub_points where series_id = s.id order by time desc limit 1) as last_time
      from readings.pub_series s join assets.pub_equipment e on e.id = s.equipment_id
      where s.organization_id = ${organizationId} and s.equipment_id = any(${[...ids]}::uuid[]) and s.metric = ${metric}
    ),
    w as (
      select s.*, date_bin(make_interval(mins => 15), ${commonEnd ? sql`max(s.last_time) over ()` : sql`s.last_time`}, timestamptz 'epoch') + interval '15 minutes' as "to"
      from s where s.last_time is not null
    )
    select w.equipment_id, w.code, w.name, w.time_zone, w.unit, w."to" - make_interval(secs => ${hours * 3600}) as "from", w."to", w.last_time,
           coalesce(t.n, 0)::int as n, t.mean, t.stddev, t.min, t.max, coalesce(b.buckets, '[]'::json) as buckets
    from w
    cross join lateral (
      select sum(value_count)::float8 as n, sum(value_sum) / nullif(sum(value_count), 0) as mean,
             case when sum(value_count) > 1 then sqrt(greatest((sum(value_sum_sq) - sum(value_sum) ^ 2 / sum(value_count)) / (sum(value_count) - 1), 0)) end as stddev,
             min(value_min) as min, max(value_max) as max
      from readings.pub_rollup_15m
      where series_id = w.id and bucket >= w."to" - make_interval(secs => ${hours * 3600}) and bucket < w."to"
    ) t
    cross join lateral (
      select json_agg(json_build_object('bucket', x.bucket, 'mean', x.mean, 'n', x.n) order by x.bucket) as buckets from (
        select date_bin(make_interval(mins => ${bucketMinutes}), bucket, timestamptz 'epoch') as bucket,
               sum(value_sum) / sum(value_count) as mean, sum(value_count)::int as n
        from readings.pub_rollup_15m
        where series_id = w.id and bucket >= w."to" - make_interval(secs => ${hours * 3600}) and bucket < w."to"
        group by 1
      ) x
    ) b
    order by w.code`.execute(db);
  return rows;
}

export interface OutlierRow {
  equipment_id: string;
  time: Date;
  value: number;
}

/** Readings beyond k·σ of the window mean, strongest first, at most `limit` per equipment. */
export async function windowOutliers(
  db: Kysely<Database>,
  organizationId: string,
  windows: readonly { equipmentId: string; from: Date; to: Date; mean: number; stddev: number }[],
  metric: string,
  k: number,
  limit: number,
): Promise<OutlierRow[]> {
  if (windows.length === 0) return [];
  const { rows } = await sql<OutlierRow>`
    select w.equipment_id, x.time, x.value
    from unnest(${windows.map((w) => w.equipmentId)}::uuid[], ${windows.map((w) => w.from.toISOString())}::timestamptz[],
                ${windows.map((w) => w.to.toISOString())}::timestamptz[], ${windows.map((w) => w.mean)}::float8[],
                ${windows.map((w) => w.stddev)}::float8[]) as w(equipment_id, "from", "to", mean, sd)
    join readings.pub_series s on s.equipment_id = w.equipment_id and s.metric = ${metric} and s.organization_id = ${organizationId}
    cross join lateral (
      select p.time, p.value from readings.pub_points p
      where p.series_id = s.id and p.time >= w."from" and p.time < w."to" and w.sd > 0 and abs(p.value - w.mean) > ${k} * w.sd
      order by abs(p.value - w.mean) desc, p.time limit ${limit}
    ) x`.execute(db);
  return rows;
}

export interface RecordedAnomalyRow {
  equipment_id: string;
  kind: string;
  origin: string;
  starts_at: Date;
  ends_at: Date;
  magnitude: number | null;
  description: string | null;
}

export async function recordedAnomalies(
  db: Kysely<Database>,
  organizationId: string,
  windows: readonly { equipmentId: string; from: Date; to: Date }[],
  metric: string,
): Promise<RecordedAnomalyRow[]> {
  if (windows.length === 0) return [];
  const { rows } = await sql<RecordedAnomalyRow>`
    select w.equipment_id, a.kind, a.origin, a.starts_at, a.ends_at, a.magnitude, a.description
    from unnest(${windows.map((w) => w.equipmentId)}::uuid[], ${windows.map((w) => w.from.toISOString())}::timestamptz[],
                ${windows.map((w) => w.to.toISOString())}::timestamptz[]) as w(equipment_id, "from", "to")
    join readings.pub_series s on s.equipment_id = w.equipment_id and s.metric = ${metric} and s.organization_id = ${organizationId}
    join readings.pub_anomalies a on a.series_id = s.id and a.starts_at < w."to" and a.ends_at >= w."from"
    order by w.equipment_id, a.starts_at`.execute(db);
  return rows;
}

/** The newest reading time of each equipment (over all its series). */
export async function lastReadingTimes(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<{ equipment_id: string; last_time: Date; time_zone: string; code: string }[]> {
  const { rows } = await sql<{ equipment_id: string; last_time: Date; time_zone: string; code: string }>`
    select e.id as equipment_id, e.code, e.time_zone,
           (select max(p.time) from readings.pub_series s
              cross join lateral (select time from readings.pub_points where series_id = s.id order by time desc limit 1) p
            where s.equipment_id = e.id and s.organization_id = ${organizationId}) as last_time
    from assets.pub_equipment e
    where e.organization_id = ${organizationId} and e.id = any(${[...ids]}::uuid[])`.execute(db);
  return rows;
}
