// Small deterministic plants for the readings tests: an organization, sites in chosen zones,
// equipment, metrics, series and points written straight into the tables.
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../database/create-database.js';
import { refreshRollups } from '../../database/rollup-refresh.js';
import { DEMO_ORGANIZATION_ID } from '../../common/tenancy.js';

export const ORG = DEMO_ORGANIZATION_ID;

export function equipmentId(n: number): string {
  return `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
export function siteId(n: number): string {
  return `50000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export interface PlantOptions {
  sites?: { zone: string }[];
  /** Equipment per site. */
  equipmentPerSite?: number;
  metrics?: { name: string; unit: string; kind: 'gauge' | 'counter' }[];
}

export const DEFAULT_METRICS = [
  { name: 'active_power_kw', unit: 'kW', kind: 'gauge' as const },
  { name: 'energy_kwh', unit: 'kWh', kind: 'counter' as const },
  { name: 'power_factor', unit: '', kind: 'gauge' as const },
];

/** Organization, sites, equipment (code eq_NNN) and metrics; no series yet. */
export async function createPlant(h: DatabaseHandle, options: PlantOptions = {}): Promise<{ equipment: { id: string; code: string; siteId: string; zone: string }[] }> {
  const sites = options.sites ?? [{ zone: 'Asia/Kolkata' }];
  const per = options.equipmentPerSite ?? 2;
  await sql`insert into platform.organizations (id, slug, name) values (${ORG}, 'demo', 'Demo') on conflict do nothing`.execute(h.db);
  await sql`insert into assets.equipment_types (id, name, category) values ('chiller', 'Water Chiller', 'major_equipment') on conflict do nothing`.execute(h.db);
  for (const m of options.metrics ?? DEFAULT_METRICS) {
    await sql`insert into readings.metrics (name, unit, kind) values (${m.name}, ${m.unit}, ${m.kind}) on conflict do nothing`.execute(h.db);
  }
  const equipment: { id: string; code: string; siteId: string; zone: string }[] = [];
  let n = 0;
  for (const [i, s] of sites.entries()) {
    await sql`insert into assets.sites (id, organization_id, kind, code, name, time_zone) values (${siteId(i + 1)}, ${ORG}, 'factory', ${`site_${i + 1}`}, ${`Site ${i + 1}`}, ${s.zone})`.execute(h.db);
    for (let j = 0; j < per; j++) {
      n++;
      const code = `eq_${String(n).padStart(3, '0')}`;
      await sql`insert into assets.equipment (id, organization_id, site_id, type_id, code, name) values (${equipmentId(n)}, ${ORG}, ${siteId(i + 1)}, 'chiller', ${code}, ${`Equipment ${n}`})`.execute(h.db);
      equipment.push({ id: equipmentId(n), code, siteId: siteId(i + 1), zone: s.zone });
    }
  }
  return { equipment };
}

/** Creates (or finds) the series of an equipment's metric. */
export async function createSeries(h: DatabaseHandle, eq: { id: string; zone: string }, metric: string, intervalSeconds = 60): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    insert into readings.series (organization_id, equipment_id, metric_id, time_zone, data_interval_seconds)
    select ${ORG}, ${eq.id}, id, ${eq.zone}, ${intervalSeconds} from readings.metrics where name = ${metric}
    returning id`.execute(h.db);
  return rows[0].id;
}

export async function createSiteSeries(h: DatabaseHandle, site: string, zone: string, metric: string): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    insert into readings.series (organization_id, site_id, metric_id, time_zone, data_interval_seconds)
    select ${ORG}, ${site}, id, ${zone}, 60 from readings.metrics where name = ${metric}
    returning id`.execute(h.db);
  return rows[0].id;
}

/**
 * Minute points over [from, to) following a deterministic wave (seeded by the series id), with
 * an optional hole; rollups refreshed afterwards.
 */
export async function writeWave(h: DatabaseHandle, seriesId: number, from: string, to: string, options: { stepSeconds?: number; holeFrom?: string; holeTo?: string } = {}): Promise<void> {
  const step = `${options.stepSeconds ?? 60} seconds`;
  await sql`
    insert into readings.points (series_id, time, value)
    select ${seriesId}, t, round((100 + 40 * sin(extract(epoch from t) / 5400.0 + ${seriesId}) + 7 * cos(extract(epoch from t) / 611.0 * ${seriesId}))::numeric, 3)::float8
    from generate_series(${from}::timestamptz, ${to}::timestamptz - interval '1 microsecond', ${step}::interval) t
    where not (t >= coalesce(${options.holeFrom ?? null}::timestamptz, 'infinity') and t < coalesce(${options.holeTo ?? null}::timestamptz, 'infinity'))
    on conflict do nothing`.execute(h.db);
  await refreshRollups(h.db, [seriesId], new Date(from), new Date(to));
}
