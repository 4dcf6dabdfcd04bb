// Energy's reads of readings and assets data, through their published views only
// (readings.pub_series, pub_rollup_*, pub_points; assets.pub_equipment, pub_sites).
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';

export interface SeriesNeed {
  scope: 'equipment' | 'site';
  metric: string;
}

export interface DailyPart {
  /** 'd': the local day's aggregate; 'h': hours of the day with a positive value. */
  kind: 'd' | 'h';
  scope: 'equipment' | 'site';
  metric: string;
  /** Local date YYYY-MM-DD in the series' time zone. */
  day: string;
  n: number;
  s: number;
  mn: number;
  mx: number;
  /** Series that contributed (equipment with data that day). */
  series: number;
}

export interface DailyQuery {
  equipmentIds: readonly string[];
  needs: readonly SeriesNeed[];
  /** Metrics whose hourly counts are needed (operating hours), equipment scope. */
  hourlyMetrics: readonly string[];
  from: string;
  to: string;
  excludeBackfill: boolean;
}

/**
 * Everything a training or a report needs, in ONE statement: per local day, per metric and
 * scope, count/sum/min/max of the SEU's equipment series and of the nearest site series above
 * them (weather), plus per-day counts of positive hours for operating-hours variables.
 *
 * Fast path: readings.pub_rollup_1d (daily buckets are local days in each series' zone) and
 * pub_rollup_1h. With excludeBackfill the rollups cannot tell real from backfilled points, so
 * the same aggregates are computed from readings.pub_points where source = 0 (real): correct
 * but it reads every raw point of the period, so it is far slower on long periods.
 */
export async function loadDailyParts(db: Kysely<Database>, organizationId: string, q: DailyQuery): Promise<DailyPart[]> {
  const eqMetrics = [...new Set(q.needs.filter((n) => n.scope === 'equipment').map((n) => n.metric).concat(q.hourlyMetrics))];
  const siteMetrics = [...new Set(q.needs.filter((n) => n.scope === 'site').map((n) => n.metric))];
  // Bounds wide enough for any zone; the local-date filter below is the exact one.
  const lo = `${q.from}T00:00:00Z`;
  const hiDate = new Date(`${q.to}T00:00:00Z`);
  hiDate.setUTCDate(hiDate.getUTCDate() + 2);
  const hi = hiDate.toISOString();
  const daily = q.excludeBackfill
    ? sql`(select p.series_id, date_trunc('day', p.time, c.time_zone) as bucket, count(*) as value_count, sum(p.value) as value_sum,
              min(p.value) as value_min, max(p.value) as value_max
           from readings.pub_points p join chosen c on c.id = p.series_id
           where p.source = 0 and p.time >= ${lo}::timestamptz - interval '1 day' and p.time < ${hi}::timestamptz
           group by 1, 2)`
    : sql`(select r.* from readings.pub_rollup_1d r join chosen c on c.id = r.series_id
           where r.bucket >= ${lo}::timestamptz - interval '1 day' and r.bucket < ${hi}::timestamptz)`;
  const hourly = q.excludeBackfill
    ? sql`(select p.series_id, date_trunc('hour', p.time) as bucket, sum(p.value) as value_sum
           from readings.pub_points p join chosen c on c.id = p.series_id
           where c.hourly and p.source = 0 and p.time >= ${lo}::timestamptz - interval '1 day' and p.time < ${hi}::timestamptz
           group by 1, 2)`
    : sql`(select r.series_id, r.bucket, r.value_sum from readings.pub_rollup_1h r join chosen c on c.id = r.series_id
           where c.hourly and r.bucket >= ${lo}::timestamptz - interval '1 day' and r.bucket < ${hi}::timestamptz)`;
  const { rows } = await sql<DailyPart>`
    with recursive eq as (
      select id, site_id from assets.pub_equipment where organization_id = ${organizationId} and id = any(${[...q.equipmentIds]}::uuid[])
    ), up as (
      select e.id as equipment_id, s.id as site_id, s.parent_id, 0 as depth
      from eq e join assets.pub_sites s on s.id = e.site_id
      union all
      select u.equipment_id, s.id, s.parent_id, u.depth + 1 from up u join assets.pub_sites s on s.id = u.parent_id where u.depth < 20
    ), candidates as (
      select s.id, s.metric, s.time_zone, 'equipment'::text as scope, s.equipment_id as owner, 0 as depth
      from readings.pub_series s
      where s.organization_id = ${organizationId} and s.equipment_id = any(${[...q.equipmentIds]}::uuid[]) and s.metric = any(${eqMetrics}::text[])
      union all
      select s.id, s.metric, s.time_zone, 'site', u.equipment_id, u.depth
      from up u join readings.pub_series s on s.site_id = u.site_id
      where s.organization_id = ${organizationId} and s.metric = any(${siteMetrics}::text[])
    ), nearest as (
      select distinct on (scope, owner, metric) id, metric, time_zone, scope from candidates order by scope, owner, metric, depth
    ), chosen as (
      select distinct id, metric, time_zone, scope, (scope = 'equipment' and metric = any(${[...q.hourlyMetrics]}::text[])) as hourly from nearest
    ), days as (
      select c.scope, c.metric, (d.bucket at time zone c.time_zone)::date as day,
             d.value_count, d.value_sum, d.value_min, d.value_max, c.id as series_id
      from ${daily} d join chosen c on c.id = d.series_id
    ), hours as (
      select c.metric, (h.bucket at time zone c.time_zone)::date as day, c.id as series_id, count(*) filter (where h.value_sum > 0) as positive
      from ${hourly} h join chosen c on c.id = h.series_id
      group by 1, 2, 3
    )
    select 'd' as kind, scope, metric, day::text as day, sum(value_count)::float8 as n, sum(value_sum)::float8 as s,
           min(value_min)::float8 as mn, max(value_max)::float8 as mx, count(distinct series_id)::int as series
    from days where day between ${q.from}::date and ${q.to}::date
    group by scope, metric, day
    union all
    select 'h', 'equipment', metric, day::text, max(positive)::float8, max(positive)::float8, min(positive)::float8, max(positive)::float8, count(*)::int
    from hours where day between ${q.from}::date and ${q.to}::date
    group by metric, day
    order by 4, 2, 3`.execute(db);
  return rows.map((r) => ({ ...r, n: Number(r.n), s: Number(r.s), mn: Number(r.mn), mx: Number(r.mx), series: Number(r.series) }));
}

export interface DemandBucket {
  /** Start of the 15-minute interval. */
  bucket: Date;
  metric: string;
  site_id: string;
  /** Local date, ISO weekday 1–7 and hour of the interval at its site. */
  local_date: string;
  dow: number;
  hour: number;
  value: number;
  /** Longest sample interval of the contributing series, in seconds. */
  interval_s: number;
  /** Set when the buckets are kept per piece of equipment. */
  equipment_id?: string;
}

/**
 * 15-minute sums of `metrics` over the equipment, per site, in [from, to): one statement.
 * The consumption metric makes demand, cost (local hour and weekday for time-of-use) and
 * carbon (local date); production_count is summed alongside.
 */
export async function loadDemandBuckets(
  db: Kysely<Database>,
  organizationId: string,
  equipmentIds: readonly string[],
  metrics: readonly string[],
  from: Date,
  to: Date,
  /** Keep each piece of equipment's buckets apart (a list of machines in one statement). */
  perEquipment = false,
): Promise<DemandBucket[]> {
  const { rows } = await sql<DemandBucket>`
    select r.bucket, s.metric, e.site_id, (r.bucket at time zone s.time_zone)::date::text as local_date,
           extract(isodow from r.bucket at time zone s.time_zone)::int as dow, extract(hour from r.bucket at time zone s.time_zone)::int as hour,
           sum(r.value_sum)::float8 as value, max(s.data_interval_seconds)::int as interval_s
           ${perEquipment ? sql`, s.equipment_id` : sql``}
    from readings.pub_series s
    join assets.pub_equipment e on e.id = s.equipment_id and e.organization_id = ${organizationId}
    join readings.pub_rollup_15m r on r.series_id = s.id
    where s.organization_id = ${organizationId} and s.equipment_id = any(${[...equipmentIds]}::uuid[]) and s.metric = any(${[...metrics]}::text[])
      and r.bucket >= ${from.toISOString()}::timestamptz and r.bucket < ${to.toISOString()}::timestamptz
    group by 1, 2, 3, 4, 5, 6 ${perEquipment ? sql`, s.equipment_id` : sql``}
    order by 1`.execute(db);
  return rows.map((r) => ({ ...r, bucket: new Date(r.bucket), value: Number(r.value), interval_s: Number(r.interval_s) }));
}

/** Equipment at the sites and below them (for site KPIs). */
export async function equipmentUnderSite(db: Kysely<Database>, organizationId: string, siteId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive tree as (
      select id from assets.pub_sites where organization_id = ${organizationId} and id = ${siteId}
      union all
      select s.id from assets.pub_sites s join tree t on s.parent_id = t.id
    )
    select e.id from assets.pub_equipment e join tree t on t.id = e.site_id where e.organization_id = ${organizationId} and e.retired_at is null order by e.id`.execute(db);
  return rows.map((r) => r.id);
}

/** Consumption metrics with series on the equipment. */
export async function metricsOnEquipment(db: Kysely<Database>, organizationId: string, equipmentIds: readonly string[], metrics: readonly string[]): Promise<string[]> {
  const { rows } = await sql<{ metric: string }>`
    select distinct metric from readings.pub_series
    where organization_id = ${organizationId} and equipment_id = any(${[...equipmentIds]}::uuid[]) and metric = any(${[...metrics]}::text[])`.execute(db);
  return rows.map((r) => r.metric);
}
