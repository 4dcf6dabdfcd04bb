import type { Kysely } from 'kysely';
import { groupLoader, rowLoader } from '../../common/loaders.js';
import type { Database } from '../../database/database.js';
import { equipmentByIds, equipmentBySiteIds } from './repositories/equipment-repository.js';
import { equipmentTypesWithCounts } from './repositories/equipment-type-repository.js';
import { organizationsByIds } from './repositories/organization-repository.js';
import { sitesByIds, sitesByParentIds } from './repositories/site-repository.js';

export function createAssetsLoaders(db: Kysely<Database>, organizationId: string) {
  return {
    organization: rowLoader((ids: readonly string[]) => organizationsByIds(db, organizationId, ids), (o) => o.id),
    site: rowLoader((ids: readonly string[]) => sitesByIds(db, organizationId, ids), (s) => s.id),
    childSites: groupLoader((ids: readonly string[]) => sitesByParentIds(db, organizationId, ids), (s) => s.parent_id!),
    siteEquipment: groupLoader((ids: readonly string[]) => equipmentBySiteIds(db, organizationId, ids), (e) => e.site_id),
    equipment: rowLoader((ids: readonly string[]) => equipmentByIds(db, organizationId, ids), (e) => e.id),
    equipmentType: rowLoader((ids: readonly string[]) => equipmentTypesWithCounts(db, organizationId, ids), (t) => t.id),
  };
}

export type AssetsLoaders = ReturnType<typeof createAssetsLoaders>;
