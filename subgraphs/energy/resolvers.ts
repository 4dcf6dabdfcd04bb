import { checkUuid, isUuid, required } from '../../common/validate.js';
import type { Baseline } from '../../database/tables/energy.table.js';
import type { EnergyContext } from './context.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { listEnergySources } from './repositories/energy-source-repository.js';
import { listSeus } from './repositories/seu-repository.js';
import { variablesForSource } from './repositories/variable-repository.js';
import { activateBaselineRow } from './repositories/baseline-repository.js';
import { NotFoundError } from '../../common/errors.js';
import { autoSelectBaseline, type RankedModel, statisticsOf, trainBaseline } from './services/baseline-service.js';
import * as catalog from './services/catalog-service.js';
import { enpiReport, enpiReportFor } from './services/enpi-service.js';
import { kpisFor } from './services/kpi-service.js';
import { granularityOf, resolveEnergySource, resolvePeriod, resolveSeu } from './services/resolve.js';
import { factorySummary, siteEnpi, siteKpis } from './services/site-service.js';
import { hasAnyRole } from '../../common/identity.js';
import { voiceCommand, voicePerformance, voiceSources, voiceTrain, voiceVariables } from './voice/voice-service.js';
import { DomainError } from '../../common/errors.js';

/** One transaction per mutation: a rejected one writes nothing. */
function tx<T>(ctx: EnergyContext, fn: (db: EnergyContext['db']) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(fn);
}

/** null instead of NOT_FOUND for lookups by name that may simply not match. */
async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

const stats = (b: Baseline) => statisticsOf(b);
const modelStats = (m: RankedModel) =>
  m.fit && {
    n: m.fit.n,
    parameters: m.fit.parameters,
    degreesOfFreedom: m.fit.degreesOfFreedom,
    rSquared: m.fit.rSquared,
    adjustedRSquared: m.fit.adjustedRSquared,
    rmse: m.fit.rmse,
    cvRmse: m.fit.cvRmse,
    nmbe: m.fit.nmbe,
    mae: m.fit.mae,
    f: m.fit.f,
    fPValue: m.fit.fP,
  };

export const resolvers: Resolvers = {
  Query: {
    energySources: (_p, _a, ctx) => listEnergySources(ctx.db, ctx.organizationId),
    energySource: (_p, { id }, ctx) => ctx.loaders.energySource.load(checkUuid(id, 'id')),
    energySourceByName: (_p, { name }, ctx) => orNull(resolveEnergySource(ctx.db, ctx.organizationId, name)),
    seus: (_p, { energySourceId }, ctx) => listSeus(ctx.db, ctx.organizationId, energySourceId ? checkUuid(energySourceId, 'energySourceId') : undefined),
    seu: (_p, { id }, ctx) => ctx.loaders.seu.load(checkUuid(id, 'id')),
    seuByName: async (_p, { name, energySource }, ctx) => (await orNull(resolveSeu(ctx.db, ctx.organizationId, { seuName: name, energySource })))?.seu ?? null,
    relevantVariables: async (_p, { energySource }, ctx) => {
      const source = energySource ? await resolveEnergySource(ctx.db, ctx.organizationId, energySource) : null;
      return variablesForSource(ctx.db, ctx.organizationId, source?.id ?? null);
    },
    baseline: (_p, { id }, ctx) => ctx.loaders.baseline.load(checkUuid(id, 'id')),
    enpiReport: (_p, { input }, ctx) => enpiReport(ctx.db, ctx.organizationId, input),
  },
  Mutation: {
    createEnergySource: (_p, { input }, ctx) => tx(ctx, (db) => catalog.createEnergySource(db, ctx.organizationId, input)),
    updateEnergySource: (_p, { id, input }, ctx) => tx(ctx, (db) => catalog.updateEnergySource(db, ctx.organizationId, id, input)),
    createSeu: (_p, { input }, ctx) => tx(ctx, (db) => catalog.createSeu(db, ctx.organizationId, input)),
    updateSeu: (_p, { id, input }, ctx) => tx(ctx, (db) => catalog.updateSeu(db, ctx.organizationId, id, input)),
    deleteSeu: (_p, { id }, ctx) => tx(ctx, (db) => catalog.deleteSeu(db, ctx.organizationId, id)),
    createRelevantVariable: (_p, { input }, ctx) => tx(ctx, (db) => catalog.createRelevantVariable(db, ctx.organizationId, input)),
    updateRelevantVariable: (_p, { id, input }, ctx) => tx(ctx, (db) => catalog.updateRelevantVariable(db, ctx.organizationId, id, input)),
    deleteRelevantVariable: (_p, { id }, ctx) => tx(ctx, (db) => catalog.deleteRelevantVariable(db, ctx.organizationId, id)),
    trainBaseline: (_p, { input }, ctx) => tx(ctx, async (db) => (await trainBaseline(db, ctx.organizationId, { ...input, trainedBy: 'api' })).baseline),
    autoSelectBaseline: (_p, { input }, ctx) => tx(ctx, (db) => autoSelectBaseline(db, ctx.organizationId, { ...input, trainedBy: 'autoSelect' })),
    activateBaseline: (_p, { id }, ctx) =>
      tx(ctx, async (db) => {
        const b = await activateBaselineRow(db, ctx.organizationId, checkUuid(id, 'id'));
        if (!b) throw new NotFoundError(`No baseline has the id '${id}'.`, { argument: 'id' });
        return b;
      }),
    voiceTrainBaseline: (_p, { input }, ctx) => tx(ctx, (db) => voiceTrain(db, ctx.organizationId, input)),
    voiceListVariables: (_p, { energySource }, ctx) => voiceVariables(ctx.db, ctx.organizationId, energySource),
    voiceListEnergySources: (_p, _a, ctx) => voiceSources(ctx.db, ctx.organizationId),
    voiceSeuPerformance: (_p, { input }, ctx) => voicePerformance(ctx.db, ctx.organizationId, input),
    voiceCommand: (_p, { utterance }, ctx) => tx(ctx, (db) => voiceCommand(db, ctx.organizationId, utterance, hasAnyRole(ctx.identity, ['engineer']))),
  },
  Granularity: { DAY: 'day', WEEK: 'week', MONTH: 'month' },
  VariableKind: { METRIC: 'metric', HDD: 'hdd', CDD: 'cdd', OPERATING_HOURS: 'operating_hours', WORKING_DAY: 'working_day' },
  VariableScope: { EQUIPMENT: 'equipment', SITE: 'site' },
  EnergySource: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.energySource.load(ref.id) : null),
    displayName: (s) => s.display_name,
    unitSpoken: (s) => s.unit_spoken,
    costPerUnit: (s) => s.cost_per_unit,
    carbonIntensity: (s) => s.carbon_intensity,
    consumptionMetric: (s) => s.consumption_metric,
    seus: (s, _a, ctx) => ctx.loaders.sourceSeus.load(s.id),
    relevantVariables: async (s, _a, ctx) => {
      const all = await ctx.loaders.sourceVariables.load(s.id);
      const byName = new Map<string, (typeof all)[number]>();
      for (const v of all) if (!byName.has(v.name) || v.energy_source_id) byName.set(v.name, v);
      return [...byName.values()];
    },
  },
  Seu: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.seu.load(ref.id) : null),
    energySource: async (s, _a, ctx) => required(await ctx.loaders.energySource.load(s.energy_source_id), `energy source of SEU ${s.name}`),
    equipment: async (s, _a, ctx) => (await ctx.loaders.seuEquipment.load(s.id)).map((r) => ({ id: r.equipment_id })),
    activeBaseline: (s, _a, ctx) => ctx.loaders.activeBaseline.load(s.id),
    baselines: (s, _a, ctx) => ctx.loaders.seuBaselines.load(s.id),
    kpis: async (s, { from, to, offBelow, runningFrom }, ctx) => {
      const source = required(await ctx.loaders.energySource.load(s.energy_source_id), `energy source of SEU ${s.name}`);
      const eq = (await ctx.loaders.seuEquipment.load(s.id)).map((r) => r.equipment_id);
      return kpisFor(ctx.db, ctx.organizationId, source, eq, from, to, { offBelow, runningFrom });
    },
  },
  Equipment: {
    __resolveReference: (ref) => ({ id: ref.id }),
    seus: (e, _a, ctx) => ctx.loaders.equipmentSeus.load(e.id),
    kpis: (e, { from, to, energySource, offBelow, runningFrom }, ctx) =>
      ctx.loaders.equipmentKpis({ energySource: energySource ?? 'electricity', from, to, offBelow: offBelow ?? null, runningFrom: runningFrom ?? null }).load(checkUuid(e.id, 'id')),
  },
  Site: {
    __resolveReference: (ref) => ({ id: ref.id }),
    seus: (s, _a, ctx) => (isUuid(s.id) ? ctx.loaders.siteSeus.load(s.id) : []),
    enpi: async (s, { period, granularity }, ctx) => siteEnpi(ctx.db, ctx.organizationId, isUuid(s.id) ? await ctx.loaders.siteSeus.load(s.id) : [], period, granularity ?? 'month'),
    kpis: async (s, { from, to, energySource }, ctx) => {
      const source = await resolveEnergySource(ctx.db, ctx.organizationId, energySource ?? 'electricity');
      return siteKpis(ctx.db, ctx.organizationId, checkUuid(s.id, 'id'), source, from, to);
    },
    energySummary: (s, { from, to }, ctx) => factorySummary(ctx.db, ctx.organizationId, checkUuid(s.id, 'id'), from, to),
  },
  RelevantVariable: {
    displayName: (v) => v.display_name,
    energySource: (v, _a, ctx) => (v.energy_source_id ? ctx.loaders.energySource.load(v.energy_source_id) : null),
    baseTemperature: (v) => v.base_temperature,
  },
  Baseline: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.baseline.load(ref.id) : null),
    seu: async (b, _a, ctx) => required(await ctx.loaders.seu.load(b.seu_id), `SEU of baseline ${b.id}`),
    variables: (b) => b.variable_names,
    periodStart: (b) => isoDate(b.period_start),
    periodEnd: (b) => isoDate(b.period_end),
    excludeBackfill: (b) => b.exclude_backfill,
    intercept: (b) => stats(b).intercept,
    coefficients: (b) => stats(b).coefficients,
    statistics: (b) => stats(b),
    validity: (b) => stats(b).validity,
    warnings: (b) => stats(b).warnings,
    balancePoints: (b) => stats(b).balancePoints,
    variableRanges: (b) => stats(b).variableRanges,
    trainedBy: (b) => b.trained_by,
    enpi: async (b, { period, granularity }, ctx) => {
      const seu = required(await ctx.loaders.seu.load(b.seu_id), `SEU of baseline ${b.id}`);
      const source = required(await ctx.loaders.energySource.load(seu.energy_source_id), `energy source of SEU ${seu.name}`);
      return enpiReportFor(ctx.db, ctx.organizationId, seu, source, b, resolvePeriod(period), granularityOf(granularity, 'month'));
    },
    createdAt: (b) => b.created_at,
  },
  BaselineModel: {
    intercept: (m) => m.fit?.intercept ?? null,
    coefficients: (m) => m.fit?.coefficients ?? [],
    statistics: (m) => modelStats(m) || null,
    valid: (m) => m.validity?.doeValid ?? false,
    warnings: (m) => m.validity?.warnings ?? [],
  },
  AutoSelectResult: {
    count: (r) => r.models.length,
    best: (r) => r.models[0] ?? null,
  },
  EnpiReport: {
    seu: (r) => r.seu,
  },
  EnpiSourceRollup: {
    energySource: (r) => r.source,
  },
  KpiSet: {
    energySource: (k) => k.source,
  },
};

function isoDate(d: unknown): string {
  return d instanceof Date ? d.toISOString().slice(0, 10) : String(d);
}
