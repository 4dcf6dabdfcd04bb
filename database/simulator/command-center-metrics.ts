// From the model's physical traces to the stored metrics of one equipment.
import type { EquipmentSpec } from './equipment-spec.js';
import type { ModelBlock } from './command-center-model.js';

const SQRT3 = Math.sqrt(3);

/** Metric → name of the trace quantity that holds it, per type. */
const PHYSICAL: Record<string, Record<string, string>> = {
  chiller: { chw_supply_temp_c: 'chwSupply', chw_return_temp_c: 'chwReturn', chw_flow_m3h: 'chwFlow', cooling_load_tr: 'coolingTr', cop: 'cop' },
  ahu: { airflow_cfm: 'airflow', supply_air_temp_c: 'supplyAir', return_air_temp_c: 'returnAir', fan_speed_pct: 'fanPct' },
  ct: { cw_inlet_temp_c: 'cwInlet', cw_outlet_temp_c: 'cwOutlet', fan_speed_pct: 'fanPct' },
  pump: { flow_m3h: 'flow', head_m: 'head' },
  compressor: { discharge_pressure_bar: 'pressure', air_flow_nm3h: 'airFlow' },
  trf: { oil_temp_c: 'oilTemp', load_pct: 'loadPct' },
  dg: { fuel_rate_lph: 'fuel', load_pct: 'loadPct' },
  ups: { battery_soc_pct: 'soc', load_pct: 'loadPct' },
  motor: { speed_rpm: 'speed', winding_temp_c: 'winding' },
};

/** Writes the block's values of `metric` for `spec` into out[offset …]. */
export function writeMetric(block: ModelBlock, spec: EquipmentSpec, metric: string, out: Float64Array, offset: number): void {
  const t = block.trace(spec.code);
  const n = block.count;
  switch (metric) {
    case 'active_power_kw':
      out.set(t.p, offset);
      return;
    case 'energy_kwh':
      for (let i = 0; i < n; i++) out[offset + i] = t.p[i] / 60;
      return;
    case 'voltage_v':
      out.set(block.voltage(spec.code), offset);
      return;
    case 'current_a': {
      const v = block.voltage(spec.code);
      for (let i = 0; i < n; i++) out[offset + i] = v[i] > 0 ? (Math.hypot(t.p[i], t.q[i]) * 1000) / (SQRT3 * v[i]) : 0;
      return;
    }
    case 'power_factor':
      for (let i = 0; i < n; i++) {
        const s = Math.hypot(t.p[i], t.q[i]);
        out[offset + i] = s > 1e-3 ? t.p[i] / s : 0;
      }
      return;
  }
  const name = PHYSICAL[spec.typeId]?.[metric];
  const values = name ? t.x[name] : undefined;
  if (!values) throw new Error(`${spec.code} has no metric ${metric}`);
  out.set(values, offset);
}
