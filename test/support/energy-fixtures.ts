// The EnMS part of the demo plant for the energy tests, built from the plant simulator's own
// generators (database/simulator: weatherDays, machineDays, ENERGY_TRUTH) and written straight
// into the tables: the simulator's seeding API (seedPlant) had not landed when these tests were
// written, so this stands in for it with the same ids, names, metrics and ground truth.
// Points dated before the simulator's REAL_DATA_FROM are flagged backfill (source 1), as it does.
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../database/create-database.js';
import { refreshRollups } from '../../database/rollup-refresh.js';
import { machineDays, REAL_DATA_FROM, weatherDays } from '../../database/simulator/enms-history.js';
import { CARBON_FACTORS, ENERGY_SOURCES, RELEVANT_VARIABLES, SEUS, TARIFFS } from '../../database/simulator/energy-catalog.js';
import { ENMS_MACHINES } from '../../database/simulator/enms-machines.js';
import { DEMO_ORG } from '../../database/simulator/organizations.js';
import { siteByCode } from '../../database/simulator/sites.js';

export const ORG = DEMO_ORG.id;
export const SEED = 20241124;


const METRICS: [string, string, 'gauge' | 'counter'][] = [
  ['energy_kwh', 'kWh', 'counter'],
  ['production_count', 'units', 'counter'],
  ['natural_gas_m3', 'm³', 'counter'],
  ['steam_kg', 'kg', 'counter'],
  ['compressed_air_nm3', 'Nm³', 'counter'],
  ['outdoor_temp_c', '°C', 'gauge'],
  ['discharge_pressure_bar', 'bar', 'gauge'],
];

const SOURCE_METRIC = { electricity: 'energy_kwh', natural_gas: 'natural_gas_m3', steam: 'steam_kg', compressed_air: 'compressed_air_nm3' } as const;

export function machine(code: string) {
  const m = ENMS_MACHINES.find((x) => x.code === code);
  if (!m) throw new Error(`no EnMS machine ${code}`);
  return m;
}

async function insertPoints(h: DatabaseHandle, series: number[], times: string[], values: number[], sources: number[]): Promise<void> {
  const CHUNK = 20000;
  for (let i = 0; i < series.length; i += CHUNK) {
    await sql`
      insert into readings.points (series_id, time, value, source)
      select * from unnest(${series.slice(i, i + CHUNK)}::int[], ${times.slice(i, i + CHUNK)}::timestamptz[], ${values.slice(i, i + CHUNK)}::float8[], ${sources.slice(i, i + CHUNK)}::smallint[])`.execute(h.db);
  }
}

/** The simulator's energy catalog (database/simulator/energy-catalog.ts): sources, variables, tariffs, carbon factors. */
export async function seedEnergyCatalog(h: DatabaseHandle): Promise<void> {
  for (const s of ENERGY_SOURCES) {
    await sql`insert into energy.energy_sources (id, organization_id, name, display_name, unit, unit_spoken, cost_per_unit, carbon_intensity, consumption_metric, synonyms)
      values (${s.id}, ${ORG}, ${s.name}, ${s.displayName}, ${s.unit}, ${s.unitSpoken}, ${s.costPerUnit}, ${s.carbonIntensity}, ${s.consumptionMetric}, ${s.synonyms}::text[])`.execute(h.db);
  }
  for (const v of RELEVANT_VARIABLES) {
    await sql`insert into energy.relevant_variables (id, organization_id, energy_source_id, name, display_name, kind, metric, scope, aggregation, base_temperature, unit, synonyms, description)
      values (${v.id}, ${ORG}, null, ${v.name}, ${v.displayName}, ${v.kind}, ${v.metric}, ${v.scope}, ${v.aggregation}, ${v.baseTemperature}, ${v.unit}, ${v.synonyms}::text[], ${v.description})`.execute(h.db);
  }
  for (const t of TARIFFS) {
    await sql`insert into energy.tariffs (id, organization_id, energy_source_id, site_id, name, currency, valid_from, valid_to, default_price, periods)
      values (${t.id}, ${ORG}, ${t.energySourceId}, ${t.siteId}, ${t.name}, ${t.currency}, ${t.validFrom}, ${t.validTo}, ${t.defaultPrice}, ${JSON.stringify(t.periods)}::jsonb)`.execute(h.db);
  }
  for (const f of CARBON_FACTORS) {
    await sql`insert into energy.carbon_factors (id, organization_id, energy_source_id, site_id, valid_from, valid_to, kg_co2e_per_unit, source)
      values (${f.id}, ${ORG}, ${f.energySourceId}, ${f.siteId}, ${f.validFrom}, ${f.validTo}, ${f.kgCo2ePerUnit}, ${f.source})`.execute(h.db);
  }
}

export interface EnmsPlantOptions {
  machines: string[];
  from: string;
  to: string;
  /** Add an hourly discharge_pressure_bar gauge on compressors (not in the simulator's truth). */
  pressure?: boolean;
  /** Create one SEU per machine × truth source (named like the machine). */
  seus?: boolean;
}

/** Organization, sites, the chosen EnMS machines, their hourly readings and the energy catalog. */
export async function seedEnmsPlant(h: DatabaseHandle, options: EnmsPlantOptions): Promise<void> {
  await sql`insert into platform.organizations (id, slug, name) values (${ORG}, ${DEMO_ORG.slug}, ${DEMO_ORG.name}) on conflict do nothing`.execute(h.db);
  for (const [name, unit, kind] of METRICS) await sql`insert into readings.metrics (name, unit, kind) values (${name}, ${unit}, ${kind}) on conflict do nothing`.execute(h.db);
  const machines = options.machines.map(machine);
  const siteCodes = [...new Set(machines.map((m) => m.siteCode))];
  const allSeries: number[] = [];
  for (const code of siteCodes) {
    const site = siteByCode(ORG, code);
    await sql`insert into assets.sites (id, organization_id, kind, code, name, time_zone) values (${site.id}, ${ORG}, ${site.kind}, ${site.code}, ${site.name}, ${site.timeZone}) on conflict do nothing`.execute(h.db);
    // weatherDays takes an exclusive end date.
    const end = new Date(`${options.to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    const weather = weatherDays(site, SEED, options.from, end.toISOString().slice(0, 10));
    const { rows } = await sql<{ id: number }>`insert into readings.series (organization_id, site_id, metric_id, time_zone, data_interval_seconds)
      select ${ORG}, ${site.id}, id, ${site.timeZone}, 3600 from readings.metrics where name = 'outdoor_temp_c' returning id`.execute(h.db);
    const sid = rows[0].id;
    allSeries.push(sid);
    const s: number[] = [], t: string[] = [], v: number[] = [], src: number[] = [];
    for (const d of weather) {
      d.hours.forEach((ms, i) => {
        s.push(sid);
        t.push(new Date(ms).toISOString());
        v.push(d.temperature[i]);
        src.push(d.date < REAL_DATA_FROM ? 1 : 0);
      });
    }
    await insertPoints(h, s, t, v, src);
    for (const m of machines.filter((x) => x.siteCode === code)) {
      await sql`insert into assets.equipment_types (id, name, category) values (${m.typeId}, ${m.typeId}, 'major_equipment') on conflict do nothing`.execute(h.db);
      await sql`insert into assets.equipment (id, organization_id, site_id, type_id, code, name, data_interval_seconds) values (${m.id}, ${ORG}, ${site.id}, ${m.typeId}, ${m.code}, ${m.name}, 3600)`.execute(h.db);
      const days = machineDays(m, site, weather, SEED);
      const metrics = ['energy_kwh', 'production_count', ...m.otherSources.map((x) => SOURCE_METRIC[x])];
      if (options.pressure && m.typeId === 'compressor') metrics.push('discharge_pressure_bar');
      const ids: Record<string, number> = {};
      for (const metric of metrics) {
        const r = await sql<{ id: number }>`insert into readings.series (organization_id, equipment_id, metric_id, time_zone, data_interval_seconds)
          select ${ORG}, ${m.id}, id, ${site.timeZone}, 3600 from readings.metrics where name = ${metric} returning id`.execute(h.db);
        ids[metric] = r.rows[0].id;
        allSeries.push(r.rows[0].id);
      }
      const s2: number[] = [], t2: string[] = [], v2: number[] = [], src2: number[] = [];
      const push = (metric: string, ms: number, value: number, date: string) => {
        s2.push(ids[metric]);
        t2.push(new Date(ms).toISOString());
        v2.push(value);
        src2.push(date < REAL_DATA_FROM ? 1 : 0);
      };
      for (const d of days) {
        d.hours.forEach((ms, i) => {
          push('production_count', ms, d.production[i], d.date);
          for (const [source, c] of Object.entries(d.consumption)) push(SOURCE_METRIC[source as keyof typeof SOURCE_METRIC], ms, c!.hourly[i], d.date);
          if (ids.discharge_pressure_bar) push('discharge_pressure_bar', ms, Math.round((7 + 0.4 * Math.sin(ms / 3.1e7) + 0.2 * Math.sin(ms / 7.7e5)) * 1000) / 1000, d.date);
        });
      }
      await insertPoints(h, s2, t2, v2, src2);
    }
  }
  const from = new Date(`${options.from}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - 1);
  const to = new Date(`${options.to}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 2);
  await refreshRollups(h.db, allSeries, from, to);
  await seedEnergyCatalog(h);
  if (options.seus !== false) {
    const machineIds = new Set(machines.map((m) => m.id));
    for (const seu of SEUS.filter((x) => x.equipmentIds.every((id) => machineIds.has(id)))) {
      await sql`insert into energy.seus (id, organization_id, name, description, energy_source_id) values (${seu.id}, ${ORG}, ${seu.name}, ${seu.description}, ${seu.energySourceId})`.execute(h.db);
      for (const e of seu.equipmentIds) await sql`insert into energy.seu_equipment (seu_id, equipment_id) values (${seu.id}, ${e})`.execute(h.db);
    }
  }
}

/** Runs operations against the energy subgraph's schema in-process, with the real context, loaders and error formatting. */
export async function energyClient(h: DatabaseHandle) {
  const { ApolloServer } = await import('@apollo/server');
  const { buildSchema } = await import('../../common/subgraph.js');
  const { createFormatError } = await import('../../common/format-error.js');
  const { energySubgraph } = await import('../../subgraphs/energy/index.js');
  const { loadConfig } = await import('../../common/config.js');
  const { createLogger } = await import('../../common/logger.js');
  const { ApolloServerPluginInlineTraceDisabled } = await import('@apollo/server/plugin/disabled');
  const server = new ApolloServer({ schema: buildSchema(energySubgraph), formatError: createFormatError({ maskInternal: false }), plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  const config = loadConfig();
  return {
    async run<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; errors?: { message: string; extensions: Record<string, any> }[] }> {
      const res = await server.executeOperation(
        { query, variables },
        { contextValue: { db: h.db, identity: { subject: 'test', organizationId: ORG, roles: ['engineer'] }, organizationId: ORG, requestId: 'test', config, logger: createLogger({}, 'silent'), loaders: energySubgraph.createLoaders(h.db, ORG, config) } },
      );
      if (res.body.kind !== 'single') throw new Error('incremental response');
      return res.body.singleResult as never;
    },
    /** Like run, but fails on any GraphQL error. */
    async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const r = await this.run<T>(query, variables);
      if (r.errors?.length) throw new Error(JSON.stringify(r.errors, null, 2));
      return r.data;
    },
    stop: () => server.stop(),
  };
}
