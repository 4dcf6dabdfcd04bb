// The objects behind the schema's types: resolvers read them, codegen maps types to them.
export type { DatasetStatisticsRow } from './repositories/statistics-repository.js';
export type { State as StateRow, Trajectory as TrajectoryRow, TrainingBatch as TrainingBatchRow } from './sampling.js';
export type { PreferencePair as PreferencePairRow, PreferencePairSet as PreferencePairSetRow } from './preference.js';
export type { LabelQuality as AnomalyLabelQualityRow } from './repositories/anomaly-repository.js';
export type { ExportPage as ExportConnectionRow } from './dataset.js';
import type { State, Trajectory } from './sampling.js';

/** An equipment reference: the id, plus what training already knows when it came from a sample. */
export interface EquipmentRef {
  id: string;
  alerts?: unknown;
}
export interface StateSampleRow {
  seed: number;
  k: number;
  states: State[];
}
export interface TrajectorySampleRow {
  seed: number;
  durationHours: number;
  intervalMinutes: number;
  statesPerTrajectory: number;
  trajectories: Trajectory[];
}
export interface AnomalyExampleSetRow {
  seed: number;
  k: number;
  states: State[];
}
export interface ExportNodeRow {
  index: number;
  record: Record<string, unknown>;
}
