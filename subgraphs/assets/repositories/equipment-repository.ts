import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { Equipment, EquipmentCategory, EquipmentStatus } from '../../../database/tables/assets.table.js';

export interface EquipmentFilterInput {
  siteId?: string | null;
  typeIds?: readonly string[] | null;
  categories?: readonly EquipmentCategory[] | null;
  codePrefix?: string | null;
  statuses?: readonly EquipmentStatus[] | null;
}

/** The separator- and case-free form the `lookup_key` column holds. */
export function lookupKey(code: string): string {
  return code.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
}

export function equipmentByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<Equipment[]> {
  return db
    .selectFrom('assets.equipment')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
}

/** Exact code first, then the forgiving key; several matches on the key pick the shortest code. */
export async function equipmentByCode(db: Kysely<Database>, organizationId: string, code: string): Promise<Equipment | undefined> {
  return db
    .selectFrom('assets.equipment')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where((eb) => eb.or([eb(sql`lower(code)`, '=', code.toLowerCase()), eb('lookup_key', '=', lookupKey(code))]))
    .orderBy(sql`lower(code) = ${code.toLowerCase()}`, 'desc')
    .orderBy(sql`length(code)`)
    .limit(1)
    .executeTakeFirst();
}

export function equipmentBySiteIds(db: Kysely<Database>, organizationId: string, siteIds: readonly string[]): Promise<Equipment[]> {
  return db
    .selectFrom('assets.equipment')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('retired_at', 'is', null)
    .where('site_id', '=', (eb) => eb.fn.any(eb.val([...siteIds])))
    .orderBy('code')
    .execute();
}

export interface EquipmentPageQuery {
  filter: EquipmentFilterInput;
  first: number;
  after?: [string, string];
}

/**
 * One statement for a page and the filter's total: the filtered set is a CTE that both the page
 * (keyset after the cursor, one extra row to learn whether more follow) and the count read.
 */
export async function listEquipmentPage(
  db: Kysely<Database>,
  organizationId: string,
  { filter, first, after }: EquipmentPageQuery,
): Promise<{ rows: Equipment[]; totalCount: number; hasNextPage: boolean }> {
  const rows = await db
    .with('filtered', (qc) => {
      let q = qc.selectFrom('assets.equipment as e').selectAll('e').where('e.organization_id', '=', organizationId).where('e.retired_at', 'is', null);
      if (filter.siteId) {
        // The site and every site nested inside it, however deep.
        q = q.where(
          'e.site_id',
          'in',
          sql<string>`(with recursive tree(id) as (
            select id from assets.sites where id = ${filter.siteId} and organization_id = ${organizationId}
            union all
            select s.id from assets.sites s join tree on s.parent_id = tree.id
          ) select id from tree)`,
        );
      }
      if (filter.typeIds?.length) q = q.where('e.type_id', '=', (eb) => eb.fn.any(eb.val([...filter.typeIds!])));
      if (filter.categories?.length) {
        q = q.where('e.type_id', 'in', (sq) => sq.selectFrom('assets.equipment_types').select('id').where('category', '=', (eb) => eb.fn.any(eb.val([...filter.categories!]))));
      }
      if (filter.codePrefix) q = q.where(sql`lower(e.code)`, 'like', `${filter.codePrefix.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`);
      if (filter.statuses?.length) q = q.where('e.status', '=', (eb) => eb.fn.any(eb.val([...filter.statuses!])));
      return q;
    })
    // The count row always exists; the page joins onto it, so a page past the end still
    // carries the total.
    .selectFrom((eb) => eb.selectFrom('filtered').select(eb.fn.countAll<number>().as('total_count')).as('t'))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('filtered')
          .selectAll('filtered')
          .$if(!!after, (q) => q.where(sql<boolean>`(filtered.code, filtered.id) > (${after?.[0]}, ${after?.[1]}::uuid)`))
          .orderBy('filtered.code')
          .orderBy('filtered.id')
          .limit(first + 1)
          .as('p'),
      (join) => join.onTrue(),
    )
    .selectAll('p')
    .select('t.total_count')
    .execute();
  const totalCount = Number(rows[0]?.total_count ?? 0);
  const page = rows.filter((r) => r.id !== null) as unknown as (Equipment & { total_count: number })[];
  const hasNextPage = page.length > first;
  return { rows: page.slice(0, first).map(({ total_count: _t, ...e }) => e as Equipment), totalCount, hasNextPage };
}
