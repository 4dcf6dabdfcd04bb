import type { Kysely } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { EquipmentTypeRow } from '../mappers.js';

/** Types with the caller's non-retired equipment count; `ids` limits the set when given. */
export function equipmentTypesWithCounts(db: Kysely<Database>, organizationId: string, ids?: readonly string[]): Promise<EquipmentTypeRow[]> {
  let q = db
    .selectFrom('assets.equipment_types as t')
    .leftJoin('assets.equipment as e', (join) =>
      join.onRef('e.type_id', '=', 't.id').on('e.organization_id', '=', organizationId).on('e.retired_at', 'is', null),
    )
    .selectAll('t')
    .select((eb) => eb.fn.count<number>('e.id').as('equipment_count'))
    .groupBy('t.id')
    .orderBy('t.id');
  if (ids) q = q.where('t.id', '=', (eb) => eb.fn.any(eb.val([...ids])));
  return q.execute();
}
