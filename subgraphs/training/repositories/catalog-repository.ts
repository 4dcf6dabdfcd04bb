// The equipment a sample may be drawn from: identity, site, every series it reports with the
// first and last reading, and its site's outdoor temperature series. One statement for any
// number of equipment; the bounds cost two index steps per series on (series_id, time).
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';

export interface CatalogSeries {
  id: number;
  metric: string;
  unit: string;
  kind: 'gauge' | 'counter';
  intervalSeconds: number;
  first: Date;
  last: Date;
}

export interface CatalogEquipment {
  id: string;
  code: string;
  name: string;
  typeId: string;
  siteId: string;
  siteName: string;
  location: string | null;
  timeZone: string;
  status: string;
  /** Series with at least one point, by metric name. */
  series: CatalogSeries[];
  /** Earliest first and latest last reading over its series. */
  first: Date;
  last: Date;
  /** The smallest data interval of its series: the sampling grid. */
  intervalSeconds: number;
  /** The outdoor_temp_c series of its site or, failing that, of the nearest enclosing site. */
  outdoorSeriesId: number | null;
}

interface Row {
  id: string;
  code: string;
  name: string;
  type_id: string;
  site_id: string;
  site_name: string;
  location: string | null;
  time_zone: string;
  status: string;
  outdoor_series_id: number | null;
  series: { id: number; metric: string; unit: string; kind: 'gauge' | 'counter'; interval: number; first: string; last: string }[];
}

export interface PoolFilter {
  types?: readonly string[] | null;
  ids?: readonly string[] | null;
}

/** Equipment (not retired) with readings, ordered by code so the pool order is stable. */
export async function equipmentPool(db: Kysely<Database>, organizationId: string, filter: PoolFilter): Promise<CatalogEquipment[]> {
  const { rows } = await sql<Row>`
    select e.id, e.code, e.name, e.type_id, e.site_id, e.site_name, e.location, e.time_zone, e.status,
           -- Outdoor temperature is measured per site; a room or building takes its nearest
           -- enclosing site's series.
           (with recursive up(id, parent_id, depth) as (
              select s.id, s.parent_id, 0 from assets.pub_sites s where s.id = e.site_id
              union all
              select p.id, p.parent_id, up.depth + 1 from assets.pub_sites p join up on p.id = up.parent_id where up.depth < 16
            )
            select o.id from up join readings.pub_series o on o.site_id = up.id and o.metric = 'outdoor_temp_c' and o.organization_id = ${organizationId}
            order by up.depth limit 1) as outdoor_series_id,
           json_agg(json_build_object('id', s.id, 'metric', s.metric, 'unit', s.unit, 'kind', s.kind, 'interval', s.data_interval_seconds,
                                      'first', b.first, 'last', b.last) order by s.metric) as series
    from assets.pub_equipment e
    join readings.pub_series s on s.equipment_id = e.id and s.organization_id = ${organizationId}
    cross join lateral (
      select (select time from readings.pub_points where series_id = s.id order by time asc limit 1) as first,
             (select time from readings.pub_points where series_id = s.id order by time desc limit 1) as last
    ) b
    where e.organization_id = ${organizationId} and e.retired_at is null and b.first is not null
      ${filter.types ? sql`and e.type_id = any(${[...filter.types]}::text[])` : sql``}
      ${filter.ids ? sql`and e.id = any(${[...filter.ids]}::uuid[])` : sql``}
    group by e.id, e.code, e.name, e.type_id, e.site_id, e.site_name, e.location, e.time_zone, e.status
    order by e.code, e.id`.execute(db);
  return rows.map((r) => {
    const series = r.series.map((s) => ({ id: s.id, metric: s.metric, unit: s.unit, kind: s.kind, intervalSeconds: s.interval, first: new Date(s.first), last: new Date(s.last) }));
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      typeId: r.type_id,
      siteId: r.site_id,
      siteName: r.site_name,
      location: r.location,
      timeZone: r.time_zone,
      status: r.status,
      series,
      first: new Date(Math.min(...series.map((s) => s.first.getTime()))),
      last: new Date(Math.max(...series.map((s) => s.last.getTime()))),
      intervalSeconds: Math.min(...series.map((s) => s.intervalSeconds)),
      outdoorSeriesId: r.outdoor_series_id,
    };
  });
}

/** Equipment types of the organization, and whether any of their equipment has readings (for error messages). */
export async function knownTypes(db: Kysely<Database>, organizationId: string): Promise<{ type_id: string; has_data: boolean }[]> {
  const { rows } = await sql<{ type_id: string; has_data: boolean }>`
    select e.type_id, bool_or(exists (
             select 1 from readings.pub_series s
             where s.equipment_id = e.id and exists (select 1 from readings.pub_points p where p.series_id = s.id))) as has_data
    from assets.pub_equipment e
    where e.organization_id = ${organizationId} and e.retired_at is null
    group by e.type_id order by 1`.execute(db);
  return rows;
}
