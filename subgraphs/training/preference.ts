// Preference pairs for DPO: two trajectories of the same equipment type, drawn at random from
// the seed, scored by the mean of one metric over the window, kept only when their operating
// conditions are comparable and the better one is better by a clear margin.
//
// Comparability rule (every condition must hold; defaults in brackets):
//  1. same equipment type, and not the same (equipment, start);
//  2. start times within `maxStartOffsetMinutes` [60] of each other by local clock time at each
//     site, measured round the clock (23:30 and 00:10 are 40 minutes apart);
//  3. mean outdoor temperature (the site's outdoor_temp_c series) over each window within
//     `outdoorTempToleranceC` [2.0 °C] — a window without outdoor temperature is not comparable;
//  4. mean load within `loadTolerance` [0.10] of the larger of the two, relative; the load metric
//     is `loadMetric`, or by default the first of LOAD_METRICS the type reports other than the
//     compared metric (none: condition 4 does not apply, and the answer says so).
// Margin: |score A − score B|; relative margin: that ÷ max(|A|, |B|). Pairs whose relative margin
// is below `minMargin` [0.02] are skipped. Windows start on 15-minute boundaries and last whole
// quarter hours, so scores come exactly from the 15-minute rollups.
import type { Kysely } from 'kysely';
import { BadInputError } from '../../common/errors.js';
import type { Database } from '../../database/database.js';
import { DEFAULT_K, LIMITS, checkCount, checkK, checkPositive, checkRangeNumber, checkSeed } from './limits.js';
import { indexAt, hash32, uniformAt } from '../../common/random.js';
import type { CatalogEquipment, CatalogSeries } from './repositories/catalog-repository.js';
import { windowSummaries } from './repositories/window-repository.js';
import { loadTrajectories, resolvePool, type Trajectory, trajectorySteps } from './sampling.js';
import { formatNumber, localTime, withUnit } from './text.js';

export const LOAD_METRICS = ['load_pct', 'cooling_load_tr', 'flow_m3h', 'airflow_cfm', 'air_flow_nm3h', 'fan_speed_pct', 'speed_rpm', 'current_a'];

export type Direction = 'lower' | 'higher';

export interface ComparabilityRule {
  maxStartOffsetMinutes: number;
  outdoorTempToleranceC: number;
  loadMetric: string | null;
  loadTolerance: number;
}

export interface Candidate {
  ord: number;
  equipment: CatalogEquipment;
  start: Date;
  minuteOfDay: number;
  score: number;
  unit: string;
  buckets: (number | null)[];
  load: number | null;
  loadUnit: string;
  outdoor: number | null;
}

export interface PreferencePair {
  a: Trajectory;
  b: Trajectory;
  aCandidate: Candidate;
  bCandidate: Candidate;
  preferred: 'A' | 'B';
  margin: number;
  relativeMargin: number;
  trl: { prompt: string; chosen: string; rejected: string };
}

export interface PreferencePairSet {
  seed: number;
  equipmentType: string;
  metric: string;
  unit: string;
  direction: Direction;
  durationHours: number;
  rule: ComparabilityRule;
  minMargin: number;
  requested: number;
  candidatesDrawn: number;
  candidatesIncomplete: number;
  skippedBelowMargin: number;
  pairs: PreferencePair[];
}

const circularMinutes = (a: number, b: number) => {
  const d = Math.abs(a - b) % 1440;
  return Math.min(d, 1440 - d);
};

/** Whether two candidates satisfy the comparability rule above (conditions 1–4). */
export function isComparable(a: Candidate, b: Candidate, rule: ComparabilityRule): boolean {
  if (a.equipment.typeId !== b.equipment.typeId) return false;
  if (a.equipment.id === b.equipment.id && a.start.getTime() === b.start.getTime()) return false;
  if (circularMinutes(a.minuteOfDay, b.minuteOfDay) > rule.maxStartOffsetMinutes) return false;
  if (a.outdoor === null || b.outdoor === null || Math.abs(a.outdoor - b.outdoor) > rule.outdoorTempToleranceC) return false;
  if (rule.loadMetric) {
    if (a.load === null || b.load === null) return false;
    const scale = Math.max(Math.abs(a.load), Math.abs(b.load));
    if (Math.abs(a.load - b.load) > rule.loadTolerance * scale) return false;
  }
  return true;
}

export function marginOf(a: number, b: number): { margin: number; relativeMargin: number } {
  const margin = Math.abs(a - b);
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return { margin, relativeMargin: scale === 0 ? 0 : margin / scale };
}

export function preferredSide(a: number, b: number, direction: Direction): 'A' | 'B' {
  return direction === 'lower' ? (a <= b ? 'A' : 'B') : a >= b ? 'A' : 'B';
}

export interface PreferenceArgs {
  equipmentType: string;
  metric: string;
  direction: Direction;
  durationHours: number;
  intervalMinutes: number;
  count: number;
  seed: number;
  minMargin: number;
  comparable?: Partial<ComparabilityRule> | null;
  k?: number;
}

const QUARTER_MS = 15 * 60_000;

export async function preferencePairs(db: Kysely<Database>, organizationId: string, args: PreferenceArgs, maxCount: number = LIMITS.maxPairs): Promise<PreferencePairSet> {
  checkCount(args.count, 'count', maxCount);
  checkSeed(args.seed);
  const k = checkK(args.k ?? DEFAULT_K);
  checkRangeNumber(args.minMargin, 'minMargin', 0, 1);
  checkPositive(args.durationHours, 'durationHours', LIMITS.maxDurationHours, ' hours');
  const durationMinutes = args.durationHours * 60;
  if (!Number.isInteger(durationMinutes) || durationMinutes % 15 !== 0) {
    throw new BadInputError(`durationHours must be a whole number of quarter hours (0.25, 0.5, 1, …) for preference pairs, got ${args.durationHours}.`, { argument: 'durationHours' });
  }
  const steps = trajectorySteps(args.durationHours, args.intervalMinutes);
  const c = args.comparable ?? {};
  const pool = await resolvePool(db, organizationId, { equipmentType: args.equipmentType });
  const metrics = [...new Set(pool.flatMap((e) => e.series.map((s) => s.metric)))].sort();
  if (!metrics.includes(args.metric)) {
    throw new BadInputError(`Equipment of type '${args.equipmentType}' does not report '${args.metric}': it reports ${metrics.join(', ')}.`, { argument: 'metric', known: metrics });
  }
  let loadMetric: string | null;
  if (c.loadMetric != null) {
    if (!metrics.includes(c.loadMetric)) {
      throw new BadInputError(`comparable.loadMetric '${c.loadMetric}' is not reported by type '${args.equipmentType}': it reports ${metrics.join(', ')}.`, { argument: 'comparable.loadMetric' });
    }
    loadMetric = c.loadMetric;
  } else {
    loadMetric = LOAD_METRICS.find((m) => m !== args.metric && metrics.includes(m)) ?? null;
  }
  const rule: ComparabilityRule = {
    maxStartOffsetMinutes: checkRangeNumber(c.maxStartOffsetMinutes ?? 60, 'comparable.maxStartOffsetMinutes', 0, 720),
    outdoorTempToleranceC: checkRangeNumber(c.outdoorTempToleranceC ?? 2, 'comparable.outdoorTempToleranceC', 0, 50, ' °C'),
    loadMetric,
    loadTolerance: checkRangeNumber(c.loadTolerance ?? 0.1, 'comparable.loadTolerance', 0, 1),
  };

  const seriesOf = (e: CatalogEquipment, m: string | null): CatalogSeries | undefined => (m ? e.series.find((s) => s.metric === m) : undefined);
  const durationMs = durationMinutes * 60_000;
  // Equipment whose metric series covers at least one whole window, with its range of starts.
  const eligible = pool.flatMap((e) => {
    const s = seriesOf(e, args.metric)!;
    if (!s) return [];
    const lo = Math.ceil(s.first.getTime() / QUARTER_MS) * QUARTER_MS;
    const hi = Math.floor(s.last.getTime() / QUARTER_MS) * QUARTER_MS + QUARTER_MS - durationMs;
    return hi >= lo ? [{ e, s, lo, slots: (hi - lo) / QUARTER_MS + 1 }] : [];
  });
  if (eligible.length === 0) {
    throw new BadInputError(`durationHours ${args.durationHours} is longer than the '${args.metric}' data of any '${args.equipmentType}'.`, { argument: 'durationHours' });
  }
  const key = hash32('pairs', args.seed);
  const drawn = Math.min(args.count * 8 + 32, 10_000);
  const draws = Array.from({ length: drawn }, (_, i) => {
    const x = eligible[indexAt(key, 2 * i, eligible.length)];
    return { ...x, start: new Date(x.lo + indexAt(key, 2 * i + 1, x.slots) * QUARTER_MS) };
  });
  const summaries = await windowSummaries(
    db,
    draws.map((d) => ({ metricSeries: d.s.id, loadSeries: seriesOf(d.e, loadMetric)?.id ?? null, outdoorSeries: d.e.outdoorSeriesId, start: d.start })),
    durationMinutes,
  );
  const expected = (durationMinutes * 60) / draws[0].s.intervalSeconds;
  const candidates: Candidate[] = [];
  let incomplete = 0;
  for (const row of summaries) {
    const d = draws[row.ord - 1];
    // Windows missing more than a tenth of their readings are not scored.
    if (row.metric_mean === null || row.metric_count < 0.9 * ((durationMinutes * 60) / d.s.intervalSeconds) || !Number.isFinite(expected)) {
      incomplete++;
      continue;
    }
    const local = localTime(d.start, d.e.timeZone);
    candidates.push({
      ord: row.ord,
      equipment: d.e,
      start: d.start,
      minuteOfDay: local.hour * 60 + local.minute,
      score: row.metric_mean,
      unit: d.s.unit,
      buckets: row.metric_buckets,
      load: row.load_mean,
      loadUnit: seriesOf(d.e, loadMetric)?.unit ?? '',
      outdoor: row.outdoor_mean,
    });
  }

  // Greedy matching in draw order: each candidate pairs with the first later unused candidate
  // that is comparable and clears the margin.
  const used = new Set<number>();
  const matched: [Candidate, Candidate][] = [];
  let belowMargin = 0;
  for (let i = 0; i < candidates.length && matched.length < args.count; i++) {
    if (used.has(i)) continue;
    for (let j = i + 1; j < candidates.length; j++) {
      if (used.has(j) || !isComparable(candidates[i], candidates[j], rule)) continue;
      if (marginOf(candidates[i].score, candidates[j].score).relativeMargin < args.minMargin) {
        belowMargin++;
        continue;
      }
      used.add(i).add(j);
      matched.push([candidates[i], candidates[j]]);
      break;
    }
  }

  const stepMs = args.intervalMinutes * 60_000;
  const trajectories = await loadTrajectories(
    db,
    organizationId,
    matched.flatMap(([a, b]) => [a, b].map((x) => ({ equipment: x.equipment, start: x.start, steps, stepMs }))),
    k,
    args.intervalMinutes,
  );
  const unit = draws[0].s.unit;
  const pairs = matched.map(([a, b], i): PreferencePair => {
    const preferred = preferredSide(a.score, b.score, args.direction);
    const m = marginOf(a.score, b.score);
    const [chosen, rejected] = preferred === 'A' ? [a, b] : [b, a];
    return {
      a: trajectories[2 * i],
      b: trajectories[2 * i + 1],
      aCandidate: a,
      bCandidate: b,
      preferred,
      ...m,
      trl: {
        prompt: promptFor(args, rule, a, b, unit),
        chosen: describe(chosen, args.metric, rule.loadMetric, args.durationHours),
        rejected: describe(rejected, args.metric, rule.loadMetric, args.durationHours),
      },
    };
  });
  return {
    seed: args.seed,
    equipmentType: args.equipmentType,
    metric: args.metric,
    unit,
    direction: args.direction,
    durationHours: args.durationHours,
    rule,
    minMargin: args.minMargin,
    requested: args.count,
    candidatesDrawn: drawn,
    candidatesIncomplete: incomplete,
    skippedBelowMargin: belowMargin,
    pairs,
  };
}

const unitSuffix = (unit: string) => (unit ? ` ${unit}` : '');

function promptFor(args: PreferenceArgs, rule: ComparabilityRule, a: Candidate, b: Candidate, unit: string): string {
  const t = localTime(a.start, a.equipment.timeZone);
  const outdoor = ((a.outdoor! + b.outdoor!) / 2);
  const load = rule.loadMetric && a.load !== null && b.load !== null ? `, ${rule.loadMetric} about ${withUnit((a.load + b.load) / 2, a.loadUnit)}` : '';
  return (
    `Two ${args.equipmentType} operating windows of ${args.durationHours} h starting around ${t.text} local time, ` +
    `outdoor temperature about ${formatNumber(outdoor)} °C${load}. ` +
    `${args.direction === 'lower' ? 'Lower' : 'Higher'} ${args.metric} (${unit || 'no unit'}) is better. Describe the better way to operate.`
  );
}

function describe(c: Candidate, metric: string, loadMetric: string | null, hours: number): string {
  const t = localTime(c.start, c.equipment.timeZone);
  const values = c.buckets.map((v) => (v === null ? 'n/a' : formatNumber(v))).join(', ');
  const load = loadMetric && c.load !== null ? ` ${loadMetric} mean ${withUnit(c.load, c.loadUnit)}.` : '';
  return (
    `${c.equipment.code} for ${hours} h from ${t.text} local: ${metric} mean ${formatNumber(c.score)}${unitSuffix(c.unit)} ` +
    `(15-minute means: ${values}).${load} Outdoor ${formatNumber(c.outdoor!)} °C.`
  );
}
