import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { MetricKind } from '../../../database/tables/readings.table.js';

export interface LatestRow {
  equipment_id: string;
  metric: string;
  unit: string;
  description: string | null;
  kind: MetricKind;
  data_interval_seconds: number;
  time: Date;
  value: number;
}

/**
 * The newest point of every (equipment, metric) series asked for, in one statement: each series
 * costs one backward step on the (series_id, time) primary key, whatever the table size.
 * `metrics` null means every metric of each equipment.
 */
export async function latestByEquipment(
  db: Kysely<Database>,
  organizationId: string,
  equipmentIds: readonly string[],
  metrics: readonly string[] | null,
): Promise<LatestRow[]> {
  const { rows } = await sql<LatestRow>`
    select s.equipment_id, m.name as metric, m.unit, m.description, m.kind, s.data_interval_seconds, p.time, p.value
    from readings.series s
    join readings.metrics m on m.id = s.metric_id
    cross join lateral (
      select time, value from readings.points where series_id = s.id order by time desc limit 1
    ) p
    where s.organization_id = ${organizationId}
      and s.equipment_id = any(${[...equipmentIds]}::uuid[])
      ${metrics ? sql`and m.name = any(${[...metrics]}::text[])` : sql``}
    order by s.equipment_id, m.name`.execute(db);
  return rows;
}
