// States: every metric of a piece of equipment as of an instant, for any number of (equipment,
// instant) samples in ONE statement. The sample arrays arrive as unnest($ids, $times); each
// (sample, series) costs one backward step on the (series_id, time) primary key (the newest
// point at or before the instant, no older than the series' data interval) and a short range
// read of the hourly rollup for the anomaly baseline.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';

export interface SampleKey {
  equipmentId: string;
  time: Date;
}

export interface StateValueRow {
  /** 1-based position of the sample in the request. */
  ord: number;
  metric: string;
  unit: string;
  /** Time of the reading used, null when the metric has no reading within its interval. */
  time: Date | null;
  value: number | null;
  /** (value − baseline mean) ÷ baseline σ; null when missing or the baseline is flat. */
  z: number | null;
  baseline_mean: number | null;
  baseline_stddev: number | null;
}

/**
 * The anomaly baseline of a reading at time t: mean and sample σ of its own series over the
 * hourly rollups from three hours before t's hour to three hours after (seven buckets), exact
 * from count, sum and sum of squares. A centred window follows the daily cycle, so a normal
 * afternoon peak is not an anomaly, while spikes and drifts stand out. (Measured on the
 * simulator: ±30 minutes of 15-minute rollups found spikes slightly better but drifts far worse.)
 */
export const BASELINE = { rollup: 'pub_rollup_1h', bucketMinutes: 60, halfWidthMinutes: 180 } as const;

/** SQL for z, given the baseline sums n, sm, sq and the value v (identical wherever labels are computed). */
export function zScoreSql(v: string, n: string, sm: string, sq: string) {
  return sql.raw(
    `case when ${n} > 1 and (${sq} - ${sm} * ${sm} / ${n}) > 0
          then (${v} - ${sm} / ${n}) / sqrt((${sq} - ${sm} * ${sm} / ${n}) / (${n} - 1)) end`,
  );
}

export async function fetchStates(db: Kysely<Database>, organizationId: string, samples: readonly SampleKey[]): Promise<StateValueRow[]> {
  if (samples.length === 0) return [];
  const ids = samples.map((s) => s.equipmentId);
  const times = samples.map((s) => s.time.toISOString());
  const { rows } = await sql<StateValueRow>`
    select k.ord::int as ord, s.metric, s.unit, p.time, p.value,
           ${zScoreSql('p.value', 'b.n', 'b.sm', 'b.sq')} as z,
           case when b.n > 0 then b.sm / b.n end as baseline_mean,
           case when b.n > 1 then sqrt(greatest((b.sq - b.sm * b.sm / b.n) / (b.n - 1), 0)) end as baseline_stddev
    from unnest(${ids}::uuid[], ${times}::timestamptz[]) with ordinality as k(equipment_id, t, ord)
    join readings.pub_series s on s.equipment_id = k.equipment_id and s.organization_id = ${organizationId}
    left join lateral (
      select time, value from readings.pub_points
      where series_id = s.id and time <= k.t and time > k.t - make_interval(secs => s.data_interval_seconds)
      order by time desc limit 1
    ) p on true
    left join lateral (
      select sum(value_count)::float8 as n, sum(value_sum) as sm, sum(value_sum_sq) as sq
      from ${sql.table(`readings.${BASELINE.rollup}`)}
      where series_id = s.id
        and bucket >= date_bin(make_interval(mins => ${BASELINE.bucketMinutes}), k.t, timestamptz 'epoch') - make_interval(mins => ${BASELINE.halfWidthMinutes})
        and bucket <= date_bin(make_interval(mins => ${BASELINE.bucketMinutes}), k.t, timestamptz 'epoch') + make_interval(mins => ${BASELINE.halfWidthMinutes})
    ) b on p.value is not null
    order by k.ord, s.metric`.execute(db);
  return rows;
}
