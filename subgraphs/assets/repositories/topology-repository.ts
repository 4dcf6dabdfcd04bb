import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { RelationKind } from '../../../database/tables/assets.table.js';
import type { EquipmentRow, PathRow, RelationRow, TopologyRow } from '../mappers.js';
import { EQUIPMENT_COLUMNS } from './equipment-repository.js';

export type Direction = 'upstream' | 'downstream';

/** Relations touching any of `ids`, either end. */
export function relationsTouching(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<RelationRow[]> {
  return db
    .selectFrom('assets.equipment_relations')
    .select(['from_id', 'to_id', 'kind'])
    .where('organization_id', '=', organizationId)
    .where((eb) => eb.or([eb('from_id', '=', eb.fn.any(eb.val([...ids]))), eb('to_id', '=', eb.fn.any(eb.val([...ids])))]))
    .orderBy('kind')
    .orderBy('from_id')
    .orderBy('to_id')
    .execute();
}

const kindCondition = (alias: string, kinds: readonly RelationKind[] | null) =>
  kinds?.length ? sql`and ${sql.ref(`${alias}.kind`)} = any(${sql.val([...kinds])}::text[])` : sql``;

/**
 * Walks relations from many roots at once in one recursive statement. Downstream follows
 * from → to, upstream to → from. Each branch carries the ids it visited, so a loop ends its
 * branch instead of the query; each reached piece of equipment is kept once, at its shortest
 * distance, together with its row (non-retired only) so the caller needs no second look-up.
 */
export async function walk(
  db: Kysely<Database>,
  organizationId: string,
  rootIds: readonly string[],
  direction: Direction,
  maxDepth: number,
  kinds: readonly RelationKind[] | null,
): Promise<(TopologyRow & { equipment: EquipmentRow })[]> {
  const [near, far] = direction === 'downstream' ? ['from_id', 'to_id'] : ['to_id', 'from_id'];
  const nearRef = (a: string) => sql.ref(`${a}.${near}`);
  const farRef = (a: string) => sql.ref(`${a}.${far}`);
  const cols = sql.join(EQUIPMENT_COLUMNS.map((c) => sql.ref(`e.${c}`)));
  const { rows } = await sql<TopologyRow & Record<string, unknown>>`
    with recursive walk(root_id, equipment_id, via_id, kind, depth, visited) as (
      select ${nearRef('r')}, ${farRef('r')}, ${nearRef('r')}, r.kind, 1, array[${nearRef('r')}, ${farRef('r')}]
      from assets.equipment_relations r
      where r.organization_id = ${organizationId} and ${nearRef('r')} = any(${sql.val([...rootIds])}::uuid[]) ${kindCondition('r', kinds)}
      union all
      select w.root_id, ${farRef('r')}, ${nearRef('r')}, r.kind, w.depth + 1, w.visited || ${farRef('r')}
      from walk w
      join assets.equipment_relations r on ${nearRef('r')} = w.equipment_id and r.organization_id = ${organizationId}
      where w.depth < ${maxDepth} and not ${farRef('r')} = any(w.visited) ${kindCondition('r', kinds)}
    ),
    nearest as (
      select distinct on (root_id, equipment_id) root_id, equipment_id, via_id, kind, depth
      from walk
      where equipment_id <> root_id
      order by root_id, equipment_id, depth, via_id, kind
    )
    select n.root_id, n.equipment_id, n.via_id, n.kind, n.depth, ${cols}
    from nearest n join assets.equipment e on e.id = n.equipment_id and e.retired_at is null
    order by n.root_id, n.depth, e.code`.execute(db);
  return rows.map((r) => {
    const { root_id, equipment_id, via_id, kind, depth, ...e } = r;
    return { root_id, equipment_id, via_id, kind, depth: Number(depth), equipment: e as unknown as EquipmentRow };
  });
}

/**
 * Shortest directed path from `fromId` to `toId`, or failing that from `toId` to `fromId`, in
 * one statement: both walks run side by side and stop at the target or at `maxDepth`.
 */
export async function shortestPath(
  db: Kysely<Database>,
  organizationId: string,
  fromId: string,
  toId: string,
  maxDepth: number,
  kinds: readonly RelationKind[] | null,
): Promise<PathRow | null> {
  const { rows } = await sql<{ forward: boolean; ids: string[]; kinds: RelationKind[] }>`
    with recursive walk(forward, target, node, depth, ids, kinds) as (
      select true, ${toId}::uuid, ${fromId}::uuid, 0, array[${fromId}::uuid], array[]::text[]
      union all
      select false, ${fromId}::uuid, ${toId}::uuid, 0, array[${toId}::uuid], array[]::text[]
      union all
      select w.forward, w.target, r.to_id, w.depth + 1, w.ids || r.to_id, w.kinds || r.kind
      from walk w
      join assets.equipment_relations r on r.from_id = w.node and r.organization_id = ${organizationId}
      where w.depth < ${maxDepth} and w.node <> w.target and not r.to_id = any(w.ids) ${kindCondition('r', kinds)}
    )
    select forward, ids::text[] as ids, kinds from walk
    where node = target and depth > 0
    order by depth, forward desc, ids::text
    limit 1`.execute(db);
  const row = rows[0];
  if (!row) return null;
  const relations = row.kinds.map((kind, i) => ({ from_id: row.ids[i], to_id: row.ids[i + 1], kind }));
  return { forward: row.forward, ids: row.ids, relations };
}
