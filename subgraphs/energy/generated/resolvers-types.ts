import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EnergySourceRow as EnergySourceRowRow, SeuRow as SeuRowRow, EquipmentRef as EquipmentRefRow, SiteRef as SiteRefRow, RelevantVariableRow as RelevantVariableRowRow, BaselineRow as BaselineRowRow, BaselineModelRow as BaselineModelRowRow, AutoSelectRow as AutoSelectRowRow, EnpiReportRow as EnpiReportRowRow, EnpiSourceRollupRow as EnpiSourceRollupRowRow, SiteEnpiReportRow as SiteEnpiReportRowRow, KpiSetRow as KpiSetRowRow, FactorySummaryRow as FactorySummaryRowRow, VoiceTrainRow as VoiceTrainRowRow, VoiceVariablesRow as VoiceVariablesRowRow, VoiceEnergySourcesRow as VoiceEnergySourcesRowRow, VoicePerformanceRow as VoicePerformanceRowRow, VoiceCommandRow as VoiceCommandRowRow } from '../mappers.js';
import type { EnergyContext } from '../context.js';
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
  /** Any JSON object. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** What to select among. */
export type AutoSelectInput = {
  /** Store the best model and make it active. */
  activate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Candidate variables (1 to 10); omitted: every variable offered for the source. */
  candidates?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Energy source name (forgiving), with seuName. */
  energySource?: InputMaybe<Scalars['String']['input']>;
  /** Leave out backfilled readings. */
  excludeBackfill?: InputMaybe<Scalars['Boolean']['input']>;
  /** Row granularity (default DAY). */
  granularity?: InputMaybe<Granularity>;
  /** Baseline period. */
  period: PeriodInput;
  /** The SEU id (or give seuName + energySource). */
  seuId?: InputMaybe<Scalars['ID']['input']>;
  /** SEU name (forgiving). */
  seuName?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of a model selection. */
export type AutoSelectResult = {
  __typename?: 'AutoSelectResult';
  /** The stored (and active) baseline of the best model, when `activate` was asked for. */
  baseline?: Maybe<Baseline>;
  /** The best model, or null when none could be fitted. */
  best?: Maybe<BaselineModel>;
  /** Number of models (2^k − 1). */
  count: Scalars['Int']['output'];
  /** Every subset's model, ranked valid first, then by adjusted R². */
  models: Array<BaselineModel>;
};

/** The degree-day base temperature a model used. */
export type BalancePoint = {
  __typename?: 'BalancePoint';
  /** Base temperature in °C. */
  baseTemperature: Scalars['Float']['output'];
  /** True when it was found by searching (best adjusted R²), false when fixed. */
  searched: Scalars['Boolean']['output'];
  /** Variable name. */
  variable: Scalars['String']['output'];
};

/** A stored energy baseline (EnB): an OLS model of an SEU's consumption. */
export type Baseline = {
  __typename?: 'Baseline';
  /** Whether it is the SEU's baseline in force (one per SEU). */
  active: Scalars['Boolean']['output'];
  /** Degree-day bases used. */
  balancePoints: Array<BalancePoint>;
  /** One per variable. */
  coefficients: Array<RegressionCoefficient>;
  /** When it was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** This baseline applied to a reporting period (whether or not it is the active one). */
  enpi: EnpiReport;
  /** True when backfilled readings were left out (read from raw points). */
  excludeBackfill: Scalars['Boolean']['output'];
  /** The model as text, e.g. `energy_kwh = 450.1 + 0.032 × production_count + 24.0 × outdoor_temp_c`. */
  formula: Scalars['String']['output'];
  /** Row granularity it was fitted on. */
  granularity: Granularity;
  /** Stable id (a UUID). */
  id: Scalars['ID']['output'];
  /** Intercept: consumption per period with every variable at zero. */
  intercept: RegressionCoefficient;
  /** Last day of the baseline period (YYYY-MM-DD). */
  periodEnd: Scalars['String']['output'];
  /** First day of the baseline period (YYYY-MM-DD). */
  periodStart: Scalars['String']['output'];
  /** The SEU it models. */
  seu: Seu;
  /** Goodness of fit. */
  statistics: RegressionStatistics;
  /** Who trained it (voice, api…). */
  trainedBy?: Maybe<Scalars['String']['output']>;
  /** DOE EnPI/SEP-valid. */
  valid: Scalars['Boolean']['output'];
  /** Validity by both rule sets. */
  validity: ModelValidity;
  /** Each variable's range in the baseline period. */
  variableRanges: Array<VariableRange>;
  /** The variables, in formula order. */
  variables: Array<Scalars['String']['output']>;
  /** Warnings: negative coefficients, few points. */
  warnings: Array<Scalars['String']['output']>;
};


/** A stored energy baseline (EnB): an OLS model of an SEU's consumption. */
export type BaselineEnpiArgs = {
  granularity?: InputMaybe<Granularity>;
  period: PeriodInput;
};

/** A fitted candidate model of a model selection (not stored unless activated). */
export type BaselineModel = {
  __typename?: 'BaselineModel';
  /** Coefficients. */
  coefficients: Array<RegressionCoefficient>;
  /** Why the subset could not be fitted (collinear variables…). */
  error?: Maybe<Scalars['String']['output']>;
  /** The model as text. */
  formula?: Maybe<Scalars['String']['output']>;
  /** Intercept; null when the subset could not be fitted. */
  intercept?: Maybe<RegressionCoefficient>;
  /** Rank, 1 = best. */
  rank: Scalars['Int']['output'];
  /** Goodness of fit; null when the subset could not be fitted. */
  statistics?: Maybe<RegressionStatistics>;
  /** DOE EnPI/SEP-valid. */
  valid: Scalars['Boolean']['output'];
  /** Validity by both rule sets; null when not fitted. */
  validity?: Maybe<ModelValidity>;
  /** Its variables. */
  variables: Array<Scalars['String']['output']>;
  /** Warnings. */
  warnings: Array<Scalars['String']['output']>;
};

/** A form of energy the plant buys or makes, with its price and carbon intensity. */
export type EnergySource = {
  __typename?: 'EnergySource';
  /** Kilograms of CO₂-equivalent emitted per unit consumed (used when no carbon factor applies). */
  carbonIntensity: Scalars['Float']['output'];
  /** The readings metric that measures consumption of this source (a COUNTER), e.g. `energy_kwh`. */
  consumptionMetric: Scalars['String']['output'];
  /** Price of one unit, in `currency` (used when no tariff applies). */
  costPerUnit: Scalars['Float']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /** Name for people, e.g. Natural gas. */
  displayName: Scalars['String']['output'];
  /** Stable id (a UUID). */
  id: Scalars['ID']['output'];
  /** Stable snake_case name, e.g. `natural_gas`. */
  name: Scalars['String']['output'];
  /** Relevant variables offered for this source (its own and the ones offered for every source). */
  relevantVariables: Array<RelevantVariable>;
  /** SEUs that consume this source. */
  seus: Array<Seu>;
  /** Other names people use for it (power, gas…). */
  synonyms: Array<Scalars['String']['output']>;
  /** Unit symbol of consumption, e.g. kWh, m³, kg, Nm³. */
  unit: Scalars['String']['output'];
  /** The unit in words, as the voice assistant says it (kilowatt hours). */
  unitSpoken: Scalars['String']['output'];
};

/** A new energy source. */
export type EnergySourceInput = {
  /** kg CO₂e per unit (≥ 0). */
  carbonIntensity: Scalars['Float']['input'];
  /** Readings metric of its consumption; must exist in the readings catalog. */
  consumptionMetric: Scalars['String']['input'];
  /** Price per unit (≥ 0). */
  costPerUnit: Scalars['Float']['input'];
  /** ISO 4217 code (default USD). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Name for people; default from the name. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** snake_case, e.g. `chilled_water`. */
  name: Scalars['String']['input'];
  /** Other names. */
  synonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Unit symbol, e.g. kWh. */
  unit: Scalars['String']['input'];
  /** The unit in words for speech; default the symbol. */
  unitSpoken?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an energy source. */
export type EnergySourceUpdateInput = {
  /** kg CO₂e per unit. */
  carbonIntensity?: InputMaybe<Scalars['Float']['input']>;
  /** Readings metric of its consumption. */
  consumptionMetric?: InputMaybe<Scalars['String']['input']>;
  /** Price per unit. */
  costPerUnit?: InputMaybe<Scalars['Float']['input']>;
  /** Currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Name for people. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Other names (replaces the list). */
  synonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Unit symbol. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Unit in words. */
  unitSpoken?: InputMaybe<Scalars['String']['input']>;
};

/** Energy performance of one SEU against a baseline. */
export type EnpiReport = {
  __typename?: 'EnpiReport';
  /** The baseline applied. */
  baseline: Baseline;
  /** Row granularity. */
  granularity: Granularity;
  /** Last day. */
  periodEnd: Scalars['String']['output'];
  /** First day of the reporting period. */
  periodStart: Scalars['String']['output'];
  /** Rows in time order. */
  rows: Array<EnpiRow>;
  /** The SEU. */
  seu: Seu;
  /** Totals. */
  totals: EnpiTotals;
  /** Energy unit. */
  unit: Scalars['String']['output'];
  /** Variables outside the baseline range, missing data, an invalid baseline. */
  warnings: Array<Scalars['String']['output']>;
};

/** What to report. */
export type EnpiReportInput = {
  /** A stored baseline; default the SEU's active one. */
  baselineId?: InputMaybe<Scalars['ID']['input']>;
  /** Energy source name (forgiving), with seuName. */
  energySource?: InputMaybe<Scalars['String']['input']>;
  /** Row granularity (default MONTH). */
  granularity?: InputMaybe<Granularity>;
  /** Reporting period. */
  period: PeriodInput;
  /** The SEU id (or give seuName + energySource). */
  seuId?: InputMaybe<Scalars['ID']['input']>;
  /** SEU name (forgiving). */
  seuName?: InputMaybe<Scalars['String']['input']>;
};

/** One row of an EnPI report. */
export type EnpiRow = {
  __typename?: 'EnpiRow';
  /** Measured consumption. */
  actual: Scalars['Float']['output'];
  /** (1 − Σ actual / Σ expected) × 100 from the start to this row. */
  cumulativeImprovementPercent: Scalars['Float']['output'];
  /** Running sum of deviation since the start of the period (CUSUM). */
  cusum: Scalars['Float']['output'];
  /** actual − expected (negative: less than expected, a saving). */
  deviation: Scalars['Float']['output'];
  /** deviation / expected × 100. */
  deviationPercent: Scalars['Float']['output'];
  /** The baseline applied to the row's actual variable values. */
  expected: Scalars['Float']['output'];
  /** Last day of the row. */
  periodEnd: Scalars['String']['output'];
  /** First day of the row (YYYY-MM-DD). */
  periodStart: Scalars['String']['output'];
  /** actual / expected (SEnPI; below 1 is better than the baseline). */
  senpi: Scalars['Float']['output'];
  /** The row's variable values. */
  variables: Scalars['JSONObject']['output'];
};

/** EnPI of one energy source at a site. */
export type EnpiSourceRollup = {
  __typename?: 'EnpiSourceRollup';
  /** Σ actual of its SEUs. */
  actual: Scalars['Float']['output'];
  /** Savings in kg CO₂e. */
  co2SavingsKg: Scalars['Float']['output'];
  /** Savings in money. */
  costSavings: Scalars['Float']['output'];
  /** The energy source. */
  energySource: EnergySource;
  /** Σ expected. */
  expected: Scalars['Float']['output'];
  /** (1 − actual/expected) × 100. */
  improvementPercent: Scalars['Float']['output'];
  /** Σ expected − Σ actual. */
  savings: Scalars['Float']['output'];
};

/** EnPI totals over the whole reporting period. */
export type EnpiTotals = {
  __typename?: 'EnpiTotals';
  /** Σ actual. */
  actual: Scalars['Float']['output'];
  /** savings × the energy source's carbon intensity, in kg CO₂e. */
  co2SavingsKg: Scalars['Float']['output'];
  /** savings × the energy source's cost per unit. */
  costSavings: Scalars['Float']['output'];
  /** Currency of costSavings. */
  currency: Scalars['String']['output'];
  /** Final CUSUM (equals deviation). */
  cusum: Scalars['Float']['output'];
  /** Σ actual − Σ expected. */
  deviation: Scalars['Float']['output'];
  /** deviation / expected × 100. */
  deviationPercent: Scalars['Float']['output'];
  /** Σ expected. */
  expected: Scalars['Float']['output'];
  /** (1 − SEnPI) × 100: positive is an improvement. */
  improvementPercent: Scalars['Float']['output'];
  /** Σ expected − Σ actual, in the energy unit. */
  savings: Scalars['Float']['output'];
  /** Σ actual / Σ expected. */
  senpi: Scalars['Float']['output'];
};

/** Equipment is owned by the assets subgraph; energy adds its SEUs and KPIs. */
export type Equipment = {
  __typename?: 'Equipment';
  /** Equipment id. */
  id: Scalars['ID']['output'];
  /** Energy KPIs of this machine for one energy source over [from, to). */
  kpis?: Maybe<KpiSet>;
  /** SEUs this equipment belongs to, one per energy source it is metered on. */
  seus?: Maybe<Array<Seu>>;
};


/** Equipment is owned by the assets subgraph; energy adds its SEUs and KPIs. */
export type EquipmentKpisArgs = {
  energySource?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['DateTime']['input'];
  offBelow?: InputMaybe<Scalars['Float']['input']>;
  runningFrom?: InputMaybe<Scalars['Float']['input']>;
  to: Scalars['DateTime']['input'];
};

/** A site's energy summary (the seed's get_factory_summary). */
export type FactorySummary = {
  __typename?: 'FactorySummary';
  /** Currency. */
  currency: Scalars['String']['output'];
  /** Equipment at the site and below. */
  equipmentCount: Scalars['Int']['output'];
  /** Start. */
  from: Scalars['DateTime']['output'];
  /** KPIs per energy source with consumption at the site. */
  sources: Array<KpiSet>;
  /** End. */
  to: Scalars['DateTime']['output'];
  /** Σ carbon, kg CO₂e. */
  totalCarbonKg: Scalars['Float']['output'];
  /** Σ cost (currency of the first source). */
  totalCost: Scalars['Float']['output'];
};

/** Rows of a baseline or report. */
export type Granularity =
  /** Local calendar days of each series' site. */
  | 'day'
  /** Calendar months; only months with data on every day of the period count. */
  | 'month'
  /** ISO weeks (Monday to Sunday); only weeks wholly inside the period with data on every day count. */
  | 'week';

/** Energy KPIs over a range, as the EnMS seed's calculate_* functions define them. */
export type KpiSet = {
  __typename?: 'KpiSet';
  /** Average demand = consumption / hours in the range. */
  averageDemand: Scalars['Float']['output'];
  /** Carbon = Σ daily consumption × the carbon factor valid that day (the source's intensity where none), kg CO₂e. */
  carbonKg: Scalars['Float']['output'];
  /** Carbon intensity of output = carbonKg / production; null when nothing was produced. */
  carbonPerUnitProducedKg?: Maybe<Scalars['Float']['output']>;
  /** Σ consumption over the range. */
  consumption: Scalars['Float']['output'];
  /** Energy cost = Σ hourly consumption × the time-of-use price of that local hour (tariff valid that day; the source's cost per unit where none). */
  cost: Scalars['Float']['output'];
  /** Cost per tariff period. */
  costByPeriod: Array<TariffPeriodCost>;
  /** Currency of cost. */
  currency: Scalars['String']['output'];
  /** Demand unit (kW for kWh, else unit/h). */
  demandUnit: Scalars['String']['output'];
  /** The energy source. */
  energySource: EnergySource;
  /** Start. */
  from: Scalars['DateTime']['output'];
  /** Load factor = average demand / peak demand (0–1). */
  loadFactor?: Maybe<Scalars['Float']['output']>;
  /** Operating hours split into running, idle and off by demand thresholds. */
  operatingHours: OperatingHours;
  /** Peak demand = max over 15-minute intervals of (interval consumption / 0.25 h), or over the sample interval for series sampled less often (hourly history); kW for kWh. */
  peakDemand?: Maybe<Scalars['Float']['output']>;
  /** Start of the 15-minute interval of the peak. */
  peakDemandAt?: Maybe<Scalars['DateTime']['output']>;
  /** Σ production_count over the range. */
  production: Scalars['Float']['output'];
  /** Specific energy consumption = consumption / production (unit per produced unit); null when nothing was produced. */
  specificEnergyConsumption?: Maybe<Scalars['Float']['output']>;
  /** End. */
  to: Scalars['DateTime']['output'];
  /** Energy unit. */
  unit: Scalars['String']['output'];
};

/** Whether a model may be used, by the DOE EnPI/SEP rules and ASHRAE Guideline 14. */
export type ModelValidity = {
  __typename?: 'ModelValidity';
  /** ASHRAE Guideline 14: CV(RMSE) ≤ 15 % and |NMBE| ≤ 5 % for monthly data; ≤ 30 % and ≤ 10 % for daily or weekly. */
  ashraeValid: Scalars['Boolean']['output'];
  /** DOE EnPI/SEP: model p < 0.1, every variable p < 0.2, at least one p < 0.1, R² ≥ 0.5, at least 10 points. */
  doeValid: Scalars['Boolean']['output'];
  /** Each failed rule, in words. */
  failures: Array<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Makes a stored baseline the active one of its SEU (the previous active one is kept in the history). */
  activateBaseline: Baseline;
  /**
   * Fits every non-empty subset of the candidate variables (2^k − 1 models, as the DOE EnPI tool
   * does) on the same data and ranks them: DOE-valid first, then by adjusted R². With `activate`
   * the best model is stored and made active.
   */
  autoSelectBaseline: AutoSelectResult;
  /** Adds an energy source. Its consumption metric must exist in the readings catalog; nothing else is needed for SEUs, variables, baselines, reports and KPIs to work for it. */
  createEnergySource: EnergySource;
  /** Adds a relevant variable to the registry. */
  createRelevantVariable: RelevantVariable;
  /** Creates an SEU: one or more machines (validated against the assets catalog) × one energy source. */
  createSeu: Seu;
  /** Removes a relevant variable from the registry. Returns the id. */
  deleteRelevantVariable: Scalars['ID']['output'];
  /** Deletes an SEU with its baselines. Returns the id. */
  deleteSeu: Scalars['ID']['output'];
  /**
   * Fits an OLS baseline for an SEU on chosen variables over a period and stores it (history is
   * kept). With `activate` (default) it becomes the SEU's active baseline, valid or not: check
   * `valid` (reports on an invalid baseline carry a warning).
   */
  trainBaseline: Baseline;
  /** Changes an energy source; omitted fields keep their value. */
  updateEnergySource: EnergySource;
  /** Changes a relevant variable; omitted fields keep their value. Stored baselines keep the definition they were trained with. */
  updateRelevantVariable: RelevantVariable;
  /** Changes an SEU; omitted fields keep their value, `equipmentIds` replaces the whole list. */
  updateSeu: Seu;
  /**
   * Voice: one free utterance ("train a baseline for electricity compressor 1 using production
   * count and outdoor temperature for twenty twenty-four"), recognized and answered like the
   * voice mutations above, or a sentence saying what was not understood.
   */
  voiceCommand: VoiceCommandResult;
  /** Voice: the energy sources baselines can be trained for. */
  voiceListEnergySources: VoiceEnergySourcesResult;
  /** Voice: the relevant variables available for an energy source. */
  voiceListVariables: VoiceVariablesResult;
  /** Voice: an SEU's performance against its active baseline over a period. */
  voiceSeuPerformance: VoicePerformanceResult;
  /**
   * Voice (OVOS): trains a baseline from names as spoken. Never fails with a GraphQL error for a
   * bad request: `ok` is false and `speech` says what was wrong and what is valid.
   */
  voiceTrainBaseline: VoiceTrainResult;
};


export type MutationActivateBaselineArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAutoSelectBaselineArgs = {
  input: AutoSelectInput;
};


export type MutationCreateEnergySourceArgs = {
  input: EnergySourceInput;
};


export type MutationCreateRelevantVariableArgs = {
  input: RelevantVariableInput;
};


export type MutationCreateSeuArgs = {
  input: SeuInput;
};


export type MutationDeleteRelevantVariableArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSeuArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTrainBaselineArgs = {
  input: TrainBaselineInput;
};


export type MutationUpdateEnergySourceArgs = {
  id: Scalars['ID']['input'];
  input: EnergySourceUpdateInput;
};


export type MutationUpdateRelevantVariableArgs = {
  id: Scalars['ID']['input'];
  input: RelevantVariableUpdateInput;
};


export type MutationUpdateSeuArgs = {
  id: Scalars['ID']['input'];
  input: SeuUpdateInput;
};


export type MutationVoiceCommandArgs = {
  utterance: Scalars['String']['input'];
};


export type MutationVoiceListVariablesArgs = {
  energySource: Scalars['String']['input'];
};


export type MutationVoiceSeuPerformanceArgs = {
  input: VoicePerformanceInput;
};


export type MutationVoiceTrainBaselineArgs = {
  input: VoiceTrainBaselineInput;
};

/** Time split by demand thresholds, in hours (15-minute intervals, or the sample interval when longer). */
export type OperatingHours = {
  __typename?: 'OperatingHours';
  /** Hours with demand in [offBelow, runningFrom). */
  idle: Scalars['Float']['output'];
  /** Hours with demand < offBelow, or no data. */
  off: Scalars['Float']['output'];
  /** Threshold used, in demand units. */
  offBelow: Scalars['Float']['output'];
  /** Hours with demand ≥ runningFrom. */
  running: Scalars['Float']['output'];
  /** Threshold used, in demand units. */
  runningFrom: Scalars['Float']['output'];
};

/** How a metric-based variable's values are combined over a day (and days over a week or month). */
export type PeriodAggregation =
  /** Mean of all readings, for gauges (temperature, pressure). */
  | 'AVG'
  /** Highest reading. */
  | 'MAX'
  /** Lowest reading. */
  | 'MIN'
  /** Total, for counters (units produced). */
  | 'SUM';

/** A period: a calendar year, or start and end dates (inclusive, YYYY-MM-DD). */
export type PeriodInput = {
  /** Last day (YYYY-MM-DD), inclusive. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** First day (YYYY-MM-DD). */
  start?: InputMaybe<Scalars['String']['input']>;
  /** Calendar year, e.g. 2024. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One stored baseline by id, or null. */
  baseline?: Maybe<Baseline>;
  /** One energy source by id, or null when the caller's organization has none with that id. */
  energySource?: Maybe<EnergySource>;
  /** One energy source by name, display name or synonym, forgiving of case and separators ('Natural Gas', 'gas'); null when none matches. */
  energySourceByName?: Maybe<EnergySource>;
  /** Energy sources of the caller's organization (electricity, natural gas, steam, compressed air…), by name. */
  energySources?: Maybe<Array<EnergySource>>;
  /**
   * Energy performance of one SEU over a reporting period against a baseline (by default its
   * active one): actual, expected, deviation, CUSUM, SEnPI and savings per period.
   */
  enpiReport?: Maybe<EnpiReport>;
  /** Relevant variables of the registry: those of one energy source (plus the ones offered for every source), or all. */
  relevantVariables?: Maybe<Array<RelevantVariable>>;
  /** One SEU by id, or null. */
  seu?: Maybe<Seu>;
  /** One SEU by name and energy source, forgiving of case and separators ('compressor 1' finds Compressor-1); null when none matches. */
  seuByName?: Maybe<Seu>;
  /** Significant energy users (SEUs) of the caller's organization, by name. */
  seus?: Maybe<Array<Seu>>;
};


export type QueryBaselineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEnergySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEnergySourceByNameArgs = {
  name: Scalars['String']['input'];
};


export type QueryEnpiReportArgs = {
  input: EnpiReportInput;
};


export type QueryRelevantVariablesArgs = {
  energySource?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySeuArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySeuByNameArgs = {
  energySource: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QuerySeusArgs = {
  energySourceId?: InputMaybe<Scalars['ID']['input']>;
};

/** One fitted parameter with its standard error, t statistic and two-sided p value. */
export type RegressionCoefficient = {
  __typename?: 'RegressionCoefficient';
  /** Variable name, or `intercept`. */
  name: Scalars['String']['output'];
  /** Two-sided p value of t with the residual degrees of freedom. */
  p: Scalars['Float']['output'];
  /** Standard error of the estimate. */
  standardError: Scalars['Float']['output'];
  /** value / standardError. */
  t: Scalars['Float']['output'];
  /** Estimate. */
  value: Scalars['Float']['output'];
};

/** Goodness of fit of an OLS model (n points, p parameters including the intercept). */
export type RegressionStatistics = {
  __typename?: 'RegressionStatistics';
  /** 1 − (1 − R²)(n − 1)/(n − p). */
  adjustedRSquared: Scalars['Float']['output'];
  /** RMSE divided by the mean consumption (ASHRAE Guideline 14). */
  cvRmse: Scalars['Float']['output'];
  /** Residual degrees of freedom, n − p. */
  degreesOfFreedom: Scalars['Int']['output'];
  /** F statistic of the whole model. */
  f: Scalars['Float']['output'];
  /** p value of F. */
  fPValue: Scalars['Float']['output'];
  /** Mean absolute residual. */
  mae: Scalars['Float']['output'];
  /** Number of points (days, weeks or months). */
  n: Scalars['Int']['output'];
  /** Σ(y − ŷ)/((n − p)·ȳ) (ASHRAE Guideline 14). */
  nmbe: Scalars['Float']['output'];
  /** Parameters, including the intercept. */
  parameters: Scalars['Int']['output'];
  /** 1 − SSE/SST. */
  rSquared: Scalars['Float']['output'];
  /** √(SSE/(n − p)), in the energy unit per period. */
  rmse: Scalars['Float']['output'];
};

/** A candidate independent variable of a baseline (ISO 50006 relevant variable). */
export type RelevantVariable = {
  __typename?: 'RelevantVariable';
  /** How values combine over a period (metric variables). */
  aggregation: PeriodAggregation;
  /** Degree-day base temperature in °C; null: 18 °C unless a training searches the balance point. */
  baseTemperature?: Maybe<Scalars['Float']['output']>;
  /** Free text. */
  description?: Maybe<Scalars['String']['output']>;
  /** Name for people. */
  displayName: Scalars['String']['output'];
  /** The energy source it is offered for; null: every source. */
  energySource?: Maybe<EnergySource>;
  /** Stable id (a UUID). */
  id: Scalars['ID']['output'];
  /** What it is computed from. */
  kind: VariableKind;
  /** The readings metric it reads (for degree days: the temperature metric). */
  metric?: Maybe<Scalars['String']['output']>;
  /** snake_case name used in formulas, e.g. `outdoor_temp_c`. */
  name: Scalars['String']['output'];
  /** Whose series it reads. */
  scope: VariableScope;
  /** Spoken names and synonyms ('outdoor temperature', 'ambient temperature'). */
  synonyms: Array<Scalars['String']['output']>;
  /** Unit of the variable's values. */
  unit: Scalars['String']['output'];
};

/** A new relevant variable. */
export type RelevantVariableInput = {
  /** Aggregation per period (default SUM). */
  aggregation?: InputMaybe<PeriodAggregation>;
  /** Degree-day base °C (default 18). */
  baseTemperature?: InputMaybe<Scalars['Float']['input']>;
  /** Free text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name for people; default from the name. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Energy source name it is offered for; omitted: every source. */
  energySource?: InputMaybe<Scalars['String']['input']>;
  /** What it is computed from. */
  kind: VariableKind;
  /** Readings metric (required for METRIC; degree days default to outdoor_temp_c, operating hours to production_count; a working day without one is Monday to Friday). */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** snake_case name. */
  name: Scalars['String']['input'];
  /** Whose series (default EQUIPMENT; degree days are SITE). */
  scope?: InputMaybe<VariableScope>;
  /** Spoken names and synonyms. */
  synonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Unit of its values (default the metric's). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a relevant variable. */
export type RelevantVariableUpdateInput = {
  /** Aggregation. */
  aggregation?: InputMaybe<PeriodAggregation>;
  /** Degree-day base °C. */
  baseTemperature?: InputMaybe<Scalars['Float']['input']>;
  /** Free text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name for people. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Readings metric. */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** Scope. */
  scope?: InputMaybe<VariableScope>;
  /** Synonyms (replaces the list). */
  synonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A significant energy user: one or more pieces of equipment consuming one energy source (ISO 50001). */
export type Seu = {
  __typename?: 'Seu';
  /** The baseline in force, or null before one is trained and activated. */
  activeBaseline?: Maybe<Baseline>;
  /** Every stored baseline, newest first. */
  baselines: Array<Baseline>;
  /** Free text. */
  description?: Maybe<Scalars['String']['output']>;
  /** The energy source it consumes. */
  energySource: EnergySource;
  /** The equipment whose consumption this SEU adds up. */
  equipment: Array<Equipment>;
  /** Stable id (a UUID). */
  id: Scalars['ID']['output'];
  /** Energy KPIs of the SEU's equipment for its energy source over [from, to). */
  kpis: KpiSet;
  /** Name, unique per energy source; usually the machine's name, e.g. Compressor-1. */
  name: Scalars['String']['output'];
};


/** A significant energy user: one or more pieces of equipment consuming one energy source (ISO 50001). */
export type SeuKpisArgs = {
  from: Scalars['DateTime']['input'];
  offBelow?: InputMaybe<Scalars['Float']['input']>;
  runningFrom?: InputMaybe<Scalars['Float']['input']>;
  to: Scalars['DateTime']['input'];
};

/** A new SEU. */
export type SeuInput = {
  /** Free text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Energy source name (forgiving). */
  energySource?: InputMaybe<Scalars['String']['input']>;
  /** Energy source id, or give `energySource`. */
  energySourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Equipment ids (at least one), each must exist. */
  equipmentIds: Array<Scalars['ID']['input']>;
  /** Name, unique per energy source. */
  name: Scalars['String']['input'];
};

/** Changes to an SEU. */
export type SeuUpdateInput = {
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the equipment list. */
  equipmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Sites are owned by the assets subgraph; energy adds SEU roll-ups, EnPI and KPIs. */
export type Site = {
  __typename?: 'Site';
  /** Factory summary: the KPIs of every energy source metered at the site, with total cost and CO₂. */
  energySummary?: Maybe<FactorySummary>;
  /** EnPI of every SEU at the site that has an active baseline, rolled up per energy source and in cost and CO₂. */
  enpi?: Maybe<SiteEnpiReport>;
  /** Site id. */
  id: Scalars['ID']['output'];
  /** KPIs of all equipment at the site (and below) for one energy source. */
  kpis?: Maybe<KpiSet>;
  /** SEUs with at least one machine at this site or below it. */
  seus?: Maybe<Array<Seu>>;
};


/** Sites are owned by the assets subgraph; energy adds SEU roll-ups, EnPI and KPIs. */
export type SiteEnergySummaryArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** Sites are owned by the assets subgraph; energy adds SEU roll-ups, EnPI and KPIs. */
export type SiteEnpiArgs = {
  granularity?: InputMaybe<Granularity>;
  period: PeriodInput;
};


/** Sites are owned by the assets subgraph; energy adds SEU roll-ups, EnPI and KPIs. */
export type SiteKpisArgs = {
  energySource?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

/** EnPI of a site: its SEUs and their roll-up. */
export type SiteEnpiReport = {
  __typename?: 'SiteEnpiReport';
  /** Per energy source. */
  bySource: Array<EnpiSourceRollup>;
  /** Σ CO₂ savings, kg. */
  co2SavingsKg: Scalars['Float']['output'];
  /** Σ cost savings (currency of the first source). */
  costSavings: Scalars['Float']['output'];
  /** Currency. */
  currency: Scalars['String']['output'];
  /** Per SEU with an active baseline. */
  seus: Array<EnpiReport>;
  /** SEUs left out (no active baseline, no data), with why. */
  skipped: Array<Scalars['String']['output']>;
};

/** Energy cost of one tariff period. */
export type TariffPeriodCost = {
  __typename?: 'TariffPeriodCost';
  /** Consumption in the period. */
  consumption: Scalars['Float']['output'];
  /** consumption × price. */
  cost: Scalars['Float']['output'];
  /** Period name (peak, off-peak…; `default` outside every period). */
  name: Scalars['String']['output'];
  /** Price per unit. */
  price: Scalars['Float']['output'];
};

/** What to train. */
export type TrainBaselineInput = {
  /** Make it the SEU's active baseline (default true). */
  activate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Energy source name (forgiving), with seuName. */
  energySource?: InputMaybe<Scalars['String']['input']>;
  /** Leave out backfilled readings (reads raw points: slower). */
  excludeBackfill?: InputMaybe<Scalars['Boolean']['input']>;
  /** Row granularity (default DAY). */
  granularity?: InputMaybe<Granularity>;
  /** Baseline period. */
  period: PeriodInput;
  /** Search the degree-day balance point (10–24 °C in 0.5 °C steps, best adjusted R², as CalTRACK does) instead of the variables' base temperature. */
  searchBalancePoint?: InputMaybe<Scalars['Boolean']['input']>;
  /** The SEU id (or give seuName + energySource). */
  seuId?: InputMaybe<Scalars['ID']['input']>;
  /** SEU name (forgiving). */
  seuName?: InputMaybe<Scalars['String']['input']>;
  /** Variable names, display names or synonyms; at least one. */
  variables: Array<Scalars['String']['input']>;
};

/** What a relevant variable is computed from. */
export type VariableKind =
  /** Cooling degree days: Σ max(0, daily mean temperature − base). */
  | 'cdd'
  /** Heating degree days: Σ max(0, base − daily mean temperature). */
  | 'hdd'
  /** A readings metric of the SEU's equipment or of its site, aggregated per period. */
  | 'metric'
  /** Hours in which the metric (default production_count) was above zero. */
  | 'operating_hours'
  /** With a metric: 1 on a day its SUM was above zero; without: 1 Monday to Friday. A week or month counts its working days. */
  | 'working_day';

/** The range a variable spanned in the baseline period; reporting values outside it are extrapolation. */
export type VariableRange = {
  __typename?: 'VariableRange';
  /** Largest value. */
  max: Scalars['Float']['output'];
  /** Mean value. */
  mean: Scalars['Float']['output'];
  /** Smallest value. */
  min: Scalars['Float']['output'];
  /** Variable name. */
  variable: Scalars['String']['output'];
};

/** Whose series a metric-based variable reads. */
export type VariableScope =
  /** The SEU's own equipment (summed or averaged over them). */
  | 'equipment'
  /** The site of the equipment, or the nearest site above it with such a series (weather). */
  | 'site';

/** Answer to voiceCommand: the intent and the matching answer. */
export type VoiceCommandResult = {
  __typename?: 'VoiceCommandResult';
  /** For LIST_ENERGY_SOURCES. */
  energySources?: Maybe<VoiceEnergySourcesResult>;
  /** What was wrong. */
  error?: Maybe<VoiceError>;
  /** The recognized intent. */
  intent: VoiceIntent;
  /** False when not understood or not possible. */
  ok: Scalars['Boolean']['output'];
  /** For SEU_PERFORMANCE. */
  performance?: Maybe<VoicePerformanceResult>;
  /** The slots recognized (energySource, seuName, variables, year…). */
  slots: Scalars['JSONObject']['output'];
  /** Sentence to speak. */
  speech: Scalars['String']['output'];
  /** For TRAIN_BASELINE. */
  train?: Maybe<VoiceTrainResult>;
  /** For LIST_VARIABLES. */
  variables?: Maybe<VoiceVariablesResult>;
};

/** Answer to voiceListEnergySources. */
export type VoiceEnergySourcesResult = {
  __typename?: 'VoiceEnergySourcesResult';
  /** The sources. */
  energySources: Array<EnergySource>;
  /** Always true. */
  ok: Scalars['Boolean']['output'];
  /** Sentence to speak. */
  speech: Scalars['String']['output'];
};

/** Why a voice request could not be done. */
export type VoiceError = {
  __typename?: 'VoiceError';
  /** The valid choices. */
  choices: Array<Scalars['String']['output']>;
  /** BAD_USER_INPUT, NOT_FOUND… */
  code: Scalars['String']['output'];
  /** The sentence (also in speech). */
  message: Scalars['String']['output'];
  /** The closest valid choice, when one is close. */
  suggestion?: Maybe<Scalars['String']['output']>;
};

/** What a free utterance was taken to ask. */
export type VoiceIntent =
  /** List the energy sources. */
  | 'LIST_ENERGY_SOURCES'
  /** List the variables of an energy source. */
  | 'LIST_VARIABLES'
  /** An SEU's performance. */
  | 'SEU_PERFORMANCE'
  /** Train a baseline. */
  | 'TRAIN_BASELINE'
  /** Not understood. */
  | 'UNKNOWN';

/** A voice performance request. */
export type VoicePerformanceInput = {
  /** Last day, instead of a year. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** Energy source as spoken. */
  energySource: Scalars['String']['input'];
  /** SEU as spoken. */
  seuName: Scalars['String']['input'];
  /** First day, instead of a year. */
  start?: InputMaybe<Scalars['String']['input']>;
  /** Calendar year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Answer to voiceSeuPerformance. */
export type VoicePerformanceResult = {
  __typename?: 'VoicePerformanceResult';
  /** What was wrong. */
  error?: Maybe<VoiceError>;
  /** False when the request could not be done. */
  ok: Scalars['Boolean']['output'];
  /** The EnPI report. */
  report?: Maybe<EnpiReport>;
  /** Sentence to speak. */
  speech: Scalars['String']['output'];
};

/** A voice training request as OVOS parsed it. */
export type VoiceTrainBaselineInput = {
  /** Last day, instead of a year. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** Energy source as spoken ('electricity', 'natural gas'). */
  energySource: Scalars['String']['input'];
  /** SEU as spoken ('Compressor-1', 'compressor one'). */
  seuName: Scalars['String']['input'];
  /** First day, instead of a year. */
  start?: InputMaybe<Scalars['String']['input']>;
  /** Variables as spoken ('production count', 'outdoor temperature'). */
  variables: Array<Scalars['String']['input']>;
  /** Calendar year of the baseline period. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Answer to voiceTrainBaseline. */
export type VoiceTrainResult = {
  __typename?: 'VoiceTrainResult';
  /** The trained baseline. */
  baseline?: Maybe<Baseline>;
  /** What was wrong, when ok is false. */
  error?: Maybe<VoiceError>;
  /** False when the request could not be done; speech says why. */
  ok: Scalars['Boolean']['output'];
  /** One or two short sentences to speak. */
  speech: Scalars['String']['output'];
};

/** Answer to voiceListVariables. */
export type VoiceVariablesResult = {
  __typename?: 'VoiceVariablesResult';
  /** The energy source. */
  energySource?: Maybe<EnergySource>;
  /** What was wrong. */
  error?: Maybe<VoiceError>;
  /** False when the energy source is unknown. */
  ok: Scalars['Boolean']['output'];
  /** Sentence to speak. */
  speech: Scalars['String']['output'];
  /** Its variables. */
  variables: Array<RelevantVariable>;
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
  Baseline: Baseline;
  EnergySource: EnergySource;
  Equipment: Equipment;
  Seu: Seu;
  Site: Site;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Baseline:
    ( { __typename: 'Baseline' }
    & GraphQLRecursivePick<FederationTypes['Baseline'], {"id":true}> );
  EnergySource:
    ( { __typename: 'EnergySource' }
    & GraphQLRecursivePick<FederationTypes['EnergySource'], {"id":true}> );
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}> );
  Seu:
    ( { __typename: 'Seu' }
    & GraphQLRecursivePick<FederationTypes['Seu'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AutoSelectInput: AutoSelectInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AutoSelectResult: ResolverTypeWrapper<AutoSelectRowRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BalancePoint: ResolverTypeWrapper<BalancePoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Baseline: ResolverTypeWrapper<BaselineRowRow>;
  BaselineModel: ResolverTypeWrapper<BaselineModelRowRow>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EnergySource: ResolverTypeWrapper<EnergySourceRowRow>;
  EnergySourceInput: EnergySourceInput;
  EnergySourceUpdateInput: EnergySourceUpdateInput;
  EnpiReport: ResolverTypeWrapper<EnpiReportRowRow>;
  EnpiReportInput: EnpiReportInput;
  EnpiRow: ResolverTypeWrapper<EnpiRow>;
  EnpiSourceRollup: ResolverTypeWrapper<EnpiSourceRollupRowRow>;
  EnpiTotals: ResolverTypeWrapper<EnpiTotals>;
  Equipment: ResolverTypeWrapper<EquipmentRefRow>;
  FactorySummary: ResolverTypeWrapper<FactorySummaryRowRow>;
  Granularity: null;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  KpiSet: ResolverTypeWrapper<KpiSetRowRow>;
  ModelValidity: ResolverTypeWrapper<ModelValidity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OperatingHours: ResolverTypeWrapper<OperatingHours>;
  PeriodAggregation: PeriodAggregation;
  PeriodInput: PeriodInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegressionCoefficient: ResolverTypeWrapper<RegressionCoefficient>;
  RegressionStatistics: ResolverTypeWrapper<RegressionStatistics>;
  RelevantVariable: ResolverTypeWrapper<RelevantVariableRowRow>;
  RelevantVariableInput: RelevantVariableInput;
  RelevantVariableUpdateInput: RelevantVariableUpdateInput;
  Seu: ResolverTypeWrapper<SeuRowRow>;
  SeuInput: SeuInput;
  SeuUpdateInput: SeuUpdateInput;
  Site: ResolverTypeWrapper<SiteRefRow>;
  SiteEnpiReport: ResolverTypeWrapper<SiteEnpiReportRowRow>;
  TariffPeriodCost: ResolverTypeWrapper<TariffPeriodCost>;
  TrainBaselineInput: TrainBaselineInput;
  VariableKind: null;
  VariableRange: ResolverTypeWrapper<VariableRange>;
  VariableScope: null;
  VoiceCommandResult: ResolverTypeWrapper<VoiceCommandRowRow>;
  VoiceEnergySourcesResult: ResolverTypeWrapper<VoiceEnergySourcesRowRow>;
  VoiceError: ResolverTypeWrapper<VoiceError>;
  VoiceIntent: VoiceIntent;
  VoicePerformanceInput: VoicePerformanceInput;
  VoicePerformanceResult: ResolverTypeWrapper<VoicePerformanceRowRow>;
  VoiceTrainBaselineInput: VoiceTrainBaselineInput;
  VoiceTrainResult: ResolverTypeWrapper<VoiceTrainRowRow>;
  VoiceVariablesResult: ResolverTypeWrapper<VoiceVariablesRowRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AutoSelectInput: AutoSelectInput;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  AutoSelectResult: AutoSelectRowRow;
  Int: Scalars['Int']['output'];
  BalancePoint: BalancePoint;
  Float: Scalars['Float']['output'];
  Baseline: BaselineRowRow;
  BaselineModel: BaselineModelRowRow;
  DateTime: Scalars['DateTime']['output'];
  EnergySource: EnergySourceRowRow;
  EnergySourceInput: EnergySourceInput;
  EnergySourceUpdateInput: EnergySourceUpdateInput;
  EnpiReport: EnpiReportRowRow;
  EnpiReportInput: EnpiReportInput;
  EnpiRow: EnpiRow;
  EnpiSourceRollup: EnpiSourceRollupRowRow;
  EnpiTotals: EnpiTotals;
  Equipment: EquipmentRefRow;
  FactorySummary: FactorySummaryRowRow;
  JSONObject: Scalars['JSONObject']['output'];
  KpiSet: KpiSetRowRow;
  ModelValidity: ModelValidity;
  Mutation: Record<PropertyKey, never>;
  OperatingHours: OperatingHours;
  PeriodInput: PeriodInput;
  Query: Record<PropertyKey, never>;
  RegressionCoefficient: RegressionCoefficient;
  RegressionStatistics: RegressionStatistics;
  RelevantVariable: RelevantVariableRowRow;
  RelevantVariableInput: RelevantVariableInput;
  RelevantVariableUpdateInput: RelevantVariableUpdateInput;
  Seu: SeuRowRow;
  SeuInput: SeuInput;
  SeuUpdateInput: SeuUpdateInput;
  Site: SiteRefRow;
  SiteEnpiReport: SiteEnpiReportRowRow;
  TariffPeriodCost: TariffPeriodCost;
  TrainBaselineInput: TrainBaselineInput;
  VariableRange: VariableRange;
  VoiceCommandResult: VoiceCommandRowRow;
  VoiceEnergySourcesResult: VoiceEnergySourcesRowRow;
  VoiceError: VoiceError;
  VoicePerformanceInput: VoicePerformanceInput;
  VoicePerformanceResult: VoicePerformanceRowRow;
  VoiceTrainBaselineInput: VoiceTrainBaselineInput;
  VoiceTrainResult: VoiceTrainRowRow;
  VoiceVariablesResult: VoiceVariablesRowRow;
  String: Scalars['String']['output'];
}>;

export type RequiresRoleDirectiveArgs = {
  anyOf: Array<Scalars['String']['input']>;
};

export type RequiresRoleDirectiveResolver<Result, Parent, ContextType = EnergyContext, Args = RequiresRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AutoSelectResultResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['AutoSelectResult'] = ResolversParentTypes['AutoSelectResult']> = ResolversObject<{
  baseline?: Resolver<Maybe<ResolversTypes['Baseline']>, ParentType, ContextType>;
  best?: Resolver<Maybe<ResolversTypes['BaselineModel']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  models?: Resolver<Array<ResolversTypes['BaselineModel']>, ParentType, ContextType>;
}>;

export type BalancePointResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['BalancePoint'] = ResolversParentTypes['BalancePoint']> = ResolversObject<{
  baseTemperature?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  searched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  variable?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BaselineResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['Baseline'] = ResolversParentTypes['Baseline'], FederationReferenceType extends FederationReferenceTypes['Baseline'] = FederationReferenceTypes['Baseline']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Baseline']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  balancePoints?: Resolver<Array<ResolversTypes['BalancePoint']>, ParentType, ContextType>;
  coefficients?: Resolver<Array<ResolversTypes['RegressionCoefficient']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enpi?: Resolver<ResolversTypes['EnpiReport'], ParentType, ContextType, RequireFields<BaselineEnpiArgs, 'granularity' | 'period'>>;
  excludeBackfill?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  formula?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['Granularity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intercept?: Resolver<ResolversTypes['RegressionCoefficient'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seu?: Resolver<ResolversTypes['Seu'], ParentType, ContextType>;
  statistics?: Resolver<ResolversTypes['RegressionStatistics'], ParentType, ContextType>;
  trainedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validity?: Resolver<ResolversTypes['ModelValidity'], ParentType, ContextType>;
  variableRanges?: Resolver<Array<ResolversTypes['VariableRange']>, ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BaselineModelResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['BaselineModel'] = ResolversParentTypes['BaselineModel']> = ResolversObject<{
  coefficients?: Resolver<Array<ResolversTypes['RegressionCoefficient']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  formula?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  intercept?: Resolver<Maybe<ResolversTypes['RegressionCoefficient']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statistics?: Resolver<Maybe<ResolversTypes['RegressionStatistics']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['ModelValidity']>, ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnergySourceResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['EnergySource'] = ResolversParentTypes['EnergySource'], FederationReferenceType extends FederationReferenceTypes['EnergySource'] = FederationReferenceTypes['EnergySource']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EnergySource']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carbonIntensity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  consumptionMetric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costPerUnit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relevantVariables?: Resolver<Array<ResolversTypes['RelevantVariable']>, ParentType, ContextType>;
  seus?: Resolver<Array<ResolversTypes['Seu']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitSpoken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EnpiReportResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['EnpiReport'] = ResolversParentTypes['EnpiReport']> = ResolversObject<{
  baseline?: Resolver<ResolversTypes['Baseline'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['Granularity'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['EnpiRow']>, ParentType, ContextType>;
  seu?: Resolver<ResolversTypes['Seu'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['EnpiTotals'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EnpiRowResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['EnpiRow'] = ResolversParentTypes['EnpiRow']> = ResolversObject<{
  actual?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cumulativeImprovementPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cusum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  deviation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  deviationPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  senpi?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  variables?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
}>;

export type EnpiSourceRollupResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['EnpiSourceRollup'] = ResolversParentTypes['EnpiSourceRollup']> = ResolversObject<{
  actual?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  co2SavingsKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costSavings?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  energySource?: Resolver<ResolversTypes['EnergySource'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  improvementPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  savings?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type EnpiTotalsResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['EnpiTotals'] = ResolversParentTypes['EnpiTotals']> = ResolversObject<{
  actual?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  co2SavingsKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costSavings?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cusum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  deviation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  deviationPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  improvementPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  savings?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  senpi?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type EquipmentResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kpis?: Resolver<Maybe<ResolversTypes['KpiSet']>, ParentType, ContextType, RequireFields<EquipmentKpisArgs, 'energySource' | 'from' | 'to'>>;
  seus?: Resolver<Maybe<Array<ResolversTypes['Seu']>>, ParentType, ContextType>;
}>;

export type FactorySummaryResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['FactorySummary'] = ResolversParentTypes['FactorySummary']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  equipmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['KpiSet']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totalCarbonKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type GranularityResolvers = { DAY: 'day', MONTH: 'month', WEEK: 'week' };

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type KpiSetResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['KpiSet'] = ResolversParentTypes['KpiSet']> = ResolversObject<{
  averageDemand?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  carbonKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  carbonPerUnitProducedKg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  consumption?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costByPeriod?: Resolver<Array<ResolversTypes['TariffPeriodCost']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  demandUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  energySource?: Resolver<ResolversTypes['EnergySource'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  loadFactor?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  operatingHours?: Resolver<ResolversTypes['OperatingHours'], ParentType, ContextType>;
  peakDemand?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  peakDemandAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  production?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  specificEnergyConsumption?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ModelValidityResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['ModelValidity'] = ResolversParentTypes['ModelValidity']> = ResolversObject<{
  ashraeValid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doeValid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  activateBaseline?: Resolver<ResolversTypes['Baseline'], ParentType, ContextType, RequireFields<MutationActivateBaselineArgs, 'id'>>;
  autoSelectBaseline?: Resolver<ResolversTypes['AutoSelectResult'], ParentType, ContextType, RequireFields<MutationAutoSelectBaselineArgs, 'input'>>;
  createEnergySource?: Resolver<ResolversTypes['EnergySource'], ParentType, ContextType, RequireFields<MutationCreateEnergySourceArgs, 'input'>>;
  createRelevantVariable?: Resolver<ResolversTypes['RelevantVariable'], ParentType, ContextType, RequireFields<MutationCreateRelevantVariableArgs, 'input'>>;
  createSeu?: Resolver<ResolversTypes['Seu'], ParentType, ContextType, RequireFields<MutationCreateSeuArgs, 'input'>>;
  deleteRelevantVariable?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteRelevantVariableArgs, 'id'>>;
  deleteSeu?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteSeuArgs, 'id'>>;
  trainBaseline?: Resolver<ResolversTypes['Baseline'], ParentType, ContextType, RequireFields<MutationTrainBaselineArgs, 'input'>>;
  updateEnergySource?: Resolver<ResolversTypes['EnergySource'], ParentType, ContextType, RequireFields<MutationUpdateEnergySourceArgs, 'id' | 'input'>>;
  updateRelevantVariable?: Resolver<ResolversTypes['RelevantVariable'], ParentType, ContextType, RequireFields<MutationUpdateRelevantVariableArgs, 'id' | 'input'>>;
  updateSeu?: Resolver<ResolversTypes['Seu'], ParentType, ContextType, RequireFields<MutationUpdateSeuArgs, 'id' | 'input'>>;
  voiceCommand?: Resolver<ResolversTypes['VoiceCommandResult'], ParentType, ContextType, RequireFields<MutationVoiceCommandArgs, 'utterance'>>;
  voiceListEnergySources?: Resolver<ResolversTypes['VoiceEnergySourcesResult'], ParentType, ContextType>;
  voiceListVariables?: Resolver<ResolversTypes['VoiceVariablesResult'], ParentType, ContextType, RequireFields<MutationVoiceListVariablesArgs, 'energySource'>>;
  voiceSeuPerformance?: Resolver<ResolversTypes['VoicePerformanceResult'], ParentType, ContextType, RequireFields<MutationVoiceSeuPerformanceArgs, 'input'>>;
  voiceTrainBaseline?: Resolver<ResolversTypes['VoiceTrainResult'], ParentType, ContextType, RequireFields<MutationVoiceTrainBaselineArgs, 'input'>>;
}>;

export type OperatingHoursResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['OperatingHours'] = ResolversParentTypes['OperatingHours']> = ResolversObject<{
  idle?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  off?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  offBelow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  running?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  runningFrom?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  baseline?: Resolver<Maybe<ResolversTypes['Baseline']>, ParentType, ContextType, RequireFields<QueryBaselineArgs, 'id'>>;
  energySource?: Resolver<Maybe<ResolversTypes['EnergySource']>, ParentType, ContextType, RequireFields<QueryEnergySourceArgs, 'id'>>;
  energySourceByName?: Resolver<Maybe<ResolversTypes['EnergySource']>, ParentType, ContextType, RequireFields<QueryEnergySourceByNameArgs, 'name'>>;
  energySources?: Resolver<Maybe<Array<ResolversTypes['EnergySource']>>, ParentType, ContextType>;
  enpiReport?: Resolver<Maybe<ResolversTypes['EnpiReport']>, ParentType, ContextType, RequireFields<QueryEnpiReportArgs, 'input'>>;
  relevantVariables?: Resolver<Maybe<Array<ResolversTypes['RelevantVariable']>>, ParentType, ContextType, Partial<QueryRelevantVariablesArgs>>;
  seu?: Resolver<Maybe<ResolversTypes['Seu']>, ParentType, ContextType, RequireFields<QuerySeuArgs, 'id'>>;
  seuByName?: Resolver<Maybe<ResolversTypes['Seu']>, ParentType, ContextType, RequireFields<QuerySeuByNameArgs, 'energySource' | 'name'>>;
  seus?: Resolver<Maybe<Array<ResolversTypes['Seu']>>, ParentType, ContextType, Partial<QuerySeusArgs>>;
}>;

export type RegressionCoefficientResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['RegressionCoefficient'] = ResolversParentTypes['RegressionCoefficient']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  p?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standardError?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  t?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RegressionStatisticsResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['RegressionStatistics'] = ResolversParentTypes['RegressionStatistics']> = ResolversObject<{
  adjustedRSquared?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cvRmse?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  degreesOfFreedom?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  f?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fPValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mae?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nmbe?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rSquared?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rmse?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RelevantVariableResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['RelevantVariable'] = ResolversParentTypes['RelevantVariable']> = ResolversObject<{
  aggregation?: Resolver<ResolversTypes['PeriodAggregation'], ParentType, ContextType>;
  baseTemperature?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  energySource?: Resolver<Maybe<ResolversTypes['EnergySource']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VariableKind'], ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['VariableScope'], ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SeuResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['Seu'] = ResolversParentTypes['Seu'], FederationReferenceType extends FederationReferenceTypes['Seu'] = FederationReferenceTypes['Seu']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Seu']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeBaseline?: Resolver<Maybe<ResolversTypes['Baseline']>, ParentType, ContextType>;
  baselines?: Resolver<Array<ResolversTypes['Baseline']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  energySource?: Resolver<ResolversTypes['EnergySource'], ParentType, ContextType>;
  equipment?: Resolver<Array<ResolversTypes['Equipment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kpis?: Resolver<ResolversTypes['KpiSet'], ParentType, ContextType, RequireFields<SeuKpisArgs, 'from' | 'to'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  energySummary?: Resolver<Maybe<ResolversTypes['FactorySummary']>, ParentType, ContextType, RequireFields<SiteEnergySummaryArgs, 'from' | 'to'>>;
  enpi?: Resolver<Maybe<ResolversTypes['SiteEnpiReport']>, ParentType, ContextType, RequireFields<SiteEnpiArgs, 'granularity' | 'period'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kpis?: Resolver<Maybe<ResolversTypes['KpiSet']>, ParentType, ContextType, RequireFields<SiteKpisArgs, 'energySource' | 'from' | 'to'>>;
  seus?: Resolver<Maybe<Array<ResolversTypes['Seu']>>, ParentType, ContextType>;
}>;

export type SiteEnpiReportResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['SiteEnpiReport'] = ResolversParentTypes['SiteEnpiReport']> = ResolversObject<{
  bySource?: Resolver<Array<ResolversTypes['EnpiSourceRollup']>, ParentType, ContextType>;
  co2SavingsKg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costSavings?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seus?: Resolver<Array<ResolversTypes['EnpiReport']>, ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TariffPeriodCostResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['TariffPeriodCost'] = ResolversParentTypes['TariffPeriodCost']> = ResolversObject<{
  consumption?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type VariableKindResolvers = { CDD: 'cdd', HDD: 'hdd', METRIC: 'metric', OPERATING_HOURS: 'operating_hours', WORKING_DAY: 'working_day' };

export type VariableRangeResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['VariableRange'] = ResolversParentTypes['VariableRange']> = ResolversObject<{
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  variable?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VariableScopeResolvers = { EQUIPMENT: 'equipment', SITE: 'site' };

export type VoiceCommandResultResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['VoiceCommandResult'] = ResolversParentTypes['VoiceCommandResult']> = ResolversObject<{
  energySources?: Resolver<Maybe<ResolversTypes['VoiceEnergySourcesResult']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['VoiceError']>, ParentType, ContextType>;
  intent?: Resolver<ResolversTypes['VoiceIntent'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  performance?: Resolver<Maybe<ResolversTypes['VoicePerformanceResult']>, ParentType, ContextType>;
  slots?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  speech?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  train?: Resolver<Maybe<ResolversTypes['VoiceTrainResult']>, ParentType, ContextType>;
  variables?: Resolver<Maybe<ResolversTypes['VoiceVariablesResult']>, ParentType, ContextType>;
}>;

export type VoiceEnergySourcesResultResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['VoiceEnergySourcesResult'] = ResolversParentTypes['VoiceEnergySourcesResult']> = ResolversObject<{
  energySources?: Resolver<Array<ResolversTypes['EnergySource']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  speech?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VoiceErrorResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['VoiceError'] = ResolversParentTypes['VoiceError']> = ResolversObject<{
  choices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VoicePerformanceResultResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['VoicePerformanceResult'] = ResolversParentTypes['VoicePerformanceResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['VoiceError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['EnpiReport']>, ParentType, ContextType>;
  speech?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VoiceTrainResultResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['VoiceTrainResult'] = ResolversParentTypes['VoiceTrainResult']> = ResolversObject<{
  baseline?: Resolver<Maybe<ResolversTypes['Baseline']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['VoiceError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  speech?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VoiceVariablesResultResolvers<ContextType = EnergyContext, ParentType extends ResolversParentTypes['VoiceVariablesResult'] = ResolversParentTypes['VoiceVariablesResult']> = ResolversObject<{
  energySource?: Resolver<Maybe<ResolversTypes['EnergySource']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['VoiceError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  speech?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['RelevantVariable']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = EnergyContext> = ResolversObject<{
  AutoSelectResult?: AutoSelectResultResolvers<ContextType>;
  BalancePoint?: BalancePointResolvers<ContextType>;
  Baseline?: BaselineResolvers<ContextType>;
  BaselineModel?: BaselineModelResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EnergySource?: EnergySourceResolvers<ContextType>;
  EnpiReport?: EnpiReportResolvers<ContextType>;
  EnpiRow?: EnpiRowResolvers<ContextType>;
  EnpiSourceRollup?: EnpiSourceRollupResolvers<ContextType>;
  EnpiTotals?: EnpiTotalsResolvers<ContextType>;
  Equipment?: EquipmentResolvers<ContextType>;
  FactorySummary?: FactorySummaryResolvers<ContextType>;
  Granularity?: GranularityResolvers;
  JSONObject?: GraphQLScalarType;
  KpiSet?: KpiSetResolvers<ContextType>;
  ModelValidity?: ModelValidityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OperatingHours?: OperatingHoursResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegressionCoefficient?: RegressionCoefficientResolvers<ContextType>;
  RegressionStatistics?: RegressionStatisticsResolvers<ContextType>;
  RelevantVariable?: RelevantVariableResolvers<ContextType>;
  Seu?: SeuResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  SiteEnpiReport?: SiteEnpiReportResolvers<ContextType>;
  TariffPeriodCost?: TariffPeriodCostResolvers<ContextType>;
  VariableKind?: VariableKindResolvers;
  VariableRange?: VariableRangeResolvers<ContextType>;
  VariableScope?: VariableScopeResolvers;
  VoiceCommandResult?: VoiceCommandResultResolvers<ContextType>;
  VoiceEnergySourcesResult?: VoiceEnergySourcesResultResolvers<ContextType>;
  VoiceError?: VoiceErrorResolvers<ContextType>;
  VoicePerformanceResult?: VoicePerformanceResultResolvers<ContextType>;
  VoiceTrainResult?: VoiceTrainResultResolvers<ContextType>;
  VoiceVariablesResult?: VoiceVariablesResultResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = EnergyContext> = ResolversObject<{
  requiresRole?: RequiresRoleDirectiveResolver<any, any, ContextType>;
}>;
