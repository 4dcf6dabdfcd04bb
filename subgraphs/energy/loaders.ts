import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { groupLoader, perArguments, rowLoader } from '../../common/loaders.js';
import type { Database } from '../../database/database.js';
import { activeBaselinesBySeuIds, baselinesByIds, baselinesBySeuIds } from './repositories/baseline-repository.js';
import { energySourcesByIds } from './repositories/energy-source-repository.js';
import { equipmentIdsBySeuIds, seusByEnergySourceIds, seusByEquipmentIds, seusByIds, seusBySiteIds } from './repositories/seu-repository.js';
import { variablesBySourceIds } from './repositories/variable-repository.js';
import { type KpiSetOut, kpisForEach } from './services/kpi-service.js';
import { resolveEnergySource } from './services/resolve.js';

export interface EquipmentKpiArgs {
  energySource: string;
  from: Date | string;
  to: Date | string;
  offBelow: number | null;
  runningFrom: number | null;
}

export function createEnergyLoaders(db: Kysely<Database>, organizationId: string) {
  return {
    /** Equipment.kpis for a whole list of equipment, per argument set: a fixed number of statements. */
    equipmentKpis: perArguments(
      (a: EquipmentKpiArgs) =>
        new DataLoader<string, KpiSetOut>(async (ids) => {
          const source = await resolveEnergySource(db, organizationId, a.energySource);
          return kpisForEach(db, organizationId, source, ids, a.from, a.to, { offBelow: a.offBelow, runningFrom: a.runningFrom });
        }),
    ),
    energySource: rowLoader((ids: readonly string[]) => energySourcesByIds(db, organizationId, ids), (s) => s.id),
    seu: rowLoader((ids: readonly string[]) => seusByIds(db, organizationId, ids), (s) => s.id),
    sourceSeus: groupLoader((ids: readonly string[]) => seusByEnergySourceIds(db, organizationId, ids), (s) => s.energy_source_id),
    sourceVariables: groupLoader((ids: readonly string[]) => variablesBySourceIds(db, organizationId, ids), (v) => v.for_source),
    equipmentSeus: groupLoader((ids: readonly string[]) => seusByEquipmentIds(db, organizationId, ids), (s) => s.equipment_id),
    siteSeus: groupLoader((ids: readonly string[]) => seusBySiteIds(db, organizationId, ids), (s) => s.root_site_id),
    seuEquipment: groupLoader((ids: readonly string[]) => equipmentIdsBySeuIds(db, organizationId, ids), (r) => r.seu_id),
    baseline: rowLoader((ids: readonly string[]) => baselinesByIds(db, organizationId, ids), (b) => b.id),
    seuBaselines: groupLoader((ids: readonly string[]) => baselinesBySeuIds(db, organizationId, ids), (b) => b.seu_id),
    activeBaseline: rowLoader((ids: readonly string[]) => activeBaselinesBySeuIds(db, organizationId, ids), (b) => b.seu_id),
  };
}

export type EnergyLoaders = ReturnType<typeof createEnergyLoaders>;
