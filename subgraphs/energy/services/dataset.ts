// Turns the daily aggregates of one statement into regression rows: one per day, ISO week or
// month, with the consumption (y) and each variable's value (x). Pure: no database.
import type { PeriodAggregation, VariableKind } from '../../../database/tables/energy.table.js';
import { coolingDegreeDays, DEFAULT_BASE_C, heatingDegreeDays } from '../regression/degree-days.js';
import type { Granularity } from '../regression/validity.js';
import type { DailyPart, SeriesNeed } from '../repositories/readings-data-repository.js';

/** A variable as a baseline uses it: a snapshot of its registry row, defaults applied. */
export interface VariableDef {
  name: string;
  displayName: string;
  kind: VariableKind;
  metric: string;
  scope: 'equipment' | 'site';
  aggregation: PeriodAggregation;
  /** Fixed degree-day base; null = default 18 °C or searched. */
  baseTemperature: number | null;
  unit: string;
}

export function defaultMetricOf(kind: VariableKind, metric: string | null): string {
  if (metric) return metric;
  if (kind === 'hdd' || kind === 'cdd') return 'outdoor_temp_c';
  // A working day without a metric is the calendar's: Monday to Friday.
  if (kind === 'working_day') return '';
  return 'production_count';
}

export function needsOf(consumptionMetric: string, vars: readonly VariableDef[]): { needs: SeriesNeed[]; hourlyMetrics: string[] } {
  const needs: SeriesNeed[] = [{ scope: 'equipment', metric: consumptionMetric }];
  const hourlyMetrics: string[] = [];
  for (const v of vars) {
    if (v.kind === 'operating_hours') hourlyMetrics.push(v.metric);
    else if (v.kind === 'working_day' && !v.metric) continue;
    else needs.push({ scope: v.scope, metric: v.metric });
  }
  return { needs, hourlyMetrics };
}

interface DayRaw {
  y: number;
  /** Per variable: the parts needed to combine days (sum, count, min, max, or a derived value). */
  x: Record<string, { s: number; n: number; mn: number; mx: number; mean: number }>;
}

export interface DataRow {
  start: string;
  end: string;
  days: number;
  y: number;
  x: Record<string, number>;
}

export interface Dataset {
  rows: DataRow[];
  /** Days in the period with no consumption data. */
  missingDays: number;
  /** Variables with no data on any day, by name. */
  variablesWithoutData: string[];
  /** Daily mean temperatures kept for balance-point search, per degree-day variable. */
  daysInPeriod: number;
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

function periodOf(day: string, g: Granularity): { key: string; start: string; end: string } {
  if (g === 'day') return { key: day, start: day, end: day };
  if (g === 'month') {
    const start = `${day.slice(0, 7)}-01`;
    const next = new Date(`${start}T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    return { key: start, start, end: addDays(next.toISOString().slice(0, 10), -1) };
  }
  const dow = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const start = addDays(day, -dow);
  return { key: start, start, end: addDays(start, 6) };
}

/**
 * Builds rows from daily parts. A day counts when the consumption and every variable have data;
 * a week or month counts only when it lies wholly inside [from, to] and every one of its days
 * counts (no partial periods that would bias sums).
 */
export function buildDataset(
  parts: readonly DailyPart[],
  consumptionMetric: string,
  vars: readonly VariableDef[],
  from: string,
  to: string,
  granularity: Granularity,
  bases: Record<string, number> = {},
): Dataset {
  const index = new Map<string, DailyPart>();
  for (const p of parts) index.set(`${p.kind}|${p.scope}|${p.metric}|${p.day}`, p);
  const allDays = daysBetween(from, to);
  const daily = new Map<string, DayRaw>();
  let missingDays = 0;
  const seen = new Set<string>();
  for (const day of allDays) {
    const c = index.get(`d|equipment|${consumptionMetric}|${day}`);
    if (!c || c.n === 0) {
      missingDays++;
      continue;
    }
    const x: DayRaw['x'] = {};
    let complete = true;
    for (const v of vars) {
      const one = (value: number) => ({ s: value, n: 1, mn: value, mx: value, mean: value });
      if (v.kind === 'operating_hours') {
        const h = index.get(`h|equipment|${v.metric}|${day}`);
        x[v.name] = one(h ? h.s : 0);
        if (h) seen.add(v.name);
        continue;
      }
      if (v.kind === 'working_day' && !v.metric) {
        const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
        x[v.name] = one(dow === 0 || dow === 6 ? 0 : 1);
        seen.add(v.name);
        continue;
      }
      const p = index.get(`d|${v.scope}|${v.metric}|${day}`);
      if (!p || p.n === 0) {
        complete = false;
        continue;
      }
      seen.add(v.name);
      const mean = p.s / p.n;
      if (v.kind === 'metric') x[v.name] = { s: p.s, n: p.n, mn: p.mn, mx: p.mx, mean };
      else if (v.kind === 'hdd') x[v.name] = one(heatingDegreeDays(mean, bases[v.name] ?? v.baseTemperature ?? DEFAULT_BASE_C));
      else if (v.kind === 'cdd') x[v.name] = one(coolingDegreeDays(mean, bases[v.name] ?? v.baseTemperature ?? DEFAULT_BASE_C));
      else if (v.kind === 'working_day') x[v.name] = one(p.s > 0 ? 1 : 0);
      // Degree days keep the day's mean temperature for a balance-point search.
      if (v.kind === 'hdd' || v.kind === 'cdd') x[v.name].mean = mean;
    }
    if (complete) daily.set(day, { y: c.s, x });
  }

  const groups = new Map<string, { start: string; end: string; days: DayRaw[]; expected: number }>();
  for (const day of allDays) {
    const p = periodOf(day, granularity);
    let g = groups.get(p.key);
    if (!g) {
      g = { start: p.start, end: p.end, days: [], expected: daysBetween(p.start, p.end).length };
      groups.set(p.key, g);
    }
    const d = daily.get(day);
    if (d) g.days.push(d);
  }
  const rows: DataRow[] = [];
  for (const g of groups.values()) {
    if (g.days.length === 0 || g.start < from || g.end > to || g.days.length !== g.expected) continue;
    const x: Record<string, number> = {};
    for (const v of vars) {
      const vals = g.days.map((d) => d.x[v.name]);
      if (v.kind === 'metric') {
        if (v.aggregation === 'SUM') x[v.name] = vals.reduce((s, a) => s + a.s, 0);
        else if (v.aggregation === 'AVG') x[v.name] = vals.reduce((s, a) => s + a.s, 0) / vals.reduce((s, a) => s + a.n, 0);
        else if (v.aggregation === 'MIN') x[v.name] = Math.min(...vals.map((a) => a.mn));
        else x[v.name] = Math.max(...vals.map((a) => a.mx));
      } else {
        x[v.name] = vals.reduce((s, a) => s + a.s, 0);
      }
    }
    rows.push({ start: g.start, end: g.end, days: g.days.length, y: g.days.reduce((s, d) => s + d.y, 0), x });
  }
  return { rows, missingDays, variablesWithoutData: vars.filter((v) => !seen.has(v.name)).map((v) => v.name), daysInPeriod: allDays.length };
}
