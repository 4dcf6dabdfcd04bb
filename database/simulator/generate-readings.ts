// Generates every reading of a seed run in memory, group by group (EnMS history, command-center
// window, long histories, Northwind), then injects anomalies and derives alerts and statuses
// from the final values. Writing is someone else's job (seed-plant.ts).
import { anomalyAlerts, thresholdAlerts, type AlertSpec } from './alerts.js';
import { ANOMALY_METRICS, injectAnomalies, type AnomalyTarget } from './anomalies.js';
import { outdoorTemperature, relativeHumidity } from './climate.js';
import { writeMetric } from './command-center-metrics.js';
import { CommandCenterModel, FAULT, MAINTENANCE, RUNNING, STATUSES } from './command-center-model.js';
import type { EquipmentSpec } from './equipment-spec.js';
import { machineDays, REAL_DATA_FROM, round, weatherDays, weatherSource } from './enms-history.js';
import { entityId } from './ids.js';
import { metric } from './metrics.js';
import { northwindValues } from './northwind.js';
import { DEMO_ORG } from './organizations.js';
import { planEvents, type PlantEvent } from './plant-events.js';
import { enmsMetrics, type PlantStructure, type SeriesSpec } from './plant-structure.js';
import { Rng, hash32 } from './prng.js';
import { BENCH_END, BENCH_HISTORY, BENCH_HISTORY_MINUTES, selects, type ResolvedOptions } from './seed-options.js';
import { COMMAND_CENTER, NORTHWIND_PLANT, siteByCode } from './sites.js';
import { localMidnightUtc } from './time-zones.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const BLOCK_MINUTES = 1440;
/** Anomalies per series-day of 1-minute data. */
const ANOMALY_RATE = 0.03;

export interface PointJob {
  series: SeriesSpec;
  startMs: number;
  stepMs: number;
  values: Float64Array;
  /** Samples from this index on are 'real' (source 0); earlier ones 'backfill' (1). */
  realFrom: number;
}

export interface AnomalyRow {
  seriesKey: string;
  kind: 'spike' | 'drift' | 'stuck';
  startsAt: number;
  endsAt: number;
  magnitude: number;
  description: string;
}

export interface StatusRow {
  equipmentId: string;
  code: string;
  status: (typeof STATUSES)[number];
  startedAt: number;
  reason: string;
}

export interface RollupGroup {
  seriesKeys: string[];
  fromMs: number;
  toMs: number;
}

export interface Generation {
  jobs: PointJob[];
  anomalies: AnomalyRow[];
  alerts: AlertSpec[];
  statusHistory: StatusRow[];
  /** equipment id → current status and since when. */
  current: Map<string, { status: StatusRow['status']; since: number }>;
  rollups: RollupGroup[];
  points: number;
  windowHours: number;
}

export type GenerateProgress = (done: number, total: number) => void;

function roundInPlace(v: Float64Array, decimals: number): Float64Array {
  const f = 10 ** decimals;
  for (let i = 0; i < v.length; i++) v[i] = Math.round(v[i] * f) / f;
  return v;
}

class SeriesIndex {
  readonly #byKey: Map<string, SeriesSpec>;
  constructor(series: SeriesSpec[]) {
    this.#byKey = new Map(series.map((s) => [s.key, s]));
  }
  get(key: string): SeriesSpec {
    const s = this.#byKey.get(key);
    if (!s) throw new Error(`no series ${key}`);
    return s;
  }
}

export function generateReadings(o: ResolvedOptions, structure: PlantStructure, progress?: GenerateProgress): Generation {
  const index = new SeriesIndex(structure.series);
  const g: Generation = { jobs: [], anomalies: [], alerts: [], statusHistory: [], current: new Map(), rollups: [], points: 0, windowHours: o.windowMinutes / 60 };
  const work = { done: 0, total: 0 };
  const tick = (n: number) => {
    work.done += n;
    progress?.(work.done, work.total);
  };
  const ccSelected = structure.commandCenter.filter((e) => selects(o.equipment, e.code));
  const historyCodes = new Set(o.history ? o.history.codes.filter((c) => ccSelected.some((e) => e.code === c)) : []);
  work.total = (o.enms ? 1 : 0) + Math.ceil(o.windowMinutes / BLOCK_MINUTES) + (historyCodes.size && o.history ? Math.ceil((o.endMs - o.history.fromMs) / MINUTE_MS / BLOCK_MINUTES) : 0) + 1;

  if (o.enms) {
    enmsHistory(o, structure, index, g);
    tick(1);
  }
  commandCenter(o, structure, index, g, ccSelected, historyCodes, tick);
  northwind(o, structure, index, g);
  tick(1);
  for (const e of [...structure.enms, ...structure.northwind]) {
    const since = localMidnightUtc(siteByCode(e.organizationId, e.siteCode).timeZone, e.installedOn);
    g.statusHistory.push({ equipmentId: e.id, code: e.code, status: 'running', startedAt: since, reason: 'Commissioned' });
    g.current.set(e.id, { status: 'running', since });
  }
  g.points = g.jobs.reduce((s, j) => s + j.values.length, 0);
  g.alerts.sort((a, b) => a.raisedAt - b.raisedAt || a.equipmentCode.localeCompare(b.equipmentCode) || a.message.localeCompare(b.message));
  return g;
}

function enmsHistory(o: ResolvedOptions, structure: PlantStructure, index: SeriesIndex, g: Generation): void {
  const range = o.enms!;
  const machines = structure.enms.filter((m) => selects(o.equipment, m.code));
  for (const siteCode of [...new Set(machines.map((m) => m.siteCode))]) {
    const site = siteByCode(DEMO_ORG.id, siteCode);
    const days = weatherDays(site, o.seed, range.from, range.to);
    if (days.length === 0) continue;
    const startMs = days[0].hours[0];
    const realFrom = days.filter((d) => d.date < REAL_DATA_FROM).reduce((s, d) => s + d.hours.length, 0);
    const flat = (pick: (d: (typeof days)[number]) => number[]) => Float64Array.from(days.flatMap(pick));
    const keys: string[] = [];
    const push = (key: string, values: Float64Array) => {
      g.jobs.push({ series: index.get(key), startMs, stepMs: HOUR_MS, values, realFrom });
      keys.push(key);
    };
    push(`demo/site:${siteCode}/outdoor_temp_c`, flat((d) => d.temperature));
    push(`demo/site:${siteCode}/relative_humidity_pct`, flat((d) => d.humidity));
    for (const m of machines.filter((x) => x.siteCode === siteCode)) {
      const md = machineDays(m, site, days, o.seed);
      const consumption = (source: 'electricity' | 'natural_gas' | 'steam' | 'compressed_air') => Float64Array.from(md.flatMap((d) => d.consumption[source]!.hourly));
      for (const metricName of enmsMetrics(m)) {
        let values: Float64Array;
        if (metricName === 'energy_kwh' || metricName === 'active_power_kw') values = consumption('electricity');
        else if (metricName === 'production_count') values = Float64Array.from(md.flatMap((d) => d.production));
        else if (metricName === 'natural_gas_m3') values = consumption('natural_gas');
        else if (metricName === 'steam_kg') values = consumption('steam');
        else values = consumption('compressed_air');
        push(`demo/${m.code}/${metricName}`, values);
      }
    }
    g.rollups.push({ seriesKeys: keys, fromMs: startMs, toMs: days[days.length - 1].hours.at(-1)! + HOUR_MS });
  }
}

interface RangeResult {
  values: Map<string, Float64Array>;
  status: Map<string, Uint8Array>;
}

/** Computes the model over [fromMinute, fromMinute + count) block by block. */
function runModel(
  model: CommandCenterModel,
  fromMinute: number,
  count: number,
  emit: { spec: EquipmentSpec; metrics: string[] }[],
  statusOf: EquipmentSpec[],
  tick: (n: number) => void,
): RangeResult {
  const values = new Map<string, Float64Array>();
  const status = new Map<string, Uint8Array>();
  for (const { spec, metrics } of emit) for (const m of metrics) values.set(`${spec.code}/${m}`, new Float64Array(count));
  for (const spec of statusOf) status.set(spec.code, new Uint8Array(count));
  for (let off = 0; off < count; off += BLOCK_MINUTES) {
    const n = Math.min(BLOCK_MINUTES, count - off);
    const block = model.block(fromMinute + off, n);
    for (const { spec, metrics } of emit) for (const m of metrics) writeMetric(block, spec, m, values.get(`${spec.code}/${m}`)!, off);
    for (const spec of statusOf) status.get(spec.code)!.set(block.trace(spec.code).status, off);
    tick(1);
  }
  return { values, status };
}

const ALWAYS_ON_ROLES = new Set(['aggregate', 'apfc', 'trf', 'mirror', 'plc', 'db', 'ups']);

function transitionReason(spec: EquipmentSpec, from: number, to: number, events: PlantEvent[], minute: number): string {
  if (to === MAINTENANCE || to === FAULT) return events.find((e) => e.fromMinute === minute)?.reason ?? (to === FAULT ? 'Tripped' : 'Maintenance');
  if (from === MAINTENANCE || from === FAULT) return 'Returned to service';
  const starting = to === RUNNING;
  switch (spec.role?.kind) {
    case 'ahu': return starting ? 'Scheduled start' : 'Scheduled stop';
    case 'chiller': return starting ? 'Staged on by the chiller plant manager' : 'Staged off by the chiller plant manager';
    case 'dg': return starting ? 'Weekly no-load test run' : 'Test run complete';
    case 'motor': return starting ? 'Shift start' : 'Shift end';
    case 'compressor': return starting ? 'Started on compressed-air demand' : 'Stopped on low compressed-air demand';
    default: return starting ? 'Started with its chiller' : 'Stopped with its chiller';
  }
}

function statusRows(spec: EquipmentSpec, status: Uint8Array, fromMinute: number, events: PlantEvent[], timeZone: string): StatusRow[] {
  const first = status[0];
  const alwaysOn = first === RUNNING && ALWAYS_ON_ROLES.has(spec.role?.kind ?? '');
  const rows: StatusRow[] = [{
    equipmentId: spec.id,
    code: spec.code,
    status: STATUSES[first],
    startedAt: alwaysOn ? localMidnightUtc(timeZone, spec.installedOn) : fromMinute * MINUTE_MS,
    reason: alwaysOn ? 'Commissioned' : 'State when the simulated record begins',
  }];
  for (let i = 1; i < status.length; i++) {
    if (status[i] === status[i - 1]) continue;
    rows.push({
      equipmentId: spec.id,
      code: spec.code,
      status: STATUSES[status[i]],
      startedAt: (fromMinute + i) * MINUTE_MS,
      reason: transitionReason(spec, status[i - 1], status[i], events, fromMinute + i),
    });
  }
  return rows;
}

function commandCenter(
  o: ResolvedOptions,
  structure: PlantStructure,
  index: SeriesIndex,
  g: Generation,
  selected: EquipmentSpec[],
  historyCodes: Set<string>,
  tick: (n: number) => void,
): void {
  const campus = siteByCode(DEMO_ORG.id, COMMAND_CENTER);
  const weather = weatherSource(campus, o.seed);
  const endMinute = o.endMs / MINUTE_MS;
  const windowStart = endMinute - o.windowMinutes;
  const events = o.windowMinutes > 0 ? planEvents(o.seed, structure.commandCenter, windowStart, endMinute) : [];
  const model = new CommandCenterModel(structure.commandCenter, structure.relations.filter((r) => r.organizationId === DEMO_ORG.id), o.seed, weather, campus.timeZone, events);

  const ranges: { fromMinute: number; count: number; specs: EquipmentSpec[]; statusOf: EquipmentSpec[]; name: string }[] = [];
  if (o.windowMinutes > 0) {
    ranges.push({ name: 'window', fromMinute: windowStart, count: o.windowMinutes, specs: selected.filter((e) => !historyCodes.has(e.code)), statusOf: structure.commandCenter.filter((e) => !historyCodes.has(e.code)) });
  }
  if (o.history && historyCodes.size) {
    const fromMinute = Math.floor(o.history.fromMs / MINUTE_MS);
    const specs = selected.filter((e) => historyCodes.has(e.code));
    // The seed's three years: 2023-02-01 to 2026-02-01 IST is 1,578,240 minutes per series.
    if (o.history.fromMs === Date.parse(BENCH_HISTORY.from) && o.endMs === Date.parse(BENCH_END) && endMinute - fromMinute !== BENCH_HISTORY_MINUTES) {
      throw new Error(`bench history has ${endMinute - fromMinute} timestamps per series, expected ${BENCH_HISTORY_MINUTES}`);
    }
    ranges.push({ name: 'history', fromMinute, count: endMinute - fromMinute, specs, statusOf: specs });
  }

  for (const r of ranges) {
    const emit = r.specs.map((spec) => ({ spec, metrics: structure.series.filter((s) => s.equipmentId === spec.id).map((s) => s.metric) }));
    const result = runModel(model, r.fromMinute, r.count, emit, r.statusOf, tick);
    const startMs = r.fromMinute * MINUTE_MS;
    const time = (i: number) => startMs + i * MINUTE_MS;
    const targets: AnomalyTarget[] = [];
    const keys: string[] = [];
    for (const { spec, metrics } of emit) {
      const running = new Uint8Array(r.count);
      const st = result.status.get(spec.code)!;
      for (let i = 0; i < r.count; i++) running[i] = st[i] === RUNNING ? 1 : 0;
      for (const m of metrics) {
        const key = `demo/${spec.code}/${m}`;
        const values = roundInPlace(result.values.get(`${spec.code}/${m}`)!, metric(m).decimals);
        g.jobs.push({ series: index.get(key), startMs, stepMs: MINUTE_MS, values, realFrom: 0 });
        keys.push(key);
        if (ANOMALY_METRICS.has(m)) targets.push({ key, code: spec.code, metric: m, unit: metric(m).unit, values, running });
      }
    }
    const rng = new Rng(hash32(o.seed, 'anomalies', r.name, o.endMs));
    const injected = injectAnomalies(rng, targets, r.count, 1, ANOMALY_RATE);
    for (const a of injected) {
      roundInPlace(a.target.values.subarray(a.startIndex, a.endIndex + 1), metric(a.target.metric).decimals);
      g.anomalies.push({
        seriesKey: a.target.key,
        kind: a.kind,
        startsAt: time(a.startIndex),
        endsAt: time(a.endIndex),
        magnitude: round(a.magnitude, 6),
        description: a.description,
      });
    }
    const alertRng = new Rng(hash32(o.seed, 'alerts', r.name, o.endMs));
    for (const { spec, metrics } of emit) {
      const running = targets.find((t) => t.code === spec.code)?.running ?? Uint8Array.from(result.status.get(spec.code)!, (s) => (s === RUNNING ? 1 : 0));
      for (const m of metrics) {
        const key = `demo/${spec.code}/${m}`;
        g.alerts.push(...thresholdAlerts(alertRng, { key, code: spec.code, typeId: spec.typeId, metric: m, values: result.values.get(`${spec.code}/${m}`)!, time, running, stepSeconds: 60 }, o.endMs));
      }
    }
    g.alerts.push(...anomalyAlerts(alertRng, injected, time, MINUTE_MS, o.endMs));
    for (const spec of r.statusOf) {
      const rows = statusRows(spec, result.status.get(spec.code)!, r.fromMinute, model.eventsFor(spec.code), campus.timeZone);
      g.statusHistory.push(...rows);
      const last = rows[rows.length - 1];
      g.current.set(spec.id, { status: last.status, since: last.startedAt });
    }
    g.rollups.push({ seriesKeys: keys, fromMs: startMs, toMs: o.endMs });
  }
  for (const ev of events) {
    if (ev.status !== 'fault') continue;
    const raisedAt = ev.fromMinute * MINUTE_MS;
    g.alerts.push({
      id: entityId(DEMO_ORG.id, 'alert', `${ev.code}/trip/${raisedAt}`),
      organizationId: DEMO_ORG.id,
      equipmentCode: ev.code,
      seriesKey: null,
      ruleId: null,
      severity: 'critical',
      message: `Equipment tripped: ${ev.reason.toLowerCase()}`,
      value: null,
      raisedAt,
      clearedAt: Number.isFinite(ev.toMinute) ? ev.toMinute * MINUTE_MS : null,
      acknowledgedAt: raisedAt + 4 * MINUTE_MS < o.endMs ? raisedAt + 4 * MINUTE_MS : null,
      acknowledgedBy: raisedAt + 4 * MINUTE_MS < o.endMs ? 'control.room@demo-industries.example' : null,
    });
  }
  // Equipment outside any generated range: running since commissioning.
  for (const e of structure.commandCenter) {
    if (g.current.has(e.id)) continue;
    const since = localMidnightUtc(campus.timeZone, e.installedOn);
    g.statusHistory.push({ equipmentId: e.id, code: e.code, status: 'running', startedAt: since, reason: 'Commissioned' });
    g.current.set(e.id, { status: 'running', since });
  }
  // Campus weather covers every minute any selected command-center equipment has data for.
  if (selected.length && ranges.length) {
    const fromMinute = Math.min(...ranges.map((r) => r.fromMinute));
    const count = endMinute - fromMinute;
    const temp = new Float64Array(count);
    const rh = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const ms = (fromMinute + i) * MINUTE_MS;
      temp[i] = outdoorTemperature(weather, ms);
      rh[i] = relativeHumidity(weather, ms);
    }
    const startMs = fromMinute * MINUTE_MS;
    const keys = [`demo/site:${COMMAND_CENTER}/outdoor_temp_c`, `demo/site:${COMMAND_CENTER}/relative_humidity_pct`];
    g.jobs.push({ series: index.get(keys[0]), startMs, stepMs: MINUTE_MS, values: roundInPlace(temp, 2), realFrom: 0 });
    g.jobs.push({ series: index.get(keys[1]), startMs, stepMs: MINUTE_MS, values: roundInPlace(rh, 1), realFrom: 0 });
    g.rollups.push({ seriesKeys: keys, fromMs: startMs, toMs: o.endMs });
  }
}

function northwind(o: ResolvedOptions, structure: PlantStructure, index: SeriesIndex, g: Generation): void {
  const selected = structure.northwind.filter((e) => selects(o.equipment, e.code));
  if (o.windowMinutes === 0 || selected.length === 0) return;
  const site = siteByCode(structure.northwind[0].organizationId, NORTHWIND_PLANT);
  const weather = weatherSource(site, o.seed);
  const fromMinute = o.endMs / MINUTE_MS - o.windowMinutes;
  const startMs = fromMinute * MINUTE_MS;
  const values = northwindValues(o.seed, weather, site.timeZone, fromMinute, o.windowMinutes);
  const keys: string[] = [];
  for (const e of selected) {
    for (const s of structure.series.filter((x) => x.equipmentId === e.id)) {
      g.jobs.push({ series: s, startMs, stepMs: MINUTE_MS, values: roundInPlace(values.get(`${e.code}/${s.metric}`)!, metric(s.metric).decimals), realFrom: 0 });
      keys.push(s.key);
    }
  }
  const temp = new Float64Array(o.windowMinutes);
  for (let i = 0; i < temp.length; i++) temp[i] = outdoorTemperature(weather, startMs + i * MINUTE_MS);
  const tempKey = `northwind/site:${NORTHWIND_PLANT}/outdoor_temp_c`;
  g.jobs.push({ series: index.get(tempKey), startMs, stepMs: MINUTE_MS, values: roundInPlace(temp, 2), realFrom: 0 });
  keys.push(tempKey);
  g.rollups.push({ seriesKeys: keys, fromMs: startMs, toMs: o.endMs });
}

