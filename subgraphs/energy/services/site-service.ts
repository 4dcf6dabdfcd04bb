// Site roll-ups: EnPI of every SEU at a site with an active baseline, summed per energy source,
// and the factory summary (KPIs of every energy source metered there).
import type { Kysely } from 'kysely';
import { DomainError } from '../../../common/errors.js';
import type { Database } from '../../../database/database.js';
import type { EnergySource, Seu } from '../../../database/tables/energy.table.js';
import type { EnpiSourceRollupRow, FactorySummaryRow, SiteEnpiReportRow } from '../mappers.js';
import type { Granularity } from '../regression/validity.js';
import { activeBaselinesBySeuIds } from '../repositories/baseline-repository.js';
import { listEnergySources } from '../repositories/energy-source-repository.js';
import { equipmentUnderSite, metricsOnEquipment } from '../repositories/readings-data-repository.js';
import { enpiReportFor, type EnpiReportOut } from './enpi-service.js';
import { checkRange, kpisFor } from './kpi-service.js';
import { granularityOf, resolvePeriod } from './resolve.js';

export async function siteEnpi(
  db: Kysely<Database>,
  organizationId: string,
  seus: Seu[],
  periodInput: { year?: number | null; start?: string | null; end?: string | null },
  granularity: Granularity,
): Promise<SiteEnpiReportRow> {
  const period = resolvePeriod(periodInput);
  granularity = granularityOf(granularity, 'month');
  const sources = new Map((await listEnergySources(db, organizationId)).map((s) => [s.id, s]));
  const active = new Map((await activeBaselinesBySeuIds(db, organizationId, seus.map((s) => s.id))).map((b) => [b.seu_id, b]));
  const reports: EnpiReportOut[] = [];
  const skipped: string[] = [];
  for (const seu of seus) {
    const b = active.get(seu.id);
    if (!b) {
      skipped.push(`${seu.name}: no active baseline`);
      continue;
    }
    try {
      reports.push(await enpiReportFor(db, organizationId, seu, sources.get(seu.energy_source_id)!, b, period, granularity));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      skipped.push(`${seu.name}: ${e.message}`);
    }
  }
  const bySource = new Map<string, EnpiSourceRollupRow>();
  for (const r of reports) {
    const row = bySource.get(r.source.id) ?? { source: r.source, actual: 0, expected: 0, savings: 0, improvementPercent: 0, costSavings: 0, co2SavingsKg: 0 };
    row.actual += r.totals.actual;
    row.expected += r.totals.expected;
    row.savings += r.totals.savings;
    row.costSavings += r.totals.costSavings;
    row.co2SavingsKg += r.totals.co2SavingsKg;
    row.improvementPercent = (1 - row.actual / row.expected) * 100;
    bySource.set(r.source.id, row);
  }
  const rollups = [...bySource.values()];
  return {
    seus: reports,
    bySource: rollups,
    costSavings: rollups.reduce((s, r) => s + r.costSavings, 0),
    currency: rollups[0]?.source.currency ?? 'USD',
    co2SavingsKg: rollups.reduce((s, r) => s + r.co2SavingsKg, 0),
    skipped,
  };
}

export async function siteKpis(db: Kysely<Database>, organizationId: string, siteId: string, source: EnergySource, from: Date | string, to: Date | string) {
  const eq = await equipmentUnderSite(db, organizationId, siteId);
  return kpisFor(db, organizationId, source, eq, from, to);
}

export async function factorySummary(db: Kysely<Database>, organizationId: string, siteId: string, from: Date | string, to: Date | string): Promise<FactorySummaryRow> {
  const range = checkRange(from, to);
  const eq = await equipmentUnderSite(db, organizationId, siteId);
  const all = await listEnergySources(db, organizationId);
  const metered = new Set(eq.length ? await metricsOnEquipment(db, organizationId, eq, all.map((s) => s.consumption_metric)) : []);
  const sources = [];
  for (const s of all) if (metered.has(s.consumption_metric)) sources.push(await kpisFor(db, organizationId, s, eq, range.from, range.to));
  return {
    from: range.from,
    to: range.to,
    equipmentCount: eq.length,
    sources,
    totalCost: sources.reduce((t, k) => t + k.cost, 0),
    currency: sources[0]?.currency ?? 'USD',
    totalCarbonKg: sources.reduce((t, k) => t + k.carbonKg, 0),
  };
}
