// The regression engine without a database: NIST StRD Longley through the very function the
// trainBaseline mutation calls (fitWithBalancePoints → fitOls), validity rules, all subsets.
import { fitWithBalancePoints } from '../../subgraphs/energy/services/baseline-service.js';
import type { Dataset, VariableDef } from '../../subgraphs/energy/services/dataset.js';
import { fitOls, RegressionError } from '../../subgraphs/energy/regression/ols.js';
import { allSubsets } from '../../subgraphs/energy/regression/subsets.js';
import { assessValidity } from '../../subgraphs/energy/regression/validity.js';
import { coolingDegreeDays, heatingDegreeDays } from '../../subgraphs/energy/regression/degree-days.js';
import { digitsOfAgreement, LONGLEY_CERTIFIED, LONGLEY_NAMES, LONGLEY_ROWS } from '../fixtures/nist-longley.js';

const def = (name: string): VariableDef => ({ name, displayName: name, kind: 'metric', metric: name, scope: 'equipment', aggregation: 'SUM', baseTemperature: null, unit: '' });

function longleyDataset(): Dataset {
  return {
    rows: LONGLEY_ROWS.map((r, i) => ({ start: String(i), end: String(i), days: 1, y: r[0], x: Object.fromEntries(LONGLEY_NAMES.map((n, j) => [n, r[j + 1]])) })),
    missingDays: 0,
    variablesWithoutData: [],
    daysInPeriod: 16,
  };
}

describe('NIST StRD Longley', () => {
  const model = fitWithBalancePoints(LONGLEY_NAMES.map(def), () => longleyDataset(), 'month', false);
  const estimates = [model.fit.intercept, ...model.fit.coefficients];

  it('matches all seven certified coefficients and their standard deviations to at least 10 significant digits', () => {
    const digits = estimates.map((c, i) => ({
      parameter: i === 0 ? 'B0' : `B${i}`,
      estimate: digitsOfAgreement(c.value, LONGLEY_CERTIFIED.estimates[i]),
      standardDeviation: digitsOfAgreement(c.standardError, LONGLEY_CERTIFIED.standardDeviations[i]),
    }));
    console.log('Longley digits of agreement', digits.map((d) => `${d.parameter} ${d.estimate.toFixed(1)}/${d.standardDeviation.toFixed(1)}`).join(', '));
    for (const d of digits) {
      expect(d.estimate).toBeGreaterThanOrEqual(10);
      expect(d.standardDeviation).toBeGreaterThanOrEqual(10);
    }
  });

  it('matches the certified residual standard deviation, R², F and degrees of freedom', () => {
    expect(digitsOfAgreement(model.fit.rmse, LONGLEY_CERTIFIED.residualStandardDeviation)).toBeGreaterThanOrEqual(10);
    expect(digitsOfAgreement(model.fit.rSquared, LONGLEY_CERTIFIED.rSquared)).toBeGreaterThanOrEqual(10);
    expect(digitsOfAgreement(model.fit.sse, LONGLEY_CERTIFIED.residualSumOfSquares)).toBeGreaterThanOrEqual(10);
    expect(digitsOfAgreement(model.fit.f, LONGLEY_CERTIFIED.fStatistic)).toBeGreaterThanOrEqual(10);
    expect(model.fit.degreesOfFreedom).toBe(LONGLEY_CERTIFIED.degreesOfFreedom);
  });

  it('gives p values from the t and F distributions', () => {
    // t of B1 (GNP deflator) = 15.06/84.91 = 0.1774 with 9 df: two-sided p ≈ 0.863.
    expect(model.fit.coefficients[0].t).toBeCloseTo(15.0618722713733 / 84.9149257747669, 10);
    expect(model.fit.coefficients[0].p).toBeCloseTo(0.8631, 3);
    expect(model.fit.fP).toBeLessThan(1e-9);
  });

  it('flags Longley invalid by the DOE rules (three variables with p ≥ 0.2)', () => {
    expect(model.validity.doeValid).toBe(false);
    expect(model.validity.failures.filter((f) => /p value .* is not below 0.2/.test(f))).toHaveLength(3);
    expect(model.warnings.some((w) => /negative coefficient/.test(w))).toBe(true);
  });
});

describe('fitOls', () => {
  it('fits an exact line exactly and reports every statistic', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const noise = [0.1, -0.1, 0.2, -0.2, 0.05, -0.05, 0.1, -0.1, 0.2, -0.2, 0.05, -0.05];
    const y = x.map((v, i) => 10 + 2 * v + noise[i]);
    const f = fitOls(y, [x], ['x']);
    expect(f.n).toBe(12);
    expect(f.parameters).toBe(2);
    expect(f.degreesOfFreedom).toBe(10);
    expect(f.coefficients[0].value).toBeCloseTo(2, 1);
    expect(f.intercept.value).toBeCloseTo(10, 0);
    expect(f.rSquared).toBeGreaterThan(0.99);
    expect(f.adjustedRSquared).toBeCloseTo(1 - ((1 - f.rSquared) * 11) / 10, 12);
    expect(f.cvRmse).toBeCloseTo(f.rmse / f.meanY, 12);
    expect(Math.abs(f.nmbe)).toBeLessThan(1e-12); // OLS with an intercept: residuals sum to zero
    expect(f.mae).toBeCloseTo(f.residuals.reduce((s, r) => s + Math.abs(r), 0) / 12, 12);
  });

  it('refuses too few points, constant and collinear variables with reasons', () => {
    expect(() => fitOls([1, 2], [[1, 2]], ['x'])).toThrow(RegressionError);
    expect(() => fitOls([1, 2, 3, 4], [[5, 5, 5, 5]], ['c'])).toThrow(/same value/);
    const a = [1, 2, 3, 4, 5, 7];
    expect(() => fitOls([3, 1, 4, 1, 5, 9], [a, a.map((v) => 2 * v + 1)], ['a', 'b'])).toThrow(/linear combination/);
  });
});

describe('validity and all subsets', () => {
  const n = 40;
  const p = Array.from({ length: n }, (_, i) => 1000 + ((i * 37) % 17) * 50);
  const t = Array.from({ length: n }, (_, i) => 10 + ((i * 11) % 13));
  const junk = Array.from({ length: n }, (_, i) => ((i * 7) % 5) - 2);
  const y = p.map((v, i) => 200 + 0.5 * v + 3 * t[i] + Math.sin(i) * 5);

  it('applies the DOE EnPI rules and ASHRAE Guideline 14 thresholds', () => {
    const good = fitOls(y, [p, t], ['p', 't']);
    expect(assessValidity(good, 'day')).toMatchObject({ doeValid: true, ashraeValid: true, failures: [] });
    const bad = fitOls(y, [junk], ['junk']);
    const v = assessValidity(bad, 'month');
    expect(v.doeValid).toBe(false);
    expect(v.failures.join('; ')).toMatch(/R² .* is below 0.5/);
  });

  it('fits 2^k − 1 models, valid first, then by adjusted R²', () => {
    const models = allSubsets(y, { p, t, junk }, ['p', 't', 'junk'], 'day');
    expect(models).toHaveLength(7);
    expect(models[0].variables).toEqual(['p', 't']);
    const valid = models.filter((m) => m.validity?.doeValid);
    expect(models.slice(0, valid.length)).toEqual(valid);
  });

  it('computes degree days by the daily-mean method', () => {
    expect(heatingDegreeDays(12.5)).toBe(5.5);
    expect(heatingDegreeDays(20)).toBe(0);
    expect(coolingDegreeDays(21, 18)).toBe(3);
    expect(coolingDegreeDays(15, 10)).toBe(5);
  });
});
