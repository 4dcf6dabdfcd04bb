import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { Baseline, BaselineTable } from '../../../database/tables/energy.table.js';

export function baselinesByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<Baseline[]> {
  return db.selectFrom('energy.baselines').selectAll().where('organization_id', '=', organizationId).where('id', '=', (eb) => eb.fn.any(eb.val([...ids]))).execute();
}

/** History per SEU, newest first. */
export function baselinesBySeuIds(db: Kysely<Database>, organizationId: string, seuIds: readonly string[]): Promise<Baseline[]> {
  return db
    .selectFrom('energy.baselines')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('seu_id', '=', (eb) => eb.fn.any(eb.val([...seuIds])))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export function activeBaselinesBySeuIds(db: Kysely<Database>, organizationId: string, seuIds: readonly string[]): Promise<Baseline[]> {
  return db
    .selectFrom('energy.baselines')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('active', '=', true)
    .where('seu_id', '=', (eb) => eb.fn.any(eb.val([...seuIds])))
    .execute();
}

export async function insertBaseline(db: Kysely<Database>, row: Omit<Insertable<BaselineTable>, 'active'>, activate: boolean): Promise<Baseline> {
  if (activate) await db.updateTable('energy.baselines').set({ active: false }).where('seu_id', '=', row.seu_id).where('active', '=', true).execute();
  return db.insertInto('energy.baselines').values({ ...row, active: activate }).returningAll().executeTakeFirstOrThrow();
}

export async function activateBaselineRow(db: Kysely<Database>, organizationId: string, id: string): Promise<Baseline | undefined> {
  const { rows } = await sql<{ seu_id: string }>`select seu_id from energy.baselines where organization_id = ${organizationId} and id = ${id}`.execute(db);
  if (!rows[0]) return undefined;
  await db.updateTable('energy.baselines').set({ active: false }).where('seu_id', '=', rows[0].seu_id).where('active', '=', true).execute();
  return db.updateTable('energy.baselines').set({ active: true }).where('id', '=', id).returningAll().executeTakeFirst();
}
