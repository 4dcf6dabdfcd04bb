import type { Kysely } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { RelevantVariable, RelevantVariableTable } from '../../../database/tables/energy.table.js';

/** Variables offered for the source (its own and the ones with no source), by name. */
export function variablesForSource(db: Kysely<Database>, organizationId: string, energySourceId: string | null): Promise<RelevantVariable[]> {
  let q = db.selectFrom('energy.relevant_variables').selectAll().where('organization_id', '=', organizationId);
  if (energySourceId) q = q.where((eb) => eb.or([eb('energy_source_id', '=', energySourceId), eb('energy_source_id', 'is', null)]));
  return q.orderBy('name').orderBy('energy_source_id').execute();
}

export function variablesByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<RelevantVariable[]> {
  return db
    .selectFrom('energy.relevant_variables')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
}

/** Every variable offered for each source (own and shared), keyed by source id. */
export async function variablesBySourceIds(db: Kysely<Database>, organizationId: string, sourceIds: readonly string[]): Promise<(RelevantVariable & { for_source: string })[]> {
  const rows = await db
    .selectFrom('energy.relevant_variables')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where((eb) => eb.or([eb('energy_source_id', '=', eb.fn.any(eb.val([...sourceIds]))), eb('energy_source_id', 'is', null)]))
    .orderBy('name')
    .execute();
  const out: (RelevantVariable & { for_source: string })[] = [];
  for (const id of sourceIds) for (const r of rows) if (r.energy_source_id === null || r.energy_source_id === id) out.push({ ...r, for_source: id });
  return out;
}

export function insertVariable(db: Kysely<Database>, row: RelevantVariableTable): Promise<RelevantVariable> {
  return db.insertInto('energy.relevant_variables').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateVariableRow(db: Kysely<Database>, organizationId: string, id: string, patch: Partial<RelevantVariableTable>): Promise<RelevantVariable | undefined> {
  return db.updateTable('energy.relevant_variables').set(patch).where('organization_id', '=', organizationId).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteVariableRow(db: Kysely<Database>, organizationId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('energy.relevant_variables').where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
