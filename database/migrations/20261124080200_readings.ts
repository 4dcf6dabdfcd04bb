import { type Kysely, sql } from 'kysely';
import { storageModeWanted } from '../storage-mode.js';

// Rollup relations have the same names and columns in both storage modes:
//  - timescaledb: points is a hypertable; rollup_15m and rollup_1h are hierarchical continuous
//    aggregates with real-time aggregation; rollup_1d is a table refreshed from rollup_15m,
//    because a continuous aggregate cannot bucket each series by its own site's time zone.
//  - plain: all three rollups are tables that readings.refresh_rollups() rebuilds for the
//    buckets an ingest touched.
const ROLLUP_COLUMNS = sql`
  series_id integer not null,
  bucket timestamptz not null,
  value_count bigint not null,
  value_sum double precision not null,
  value_min double precision not null,
  value_max double precision not null,
  value_first double precision not null,
  value_last double precision not null,
  value_sum_sq double precision not null,
  primary key (series_id, bucket)`;

export async function up(db: Kysely<any>): Promise<void> {
  const mode = await storageModeWanted(db);
  if (mode === 'timescaledb') await sql`create extension if not exists timescaledb`.execute(db);
  await sql`insert into platform.settings (key, value) values ('storage_mode', ${mode})`.execute(db);

  await sql`
    create table readings.metrics (
      id integer generated always as identity primary key,
      name text not null unique check (name ~ '^[a-z][a-z0-9_]*$'),
      unit text not null,
      description text,
      kind text not null check (kind in ('gauge', 'counter'))
    )`.execute(db);
  await sql`
    create table readings.data_sources (
      id smallint primary key,
      name text not null unique
    )`.execute(db);
  await sql`insert into readings.data_sources values (0, 'real'), (1, 'backfill')`.execute(db);

  await sql`
    create table readings.series (
      id integer generated always as identity primary key,
      organization_id uuid not null,
      equipment_id uuid,
      site_id uuid,
      metric_id integer not null references readings.metrics(id),
      time_zone text not null,
      data_interval_seconds integer not null check (data_interval_seconds > 0),
      created_at timestamptz not null default now(),
      check (num_nonnulls(equipment_id, site_id) = 1)
    )`.execute(db);
  await sql`create unique index series_equipment_metric on readings.series (equipment_id, metric_id) where equipment_id is not null`.execute(db);
  await sql`create unique index series_site_metric on readings.series (site_id, metric_id) where site_id is not null`.execute(db);

  await sql`
    create table readings.points (
      series_id integer not null,
      time timestamptz not null,
      value double precision not null,
      source smallint not null default 0,
      primary key (series_id, time)
    )`.execute(db);

  if (mode === 'timescaledb') {
    await sql`select create_hypertable('readings.points', by_range('time', interval '1 day'))`.execute(db);
    await sql`
      create materialized view readings.rollup_15m
      with (timescaledb.continuous, timescaledb.materialized_only = false) as
        select series_id, time_bucket(interval '15 minutes', time) as bucket,
               count(*) as value_count, sum(value) as value_sum, min(value) as value_min, max(value) as value_max,
               first(value, time) as value_first, last(value, time) as value_last, sum(value * value) as value_sum_sq
        from readings.points group by series_id, time_bucket(interval '15 minutes', time)
      with no data`.execute(db);
    await sql`
      create materialized view readings.rollup_1h
      with (timescaledb.continuous, timescaledb.materialized_only = false) as
        select series_id, time_bucket(interval '1 hour', bucket) as bucket,
               sum(value_count)::bigint as value_count, sum(value_sum) as value_sum, min(value_min) as value_min,
               max(value_max) as value_max, first(value_first, bucket) as value_first,
               last(value_last, bucket) as value_last, sum(value_sum_sq) as value_sum_sq
        from readings.rollup_15m group by series_id, time_bucket(interval '1 hour', bucket)
      with no data`.execute(db);
    await sql`select add_continuous_aggregate_policy('readings.rollup_15m', start_offset => interval '3 days', end_offset => interval '15 minutes', schedule_interval => interval '5 minutes')`.execute(db);
    await sql`select add_continuous_aggregate_policy('readings.rollup_1h', start_offset => interval '3 days', end_offset => interval '1 hour', schedule_interval => interval '15 minutes')`.execute(db);
    await sql`alter table readings.points set (timescaledb.compress, timescaledb.compress_segmentby = 'series_id', timescaledb.compress_orderby = 'time desc')`.execute(db);
    await sql`select add_compression_policy('readings.points', interval '7 days')`.execute(db);
    const retentionDays = Number(process.env.RAW_RETENTION_DAYS ?? 0);
    if (retentionDays > 0) {
      await sql`select add_retention_policy('readings.points', ${`${retentionDays} days`}::interval)`.execute(db);
    }
  } else {
    await sql`create table readings.rollup_15m (${ROLLUP_COLUMNS})`.execute(db);
    await sql`create table readings.rollup_1h (${ROLLUP_COLUMNS})`.execute(db);
  }
  await sql`create table readings.rollup_1d (${ROLLUP_COLUMNS})`.execute(db);

  // Rebuilds every rollup bucket that overlaps [p_from, p_to] for the given series. In
  // timescaledb mode the caller refreshes the continuous aggregates first (that cannot run
  // inside a transaction); this function then only rebuilds the daily table.
  await sql.raw(`
    create function readings.refresh_rollups(p_series integer[], p_from timestamptz, p_to timestamptz)
    returns void language plpgsql as $fn$
    declare
      v_from timestamptz := date_bin('1 hour', p_from, timestamptz 'epoch');
      v_to   timestamptz := date_bin('1 hour', p_to, timestamptz 'epoch') + interval '1 hour';
      v_mode text := (select value from platform.settings where key = 'storage_mode');
    begin
      if v_mode = 'plain' then
        delete from readings.rollup_15m where series_id = any(p_series) and bucket >= v_from and bucket < v_to;
        insert into readings.rollup_15m
          select series_id, date_bin('15 minutes', time, timestamptz 'epoch'),
                 count(*), sum(value), min(value), max(value),
                 (array_agg(value order by time))[1], (array_agg(value order by time desc))[1], sum(value * value)
          from readings.points
          where series_id = any(p_series) and time >= v_from and time < v_to
          group by 1, 2;
        delete from readings.rollup_1h where series_id = any(p_series) and bucket >= v_from and bucket < v_to;
        insert into readings.rollup_1h
          select series_id, date_bin('1 hour', bucket, timestamptz 'epoch'),
                 sum(value_count), sum(value_sum), min(value_min), max(value_max),
                 (array_agg(value_first order by bucket))[1], (array_agg(value_last order by bucket desc))[1], sum(value_sum_sq)
          from readings.rollup_15m
          where series_id = any(p_series) and bucket >= v_from and bucket < v_to
          group by 1, 2;
      end if;
      -- Local days in each series' own time zone.
      delete from readings.rollup_1d d using readings.series s
        where d.series_id = s.id and s.id = any(p_series)
          and d.bucket >= date_trunc('day', p_from, s.time_zone)
          and d.bucket < date_trunc('day', p_to, s.time_zone) + interval '1 day';
      insert into readings.rollup_1d
        select r.series_id, date_trunc('day', r.bucket, s.time_zone),
               sum(r.value_count), sum(r.value_sum), min(r.value_min), max(r.value_max),
               (array_agg(r.value_first order by r.bucket))[1], (array_agg(r.value_last order by r.bucket desc))[1], sum(r.value_sum_sq)
        from readings.rollup_15m r join readings.series s on s.id = r.series_id
        where s.id = any(p_series)
          and r.bucket >= date_trunc('day', p_from, s.time_zone)
          and r.bucket < date_trunc('day', p_to, s.time_zone) + interval '1 day'
        group by 1, 2;
    end
    $fn$`).execute(db);

  await sql`
    create table readings.anomalies (
      id bigint generated always as identity primary key,
      series_id integer not null references readings.series(id),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      kind text not null check (kind in ('spike', 'drift', 'stuck', 'threshold', 'statistical')),
      origin text not null check (origin in ('injected', 'detected')),
      magnitude double precision,
      description text,
      created_at timestamptz not null default now(),
      check (ends_at >= starts_at)
    )`.execute(db);
  await sql`create index anomalies_series_time on readings.anomalies (series_id, starts_at)`.execute(db);

  await sql`
    create table readings.alert_rules (
      id uuid primary key,
      organization_id uuid not null,
      name text not null,
      metric_id integer not null references readings.metrics(id),
      equipment_id uuid,
      equipment_type_id text,
      operator text not null check (operator in ('>', '>=', '<', '<=', '=', '!=')),
      threshold double precision not null,
      duration_seconds integer not null default 0 check (duration_seconds >= 0),
      severity text not null check (severity in ('info', 'warning', 'high', 'critical')),
      enabled boolean not null default true,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table readings.alerts (
      id uuid primary key,
      organization_id uuid not null,
      equipment_id uuid not null,
      series_id integer references readings.series(id),
      rule_id uuid references readings.alert_rules(id),
      severity text not null check (severity in ('info', 'warning', 'high', 'critical')),
      message text not null,
      value double precision,
      raised_at timestamptz not null,
      cleared_at timestamptz,
      acknowledged_at timestamptz,
      acknowledged_by text
    )`.execute(db);
  await sql`create index alerts_org_raised on readings.alerts (organization_id, raised_at desc)`.execute(db);
  await sql`create index alerts_equipment_raised on readings.alerts (equipment_id, raised_at desc)`.execute(db);

  // Published for energy and training, which read readings' data only through these.
  await sql`
    create view readings.pub_series as
      select s.id, s.organization_id, s.equipment_id, s.site_id, s.metric_id, m.name as metric, m.unit, m.kind,
             s.time_zone, s.data_interval_seconds
      from readings.series s join readings.metrics m on m.id = s.metric_id`.execute(db);
  for (const name of ['rollup_15m', 'rollup_1h', 'rollup_1d']) {
    await sql`create view ${sql.table(`readings.pub_${name}`)} as select * from ${sql.table(`readings.${name}`)}`.execute(db);
  }
  await sql`create view readings.pub_points as select series_id, time, value, source from readings.points`.execute(db);
  await sql`create view readings.pub_anomalies as select * from readings.anomalies`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop schema readings cascade`.execute(db);
  await sql`create schema readings`.execute(db);
  await sql`delete from platform.settings where key = 'storage_mode'`.execute(db);
}
