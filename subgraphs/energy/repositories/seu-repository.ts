import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { NewSeu, Seu } from '../../../database/tables/energy.table.js';

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

/** Equipment of the organization among `ids`, read through assets' published view. */
export async function existingEquipment(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<{ id: string; site_id: string }[]> {
  const { rows } = await sql<{ id: string; site_id: string }>`
    select id, site_id from assets.pub_equipment where organization_id = ${organizationId} and id = any(${[...ids]}::uuid[])`.execute(db);
  return rows;
}

export async function insertSeu(db: Kysely<Database>, row: NewSeu, equipmentIds: readonly string[]): Promise<Seu> {
  const seu = await db.insertInto('energy.seus').values(row).returningAll().executeTakeFirstOrThrow();
  await db.insertInto('energy.seu_equipment').values(equipmentIds.map((equipment_id) => ({ seu_id: seu.id, equipment_id }))).execute();
  return seu;
}

export async function updateSeuRow(db: Kysely<Database>, organizationId: string, id: string, patch: { name?: string; description?: string | null }, equipmentIds?: readonly string[]): Promise<Seu | undefined> {
  const seu = await db
    .updateTable('energy.seus')
    .set({ ...patch, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (seu && equipmentIds) {
    await db.deleteFrom('energy.seu_equipment').where('seu_id', '=', id).execute();
    await db.insertInto('energy.seu_equipment').values(equipmentIds.map((equipment_id) => ({ seu_id: id, equipment_id }))).execute();
  }
  return seu;
}

export async function deleteSeuRow(db: Kysely<Database>, organizationId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('energy.seus').where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** SEUs with a machine at one of the sites (or below them), keyed by the asked site. */
export async function seusBySiteIds(db: Kysely<Database>, organizationId: string, siteIds: readonly string[]): Promise<(Seu & { root_site_id: string })[]> {
  const { rows } = await sql<Seu & { root_site_id: string }>`
    with recursive tree as (
      select id, id as root from assets.pub_sites where organization_id = ${organizationId} and id = any(${[...siteIds]}::uuid[])
      union all
      select s.id, t.root from assets.pub_sites s join tree t on s.parent_id = t.id
    )
    select distinct s.*, t.root as root_site_id
    from tree t
    join assets.pub_equipment e on e.site_id = t.id and e.organization_id = ${organizationId}
    join energy.seu_equipment se on se.equipment_id = e.id
    join energy.seus s on s.id = se.seu_id and s.organization_id = ${organizationId}
    order by s.name`.execute(db);
  return rows;
}
