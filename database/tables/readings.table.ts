import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export const METRIC_KINDS = ['gauge', 'counter'] as const;
/**
 * gauge: an instantaneous value (power, temperature); aggregate with AVG/MIN/MAX.
 * counter: the increment over one sample interval (energy consumed, units produced); SUM over a
 * period gives the period's total.
 */
export type MetricKind = (typeof METRIC_KINDS)[number];

export const DATA_SOURCES = { real: 0, backfill: 1 } as const;
export type DataSourceName = keyof typeof DATA_SOURCES;

export const ALERT_SEVERITIES = ['info', 'warning', 'high', 'critical'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const COMPARISON_OPERATORS = ['>', '>=', '<', '<=', '=', '!='] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export interface MetricTable {
  id: Generated<number>;
  name: string;
  unit: string;
  description: string | null;
  kind: MetricKind;
}
export type Metric = Selectable<MetricTable>;
export type NewMetric = Insertable<MetricTable>;

export interface SeriesTable {
  id: Generated<number>;
  organization_id: string;
  equipment_id: string | null;
  site_id: string | null;
  metric_id: number;
  /** The owning site's zone, copied here so day buckets can be built without reading assets. */
  time_zone: string;
  data_interval_seconds: number;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}
export type Series = Selectable<SeriesTable>;
export type NewSeries = Insertable<SeriesTable>;

export interface PointTable {
  series_id: number;
  time: ColumnType<Date, Date | string, never>;
  value: number;
  source: ColumnType<number, number | undefined, number>;
}
export type Point = Selectable<PointTable>;
export type NewPoint = Insertable<PointTable>;

/** One bucket of a rollup; count, sum and sum of squares make exact averages and deviations. */
export interface RollupTable {
  series_id: number;
  bucket: Date;
  value_count: number;
  value_sum: number;
  value_min: number;
  value_max: number;
  value_first: number;
  value_last: number;
  value_sum_sq: number;
}
export type RollupRow = Selectable<RollupTable>;

export interface AnomalyTable {
  id: Generated<string>;
  series_id: number;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  ends_at: ColumnType<Date, Date | string, Date | string>;
  kind: 'spike' | 'drift' | 'stuck' | 'threshold' | 'statistical';
  origin: 'injected' | 'detected';
  magnitude: number | null;
  description: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}
export type Anomaly = Selectable<AnomalyTable>;

export interface AlertRuleTable {
  id: string;
  organization_id: string;
  name: string;
  metric_id: number;
  equipment_id: string | null;
  equipment_type_id: string | null;
  operator: ComparisonOperator;
  threshold: number;
  duration_seconds: number;
  severity: AlertSeverity;
  enabled: boolean;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}
export type AlertRule = Selectable<AlertRuleTable>;

export interface AlertTable {
  id: string;
  organization_id: string;
  equipment_id: string;
  series_id: number | null;
  rule_id: string | null;
  severity: AlertSeverity;
  message: string;
  value: number | null;
  raised_at: ColumnType<Date, Date | string, never>;
  cleared_at: Date | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}
export type Alert = Selectable<AlertTable>;

export interface ReadingsTables {
  'readings.metrics': MetricTable;
  'readings.series': SeriesTable;
  'readings.points': PointTable;
  'readings.rollup_15m': RollupTable;
  'readings.rollup_1h': RollupTable;
  'readings.rollup_1d': RollupTable;
  'readings.anomalies': AnomalyTable;
  'readings.alert_rules': AlertRuleTable;
  'readings.alerts': AlertTable;
}
