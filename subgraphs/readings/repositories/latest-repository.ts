import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { MetricKind } from '../../../database/tables/readings.table.js';

export interface LatestRow {
  /** The equipment (or, for site-level series, the site) the reading belongs to. */
  owner_id: string;
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
 * `metrics` null means every metric of each equipment (or site, for site-level series).
 */
export async function latestByOwners(
  db: Kysely<Database>,
  organizationId: string,
  ownerKind: 'equipment' | 'site',
  ownerIds: readonly string[],
  metrics: readonly string[] | null,
): Promise<LatestRow[]> {
  const owner = ownerKind === 'equipment' ? sql`s.equipment_id` : sql`s.site_id`;
  const { rows } = await sql<LatestRow>`
    select ${owner} as owner_id, m.name as metric, m.unit, m.description, m.kind, s.data_interval_seconds, p.time, p.value
    from readings.series s
    join readings.metrics m on m.id = s.metric_id
    cross join lateral (
      select time, value from readings.points where series_id = s.id order by time desc limit 1
    ) p
    where s.organization_id = ${organizationId}
      and ${owner} = any(${[...ownerIds]}::uuid[])
      ${metrics ? sql`and m.name = any(${[...metrics]}::text[])` : sql``}
    order by 1, m.name`.execute(db);
  return rows;
}
