// Northwind Foods: the second tenant. One small plant whose codes deliberately repeat the demo's
// (chiller_001, pump_001, …) so that tenant isolation is visible: same code, other id, other data.
import { outdoorTemperature, type WeatherSource } from './climate.js';
import type { RelationSpec } from './command-center.js';
import type { EquipmentSpec } from './equipment-spec.js';
import { equipmentId } from './ids.js';
import { NORTHWIND_ORG } from './organizations.js';
import { hash32 } from './prng.js';
import { addSmooth, addWhite, clamp } from './signal.js';
import { NORTHWIND_PLANT } from './sites.js';
import { ZoneClock } from './time-zones.js';

function nw(code: string, typeId: string, name: string, description: string, ratedKw: number, ratings: EquipmentSpec['ratings'], location: string): EquipmentSpec {
  return {
    id: equipmentId(NORTHWIND_ORG.id, code),
    organizationId: NORTHWIND_ORG.id,
    siteCode: NORTHWIND_PLANT,
    typeId,
    code,
    name,
    description,
    location,
    manufacturer: { chiller: 'Daikin', ahu: 'Systemair', pump: 'Grundfos', compressor: 'Kaeser', em: 'Schneider Electric' }[typeId] ?? 'Siemens',
    model: `${typeId.toUpperCase()}-${Math.round(ratedKw)}`,
    serialNumber: `NW-${code.toUpperCase()}`,
    installedOn: '2021-09-01',
    ratings: [{ name: 'rated_power', value: ratedKw, unit: 'kW' }, ...ratings],
    dataIntervalSeconds: 60,
    mqttTopic: `northwind/${NORTHWIND_PLANT}/${code}`,
    metadata: { criticality: typeId === 'chiller' ? 'high' : 'medium' },
    ratedKw,
    pf: 0.9,
  };
}

export const NORTHWIND_EQUIPMENT: EquipmentSpec[] = [
  nw('chiller_001', 'chiller', 'Process Chiller 1', '120 TR process chiller for the cold store and blast freezer.', 85, [{ name: 'capacity', value: 120, unit: 'TR' }], 'Plant Room'),
  nw('ahu_001', 'ahu', 'Packing Hall AHU', '9,000 CFM air handling unit for the packing hall.', 7.5, [{ name: 'airflow', value: 9000, unit: 'CFM' }], 'Packing Hall Roof'),
  nw('pump_001', 'pump', 'Glycol Pump 1', 'Glycol circulation pump for the process chiller.', 15, [{ name: 'flow', value: 80, unit: 'm³/h' }], 'Plant Room'),
  nw('compressor_001', 'compressor', 'Air Compressor 1', '30 kW rotary screw compressor for packing lines.', 30, [{ name: 'free_air_delivery', value: 290, unit: 'Nm³/h' }], 'Compressor House'),
  nw('em_001', 'em', 'Main Incomer Meter', 'Revenue meter on the 400 V main incomer.', 400, [{ name: 'accuracy_class', value: 0.5, unit: '' }], 'Main Switchroom'),
];

export const NORTHWIND_RELATIONS: RelationSpec[] = [
  { organizationId: NORTHWIND_ORG.id, from: 'chiller_001', to: 'ahu_001', kind: 'serves' },
  { organizationId: NORTHWIND_ORG.id, from: 'pump_001', to: 'chiller_001', kind: 'serves' },
  { organizationId: NORTHWIND_ORG.id, from: 'em_001', to: 'chiller_001', kind: 'meters' },
];

/** The few series Northwind reports. */
export const NORTHWIND_METRICS: Record<string, string[]> = {
  chiller_001: ['active_power_kw', 'energy_kwh', 'chw_supply_temp_c'],
  ahu_001: ['active_power_kw'],
  compressor_001: ['active_power_kw', 'energy_kwh'],
  em_001: ['active_power_kw', 'energy_kwh'],
};

/** Minute values of every Northwind series over [fromMinute, fromMinute + count). */
export function northwindValues(seed: number, weather: WeatherSource, timeZone: string, fromMinute: number, count: number): Map<string, Float64Array> {
  const clock = new ZoneClock(timeZone);
  const key = (code: string, p: string) => hash32(seed, 'northwind', code, p);
  const shift = new Float64Array(count);
  const temp = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const ms = (fromMinute + i) * 60_000;
    const h = clock.hourOfDay(ms);
    const wd = clock.isoWeekday(ms);
    shift[i] = wd <= 5 && h >= 6 && h < 22 ? 1 : wd === 6 && h >= 6 && h < 14 ? 0.6 : 0.15;
    temp[i] = outdoorTemperature(weather, ms);
  }
  const noise = (code: string, period: number, amp: number) => addSmooth(new Float64Array(count), key(code, 's'), fromMinute, period, amp);
  const white = (code: string, sd: number) => addWhite(new Float64Array(count), key(code, 'w'), fromMinute, sd);
  const chillerLf = noise('chiller_001', 40, 0.05);
  const chillerW = white('chiller_001', 1);
  const chillerP = new Float64Array(count);
  const chw = new Float64Array(count);
  const ahu = noise('ahu_001', 30, 0.03);
  const comp = new Float64Array(count);
  const compW = white('compressor_001', 1);
  const em = noise('em_001', 60, 4);
  for (let i = 0; i < count; i++) {
    const lf = clamp(0.45 + 0.02 * (temp[i] - 10) + 0.2 * shift[i] + chillerLf[i], 0.2, 1);
    chillerP[i] = 120 * lf * 0.68 * (1 + 0.006 * chillerW[i]);
    chw[i] = -4 + 0.6 * lf + 0.05 * chillerW[i];
    ahu[i] = 7.5 * (0.35 + 0.45 * shift[i]) * (1 + ahu[i]);
    const loaded = (fromMinute + i) % 8 < Math.round(8 * clamp(0.25 + 0.6 * shift[i], 0.2, 1));
    comp[i] = 30 * (loaded ? 1 : 0.27) * (1 + 0.01 * compW[i]);
    em[i] = chillerP[i] + ahu[i] + comp[i] + 11 * 0.8 + 60 + 90 * shift[i] + em[i];
  }
  const perMinute = (p: Float64Array) => p.map((x) => x / 60);
  return new Map([
    ['chiller_001/active_power_kw', chillerP],
    ['chiller_001/energy_kwh', perMinute(chillerP)],
    ['chiller_001/chw_supply_temp_c', chw],
    ['ahu_001/active_power_kw', ahu],
    ['compressor_001/active_power_kw', comp],
    ['compressor_001/energy_kwh', perMinute(comp)],
    ['em_001/active_power_kw', em],
    ['em_001/energy_kwh', perMinute(em)],
  ]);
}
