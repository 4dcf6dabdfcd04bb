import type { Kysely } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { EnergySource } from '../../../database/tables/energy.table.js';

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
