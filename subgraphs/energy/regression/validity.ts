// Whether a fitted baseline may be used, by two published rule sets.
//
// DOE EnPI tool / Superior Energy Performance (SEP) model validity:
//   the model's F-test p value < 0.1; every variable's p value < 0.2; at least one variable's
//   p value < 0.1; R² ≥ 0.5; and (this API's floor for a meaningful fit) at least 10 points.
// ASHRAE Guideline 14 (2014) calibration criteria, by data granularity:
//   monthly:             CV(RMSE) ≤ 15 %, |NMBE| ≤ 5 %
//   daily, weekly:       CV(RMSE) ≤ 30 %, |NMBE| ≤ 10 %  (the sub-monthly, "hourly" criteria)
import type { OlsFit } from './ols.js';

export type Granularity = 'day' | 'week' | 'month';

export const DOE_RULES = { modelP: 0.1, variableP: 0.2, anyVariableP: 0.1, minRSquared: 0.5, minPoints: 10 } as const;
export const ASHRAE_RULES: Record<Granularity, { cvRmse: number; nmbe: number }> = {
  month: { cvRmse: 0.15, nmbe: 0.05 },
  week: { cvRmse: 0.3, nmbe: 0.1 },
  day: { cvRmse: 0.3, nmbe: 0.1 },
};

export interface Validity {
  /** Valid by the DOE EnPI/SEP rules; this is what `valid` means on a baseline. */
  doeValid: boolean;
  /** Meets ASHRAE Guideline 14 thresholds for the granularity. */
  ashraeValid: boolean;
  /** The DOE/ASHRAE rules that failed, in words. */
  failures: string[];
  /** Things worth a look that do not invalidate the model. */
  warnings: string[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function assessValidity(fit: OlsFit, granularity: Granularity): Validity {
  const failures: string[] = [];
  const warnings: string[] = [];
  const vars = fit.coefficients;
  if (vars.length > 0 && !(fit.fP < DOE_RULES.modelP)) failures.push(`model p value ${fit.fP.toPrecision(3)} is not below ${DOE_RULES.modelP}`);
  for (const c of vars) {
    if (!(c.p < DOE_RULES.variableP)) failures.push(`${c.name} p value ${c.p.toPrecision(3)} is not below ${DOE_RULES.variableP}`);
  }
  if (vars.length === 0 || !vars.some((c) => c.p < DOE_RULES.anyVariableP)) failures.push(`no variable has a p value below ${DOE_RULES.anyVariableP}`);
  if (!(fit.rSquared >= DOE_RULES.minRSquared)) failures.push(`R² ${fit.rSquared.toFixed(3)} is below ${DOE_RULES.minRSquared}`);
  if (fit.n < DOE_RULES.minPoints) failures.push(`${fit.n} points, fewer than ${DOE_RULES.minPoints}`);
  const doeValid = failures.length === 0;

  const a = ASHRAE_RULES[granularity];
  const ashraeFailures: string[] = [];
  if (!(Math.abs(fit.cvRmse) <= a.cvRmse)) ashraeFailures.push(`CV(RMSE) ${pct(fit.cvRmse)} exceeds ASHRAE Guideline 14's ${pct(a.cvRmse)} for ${granularity}ly data`);
  if (!(Math.abs(fit.nmbe) <= a.nmbe)) ashraeFailures.push(`NMBE ${pct(fit.nmbe)} exceeds ASHRAE Guideline 14's ±${pct(a.nmbe)} for ${granularity}ly data`);
  failures.push(...ashraeFailures);

  for (const c of vars) if (c.value < 0) warnings.push(`${c.name} has a negative coefficient (${c.value.toPrecision(3)}): more of it means less consumption; check that this is physical`);
  if (fit.n < 3 * fit.parameters) warnings.push(`only ${fit.n} points for ${fit.parameters} parameters`);
  return { doeValid, ashraeValid: ashraeFailures.length === 0, failures, warnings };
}
