import type { AutoSelectOut } from './resolvers-support.js';
import type { EnpiReportOut } from './services/enpi-service.js';
import type { KpiSetOut } from './services/kpi-service.js';
import type { RankedModel } from './services/baseline-service.js';
import type { VoiceCommandOut, VoicePerformanceOut, VoiceSourcesOut, VoiceTrainOut, VoiceVariablesOut } from './voice/voice-service.js';
import type { EnergySource } from '../../database/tables/energy.table.js';

export type {
  Baseline as BaselineRow,
  EnergySource as EnergySourceRow,
  RelevantVariable as RelevantVariableRow,
  Seu as SeuRow,
} from '../../database/tables/energy.table.js';
/** Energy knows an Equipment only by its id. */
export interface EquipmentRef {
  id: string;
}
/** And a Site too. */
export interface SiteRef {
  id: string;
}
export type BaselineModelRow = RankedModel;
export type AutoSelectRow = AutoSelectOut;
export type EnpiReportRow = EnpiReportOut;
export interface EnpiSourceRollupRow {
  source: EnergySource;
  actual: number;
  expected: number;
  savings: number;
  improvementPercent: number;
  costSavings: number;
  co2SavingsKg: number;
}
export interface SiteEnpiReportRow {
  seus: EnpiReportOut[];
  bySource: EnpiSourceRollupRow[];
  costSavings: number;
  currency: string;
  co2SavingsKg: number;
  skipped: string[];
}
export type KpiSetRow = KpiSetOut;
export interface FactorySummaryRow {
  from: Date;
  to: Date;
  equipmentCount: number;
  sources: KpiSetOut[];
  totalCost: number;
  currency: string;
  totalCarbonKg: number;
}
export type VoiceTrainRow = VoiceTrainOut;
export type VoiceVariablesRow = VoiceVariablesOut;
export type VoiceEnergySourcesRow = VoiceSourcesOut;
export type VoicePerformanceRow = VoicePerformanceOut;
export type VoiceCommandRow = VoiceCommandOut;
