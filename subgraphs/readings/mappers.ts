import type { Metric } from '../../database/tables/readings.table.js';
import type { IngestResult } from './ingest.js';
import type { AlertRow, AlertRuleRow } from './repositories/alert-repository.js';
import type { EpisodeRow, FlatlineRow, RecordedAnomalyRow as RecordedRow, StatisticalRow } from './repositories/anomaly-repository.js';
import type { LatestRow } from './repositories/latest-repository.js';
import type { SeriesResult, StatsResult } from './series.js';

export type MetricRow = Pick<Metric, 'name' | 'unit' | 'description' | 'kind'>;
export type LatestReadingRow = LatestRow;
/** Readings knows an Equipment only by its id. */
export interface EquipmentRef {
  id: string;
}
/** Readings knows a Site only by its id. */
export interface SiteRef {
  id: string;
}
export type SeriesRow = SeriesResult;
export type MetricStatsRow = StatsResult;
export type ReadingRow = { time: Date; value: number };
export type AnomalyEpisodeRow = EpisodeRow;
export type StatisticalAnomalyRow = StatisticalRow;
export type FlatlineEpisodeRow = FlatlineRow;
export type AlertEntityRow = AlertRow;
export type AlertRuleEntityRow = AlertRuleRow;
export type IngestResultRow = IngestResult;
export type RecordedAnomalyRow = RecordedRow;
