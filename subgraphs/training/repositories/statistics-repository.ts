import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';

export interface DatasetStatisticsRow {
  total_equipment: number;
  equipment_types: number;
  type_breakdown: { type: string; count: number }[];
  total_series: number;
  total_points: number;
  max_points_per_series: number;
  timepoints_per_equipment: number;
  first_time: Date | null;
  last_time: Date | null;
  typical_interval_seconds: number | null;
  database_size_bytes: number;
}

/**
 * Computed in one statement from the views readings and assets publish. Point counts come from
 * the daily rollup, which counts every raw point exactly, so the answer does not scan raw data.
 */
export async function datasetStatistics(db: Kysely<Database>, organizationId: string): Promise<DatasetStatisticsRow> {
  const { rows } = await sql<DatasetStatisticsRow>`
    with s as (
      select id, equipment_id, data_interval_seconds from readings.pub_series where organization_id = ${organizationId}
    ),
    per_series as (
      select r.series_id, sum(r.value_count) as n, min(r.bucket) as first_bucket, max(r.bucket) as last_bucket
      from readings.pub_rollup_1d r join s on s.id = r.series_id
      group by r.series_id
    ),
    -- An equipment's metrics share its timestamps, so its longest series counts its timepoints.
    per_equipment as (
      select s.equipment_id, max(ps.n) as n from per_series ps join s on s.id = ps.series_id
      where s.equipment_id is not null group by s.equipment_id
    ),
    eq as (
      select distinct e.id, e.type_id from assets.pub_equipment e join s on s.equipment_id = e.id
    ),
    types as (
      select type_id as type, count(*)::int as count from eq group by type_id
    ),
    bounds as (
      select min(p.time) as first_time, max(p.time) as last_time
      from per_series ps
      cross join lateral (
        (select time from readings.pub_points where series_id = ps.series_id order by time asc limit 1)
        union all
        (select time from readings.pub_points where series_id = ps.series_id order by time desc limit 1)
      ) p
    )
    select
      (select count(*)::int from eq) as total_equipment,
      (select count(*)::int from types) as equipment_types,
      coalesce((select json_agg(json_build_object('type', type, 'count', count) order by count desc, type) from types), '[]'::json) as type_breakdown,
      (select count(*)::int from s) as total_series,
      coalesce((select sum(n) from per_series), 0)::float8 as total_points,
      coalesce((select max(n) from per_series), 0)::float8 as max_points_per_series,
      coalesce((select avg(n) from per_equipment), 0)::float8 as timepoints_per_equipment,
      (select first_time from bounds) as first_time,
      (select last_time from bounds) as last_time,
      (select mode() within group (order by data_interval_seconds) from s) as typical_interval_seconds,
      pg_database_size(current_database())::float8 as database_size_bytes`.execute(db);
  return rows[0];
}
