// Baseline training and model selection. Data for a training is read ONCE (one statement,
// loadDailyParts); every model (one, or 2^k − 1 subsets, or one per balance-point candidate)
// is fitted in memory on it by the pure regression module.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { BadInputError, LimitExceededError, NotFoundError } from '../../../common/errors.js';
import type { Database } from '../../../database/database.js';
import type { Baseline, EnergySource, Seu } from '../../../database/tables/energy.table.js';
import { balancePointCandidates, DEFAULT_BASE_C } from '../regression/degree-days.js';
import { type Coefficient, fitOls, type OlsFit, RegressionError } from '../regression/ols.js';
import { allSubsets, type CandidateModel, MAX_CANDIDATES } from '../regression/subsets.js';
import { assessValidity, DOE_RULES, type Granularity, type Validity } from '../regression/validity.js';
import { insertBaseline } from '../repositories/baseline-repository.js';
import { loadDailyParts } from '../repositories/readings-data-repository.js';
import { equipmentIdsBySeuIds } from '../repositories/seu-repository.js';
import { variablesForSource } from '../repositories/variable-repository.js';
import { buildDataset, type Dataset, needsOf, type VariableDef } from './dataset.js';
import { granularityOf, type Period, resolvePeriod, resolveSeu, resolveVariables, spokenSource, toDef } from './resolve.js';

/** What `energy.baselines.statistics` holds. */
export interface BaselineStatistics {
  n: number;
  parameters: number;
  degreesOfFreedom: number;
  rSquared: number;
  adjustedRSquared: number;
  rmse: number;
  cvRmse: number;
  nmbe: number;
  mae: number;
  f: number;
  fPValue: number;
  intercept: Coefficient;
  coefficients: Coefficient[];
  validity: Validity;
  warnings: string[];
  balancePoints: { variable: string; baseTemperature: number; searched: boolean }[];
  variableRanges: { variable: string; min: number; max: number; mean: number }[];
  /** Definitions as trained, so reports apply the same ones whatever the registry says later. */
  variableDefs: VariableDef[];
  consumptionMetric: string;
  unit: string;
}

export function statisticsOf(b: Baseline): BaselineStatistics {
  return b.statistics as unknown as BaselineStatistics;
}

export interface TrainRequest {
  seuId?: string | null;
  seuName?: string | null;
  energySource?: string | null;
  variables: readonly string[];
  period: { year?: number | null; start?: string | null; end?: string | null };
  granularity?: Granularity | null;
  excludeBackfill?: boolean | null;
  searchBalancePoint?: boolean | null;
  activate?: boolean | null;
  trainedBy?: string;
}

export interface FittedModel {
  defs: VariableDef[];
  fit: OlsFit;
  validity: Validity;
  warnings: string[];
  bases: Record<string, number>;
  searched: Set<string>;
  dataset: Dataset;
}

const num = (x: number) => {
  if (x === 0) return '0';
  const digits = Math.abs(x) >= 1000 ? 1 : Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x))));
  return x.toFixed(Math.min(digits, 8));
};

export function formulaText(metric: string, intercept: number, coefficients: readonly { name: string; value: number }[]): string {
  let s = `${metric} = ${num(intercept)}`;
  for (const c of coefficients) s += ` ${c.value < 0 ? '−' : '+'} ${num(Math.abs(c.value))} × ${c.name}`;
  return s;
}

export class TrainingDataError extends BadInputError {}

/** Loads the data of a training or report: one statement. */
export async function loadDataset(
  db: Kysely<Database>,
  organizationId: string,
  seu: Seu,
  source: EnergySource,
  defs: readonly VariableDef[],
  period: Period,
  granularity: Granularity,
  excludeBackfill: boolean,
): Promise<{ parts: Awaited<ReturnType<typeof loadDailyParts>>; build: (bases: Record<string, number>) => Dataset }> {
  const eq = (await equipmentIdsBySeuIds(db, organizationId, [seu.id])).map((r) => r.equipment_id);
  const { needs, hourlyMetrics } = needsOf(source.consumption_metric, defs);
  const parts = await loadDailyParts(db, organizationId, { equipmentIds: eq, needs, hourlyMetrics, from: period.from, to: period.to, excludeBackfill });
  return { parts, build: (bases) => buildDataset(parts, source.consumption_metric, defs, period.from, period.to, granularity, bases) };
}

function ranges(defs: readonly VariableDef[], ds: Dataset) {
  return defs.map((d) => {
    const xs = ds.rows.map((r) => r.x[d.name]);
    return { variable: d.name, min: Math.min(...xs), max: Math.max(...xs), mean: xs.reduce((s, x) => s + x, 0) / xs.length };
  });
}

function fitDataset(defs: readonly VariableDef[], ds: Dataset, granularity: Granularity): { fit: OlsFit; validity: Validity } {
  const fit = fitOls(
    ds.rows.map((r) => r.y),
    defs.map((d) => ds.rows.map((r) => r.x[d.name])),
    defs.map((d) => d.name),
  );
  return { fit, validity: assessValidity(fit, granularity) };
}

/** Explains an empty or thin dataset in words. */
function checkDataset(ds: Dataset, seu: Seu, source: EnergySource, period: Period, defs: readonly VariableDef[]): void {
  const what = `${seu.name} ${spokenSource(source)}`;
  if (ds.rows.length === 0) {
    if (ds.missingDays === ds.daysInPeriod) {
      throw new TrainingDataError(`There is no ${spokenSource(source)} data for ${seu.name} between ${period.from} and ${period.to}.`, { argument: 'period', reason: 'no_data' });
    }
    if (ds.variablesWithoutData.length) {
      const names = ds.variablesWithoutData.map((n) => defs.find((d) => d.name === n)?.displayName.toLowerCase() ?? n);
      throw new TrainingDataError(`There is no ${names.join(' or ')} data for ${seu.name} between ${period.from} and ${period.to}.`, { argument: 'variables', reason: 'no_variable_data', variables: ds.variablesWithoutData });
    }
  }
  if (ds.rows.length < DOE_RULES.minPoints || ds.rows.length <= defs.length + 1) {
    throw new TrainingDataError(
      `Only ${ds.rows.length} complete ${ds.rows.length === 1 ? 'period' : 'periods'} of data for ${what} in that time; a baseline needs at least ${Math.max(DOE_RULES.minPoints, defs.length + 2)}. Choose a longer period or a finer granularity.`,
      { argument: 'period', reason: 'too_few_points', points: ds.rows.length },
    );
  }
}

function regressionFailure(e: unknown, defs: readonly VariableDef[]): never {
  if (e instanceof RegressionError) {
    const name = (defs.find((d) => d.name === e.variable)?.displayName ?? e.variable ?? '').toLowerCase();
    const message =
      e.reason === 'collinear'
        ? `${name.charAt(0).toUpperCase()}${name.slice(1)} moves in lockstep with the other variables in that period, so their effects cannot be told apart. Leave one of them out.`
        : e.reason === 'constant_variable'
          ? `${name.charAt(0).toUpperCase()}${name.slice(1)} has the same value on every day of that period, so it cannot explain any change. Leave it out.`
          : e.message;
    throw new BadInputError(message, { argument: 'variables', reason: e.reason, variable: e.variable });
  }
  throw e;
}

/** Fits one model, searching degree-day balance points when asked (one variable at a time). */
export function fitWithBalancePoints(defs: VariableDef[], build: (b: Record<string, number>) => Dataset, granularity: Granularity, search: boolean): FittedModel {
  const bases: Record<string, number> = {};
  const searched = new Set<string>();
  for (const d of defs) if (d.kind === 'hdd' || d.kind === 'cdd') bases[d.name] = d.baseTemperature ?? DEFAULT_BASE_C;
  if (search) {
    for (const d of defs) {
      if (d.kind !== 'hdd' && d.kind !== 'cdd') continue;
      let best: { base: number; adj: number } | null = null;
      for (const base of balancePointCandidates()) {
        try {
          const ds = build({ ...bases, [d.name]: base });
          const { fit } = fitDataset(defs, ds, granularity);
          if (!best || fit.adjustedRSquared > best.adj) best = { base, adj: fit.adjustedRSquared };
        } catch (e) {
          if (!(e instanceof RegressionError)) throw e;
        }
      }
      if (best) {
        bases[d.name] = best.base;
        searched.add(d.name);
      }
    }
  }
  const dataset = build(bases);
  let fitted: { fit: OlsFit; validity: Validity };
  try {
    fitted = fitDataset(defs, dataset, granularity);
  } catch (e) {
    regressionFailure(e, defs);
  }
  return { defs, ...fitted, warnings: fitted.validity.warnings, bases, searched, dataset };
}

function statisticsFor(m: FittedModel, consumptionMetric: string, unit: string): BaselineStatistics {
  const f = m.fit;
  return {
    n: f.n,
    parameters: f.parameters,
    degreesOfFreedom: f.degreesOfFreedom,
    rSquared: f.rSquared,
    adjustedRSquared: f.adjustedRSquared,
    rmse: f.rmse,
    cvRmse: f.cvRmse,
    nmbe: f.nmbe,
    mae: f.mae,
    f: f.f,
    fPValue: f.fP,
    intercept: f.intercept,
    coefficients: f.coefficients,
    validity: m.validity,
    warnings: m.warnings,
    balancePoints: Object.entries(m.bases).map(([variable, baseTemperature]) => ({ variable, baseTemperature, searched: m.searched.has(variable) })),
    variableRanges: ranges(m.defs, m.dataset),
    variableDefs: m.defs.map((d) => (d.kind === 'hdd' || d.kind === 'cdd' ? { ...d, baseTemperature: m.bases[d.name] } : d)),
    consumptionMetric,
    unit,
  };
}

export async function trainBaseline(db: Kysely<Database>, organizationId: string, req: TrainRequest): Promise<{ baseline: Baseline; seu: Seu; source: EnergySource; model: FittedModel }> {
  const period = resolvePeriod(req.period);
  const granularity = granularityOf(req.granularity, 'day');
  const { seu, source } = await resolveSeu(db, organizationId, req);
  const vars = await resolveVariables(db, organizationId, source, req.variables);
  const defs = vars.map(toDef);
  const { build } = await loadDataset(db, organizationId, seu, source, defs, period, granularity, !!req.excludeBackfill);
  checkDataset(build({}), seu, source, period, defs);
  const model = fitWithBalancePoints(defs, build, granularity, !!req.searchBalancePoint);
  const stats = statisticsFor(model, source.consumption_metric, source.unit);
  const baseline = await insertBaseline(
    db,
    {
      id: randomUUID(),
      organization_id: organizationId,
      seu_id: seu.id,
      variable_names: defs.map((d) => d.name),
      period_start: period.from,
      period_end: period.to,
      granularity,
      exclude_backfill: !!req.excludeBackfill,
      intercept: model.fit.intercept.value,
      coefficients: JSON.stringify(Object.fromEntries(model.fit.coefficients.map((c) => [c.name, c.value]))) as never,
      statistics: JSON.stringify(stats) as never,
      formula: formulaText(source.consumption_metric, model.fit.intercept.value, model.fit.coefficients),
      valid: model.validity.doeValid,
      trained_by: req.trainedBy ?? 'api',
    },
    req.activate !== false,
  );
  return { baseline, seu, source, model };
}

export interface RankedModel {
  rank: number;
  variables: string[];
  fit: OlsFit | null;
  validity: Validity | null;
  formula: string | null;
  error: string | null;
}

export async function autoSelectBaseline(
  db: Kysely<Database>,
  organizationId: string,
  req: Omit<TrainRequest, 'variables' | 'searchBalancePoint'> & { candidates?: readonly string[] | null },
): Promise<{ models: RankedModel[]; baseline: Baseline | null }> {
  const period = resolvePeriod(req.period);
  const granularity = granularityOf(req.granularity, 'day');
  const { seu, source } = await resolveSeu(db, organizationId, req);
  const vars = req.candidates?.length
    ? await resolveVariables(db, organizationId, source, req.candidates)
    : [...new Map((await variablesForSource(db, organizationId, source.id)).map((v) => [v.name, v])).values()];
  if (vars.length === 0) throw new NotFoundError(`No relevant variables are registered for ${spokenSource(source)}.`, { argument: 'candidates' });
  if (vars.length > MAX_CANDIDATES) {
    throw new LimitExceededError('candidates', `${vars.length} candidate variables would mean ${2 ** vars.length - 1} models; name at most ${MAX_CANDIDATES}.`, { maximum: MAX_CANDIDATES });
  }
  const defs = vars.map(toDef);
  const { build } = await loadDataset(db, organizationId, seu, source, defs, period, granularity, !!req.excludeBackfill);
  const ds = build({});
  checkDataset(ds, seu, source, period, []);
  const y = ds.rows.map((r) => r.y);
  const columns = Object.fromEntries(defs.map((d) => [d.name, ds.rows.map((r) => r.x[d.name])]));
  const ranked: CandidateModel[] = allSubsets(y, columns, defs.map((d) => d.name), granularity);
  const models: RankedModel[] = ranked.map((m, i) => ({
    rank: i + 1,
    variables: m.variables,
    fit: m.fit,
    validity: m.validity,
    formula: m.fit ? formulaText(source.consumption_metric, m.fit.intercept.value, m.fit.coefficients) : null,
    error: m.error,
  }));
  let baseline: Baseline | null = null;
  if (req.activate && models[0]?.fit) {
    ({ baseline } = await trainBaseline(db, organizationId, {
      seuId: seu.id,
      variables: models[0].variables,
      period: req.period,
      granularity,
      excludeBackfill: req.excludeBackfill,
      activate: true,
      trainedBy: req.trainedBy ?? 'autoSelect',
    }));
  }
  return { models, baseline };
}
