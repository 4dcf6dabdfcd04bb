import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { EnergySource, NewEnergySource } from '../../../database/tables/energy.table.js';

export function listEnergySources(db: Kysely<Database>, organizationId: string): Promise<EnergySource[]> {
  return db.selectFrom('energy.energy_sources').selectAll().where('organization_id', '=', organizationId).orderBy('name').execute();
}

export function energySourcesByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<EnergySource[]> {
  return db
    .selectFrom('energy.energy_sources')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
}

/**
 * A metric as readings publishes it (pub_series): known once at least one series of it exists.
 * Energy reads readings only through its pub_* views, and the catalog table itself is not one.
 */
export async function publishedMetric(db: Kysely<Database>, organizationId: string, metric: string): Promise<{ metric: string; unit: string; kind: string } | null> {
  const { rows } = await sql<{ metric: string; unit: string; kind: string }>`
    select metric, unit, kind from readings.pub_series where organization_id = ${organizationId} and metric = ${metric} limit 1`.execute(db);
  return rows[0] ?? null;
}

export async function insertEnergySource(db: Kysely<Database>, row: NewEnergySource): Promise<EnergySource> {
  return db.insertInto('energy.energy_sources').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateEnergySourceRow(db: Kysely<Database>, organizationId: string, id: string, patch: Partial<Omit<NewEnergySource, 'created_at' | 'id' | 'organization_id'>>): Promise<EnergySource | undefined> {
  return db.updateTable('energy.energy_sources').set(patch).where('organization_id', '=', organizationId).where('id', '=', id).returningAll().executeTakeFirst();
}
