// Degree days from daily mean outdoor temperature (the daily-mean method):
//   HDD = max(0, base − mean),  CDD = max(0, mean − base).
// A period's degree days are the sum of its days'. The balance point can be searched as
// CalTRACK does: fit the model for each candidate base and keep the one with the best
// adjusted R² (CalTRACK searches 30–90 °F; here 10–24 °C in 0.5 °C steps by default).
export const DEFAULT_BASE_C = 18;

export function heatingDegreeDays(meanC: number, base = DEFAULT_BASE_C): number {
  return Math.max(0, base - meanC);
}

export function coolingDegreeDays(meanC: number, base = DEFAULT_BASE_C): number {
  return Math.max(0, meanC - base);
}

export function balancePointCandidates(from = 10, to = 24, step = 0.5): number[] {
  const out: number[] = [];
  for (let b = from; b <= to + 1e-9; b += step) out.push(Math.round(b * 100) / 100);
  return out;
}
