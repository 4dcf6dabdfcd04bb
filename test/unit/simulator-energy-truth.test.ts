import { ENMS_MACHINES } from '../../database/simulator/enms-machines.js';
import { machineDays, REAL_DATA_FROM, weatherDays } from '../../database/simulator/enms-history.js';
import { ENERGY_TRUTH, expectedDailyConsumption, heatingDegreeDays, coolingDegreeDays, efficiencyFactor, truthFor } from '../../database/simulator/energy-truth.js';
import { DEMO_ORG } from '../../database/simulator/organizations.js';
import { simulatePlant } from '../../database/simulator/seed-plant.js';
import { siteByCode } from '../../database/simulator/sites.js';

/** Ordinary least squares by the normal equations (a handful of regressors). */
function ols(X: number[][], y: number[]): number[] {
  const k = X[0].length;
  const A = Array.from({ length: k }, (_, i) => Array.from({ length: k + 1 }, (_, j) => (j < k ? X.reduce((s, r) => s + r[i] * r[j], 0) : X.reduce((s, r, n) => s + r[i] * y[n], 0))));
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(A[r][c]) > Math.abs(A[p][c])) p = r;
    [A[c], A[p]] = [A[p], A[c]];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = A[r][c] / A[c][c];
      for (let j = c; j <= k; j++) A[r][j] -= f * A[c][j];
    }
  }
  return A.map((row, i) => row[k] / row[i]);
}

function history(seed: number, from: string, to: string) {
  const weather = new Map<string, ReturnType<typeof weatherDays>>();
  return ENMS_MACHINES.map((m) => {
    const site = siteByCode(DEMO_ORG.id, m.siteCode);
    if (!weather.has(site.code)) weather.set(site.code, weatherDays(site, seed, from, to));
    return { machine: m, days: machineDays(m, site, weather.get(site.code)!, seed) };
  });
}

describe('EnMS energy ground truth', () => {
  const year2024 = history(42, '2024-01-01', '2025-01-01');

  it('makes each day’s hourly points sum exactly to intercept + b·x + bounded noise', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { machine, days } of year2024) {
      expect(days).toHaveLength(366);
      for (const d of days) {
        if (d.production.reduce((s, x) => s + x, 0) !== d.productionTotal) problems.push(`${machine.code} ${d.date} production`);
        for (const c of Object.values(d.consumption)) {
          const where = `${machine.code} ${c!.truth.energySource} ${d.date}`;
          const sum = c!.hourly.reduce((s, x) => s + x, 0);
          if (Math.abs(sum - c!.daily) > 1e-6) problems.push(`${where}: hours sum to ${sum}, day is ${c!.daily}`);
          if (!c!.hourly.every((x) => x > 0) || c!.hourly.length !== d.hours.length) problems.push(`${where}: bad hours`);
          const expected = expectedDailyConsumption(c!.truth, d.date, d.variables);
          if (Math.abs(c!.daily - expected) > c!.truth.noiseBound + 0.0005) problems.push(`${where}: ${c!.daily} vs expected ${expected}`);
          checked++;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(366 * ENERGY_TRUTH.length);
  });

  it('lets one year of daily data recover every coefficient within 1 %', () => {
    for (const seed of [42, 7]) {
      for (const { days } of seed === 42 ? year2024 : history(7, '2024-01-01', '2025-01-01')) {
        for (const source of Object.keys(days[0].consumption) as (keyof (typeof days)[0]['consumption'])[]) {
          const truth = days[0].consumption[source]!.truth;
          const names = Object.keys(truth.coefficients);
          const beta = ols(days.map((d) => [1, ...names.map((n) => d.variables[n])]), days.map((d) => d.consumption[source]!.daily));
          expect(Math.abs(beta[0] / truth.intercept - 1)).toBeLessThan(0.01);
          names.forEach((n, i) => expect(Math.abs(beta[i + 1] / truth.coefficients[n] - 1)).toBeLessThan(0.01));
        }
      }
    }
  });

  it('varies production and weather enough to tell them apart', () => {
    for (const { machine, days } of year2024) {
      const prod = days.map((d) => d.productionTotal);
      const mean = prod.reduce((s, x) => s + x, 0) / prod.length;
      const sd = Math.sqrt(prod.reduce((s, x) => s + (x - mean) ** 2, 0) / prod.length);
      expect(sd / mean).toBeGreaterThan(0.3);
      const temps = days.map((d) => d.variables.outdoor_temp_c);
      expect(Math.max(...temps) - Math.min(...temps)).toBeGreaterThan(machine.siteCode === 'european-production-facility' ? 20 : 12);
      expect(days.some((d) => d.variables.cooling_degree_days > 2)).toBe(true);
      expect(days.some((d) => d.variables.heating_degree_days > 6)).toBe(true);
    }
  });

  it('runs 5 % more efficiently from 2025 and defines degree days on the daily mean', () => {
    const t = truthFor('Compressor-1', 'electricity');
    expect(efficiencyFactor(t, '2024-12-31')).toBe(1);
    expect(efficiencyFactor(t, '2025-01-01')).toBe(0.95);
    const vars = { production_count: 10000, outdoor_temp_c: 15 };
    expect(expectedDailyConsumption(t, '2025-06-01', vars)).toBeCloseTo(0.95 * expectedDailyConsumption(t, '2024-06-01', vars), 9);
    expect(heatingDegreeDays(10)).toBe(8);
    expect(coolingDegreeDays(10)).toBe(0);
    expect(coolingDegreeDays(21.5)).toBe(3.5);
    expect(ENERGY_TRUTH.map((x) => `${x.machineCode}/${x.energySource}`)).toEqual(
      expect.arrayContaining(['HVAC-Main/natural_gas', 'Injection-Molding-1/steam', 'Compressor-1/compressed_air', 'HVAC-EU-North/electricity']),
    );
    for (const x of ENERGY_TRUTH) for (const b of Object.values(x.coefficients)) expect(Math.abs(b)).toBeGreaterThan(0);
  });

  it('marks history before October 2025 as backfill and later points as real', () => {
    const { generation } = simulatePlant({ end: '2025-10-03T00:00:00Z', hours: 0, equipment: ['Conveyor-A'], enms: { from: '2025-09-29', to: '2025-10-03' } });
    const job = generation.jobs.find((j) => j.series.key === 'demo/Conveyor-A/energy_kwh')!;
    const firstReal = new Date(job.startMs + job.realFrom * job.stepMs).toISOString();
    expect(REAL_DATA_FROM).toBe('2025-10-01');
    expect(firstReal).toBe('2025-10-01T07:00:00.000Z');
    expect(job.values).toHaveLength(4 * 24);
  });
});
