// States, trajectories, anomaly examples and training batches. Every choice comes from the
// seeded generator in prng.ts as a pure function of (seed, item index): item i is the same in a
// call for 10 items, in a call for 10,000 and on page 37 of an export. All states of one call are
// read in one statement (state-repository.ts), so the SQL cost does not grow with `count`.
import type { Kysely } from 'kysely';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { checkUuid } from '../../common/validate.js';
import type { Database } from '../../database/database.js';
import { DEFAULT_K, LIMITS, checkCount, checkK, checkPositive, checkRangeNumber, checkSeed } from './limits.js';
import { indexAt, Rng, hash32, uniformAt } from '../../common/random.js';
import { type CatalogEquipment, equipmentPool, knownTypes } from './repositories/catalog-repository.js';
import { anomalousInstants } from './repositories/anomaly-repository.js';
import { fetchStates, type SampleKey } from './repositories/state-repository.js';

export interface StateValue {
  metric: string;
  unit: string;
  /** Null when the metric has no reading within one data interval before the state's time. */
  value: number | null;
  time: Date | null;
  missing: boolean;
  zScore: number | null;
}

export interface State {
  equipment: CatalogEquipment;
  time: Date;
  values: StateValue[];
  anomalous: boolean;
  anomalousMetrics: string[];
}

export interface Trajectory {
  equipment: CatalogEquipment;
  start: Date;
  /** Exclusive: the last state is at end − interval. */
  end: Date;
  intervalMinutes: number;
  states: State[];
}

export interface PoolArgs {
  equipmentType?: string | null;
  equipmentTypes?: readonly string[] | null;
  equipmentIds?: readonly string[] | null;
}

/** The equipment to draw from, with clear errors for unknown types and ids. */
export async function resolvePool(db: Kysely<Database>, organizationId: string, args: PoolArgs): Promise<CatalogEquipment[]> {
  const types = args.equipmentTypes ?? (args.equipmentType != null ? [args.equipmentType] : null);
  const ids = args.equipmentIds ? [...new Set(args.equipmentIds.map((id) => checkUuid(id, 'equipmentIds')))] : null;
  if (!types && !ids) throw new BadInputError('Name the equipment to sample: pass equipmentType (e.g. "chiller") or equipmentIds.', { argument: 'equipmentType' });
  if (types && ids) throw new BadInputError('Pass either equipmentType(s) or equipmentIds, not both.', { argument: 'equipmentIds' });
  if (types && types.length === 0) throw new BadInputError('equipmentTypes must name at least one type.', { argument: 'equipmentTypes' });
  if (ids && ids.length === 0) throw new BadInputError('equipmentIds must name at least one piece of equipment.', { argument: 'equipmentIds' });
  const pool = await equipmentPool(db, organizationId, { types, ids });
  if (types) {
    const found = new Set(pool.map((e) => e.typeId));
    const unknown = types.filter((t) => !found.has(t));
    if (unknown.length) {
      const all = await knownTypes(db, organizationId);
      const known = all.filter((t) => t.has_data).map((t) => t.type_id);
      const argument = args.equipmentTypes ? 'equipmentTypes' : 'equipmentType';
      const idle = unknown.filter((u) => all.some((t) => t.type_id === u));
      if (idle.length === unknown.length) {
        throw new BadInputError(`Equipment of type '${idle.join("', '")}' has no readings yet: types with readings are ${known.join(', ') || 'none yet'}.`, { argument, known });
      }
      throw new BadInputError(`Unknown equipment type '${unknown.filter((u) => !idle.includes(u)).join("', '")}': types with readings are ${known.join(', ') || 'none yet'}.`, { argument, known });
    }
  }
  if (ids) {
    const found = new Set(pool.map((e) => e.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new NotFoundError(`No equipment with readings has id ${missing.join(', ')} in this organization.`, { argument: 'equipmentIds', ids: missing });
  }
  return pool;
}

function dataBounds(pool: readonly CatalogEquipment[]): { first: Date; last: Date } {
  return { first: new Date(Math.min(...pool.map((e) => e.first.getTime()))), last: new Date(Math.max(...pool.map((e) => e.last.getTime()))) };
}

export function checkInsideData(time: Date, pool: readonly CatalogEquipment[], argument: string, span = 0): void {
  const { first, last } = dataBounds(pool);
  if (time.getTime() < first.getTime() || time.getTime() + span > last.getTime()) {
    throw new BadInputError(
      `${argument} ${time.toISOString()} is outside the data: readings run from ${first.toISOString()} to ${last.toISOString()}${span ? `, and the window must end by then` : ''}.`,
      { argument, from: first.toISOString(), to: last.toISOString() },
    );
  }
}

/** A time on the equipment's data grid in [first, lastStart], drawn from u ∈ [0, 1). */
function gridTime(e: CatalogEquipment, u: number, lastStartMs: number): Date | null {
  const step = e.intervalSeconds * 1000;
  const slots = Math.floor((lastStartMs - e.first.getTime()) / step) + 1;
  if (slots < 1) return null;
  return new Date(e.first.getTime() + Math.min(slots - 1, Math.floor(u * slots)) * step);
}

/** Sample keys for items [offset, offset + n) of the states dataset of (pool, seed, at). */
export function planStates(pool: readonly CatalogEquipment[], seed: number, at: Date | null, offset: number, n: number): { equipment: CatalogEquipment; time: Date }[] {
  const key = hash32('states', seed);
  const out: { equipment: CatalogEquipment; time: Date }[] = [];
  for (let i = offset; i < offset + n; i++) {
    const e = pool[indexAt(key, 2 * i, pool.length)];
    out.push({ equipment: e, time: at ?? gridTime(e, uniformAt(key, 2 * i + 1), e.last.getTime())! });
  }
  return out;
}

/** Fetches the states of all plans in one statement and labels them with k. */
export async function loadStates(db: Kysely<Database>, organizationId: string, plans: readonly { equipment: CatalogEquipment; time: Date }[], k: number): Promise<State[]> {
  const rows = await fetchStates(db, organizationId, plans.map((p): SampleKey => ({ equipmentId: p.equipment.id, time: p.time })));
  const states: State[] = plans.map((p) => ({ equipment: p.equipment, time: p.time, values: [], anomalous: false, anomalousMetrics: [] }));
  for (const r of rows) {
    const s = states[r.ord - 1];
    const missing = r.value === null;
    s.values.push({ metric: r.metric, unit: r.unit, value: r.value, time: r.time, missing, zScore: r.z });
    if (r.z !== null && Math.abs(r.z) > k) s.anomalousMetrics.push(r.metric);
  }
  for (const s of states) s.anomalous = s.anomalousMetrics.length > 0;
  return states;
}

export interface SampleStatesArgs extends PoolArgs {
  at?: Date | null;
  count: number;
  seed: number;
  k?: number;
}

export async function sampleStates(db: Kysely<Database>, organizationId: string, args: SampleStatesArgs, page?: { offset: number; size: number }): Promise<State[]> {
  checkCount(args.count, 'count', page ? LIMITS.maxExportCount : LIMITS.maxStates);
  checkSeed(args.seed);
  const k = checkK(args.k ?? DEFAULT_K);
  const pool = await resolvePool(db, organizationId, args);
  if (args.at) checkInsideData(args.at, pool, 'at');
  const offset = page?.offset ?? 0;
  const n = Math.max(0, Math.min(page?.size ?? args.count, args.count - offset));
  return loadStates(db, organizationId, planStates(pool, args.seed, args.at ?? null, offset, n), k);
}

export interface TrajectoryArgs extends PoolArgs {
  start?: Date | null;
  durationHours: number;
  intervalMinutes: number;
  count: number;
  seed: number;
  k?: number;
}

export function trajectorySteps(durationHours: number, intervalMinutes: number): number {
  checkPositive(durationHours, 'durationHours', LIMITS.maxDurationHours, ' hours');
  if (!Number.isInteger(intervalMinutes) || intervalMinutes < 1) {
    throw new BadInputError(`intervalMinutes must be a whole number of minutes of at least 1, got ${intervalMinutes}.`, { argument: 'intervalMinutes' });
  }
  if (intervalMinutes > durationHours * 60) {
    throw new BadInputError(`intervalMinutes ${intervalMinutes} is larger than the duration of ${durationHours * 60} minutes: a trajectory needs at least one step inside it.`, { argument: 'intervalMinutes', maximum: durationHours * 60 });
  }
  // States at start + j·interval for every j with start + j·interval < start + duration.
  return Math.ceil((durationHours * 60) / intervalMinutes - 1e-9);
}

export interface TrajectoryPlan {
  equipment: CatalogEquipment;
  start: Date;
  steps: number;
  stepMs: number;
}

/** Plans for trajectories [offset, offset + n); null where an equipment's data is shorter than the trajectory. */
export function planTrajectories(pool: readonly CatalogEquipment[], seed: number, start: Date | null, steps: number, stepMs: number, offset: number, n: number): TrajectoryPlan[] {
  const key = hash32('trajectories', seed);
  const span = (steps - 1) * stepMs;
  const fits = pool.filter((e) => e.last.getTime() - e.first.getTime() >= span);
  if (fits.length === 0) {
    const longest = Math.max(...pool.map((e) => e.last.getTime() - e.first.getTime())) / 3.6e6;
    throw new BadInputError(`durationHours is longer than the data: the longest record of this equipment spans ${longest.toFixed(2)} hours.`, { argument: 'durationHours' });
  }
  const out: TrajectoryPlan[] = [];
  for (let i = offset; i < offset + n; i++) {
    const e = fits[indexAt(key, 2 * i, fits.length)];
    out.push({ equipment: e, start: start ?? gridTime(e, uniformAt(key, 2 * i + 1), e.last.getTime() - span)!, steps, stepMs });
  }
  return out;
}

export async function loadTrajectories(db: Kysely<Database>, organizationId: string, plans: readonly TrajectoryPlan[], k: number, intervalMinutes: number): Promise<Trajectory[]> {
  const flat = plans.flatMap((p) => Array.from({ length: p.steps }, (_, j) => ({ equipment: p.equipment, time: new Date(p.start.getTime() + j * p.stepMs) })));
  const states = await loadStates(db, organizationId, flat, k);
  let at = 0;
  return plans.map((p) => {
    const own = states.slice(at, at + p.steps);
    at += p.steps;
    return { equipment: p.equipment, start: p.start, end: new Date(p.start.getTime() + p.steps * p.stepMs), intervalMinutes, states: own };
  });
}

export async function sampleTrajectories(db: Kysely<Database>, organizationId: string, args: TrajectoryArgs, page?: { offset: number; size: number }): Promise<Trajectory[]> {
  checkCount(args.count, 'count', page ? LIMITS.maxExportCount : LIMITS.maxTrajectories);
  checkSeed(args.seed);
  const k = checkK(args.k ?? DEFAULT_K);
  const steps = trajectorySteps(args.durationHours, args.intervalMinutes);
  const offset = page?.offset ?? 0;
  const n = Math.max(0, Math.min(page?.size ?? args.count, args.count - offset));
  if (n * steps > LIMITS.maxTrajectoryStates) {
    throw new BadInputError(
      `count × steps = ${n} × ${steps} = ${n * steps} states is over the maximum of ${LIMITS.maxTrajectoryStates.toLocaleString('en-US')} per call: ask for fewer trajectories, a shorter duration or a longer interval.`,
      { argument: 'count', maximum: LIMITS.maxTrajectoryStates },
    );
  }
  const pool = await resolvePool(db, organizationId, args);
  const stepMs = args.intervalMinutes * 60_000;
  if (args.start) checkInsideData(args.start, pool, 'start', (steps - 1) * stepMs);
  return loadTrajectories(db, organizationId, planTrajectories(pool, args.seed, args.start ?? null, steps, stepMs, offset, n), k, args.intervalMinutes);
}

export interface AnomalyExampleArgs extends PoolArgs {
  count: number;
  seed: number;
  k?: number;
  from?: Date | null;
  to?: Date | null;
}

/** States labelled anomalous (beyond k·σ of the equipment's own baseline), in a seed-determined order. */
export async function anomalyExamples(db: Kysely<Database>, organizationId: string, args: AnomalyExampleArgs, pool?: CatalogEquipment[]): Promise<State[]> {
  checkCount(args.count, 'count', LIMITS.maxStates);
  checkSeed(args.seed);
  const k = checkK(args.k ?? DEFAULT_K);
  const equipment = pool ?? (await resolvePool(db, organizationId, args));
  const byId = new Map(equipment.map((e) => [e.id, e]));
  // A few extra in case a borderline reading rounds differently between the scan and the state read.
  const hits = await anomalousInstants(db, organizationId, [...byId.keys()], k, args.seed, args.count + 8, { from: args.from ?? null, to: args.to ?? null });
  const states = await loadStates(db, organizationId, hits.map((h) => ({ equipment: byId.get(h.equipment_id)!, time: new Date(h.time) })), k);
  return states.filter((s) => s.anomalous).slice(0, args.count);
}

export interface BatchArgs {
  batchSize: number;
  equipmentTypes: readonly string[];
  anomalyRatio: number;
  seed: number;
  k?: number;
}

export interface TrainingBatch {
  seed: number;
  batchSize: number;
  anomalyRatio: number;
  anomalyCount: number;
  normalCount: number;
  examples: State[];
}

/**
 * The number of anomalies in a batch: batchSize × anomalyRatio rounded to the nearest whole
 * number, halves up (32 × 0.2 = 6.4 → 6; 10 × 0.25 = 2.5 → 3). The product is first rounded
 * to 9 decimals so binary fractions (0.15 × 10 = 1.4999…) round as written.
 */
export function anomalyCountFor(batchSize: number, ratio: number): number {
  return Math.floor(Number((batchSize * ratio).toFixed(9)) + 0.5);
}

/**
 * A shuffled mix of exactly anomalyCountFor(batchSize, ratio) anomalous states and the rest
 * normal ones. Normal states: equipment type drawn uniformly from `equipmentTypes`, equipment
 * uniformly within the type, time uniformly on its data grid; draws labelled anomalous are
 * passed over, so every example's label is what the k·σ rule says of it.
 */
export async function trainingBatch(db: Kysely<Database>, organizationId: string, args: BatchArgs, batchIndex = 0): Promise<TrainingBatch> {
  checkCount(args.batchSize, 'batchSize', LIMITS.maxBatchSize);
  checkRangeNumber(args.anomalyRatio, 'anomalyRatio', 0, 1);
  checkSeed(args.seed);
  const k = checkK(args.k ?? DEFAULT_K);
  const types = [...new Set(args.equipmentTypes)];
  const pool = await resolvePool(db, organizationId, { equipmentTypes: types });
  const anomalies = anomalyCountFor(args.batchSize, args.anomalyRatio);
  const normals = args.batchSize - anomalies;
  const batchSeed = batchIndex === 0 ? args.seed : hash32('batch', args.seed, batchIndex) & 0x7fffffff;
  const byType = new Map(types.map((t) => [t, pool.filter((e) => e.typeId === t)]));
  const key = hash32('batch-normal', batchSeed);
  const picked: State[] = [];
  let drawn = 0;
  // At most three rounds (three statements), each drawing more than still needed.
  for (let round = 0; round < 3 && picked.length < normals; round++) {
    const want = Math.ceil((normals - picked.length) * (1.5 + round)) + 8;
    const plans = [];
    for (let i = drawn; i < drawn + want; i++) {
      const candidates = byType.get(types[indexAt(key, 3 * i, types.length)])!;
      const e = candidates[indexAt(key, 3 * i + 1, candidates.length)];
      plans.push({ equipment: e, time: gridTime(e, uniformAt(key, 3 * i + 2), e.last.getTime())! });
    }
    drawn += want;
    for (const s of await loadStates(db, organizationId, plans, k)) if (!s.anomalous && picked.length < normals) picked.push(s);
  }
  if (picked.length < normals) {
    throw new BadInputError(`Could not find ${normals} normal states among ${drawn} draws: most readings are beyond k = ${k} σ. Raise k.`, { argument: 'k' });
  }
  const bad = anomalies > 0 ? await anomalyExamples(db, organizationId, { equipmentTypes: types, count: anomalies, seed: batchSeed, k }, pool) : [];
  if (bad.length < anomalies) {
    throw new BadInputError(
      `The data holds only ${bad.length} anomalous states (beyond k = ${k} σ) for ${types.join(', ')}, fewer than the ${anomalies} this batch needs: lower anomalyRatio or k.`,
      { argument: 'anomalyRatio', available: bad.length },
    );
  }
  const examples = new Rng(hash32('batch-shuffle', batchSeed)).shuffle([...picked, ...bad]);
  return { seed: args.seed, batchSize: args.batchSize, anomalyRatio: args.anomalyRatio, anomalyCount: anomalies, normalCount: normals, examples };
}
