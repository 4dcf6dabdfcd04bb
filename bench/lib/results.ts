// One line of the results table and of bench/results/latest.json.

export interface Target {
  /** Which figure the target is on. */
  on: 'ratio' | 'ours';
  op: '<=' | '>=';
  value: number;
}

export interface WorkloadResult {
  name: string;
  /** 'ms' for times (lower is better), 'per_s' for rates, 'statements' for counts, 'MiB' for memory. */
  unit: 'ms' | 'per_s' | 'statements' | 'MiB';
  /** Median of ours; null when the workload could not run. */
  ours: number | null;
  theirs: number | null;
  /** What `theirs` is. */
  against: string;
  /** ours / theirs. */
  ratio: number | null;
  /** The acceptance target, when there is one. */
  target?: Target;
  /** Whether the target was met (null: no target, or not measured). */
  met?: boolean | null;
  /** Why the workload has no figure. */
  missing?: string;
  /** Anything else worth keeping (answers compared, p99, samples…). */
  detail?: Record<string, unknown>;
}

export function judge(r: WorkloadResult): WorkloadResult {
  if (!r.target) return { ...r, met: r.met ?? null };
  const x = r.target.on === 'ratio' ? r.ratio : r.ours;
  if (x === null || !Number.isFinite(x)) return { ...r, met: null };
  return { ...r, met: r.target.op === '<=' ? x <= r.target.value : x >= r.target.value };
}

export function result(name: string, unit: WorkloadResult['unit'], ours: number | null, theirs: number | null, against: string, extra: Partial<WorkloadResult> = {}): WorkloadResult {
  const ratio = ours !== null && theirs !== null && theirs !== 0 ? ours / theirs : null;
  return judge({ name, unit, ours, theirs, against, ratio, ...extra });
}

export function missing(name: string, unit: WorkloadResult['unit'], against: string, why: string, extra: Partial<WorkloadResult> = {}): WorkloadResult {
  return judge({ name, unit, ours: null, theirs: null, against, ratio: null, missing: why, ...extra });
}
