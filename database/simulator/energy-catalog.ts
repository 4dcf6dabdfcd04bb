// Energy management data of the demo organization: the EnMS seed's four energy sources with
// their exact ids, units, costs and carbon intensities; one SEU per machine × metered source;
// the relevant variables a baseline may use; tariffs and carbon factors.
import type { TariffPeriod } from '../tables/energy.table.js';
import { ENERGY_TRUTH, DEGREE_DAY_BASE_C, type EnergySourceName } from './energy-truth.js';
import { entityId } from './ids.js';
import { DEMO_ORG } from './organizations.js';
import { DEMO_FACTORY, EU_FACTORY, siteByCode } from './sites.js';

export interface EnergySourceSpec {
  id: string;
  name: EnergySourceName;
  displayName: string;
  unit: string;
  unitSpoken: string;
  costPerUnit: number;
  carbonIntensity: number;
  consumptionMetric: string;
  synonyms: string[];
}

export const ENERGY_SOURCES: EnergySourceSpec[] = [
  {
    id: 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa', name: 'electricity', displayName: 'Electricity', unit: 'kWh', unitSpoken: 'kilowatt hours',
    costPerUnit: 0.12, carbonIntensity: 0.45, consumptionMetric: 'energy_kwh', synonyms: ['power', 'electric', 'electrical energy', 'kwh'],
  },
  {
    id: 'bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb', name: 'natural_gas', displayName: 'Natural gas', unit: 'm³', unitSpoken: 'cubic meters',
    costPerUnit: 0.5, carbonIntensity: 2.02, consumptionMetric: 'natural_gas_m3', synonyms: ['gas', 'natural gas', 'methane'],
  },
  {
    id: 'cccccccc-cccc-cccc-cccc-cccccccccccc', name: 'steam', displayName: 'Steam', unit: 'kg', unitSpoken: 'kilograms',
    costPerUnit: 0.08, carbonIntensity: 0.15, consumptionMetric: 'steam_kg', synonyms: ['steam', 'process steam'],
  },
  {
    id: 'dddddddd-dddd-dddd-dddd-dddddddddddd', name: 'compressed_air', displayName: 'Compressed air', unit: 'Nm³', unitSpoken: 'normal cubic meters',
    costPerUnit: 0.03, carbonIntensity: 0.12, consumptionMetric: 'compressed_air_nm3', synonyms: ['compressed air', 'air', 'pneumatic air'],
  },
];

export const sourceByName = (name: EnergySourceName) => ENERGY_SOURCES.find((s) => s.name === name)!;

export interface SeuSpec {
  id: string;
  name: string;
  description: string;
  energySourceId: string;
  equipmentIds: string[];
}

/** One SEU per machine and metered source, named exactly as the machine. */
export const SEUS: SeuSpec[] = ENERGY_TRUTH.map((t) => {
  const source = sourceByName(t.energySource);
  return {
    id: entityId(DEMO_ORG.id, 'seu', `${t.machineCode}/${t.energySource}`),
    name: t.machineCode,
    description: `${t.machineCode} ${source.displayName.toLowerCase()} consumption (${source.unit})`,
    energySourceId: source.id,
    equipmentIds: [t.machineId],
  };
});

export interface RelevantVariableSpec {
  id: string;
  name: string;
  displayName: string;
  kind: 'metric' | 'hdd' | 'cdd' | 'operating_hours' | 'working_day';
  metric: string | null;
  scope: 'equipment' | 'site';
  aggregation: 'SUM' | 'AVG' | 'MIN' | 'MAX';
  baseTemperature: number | null;
  unit: string;
  synonyms: string[];
  description: string;
}

const variable = (v: Omit<RelevantVariableSpec, 'id'>): RelevantVariableSpec => ({ id: entityId(DEMO_ORG.id, 'relevant-variable', v.name), ...v });

export const RELEVANT_VARIABLES: RelevantVariableSpec[] = [
  variable({
    name: 'production_count', displayName: 'Production count', kind: 'metric', metric: 'production_count', scope: 'equipment', aggregation: 'SUM',
    baseTemperature: null, unit: 'units', synonyms: ['production', 'production count', 'units produced', 'output'],
    description: "Good units produced by the SEU's equipment in the period.",
  }),
  variable({
    name: 'outdoor_temp_c', displayName: 'Outdoor temperature', kind: 'metric', metric: 'outdoor_temp_c', scope: 'site', aggregation: 'AVG',
    baseTemperature: null, unit: '°C', synonyms: ['outdoor temperature', 'ambient temperature', 'temperature', 'outside temperature'],
    description: "Mean outdoor air temperature at the equipment's site.",
  }),
  variable({
    name: 'heating_degree_days', displayName: 'Heating degree days', kind: 'hdd', metric: 'outdoor_temp_c', scope: 'site', aggregation: 'SUM',
    baseTemperature: DEGREE_DAY_BASE_C, unit: '°C·d', synonyms: ['heating degree days', 'hdd', 'degree days'],
    description: 'Per local day max(0, 18 °C − daily mean outdoor temperature), summed over the period.',
  }),
  variable({
    name: 'cooling_degree_days', displayName: 'Cooling degree days', kind: 'cdd', metric: 'outdoor_temp_c', scope: 'site', aggregation: 'SUM',
    baseTemperature: DEGREE_DAY_BASE_C, unit: '°C·d', synonyms: ['cooling degree days', 'cdd'],
    description: 'Per local day max(0, daily mean outdoor temperature − 18 °C), summed over the period.',
  }),
  variable({
    name: 'operating_hours', displayName: 'Operating hours', kind: 'operating_hours', metric: 'active_power_kw', scope: 'equipment', aggregation: 'SUM',
    baseTemperature: null, unit: 'h', synonyms: ['operating hours', 'run hours', 'running hours', 'hours'],
    description: 'Hours in the period during which the equipment drew active power.',
  }),
  variable({
    name: 'working_day', displayName: 'Working day', kind: 'working_day', metric: null, scope: 'site', aggregation: 'SUM',
    baseTemperature: null, unit: 'days', synonyms: ['working day', 'working days', 'workday', 'business day'],
    description: 'Days in the period that are Monday to Friday at the site.',
  }),
];

export interface TariffSpec {
  id: string;
  energySourceId: string;
  siteId: string | null;
  name: string;
  currency: string;
  validFrom: string;
  validTo: string | null;
  defaultPrice: number;
  periods: TariffPeriod[];
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const WEEKEND = [6, 7];

export const TARIFFS: TariffSpec[] = [
  {
    id: entityId(DEMO_ORG.id, 'tariff', `${DEMO_FACTORY}/electricity`),
    energySourceId: sourceByName('electricity').id,
    siteId: siteByCode(DEMO_ORG.id, DEMO_FACTORY).id,
    name: 'Industrial time-of-use (summer peak 4–9 pm)',
    currency: 'USD', validFrom: '2023-01-01', validTo: null, defaultPrice: 0.12,
    periods: [
      { name: 'off_peak', days: WEEKDAYS, fromHour: 0, toHour: 6, price: 0.085 },
      { name: 'peak', days: WEEKDAYS, fromHour: 16, toHour: 21, price: 0.19 },
      { name: 'weekend', days: WEEKEND, fromHour: 0, toHour: 24, price: 0.085 },
    ],
  },
  {
    id: entityId(DEMO_ORG.id, 'tariff', `${EU_FACTORY}/electricity`),
    energySourceId: sourceByName('electricity').id,
    siteId: siteByCode(DEMO_ORG.id, EU_FACTORY).id,
    // USD like every other demo price, so costs add up across sites without conversion.
    name: 'Industrial HT/NT tariff (USD equivalent)',
    currency: 'USD', validFrom: '2023-01-01', validTo: null, defaultPrice: 0.15,
    periods: [
      { name: 'peak', days: WEEKDAYS, fromHour: 8, toHour: 20, price: 0.21 },
      { name: 'night', days: WEEKDAYS, fromHour: 22, toHour: 24, price: 0.11 },
      { name: 'night', days: WEEKDAYS, fromHour: 0, toHour: 6, price: 0.11 },
      { name: 'weekend', days: WEEKEND, fromHour: 0, toHour: 24, price: 0.11 },
    ],
  },
  ...ENERGY_SOURCES.filter((s) => s.name !== 'electricity').map((s) => ({
    id: entityId(DEMO_ORG.id, 'tariff', `flat/${s.name}`),
    energySourceId: s.id,
    siteId: null,
    name: `${s.displayName} flat rate`,
    currency: 'USD', validFrom: '2023-01-01', validTo: null, defaultPrice: s.costPerUnit, periods: [],
  })),
];

export interface CarbonFactorSpec {
  id: string;
  energySourceId: string;
  siteId: string | null;
  validFrom: string;
  validTo: string | null;
  kgCo2ePerUnit: number;
  source: string;
}

export const CARBON_FACTORS: CarbonFactorSpec[] = ENERGY_SOURCES.map((s) => ({
  id: entityId(DEMO_ORG.id, 'carbon-factor', s.name),
  energySourceId: s.id,
  siteId: null,
  validFrom: '2023-01-01',
  validTo: null,
  kgCo2ePerUnit: s.carbonIntensity,
  source: 'EnMS seed energy_sources.carbon_intensity',
}));
