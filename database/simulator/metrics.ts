// The metrics catalog and which metrics each kind of equipment reports. The set is kept modest:
// every command-center series costs 60 points per hour of demo data.
import type { MetricKind } from '../tables/readings.table.js';

export interface MetricSpec {
  name: string;
  unit: string;
  kind: MetricKind;
  description: string;
  /** Decimal places the simulator stores. */
  decimals: number;
}

const g = (name: string, unit: string, decimals: number, description: string): MetricSpec => ({ name, unit, kind: 'gauge', decimals, description });
const c = (name: string, unit: string, decimals: number, description: string): MetricSpec => ({ name, unit, kind: 'counter', decimals, description });

export const METRICS: MetricSpec[] = [
  g('active_power_kw', 'kW', 3, 'Active (real) power drawn, averaged over the sample interval.'),
  c('energy_kwh', 'kWh', 6, 'Electrical energy consumed during the sample interval.'),
  g('voltage_v', 'V', 1, 'Line-to-line voltage at the supply terminals.'),
  g('current_a', 'A', 2, 'Line current (average of three phases).'),
  g('power_factor', '', 3, 'Displacement power factor, active over apparent power (0–1).'),
  g('chw_supply_temp_c', '°C', 2, 'Chilled water leaving the chiller (supply) temperature.'),
  g('chw_return_temp_c', '°C', 2, 'Chilled water returning to the chiller temperature.'),
  g('chw_flow_m3h', 'm³/h', 1, 'Chilled water flow through the evaporator.'),
  g('cooling_load_tr', 'TR', 2, 'Cooling delivered, in tons of refrigeration.'),
  g('cop', '', 2, 'Coefficient of performance: cooling delivered over electrical input.'),
  g('airflow_cfm', 'CFM', 0, 'Supply airflow.'),
  g('supply_air_temp_c', '°C', 2, 'Supply air temperature leaving the coil.'),
  g('return_air_temp_c', '°C', 2, 'Return air temperature from the conditioned space.'),
  g('fan_speed_pct', '%', 1, 'Fan speed as a percentage of full speed.'),
  g('cw_inlet_temp_c', '°C', 2, 'Condenser water entering the cooling tower (hot water) temperature.'),
  g('cw_outlet_temp_c', '°C', 2, 'Condenser water leaving the cooling tower (cold water) temperature.'),
  g('flow_m3h', 'm³/h', 1, 'Liquid flow delivered by the pump.'),
  g('head_m', 'm', 2, 'Differential head across the pump.'),
  g('discharge_pressure_bar', 'bar', 3, 'Compressed-air discharge pressure (gauge).'),
  g('air_flow_nm3h', 'Nm³/h', 1, 'Free air delivery at normal conditions.'),
  g('oil_temp_c', '°C', 2, 'Transformer top-oil temperature.'),
  g('load_pct', '%', 2, 'Load as a percentage of the rating.'),
  g('fuel_rate_lph', 'L/h', 2, 'Diesel consumption rate.'),
  g('battery_soc_pct', '%', 2, 'Battery state of charge.'),
  g('speed_rpm', 'rpm', 1, 'Shaft speed.'),
  g('winding_temp_c', '°C', 2, 'Stator winding temperature.'),
  c('production_count', 'units', 0, 'Good units produced during the sample interval.'),
  c('natural_gas_m3', 'm³', 3, 'Natural gas consumed during the sample interval.'),
  c('steam_kg', 'kg', 3, 'Steam consumed during the sample interval.'),
  c('compressed_air_nm3', 'Nm³', 3, 'Compressed air consumed during the sample interval, at normal conditions.'),
  g('outdoor_temp_c', '°C', 2, 'Outdoor dry-bulb air temperature at the site.'),
  g('relative_humidity_pct', '%', 1, 'Outdoor relative humidity at the site.'),
];

export const METRIC_BY_NAME = new Map(METRICS.map((m) => [m.name, m]));

export function metric(name: string): MetricSpec {
  const m = METRIC_BY_NAME.get(name);
  if (!m) throw new Error(`unknown metric ${name}`);
  return m;
}

export const ELECTRICAL_METRICS = ['active_power_kw', 'energy_kwh', 'voltage_v', 'current_a', 'power_factor'];

/** Metrics beyond the electrical set, per command-center type. */
export const TYPE_METRICS: Record<string, string[]> = {
  chiller: ['chw_supply_temp_c', 'chw_return_temp_c', 'chw_flow_m3h', 'cooling_load_tr', 'cop'],
  ahu: ['airflow_cfm', 'supply_air_temp_c', 'return_air_temp_c', 'fan_speed_pct'],
  ct: ['cw_inlet_temp_c', 'cw_outlet_temp_c', 'fan_speed_pct'],
  pump: ['flow_m3h', 'head_m'],
  compressor: ['discharge_pressure_bar', 'air_flow_nm3h'],
  trf: ['oil_temp_c', 'load_pct'],
  dg: ['fuel_rate_lph', 'load_pct'],
  ups: ['battery_soc_pct', 'load_pct'],
  motor: ['speed_rpm', 'winding_temp_c'],
};

export function commandCenterMetrics(typeId: string): string[] {
  return [...ELECTRICAL_METRICS, ...(TYPE_METRICS[typeId] ?? [])];
}

export const SITE_METRICS = ['outdoor_temp_c', 'relative_humidity_pct'];
