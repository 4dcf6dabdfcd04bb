// Equipment, relation and status writes. Each runs in one transaction and validates before it
// writes, so a rejected mutation leaves nothing behind.
import { randomUUID } from 'node:crypto';
import { type Kysely, type Transaction, sql } from 'kysely';
import { BadInputError, ConflictError, NotFoundError } from '../../../common/errors.js';
import { checkUuid } from '../../../common/validate.js';
import type { Database } from '../../../database/database.js';
import type { EquipmentStatus, EquipmentUpdate, Rating, RelationKind } from '../../../database/tables/assets.table.js';
import type { EquipmentRow, RelationRow } from '../mappers.js';
import { lookupKey } from '../text.js';
import { EQUIPMENT_COLUMNS } from './equipment-repository.js';

type Tx = Transaction<Database> | Kysely<Database>;

export interface EquipmentFields {
  code?: string;
  name?: string;
  typeId?: string;
  siteId?: string;
  description?: string | null;
  location?: string | null;
  manufacturer?: string | null;
  model?: string | null;
  serialNumber?: string | null;
  installedOn?: string | null;
  ratings?: Rating[];
  dataIntervalSeconds?: number;
  mqttTopic?: string | null;
  metadata?: Record<string, unknown>;
}

/** The unique indexes on an equipment code: exact (case-free) and separator-free. */
const CODE_INDEXES = ['equipment_org_lookup_key', 'equipment_org_code'];

/** The index or constraint a unique violation (SQLSTATE 23505) names, or undefined for any other error. */
export function uniqueViolationOf(e: unknown): string | undefined {
  const err = e as { code?: string; constraint?: string; message?: string } | null;
  if (err?.code !== '23505') return undefined;
  return err.constraint ?? /"([^"]+)"/.exec(err.message ?? '')?.[1] ?? '';
}

export function isCodeViolation(e: unknown): boolean {
  return CODE_INDEXES.includes(uniqueViolationOf(e) ?? '');
}

/**
 * A write that passed `checkCodeFree` can still lose a race to a concurrent one; the database's
 * unique index then refuses it and the transaction rolls back. Answer as the check would: look
 * the holder up afresh (it has committed, or the index would not have refused) and name it.
 */
async function raceConflict(db: Kysely<Database>, organizationId: string, e: unknown, code: string | undefined, exceptId: string | undefined, id?: string | null): Promise<unknown> {
  if (code !== undefined && isCodeViolation(e)) {
    await checkCodeFree(db, organizationId, code, exceptId);
    return new ConflictError(`Equipment code '${code}' was taken by a concurrent change in this organization. Choose another code.`, { code });
  }
  if (id && uniqueViolationOf(e) === 'equipment_pkey') return new ConflictError(`Equipment id '${id}' already exists.`, { argument: 'input.id' });
  return e;
}

export async function allTypeIds(db: Tx): Promise<string[]> {
  return (await db.selectFrom('assets.equipment_types').select('id').orderBy('id').execute()).map((r) => r.id);
}

export async function checkType(db: Tx, typeId: string, argument: string): Promise<void> {
  const found = await db.selectFrom('assets.equipment_types').select('id').where('id', '=', typeId).executeTakeFirst();
  if (!found) {
    throw new BadInputError(`${argument} '${typeId}' is not an equipment type. Allowed: ${(await allTypeIds(db)).join(', ')}.`, { argument, allowed: await allTypeIds(db) });
  }
}

export async function checkActiveSite(db: Tx, organizationId: string, siteId: string, argument: string): Promise<void> {
  const site = await db.selectFrom('assets.sites').select(['id', 'retired_at']).where('organization_id', '=', organizationId).where('id', '=', siteId).executeTakeFirst();
  if (!site) throw new NotFoundError(`${argument}: no site with id '${siteId}' in this organization.`, { argument });
  if (site.retired_at) throw new BadInputError(`${argument}: site '${siteId}' is retired; choose an active site.`, { argument });
}

/** CONFLICT when another piece of equipment holds the same code (ignoring case and separators). */
export async function checkCodeFree(db: Tx, organizationId: string, code: string, exceptId?: string): Promise<void> {
  const holder = await db
    .selectFrom('assets.equipment')
    .select(['id', 'code', 'retired_at'])
    .where('organization_id', '=', organizationId)
    // As in the unique indexes: an empty key (no letters or digits) is no code of its own, so
    // only the exact code collides. `<> ''` lets the planner use the partial index.
    .where((eb) => {
      const key = lookupKey(code);
      const exact = eb(sql`lower(code)`, '=', code.toLowerCase());
      return key ? eb.or([eb.and([eb('lookup_key', '=', key), eb('lookup_key', '<>', '')]), exact]) : exact;
    })
    .$if(!!exceptId, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
  if (holder) {
    const retired = holder.retired_at ? ' (retired equipment keeps its code)' : '';
    throw new ConflictError(`Equipment code '${code}' is already taken in this organization by '${holder.code}'${retired}. Choose another code.`, {
      code,
      existingId: holder.id,
    });
  }
}

async function loadForWrite(db: Tx, organizationId: string, id: string): Promise<EquipmentRow> {
  const row = await db.selectFrom('assets.equipment').select(EQUIPMENT_COLUMNS).where('organization_id', '=', organizationId).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new NotFoundError(`No equipment with id '${id}' in this organization.`, { argument: 'id' });
  return row;
}

export async function createEquipment(
  db: Kysely<Database>,
  organizationId: string,
  input: EquipmentFields & { id?: string | null; code: string; name: string; typeId: string; siteId: string; status?: EquipmentStatus },
): Promise<EquipmentRow> {
  return db.transaction().execute(async (trx) => {
    const id = input.id ? checkUuid(input.id, 'input.id') : randomUUID();
    if (input.id) {
      const taken = await trx.selectFrom('assets.equipment').select('id').where('id', '=', id).executeTakeFirst();
      if (taken) throw new ConflictError(`Equipment id '${id}' already exists.`, { argument: 'input.id' });
    }
    await checkType(trx, input.typeId, 'input.typeId');
    await checkActiveSite(trx, organizationId, input.siteId, 'input.siteId');
    await checkCodeFree(trx, organizationId, input.code);
    const status = input.status ?? 'running';
    const row = await trx
      .insertInto('assets.equipment')
      .values({
        id,
        organization_id: organizationId,
        site_id: input.siteId,
        type_id: input.typeId,
        code: input.code,
        name: input.name,
        description: input.description ?? null,
        location: input.location ?? null,
        manufacturer: input.manufacturer ?? null,
        model: input.model ?? null,
        serial_number: input.serialNumber ?? null,
        installed_on: input.installedOn ?? null,
        ratings: JSON.stringify(input.ratings ?? []),
        data_interval_seconds: input.dataIntervalSeconds ?? 60,
        mqtt_topic: input.mqttTopic ?? null,
        metadata: JSON.stringify(input.metadata ?? {}),
        status,
      })
      .returning(EQUIPMENT_COLUMNS)
      .executeTakeFirstOrThrow();
    await trx.insertInto('assets.status_history').values({ equipment_id: id, status, started_at: row.status_since, reason: 'created' }).execute();
    return row;
  }).catch(async (e: unknown) => {
    throw await raceConflict(db, organizationId, e, input.code, undefined, input.id);
  });
}

export function equipmentUpdateOf(fields: EquipmentFields): EquipmentUpdate {
  const u: EquipmentUpdate = {};
  if (fields.code !== undefined) u.code = fields.code;
  if (fields.name !== undefined) u.name = fields.name;
  if (fields.typeId !== undefined) u.type_id = fields.typeId;
  if (fields.siteId !== undefined) u.site_id = fields.siteId;
  if (fields.description !== undefined) u.description = fields.description;
  if (fields.location !== undefined) u.location = fields.location;
  if (fields.manufacturer !== undefined) u.manufacturer = fields.manufacturer;
  if (fields.model !== undefined) u.model = fields.model;
  if (fields.serialNumber !== undefined) u.serial_number = fields.serialNumber;
  if (fields.installedOn !== undefined) u.installed_on = fields.installedOn;
  if (fields.ratings !== undefined) u.ratings = JSON.stringify(fields.ratings);
  if (fields.dataIntervalSeconds !== undefined) u.data_interval_seconds = fields.dataIntervalSeconds;
  if (fields.mqttTopic !== undefined) u.mqtt_topic = fields.mqttTopic;
  if (fields.metadata !== undefined) u.metadata = JSON.stringify(fields.metadata);
  return u;
}

export async function updateEquipment(db: Kysely<Database>, organizationId: string, id: string, fields: EquipmentFields): Promise<EquipmentRow> {
  return db.transaction().execute(async (trx) => {
    const current = await loadForWrite(trx, organizationId, id);
    if (fields.typeId !== undefined) await checkType(trx, fields.typeId, 'input.typeId');
    if (fields.siteId !== undefined && fields.siteId !== current.site_id) await checkActiveSite(trx, organizationId, fields.siteId, 'input.siteId');
    if (fields.code !== undefined && fields.code !== current.code) await checkCodeFree(trx, organizationId, fields.code, id);
    const update = equipmentUpdateOf(fields);
    if (!Object.keys(update).length) return current;
    return trx
      .updateTable('assets.equipment')
      .set({ ...update, updated_at: sql<Date>`now()` as unknown as Date })
      .where('id', '=', id)
      .returning(EQUIPMENT_COLUMNS)
      .executeTakeFirstOrThrow();
  }).catch(async (e: unknown) => {
    throw await raceConflict(db, organizationId, e, fields.code, id);
  });
}

export async function retireEquipment(db: Kysely<Database>, organizationId: string, id: string): Promise<EquipmentRow> {
  return db.transaction().execute(async (trx) => {
    const current = await loadForWrite(trx, organizationId, id);
    if (current.retired_at) return current;
    await trx.deleteFrom('assets.equipment_relations').where('organization_id', '=', organizationId).where((eb) => eb.or([eb('from_id', '=', id), eb('to_id', '=', id)])).execute();
    return trx
      .updateTable('assets.equipment')
      .set({ retired_at: sql<Date>`now()` as unknown as Date, updated_at: sql<Date>`now()` as unknown as Date })
      .where('id', '=', id)
      .returning(EQUIPMENT_COLUMNS)
      .executeTakeFirstOrThrow();
  });
}

export async function setEquipmentStatus(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  status: EquipmentStatus,
  since: Date | undefined,
  reason: string | null | undefined,
): Promise<EquipmentRow> {
  return db.transaction().execute(async (trx) => {
    const current = await loadForWrite(trx, organizationId, id);
    if (current.retired_at) throw new BadInputError(`Equipment '${current.code}' is retired; its status cannot change.`, { argument: 'id' });
    if (current.status === status) return current;
    const at = since ?? new Date();
    if (at.getTime() > Date.now() + 60_000) throw new BadInputError(`since ${at.toISOString()} is in the future; give a past instant or omit it for now.`, { argument: 'since' });
    const currentSince = new Date(current.status_since);
    if (at.getTime() < currentSince.getTime()) {
      throw new BadInputError(`since ${at.toISOString()} is before the current status of '${current.code}' began (${currentSince.toISOString()}).`, { argument: 'since' });
    }
    const row = await trx
      .updateTable('assets.equipment')
      .set({ status, status_since: at, updated_at: sql<Date>`now()` as unknown as Date })
      .where('id', '=', id)
      .returning(EQUIPMENT_COLUMNS)
      .executeTakeFirstOrThrow();
    await trx.insertInto('assets.status_history').values({ equipment_id: id, status, started_at: at, reason: reason ?? null }).execute();
    return row;
  });
}

async function relationEnds(trx: Tx, organizationId: string, fromId: string, toId: string) {
  const rows = await trx
    .selectFrom('assets.equipment')
    .select(['id', 'code', 'retired_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', (eb) => eb.fn.any(eb.val([fromId, toId])))
    .execute();
  for (const [id, argument] of [
    [fromId, 'input.fromId'],
    [toId, 'input.toId'],
  ] as const) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new NotFoundError(`${argument}: no equipment with id '${id}' in this organization.`, { argument });
    if (row.retired_at) throw new BadInputError(`${argument}: equipment '${row.code}' is retired and takes no relations.`, { argument });
  }
}

export async function addRelation(db: Kysely<Database>, organizationId: string, rel: RelationRow): Promise<RelationRow> {
  if (rel.from_id === rel.to_id) throw new BadInputError(`A relation needs two different pieces of equipment; fromId and toId are both '${rel.from_id}'.`, { argument: 'input.toId' });
  return db.transaction().execute(async (trx) => {
    await relationEnds(trx, organizationId, rel.from_id, rel.to_id);
    await trx
      .insertInto('assets.equipment_relations')
      .values({ organization_id: organizationId, from_id: rel.from_id, to_id: rel.to_id, kind: rel.kind })
      .onConflict((oc) => oc.columns(['from_id', 'to_id', 'kind']).doNothing())
      .execute();
    return rel;
  });
}

export async function removeRelation(db: Kysely<Database>, organizationId: string, rel: RelationRow): Promise<boolean> {
  const result = await db
    .deleteFrom('assets.equipment_relations')
    .where('organization_id', '=', organizationId)
    .where('from_id', '=', rel.from_id)
    .where('to_id', '=', rel.to_id)
    .where('kind', '=', rel.kind as RelationKind)
    .executeTakeFirst();
  if (!result.numDeletedRows) {
    throw new NotFoundError(`No ${rel.kind.toUpperCase()} relation from '${rel.from_id}' to '${rel.to_id}' in this organization.`, { argument: 'input' });
  }
  return true;
}
