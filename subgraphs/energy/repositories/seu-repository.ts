import type { Kysely } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { Seu } from '../../../database/tables/energy.table.js';

export function listSeus(db: Kysely<Database>, organizationId: string, energySourceId?: string): Promise<Seu[]> {
  let q = db.selectFrom('energy.seus').selectAll().where('organization_id', '=', organizationId);
  if (energySourceId) q = q.where('energy_source_id', '=', energySourceId);
  return q.orderBy('name').orderBy('id').execute();
}

export function seusByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<Seu[]> {
  return db
    .selectFrom('energy.seus')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
}

export function seusByEnergySourceIds(db: Kysely<Database>, organizationId: string, sourceIds: readonly string[]): Promise<Seu[]> {
  return db
    .selectFrom('energy.seus')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('energy_source_id', '=', (eb) => eb.fn.any(eb.val([...sourceIds])))
    .orderBy('name')
    .execute();
}

export function seusByEquipmentIds(db: Kysely<Database>, organizationId: string, equipmentIds: readonly string[]): Promise<(Seu & { equipment_id: string })[]> {
  return db
    .selectFrom('energy.seu_equipment as se')
    .innerJoin('energy.seus as s', 's.id', 'se.seu_id')
    .selectAll('s')
    .select('se.equipment_id')
    .where('s.organization_id', '=', organizationId)
    .where('se.equipment_id', '=', (eb) => eb.fn.any(eb.val([...equipmentIds])))
    .orderBy('s.name')
    .execute();
}

export function equipmentIdsBySeuIds(db: Kysely<Database>, organizationId: string, seuIds: readonly string[]): Promise<{ seu_id: string; equipment_id: string }[]> {
  return db
    .selectFrom('energy.seu_equipment as se')
    .innerJoin('energy.seus as s', 's.id', 'se.seu_id')
    .select(['se.seu_id', 'se.equipment_id'])
    .where('s.organization_id', '=', organizationId)
    .where('se.seu_id', '=', (eb) => eb.fn.any(eb.val([...seuIds])))
    .orderBy('se.equipment_id')
    .execute();
}
