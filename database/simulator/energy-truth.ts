// The ground truth behind every EnMS consumption series. For each machine × energy source and
// each local calendar day of its factory:
//
//   consumption = factor(date) × (intercept + Σ coefficient[v] × v(day)) + noise
//
// where v(day) is read from the stored series exactly as a baseline regression would read them:
//   production_count     SUM of the machine's hourly production_count points that day
//   outdoor_temp_c       mean of the site's hourly outdoor_temp_c points that day
//   heating_degree_days  max(0, 18 − that mean)      (daily-mean method, base 18 °C)
//   cooling_degree_days  max(0, that mean − 18)
// factor is 1 before 2025-01-01 and 0.95 from then on (a 5 % efficiency gain for EnPI tests);
// noise is normal with sd `noiseSd`, truncated at ±3 sd (`noiseBound`). The hourly points of a
// day sum exactly (to the stored 3 decimals) to the day's figure.
//
// The coefficients are sized so that one year of daily data recovers each of them to well
// within 2 % (each term's day-to-day spread is many times the noise). Pure constants: tests in
// other subgraphs import this module to check what they learn.

export type EnergySourceName = 'electricity' | 'natural_gas' | 'steam' | 'compressed_air';

export const DEGREE_DAY_BASE_C = 18;
export const EFFICIENCY_CHANGE_DATE = '2025-01-01';
export const EFFICIENCY_FACTOR_AFTER = 0.95;

export interface EfficiencyPeriod {
  /** First local date the factor applies to (inclusive). */
  from: string;
  /** Last local date (inclusive); null = open-ended. */
  to: string | null;
  factor: number;
}

export interface SeuTruth {
  machineId: string;
  machineCode: string;
  energySource: EnergySourceName;
  /** Readings metric holding the consumption (a counter). */
  metric: string;
  unit: string;
  intercept: number;
  /** Keyed by relevant-variable name. */
  coefficients: Record<string, number>;
  efficiency: EfficiencyPeriod[];
  /** Standard deviation of the daily noise, in `unit`. */
  noiseSd: number;
  /** |noise| never exceeds this (3 × noiseSd). */
  noiseBound: number;
}

const EFFICIENCY: EfficiencyPeriod[] = [
  { from: '2000-01-01', to: '2024-12-31', factor: 1 },
  { from: EFFICIENCY_CHANGE_DATE, to: null, factor: EFFICIENCY_FACTOR_AFTER },
];

function truth(
  machineId: string,
  machineCode: string,
  energySource: EnergySourceName,
  intercept: number,
  coefficients: Record<string, number>,
  noiseSd: number,
): SeuTruth {
  const metric = { electricity: 'energy_kwh', natural_gas: 'natural_gas_m3', steam: 'steam_kg', compressed_air: 'compressed_air_nm3' }[energySource];
  const unit = { electricity: 'kWh', natural_gas: 'm³', steam: 'kg', compressed_air: 'Nm³' }[energySource];
  return { machineId, machineCode, energySource, metric, unit, intercept, coefficients, efficiency: EFFICIENCY, noiseSd, noiseBound: 3 * noiseSd };
}

export const ENERGY_TRUTH: readonly SeuTruth[] = [
  truth('c0000000-0000-0000-0000-000000000001', 'Compressor-1', 'electricity', 450, { production_count: 0.032, outdoor_temp_c: 24 }, 5.5),
  truth('c0000000-0000-0000-0000-000000000001', 'Compressor-1', 'compressed_air', 2500, { production_count: 0.55 }, 45),
  truth('c0000000-0000-0000-0000-000000000002', 'HVAC-Main', 'electricity', 450, { production_count: 0.02, heating_degree_days: 35, cooling_degree_days: 65 }, 4.4),
  truth('c0000000-0000-0000-0000-000000000002', 'HVAC-Main', 'natural_gas', 40, { heating_degree_days: 25 }, 0.6),
  truth('c0000000-0000-0000-0000-000000000003', 'Conveyor-A', 'electricity', 90, { production_count: 0.012, outdoor_temp_c: 5 }, 1.5),
  truth('c0000000-0000-0000-0000-000000000004', 'Hydraulic-Pump-1', 'electricity', 150, { production_count: 0.025, outdoor_temp_c: 9 }, 2.3),
  truth('c0000000-0000-0000-0000-000000000005', 'Injection-Molding-1', 'electricity', 750, { production_count: 0.35, outdoor_temp_c: 35 }, 12),
  truth('c0000000-0000-0000-0000-000000000005', 'Injection-Molding-1', 'steam', 800, { production_count: 0.9 }, 22),
  truth('c0000000-0000-0000-0000-000000000006', 'Compressor-EU-1', 'electricity', 300, { production_count: 0.03, outdoor_temp_c: 15 }, 3.4),
  truth('c0000000-0000-0000-0000-000000000007', 'HVAC-EU-North', 'electricity', 300, { production_count: 0.015, heating_degree_days: 12, cooling_degree_days: 100 }, 2.8),
  truth('c0000000-0000-0000-0000-000000000007', 'HVAC-EU-North', 'natural_gas', 60, { heating_degree_days: 28 }, 1.6),
];

export function truthFor(machineCode: string, energySource: EnergySourceName): SeuTruth {
  const t = ENERGY_TRUTH.find((x) => x.machineCode === machineCode && x.energySource === energySource);
  if (!t) throw new Error(`no energy truth for ${machineCode} × ${energySource}`);
  return t;
}

export function efficiencyFactor(t: SeuTruth, isoDate: string): number {
  const p = t.efficiency.find((e) => isoDate >= e.from && (e.to === null || isoDate <= e.to));
  return p ? p.factor : 1;
}

export function heatingDegreeDays(meanTempC: number, base = DEGREE_DAY_BASE_C): number {
  return Math.max(0, base - meanTempC);
}

export function coolingDegreeDays(meanTempC: number, base = DEGREE_DAY_BASE_C): number {
  return Math.max(0, meanTempC - base);
}

/** The noise-free daily consumption for the day's variable values. */
export function expectedDailyConsumption(t: SeuTruth, isoDate: string, variables: Record<string, number>): number {
  let sum = t.intercept;
  for (const [name, b] of Object.entries(t.coefficients)) {
    const x = variables[name];
    if (x === undefined) throw new Error(`variable ${name} missing for ${t.machineCode} × ${t.energySource}`);
    sum += b * x;
  }
  return efficiencyFactor(t, isoDate) * sum;
}
