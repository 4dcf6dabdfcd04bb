import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { StatusChangeRow } from '../mappers.js';

/** The newest `first` status changes of each piece of equipment, in one statement. */
export async function statusHistory(db: Kysely<Database>, organizationId: string, ids: readonly string[], first: number): Promise<StatusChangeRow[]> {
  const { rows } = await sql<StatusChangeRow>`
    select equipment_id, status, started_at, reason from (
      select h.equipment_id, h.status, h.started_at, h.reason,
             row_number() over (partition by h.equipment_id order by h.started_at desc, h.id desc) as n
      from assets.status_history h
      join assets.equipment e on e.id = h.equipment_id and e.organization_id = ${organizationId}
      where h.equipment_id = any(${sql.val([...ids])}::uuid[])
    ) ranked
    where n <= ${first}
    order by equipment_id, n`.execute(db);
  return rows;
}
