// Injected anomalies, written into the generated values and recorded with their exact times so
// detectors and ML labels can be checked against them:
//  - spike: 1–4 samples offset by 6–10 local standard deviations (and at least 5 % of the level);
//  - drift: a linear ramp to 5–8 local standard deviations over one to three hours, then reset;
//  - stuck: the sensor repeats one value for 30–90 minutes.
import { Rng } from './prng.js';

export type AnomalyKind = 'spike' | 'drift' | 'stuck';

/** Gauges worth corrupting: the ones a sensor measures directly. */
export const ANOMALY_METRICS = new Set([
  'active_power_kw', 'current_a', 'voltage_v',
  'chw_supply_temp_c', 'chw_return_temp_c', 'chw_flow_m3h',
  'supply_air_temp_c', 'return_air_temp_c', 'airflow_cfm',
  'cw_inlet_temp_c', 'cw_outlet_temp_c', 'flow_m3h', 'head_m',
  'discharge_pressure_bar', 'oil_temp_c', 'winding_temp_c', 'speed_rpm', 'battery_soc_pct',
]);

const ELECTRICAL = new Set(['active_power_kw', 'current_a', 'voltage_v']);

/** Smallest spike per metric, so a very steady signal still gets a visible one. */
const MIN_STEP: Record<string, number> = {
  voltage_v: 12, chw_supply_temp_c: 1.5, chw_return_temp_c: 1.5, supply_air_temp_c: 2, return_air_temp_c: 2,
  cw_inlet_temp_c: 2, cw_outlet_temp_c: 2, oil_temp_c: 8, winding_temp_c: 12, discharge_pressure_bar: 0.8,
  speed_rpm: 40, battery_soc_pct: 8,
};

export interface AnomalyTarget {
  key: string;
  code: string;
  metric: string;
  unit: string;
  values: Float64Array;
  /** True where the equipment runs (anomalies are placed only there). */
  running: Uint8Array;
}

export interface InjectedAnomaly {
  target: AnomalyTarget;
  kind: AnomalyKind;
  /** First and last affected sample (inclusive). */
  startIndex: number;
  endIndex: number;
  magnitude: number;
  description: string;
  /** The most anomalous stored value (what an alert would report). */
  peakValue: number;
}

function localStats(v: Float64Array, from: number, to: number): { mean: number; sd: number } {
  let s = 0;
  let ss = 0;
  const n = Math.max(1, to - from);
  for (let i = from; i < to; i++) {
    s += v[i];
    ss += v[i] * v[i];
  }
  const mean = s / n;
  return { mean, sd: Math.sqrt(Math.max(0, ss / n - mean * mean)) };
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3));

/**
 * Places about `perSeriesDay` anomalies per series-day of data (at least one of each kind when
 * the window allows) and writes them into the targets' values.
 */
export function injectAnomalies(rng: Rng, targets: AnomalyTarget[], count: number, stepMinutes: number, perSeriesDay: number): InjectedAnomaly[] {
  if (targets.length === 0 || count < 90 / stepMinutes) return [];
  const days = (count * stepMinutes) / 1440;
  const wanted = Math.max(3, Math.round(targets.length * days * perSeriesDay));
  // Half the picks go to process sensors (temperatures, flows, pressures…), which would otherwise
  // be outnumbered by the electrical readings every equipment has.
  const electrical = targets.filter((t) => ELECTRICAL.has(t.metric));
  const process = targets.filter((t) => !ELECTRICAL.has(t.metric));
  const taken = new Map<string, [number, number][]>();
  const out: InjectedAnomaly[] = [];
  const margin = Math.min(60, Math.floor(count / 6));
  for (let a = 0, attempts = 0; a < wanted && attempts < wanted * 30; attempts++) {
    const kind: AnomalyKind = a < 3 ? (['spike', 'drift', 'stuck'] as const)[a] : rng.chance(0.5) ? 'spike' : rng.chance(0.5) ? 'drift' : 'stuck';
    const target = rng.pick(process.length && (electrical.length === 0 || rng.chance(0.5)) ? process : electrical);
    const maxLen = Math.max(2, Math.floor((count - 2 * margin) / 3));
    const len = kind === 'spike' ? rng.int(1, 4) : kind === 'drift' ? Math.min(maxLen, rng.int(60, 180)) : Math.min(maxLen, rng.int(30, 90));
    const start = rng.int(margin, count - margin - len);
    const end = start + len - 1;
    let ok = true;
    for (let i = start - margin; i <= end && ok; i++) if (!target.running[i]) ok = false;
    for (const [s, e] of taken.get(target.key) ?? []) if (start <= e + margin && end >= s - margin) ok = false;
    if (!ok) continue;
    const v = target.values;
    const { mean, sd } = localStats(v, start - margin, start);
    const floor = Math.max(0.05 * Math.abs(mean), MIN_STEP[target.metric] ?? 0, 1e-3);
    let magnitude: number;
    let peak: number;
    let description: string;
    if (kind === 'spike') {
      const sign = rng.chance(0.8) ? 1 : -1;
      magnitude = sign * Math.max(rng.range(6, 10) * sd, floor * rng.range(1, 1.5));
      for (let i = start; i <= end; i++) v[i] += magnitude;
      peak = v[start];
      description = `Injected spike of ${magnitude > 0 ? '+' : ''}${fmt(magnitude)} ${target.unit} on ${target.metric} for ${len} sample${len > 1 ? 's' : ''}`.trim();
    } else if (kind === 'drift') {
      const sign = rng.chance(0.5) ? 1 : -1;
      magnitude = sign * Math.max(rng.range(5, 8) * sd, floor);
      for (let i = start; i <= end; i++) v[i] += (magnitude * (i - start + 1)) / len;
      peak = v[end];
      description = `Injected drift reaching ${magnitude > 0 ? '+' : ''}${fmt(magnitude)} ${target.unit} on ${target.metric} over ${len} samples`;
    } else {
      const frozen = v[start];
      let worst = 0;
      for (let i = start; i <= end; i++) {
        worst = Math.max(worst, Math.abs(v[i] - frozen));
        v[i] = frozen;
      }
      magnitude = worst;
      peak = frozen;
      description = `Injected stuck sensor: ${target.metric} held at ${fmt(frozen)} ${target.unit} for ${len} samples`;
    }
    taken.set(target.key, [...(taken.get(target.key) ?? []), [start, end]]);
    out.push({ target, kind, startIndex: start, endIndex: end, magnitude, description, peakValue: peak });
    a++;
  }
  return out;
}
