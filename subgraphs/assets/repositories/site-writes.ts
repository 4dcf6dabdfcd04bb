// Site writes, each in one transaction: validation first, so a rejected one writes nothing.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { BadInputError, ConflictError, NotFoundError } from '../../../common/errors.js';
import { checkUuid } from '../../../common/validate.js';
import type { Database } from '../../../database/database.js';
import type { Site, SiteKind, SiteUpdate } from '../../../database/tables/assets.table.js';
import { siteSubtreeIds } from './site-repository.js';

export interface SiteFields {
  parentId?: string | null;
  kind?: SiteKind;
  code?: string;
  name?: string;
  timeZone?: string;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  climate?: string | null;
  metadata?: Record<string, unknown>;
}

async function activeSite(db: Kysely<Database>, organizationId: string, id: string, argument: string): Promise<Site> {
  const site = await db.selectFrom('assets.sites').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  if (!site) throw new NotFoundError(`${argument}: no site with id '${id}' in this organization.`, { argument });
  if (site.retired_at) throw new BadInputError(`${argument}: site '${site.code}' is retired.`, { argument });
  return site;
}

async function checkSiteCodeFree(db: Kysely<Database>, organizationId: string, code: string, exceptId?: string): Promise<void> {
  const holder = await db
    .selectFrom('assets.sites')
    .select(['id', 'code'])
    .where('organization_id', '=', organizationId)
    .where(sql`lower(code)`, '=', code.toLowerCase())
    .$if(!!exceptId, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
  if (holder) throw new ConflictError(`Site code '${code}' is already taken in this organization by '${holder.code}'. Choose another code.`, { code, existingId: holder.id });
}

const conflictOnUnique = (code: string | undefined) => (e: unknown) => {
  if ((e as { code?: string })?.code === '23505') throw new ConflictError(`Site code '${code}' is already taken in this organization. Choose another code.`, { code });
  throw e;
};

export async function createSite(db: Kysely<Database>, organizationId: string, input: SiteFields & { id?: string | null; kind: SiteKind; code: string; name: string }): Promise<Site> {
  return db.transaction().execute(async (trx) => {
    const id = input.id ? checkUuid(input.id, 'input.id') : randomUUID();
    if (input.id && (await trx.selectFrom('assets.sites').select('id').where('id', '=', id).executeTakeFirst())) {
      throw new ConflictError(`Site id '${id}' already exists.`, { argument: 'input.id' });
    }
    const org = await trx.selectFrom('platform.organizations').select('id').where('id', '=', organizationId).executeTakeFirst();
    if (!org) throw new NotFoundError(`Organization '${organizationId}' does not exist; sites belong to an existing organization.`, { argument: 'organization' });
    const parent = input.parentId ? await activeSite(trx, organizationId, input.parentId, 'input.parentId') : undefined;
    const timeZone = input.timeZone ?? parent?.time_zone;
    if (!timeZone) throw new BadInputError('input.timeZone is required for a top-level site; give an IANA name such as Asia/Kolkata.', { argument: 'input.timeZone' });
    await checkSiteCodeFree(trx, organizationId, input.code);
    return trx
      .insertInto('assets.sites')
      .values({
        id,
        organization_id: organizationId,
        parent_id: parent?.id ?? null,
        kind: input.kind,
        code: input.code,
        name: input.name,
        time_zone: timeZone,
        address: input.address ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        climate: input.climate ?? parent?.climate ?? null,
        metadata: JSON.stringify(input.metadata ?? {}),
      })
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch(conflictOnUnique(input.code));
  });
}

export async function updateSite(db: Kysely<Database>, organizationId: string, id: string, fields: SiteFields): Promise<Site> {
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('assets.sites').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!current) throw new NotFoundError(`No site with id '${id}' in this organization.`, { argument: 'id' });
    const u: SiteUpdate = {};
    if (fields.parentId !== undefined && fields.parentId !== current.parent_id) {
      if (fields.parentId !== null) {
        await activeSite(trx, organizationId, fields.parentId, 'input.parentId');
        const subtree = await siteSubtreeIds(trx, organizationId, id);
        if (subtree.includes(fields.parentId)) {
          throw new BadInputError(`input.parentId '${fields.parentId}' is the site itself or inside it; a site cannot contain itself.`, { argument: 'input.parentId' });
        }
      }
      u.parent_id = fields.parentId;
    }
    if (fields.code !== undefined && fields.code !== current.code) {
      await checkSiteCodeFree(trx, organizationId, fields.code, id);
      u.code = fields.code;
    }
    if (fields.kind !== undefined) u.kind = fields.kind;
    if (fields.name !== undefined) u.name = fields.name;
    if (fields.timeZone !== undefined) u.time_zone = fields.timeZone;
    if (fields.address !== undefined) u.address = fields.address;
    if (fields.latitude !== undefined) u.latitude = fields.latitude;
    if (fields.longitude !== undefined) u.longitude = fields.longitude;
    if (fields.climate !== undefined) u.climate = fields.climate;
    if (fields.metadata !== undefined) u.metadata = JSON.stringify(fields.metadata);
    if (!Object.keys(u).length) return current;
    return trx
      .updateTable('assets.sites')
      .set({ ...u, updated_at: sql<Date>`now()` as unknown as Date })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch(conflictOnUnique(fields.code));
  });
}

export async function retireSite(db: Kysely<Database>, organizationId: string, id: string): Promise<Site> {
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('assets.sites').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!current) throw new NotFoundError(`No site with id '${id}' in this organization.`, { argument: 'id' });
    if (current.retired_at) return current;
    const [{ sites, equipment }] = await trx
      .selectNoFrom((eb) => [
        eb.selectFrom('assets.sites').select(eb.fn.countAll<number>().as('n')).where('parent_id', '=', id).where('retired_at', 'is', null).as('sites'),
        eb.selectFrom('assets.equipment').select(eb.fn.countAll<number>().as('n')).where('site_id', '=', id).where('retired_at', 'is', null).as('equipment'),
      ])
      .execute();
    if (Number(sites) > 0 || Number(equipment) > 0) {
      throw new ConflictError(
        `Site '${current.code}' still holds ${Number(equipment)} active piece(s) of equipment and ${Number(sites)} active site(s); retire or move them first.`,
        { equipment: Number(equipment), sites: Number(sites) },
      );
    }
    return trx
      .updateTable('assets.sites')
      .set({ retired_at: sql<Date>`now()` as unknown as Date, updated_at: sql<Date>`now()` as unknown as Date })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}
