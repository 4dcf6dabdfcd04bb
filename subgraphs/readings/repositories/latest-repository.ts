import { type Kysely, sql } from 'kysely';
import { opaqueTexts, opaqueUuids } from '../../../database/array-parameters.js';
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
  // Keys in FROM through opaque_array, so the prepared statement settles on its generic plan
  // (database/array-parameters.ts), and each owner one index probe on series in any plan (as a
  // plain join, the generic plan hashed the keys and scanned every series).
  const { rows } = await sql<LatestRow>`
    select ${owner} as owner_id, m.name as metric, m.unit, m.description, m.kind, s.data_interval_seconds, p.time, p.value
    from (select distinct o from unnest(${opaqueUuids(ownerIds)}) o) k
    cross join lateral (select * from readings.series s where ${owner} = k.o and s.organization_id = ${organizationId} offset 0) s
    join readings.metrics m on m.id = s.metric_id
    cross join lateral (
      select time, value from readings.points where series_id = s.id order by time desc limit 1
    ) p
    ${metrics ? sql`where m.name in (select unnest(${opaqueTexts(metrics)}))` : sql``}
    order by 1, m.name`.execute(db);
  return rows;
}
