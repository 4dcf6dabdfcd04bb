// Statistical anomaly labels: a reading is anomalous when it lies beyond k·σ of its own series'
// baseline (see BASELINE in state-repository.ts: the centred seven-hour window of hourly
// rollups). The same window sums are computed here with a RANGE window over the rollup rows,
// so one statement scans every reading of the requested equipment once.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import { BASELINE, zScoreSql } from './state-repository.js';

export interface AnomalyHit {
  equipment_id: string;
  time: Date;
  /** Metrics beyond k·σ at that time. */
  metrics: string[];
}

function baselineCte(organizationId: string, equipmentIds: readonly string[]) {
  return sql`
    s as (
      select id, equipment_id, metric from readings.pub_series
      where organization_id = ${organizationId} and equipment_id = any(${[...equipmentIds]}::uuid[])
    ),
    h as (
      select r.series_id, r.bucket,
             sum(r.value_count::float8) over w as n, sum(r.value_sum) over w as sm, sum(r.value_sum_sq) over w as sq
      from ${sql.table(`readings.${BASELINE.rollup}`)} r join s on s.id = r.series_id
      window w as (partition by r.series_id order by r.bucket
                   range between make_interval(mins => ${BASELINE.halfWidthMinutes}) preceding and make_interval(mins => ${BASELINE.halfWidthMinutes}) following)
    ),
    z as (
      select s.equipment_id, s.metric, p.series_id, p.time, ${zScoreSql('p.value', 'h.n', 'h.sm', 'h.sq')} as z
      from readings.pub_points p
      join s on s.id = p.series_id
      join h on h.series_id = p.series_id and h.bucket = date_bin(make_interval(mins => ${BASELINE.bucketMinutes}), p.time, timestamptz 'epoch')
    )`;
}

/**
 * Up to `limit` distinct (equipment, time) instants with at least one metric beyond k·σ, in a
 * seed-determined order: md5 of (seed, equipment, epoch) is the same on every PostgreSQL engine,
 * unlike random().
 */
export async function anomalousInstants(
  db: Kysely<Database>,
  organizationId: string,
  equipmentIds: readonly string[],
  k: number,
  seed: number,
  limit: number,
  range: { from: Date | null; to: Date | null } = { from: null, to: null },
): Promise<AnomalyHit[]> {
  if (equipmentIds.length === 0) return [];
  const { rows } = await sql<AnomalyHit>`
    with ${baselineCte(organizationId, equipmentIds)}
    select equipment_id, time, array_agg(metric order by metric) as metrics
    from z
    where abs(z) > ${k}
      ${range.from ? sql`and time >= ${range.from.toISOString()}::timestamptz` : sql``}
      ${range.to ? sql`and time <= ${range.to.toISOString()}::timestamptz` : sql``}
    group by equipment_id, time
    order by md5(${String(seed)} || ':' || equipment_id::text || ':' || extract(epoch from time)::text), equipment_id, time
    limit ${limit}`.execute(db);
  return rows;
}

export interface LabelQuality {
  readings: number;
  labelled: number;
  injected_readings: number;
  true_positives: number;
  precision: number | null;
  recall: number | null;
  by_kind: { kind: string; injected_readings: number; detected: number; recall: number | null }[];
}

/**
 * Reading-level precision and recall of the k·σ labels against the anomalies the simulator
 * injected (readings.pub_anomalies, origin 'injected'): a reading is truly anomalous when it lies
 * in [starts_at, ends_at] of an injected anomaly of its series.
 */
export async function labelQuality(db: Kysely<Database>, organizationId: string, equipmentIds: readonly string[], k: number): Promise<LabelQuality> {
  const { rows } = await sql<LabelQuality>`
    with ${baselineCte(organizationId, equipmentIds)},
    truth as (
      select z.series_id, z.time, z.z, (
        select a.kind from readings.pub_anomalies a
        where a.series_id = z.series_id and a.origin = 'injected' and z.time between a.starts_at and a.ends_at
        order by a.starts_at limit 1) as kind
      from z
    ),
    kinds as (
      select kind, count(*)::int as injected_readings, count(*) filter (where abs(z) > ${k})::int as detected
      from truth where kind is not null group by kind
    )
    select count(*)::int as readings,
           count(*) filter (where abs(z) > ${k})::int as labelled,
           count(*) filter (where kind is not null)::int as injected_readings,
           count(*) filter (where abs(z) > ${k} and kind is not null)::int as true_positives,
           (count(*) filter (where abs(z) > ${k} and kind is not null))::float8 / nullif(count(*) filter (where abs(z) > ${k}), 0) as precision,
           (count(*) filter (where abs(z) > ${k} and kind is not null))::float8 / nullif(count(*) filter (where kind is not null), 0) as recall,
           coalesce((select json_agg(json_build_object('kind', kind, 'injected_readings', injected_readings, 'detected', detected,
                                                       'recall', detected::float8 / nullif(injected_readings, 0)) order by kind) from kinds), '[]'::json) as by_kind
    from truth`.execute(db);
  return rows[0];
}
