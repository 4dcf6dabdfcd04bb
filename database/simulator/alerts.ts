// Alerts as a site's monitoring would have raised them: threshold rules evaluated over the
// generated values (with their durations), alerts for a share of the injected anomalies, and
// trips. Some are acknowledged by the shift, as in a real alert log.
import type { AlertSeverity, ComparisonOperator } from '../tables/readings.table.js';
import type { InjectedAnomaly } from './anomalies.js';
import { entityId } from './ids.js';
import { DEMO_ORG } from './organizations.js';
import type { Rng } from './prng.js';

export interface AlertRuleSpec {
  id: string;
  name: string;
  metric: string;
  equipmentTypeId: string | null;
  operator: ComparisonOperator;
  threshold: number;
  durationSeconds: number;
  severity: AlertSeverity;
}

const rule = (name: string, metric: string, equipmentTypeId: string | null, operator: ComparisonOperator, threshold: number, durationSeconds: number, severity: AlertSeverity): AlertRuleSpec => ({
  id: entityId(DEMO_ORG.id, 'alert-rule', name),
  name, metric, equipmentTypeId, operator, threshold, durationSeconds, severity,
});

export const ALERT_RULES: AlertRuleSpec[] = [
  rule('Transformer oil temperature high', 'oil_temp_c', 'trf', '>', 85, 600, 'high'),
  rule('Chilled water supply temperature high', 'chw_supply_temp_c', 'chiller', '>', 9, 300, 'warning'),
  rule('Supply air temperature high', 'supply_air_temp_c', 'ahu', '>', 18, 600, 'warning'),
  rule('Motor winding temperature high', 'winding_temp_c', 'motor', '>', 110, 120, 'high'),
  rule('Compressor discharge pressure high', 'discharge_pressure_bar', 'compressor', '>', 8.2, 60, 'warning'),
  rule('Low power factor', 'power_factor', 'motor', '<', 0.72, 1800, 'info'),
  rule('UPS battery low', 'battery_soc_pct', 'ups', '<', 40, 60, 'critical'),
  rule('Undervoltage', 'voltage_v', null, '<', 380, 60, 'high'),
];

export interface AlertSpec {
  id: string;
  organizationId: string;
  equipmentCode: string;
  seriesKey: string | null;
  ruleId: string | null;
  severity: AlertSeverity;
  message: string;
  value: number | null;
  raisedAt: number;
  clearedAt: number | null;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
}

const OPERATORS: Record<ComparisonOperator, (a: number, b: number) => boolean> = {
  '>': (a, b) => a > b, '>=': (a, b) => a >= b, '<': (a, b) => a < b, '<=': (a, b) => a <= b, '=': (a, b) => a === b, '!=': (a, b) => a !== b,
};

const SHIFT = ['shift.engineer@demo-industries.example', 'control.room@demo-industries.example', 'facility.manager@demo-industries.example'];

export interface SeriesView {
  key: string;
  code: string;
  typeId: string;
  metric: string;
  values: Float64Array;
  /** Time of sample i (ms). */
  time: (i: number) => number;
  /** True where the equipment is energised (rules do not fire on stopped machines). */
  running: Uint8Array;
  stepSeconds: number;
}

function alertId(code: string, what: string, at: number): string {
  return entityId(DEMO_ORG.id, 'alert', `${code}/${what}/${at}`);
}

function acknowledge(rng: Rng, raisedAt: number, endMs: number): Pick<AlertSpec, 'acknowledgedAt' | 'acknowledgedBy'> {
  const at = raisedAt + rng.int(3, 25) * 60_000;
  if (at < endMs && rng.chance(0.55)) return { acknowledgedAt: at, acknowledgedBy: rng.pick(SHIFT) };
  return { acknowledgedAt: null, acknowledgedBy: null };
}

/** Episodes where a rule's condition held for at least its duration. */
export function thresholdAlerts(rng: Rng, series: SeriesView, endMs: number): AlertSpec[] {
  const out: AlertSpec[] = [];
  for (const r of ALERT_RULES) {
    if (r.metric !== series.metric || (r.equipmentTypeId !== null && r.equipmentTypeId !== series.typeId)) continue;
    const test = OPERATORS[r.operator];
    const need = Math.max(1, Math.ceil(r.durationSeconds / series.stepSeconds));
    const v = series.values;
    let runStart = -1;
    for (let i = 0; i <= v.length; i++) {
      const hit = i < v.length && series.running[i] === 1 && test(v[i], r.threshold);
      if (hit && runStart < 0) runStart = i;
      if (!hit && runStart >= 0) {
        if (i - runStart >= need) {
          let peak = v[runStart];
          for (let k = runStart; k < i; k++) if (r.operator.startsWith('<') ? v[k] < peak : v[k] > peak) peak = v[k];
          const raisedAt = series.time(runStart + need - 1);
          out.push({
            id: alertId(series.code, r.name, raisedAt),
            organizationId: DEMO_ORG.id,
            equipmentCode: series.code,
            seriesKey: series.key,
            ruleId: r.id,
            severity: r.severity,
            message: r.name,
            value: peak,
            raisedAt,
            clearedAt: i < v.length ? series.time(i) : null,
            ...acknowledge(rng, raisedAt, endMs),
          });
        }
        runStart = -1;
      }
    }
  }
  return out;
}

const TEMPERATURE = /_temp_c$/;

function anomalyMessage(a: InjectedAnomaly): { message: string; severity: AlertSeverity } {
  const up = a.magnitude >= 0;
  const m = a.target.metric;
  if (a.kind === 'stuck') return { message: 'Sensor reading frozen', severity: 'warning' };
  if (a.kind === 'drift') return { message: 'Sensor drift suspected', severity: 'info' };
  if (TEMPERATURE.test(m)) return { message: up ? 'High temperature' : 'Low temperature', severity: up ? 'high' : 'warning' };
  if (m === 'active_power_kw') return { message: up ? 'High power demand' : 'Sudden drop in power', severity: 'warning' };
  if (m === 'current_a') return { message: up ? 'High current' : 'Sudden drop in current', severity: up ? 'high' : 'warning' };
  if (m === 'voltage_v') return { message: up ? 'Overvoltage' : 'Voltage dip', severity: 'high' };
  if (m === 'discharge_pressure_bar') return { message: up ? 'High discharge pressure' : 'Low discharge pressure', severity: 'warning' };
  if (m === 'battery_soc_pct') return { message: 'Battery state of charge excursion', severity: 'critical' };
  return { message: `Abnormal ${m.replace(/_/g, ' ')}`, severity: 'warning' };
}

/** Alerts for about 60 % of the injected anomalies, raised at their first sample. */
export function anomalyAlerts(rng: Rng, anomalies: InjectedAnomaly[], time: (i: number) => number, stepMs: number, endMs: number): AlertSpec[] {
  const out: AlertSpec[] = [];
  for (const a of anomalies) {
    if (!rng.chance(0.6)) continue;
    const { message, severity } = anomalyMessage(a);
    const raisedAt = time(a.startIndex) + (a.kind === 'spike' ? 0 : 10 * stepMs);
    const cleared = time(a.endIndex) + 2 * stepMs;
    out.push({
      id: alertId(a.target.code, `${a.target.metric}/${a.kind}`, raisedAt),
      organizationId: DEMO_ORG.id,
      equipmentCode: a.target.code,
      seriesKey: a.target.key,
      ruleId: null,
      severity,
      message,
      value: a.peakValue,
      raisedAt,
      clearedAt: cleared < endMs ? cleared : null,
      ...acknowledge(rng, raisedAt, endMs),
    });
  }
  return out;
}
