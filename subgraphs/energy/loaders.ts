import type { Kysely } from 'kysely';
import { groupLoader, rowLoader } from '../../common/loaders.js';
import type { Database } from '../../database/database.js';
import { energySourcesByIds } from './repositories/energy-source-repository.js';
import { equipmentIdsBySeuIds, seusByEnergySourceIds, seusByEquipmentIds, seusByIds } from './repositories/seu-repository.js';

export function createEnergyLoaders(db: Kysely<Database>, organizationId: string) {
  return {
    energySource: rowLoader((ids: readonly string[]) => energySourcesByIds(db, organizationId, ids), (s) => s.id),
    seu: rowLoader((ids: readonly string[]) => seusByIds(db, organizationId, ids), (s) => s.id),
    sourceSeus: groupLoader((ids: readonly string[]) => seusByEnergySourceIds(db, organizationId, ids), (s) => s.energy_source_id),
    equipmentSeus: groupLoader((ids: readonly string[]) => seusByEquipmentIds(db, organizationId, ids), (s) => s.equipment_id),
    seuEquipment: groupLoader((ids: readonly string[]) => equipmentIdsBySeuIds(db, organizationId, ids), (r) => r.seu_id),
  };
}

export type EnergyLoaders = ReturnType<typeof createEnergyLoaders>;
