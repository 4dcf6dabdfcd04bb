import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { groupLoader, rowLoader } from '../../common/loaders.js';
import type { Database } from '../../database/database.js';
import type { RelationKind } from '../../database/tables/assets.table.js';
import type { EquipmentRow, RelationRow, TopologyRow } from './mappers.js';
import { countEquipment, equipmentByIds, equipmentBySiteIds } from './repositories/equipment-repository.js';
import { equipmentTypesWithCounts } from './repositories/equipment-type-repository.js';
import { organizationsByIds } from './repositories/organization-repository.js';
import { ancestorsOf, equipmentCounts, sitesByIds, sitesByParentIds } from './repositories/site-repository.js';
import { statusHistory } from './repositories/status-repository.js';
import { type Direction, relationsTouching, walk } from './repositories/topology-repository.js';

/**
 * Loaders whose batch depends on field arguments (depth, kinds, page size): one DataLoader per
 * distinct argument set, so a list asking the same thing of every item is still one statement.
 */
function keyedLoaders<A, K, V>(make: (args: A) => DataLoader<K, V>) {
  const cache = new Map<string, DataLoader<K, V>>();
  return (args: A) => {
    const key = JSON.stringify(args);
    let loader = cache.get(key);
    if (!loader) cache.set(key, (loader = make(args)));
    return loader;
  };
}

export function createAssetsLoaders(db: Kysely<Database>, organizationId: string) {
  const equipment = rowLoader((ids: readonly string[]) => equipmentByIds(db, organizationId, ids), (e: EquipmentRow) => e.id);
  return {
    organization: rowLoader((ids: readonly string[]) => organizationsByIds(db, organizationId, ids), (o) => o.id),
    organizationEquipmentCount: rowLoader((ids: readonly string[]) => countEquipment(db, ids), (r) => r.organization_id),
    site: rowLoader((ids: readonly string[]) => sitesByIds(db, organizationId, ids), (s) => s.id),
    siteAncestors: groupLoader((ids: readonly string[]) => ancestorsOf(db, organizationId, ids), (s) => s.child_id),
    siteEquipmentCount: keyedLoaders((includeDescendants: boolean) =>
      rowLoader((ids: readonly string[]) => equipmentCounts(db, organizationId, ids, includeDescendants), (r) => r.site_id),
    ),
    childSites: groupLoader((ids: readonly string[]) => sitesByParentIds(db, organizationId, ids), (s) => s.parent_id!),
    siteEquipment: groupLoader((ids: readonly string[]) => equipmentBySiteIds(db, organizationId, ids), (e) => e.site_id),
    equipment,
    equipmentType: rowLoader((ids: readonly string[]) => equipmentTypesWithCounts(db, organizationId, ids), (t) => t.id),
    /** Relations touching each id (a relation appears under both of its ends). */
    relations: new DataLoader<string, RelationRow[]>(
      async (ids) => {
        const rows = await relationsTouching(db, organizationId, ids);
        return ids.map((id) => rows.filter((r) => r.from_id === id || r.to_id === id));
      },
      { maxBatchSize: 5000 },
    ),
    statusHistory: keyedLoaders((first: number) =>
      groupLoader((ids: readonly string[]) => statusHistory(db, organizationId, ids, first), (h) => h.equipment_id),
    ),
    walk: keyedLoaders((args: { direction: Direction; maxDepth: number; kinds: RelationKind[] | null }) =>
      groupLoader(
        async (ids: readonly string[]) => {
          const rows = await walk(db, organizationId, ids, args.direction, args.maxDepth, args.kinds);
          // Reached equipment is loaded already: later `equipment`/`via` look-ups cost nothing.
          for (const r of rows) equipment.prime(r.equipment_id, r.equipment);
          return rows;
        },
        (r: TopologyRow) => r.root_id,
      ),
    ),
  };
}

export type AssetsLoaders = ReturnType<typeof createAssetsLoaders>;
