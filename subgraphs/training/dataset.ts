// Datasets as JSON records (the JSONL lines of `npm run export`) and their cursor pages. A page
// is computed from its cursor alone — never from earlier pages — so an export of any size runs
// in constant memory and any page can be fetched again.
import type { Kysely } from 'kysely';
import { BadInputError } from '../../common/errors.js';
import { decodeCursor, encodeCursor } from '../../common/pagination.js';
import type { Database } from '../../database/database.js';
import { LIMITS, checkCount, checkSeed } from './limits.js';
import { type Direction, preferencePairs } from './preference.js';
import { hash32 } from '../../common/random.js';
import { sampleStates, sampleTrajectories, type State, trainingBatch, type Trajectory } from './sampling.js';

export type ExportKind = 'states' | 'trajectories' | 'pairs' | 'batch';

export interface ExportArgs {
  kind: ExportKind;
  count: number;
  seed: number;
  equipmentType?: string | null;
  equipmentIds?: string[] | null;
  equipmentTypes?: string[] | null;
  durationHours: number;
  intervalMinutes: number;
  metric: string;
  direction: Direction;
  minMargin: number;
  batchSize: number;
  anomalyRatio: number;
  k: number;
}

export type JsonRecord = Record<string, unknown>;

export function stateJson(s: State): Record<string, number | null> {
  return Object.fromEntries(s.values.map((v) => [v.metric, v.value]));
}

export function stateRecord(s: State, extra: JsonRecord = {}): JsonRecord {
  return {
    ...extra,
    equipment_id: s.equipment.id,
    equipment_code: s.equipment.code,
    equipment_type: s.equipment.typeId,
    time: s.time.toISOString(),
    state: stateJson(s),
    missing_metrics: s.values.filter((v) => v.missing).map((v) => v.metric),
    label: s.anomalous ? 'anomaly' : 'normal',
    anomalous_metrics: s.anomalousMetrics,
  };
}

export function trajectoryRecord(t: Trajectory, extra: JsonRecord = {}): JsonRecord {
  return {
    ...extra,
    equipment_id: t.equipment.id,
    equipment_code: t.equipment.code,
    equipment_type: t.equipment.typeId,
    start: t.start.toISOString(),
    end: t.end.toISOString(),
    interval_minutes: t.intervalMinutes,
    states: t.states.map((s) => ({ time: s.time.toISOString(), state: stateJson(s), label: s.anomalous ? 'anomaly' : 'normal' })),
  };
}

export interface ExportPage {
  seed: number;
  kind: ExportKind;
  totalCount: number;
  items: { index: number; record: JsonRecord }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export function checkExport(args: ExportArgs, first: number): void {
  checkSeed(args.seed);
  checkCount(args.count, 'count', LIMITS.maxExportCount);
  checkCount(first, 'first', LIMITS.maxPageSize);
  if (args.kind === 'pairs' && !args.equipmentType) throw new BadInputError('A PAIRS export needs equipmentType, e.g. "chiller".', { argument: 'equipmentType' });
  if (args.kind === 'batch' && !args.equipmentTypes?.length) throw new BadInputError('A BATCH export needs equipmentTypes, e.g. ["chiller", "ahu"].', { argument: 'equipmentTypes' });
}

export async function exportPage(db: Kysely<Database>, organizationId: string, args: ExportArgs, first: number, after: string | null): Promise<ExportPage> {
  checkExport(args, first);
  let offset = 0;
  let page = 0;
  if (after) {
    const [kind, seed, o, p] = decodeCursor(after, 4);
    if (kind !== args.kind || seed !== args.seed || typeof o !== 'number' || typeof p !== 'number') {
      throw new BadInputError(`Cursor '${after}' belongs to another export (kind or seed differ). Pass the endCursor of this export's previous page.`, { argument: 'after' });
    }
    offset = o;
    page = p;
  }
  const totalCount = args.kind === 'batch' ? args.count * args.batchSize : args.count;
  let items: { index: number; record: JsonRecord }[] = [];
  let next = offset;
  let exhausted = false;
  if (offset < totalCount) {
    const size = Math.min(first, totalCount - offset);
    switch (args.kind) {
      case 'states': {
        const states = await sampleStates(db, organizationId, { ...args, equipmentTypes: null }, { offset, size });
        items = states.map((s, i) => ({ index: offset + i, record: stateRecord(s, { index: offset + i, seed: args.seed }) }));
        next = offset + states.length;
        break;
      }
      case 'trajectories': {
        const trajectories = await sampleTrajectories(db, organizationId, { ...args, equipmentTypes: null, start: null }, { offset, size });
        items = trajectories.map((t, i) => ({ index: offset + i, record: trajectoryRecord(t, { index: offset + i, seed: args.seed }) }));
        next = offset + trajectories.length;
        break;
      }
      case 'pairs': {
        // Page p draws its pairs with its own seed; page 0 with the seed itself.
        const seed = page === 0 ? args.seed : hash32('pairs-page', args.seed, page) & 0x7fffffff;
        const set = await preferencePairs(db, organizationId, { ...args, equipmentType: args.equipmentType!, count: size, seed }, LIMITS.maxPageSize);
        items = set.pairs.map((p, i) => ({ index: offset + i, record: { prompt: p.trl.prompt, chosen: p.trl.chosen, rejected: p.trl.rejected } }));
        next = offset + items.length;
        // A page that finds nothing ends the export: later pages would draw from the same data.
        exhausted = items.length === 0;
        break;
      }
      case 'batch': {
        const firstBatch = Math.floor(offset / args.batchSize);
        const batches = Math.max(1, Math.floor(size / args.batchSize));
        for (let b = firstBatch; b < Math.min(args.count, firstBatch + batches); b++) {
          const batch = await trainingBatch(db, organizationId, { ...args, equipmentTypes: args.equipmentTypes ?? [] }, b);
          batch.examples.forEach((s, position) => {
            const index = b * args.batchSize + position;
            items.push({ index, record: stateRecord(s, { index, seed: args.seed, batch: b, position }) });
          });
        }
        next = Math.min(args.count, firstBatch + batches) * args.batchSize;
        break;
      }
    }
  }
  const hasNextPage = !exhausted && next < totalCount;
  return {
    seed: args.seed,
    kind: args.kind,
    totalCount,
    items,
    hasNextPage,
    endCursor: hasNextPage ? encodeCursor([args.kind, args.seed, next, page + 1]) : null,
  };
}
