import { checkUuid, isUuid, required } from '../../common/validate.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { listEnergySources } from './repositories/energy-source-repository.js';
import { listSeus } from './repositories/seu-repository.js';

export const resolvers: Resolvers = {
  Query: {
    energySources: (_p, _a, ctx) => listEnergySources(ctx.db, ctx.organizationId),
    energySource: (_p, { id }, ctx) => ctx.loaders.energySource.load(checkUuid(id, 'id')),
    seus: (_p, { energySourceId }, ctx) => listSeus(ctx.db, ctx.organizationId, energySourceId ? checkUuid(energySourceId, 'energySourceId') : undefined),
  },
  EnergySource: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.energySource.load(ref.id) : null),
    displayName: (s) => s.display_name,
    unitSpoken: (s) => s.unit_spoken,
    costPerUnit: (s) => s.cost_per_unit,
    carbonIntensity: (s) => s.carbon_intensity,
    consumptionMetric: (s) => s.consumption_metric,
    seus: (s, _a, ctx) => ctx.loaders.sourceSeus.load(s.id),
  },
  Seu: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.seu.load(ref.id) : null),
    energySource: async (s, _a, ctx) => required(await ctx.loaders.energySource.load(s.energy_source_id), `energy source of SEU ${s.name}`),
    equipment: async (s, _a, ctx) => (await ctx.loaders.seuEquipment.load(s.id)).map((r) => ({ id: r.equipment_id })),
  },
  Equipment: {
    __resolveReference: (ref) => ({ id: ref.id }),
    seus: (e, _a, ctx) => ctx.loaders.equipmentSeus.load(e.id),
  },
};
