// Means of a few series over many windows in one statement, read from the 15-minute rollups
// (exact: sum ÷ count). Windows start on 15-minute bucket boundaries and last whole buckets, so
// no raw points are read. Used to score and match preference-pair candidates.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';

export interface WindowRequest {
  metricSeries: number;
  loadSeries: number | null;
  outdoorSeries: number | null;
  start: Date;
}

export interface WindowSummary {
  ord: number;
  metric_mean: number | null;
  metric_count: number;
  /** Bucket means of the metric, in time order (for the text rendering). */
  metric_buckets: (number | null)[];
  load_mean: number | null;
  outdoor_mean: number | null;
}

export async function windowSummaries(db: Kysely<Database>, windows: readonly WindowRequest[], durationMinutes: number): Promise<WindowSummary[]> {
  if (windows.length === 0) return [];
  const { rows } = await sql<WindowSummary>`
    select w.ord::int as ord, m.mean as metric_mean, coalesce(m.n, 0)::int as metric_count, m.buckets as metric_buckets,
           l.mean as load_mean, o.mean as outdoor_mean
    from unnest(${windows.map((w) => w.metricSeries)}::int[], ${windows.map((w) => w.loadSeries)}::int[],
                ${windows.map((w) => w.outdoorSeries)}::int[], ${windows.map((w) => w.start.toISOString())}::timestamptz[])
         with ordinality as w(metric_series, load_series, outdoor_series, start, ord)
    cross join lateral (
      select sum(value_sum) / nullif(sum(value_count), 0) as mean, sum(value_count) as n,
             array_agg(value_sum / nullif(value_count, 0) order by bucket) as buckets
      from readings.pub_rollup_15m
      where series_id = w.metric_series and bucket >= w.start and bucket < w.start + make_interval(mins => ${durationMinutes})
    ) m
    left join lateral (
      select sum(value_sum) / nullif(sum(value_count), 0) as mean from readings.pub_rollup_15m
      where series_id = w.load_series and bucket >= w.start and bucket < w.start + make_interval(mins => ${durationMinutes})
    ) l on w.load_series is not null
    left join lateral (
      select sum(value_sum) / nullif(sum(value_count), 0) as mean from readings.pub_rollup_15m
      where series_id = w.outdoor_series and bucket >= w.start and bucket < w.start + make_interval(mins => ${durationMinutes})
    ) o on w.outdoor_series is not null
    order by w.ord`.execute(db);
  return rows;
}
