// EnPI reports (ISO 50006): the active baseline applied to the reporting period's actual
// variable values gives the expected consumption; actual against expected gives deviation,
// CUSUM (running Σ actual − expected), SEnPI (actual / expected) and savings.
import type { Kysely } from 'kysely';
import { NotFoundError } from '../../../common/errors.js';
import { checkUuid } from '../../../common/validate.js';
import type { Database } from '../../../database/database.js';
import type { Baseline, EnergySource, Seu } from '../../../database/tables/energy.table.js';
import type { Granularity } from '../regression/validity.js';
import { activeBaselinesBySeuIds, baselinesByIds } from '../repositories/baseline-repository.js';
import { loadDataset, statisticsOf } from './baseline-service.js';
import { granularityOf, type Period, resolvePeriod, resolveSeu, spokenSource } from './resolve.js';

export interface EnpiRowOut {
  periodStart: string;
  periodEnd: string;
  actual: number;
  expected: number;
  deviation: number;
  deviationPercent: number;
  cusum: number;
  senpi: number;
  cumulativeImprovementPercent: number;
  variables: Record<string, number>;
}

export interface EnpiTotalsOut {
  actual: number;
  expected: number;
  deviation: number;
  deviationPercent: number;
  senpi: number;
  improvementPercent: number;
  cusum: number;
  savings: number;
  costSavings: number;
  currency: string;
  co2SavingsKg: number;
}

export interface EnpiReportOut {
  seu: Seu;
  source: EnergySource;
  baseline: Baseline;
  periodStart: string;
  periodEnd: string;
  granularity: Granularity;
  unit: string;
  rows: EnpiRowOut[];
  totals: EnpiTotalsOut;
  warnings: string[];
}

export async function enpiReportFor(
  db: Kysely<Database>,
  organizationId: string,
  seu: Seu,
  source: EnergySource,
  baseline: Baseline,
  period: Period,
  granularity: Granularity,
): Promise<EnpiReportOut> {
  const stats = statisticsOf(baseline);
  const defs = stats.variableDefs;
  const { build } = await loadDataset(db, organizationId, seu, source, defs, period, granularity, baseline.exclude_backfill);
  const ds = build({});
  if (ds.rows.length === 0) {
    throw new NotFoundError(`There is no complete ${spokenSource(source)} data for ${seu.name} between ${period.from} and ${period.to}.`, { argument: 'period', reason: 'no_data' });
  }
  const coef = baseline.coefficients as Record<string, number>;
  const warnings: string[] = [];
  const rows: EnpiRowOut[] = [];
  let sumA = 0;
  let sumE = 0;
  const outside = new Map<string, number>();
  const perRowDays = baseline.granularity === 'day';
  for (const r of ds.rows) {
    // A daily model applied to a week or month is summed over its days: the intercept and every
    // averaged variable (mean × days = Σ daily means) scale by the days; summed ones already are.
    let expected = baseline.intercept * (perRowDays ? r.days : 1);
    for (const d of defs) {
      const averaged = d.kind === 'metric' && d.aggregation !== 'SUM';
      expected += (coef[d.name] ?? 0) * r.x[d.name] * (perRowDays && averaged ? r.days : 1);
    }
    const deviation = r.y - expected;
    sumA += r.y;
    sumE += expected;
    rows.push({
      periodStart: r.start,
      periodEnd: r.end,
      actual: r.y,
      expected,
      deviation,
      deviationPercent: (deviation / expected) * 100,
      cusum: sumA - sumE,
      senpi: r.y / expected,
      cumulativeImprovementPercent: (1 - sumA / sumE) * 100,
      variables: r.x,
    });
    if (granularity === baseline.granularity) {
      for (const range of stats.variableRanges) {
        const x = r.x[range.variable];
        const span = range.max - range.min;
        if (x < range.min - 0.05 * span || x > range.max + 0.05 * span) outside.set(range.variable, (outside.get(range.variable) ?? 0) + 1);
      }
    }
  }
  for (const [v, n] of outside) warnings.push(`${v} is outside its baseline range on ${n} of ${rows.length} rows: expected values there are extrapolated`);
  if (!baseline.valid) warnings.push('the baseline does not pass the DOE EnPI validity rules; treat these figures with care');
  if (ds.missingDays > 0) warnings.push(`${ds.missingDays} days of the period have no consumption data`);
  if (granularity !== baseline.granularity && baseline.granularity !== 'day') warnings.push(`the baseline was fitted on ${baseline.granularity}ly rows; apply it at that granularity`);
  const savings = sumE - sumA;
  return {
    seu,
    source,
    baseline,
    periodStart: period.from,
    periodEnd: period.to,
    granularity,
    unit: source.unit,
    rows,
    totals: {
      actual: sumA,
      expected: sumE,
      deviation: sumA - sumE,
      deviationPercent: ((sumA - sumE) / sumE) * 100,
      senpi: sumA / sumE,
      improvementPercent: (1 - sumA / sumE) * 100,
      cusum: sumA - sumE,
      savings,
      costSavings: savings * source.cost_per_unit,
      currency: source.currency,
      co2SavingsKg: savings * source.carbon_intensity,
    },
    warnings,
  };
}

export async function enpiReport(
  db: Kysely<Database>,
  organizationId: string,
  input: {
    seuId?: string | null;
    seuName?: string | null;
    energySource?: string | null;
    baselineId?: string | null;
    period: { year?: number | null; start?: string | null; end?: string | null };
    granularity?: Granularity | null;
  },
): Promise<EnpiReportOut> {
  const period = resolvePeriod(input.period);
  const { seu, source } = await resolveSeu(db, organizationId, input);
  let baseline: Baseline | undefined;
  if (input.baselineId) {
    [baseline] = await baselinesByIds(db, organizationId, [checkUuid(input.baselineId, 'baselineId')]);
    if (!baseline || baseline.seu_id !== seu.id) throw new NotFoundError(`Baseline '${input.baselineId}' is not one of ${seu.name}'s.`, { argument: 'baselineId' });
  } else {
    [baseline] = await activeBaselinesBySeuIds(db, organizationId, [seu.id]);
    if (!baseline) throw new NotFoundError(`${seu.name} ${spokenSource(source)} has no active baseline yet. Train one first.`, { argument: 'seuId', reason: 'no_baseline' });
  }
  return enpiReportFor(db, organizationId, seu, source, baseline, period, granularityOf(input.granularity, 'month'));
}
