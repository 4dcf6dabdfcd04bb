import type { ColumnType, Insertable, JSONColumnType, Selectable } from 'kysely';

export const VARIABLE_KINDS = ['metric', 'hdd', 'cdd', 'operating_hours', 'working_day'] as const;
export type VariableKind = (typeof VARIABLE_KINDS)[number];
export const PERIOD_AGGREGATIONS = ['SUM', 'AVG', 'MIN', 'MAX'] as const;
export type PeriodAggregation = (typeof PERIOD_AGGREGATIONS)[number];

export interface EnergySourceTable {
  id: string;
  organization_id: string;
  name: string;
  display_name: string;
  unit: string;
  /** The unit as words, for speech ("kilowatt hours"). */
  unit_spoken: string;
  cost_per_unit: number;
  currency: string;
  /** kg CO2e per unit. */
  carbon_intensity: number;
  /** Readings metric that measures this source's consumption (a counter). */
  consumption_metric: string;
  synonyms: string[];
  created_at: ColumnType<Date, Date | string | undefined, never>;
}
export type EnergySource = Selectable<EnergySourceTable>;
export type NewEnergySource = Insertable<EnergySourceTable>;

export interface SeuTable {
  id: string;
  organization_id: string;
  name: string;
  description: string | null;
  energy_source_id: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export type Seu = Selectable<SeuTable>;
export type NewSeu = Insertable<SeuTable>;

export interface SeuEquipmentTable {
  seu_id: string;
  equipment_id: string;
}

export interface RelevantVariableTable {
  id: string;
  organization_id: string;
  /** null: offered for every energy source. */
  energy_source_id: string | null;
  name: string;
  display_name: string;
  kind: VariableKind;
  metric: string | null;
  scope: 'equipment' | 'site';
  aggregation: PeriodAggregation;
  base_temperature: number | null;
  unit: string;
  synonyms: string[];
  description: string | null;
}
export type RelevantVariable = Selectable<RelevantVariableTable>;

export interface BaselineTable {
  id: string;
  organization_id: string;
  seu_id: string;
  active: boolean;
  variable_names: string[];
  period_start: string;
  period_end: string;
  granularity: 'day' | 'week' | 'month';
  exclude_backfill: boolean;
  intercept: number;
  coefficients: JSONColumnType<Record<string, number>>;
  statistics: JSONColumnType<Record<string, unknown>>;
  formula: string;
  valid: boolean;
  trained_by: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}
export type Baseline = Selectable<BaselineTable>;

export interface TariffPeriod {
  name: string;
  /** ISO weekdays 1 (Monday) … 7 (Sunday). */
  days: number[];
  fromHour: number;
  toHour: number;
  price: number;
}

export interface TariffTable {
  id: string;
  organization_id: string;
  energy_source_id: string;
  site_id: string | null;
  name: string;
  currency: string;
  valid_from: string;
  valid_to: string | null;
  default_price: number;
  periods: JSONColumnType<TariffPeriod[]>;
}
export type Tariff = Selectable<TariffTable>;

export interface CarbonFactorTable {
  id: string;
  organization_id: string;
  energy_source_id: string;
  site_id: string | null;
  valid_from: string;
  valid_to: string | null;
  kg_co2e_per_unit: number;
  source: string | null;
}
export type CarbonFactor = Selectable<CarbonFactorTable>;

export interface EnergyTables {
  'energy.energy_sources': EnergySourceTable;
  'energy.seus': SeuTable;
  'energy.seu_equipment': SeuEquipmentTable;
  'energy.relevant_variables': RelevantVariableTable;
  'energy.baselines': BaselineTable;
  'energy.tariffs': TariffTable;
  'energy.carbon_factors': CarbonFactorTable;
}
