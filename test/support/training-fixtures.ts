// A small deterministic plant for the training tests, until the simulator's seeding API lands:
// two sites with outdoor temperature, chillers, pumps and AHUs with 1-minute readings over 12
// hours, a hole in one series (missing metrics), and injected spikes, drifts and stuck sensors
// recorded in readings.anomalies with origin 'injected'. Values are a daily wave plus hash noise,
// computed in SQL, so the data is the same on every engine.
import { sql } from 'kysely';
import { DEMO_ORGANIZATION_ID } from '../../common/tenancy.js';
import type { DatabaseHandle } from '../../database/create-database.js';
import { refreshRollups } from '../../database/rollup-refresh.js';

export const ORG = DEMO_ORGANIZATION_ID;
export const FROM = '2024-06-15T00:00:00Z';
export const TO = '2024-06-15T12:00:00Z';
/** chiller_002's cooling_load_tr has no readings in [HOLE_FROM, HOLE_TO). */
export const HOLE_FROM = '2024-06-15T06:00:00Z';
export const HOLE_TO = '2024-06-15T06:30:00Z';

export const METRICS = [
  { name: 'active_power_kw', unit: 'kW', kind: 'gauge' },
  { name: 'energy_kwh', unit: 'kWh', kind: 'counter' },
  { name: 'voltage_v', unit: 'V', kind: 'gauge' },
  { name: 'current_a', unit: 'A', kind: 'gauge' },
  { name: 'power_factor', unit: '', kind: 'gauge' },
  { name: 'cooling_load_tr', unit: 'TR', kind: 'gauge' },
  { name: 'flow_m3h', unit: 'm³/h', kind: 'gauge' },
  { name: 'airflow_cfm', unit: 'CFM', kind: 'gauge' },
  { name: 'outdoor_temp_c', unit: '°C', kind: 'gauge' },
] as const;

const TYPE_METRICS: Record<string, string[]> = {
  chiller: ['active_power_kw', 'energy_kwh', 'voltage_v', 'current_a', 'power_factor', 'cooling_load_tr'],
  pump: ['active_power_kw', 'energy_kwh', 'voltage_v', 'current_a', 'power_factor', 'flow_m3h'],
  ahu: ['active_power_kw', 'energy_kwh', 'voltage_v', 'power_factor', 'airflow_cfm'],
};

/** Typical level of each metric per type; equipment n scales it by 1 + 0.07·n. */
const LEVEL: Record<string, Record<string, number>> = {
  chiller: { active_power_kw: 180, energy_kwh: 3, voltage_v: 415, current_a: 280, power_factor: 0.9, cooling_load_tr: 220 },
  pump: { active_power_kw: 30, energy_kwh: 0.5, voltage_v: 415, current_a: 50, power_factor: 0.86, flow_m3h: 300 },
  ahu: { active_power_kw: 12, energy_kwh: 0.2, voltage_v: 415, power_factor: 0.88, airflow_cfm: 12000 },
};

export function siteId(n: number): string {
  return `51000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
export function equipmentId(n: number): string {
  return `e1000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export interface FixtureEquipment {
  id: string;
  code: string;
  type: string;
  siteId: string;
  zone: string;
}

export interface InjectedAnomaly {
  code: string;
  metric: string;
  kind: 'spike' | 'drift' | 'stuck';
  startsAt: string;
  endsAt: string;
}

/** Spikes (3 minutes at +6σ-ish), drifts (40-minute ramp) and stuck sensors (45 minutes flat). */
export const INJECTED: InjectedAnomaly[] = [
  { code: 'chiller_001', metric: 'active_power_kw', kind: 'spike', startsAt: '2024-06-15T03:10:00Z', endsAt: '2024-06-15T03:12:00Z' },
  { code: 'chiller_003', metric: 'cooling_load_tr', kind: 'spike', startsAt: '2024-06-15T08:20:00Z', endsAt: '2024-06-15T08:22:00Z' },
  { code: 'pump_002', metric: 'active_power_kw', kind: 'spike', startsAt: '2024-06-15T05:00:00Z', endsAt: '2024-06-15T05:02:00Z' },
  { code: 'ahu_001', metric: 'airflow_cfm', kind: 'spike', startsAt: '2024-06-15T09:40:00Z', endsAt: '2024-06-15T09:43:00Z' },
  { code: 'chiller_002', metric: 'active_power_kw', kind: 'drift', startsAt: '2024-06-15T07:00:00Z', endsAt: '2024-06-15T07:39:00Z' },
  { code: 'pump_001', metric: 'flow_m3h', kind: 'drift', startsAt: '2024-06-15T02:00:00Z', endsAt: '2024-06-15T02:39:00Z' },
  { code: 'chiller_004', metric: 'power_factor', kind: 'stuck', startsAt: '2024-06-15T04:00:00Z', endsAt: '2024-06-15T04:44:00Z' },
];

export interface TrainingPlant {
  equipment: FixtureEquipment[];
  byCode: Map<string, FixtureEquipment>;
  seriesIds: number[];
}

export async function createTrainingPlant(h: DatabaseHandle): Promise<TrainingPlant> {
  const db = h.db;
  await sql`insert into platform.organizations (id, slug, name) values (${ORG}, 'demo', 'Demo') on conflict do nothing`.execute(db);
  for (const [id, name] of [['chiller', 'Water Chiller'], ['pump', 'Pump'], ['ahu', 'Air Handling Unit']]) {
    await sql`insert into assets.equipment_types (id, name, category) values (${id}, ${name}, 'major_equipment') on conflict do nothing`.execute(db);
  }
  for (const m of METRICS) await sql`insert into readings.metrics (name, unit, kind) values (${m.name}, ${m.unit}, ${m.kind}) on conflict do nothing`.execute(db);
  const sites = [
    { id: siteId(1), code: 'plant_a', name: 'Plant A', zone: 'Asia/Kolkata', temp: 31 },
    { id: siteId(2), code: 'plant_b', name: 'Plant B', zone: 'Asia/Kolkata', temp: 30 },
  ];
  for (const s of sites) {
    await sql`insert into assets.sites (id, organization_id, kind, code, name, time_zone) values (${s.id}, ${ORG}, 'factory', ${s.code}, ${s.name}, ${s.zone})`.execute(db);
  }
  // AHUs stand in a room inside Plant A: their outdoor temperature is Plant A's.
  const room = { id: siteId(3), code: 'ahu_room', name: 'AHU Room', zone: 'Asia/Kolkata', temp: 0 };
  await sql`insert into assets.sites (id, organization_id, parent_id, kind, code, name, time_zone) values (${room.id}, ${ORG}, ${sites[0].id}, 'room', ${room.code}, ${room.name}, ${room.zone})`.execute(db);
  const layout: [string, number][] = [['chiller', 4], ['pump', 3], ['ahu', 2]];
  const equipment: FixtureEquipment[] = [];
  let n = 0;
  for (const [type, count] of layout) {
    for (let i = 1; i <= count; i++) {
      n++;
      const site = type === 'ahu' ? room : sites[i % 2];
      const code = `${type}_${String(i).padStart(3, '0')}`;
      await sql`insert into assets.equipment (id, organization_id, site_id, type_id, code, name, location)
                values (${equipmentId(n)}, ${ORG}, ${site.id}, ${type}, ${code}, ${`${type === 'ahu' ? 'AHU' : type[0].toUpperCase() + type.slice(1)} ${i}`}, ${`${type} room`})`.execute(db);
      equipment.push({ id: equipmentId(n), code, type, siteId: site.id, zone: site.zone });
    }
  }
  const seriesIds: number[] = [];
  // Site outdoor temperature: a daily wave peaking mid-afternoon local time.
  for (const s of sites) {
    const { rows } = await sql<{ id: number }>`
      insert into readings.series (organization_id, site_id, metric_id, time_zone, data_interval_seconds)
      select ${ORG}, ${s.id}, id, ${s.zone}, 60 from readings.metrics where name = 'outdoor_temp_c' returning id`.execute(db);
    const sid = rows[0].id;
    seriesIds.push(sid);
    await sql`
      insert into readings.points (series_id, time, value)
      select ${sid}, t, round((${s.temp} + 4 * sin(2 * pi() * (extract(epoch from t) - 21600) / 86400.0)
                               + 0.3 * ((sin(extract(epoch from t) * 12.9898 + ${sid} * 78.233) * 43758.5453) - floor(sin(extract(epoch from t) * 12.9898 + ${sid} * 78.233) * 43758.5453) - 0.5))::numeric, 2)::float8
      from generate_series(${FROM}::timestamptz, ${TO}::timestamptz - interval '1 minute', interval '1 minute') t`.execute(db);
  }
  for (const [idx, e] of equipment.entries()) {
    for (const metric of TYPE_METRICS[e.type]) {
      const { rows } = await sql<{ id: number }>`
        insert into readings.series (organization_id, equipment_id, metric_id, time_zone, data_interval_seconds)
        select ${ORG}, ${e.id}, id, ${e.zone}, 60 from readings.metrics where name = ${metric} returning id`.execute(db);
      const sid = rows[0].id;
      seriesIds.push(sid);
      const level = LEVEL[e.type][metric] * (metric === 'voltage_v' || metric === 'power_factor' ? 1 : 1 + 0.07 * (idx % 4));
      // Waves for load-like metrics, near-constant with noise for voltage and power factor.
      const wave = metric === 'voltage_v' || metric === 'power_factor' ? 0.003 : 0.15;
      const noise = metric === 'voltage_v' || metric === 'power_factor' ? 0.002 : 0.02;
      const hole = e.code === 'chiller_002' && metric === 'cooling_load_tr';
      await sql`
        insert into readings.points (series_id, time, value)
        select ${sid}, t, round((${level} * (1 + ${wave} * sin(2 * pi() * extract(epoch from t) / 86400.0 + ${idx})
               + ${noise} * (3 * (((sin(extract(epoch from t) * 12.9898 + ${sid} * 78.233) * 43758.5453) - floor(sin(extract(epoch from t) * 12.9898 + ${sid} * 78.233) * 43758.5453)) - 0.5))))::numeric, 4)::float8
        from generate_series(${FROM}::timestamptz, ${TO}::timestamptz - interval '1 minute', interval '1 minute') t
        where not (${hole} and t >= ${HOLE_FROM}::timestamptz and t < ${HOLE_TO}::timestamptz)`.execute(db);
    }
  }
  const byCode = new Map(equipment.map((e) => [e.code, e]));
  for (const a of INJECTED) {
    const e = byCode.get(a.code)!;
    const { rows } = await sql<{ id: number; level: number }>`
      select s.id, (select avg(value) from readings.points where series_id = s.id) as level
      from readings.pub_series s where s.equipment_id = ${e.id} and s.metric = ${a.metric}`.execute(db);
    const { id: sid, level } = rows[0];
    if (a.kind === 'spike') {
      await sql`update readings.points set value = value + ${level * 0.6} where series_id = ${sid} and time between ${a.startsAt}::timestamptz and ${a.endsAt}::timestamptz`.execute(db);
    } else if (a.kind === 'drift') {
      await sql`update readings.points set value = value + ${level * 0.5} * extract(epoch from time - ${a.startsAt}::timestamptz) / 2340.0
                where series_id = ${sid} and time between ${a.startsAt}::timestamptz and ${a.endsAt}::timestamptz`.execute(db);
    } else {
      await sql`update readings.points set value = (select value from readings.points where series_id = ${sid} and time = ${a.startsAt}::timestamptz)
                where series_id = ${sid} and time between ${a.startsAt}::timestamptz and ${a.endsAt}::timestamptz`.execute(db);
    }
    await sql`insert into readings.anomalies (series_id, starts_at, ends_at, kind, origin, magnitude, description)
              values (${sid}, ${a.startsAt}::timestamptz, ${a.endsAt}::timestamptz, ${a.kind}, 'injected', ${a.kind === 'stuck' ? null : level * 0.6}, ${`${a.kind} on ${a.code} ${a.metric}`})`.execute(db);
  }
  await refreshRollups(db, seriesIds, new Date(FROM), new Date(TO));
  return { equipment, byCode, seriesIds };
}
