// Hourly history of the EnMS machines, generated day first: the day's production, weather and
// consumption are fixed by the truth in energy-truth.ts, then spread over the local day's hours
// (23, 24 or 25) so that the hourly points sum exactly to the daily figure.
import { outdoorTemperature, relativeHumidity, type WeatherSource } from './climate.js';
import type { EnmsMachine } from './enms-machines.js';
import {
  coolingDegreeDays,
  efficiencyFactor,
  ENERGY_TRUTH,
  heatingDegreeDays,
  type EnergySourceName,
  type SeuTruth,
} from './energy-truth.js';
import { shiftWeight, workingDay } from './factory-calendar.js';
import { hash32, normalAt, smoothNoise, uniformAt } from './prng.js';
import type { SiteSpec } from './sites.js';
import { dayNumber, isoWeekdayOf, localDays, ZoneClock } from './time-zones.js';

const HOUR_MS = 3_600_000;

/** Points dated from this local date on are 'real'; earlier ones are 'backfill' (as in the EnMS seed). */
export const REAL_DATA_FROM = '2025-10-01';

export interface WeatherDay {
  date: string;
  /** UTC instants of the local day's hours. */
  hours: number[];
  /** Stored (rounded) hourly values. */
  temperature: number[];
  humidity: number[];
  /** Mean of the stored hourly temperatures: what a regression reads. */
  meanTemperature: number;
}

export function weatherSource(site: SiteSpec, seed: number): WeatherSource {
  if (!site.climate || site.longitude === null) throw new Error(`site ${site.code} has no climate`);
  return { climate: site.climate, longitude: site.longitude, key: hash32(seed, 'weather', site.organizationId, site.code) };
}

export const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

export function weatherDays(site: SiteSpec, seed: number, from: string, to: string): WeatherDay[] {
  const w = weatherSource(site, seed);
  return localDays(site.timeZone, from, to).map((d) => {
    const hours: number[] = [];
    for (let t = d.startMs; t < d.endMs; t += HOUR_MS) hours.push(t);
    const temperature = hours.map((t) => round(outdoorTemperature(w, t), 2));
    const humidity = hours.map((t) => round(relativeHumidity(w, t), 1));
    const meanTemperature = temperature.reduce((s, x) => s + x, 0) / temperature.length;
    return { date: d.date, hours, temperature, humidity, meanTemperature };
  });
}

export interface ConsumptionDay {
  truth: SeuTruth;
  /** factor × (intercept + Σ b·x), before noise. */
  expected: number;
  noise: number;
  /** The stored daily total (3 decimals): the sum of `hourly`. */
  daily: number;
  hourly: number[];
}

export interface MachineDay {
  date: string;
  hours: number[];
  production: number[];
  productionTotal: number;
  variables: Record<string, number>;
  consumption: Partial<Record<EnergySourceName, ConsumptionDay>>;
}

/** Splits an integer total over weights, exactly, by largest remainder (ties to the earlier hour). */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) throw new Error('allocate: weights sum to zero');
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let rest = total - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k][1]]++;
  return out;
}

/** A standard normal draw truncated to ±3 by redrawing (deterministic per index). */
function truncatedNormal(key: number, index: number): number {
  for (let j = 0; ; j++) {
    const z = normalAt(key, index * 16 + j);
    if (Math.abs(z) <= 3) return z;
  }
}

export function truthsFor(machine: EnmsMachine): SeuTruth[] {
  return ENERGY_TRUTH.filter((t) => t.machineId === machine.id);
}

export function machineDays(machine: EnmsMachine, site: SiteSpec, weather: WeatherDay[], seed: number): MachineDay[] {
  const clock = new ZoneClock(site.timeZone);
  const demandKey = hash32(seed, 'demand', machine.siteCode);
  const machineKey = hash32(seed, 'production', machine.code);
  const truths = truthsFor(machine);
  return weather.map((w) => {
    const n = dayNumber(w.date);
    const wd = workingDay(machine.siteCode, w.date);
    const demand = 1 + 0.12 * smoothNoise(demandKey, n, 9) + 0.05 * smoothNoise(machineKey, n, 3);
    const breakdown = wd.working && uniformAt(machineKey ^ 0x9e3779b9, n) < 0.015 ? 0.4 : 1;
    const productionTotal = Math.max(0, Math.round(machine.unitsPerWorkingDay * wd.activity * demand * breakdown * (1 + 0.03 * normalAt(machineKey, n))));
    const weekday = isoWeekdayOf(w.date);
    const shift = w.hours.map((t) => shiftWeight(wd, weekday, machine.siteCode, Math.floor(clock.hourOfDay(t))));
    const production = allocate(productionTotal, shift);
    const variables: Record<string, number> = {
      production_count: productionTotal,
      outdoor_temp_c: w.meanTemperature,
      heating_degree_days: heatingDegreeDays(w.meanTemperature),
      cooling_degree_days: coolingDegreeDays(w.meanTemperature),
    };
    const consumption: MachineDay['consumption'] = {};
    for (const t of truths) consumption[t.energySource] = consumptionDay(t, w, production, shift, variables, seed, n);
    return { date: w.date, hours: w.hours, production, productionTotal, variables, consumption };
  });
}

function consumptionDay(
  t: SeuTruth,
  w: WeatherDay,
  production: number[],
  shift: number[],
  variables: Record<string, number>,
  seed: number,
  dayIndex: number,
): ConsumptionDay {
  const factor = efficiencyFactor(t, w.date);
  const n = w.hours.length;
  const raw = new Array<number>(n).fill(0);
  // Base load leans towards shift hours, but its daily sum is the intercept.
  const baseW = shift.map((s) => 0.8 + 0.4 * s);
  const baseSum = baseW.reduce((s, x) => s + x, 0);
  for (let h = 0; h < n; h++) raw[h] += (t.intercept * baseW[h]) / baseSum;
  for (const [name, b] of Object.entries(t.coefficients)) {
    if (name === 'production_count') {
      for (let h = 0; h < n; h++) raw[h] += b * production[h];
    } else if (name === 'outdoor_temp_c') {
      for (let h = 0; h < n; h++) raw[h] += (b * w.temperature[h]) / n;
    } else if (name === 'heating_degree_days' || name === 'cooling_degree_days') {
      const dd = variables[name];
      if (dd <= 0) continue;
      const hw = w.temperature.map((x) => Math.max(0, name === 'heating_degree_days' ? 18 - x : x - 18));
      const hs = hw.reduce((s, x) => s + x, 0);
      for (let h = 0; h < n; h++) raw[h] += (b * dd * hw[h]) / hs;
    } else {
      throw new Error(`no hourly shape for variable ${name}`);
    }
  }
  let expectedSum = 0;
  for (let h = 0; h < n; h++) {
    raw[h] *= factor;
    if (!(raw[h] > 0)) throw new Error(`${t.machineCode} ${t.energySource} ${w.date}: non-positive hourly consumption`);
    expectedSum += raw[h];
  }
  let expected = t.intercept;
  for (const [name, b] of Object.entries(t.coefficients)) expected += b * variables[name];
  expected *= factor;
  const noise = t.noiseSd * truncatedNormal(hash32(seed, 'energy-noise', t.machineCode, t.energySource), dayIndex);
  const dailyMilli = Math.round((expected + noise) * 1000);
  const hourlyMilli = allocate(dailyMilli, raw.map((x) => x / expectedSum));
  return { truth: t, expected, noise, daily: dailyMilli / 1000, hourly: hourlyMilli.map((m) => m / 1000) };
}
