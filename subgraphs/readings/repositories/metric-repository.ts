import type { Kysely } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { Metric } from '../../../database/tables/readings.table.js';

export function listMetrics(db: Kysely<Database>): Promise<Metric[]> {
  return db.selectFrom('readings.metrics').selectAll().orderBy('name').execute();
}

export function metricsByNames(db: Kysely<Database>, names: readonly string[]): Promise<Metric[]> {
  return db
    .selectFrom('readings.metrics')
    .selectAll()
    .where('name', '=', (eb) => eb.fn.any(eb.val([...names])))
    .execute();
}

/** The metrics each piece of equipment reports, for many pieces at once. */
export function metricsByEquipmentIds(db: Kysely<Database>, organizationId: string, equipmentIds: readonly string[]): Promise<(Metric & { equipment_id: string })[]> {
  return db
    .selectFrom('readings.series as s')
    .innerJoin('readings.metrics as m', 'm.id', 's.metric_id')
    .selectAll('m')
    .select('s.equipment_id')
    .where('s.organization_id', '=', organizationId)
    .where('s.equipment_id', '=', (eb) => eb.fn.any(eb.val([...equipmentIds])))
    .orderBy('m.name')
    .execute() as Promise<(Metric & { equipment_id: string })[]>;
}

/** Adds a catalog metric; null when one by that name exists already. */
export async function insertMetric(db: Kysely<Database>, m: { name: string; unit: string; description: string | null; kind: 'gauge' | 'counter' }): Promise<Metric | null> {
  const row = await db
    .insertInto('readings.metrics')
    .values({ name: m.name, unit: m.unit, description: m.description, kind: m.kind })
    .onConflict((oc) => oc.column('name').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}
