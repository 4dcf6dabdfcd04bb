import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MetricRow as MetricRowRow, LatestReadingRow as LatestReadingRowRow, EquipmentRef as EquipmentRefRow, SiteRef as SiteRefRow, SeriesRow as SeriesRowRow, MetricStatsRow as MetricStatsRowRow, ReadingRow as ReadingRowRow, AnomalyEpisodeRow as AnomalyEpisodeRowRow, StatisticalAnomalyRow as StatisticalAnomalyRowRow, FlatlineEpisodeRow as FlatlineEpisodeRowRow, AlertEntityRow as AlertEntityRowRow, AlertRuleEntityRow as AlertRuleEntityRowRow, IngestResultRow as IngestResultRowRow, RecordedAnomalyRow as RecordedAnomalyRowRow } from '../mappers.js';
import type { ReadingsContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO 8601 with offset (e.g. 2024-06-15T14:30:00+05:30). */
  DateTime: { input: Date | string; output: Date | string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An alert raised by a rule on ingest. */
export type Alert = {
  __typename?: 'Alert';
  /** Whether someone acknowledged it. */
  acknowledged: Scalars['Boolean']['output'];
  /** When it was acknowledged. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who acknowledged it. */
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  /** When a later reading no longer met the condition. */
  clearedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The equipment it is about. */
  equipment: Equipment;
  /** Id. */
  id: Scalars['ID']['output'];
  /** What happened, in words. */
  message: Scalars['String']['output'];
  /** The metric whose reading raised it. */
  metric?: Maybe<Metric>;
  /** When the condition started (the first reading of the run that met it). */
  raisedAt: Scalars['DateTime']['output'];
  /** The rule that raised it (null once the rule is deleted). */
  rule?: Maybe<AlertRule>;
  /** Severity. */
  severity: AlertSeverity;
  /** The reading that raised it. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Narrows an alert list; all given conditions must hold. */
export type AlertFilter = {
  /** Only acknowledged (true) or unacknowledged (false) alerts. */
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only alerts of these equipment. */
  equipmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Raised at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these severities. */
  severities?: InputMaybe<Array<AlertSeverity>>;
  /** Only alerts of equipment in these sites. */
  siteIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Raised before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * A condition on one metric: when readings meet `operator threshold` for at least
 * `durationSeconds`, an alert of `severity` is raised (once, until the condition clears).
 */
export type AlertRule = {
  __typename?: 'AlertRule';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** How long the condition must hold before the alert is raised (0: at once). */
  durationSeconds: Scalars['Int']['output'];
  /** Disabled rules are not evaluated. */
  enabled: Scalars['Boolean']['output'];
  /** Only this equipment (null: every equipment, or those of `equipmentTypeId`). */
  equipment?: Maybe<Equipment>;
  /** Only equipment of this type, e.g. `chiller`. */
  equipmentTypeId?: Maybe<Scalars['String']['output']>;
  /** Id. */
  id: Scalars['ID']['output'];
  /** The metric watched. */
  metric: Metric;
  /** Name, shown in alert messages. */
  name: Scalars['String']['output'];
  /** Comparison. */
  operator: ThresholdOperator;
  /** Severity of the alerts it raises. */
  severity: AlertSeverity;
  /** Threshold, in the metric's unit. */
  threshold: Scalars['Float']['output'];
};

/** Settings of an alert rule. */
export type AlertRuleInput = {
  /** Seconds the condition must hold (0–86400). */
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Evaluated only when true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this equipment. */
  equipmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only equipment of this type. */
  equipmentTypeId?: InputMaybe<Scalars['String']['input']>;
  /** Metric name. */
  metric: Scalars['String']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Comparison. */
  operator: ThresholdOperator;
  /** Severity. */
  severity: AlertSeverity;
  /** Threshold. */
  threshold: Scalars['Float']['input'];
};

/** Severity of an alert. */
export type AlertSeverity =
  /** Needs action now. */
  | 'critical'
  /** Needs action soon. */
  | 'high'
  /** For information. */
  | 'info'
  /** Worth a look. */
  | 'warning';

/** A run of readings that broke a threshold with no gap longer than `maxGapSeconds` between them. */
export type AnomalyEpisode = {
  __typename?: 'AnomalyEpisode';
  /** end − start, in seconds (0 for a single reading). */
  durationSeconds: Scalars['Float']['output'];
  /** Last reading of the run. */
  end: Scalars['DateTime']['output'];
  /** Most extreme reading (largest for GT/GTE/NEQ, smallest for LT/LTE, the value for EQ). */
  peak: Scalars['Float']['output'];
  /** When the peak was measured. */
  peakTime: Scalars['DateTime']['output'];
  /** Readings in the run. */
  readingCount: Scalars['Int']['output'];
  /** First reading of the run. */
  start: Scalars['DateTime']['output'];
};

/** What kind of anomaly was recorded. */
export type AnomalyKind =
  /** A slow departure from the normal value. */
  | 'drift'
  /** A short excursion far from the normal value. */
  | 'spike'
  /** A statistical outlier. */
  | 'statistical'
  /** A sensor repeating the same value. */
  | 'stuck'
  /** A threshold crossing. */
  | 'threshold';

/** Who recorded an anomaly. */
export type AnomalyOrigin =
  /** Found by a detector. */
  | 'detected'
  /** Injected by the plant simulator: known ground truth. */
  | 'injected';

/** Chart downsampling of a series to `maxPoints` points. */
export type DownsampleMethod =
  /** Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps the visual shape, peaks included. */
  | 'lttb'
  /**
   * PI-style plot values: the range is cut into `maxPoints` ÷ 4 pixel intervals, each giving its
   * first, last, minimum and maximum value.
   */
  | 'plot';

/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type Equipment = {
  __typename?: 'Equipment';
  /** Alerts about this equipment, newest first. */
  alerts?: Maybe<Array<Alert>>;
  /**
   * The same readings grouped into episodes: consecutive readings no more than `maxGapSeconds`
   * apart (default: twice the equipment's data interval), oldest first.
   */
  anomalyEpisodes?: Maybe<Array<AnomalyEpisode>>;
  /**
   * Stuck-sensor detection: runs of consecutive readings each within `tolerance` of the one before
   * (default 0: exactly repeated), lasting at least `minDurationSeconds` (default 900), oldest
   * first. A k-sigma detector cannot see these — a frozen value sits inside its baseline. A machine
   * that is off also gives flat runs (often at 0): read them with its status. Reads raw points: the
   * range is bound by the raw-range limit.
   */
  flatlineEpisodes?: Maybe<Array<FlatlineEpisode>>;
  /** Id. */
  id: Scalars['ID']['output'];
  /**
   * The latest value of each requested metric (all of the equipment's metrics when omitted).
   * Metrics the equipment does not report are left out. For a list of equipment this is one SQL
   * statement in all.
   */
  latest?: Maybe<Array<LatestReading>>;
  /** Metrics this equipment reports (what the command-center seed calls its table columns). */
  metrics?: Maybe<Array<Metric>>;
  /**
   * Anomalies recorded for this equipment's series that overlap [from, to): those the simulator
   * injected (ground truth for detectors and training labels) and those a detector stored.
   * Oldest first.
   */
  recordedAnomalies?: Maybe<Array<RecordedAnomaly>>;
  /**
   * One metric over [from, to). With `interval` (or `maxPoints`, which picks the finest interval
   * that fits) readings are bucketed; with neither, raw readings are returned (the range must be
   * within the raw-range limit, MAX_RAW_RANGE_HOURS). Intervals: 1, 5, 10, 15 or 30 minutes; 1,
   * 2, 3, 6 or 12 hours; 1 day, 1 week (from Monday), 1 month. Sub-day buckets are aligned to the
   * Unix epoch (UTC); day/week/month buckets to local midnight in `timeZone` (default: the site's
   * zone). Answers are read from the coarsest rollup that nests in the interval (15 min, 1 hour,
   * or local days), with finer rollups and raw points for ragged range edges, so they equal the
   * answer computed from raw points. 1/5/10-minute intervals and TIME_WEIGHTED_AVERAGE read raw
   * points (raw-range limit). At most MAX_POINTS points per answer. For a list of equipment, one
   * SQL statement in all. Null when the equipment does not report the metric.
   */
  series?: Maybe<Series>;
  /**
   * Readings more than `k` sample standard deviations from the mean of the `window` of readings
   * before them (the seed uses k = 2). Reads raw points: the range is bound by the raw-range limit.
   */
  statisticalAnomalies?: Maybe<Array<StatisticalAnomaly>>;
  /**
   * Statistics of each metric over [from, to), exact from rollups. p50/p95/p99 need raw points,
   * so asking for them bounds the range by the raw-range limit. Metrics the equipment does not
   * report are left out. For a list of equipment, one SQL statement in all.
   */
  stats?: Maybe<Array<MetricStats>>;
  /**
   * Readings of `metric` that meet `operator value` in [from, to), oldest first, at most `limit`.
   * Only hours whose rollup can hold a match are scanned, so long ranges stay cheap.
   */
  thresholdAnomalies?: Maybe<Array<Reading>>;
};


/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type EquipmentAlertsArgs = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  severities?: InputMaybe<Array<AlertSeverity>>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type EquipmentAnomalyEpisodesArgs = {
  from: Scalars['DateTime']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxGapSeconds?: InputMaybe<Scalars['Int']['input']>;
  metric: Scalars['String']['input'];
  minDurationSeconds?: InputMaybe<Scalars['Int']['input']>;
  operator: ThresholdOperator;
  to: Scalars['DateTime']['input'];
  value: Scalars['Float']['input'];
};


/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type EquipmentFlatlineEpisodesArgs = {
  from: Scalars['DateTime']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  metric: Scalars['String']['input'];
  minDurationSeconds?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['DateTime']['input'];
  tolerance?: InputMaybe<Scalars['Float']['input']>;
};


/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type EquipmentLatestArgs = {
  metrics?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type EquipmentRecordedAnomaliesArgs = {
  from: Scalars['DateTime']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  origin?: InputMaybe<AnomalyOrigin>;
  to: Scalars['DateTime']['input'];
};


/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type EquipmentSeriesArgs = {
  aggregation?: InputMaybe<SeriesAggregation>;
  downsample?: InputMaybe<DownsampleMethod>;
  fill?: InputMaybe<SeriesFill>;
  from: Scalars['DateTime']['input'];
  interval?: InputMaybe<Scalars['String']['input']>;
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
  metric: Scalars['String']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['DateTime']['input'];
};


/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type EquipmentStatisticalAnomaliesArgs = {
  from: Scalars['DateTime']['input'];
  k?: InputMaybe<Scalars['Float']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  metric: Scalars['String']['input'];
  to: Scalars['DateTime']['input'];
  window?: InputMaybe<Scalars['String']['input']>;
};


/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type EquipmentStatsArgs = {
  from: Scalars['DateTime']['input'];
  metrics: Array<Scalars['String']['input']>;
  to: Scalars['DateTime']['input'];
};


/** Equipment is owned by the assets subgraph; readings adds what it measured. */
export type EquipmentThresholdAnomaliesArgs = {
  from: Scalars['DateTime']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  metric: Scalars['String']['input'];
  operator: ThresholdOperator;
  to: Scalars['DateTime']['input'];
  value: Scalars['Float']['input'];
};

/** A run of readings that did not change: what a frozen (stuck) sensor produces. */
export type FlatlineEpisode = {
  __typename?: 'FlatlineEpisode';
  /** end − start, in seconds. */
  durationSeconds: Scalars['Float']['output'];
  /** Last reading of the run. */
  end: Scalars['DateTime']['output'];
  /** Readings in the run. */
  readingCount: Scalars['Int']['output'];
  /** First reading of the run. */
  start: Scalars['DateTime']['output'];
  /** The value the run started at (the others are within `tolerance` of their predecessor). */
  value: Scalars['Float']['output'];
};

/** A point refused by an ingest. */
export type IngestRejection = {
  __typename?: 'IngestRejection';
  /** Position of the point in the batch (0-based). */
  index: Scalars['Int']['output'];
  /** What was wrong, and what is allowed. */
  reason: Scalars['String']['output'];
};

/** What an ingest did. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** Points newly stored. */
  accepted: Scalars['Int']['output'];
  /** Alerts raised by alert rules. */
  alertsRaised: Scalars['Int']['output'];
  /** Valid points already stored (left unchanged). */
  duplicates: Scalars['Int']['output'];
  /** The largest batch one call accepts. */
  maxBatchSize: Scalars['Int']['output'];
  /** Points refused, with why. */
  rejected: Array<IngestRejection>;
  /** Series created for known metrics on known equipment. */
  seriesCreated: Scalars['Int']['output'];
};

/** The most recent value of one metric of one piece of equipment (or of a site). */
export type LatestReading = {
  __typename?: 'LatestReading';
  /** The metric. */
  metric: Metric;
  /**
   * True when the value is older than three of the equipment's data intervals (at least five
   * minutes) at the moment of the request: the feed may have stopped.
   */
  stale: Scalars['Boolean']['output'];
  /** When the value was measured. */
  time: Scalars['DateTime']['output'];
  /** Unit of the value. */
  unit: Scalars['String']['output'];
  /** The value, in `unit`. */
  value: Scalars['Float']['output'];
};

/** A measured quantity, e.g. `active_power_kw` in kW. */
export type Metric = {
  __typename?: 'Metric';
  /** What the metric measures. */
  description?: Maybe<Scalars['String']['output']>;
  /** Gauge or counter. */
  kind: MetricKind;
  /** Stable snake_case name with the unit as suffix where it has one, e.g. `chw_supply_temp_c`. */
  name: Scalars['String']['output'];
  /** Unit symbol, e.g. kW, kWh, °C, m³/h. */
  unit: Scalars['String']['output'];
};

/** A new catalog metric. */
export type MetricInput = {
  /** What it measures. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Gauge or counter. */
  kind: MetricKind;
  /** snake_case, starting with a letter, e.g. `steam_flow_kg_h`. */
  name: Scalars['String']['input'];
  /** Unit symbol. */
  unit: Scalars['String']['input'];
};

/** Whether values are instantaneous or per-interval increments; it decides how they aggregate. */
export type MetricKind =
  /** The increment over one sample interval (energy consumed, units produced): summed over a period. */
  | 'counter'
  /** An instantaneous value (power, temperature, pressure): averaged, min/max'd over a period. */
  | 'gauge';

/** Statistics of one metric over a range. */
export type MetricStats = {
  __typename?: 'MetricStats';
  /** Mean. */
  avg?: Maybe<Scalars['Float']['output']>;
  /** Number of readings. */
  count: Scalars['Int']['output'];
  /** Earliest reading in range. */
  first?: Maybe<Scalars['Float']['output']>;
  /** Latest reading in range. */
  last?: Maybe<Scalars['Float']['output']>;
  /** Largest reading. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The metric. */
  metric: Metric;
  /** Smallest reading. */
  min?: Maybe<Scalars['Float']['output']>;
  /** Median (from raw points: the range must be within the raw-range limit). */
  p50?: Maybe<Scalars['Float']['output']>;
  /** 95th percentile (from raw points, like p50). */
  p95?: Maybe<Scalars['Float']['output']>;
  /** 99th percentile (from raw points, like p50). */
  p99?: Maybe<Scalars['Float']['output']>;
  /** Sample standard deviation. */
  stddev?: Maybe<Scalars['Float']['output']>;
  /** Sum. */
  sum?: Maybe<Scalars['Float']['output']>;
  /** Unit of the values. */
  unit: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Marks one alert acknowledged (again acknowledging keeps the first acknowledgement). */
  acknowledgeAlert: Alert;
  /** Marks several alerts acknowledged in one statement. */
  acknowledgeAlerts: Array<Alert>;
  /** Creates an alert rule, evaluated on every later ingest. */
  createAlertRule: AlertRule;
  /**
   * Adds a metric to the catalog. Ingesting readings of it for any equipment then creates the
   * series: a new quantity (or energy source) needs no code change.
   */
  createMetric: Metric;
  /** Deletes an alert rule; alerts it raised stay, without their rule. Returns the id. */
  deleteAlertRule: Scalars['ID']['output'];
  /**
   * Stores readings, at most 10,000 points per call (LIMIT_EXCEEDED beyond). Each point is checked
   * on its own — unknown equipment, site or metric, a value that is not a finite number, a time
   * that is not ISO 8601 or more than 5 minutes in the future — and bad points come back in
   * `rejected` with their index and reason while the rest are stored. Idempotent: a point whose
   * (series, time) is already stored is left as it is (first write wins) and counted as a
   * duplicate, so re-sending a batch changes nothing. The whole batch is one transaction; the
   * rollups of the touched buckets are refreshed and alert rules evaluated before it returns.
   * A missing series for a known metric on known equipment is created.
   */
  ingestReadings: IngestResult;
  /**
   * `ingestReadings` in columns: many readings of a few series, each series sent once with its
   * times and values as two parallel lists — the compact form for data collectors and backfills
   * (about a fifth of the bytes, and much less parsing, than one object per point). Same limits
   * and rules: at most 10,000 points in all, each point checked on its own, first write wins, one
   * transaction. A rejected point's `index` counts points across the series in the order given
   * (series 0's points first). BAD_USER_INPUT when a series' `times` and `values` differ in length.
   */
  ingestSeriesReadings: IngestResult;
  /** Replaces an alert rule's settings. */
  updateAlertRule: AlertRule;
};


export type MutationAcknowledgeAlertArgs = {
  by?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAcknowledgeAlertsArgs = {
  by?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationCreateAlertRuleArgs = {
  input: AlertRuleInput;
};


export type MutationCreateMetricArgs = {
  input: MetricInput;
};


export type MutationDeleteAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestReadingsArgs = {
  points: Array<ReadingInput>;
};


export type MutationIngestSeriesReadingsArgs = {
  series: Array<SeriesReadingsInput>;
};


export type MutationUpdateAlertRuleArgs = {
  id: Scalars['ID']['input'];
  input: AlertRuleInput;
};

export type Query = {
  __typename?: 'Query';
  /** One alert by id, or null when the caller's organization has none by that id. */
  alert?: Maybe<Alert>;
  /** Every alert rule of the caller's organization. */
  alertRules?: Maybe<Array<AlertRule>>;
  /**
   * Alerts of the caller's organization, newest first, narrowed by the filter. Alerts are raised
   * by alert rules when readings are ingested.
   */
  alerts?: Maybe<Array<Alert>>;
  /**
   * One piece of equipment by id. NOT_FOUND when the caller's organization has none (retired
   * equipment is found); BAD_USER_INPUT when the id is not a UUID. Both the assets and the
   * readings subgraph answer it: the gateway asks readings directly when the selection needs only
   * readings fields (latest values, series, stats), which saves a call.
   */
  equipment?: Maybe<Equipment>;
  /** One metric by name (e.g. `active_power_kw`), or null when the catalog has none by that name. */
  metric?: Maybe<Metric>;
  /** The metric catalog: every quantity any equipment or site may report. */
  metrics?: Maybe<Array<Metric>>;
  /**
   * Many series at once — several metrics of several pieces of equipment (the comparison use
   * case) — read in one SQL statement whatever their number. One Series per (equipment, metric)
   * pair, equipment-major in the order given; pairs the equipment does not report are left out
   * (a reported metric with no readings in range gives a Series with no points). Arguments are
   * those of `Equipment.series`.
   */
  seriesSet?: Maybe<Array<Series>>;
};


export type QueryAlertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertsArgs = {
  filter?: InputMaybe<AlertFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEquipmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMetricArgs = {
  name: Scalars['String']['input'];
};


export type QuerySeriesSetArgs = {
  aggregation?: InputMaybe<SeriesAggregation>;
  downsample?: InputMaybe<DownsampleMethod>;
  equipmentIds: Array<Scalars['ID']['input']>;
  fill?: InputMaybe<SeriesFill>;
  from: Scalars['DateTime']['input'];
  interval?: InputMaybe<Scalars['String']['input']>;
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
  metrics: Array<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['DateTime']['input'];
};

/** One reading. */
export type Reading = {
  __typename?: 'Reading';
  /** When it was measured. */
  time: Scalars['DateTime']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
};

/**
 * One reading to store. The series is (equipment, metric) — equipment by `equipmentId` or by
 * `equipmentCode` — or (site, metric) for site-level series such as outdoor temperature.
 */
export type ReadingInput = {
  /** Equipment code, e.g. `chiller_001` (forgiving of case and separators). */
  equipmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Equipment id. */
  equipmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Metric name. */
  metric: Scalars['String']['input'];
  /** Site id, for site-level series. */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** Real or backfill (default REAL). */
  source?: InputMaybe<ReadingSource>;
  /** ISO 8601 time with offset; at most 5 minutes in the future. */
  time: Scalars['String']['input'];
  /** A finite number (JSON number). Anything else is rejected for this point only. */
  value: Scalars['JSON']['input'];
};

/** Real-time data or data loaded later (the seed's real/backfill flag). */
export type ReadingSource =
  /** Loaded afterwards (history import, gap repair). */
  | 'backfill'
  /** Measured and sent as it happened. */
  | 'real';

/** An anomaly stored for a series (see `Equipment.recordedAnomalies`). */
export type RecordedAnomaly = {
  __typename?: 'RecordedAnomaly';
  /** Details. */
  description?: Maybe<Scalars['String']['output']>;
  /** Last affected reading time. */
  end: Scalars['DateTime']['output'];
  /** Kind. */
  kind: AnomalyKind;
  /** Size of the excursion, in the metric's unit, when known. */
  magnitude?: Maybe<Scalars['Float']['output']>;
  /** The metric of the series. */
  metric: Metric;
  /** Injected or detected. */
  origin: AnomalyOrigin;
  /** First affected reading time. */
  start: Scalars['DateTime']['output'];
};

/** The values of one metric of one piece of equipment (or site) over a range. */
export type Series = {
  __typename?: 'Series';
  /** Aggregation used (null for raw points and downsampled charts). */
  aggregation?: Maybe<SeriesAggregation>;
  /** The equipment, for equipment series. */
  equipment?: Maybe<Equipment>;
  /** Bucket width used (null for raw points and downsampled charts). */
  interval?: Maybe<Scalars['String']['output']>;
  /** The metric. */
  metric: Metric;
  /**
   * The times of `points` as one list: the columnar form charting libraries take (uPlot,
   * ECharts datasets, Plotly traces), and the cheapest to serve, with no object per point.
   * Same length and order as `pointValues`.
   */
  pointTimes: Array<Scalars['DateTime']['output']>;
  /** The values of `points` as one list, in the order of `pointTimes` (null where `points` has null). */
  pointValues: Array<Maybe<Scalars['Float']['output']>>;
  /** Values in time order; a bucket's time is its start. */
  points: Array<SeriesPoint>;
  /** The site, for site-level series (e.g. outdoor temperature). */
  site?: Maybe<Site>;
  /** What was read to answer. */
  source: SeriesSource;
  /** Zone day/week/month buckets were built in. */
  timeZone: Scalars['String']['output'];
  /** Unit of the values. */
  unit: Scalars['String']['output'];
};

/** How the readings in one bucket become its value. */
export type SeriesAggregation =
  /** Mean of the readings (exact from rollups: sum ÷ count). */
  | 'avg'
  /** Number of readings. */
  | 'count'
  /** Earliest reading of the bucket. */
  | 'first'
  /** Latest reading of the bucket. */
  | 'last'
  /** Largest reading. */
  | 'max'
  /** Smallest reading. */
  | 'min'
  /** Sample standard deviation (exact from rollups' count, sum and sum of squares). */
  | 'stddev'
  /** Sum of the readings (for counters: the period's total). */
  | 'sum'
  /**
   * Time-weighted average: each reading holds until the next one (or the bucket's end). Read
   * from raw points, so the range is bound by the raw-range limit.
   */
  | 'twa';

/**
 * What becomes of buckets with no readings. (Enum arguments have no schema defaults here: a
 * federated subgraph would hand resolvers the default's GraphQL name rather than its value.)
 */
export type SeriesFill =
  /** Interpolated in time between the neighbouring non-empty buckets (null at the ends). */
  | 'linear'
  /** Left out. */
  | 'none'
  /** Kept, with a null value. */
  | 'keep'
  /**
   * The previous non-empty bucket's value. Before the first one in range: the last reading before
   * `from` for aggregations whose values are readings (AVG, MIN, MAX, FIRST, LAST,
   * TIME_WEIGHTED_AVERAGE, a gauge's default); null for totals, counts and spreads (SUM, COUNT,
   * STDDEV, a counter's default), and when the series has no earlier reading.
   */
  | 'previous';

/** One value of a series. */
export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  /** Bucket start (or the reading's time). */
  time: Scalars['DateTime']['output'];
  /** Null only for empty buckets with fill NULL (or PREVIOUS/LINEAR where nothing can be filled). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Readings of one series in columns (see `ingestSeriesReadings`); the owner is given as for `ReadingInput`. */
export type SeriesReadingsInput = {
  /** Equipment code, e.g. `chiller_001` (forgiving of case and separators). */
  equipmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Equipment id. */
  equipmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Metric name. */
  metric: Scalars['String']['input'];
  /** Site id, for site-level series. */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** Real or backfill (default REAL). */
  source?: InputMaybe<ReadingSource>;
  /** ISO 8601 times with offset, each at most 5 minutes in the future. */
  times: Array<Scalars['String']['input']>;
  /** Finite numbers, one per time, in the same order. */
  values: Array<Scalars['JSON']['input']>;
};

/** Where a series answer was read from. */
export type SeriesSource =
  /** Raw points. */
  | 'raw'
  /** Daily rollups in the series' zone (plus finer data for ragged range edges). */
  | '1d'
  /** Hourly rollups (plus finer data for ragged range edges). */
  | '1h'
  /** 15-minute rollups (plus raw points for ragged range edges). */
  | '15m';

/** Sites are owned by the assets subgraph; readings adds site-level series and alerts. */
export type Site = {
  __typename?: 'Site';
  /** Alerts of the equipment of this site, newest first. */
  alerts?: Maybe<Array<Alert>>;
  /** Id. */
  id: Scalars['ID']['output'];
  /**
   * The latest value of each requested site-level metric (e.g. `outdoor_temp_c`; all of the
   * site's own metrics when omitted). For a list of sites this is one SQL statement in all.
   */
  latest?: Maybe<Array<LatestReading>>;
  /** A site-level series (e.g. `outdoor_temp_c`); arguments as in `Equipment.series`. Null when the site has no such series. */
  series?: Maybe<Series>;
};


/** Sites are owned by the assets subgraph; readings adds site-level series and alerts. */
export type SiteAlertsArgs = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  severities?: InputMaybe<Array<AlertSeverity>>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Sites are owned by the assets subgraph; readings adds site-level series and alerts. */
export type SiteLatestArgs = {
  metrics?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Sites are owned by the assets subgraph; readings adds site-level series and alerts. */
export type SiteSeriesArgs = {
  aggregation?: InputMaybe<SeriesAggregation>;
  downsample?: InputMaybe<DownsampleMethod>;
  fill?: InputMaybe<SeriesFill>;
  from: Scalars['DateTime']['input'];
  interval?: InputMaybe<Scalars['String']['input']>;
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
  metric: Scalars['String']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['DateTime']['input'];
};

/** A reading further than k standard deviations from its rolling baseline. */
export type StatisticalAnomaly = {
  __typename?: 'StatisticalAnomaly';
  /** Mean of the baseline window before it. */
  baselineMean: Scalars['Float']['output'];
  /** Sample standard deviation of the baseline window. */
  baselineStddev: Scalars['Float']['output'];
  /** When it was measured. */
  time: Scalars['DateTime']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
  /** (value − mean) ÷ stddev. */
  zScore: Scalars['Float']['output'];
};

/** Comparison of a reading with a threshold. */
export type ThresholdOperator =
  /** value = threshold */
  | '='
  /** value > threshold */
  | '>'
  /** value >= threshold */
  | '>='
  /** value < threshold */
  | '<'
  /** value <= threshold */
  | '<='
  /** value != threshold */
  | '!=';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Alert: Alert;
  Equipment: Equipment;
  Metric: Metric;
  Site: Site;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Alert:
    ( { __typename: 'Alert' }
    & GraphQLRecursivePick<FederationTypes['Alert'], {"id":true}> );
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  Metric:
    ( { __typename: 'Metric' }
    & GraphQLRecursivePick<FederationTypes['Metric'], {"name":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Alert: ResolverTypeWrapper<AlertEntityRowRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AlertFilter: AlertFilter;
  AlertRule: ResolverTypeWrapper<AlertRuleEntityRowRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AlertRuleInput: AlertRuleInput;
  AlertSeverity: null;
  AnomalyEpisode: ResolverTypeWrapper<AnomalyEpisodeRowRow>;
  AnomalyKind: null;
  AnomalyOrigin: null;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DownsampleMethod: null;
  Equipment: ResolverTypeWrapper<EquipmentRefRow>;
  FlatlineEpisode: ResolverTypeWrapper<FlatlineEpisodeRowRow>;
  IngestRejection: ResolverTypeWrapper<IngestRejection>;
  IngestResult: ResolverTypeWrapper<IngestResultRowRow>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LatestReading: ResolverTypeWrapper<LatestReadingRowRow>;
  Metric: ResolverTypeWrapper<MetricRowRow>;
  MetricInput: MetricInput;
  MetricKind: null;
  MetricStats: ResolverTypeWrapper<MetricStatsRowRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reading: ResolverTypeWrapper<ReadingRowRow>;
  ReadingInput: ReadingInput;
  ReadingSource: null;
  RecordedAnomaly: ResolverTypeWrapper<RecordedAnomalyRowRow>;
  Series: ResolverTypeWrapper<SeriesRowRow>;
  SeriesAggregation: null;
  SeriesFill: null;
  SeriesPoint: ResolverTypeWrapper<SeriesPoint>;
  SeriesReadingsInput: SeriesReadingsInput;
  SeriesSource: null;
  Site: ResolverTypeWrapper<SiteRefRow>;
  StatisticalAnomaly: ResolverTypeWrapper<StatisticalAnomalyRowRow>;
  ThresholdOperator: null;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Alert: AlertEntityRowRow;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  AlertFilter: AlertFilter;
  AlertRule: AlertRuleEntityRowRow;
  Int: Scalars['Int']['output'];
  AlertRuleInput: AlertRuleInput;
  AnomalyEpisode: AnomalyEpisodeRowRow;
  DateTime: Scalars['DateTime']['output'];
  Equipment: EquipmentRefRow;
  FlatlineEpisode: FlatlineEpisodeRowRow;
  IngestRejection: IngestRejection;
  IngestResult: IngestResultRowRow;
  JSON: Scalars['JSON']['output'];
  LatestReading: LatestReadingRowRow;
  Metric: MetricRowRow;
  MetricInput: MetricInput;
  MetricStats: MetricStatsRowRow;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Reading: ReadingRowRow;
  ReadingInput: ReadingInput;
  RecordedAnomaly: RecordedAnomalyRowRow;
  Series: SeriesRowRow;
  SeriesPoint: SeriesPoint;
  SeriesReadingsInput: SeriesReadingsInput;
  Site: SiteRefRow;
  StatisticalAnomaly: StatisticalAnomalyRowRow;
  String: Scalars['String']['output'];
}>;

export type RequiresRoleDirectiveArgs = {
  anyOf: Array<Scalars['String']['input']>;
};

export type RequiresRoleDirectiveResolver<Result, Parent, ContextType = ReadingsContext, Args = RequiresRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AlertResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert'], FederationReferenceType extends FederationReferenceTypes['Alert'] = FederationReferenceTypes['Alert']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Alert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clearedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['Metric']>, ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['AlertRule']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['AlertSeverity'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type AlertRuleResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['AlertRule'] = ResolversParentTypes['AlertRule']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  equipmentTypeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['ThresholdOperator'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['AlertSeverity'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type AlertSeverityResolvers = { CRITICAL: 'critical', HIGH: 'high', INFO: 'info', WARNING: 'warning' };

export type AnomalyEpisodeResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['AnomalyEpisode'] = ResolversParentTypes['AnomalyEpisode']> = ResolversObject<{
  durationSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  peak?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  peakTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  readingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AnomalyKindResolvers = { DRIFT: 'drift', SPIKE: 'spike', STATISTICAL: 'statistical', STUCK: 'stuck', THRESHOLD: 'threshold' };

export type AnomalyOriginResolvers = { DETECTED: 'detected', INJECTED: 'injected' };

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DownsampleMethodResolvers = { LTTB: 'lttb', PLOT: 'plot' };

export type EquipmentResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alerts?: Resolver<Maybe<Array<ResolversTypes['Alert']>>, ParentType, ContextType, RequireFields<EquipmentAlertsArgs, 'limit'>>;
  anomalyEpisodes?: Resolver<Maybe<Array<ResolversTypes['AnomalyEpisode']>>, ParentType, ContextType, RequireFields<EquipmentAnomalyEpisodesArgs, 'from' | 'limit' | 'metric' | 'minDurationSeconds' | 'operator' | 'to' | 'value'>>;
  flatlineEpisodes?: Resolver<Maybe<Array<ResolversTypes['FlatlineEpisode']>>, ParentType, ContextType, RequireFields<EquipmentFlatlineEpisodesArgs, 'from' | 'metric' | 'to'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latest?: Resolver<Maybe<Array<ResolversTypes['LatestReading']>>, ParentType, ContextType, Partial<EquipmentLatestArgs>>;
  metrics?: Resolver<Maybe<Array<ResolversTypes['Metric']>>, ParentType, ContextType>;
  recordedAnomalies?: Resolver<Maybe<Array<ResolversTypes['RecordedAnomaly']>>, ParentType, ContextType, RequireFields<EquipmentRecordedAnomaliesArgs, 'from' | 'limit' | 'to'>>;
  series?: Resolver<Maybe<ResolversTypes['Series']>, ParentType, ContextType, RequireFields<EquipmentSeriesArgs, 'from' | 'metric' | 'to'>>;
  statisticalAnomalies?: Resolver<Maybe<Array<ResolversTypes['StatisticalAnomaly']>>, ParentType, ContextType, RequireFields<EquipmentStatisticalAnomaliesArgs, 'from' | 'k' | 'limit' | 'metric' | 'to' | 'window'>>;
  stats?: Resolver<Maybe<Array<ResolversTypes['MetricStats']>>, ParentType, ContextType, RequireFields<EquipmentStatsArgs, 'from' | 'metrics' | 'to'>>;
  thresholdAnomalies?: Resolver<Maybe<Array<ResolversTypes['Reading']>>, ParentType, ContextType, RequireFields<EquipmentThresholdAnomaliesArgs, 'from' | 'limit' | 'metric' | 'operator' | 'to' | 'value'>>;
}>;

export type FlatlineEpisodeResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['FlatlineEpisode'] = ResolversParentTypes['FlatlineEpisode']> = ResolversObject<{
  durationSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  readingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type IngestRejectionResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['IngestRejection'] = ResolversParentTypes['IngestRejection']> = ResolversObject<{
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IngestResultResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alertsRaised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxBatchSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['IngestRejection']>, ParentType, ContextType>;
  seriesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LatestReadingResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['LatestReading'] = ResolversParentTypes['LatestReading']> = ResolversObject<{
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MetricResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['Metric'] = ResolversParentTypes['Metric'], FederationReferenceType extends FederationReferenceTypes['Metric'] = FederationReferenceTypes['Metric']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Metric']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MetricKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MetricKindResolvers = { COUNTER: 'counter', GAUGE: 'gauge' };

export type MetricStatsResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['MetricStats'] = ResolversParentTypes['MetricStats']> = ResolversObject<{
  avg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  first?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  last?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p50?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p95?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p99?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stddev?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeAlert?: Resolver<ResolversTypes['Alert'], ParentType, ContextType, RequireFields<MutationAcknowledgeAlertArgs, 'id'>>;
  acknowledgeAlerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<MutationAcknowledgeAlertsArgs, 'ids'>>;
  createAlertRule?: Resolver<ResolversTypes['AlertRule'], ParentType, ContextType, RequireFields<MutationCreateAlertRuleArgs, 'input'>>;
  createMetric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType, RequireFields<MutationCreateMetricArgs, 'input'>>;
  deleteAlertRule?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteAlertRuleArgs, 'id'>>;
  ingestReadings?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestReadingsArgs, 'points'>>;
  ingestSeriesReadings?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestSeriesReadingsArgs, 'series'>>;
  updateAlertRule?: Resolver<ResolversTypes['AlertRule'], ParentType, ContextType, RequireFields<MutationUpdateAlertRuleArgs, 'id' | 'input'>>;
}>;

export type QueryResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  alert?: Resolver<Maybe<ResolversTypes['Alert']>, ParentType, ContextType, RequireFields<QueryAlertArgs, 'id'>>;
  alertRules?: Resolver<Maybe<Array<ResolversTypes['AlertRule']>>, ParentType, ContextType>;
  alerts?: Resolver<Maybe<Array<ResolversTypes['Alert']>>, ParentType, ContextType, RequireFields<QueryAlertsArgs, 'limit'>>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType, RequireFields<QueryEquipmentArgs, 'id'>>;
  metric?: Resolver<Maybe<ResolversTypes['Metric']>, ParentType, ContextType, RequireFields<QueryMetricArgs, 'name'>>;
  metrics?: Resolver<Maybe<Array<ResolversTypes['Metric']>>, ParentType, ContextType>;
  seriesSet?: Resolver<Maybe<Array<ResolversTypes['Series']>>, ParentType, ContextType, RequireFields<QuerySeriesSetArgs, 'equipmentIds' | 'from' | 'metrics' | 'to'>>;
}>;

export type ReadingResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['Reading'] = ResolversParentTypes['Reading']> = ResolversObject<{
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ReadingSourceResolvers = { BACKFILL: 'backfill', REAL: 'real' };

export type RecordedAnomalyResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['RecordedAnomaly'] = ResolversParentTypes['RecordedAnomaly']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AnomalyKind'], ParentType, ContextType>;
  magnitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['AnomalyOrigin'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SeriesResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['Series'] = ResolversParentTypes['Series']> = ResolversObject<{
  aggregation?: Resolver<Maybe<ResolversTypes['SeriesAggregation']>, ParentType, ContextType>;
  equipment?: Resolver<Maybe<ResolversTypes['Equipment']>, ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  pointTimes?: Resolver<Array<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pointValues?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['SeriesPoint']>, ParentType, ContextType>;
  site?: Resolver<Maybe<ResolversTypes['Site']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SeriesSource'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SeriesAggregationResolvers = { AVG: 'avg', COUNT: 'count', FIRST: 'first', LAST: 'last', MAX: 'max', MIN: 'min', STDDEV: 'stddev', SUM: 'sum', TIME_WEIGHTED_AVERAGE: 'twa' };

export type SeriesFillResolvers = { LINEAR: 'linear', NONE: 'none', NULL: 'keep', PREVIOUS: 'previous' };

export type SeriesPointResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['SeriesPoint'] = ResolversParentTypes['SeriesPoint']> = ResolversObject<{
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SeriesSourceResolvers = { RAW: 'raw', ROLLUP_1D: '1d', ROLLUP_1H: '1h', ROLLUP_15M: '15m' };

export type SiteResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alerts?: Resolver<Maybe<Array<ResolversTypes['Alert']>>, ParentType, ContextType, RequireFields<SiteAlertsArgs, 'limit'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latest?: Resolver<Maybe<Array<ResolversTypes['LatestReading']>>, ParentType, ContextType, Partial<SiteLatestArgs>>;
  series?: Resolver<Maybe<ResolversTypes['Series']>, ParentType, ContextType, RequireFields<SiteSeriesArgs, 'from' | 'metric' | 'to'>>;
}>;

export type StatisticalAnomalyResolvers<ContextType = ReadingsContext, ParentType extends ResolversParentTypes['StatisticalAnomaly'] = ResolversParentTypes['StatisticalAnomaly']> = ResolversObject<{
  baselineMean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  baselineStddev?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  zScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ThresholdOperatorResolvers = { EQ: '=', GT: '>', GTE: '>=', LT: '<', LTE: '<=', NEQ: '!=' };

export type Resolvers<ContextType = ReadingsContext> = ResolversObject<{
  Alert?: AlertResolvers<ContextType>;
  AlertRule?: AlertRuleResolvers<ContextType>;
  AlertSeverity?: AlertSeverityResolvers;
  AnomalyEpisode?: AnomalyEpisodeResolvers<ContextType>;
  AnomalyKind?: AnomalyKindResolvers;
  AnomalyOrigin?: AnomalyOriginResolvers;
  DateTime?: GraphQLScalarType;
  DownsampleMethod?: DownsampleMethodResolvers;
  Equipment?: EquipmentResolvers<ContextType>;
  FlatlineEpisode?: FlatlineEpisodeResolvers<ContextType>;
  IngestRejection?: IngestRejectionResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LatestReading?: LatestReadingResolvers<ContextType>;
  Metric?: MetricResolvers<ContextType>;
  MetricKind?: MetricKindResolvers;
  MetricStats?: MetricStatsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reading?: ReadingResolvers<ContextType>;
  ReadingSource?: ReadingSourceResolvers;
  RecordedAnomaly?: RecordedAnomalyResolvers<ContextType>;
  Series?: SeriesResolvers<ContextType>;
  SeriesAggregation?: SeriesAggregationResolvers;
  SeriesFill?: SeriesFillResolvers;
  SeriesPoint?: SeriesPointResolvers<ContextType>;
  SeriesSource?: SeriesSourceResolvers;
  Site?: SiteResolvers<ContextType>;
  StatisticalAnomaly?: StatisticalAnomalyResolvers<ContextType>;
  ThresholdOperator?: ThresholdOperatorResolvers;
}>;

export type DirectiveResolvers<ContextType = ReadingsContext> = ResolversObject<{
  requiresRole?: RequiresRoleDirectiveResolver<any, any, ContextType>;
}>;
