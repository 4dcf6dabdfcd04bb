import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { Site, SiteKind } from '../../../database/tables/assets.table.js';
import { lookupKey } from '../text.js';

export function listSites(db: Kysely<Database>, organizationId: string, options: { kind?: SiteKind; parentId?: string } = {}): Promise<Site[]> {
  let q = db.selectFrom('assets.sites').selectAll().where('organization_id', '=', organizationId).where('retired_at', 'is', null);
  if (options.kind) q = q.where('kind', '=', options.kind);
  if (options.parentId) q = q.where('parent_id', '=', options.parentId);
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

/** A site by code, ignoring case and separators; the exact code first. */
export function siteByCode(db: Kysely<Database>, organizationId: string, code: string): Promise<Site | undefined> {
  return db
    .selectFrom('assets.sites')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(sql`lower(regexp_replace(code, '[^A-Za-z0-9]+', '', 'g'))`, '=', lookupKey(code))
    .orderBy(sql`lower(code) = ${code.toLowerCase()}`, 'desc')
    .orderBy(sql`retired_at is not null`)
    .orderBy('code')
    .limit(1)
    .executeTakeFirst();
}

/** Children of many parents at once. */
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

/** Ancestors of many sites at once, each list outermost first. */
export async function ancestorsOf(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<(Site & { child_id: string; depth: number })[]> {
  const { rows } = await sql<Site & { child_id: string; depth: number }>`
    with recursive up(child_id, id, depth) as (
      select s.id, s.parent_id, 1 from assets.sites s
      where s.organization_id = ${organizationId} and s.id = any(${sql.val([...ids])}::uuid[]) and s.parent_id is not null
      union all
      select up.child_id, s.parent_id, up.depth + 1 from up join assets.sites s on s.id = up.id
      where s.parent_id is not null and up.depth < 32
    )
    select s.*, up.child_id, up.depth from up join assets.sites s on s.id = up.id
    order by up.child_id, up.depth desc`.execute(db);
  return rows;
}

/** Ids of the site and every site nested inside it. */
export async function siteSubtreeIds(db: Kysely<Database>, organizationId: string, siteId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive tree(id) as (
      select id from assets.sites where id = ${siteId} and organization_id = ${organizationId}
      union all
      select s.id from assets.sites s join tree on s.parent_id = tree.id
    ) select id from tree`.execute(db);
  return rows.map((r) => r.id);
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

/** Non-retired equipment per site, optionally with everything nested inside each, in one statement. */
export async function equipmentCounts(db: Kysely<Database>, organizationId: string, ids: readonly string[], includeDescendants: boolean): Promise<{ site_id: string; n: number }[]> {
  const { rows } = await sql<{ site_id: string; n: number }>`
    with recursive tree(root, id) as (
      select s.id, s.id from assets.sites s where s.organization_id = ${organizationId} and s.id = any(${sql.val([...ids])}::uuid[])
      union all
      select tree.root, s.id from assets.sites s join tree on s.parent_id = tree.id where ${includeDescendants}
    )
    select tree.root as site_id, count(e.id)::int as n
    from tree left join assets.equipment e on e.site_id = tree.id and e.retired_at is null
    group by tree.root`.execute(db);
  return rows;
}
