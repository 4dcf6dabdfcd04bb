import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DatasetStatisticsRow as DatasetStatisticsRowRow, EquipmentRef as EquipmentRefRow, StateRow as StateRowRow, StateSampleRow as StateSampleRowRow, TrajectoryRow as TrajectoryRowRow, TrajectorySampleRow as TrajectorySampleRowRow, PreferencePairRow as PreferencePairRowRow, PreferencePairSetRow as PreferencePairSetRowRow, AnomalyExampleSetRow as AnomalyExampleSetRowRow, TrainingBatchRow as TrainingBatchRowRow, AnomalyLabelQualityRow as AnomalyLabelQualityRowRow, ExportConnectionRow as ExportConnectionRowRow, ExportNodeRow as ExportNodeRowRow } from '../mappers.js';
import type { TrainingContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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
  /** A JSON object. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An alert, as far as training's alerts context needs it (owned by readings). */
export type Alert = {
  __typename?: 'Alert';
  /** When it cleared. */
  clearedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  message: Scalars['String']['output'];
  /** The metric. */
  metric?: Maybe<Metric>;
  /** When it was raised. */
  raisedAt: Scalars['DateTime']['output'];
  /** Severity. */
  severity: AlertSeverity;
  /** The reading that raised it. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Severity of an alert (owned by readings). */
export type AlertSeverity =
  /** Needs action now. */
  | 'CRITICAL'
  /** Needs action soon. */
  | 'HIGH'
  /** For information. */
  | 'INFO'
  /** Worth a look. */
  | 'WARNING';

/** Anomalous states and the seed that ordered them. */
export type AnomalyExampleSet = {
  __typename?: 'AnomalyExampleSet';
  /** Threshold in standard deviations. */
  k: Scalars['Float']['output'];
  /** The seed. */
  seed: Scalars['Int']['output'];
  /** The states, all labelled ANOMALY. */
  states: Array<State>;
};

/** Reading-level quality of the k·σ labels against injected anomalies. */
export type AnomalyLabelQuality = {
  __typename?: 'AnomalyLabelQuality';
  /** Recall per kind of injected anomaly. */
  byKind: Array<KindRecall>;
  /** Readings inside an injected anomaly of their series. */
  injectedReadings: Scalars['Int']['output'];
  /** Threshold in standard deviations. */
  k: Scalars['Float']['output'];
  /** Readings labelled anomalous. */
  labelled: Scalars['Int']['output'];
  /** truePositives ÷ labelled (null when nothing is labelled). */
  precision?: Maybe<Scalars['Float']['output']>;
  /** Readings examined. */
  readings: Scalars['Int']['output'];
  /** truePositives ÷ injectedReadings (null when nothing was injected). */
  recall?: Maybe<Scalars['Float']['output']>;
  /** Readings both labelled and injected. */
  truePositives: Scalars['Int']['output'];
};

/** Tolerances of the comparability rule of preference pairs. */
export type ComparabilityInput = {
  /** Metric that measures load (default: the first of load_pct, cooling_load_tr, flow_m3h, airflow_cfm, air_flow_nm3h, fan_speed_pct, speed_rpm, current_a the type reports, other than the compared metric). */
  loadMetric?: InputMaybe<Scalars['String']['input']>;
  /** Largest difference of mean load relative to the larger of the two (0–1; default 0.1). */
  loadTolerance?: InputMaybe<Scalars['Float']['input']>;
  /** Largest difference of the local start times, in minutes round the clock (0–720; default 60). */
  maxStartOffsetMinutes?: InputMaybe<Scalars['Float']['input']>;
  /** Largest difference of mean outdoor temperature over the windows, in °C (0–50; default 2). */
  outdoorTempToleranceC?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * The comparability rule two trajectories satisfied: same equipment type, not the same window;
 * local start times within maxStartOffsetMinutes (round the clock); mean outdoor temperature
 * (site series outdoor_temp_c) within outdoorTempToleranceC, and required; mean load within
 * loadTolerance of the larger (when loadMetric is set).
 */
export type ComparabilityRule = {
  __typename?: 'ComparabilityRule';
  /** Load metric, or null when the type reports none (then load is not compared). */
  loadMetric?: Maybe<Scalars['String']['output']>;
  /** Largest relative load difference. */
  loadTolerance: Scalars['Float']['output'];
  /** Largest start-time difference in minutes (local clock, round the clock). */
  maxStartOffsetMinutes: Scalars['Float']['output'];
  /** Largest outdoor temperature difference, °C. */
  outdoorTempToleranceC: Scalars['Float']['output'];
};

/** Size and shape of the data available for training. */
export type DatasetStatistics = {
  __typename?: 'DatasetStatistics';
  /** Size of the whole database on disk, in bytes. */
  databaseSizeBytes: Scalars['Float']['output'];
  /** Distinct equipment types among them. */
  equipmentTypes: Scalars['Int']['output'];
  /** The same interval in words, e.g. `1 minute`. */
  interval?: Maybe<Scalars['String']['output']>;
  /** The most points any one piece of equipment has at distinct timestamps in one series (the seed's rows per table). */
  maxTimepointsPerEquipment: Scalars['Float']['output'];
  /** First and last reading, or null when there are none. */
  timeRange?: Maybe<TimeRange>;
  /** Distinct reading timestamps per piece of equipment, averaged over the equipment (the seed's total_timepoints_per_equipment). */
  timepointsPerEquipment: Scalars['Float']['output'];
  /** Pieces of equipment with at least one series of readings. */
  totalEquipment: Scalars['Int']['output'];
  /** Points (single readings) in all series. */
  totalPoints: Scalars['Float']['output'];
  /** Series (one per equipment × metric, or site × metric) in all. */
  totalSeries: Scalars['Int']['output'];
  /** Equipment count per type, largest first. */
  typeBreakdown: Array<TypeCount>;
  /** The most common sampling interval across series, in seconds. */
  typicalIntervalSeconds?: Maybe<Scalars['Int']['output']>;
};

/** Equipment is owned by the assets subgraph; training adds samples and LLM context. */
export type Equipment = {
  __typename?: 'Equipment';
  /** Alerts of this equipment, resolved by the readings subgraph. */
  alerts?: Maybe<Array<Alert>>;
  /**
   * Alerts of this equipment raised in the last `hours` hours before its newest reading, most
   * severe first. The alerts come from the readings subgraph (through the gateway); training
   * reads no alert table.
   */
  alertsContext?: Maybe<Scalars['String']['output']>;
  /**
   * Readings of one metric beyond k standard deviations of the window's mean over the last `hours`
   * hours of its data (the seed's find_anomalies_context), strongest first, plus anomalies recorded
   * for the series in that window.
   */
  anomalyContext?: Maybe<Scalars['String']['output']>;
  /**
   * The seed's equipment summary for an LLM prompt: code, name, location, type, status and the
   * latest reading of every metric with units (times in the site's zone).
   */
  contextSummary?: Maybe<Scalars['String']['output']>;
  /** Id. */
  id: Scalars['ID']['output'];
  /**
   * States of this equipment at instants drawn from the seed (the same for this equipment whatever
   * else is in the list); a list of equipment costs one statement in all.
   */
  samples?: Maybe<StateSample>;
  /**
   * Trend of one metric over the last `hours` hours of its data (ending at its newest reading):
   * average, minimum, maximum, standard deviation, change, and bucket means.
   */
  trendContext?: Maybe<Scalars['String']['output']>;
};


/** Equipment is owned by the assets subgraph; training adds samples and LLM context. */
export type EquipmentAlertsArgs = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  severities?: InputMaybe<Array<AlertSeverity>>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Equipment is owned by the assets subgraph; training adds samples and LLM context. */
export type EquipmentAlertsContextArgs = {
  hours?: InputMaybe<Scalars['Float']['input']>;
  maxChars?: InputMaybe<Scalars['Int']['input']>;
  minSeverity?: InputMaybe<AlertSeverity>;
};


/** Equipment is owned by the assets subgraph; training adds samples and LLM context. */
export type EquipmentAnomalyContextArgs = {
  hours?: InputMaybe<Scalars['Float']['input']>;
  k?: InputMaybe<Scalars['Float']['input']>;
  maxChars?: InputMaybe<Scalars['Int']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
};


/** Equipment is owned by the assets subgraph; training adds samples and LLM context. */
export type EquipmentContextSummaryArgs = {
  maxChars?: InputMaybe<Scalars['Int']['input']>;
};


/** Equipment is owned by the assets subgraph; training adds samples and LLM context. */
export type EquipmentSamplesArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  k?: InputMaybe<Scalars['Float']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
};


/** Equipment is owned by the assets subgraph; training adds samples and LLM context. */
export type EquipmentTrendContextArgs = {
  hours?: InputMaybe<Scalars['Float']['input']>;
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  maxChars?: InputMaybe<Scalars['Int']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
};

/** One page of an export. */
export type ExportConnection = {
  __typename?: 'ExportConnection';
  /** Records of this page. */
  edges: Array<ExportEdge>;
  /** What is exported. */
  kind: ExportKind;
  /** Paging. */
  pageInfo: ExportPageInfo;
  /** The seed. */
  seed: Scalars['Int']['output'];
  /** Records in the whole export (for PAIRS: at most; pages may hold fewer when the data holds fewer comparable pairs). */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an export page. */
export type ExportEdge = {
  __typename?: 'ExportEdge';
  /** Cursor of this record. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: ExportNode;
};

/** An export's definition; the same input and seed give the same records. */
export type ExportInput = {
  /** Share of anomalies for BATCH. */
  anomalyRatio?: InputMaybe<Scalars['Float']['input']>;
  /** Examples per batch for BATCH. */
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  /** Items: states, trajectories or pairs; for BATCH, batches. */
  count: Scalars['Int']['input'];
  /** Direction for PAIRS. */
  direction?: InputMaybe<PreferenceDirection>;
  /** Window for TRAJECTORIES and PAIRS. */
  durationHours?: InputMaybe<Scalars['Float']['input']>;
  /** Equipment for STATES and TRAJECTORIES. */
  equipmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equipment type for STATES, TRAJECTORIES and PAIRS (or equipmentIds for the first two). */
  equipmentType?: InputMaybe<Scalars['String']['input']>;
  /** Types for BATCH. */
  equipmentTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Minutes between states for TRAJECTORIES and PAIRS. */
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Anomaly threshold in standard deviations. */
  k?: InputMaybe<Scalars['Float']['input']>;
  /** What to export. */
  kind: ExportKind;
  /** Metric for PAIRS. */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** Smallest relative margin for PAIRS. */
  minMargin?: InputMaybe<Scalars['Float']['input']>;
  /** Seed of the generator. */
  seed?: InputMaybe<Scalars['Int']['input']>;
};

/** What an export holds. */
export type ExportKind =
  /** Training batches (trainingBatch); one node per example. */
  | 'batch'
  /** Preference pairs in TRL format: exactly prompt, chosen and rejected. */
  | 'pairs'
  /** States (sampleStates). */
  | 'states'
  /** Trajectories (trajectories). */
  | 'trajectories';

/** One exported record. */
export type ExportNode = {
  __typename?: 'ExportNode';
  /** 0-based position in the export. */
  index: Scalars['Int']['output'];
  /** The JSONL line's object (snake_case keys; for PAIRS exactly prompt, chosen, rejected). */
  record: Scalars['JSONObject']['output'];
};

/** Where a page ends. */
export type ExportPageInfo = {
  __typename?: 'ExportPageInfo';
  /** Pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more records follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Recall of one kind of injected anomaly. */
export type KindRecall = {
  __typename?: 'KindRecall';
  /** Of those, readings labelled anomalous. */
  detected: Scalars['Int']['output'];
  /** Readings inside injected anomalies of this kind. */
  injectedReadings: Scalars['Int']['output'];
  /** spike, drift, stuck, … */
  kind: Scalars['String']['output'];
  /** detected ÷ injectedReadings. */
  recall?: Maybe<Scalars['Float']['output']>;
};

/** A metric (owned by readings). */
export type Metric = {
  __typename?: 'Metric';
  /** Name. */
  name: Scalars['String']['output'];
  /** Unit symbol. */
  unit: Scalars['String']['output'];
};

/** What made a pair comparable. */
export type PairConditions = {
  __typename?: 'PairConditions';
  /** Mean load of A (in the load metric's unit), null when load is not compared. */
  aLoad?: Maybe<Scalars['Float']['output']>;
  /** Mean outdoor temperature over A's window, °C. */
  aOutdoorTempC: Scalars['Float']['output'];
  /** Local start time of A (HH:MM in its site's zone). */
  aStartLocal: Scalars['String']['output'];
  /** Mean load of B. */
  bLoad?: Maybe<Scalars['Float']['output']>;
  /** Mean outdoor temperature over B's window, °C. */
  bOutdoorTempC: Scalars['Float']['output'];
  /** Local start time of B. */
  bStartLocal: Scalars['String']['output'];
};

/** Side of a pair. */
export type PairSide =
  /** The first trajectory. */
  | 'A'
  /** The second trajectory. */
  | 'B';

/** Which values of the metric are better. */
export type PreferenceDirection =
  /** Higher is better (efficiency, COP, output). */
  | 'higher'
  /** Lower is better (energy, power, temperature rise). */
  | 'lower';

/** Two comparable trajectories and which one is better. */
export type PreferencePair = {
  __typename?: 'PreferencePair';
  /** First trajectory. */
  a: Trajectory;
  /** Mean of the metric over A's window (exact from the 15-minute rollups). */
  aScore: Scalars['Float']['output'];
  /** Second trajectory. */
  b: Trajectory;
  /** Mean of the metric over B's window. */
  bScore: Scalars['Float']['output'];
  /** The conditions that made the pair comparable. */
  conditions: PairConditions;
  /** |aScore − bScore|, in the metric's unit. */
  margin: Scalars['Float']['output'];
  /** The better side by the metric and direction. */
  preferred: PairSide;
  /** margin ÷ max(|aScore|, |bScore|). */
  relativeMargin: Scalars['Float']['output'];
  /** The pair in TRL's prompt/chosen/rejected format. */
  trl: TrlPreference;
};

/** Preference pairs and how they were found. */
export type PreferencePairSet = {
  __typename?: 'PreferencePairSet';
  /** Candidate windows drawn (count × 8 + 32, at most 10,000). */
  candidatesDrawn: Scalars['Int']['output'];
  /** Candidate windows missing more than a tenth of their readings (not scored). */
  candidatesIncomplete: Scalars['Int']['output'];
  /** Direction. */
  direction: PreferenceDirection;
  /** Equipment type. */
  equipmentType: Scalars['String']['output'];
  /** Metric that decides the preference. */
  metric: Scalars['String']['output'];
  /** Smallest relative margin kept. */
  minMargin: Scalars['Float']['output'];
  /** The pairs found (at most `requested`). */
  pairs: Array<PreferencePair>;
  /** Pairs asked for. */
  requested: Scalars['Int']['output'];
  /** The rule every pair satisfies. */
  rule: ComparabilityRule;
  /** The seed. */
  seed: Scalars['Int']['output'];
  /** Comparable matches skipped because their margin was below minMargin. */
  skippedBelowMargin: Scalars['Int']['output'];
  /** Unit of the metric. */
  unit: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * States labelled anomalous: at least one metric beyond k standard deviations of its own
   * baseline (mean and σ of the same series over the hourly rollups from three hours before to
   * three hours after the reading's hour). Ordered by a seed-determined hash.
   */
  anomalyExamples?: Maybe<AnomalyExampleSet>;
  /**
   * How well the k·σ labels match the anomalies the simulator injected (readings recorded with
   * origin `injected`): reading-level precision and recall over the named equipment.
   */
  anomalyLabelQuality?: Maybe<AnomalyLabelQuality>;
  /**
   * RAG context comparing one metric across equipment over the last `hours` hours of data (the
   * window ends at the newest reading among them): average, minimum and maximum with units,
   * highest average first. Lines of least importance are dropped first to fit `maxChars`.
   */
  comparisonContext?: Maybe<Scalars['String']['output']>;
  /**
   * What the training data holds for the caller's organization — the command-center seed's
   * `get_training_statistics`, computed from the database at the time of the request.
   */
  datasetStatistics?: Maybe<DatasetStatistics>;
  /**
   * Any of the datasets above, a page at a time, for exports of any size in constant memory
   * (`npm run export` reads this). Item i of a STATES or TRAJECTORIES export is item i of
   * sampleStates / trajectories with the same seed. PAIRS pages are drawn one by one, page p with
   * a seed derived from (seed, p). BATCH: `count` batches, batch 0 is trainingBatch with the seed,
   * batch b with a seed derived from (seed, b); each node is one example.
   */
  exportDataset?: Maybe<ExportConnection>;
  /**
   * Preference pairs for DPO: pairs of trajectories of one equipment type under comparable
   * conditions (see ComparabilityRule), the preferred side by the mean of `metric` over the window
   * and `direction`, and the margin. Pairs whose relative margin is below `minMargin` are skipped.
   * Each pair is also rendered in TRL's preference format (prompt, chosen, rejected).
   */
  preferencePairs?: Maybe<PreferencePairSet>;
  /**
   * States drawn reproducibly: each sample picks a piece of equipment uniformly from the named
   * type (or ids) and an instant uniformly on its data grid (or `at`), then reads every metric of
   * it as of that instant — the newest reading at or before it, no older than the metric's data
   * interval; metrics without such a reading are listed as missing. All states are read in one
   * SQL statement. Same seed and data → the same answer.
   */
  sampleStates?: Maybe<StateSample>;
  /**
   * A shuffled training batch of exactly round(batchSize × anomalyRatio) anomalous states (nearest
   * whole number, halves up: 32 × 0.2 → 6) and normal states for the rest, each labelled. Normal
   * states draw a type uniformly from `equipmentTypes`, then equipment and instant uniformly;
   * draws that the k·σ rule labels anomalous are passed over.
   */
  trainingBatch?: Maybe<TrainingBatch>;
  /**
   * Trajectories: ordered states of one piece of equipment every `intervalMinutes` over
   * `durationHours`. The start is inclusive and the end exclusive: states at start, start +
   * interval, … while before start + duration (1 hour at 15 minutes gives 4 states). All states of
   * all trajectories are read in one SQL statement.
   */
  trajectories?: Maybe<TrajectorySample>;
};


export type QueryAnomalyExamplesArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  equipmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  equipmentType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  k?: InputMaybe<Scalars['Float']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAnomalyLabelQualityArgs = {
  equipmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  equipmentType?: InputMaybe<Scalars['String']['input']>;
  k?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryComparisonContextArgs = {
  equipmentIds: Array<Scalars['ID']['input']>;
  hours?: InputMaybe<Scalars['Float']['input']>;
  maxChars?: InputMaybe<Scalars['Int']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
};


export type QueryExportDatasetArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  input: ExportInput;
};


export type QueryPreferencePairsArgs = {
  comparable?: InputMaybe<ComparabilityInput>;
  count?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<PreferenceDirection>;
  durationHours?: InputMaybe<Scalars['Float']['input']>;
  equipmentType: Scalars['String']['input'];
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  k?: InputMaybe<Scalars['Float']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
  minMargin?: InputMaybe<Scalars['Float']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySampleStatesArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  count?: InputMaybe<Scalars['Int']['input']>;
  equipmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  equipmentType?: InputMaybe<Scalars['String']['input']>;
  k?: InputMaybe<Scalars['Float']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrainingBatchArgs = {
  anomalyRatio?: InputMaybe<Scalars['Float']['input']>;
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  equipmentTypes: Array<Scalars['String']['input']>;
  k?: InputMaybe<Scalars['Float']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrajectoriesArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  durationHours?: InputMaybe<Scalars['Float']['input']>;
  equipmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  equipmentType?: InputMaybe<Scalars['String']['input']>;
  intervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  k?: InputMaybe<Scalars['Float']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  start?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Every metric of one piece of equipment at one instant. */
export type State = {
  __typename?: 'State';
  /** Metrics beyond k·σ of their baseline. */
  anomalousMetrics: Array<Scalars['String']['output']>;
  /** The equipment. */
  equipment: Equipment;
  /** Equipment code, e.g. `chiller_003`. */
  equipmentCode: Scalars['String']['output'];
  /** Equipment type, e.g. `chiller`. */
  equipmentType: Scalars['String']['output'];
  /** Label by the k·σ rule. */
  label: StateLabel;
  /** Metrics without a value at this instant. */
  missingMetrics: Array<Scalars['String']['output']>;
  /** The same as a JSON object, metric → value (null when missing), as in the seed. */
  state: Scalars['JSONObject']['output'];
  /** The instant. */
  time: Scalars['DateTime']['output'];
  /** One value per metric the equipment reports, by metric name. */
  values: Array<StateValue>;
};

/** Whether a state is normal or anomalous by the k·σ rule. */
export type StateLabel =
  /** At least one metric beyond k·σ of its baseline. */
  | 'ANOMALY'
  /** No metric beyond k·σ of its baseline. */
  | 'NORMAL';

/** Sampled states and the seed that drew them. */
export type StateSample = {
  __typename?: 'StateSample';
  /** The anomaly threshold used for labels. */
  k: Scalars['Float']['output'];
  /** The seed. */
  seed: Scalars['Int']['output'];
  /** The states, in draw order. */
  states: Array<State>;
};

/** One metric's value in a state. */
export type StateValue = {
  __typename?: 'StateValue';
  /** Metric name. */
  metric: Scalars['String']['output'];
  /** True when the metric has no reading within its data interval before the state's time. */
  missing: Scalars['Boolean']['output'];
  /** When that reading was taken; null when missing. */
  time?: Maybe<Scalars['DateTime']['output']>;
  /** Unit of the value (empty for dimensionless metrics such as power factor). */
  unit: Scalars['String']['output'];
  /** The newest reading at or before the state's time, within the metric's data interval; null when missing. */
  value?: Maybe<Scalars['Float']['output']>;
  /** (value − baseline mean) ÷ baseline σ; null when missing or the baseline is flat. */
  zScore?: Maybe<Scalars['Float']['output']>;
};

/** The time span the readings cover. */
export type TimeRange = {
  __typename?: 'TimeRange';
  /** First reading. */
  from: Scalars['DateTime']['output'];
  /** Last reading. */
  to: Scalars['DateTime']['output'];
};

/** A labelled, shuffled training batch. */
export type TrainingBatch = {
  __typename?: 'TrainingBatch';
  /** Anomalous examples: round(batchSize × anomalyRatio), halves up. */
  anomalyCount: Scalars['Int']['output'];
  /** Requested share of anomalies. */
  anomalyRatio: Scalars['Float']['output'];
  /** Examples in the batch. */
  batchSize: Scalars['Int']['output'];
  /** The examples, shuffled; each state carries its label. */
  examples: Array<State>;
  /** Normal examples: batchSize − anomalyCount. */
  normalCount: Scalars['Int']['output'];
  /** How anomalyCount was rounded, in words. */
  roundingRule: Scalars['String']['output'];
  /** The seed. */
  seed: Scalars['Int']['output'];
};

/** Ordered states of one piece of equipment. */
export type Trajectory = {
  __typename?: 'Trajectory';
  /** start + steps × interval (exclusive: no state at this time). */
  end: Scalars['DateTime']['output'];
  /** The equipment. */
  equipment: Equipment;
  /** Equipment code. */
  equipmentCode: Scalars['String']['output'];
  /** Minutes between states. */
  intervalMinutes: Scalars['Int']['output'];
  /** First state's time (inclusive). */
  start: Scalars['DateTime']['output'];
  /** The states in time order. */
  states: Array<State>;
};

/** Sampled trajectories and the seed that drew them. */
export type TrajectorySample = {
  __typename?: 'TrajectorySample';
  /** Window length in hours. */
  durationHours: Scalars['Float']['output'];
  /** Always false: the end is exclusive. */
  endInclusive: Scalars['Boolean']['output'];
  /** Minutes between states. */
  intervalMinutes: Scalars['Int']['output'];
  /** The seed. */
  seed: Scalars['Int']['output'];
  /** States per trajectory: ceil(duration ÷ interval). */
  statesPerTrajectory: Scalars['Int']['output'];
  /** The trajectories, in draw order. */
  trajectories: Array<Trajectory>;
};

/** A preference example in TRL's standard format (`trl.DPOTrainer` datasets). */
export type TrlPreference = {
  __typename?: 'TrlPreference';
  /** The preferred trajectory, in words with units. */
  chosen: Scalars['String']['output'];
  /** The situation and the goal. */
  prompt: Scalars['String']['output'];
  /** The other trajectory. */
  rejected: Scalars['String']['output'];
};

/** How many pieces of equipment of one type have readings. */
export type TypeCount = {
  __typename?: 'TypeCount';
  /** Equipment of that type with readings. */
  count: Scalars['Int']['output'];
  /** Equipment type id, e.g. `chiller`. */
  type: Scalars['String']['output'];
};

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
  Equipment: Equipment;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"alerts":{"severity":true,"message":true,"raisedAt":true,"clearedAt":true,"value":true,"metric":{"name":true,"unit":true}}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Alert: ResolverTypeWrapper<Alert>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AlertSeverity: AlertSeverity;
  AnomalyExampleSet: ResolverTypeWrapper<AnomalyExampleSetRowRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnomalyLabelQuality: ResolverTypeWrapper<AnomalyLabelQualityRowRow>;
  ComparabilityInput: ComparabilityInput;
  ComparabilityRule: ResolverTypeWrapper<ComparabilityRule>;
  DatasetStatistics: ResolverTypeWrapper<DatasetStatisticsRowRow>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Equipment: ResolverTypeWrapper<EquipmentRefRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ExportConnection: ResolverTypeWrapper<ExportConnectionRowRow>;
  ExportEdge: ResolverTypeWrapper<Omit<ExportEdge, 'node'> & { node: ResolversTypes['ExportNode'] }>;
  ExportInput: ExportInput;
  ExportKind: null;
  ExportNode: ResolverTypeWrapper<ExportNodeRowRow>;
  ExportPageInfo: ResolverTypeWrapper<ExportPageInfo>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  KindRecall: ResolverTypeWrapper<KindRecall>;
  Metric: ResolverTypeWrapper<Metric>;
  PairConditions: ResolverTypeWrapper<PairConditions>;
  PairSide: PairSide;
  PreferenceDirection: null;
  PreferencePair: ResolverTypeWrapper<PreferencePairRowRow>;
  PreferencePairSet: ResolverTypeWrapper<PreferencePairSetRowRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  State: ResolverTypeWrapper<StateRowRow>;
  StateLabel: StateLabel;
  StateSample: ResolverTypeWrapper<StateSampleRowRow>;
  StateValue: ResolverTypeWrapper<StateValue>;
  TimeRange: ResolverTypeWrapper<TimeRange>;
  TrainingBatch: ResolverTypeWrapper<TrainingBatchRowRow>;
  Trajectory: ResolverTypeWrapper<TrajectoryRowRow>;
  TrajectorySample: ResolverTypeWrapper<TrajectorySampleRowRow>;
  TrlPreference: ResolverTypeWrapper<TrlPreference>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Alert: Alert;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Float: Scalars['Float']['output'];
  AnomalyExampleSet: AnomalyExampleSetRowRow;
  Int: Scalars['Int']['output'];
  AnomalyLabelQuality: AnomalyLabelQualityRowRow;
  ComparabilityInput: ComparabilityInput;
  ComparabilityRule: ComparabilityRule;
  DatasetStatistics: DatasetStatisticsRowRow;
  DateTime: Scalars['DateTime']['output'];
  Equipment: EquipmentRefRow;
  Boolean: Scalars['Boolean']['output'];
  ExportConnection: ExportConnectionRowRow;
  ExportEdge: Omit<ExportEdge, 'node'> & { node: ResolversParentTypes['ExportNode'] };
  ExportInput: ExportInput;
  ExportNode: ExportNodeRowRow;
  ExportPageInfo: ExportPageInfo;
  JSONObject: Scalars['JSONObject']['output'];
  KindRecall: KindRecall;
  Metric: Metric;
  PairConditions: PairConditions;
  PreferencePair: PreferencePairRowRow;
  PreferencePairSet: PreferencePairSetRowRow;
  Query: Record<PropertyKey, never>;
  State: StateRowRow;
  StateSample: StateSampleRowRow;
  StateValue: StateValue;
  TimeRange: TimeRange;
  TrainingBatch: TrainingBatchRowRow;
  Trajectory: TrajectoryRowRow;
  TrajectorySample: TrajectorySampleRowRow;
  TrlPreference: TrlPreference;
  TypeCount: TypeCount;
}>;

export type AlertResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AnomalyExampleSetResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['AnomalyExampleSet'] = ResolversParentTypes['AnomalyExampleSet']> = ResolversObject<{
  k?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  states?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
}>;

export type AnomalyLabelQualityResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['AnomalyLabelQuality'] = ResolversParentTypes['AnomalyLabelQuality']> = ResolversObject<{
  byKind?: Resolver<Array<ResolversTypes['KindRecall']>, ParentType, ContextType>;
  injectedReadings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  k?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  labelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  readings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recall?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  truePositives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComparabilityRuleResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['ComparabilityRule'] = ResolversParentTypes['ComparabilityRule']> = ResolversObject<{
  loadMetric?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loadTolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maxStartOffsetMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outdoorTempToleranceC?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type DatasetStatisticsResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['DatasetStatistics'] = ResolversParentTypes['DatasetStatistics']> = ResolversObject<{
  databaseSizeBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  equipmentTypes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxTimepointsPerEquipment?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  timeRange?: Resolver<Maybe<ResolversTypes['TimeRange']>, ParentType, ContextType>;
  timepointsPerEquipment?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalEquipment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalSeries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  typeBreakdown?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  typicalIntervalSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EquipmentResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alertsContext?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EquipmentAlertsContextArgs, 'hours' | 'maxChars' | 'minSeverity'>>;
  anomalyContext?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EquipmentAnomalyContextArgs, 'hours' | 'k' | 'maxChars' | 'metric'>>;
  contextSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EquipmentContextSummaryArgs, 'maxChars'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  samples?: Resolver<Maybe<ResolversTypes['StateSample']>, ParentType, ContextType, RequireFields<EquipmentSamplesArgs, 'count' | 'k' | 'seed'>>;
  trendContext?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EquipmentTrendContextArgs, 'hours' | 'intervalMinutes' | 'maxChars' | 'metric'>>;
}>;

export type ExportConnectionResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['ExportConnection'] = ResolversParentTypes['ExportConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExportEdge']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExportKind'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['ExportPageInfo'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExportEdgeResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['ExportEdge'] = ResolversParentTypes['ExportEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExportNode'], ParentType, ContextType>;
}>;

export type ExportKindResolvers = { BATCH: 'batch', PAIRS: 'pairs', STATES: 'states', TRAJECTORIES: 'trajectories' };

export type ExportNodeResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['ExportNode'] = ResolversParentTypes['ExportNode']> = ResolversObject<{
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
}>;

export type ExportPageInfoResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['ExportPageInfo'] = ResolversParentTypes['ExportPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type KindRecallResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['KindRecall'] = ResolversParentTypes['KindRecall']> = ResolversObject<{
  detected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  injectedReadings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recall?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MetricResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['Metric'] = ResolversParentTypes['Metric']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PairConditionsResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['PairConditions'] = ResolversParentTypes['PairConditions']> = ResolversObject<{
  aLoad?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  aOutdoorTempC?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  aStartLocal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bLoad?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bOutdoorTempC?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bStartLocal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PreferenceDirectionResolvers = { HIGHER_IS_BETTER: 'higher', LOWER_IS_BETTER: 'lower' };

export type PreferencePairResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['PreferencePair'] = ResolversParentTypes['PreferencePair']> = ResolversObject<{
  a?: Resolver<ResolversTypes['Trajectory'], ParentType, ContextType>;
  aScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Trajectory'], ParentType, ContextType>;
  bScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  conditions?: Resolver<ResolversTypes['PairConditions'], ParentType, ContextType>;
  margin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  preferred?: Resolver<ResolversTypes['PairSide'], ParentType, ContextType>;
  relativeMargin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trl?: Resolver<ResolversTypes['TrlPreference'], ParentType, ContextType>;
}>;

export type PreferencePairSetResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['PreferencePairSet'] = ResolversParentTypes['PreferencePairSet']> = ResolversObject<{
  candidatesDrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  candidatesIncomplete?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['PreferenceDirection'], ParentType, ContextType>;
  equipmentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minMargin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pairs?: Resolver<Array<ResolversTypes['PreferencePair']>, ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['ComparabilityRule'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skippedBelowMargin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  anomalyExamples?: Resolver<Maybe<ResolversTypes['AnomalyExampleSet']>, ParentType, ContextType, RequireFields<QueryAnomalyExamplesArgs, 'count' | 'k' | 'seed'>>;
  anomalyLabelQuality?: Resolver<Maybe<ResolversTypes['AnomalyLabelQuality']>, ParentType, ContextType, RequireFields<QueryAnomalyLabelQualityArgs, 'k'>>;
  comparisonContext?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryComparisonContextArgs, 'equipmentIds' | 'hours' | 'maxChars' | 'metric'>>;
  datasetStatistics?: Resolver<Maybe<ResolversTypes['DatasetStatistics']>, ParentType, ContextType>;
  exportDataset?: Resolver<Maybe<ResolversTypes['ExportConnection']>, ParentType, ContextType, RequireFields<QueryExportDatasetArgs, 'first' | 'input'>>;
  preferencePairs?: Resolver<Maybe<ResolversTypes['PreferencePairSet']>, ParentType, ContextType, RequireFields<QueryPreferencePairsArgs, 'count' | 'direction' | 'durationHours' | 'equipmentType' | 'intervalMinutes' | 'k' | 'metric' | 'minMargin' | 'seed'>>;
  sampleStates?: Resolver<Maybe<ResolversTypes['StateSample']>, ParentType, ContextType, RequireFields<QuerySampleStatesArgs, 'count' | 'k' | 'seed'>>;
  trainingBatch?: Resolver<Maybe<ResolversTypes['TrainingBatch']>, ParentType, ContextType, RequireFields<QueryTrainingBatchArgs, 'anomalyRatio' | 'batchSize' | 'equipmentTypes' | 'k' | 'seed'>>;
  trajectories?: Resolver<Maybe<ResolversTypes['TrajectorySample']>, ParentType, ContextType, RequireFields<QueryTrajectoriesArgs, 'count' | 'durationHours' | 'intervalMinutes' | 'k' | 'seed'>>;
}>;

export type StateResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['State'] = ResolversParentTypes['State']> = ResolversObject<{
  anomalousMetrics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  equipmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  equipmentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['StateLabel'], ParentType, ContextType>;
  missingMetrics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['StateValue']>, ParentType, ContextType>;
}>;

export type StateSampleResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['StateSample'] = ResolversParentTypes['StateSample']> = ResolversObject<{
  k?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  states?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
}>;

export type StateValueResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['StateValue'] = ResolversParentTypes['StateValue']> = ResolversObject<{
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  zScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type TimeRangeResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['TimeRange'] = ResolversParentTypes['TimeRange']> = ResolversObject<{
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TrainingBatchResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['TrainingBatch'] = ResolversParentTypes['TrainingBatch']> = ResolversObject<{
  anomalyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  anomalyRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  batchSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
  normalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roundingRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrajectoryResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['Trajectory'] = ResolversParentTypes['Trajectory']> = ResolversObject<{
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  equipment?: Resolver<ResolversTypes['Equipment'], ParentType, ContextType>;
  equipmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  intervalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  states?: Resolver<Array<ResolversTypes['State']>, ParentType, ContextType>;
}>;

export type TrajectorySampleResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['TrajectorySample'] = ResolversParentTypes['TrajectorySample']> = ResolversObject<{
  durationHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  endInclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  intervalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statesPerTrajectory?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trajectories?: Resolver<Array<ResolversTypes['Trajectory']>, ParentType, ContextType>;
}>;

export type TrlPreferenceResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['TrlPreference'] = ResolversParentTypes['TrlPreference']> = ResolversObject<{
  chosen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prompt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TypeCountResolvers<ContextType = TrainingContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = TrainingContext> = ResolversObject<{
  Alert?: AlertResolvers<ContextType>;
  AnomalyExampleSet?: AnomalyExampleSetResolvers<ContextType>;
  AnomalyLabelQuality?: AnomalyLabelQualityResolvers<ContextType>;
  ComparabilityRule?: ComparabilityRuleResolvers<ContextType>;
  DatasetStatistics?: DatasetStatisticsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Equipment?: EquipmentResolvers<ContextType>;
  ExportConnection?: ExportConnectionResolvers<ContextType>;
  ExportEdge?: ExportEdgeResolvers<ContextType>;
  ExportKind?: ExportKindResolvers;
  ExportNode?: ExportNodeResolvers<ContextType>;
  ExportPageInfo?: ExportPageInfoResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  KindRecall?: KindRecallResolvers<ContextType>;
  Metric?: MetricResolvers<ContextType>;
  PairConditions?: PairConditionsResolvers<ContextType>;
  PreferenceDirection?: PreferenceDirectionResolvers;
  PreferencePair?: PreferencePairResolvers<ContextType>;
  PreferencePairSet?: PreferencePairSetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  State?: StateResolvers<ContextType>;
  StateSample?: StateSampleResolvers<ContextType>;
  StateValue?: StateValueResolvers<ContextType>;
  TimeRange?: TimeRangeResolvers<ContextType>;
  TrainingBatch?: TrainingBatchResolvers<ContextType>;
  Trajectory?: TrajectoryResolvers<ContextType>;
  TrajectorySample?: TrajectorySampleResolvers<ContextType>;
  TrlPreference?: TrlPreferenceResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
}>;

