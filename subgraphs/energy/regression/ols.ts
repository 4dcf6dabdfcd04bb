// Ordinary least squares, computed the numerically stable way: the predictors are centred and
// factorised with Householder QR (ml-matrix), never squared into normal equations. Centring
// removes the intercept column that makes designs like Longley's (a year column near 1950)
// so ill-conditioned; the intercept and its standard error are recovered exactly from the
// means. p values come from @stdlib's Student t and F distributions.
//
// Definitions (n observations, p parameters including the intercept, SSE = Σ residual²):
//   R² = 1 − SSE/SST,  adjusted R² = 1 − (1 − R²)(n − 1)/(n − p)
//   RMSE = √(SSE/(n − p))                 (ASHRAE Guideline 14 uses n − p)
//   CV(RMSE) = RMSE / ȳ                   NMBE = Σ(y − ŷ) / ((n − p) ȳ)
//   MAE = Σ|y − ŷ| / n                    F = ((SST − SSE)/(p − 1)) / (SSE/(n − p))
import { Matrix, QrDecomposition } from 'ml-matrix';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import fCdf from '@stdlib/stats-base-dists-f-cdf';

export interface Coefficient {
  name: string;
  value: number;
  standardError: number;
  t: number;
  p: number;
}

export interface OlsFit {
  n: number;
  /** Parameters, including the intercept. */
  parameters: number;
  /** Residual degrees of freedom, n − p. */
  degreesOfFreedom: number;
  intercept: Coefficient;
  coefficients: Coefficient[];
  rSquared: number;
  adjustedRSquared: number;
  rmse: number;
  cvRmse: number;
  nmbe: number;
  mae: number;
  f: number;
  fP: number;
  sse: number;
  sst: number;
  meanY: number;
  fitted: number[];
  residuals: number[];
}

export class RegressionError extends Error {
  constructor(
    readonly reason: 'too_few_points' | 'collinear' | 'constant_variable' | 'not_finite',
    message: string,
    readonly variable?: string,
  ) {
    super(message);
  }
}

/** Two-sided p value of a t statistic with `dof` degrees of freedom. */
export function tPValue(t: number, dof: number): number {
  if (!Number.isFinite(t)) return 0;
  return Math.min(1, 2 * tCdf(-Math.abs(t), dof));
}

/** Upper-tail p value of an F statistic. */
export function fPValue(f: number, d1: number, d2: number): number {
  if (!Number.isFinite(f)) return 0;
  return Math.max(0, 1 - fCdf(f, d1, d2));
}

/**
 * Fits y = b0 + Σ b_j x_j. `columns[j]` holds variable j's values, `names[j]` its name.
 * Throws RegressionError when the data cannot identify the model.
 */
export function fitOls(y: readonly number[], columns: readonly (readonly number[])[], names: readonly string[]): OlsFit {
  const n = y.length;
  const k = columns.length;
  const p = k + 1;
  if (n <= p) throw new RegressionError('too_few_points', `${n} points cannot fit ${p} parameters; at least ${p + 1} are needed.`);
  for (const v of y) if (!Number.isFinite(v)) throw new RegressionError('not_finite', 'The consumption values contain a non-finite number.');

  const mean = (a: readonly number[]) => {
    let s = 0;
    for (const v of a) s += v;
    return s / a.length;
  };
  const meanY = mean(y);
  const meanX = columns.map(mean);

  let sst = 0;
  for (const v of y) sst += (v - meanY) ** 2;

  let slopes: number[] = [];
  let rInv: Matrix | null = null;
  if (k > 0) {
    const xc = new Matrix(n, k);
    for (let j = 0; j < k; j++) {
      const col = columns[j];
      if (col.length !== n) throw new Error(`column ${names[j]} has ${col.length} values, y has ${n}`);
      let spread = 0;
      for (let i = 0; i < n; i++) {
        if (!Number.isFinite(col[i])) throw new RegressionError('not_finite', `Variable ${names[j]} has a non-finite value.`, names[j]);
        const d = col[i] - meanX[j];
        xc.set(i, j, d);
        spread += d * d;
      }
      if (spread === 0) throw new RegressionError('constant_variable', `Variable ${names[j]} has the same value on every point, so it cannot explain any change.`, names[j]);
    }
    const qr = new QrDecomposition(xc);
    const r = qr.upperTriangularMatrix;
    let maxDiag = 0;
    for (let j = 0; j < k; j++) maxDiag = Math.max(maxDiag, Math.abs(r.get(j, j)));
    for (let j = 0; j < k; j++) {
      if (!(Math.abs(r.get(j, j)) > maxDiag * 1e-13 * Math.max(n, k))) {
        throw new RegressionError('collinear', `Variable ${names[j]} is a linear combination of the others, so their effects cannot be told apart.`, names[j]);
      }
    }
    const yc = Matrix.columnVector(y.map((v) => v - meanY));
    slopes = qr.solve(yc).getColumn(0);
    // R⁻¹ by back substitution; (XcᵀXc)⁻¹ = R⁻¹ R⁻ᵀ.
    rInv = new Matrix(k, k);
    for (let c = 0; c < k; c++) {
      for (let i = c; i >= 0; i--) {
        let s = i === c ? 1 : 0;
        for (let m = i + 1; m <= c; m++) s -= r.get(i, m) * rInv.get(m, c);
        rInv.set(i, c, s / r.get(i, i));
      }
    }
  }
  const b0 = meanY - slopes.reduce((s, b, j) => s + b * meanX[j], 0);

  const fitted = new Array<number>(n);
  const residuals = new Array<number>(n);
  let sse = 0;
  let sumRes = 0;
  let sumAbs = 0;
  for (let i = 0; i < n; i++) {
    let f = b0;
    for (let j = 0; j < k; j++) f += slopes[j] * columns[j][i];
    fitted[i] = f;
    // The residual from centred values keeps its digits when y and ŷ are large and close.
    let rc = y[i] - meanY;
    for (let j = 0; j < k; j++) rc -= slopes[j] * (columns[j][i] - meanX[j]);
    residuals[i] = rc;
    sse += rc * rc;
    sumRes += rc;
    sumAbs += Math.abs(rc);
  }
  const dof = n - p;
  const sigma2 = sse / dof;

  // Cov(b) = σ² (XcᵀXc)⁻¹; Var(b0) = σ²/n + x̄ᵀ Cov(b) x̄.
  const cov: number[][] = [];
  for (let a = 0; a < k; a++) {
    cov.push([]);
    for (let b = 0; b < k; b++) {
      let s = 0;
      for (let m = Math.max(a, b); m < k; m++) s += rInv!.get(a, m) * rInv!.get(b, m);
      cov[a].push(sigma2 * s);
    }
  }
  let varB0 = sigma2 / n;
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) varB0 += meanX[a] * cov[a][b] * meanX[b];

  const coef = (name: string, value: number, variance: number): Coefficient => {
    const standardError = Math.sqrt(variance);
    const t = value / standardError;
    return { name, value, standardError, t, p: tPValue(t, dof) };
  };
  const rSquared = sst > 0 ? 1 - sse / sst : 0;
  const rmse = Math.sqrt(sigma2);
  const f = k > 0 ? (Math.max(0, sst - sse) / k) / sigma2 : 0;
  return {
    n,
    parameters: p,
    degreesOfFreedom: dof,
    intercept: coef('intercept', b0, varB0),
    coefficients: slopes.map((b, j) => coef(names[j], b, cov[j][j])),
    rSquared,
    adjustedRSquared: 1 - ((1 - rSquared) * (n - 1)) / dof,
    rmse,
    cvRmse: rmse / meanY,
    nmbe: sumRes / (dof * meanY),
    mae: sumAbs / n,
    f,
    fP: k > 0 ? fPValue(f, k, dof) : 1,
    sse,
    sst,
    meanY,
    fitted,
    residuals,
  };
}
