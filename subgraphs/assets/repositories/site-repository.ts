import type { Kysely } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { Site, SiteKind } from '../../../database/tables/assets.table.js';

export function listSites(db: Kysely<Database>, organizationId: string, kind?: SiteKind): Promise<Site[]> {
  let q = db.selectFrom('assets.sites').selectAll().where('organization_id', '=', organizationId).where('retired_at', 'is', null);
  if (kind) q = q.where('kind', '=', kind);
  // Parents before children, then by name: a tree reads top-down.
  return q.orderBy((eb) => eb.case().when('parent_id', 'is', null).then(0).else(1).end()).orderBy('name').orderBy('id').execute();
}

export function sitesByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<Site[]> {
  return db
    .selectFrom('assets.sites')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
}

/** Children of many parents at once; a null parent means the organization's top-level sites. */
export function sitesByParentIds(db: Kysely<Database>, organizationId: string, parentIds: readonly string[]): Promise<Site[]> {
  return db
    .selectFrom('assets.sites')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('retired_at', 'is', null)
    .where('parent_id', '=', (eb) => eb.fn.any(eb.val([...parentIds])))
    .orderBy('name')
    .execute();
}

export function topLevelSites(db: Kysely<Database>, organizationId: string): Promise<Site[]> {
  return db
    .selectFrom('assets.sites')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('retired_at', 'is', null)
    .where('parent_id', 'is', null)
    .orderBy('name')
    .execute();
}
