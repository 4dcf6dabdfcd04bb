// All-subsets model selection, as the DOE EnPI tool does it: every non-empty subset of the
// candidate variables is fitted (2^k − 1 models) on the same data, then ranked valid first,
// then by adjusted R².
import { fitOls, type OlsFit, RegressionError } from './ols.js';
import { assessValidity, type Granularity, type Validity } from './validity.js';

export interface CandidateModel {
  variables: string[];
  fit: OlsFit | null;
  validity: Validity | null;
  /** Why the subset could not be fitted (collinear, too few points…). */
  error: string | null;
}

export const MAX_CANDIDATES = 10;

export function allSubsets(y: readonly number[], columns: Record<string, readonly number[]>, candidates: readonly string[], granularity: Granularity): CandidateModel[] {
  const k = candidates.length;
  const models: CandidateModel[] = [];
  for (let mask = 1; mask < 1 << k; mask++) {
    const vars = candidates.filter((_, j) => mask & (1 << j));
    try {
      const fit = fitOls(y, vars.map((v) => columns[v]), vars);
      models.push({ variables: vars, fit, validity: assessValidity(fit, granularity), error: null });
    } catch (e) {
      if (!(e instanceof RegressionError)) throw e;
      models.push({ variables: vars, fit: null, validity: null, error: e.message });
    }
  }
  return rankModels(models);
}

export function rankModels(models: CandidateModel[]): CandidateModel[] {
  const score = (m: CandidateModel) => (m.fit ? (m.validity?.doeValid ? 2 : 1) : 0);
  return [...models].sort(
    (a, b) => score(b) - score(a) || (b.fit?.adjustedRSquared ?? -Infinity) - (a.fit?.adjustedRSquared ?? -Infinity) || a.variables.length - b.variables.length,
  );
}
