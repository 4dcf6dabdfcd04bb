// Loads the simulated plants into a database: structure, readings (bulk COPY), anomalies,
// alerts, statuses, rollups, and a 'seed' setting that makes the load idempotent.
import cliProgress from 'cli-progress';
import { type Kysely, sql } from 'kysely';
import { copyPoints, refreshRollupsAfterBulkLoad, rollupBatches, type RollupBatch } from '../bulk-copy.js';
import type { DatabaseHandle } from '../create-database.js';
import type { Database } from '../database.js';
import { storageMode } from '../storage-mode.js';
import { CARBON_FACTORS, ENERGY_SOURCES, RELEVANT_VARIABLES, SEUS, TARIFFS } from './energy-catalog.js';
import { generateReadings, type Generation, type PointJob } from './generate-readings.js';
import { SIMULATED_ORGS } from './organizations.js';
import { allEquipment, plantStructure, structureFingerprint, type PlantStructure } from './plant-structure.js';
import { jobChunks, jobHash, seedChecksum, TimeGrids } from './point-text.js';
import { resolveOptions, type ResolvedOptions, type SeedOptions } from './seed-options.js';
import { siteByCode } from './sites.js';

export const SEED_SETTING = 'seed';

export interface SeedInfo {
  scale: string;
  seed: number;
  end: string;
  checksum: string;
  points: number;
  series: number;
  equipment: number;
  windowHours: number;
  enms: { from: string; to: string } | null;
  history: { codes: string[]; from: string } | null;
  filters: string[] | null;
  anomalies: number;
  alerts: number;
  range: { from: string; to: string } | null;
}

export interface SeedReport extends SeedInfo {
  /** True when a seed was already present and nothing was loaded. */
  skipped: boolean;
  engine: 'postgres' | 'pglite';
  seconds: number;
  generateSeconds: number;
  copySeconds: number;
  pointsPerSecond: number;
  rollupSeconds: number;
}

export type SeedPhase = 'clear' | 'structure' | 'generate' | 'copy' | 'events' | 'rollups';
export type SeedProgress = (phase: SeedPhase, done: number, total: number) => void;

export async function seedInfo(db: Kysely<Database>): Promise<SeedInfo | null> {
  const row = await db.selectFrom('platform.settings').select('value').where('key', '=', SEED_SETTING).executeTakeFirst();
  return row ? (JSON.parse(row.value) as SeedInfo) : null;
}

export async function isSeeded(db: Kysely<Database>): Promise<boolean> {
  return (await seedInfo(db)) !== null;
}

/** Events and statuses as canonical JSON, the last input of the checksum. */
function eventsFingerprint(g: Generation): string {
  return JSON.stringify({
    anomalies: g.anomalies,
    alerts: g.alerts,
    statusHistory: g.statusHistory,
    current: [...g.current.entries()],
  });
}

/** Generates without a database: the checksum and point count a seed with these options would store. */
export function simulatePlant(options: SeedOptions): { checksum: string; points: number; generation: Generation } {
  const o = resolveOptions(options);
  const structure = plantStructure();
  const generation = generateReadings(o, structure);
  const grids = new TimeGrids();
  const digests = generation.jobs.map((job) => {
    const hash = jobHash(job);
    for (const _ of jobChunks(job, 0, grids, hash));
    return hash.digest('hex');
  });
  return { checksum: seedChecksum(structureFingerprint(structure), digests, eventsFingerprint(generation)), points: generation.points, generation };
}

function progressBar(enabled: boolean | undefined): { update: SeedProgress; stop: () => void } {
  if (!enabled) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: '{phase} |{bar}| {percentage}% {value}/{total} {unit}', hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let phase = '';
  const units: Record<SeedPhase, string> = { clear: 'steps', structure: 'steps', generate: 'blocks', copy: 'points', events: 'steps', rollups: 'batches' };
  return {
    update(p, done, total) {
      if (p !== phase) {
        if (phase) bar.stop();
        phase = p;
        bar.start(total, done, { phase: p.padEnd(9), unit: units[p] });
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (phase) bar.stop();
    },
  };
}

export async function seedPlant(handle: DatabaseHandle, options: SeedOptions = {}, onProgress?: SeedProgress): Promise<SeedReport> {
  const started = performance.now();
  const o = resolveOptions(options);
  if (o.scale === 'bench' && handle.engine.kind !== 'postgres') {
    throw new Error('the bench scale needs a PostgreSQL server (tens of millions of points): set DATABASE_URL, or use --scale demo for the embedded database');
  }
  const engine = handle.engine.kind;
  const existing = await seedInfo(handle.db);
  if (existing && !options.force) {
    return { ...existing, skipped: true, engine, seconds: 0, generateSeconds: 0, copySeconds: 0, pointsPerSecond: 0, rollupSeconds: 0 };
  }
  const bar = progressBar(options.progress);
  const progress: SeedProgress = (p, d, t) => {
    bar.update(p, d, t);
    onProgress?.(p, d, t);
  };
  try {
    await handle.db.deleteFrom('platform.settings').where('key', '=', SEED_SETTING).execute();
    progress('clear', 0, 1);
    await clearSimulatedData(handle);
    progress('clear', 1, 1);

    const structure = plantStructure();
    progress('structure', 0, 1);
    const seriesIds = await writeStructure(handle.db, structure);
    progress('structure', 1, 1);

    const genStart = performance.now();
    const generation = generateReadings(o, structure, (d, t) => progress('generate', d, t));
    const generateSeconds = (performance.now() - genStart) / 1000;

    const { digests, seconds: copySeconds } = await loadPoints(handle, generation, seriesIds, o, (d, t) => progress('copy', d, t));

    progress('events', 0, 1);
    await writeEvents(handle.db, structure, generation, seriesIds);
    progress('events', 1, 1);

    const batches: RollupBatch[] = generation.rollups.flatMap((r) => {
      const jobs = new Map(generation.jobs.map((j) => [j.series.key, j]));
      const series = r.seriesKeys.map((k) => ({ id: seriesIds.get(k)!, points: jobs.get(k)?.values.length ?? 0 }));
      return rollupBatches(series, new Date(r.fromMs), new Date(r.toMs), engine === 'postgres' ? 1_000_000 : 200_000);
    });
    const rollups = await refreshRollupsAfterBulkLoad(handle, batches, (d, t) => progress('rollups', d, t));
    // Fresh planner statistics: PGlite has no autovacuum, and a server's would come minutes late.
    const timescale = (await storageMode(handle.db)) === 'timescaledb';
    const analyzed = ['readings.points', 'readings.series', 'readings.rollup_1d', 'readings.anomalies', 'readings.alerts', 'assets.equipment', 'assets.equipment_relations', 'assets.status_history'];
    await sql.raw(`analyze ${[...analyzed, ...(timescale ? [] : ['readings.rollup_15m', 'readings.rollup_1h'])].join(', ')}`).execute(handle.db);

    const checksum = seedChecksum(structureFingerprint(structure), digests, eventsFingerprint(generation));
    const fromMs = generation.jobs.length ? Math.min(...generation.jobs.map((j) => j.startMs)) : null;
    const info: SeedInfo = {
      scale: o.scale,
      seed: o.seed,
      end: new Date(o.endMs).toISOString(),
      checksum,
      points: generation.points,
      series: generation.jobs.length,
      equipment: allEquipment(structure).length,
      windowHours: generation.windowHours,
      enms: o.enms,
      history: o.history ? { codes: o.history.codes, from: new Date(o.history.fromMs).toISOString() } : null,
      filters: o.equipment,
      anomalies: generation.anomalies.length,
      alerts: generation.alerts.length,
      range: fromMs === null ? null : { from: new Date(fromMs).toISOString(), to: new Date(o.endMs).toISOString() },
    };
    await handle.db.insertInto('platform.settings').values({ key: SEED_SETTING, value: JSON.stringify(info) }).execute();
    return {
      ...info,
      skipped: false,
      engine,
      seconds: (performance.now() - started) / 1000,
      generateSeconds,
      copySeconds,
      pointsPerSecond: copySeconds > 0 ? generation.points / copySeconds : 0,
      rollupSeconds: rollups.seconds,
    };
  } finally {
    bar.stop();
  }
}

/** Splits jobs (in series-id order) into `n` contiguous runs of about equal size. */
function partition(jobs: PointJob[], n: number): PointJob[][] {
  const total = jobs.reduce((s, j) => s + j.values.length, 0);
  const parts: PointJob[][] = [[]];
  let size = 0;
  for (const j of jobs) {
    if (size >= (total / n) * parts.length && parts.length < n) parts.push([]);
    parts[parts.length - 1].push(j);
    size += j.values.length;
  }
  return parts.filter((p) => p.length);
}

async function loadPoints(
  handle: DatabaseHandle,
  g: Generation,
  seriesIds: Map<string, number>,
  o: ResolvedOptions,
  progress: (done: number, total: number) => void,
): Promise<{ digests: string[]; seconds: number }> {
  const hashes = g.jobs.map((job) => jobHash(job));
  const order = g.jobs.map((job, i) => ({ job, i, id: seriesIds.get(job.series.key)! })).sort((a, b) => a.id - b.id);
  const streams = handle.engine.kind === 'postgres' ? o.copyStreams : 1;
  const parts = partition(order.map((x) => x.job), streams);
  const indexOf = new Map(order.map((x) => [x.job, x]));
  let done = 0;
  progress(0, g.points);
  const sources = parts.map(function* (jobs) {
    const grids = new TimeGrids();
    for (const job of jobs) {
      const { i, id } = indexOf.get(job)!;
      yield* jobChunks(job, id, grids, hashes[i]);
    }
  });
  const result = await copyPoints(handle, sources, (rows) => progress((done += rows), g.points));
  return { digests: hashes.map((h) => h.digest('hex')), seconds: result.seconds };
}

const json = (x: unknown) => JSON.stringify(x);

async function writeStructure(db: Kysely<Database>, s: PlantStructure): Promise<Map<string, number>> {
  return db.transaction().execute(async (trx) => {
    for (const org of s.organizations) {
      await trx
        .insertInto('platform.organizations')
        .values({ id: org.id, slug: org.slug, name: org.name, metadata: json(org.metadata) })
        .onConflict((oc) => oc.column('id').doUpdateSet({ slug: org.slug, name: org.name, metadata: json(org.metadata) }))
        .execute();
    }
    // Parents before children: the list is ordered that way.
    await trx
      .insertInto('assets.sites')
      .values(
        s.sites.map((site) => ({
          id: site.id,
          organization_id: site.organizationId,
          parent_id: site.parentCode ? siteByCode(site.organizationId, site.parentCode).id : null,
          kind: site.kind,
          code: site.code,
          name: site.name,
          time_zone: site.timeZone,
          address: site.address,
          latitude: site.latitude,
          longitude: site.longitude,
          climate: site.climate,
          metadata: json(site.metadata),
        })),
      )
      .execute();
    for (const t of s.equipmentTypes) {
      await trx
        .insertInto('assets.equipment_types')
        .values(t)
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: t.name, category: t.category, description: t.description }))
        .execute();
    }
    const equipment = allEquipment(s);
    await trx
      .insertInto('assets.equipment')
      .values(
        equipment.map((e) => ({
          id: e.id,
          organization_id: e.organizationId,
          site_id: siteByCode(e.organizationId, e.siteCode).id,
          type_id: e.typeId,
          code: e.code,
          name: e.name,
          description: e.description,
          location: e.location,
          manufacturer: e.manufacturer,
          model: e.model,
          serial_number: e.serialNumber,
          installed_on: e.installedOn,
          ratings: json(e.ratings),
          data_interval_seconds: e.dataIntervalSeconds,
          mqtt_topic: e.mqttTopic,
          metadata: json(e.metadata),
          status: 'running' as const,
          status_since: new Date(`${e.installedOn}T00:00:00Z`),
        })),
      )
      .execute();
    const idOf = new Map(equipment.map((e) => [`${e.organizationId}/${e.code}`, e.id]));
    await trx
      .insertInto('assets.equipment_relations')
      .values(s.relations.map((r) => ({ organization_id: r.organizationId, from_id: idOf.get(`${r.organizationId}/${r.from}`)!, to_id: idOf.get(`${r.organizationId}/${r.to}`)!, kind: r.kind })))
      .execute();
    const metricIds = new Map<string, number>();
    for (const m of s.metrics) {
      const row = await trx
        .insertInto('readings.metrics')
        .values({ name: m.name, unit: m.unit, description: m.description, kind: m.kind })
        .onConflict((oc) => oc.column('name').doUpdateSet({ unit: m.unit, description: m.description, kind: m.kind }))
        .returning('id')
        .executeTakeFirstOrThrow();
      metricIds.set(m.name, row.id);
    }
    const { rows } = await sql<{ id: number; owner: string; metric_id: number }>`
      insert into readings.series (organization_id, equipment_id, site_id, metric_id, time_zone, data_interval_seconds)
      select x.organization_id, x.equipment_id, x.site_id, x.metric_id, x.time_zone, x.data_interval_seconds
      from jsonb_to_recordset(${json(
        s.series.map((x) => ({
          organization_id: x.organizationId,
          equipment_id: x.equipmentId,
          site_id: x.siteId,
          metric_id: metricIds.get(x.metric),
          time_zone: x.timeZone,
          data_interval_seconds: x.dataIntervalSeconds,
        })),
      )}::jsonb) as x(organization_id uuid, equipment_id uuid, site_id uuid, metric_id int, time_zone text, data_interval_seconds int)
      returning id, coalesce(equipment_id, site_id)::text as owner, metric_id`.execute(trx);
    const keyOf = new Map(s.series.map((x) => [`${x.equipmentId ?? x.siteId}/${metricIds.get(x.metric)}`, x.key]));
    const seriesIds = new Map<string, number>();
    for (const r of rows) seriesIds.set(keyOf.get(`${r.owner}/${r.metric_id}`)!, r.id);

    const org = SIMULATED_ORGS[0].id;
    await trx
      .insertInto('energy.energy_sources')
      .values(ENERGY_SOURCES.map((e) => ({
        id: e.id, organization_id: org, name: e.name, display_name: e.displayName, unit: e.unit, unit_spoken: e.unitSpoken,
        cost_per_unit: e.costPerUnit, currency: 'USD', carbon_intensity: e.carbonIntensity, consumption_metric: e.consumptionMetric, synonyms: e.synonyms,
      })))
      .execute();
    await trx.insertInto('energy.seus').values(SEUS.map((u) => ({ id: u.id, organization_id: org, name: u.name, description: u.description, energy_source_id: u.energySourceId }))).execute();
    await trx.insertInto('energy.seu_equipment').values(SEUS.flatMap((u) => u.equipmentIds.map((e) => ({ seu_id: u.id, equipment_id: e })))).execute();
    await trx
      .insertInto('energy.relevant_variables')
      .values(RELEVANT_VARIABLES.map((v) => ({
        id: v.id, organization_id: org, energy_source_id: null, name: v.name, display_name: v.displayName, kind: v.kind, metric: v.metric,
        scope: v.scope, aggregation: v.aggregation, base_temperature: v.baseTemperature, unit: v.unit, synonyms: v.synonyms, description: v.description,
      })))
      .execute();
    await trx
      .insertInto('energy.tariffs')
      .values(TARIFFS.map((t) => ({
        id: t.id, organization_id: org, energy_source_id: t.energySourceId, site_id: t.siteId, name: t.name, currency: t.currency,
        valid_from: t.validFrom, valid_to: t.validTo, default_price: t.defaultPrice, periods: json(t.periods),
      })))
      .execute();
    await trx
      .insertInto('energy.carbon_factors')
      .values(CARBON_FACTORS.map((c) => ({
        id: c.id, organization_id: org, energy_source_id: c.energySourceId, site_id: c.siteId, valid_from: c.validFrom, valid_to: c.validTo,
        kg_co2e_per_unit: c.kgCo2ePerUnit, source: c.source,
      })))
      .execute();
    await trx
      .insertInto('readings.alert_rules')
      .values(s.alertRules.map((r) => ({
        id: r.id, organization_id: org, name: r.name, metric_id: metricIds.get(r.metric)!, equipment_id: null, equipment_type_id: r.equipmentTypeId,
        operator: r.operator, threshold: r.threshold, duration_seconds: r.durationSeconds, severity: r.severity, enabled: true,
      })))
      .execute();
    return seriesIds;
  });
}

async function writeEvents(db: Kysely<Database>, s: PlantStructure, g: Generation, seriesIds: Map<string, number>): Promise<void> {
  const equipment = allEquipment(s);
  const idOf = new Map(equipment.filter((e) => e.organizationId === SIMULATED_ORGS[0].id).map((e) => [e.code, e.id]));
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  await db.transaction().execute(async (trx) => {
    if (g.anomalies.length) {
      await sql`
        insert into readings.anomalies (series_id, starts_at, ends_at, kind, origin, magnitude, description)
        select series_id, starts_at, ends_at, kind, 'injected', magnitude, description
        from jsonb_to_recordset(${json(g.anomalies.map((a) => ({ series_id: seriesIds.get(a.seriesKey), starts_at: iso(a.startsAt), ends_at: iso(a.endsAt), kind: a.kind, magnitude: a.magnitude, description: a.description })))}::jsonb)
          as x(series_id int, starts_at timestamptz, ends_at timestamptz, kind text, magnitude float8, description text)`.execute(trx);
    }
    if (g.alerts.length) {
      await sql`
        insert into readings.alerts (id, organization_id, equipment_id, series_id, rule_id, severity, message, value, raised_at, cleared_at, acknowledged_at, acknowledged_by)
        select * from jsonb_to_recordset(${json(
          g.alerts.map((a) => ({
            id: a.id, organization_id: a.organizationId, equipment_id: idOf.get(a.equipmentCode), series_id: a.seriesKey ? seriesIds.get(a.seriesKey) : null,
            rule_id: a.ruleId, severity: a.severity, message: a.message, value: a.value, raised_at: iso(a.raisedAt), cleared_at: iso(a.clearedAt),
            acknowledged_at: iso(a.acknowledgedAt), acknowledged_by: a.acknowledgedBy,
          })),
        )}::jsonb) as x(id uuid, organization_id uuid, equipment_id uuid, series_id int, rule_id uuid, severity text, message text, value float8,
             raised_at timestamptz, cleared_at timestamptz, acknowledged_at timestamptz, acknowledged_by text)`.execute(trx);
    }
    await sql`
      insert into assets.status_history (equipment_id, status, started_at, reason)
      select equipment_id, status, started_at, reason
      from jsonb_to_recordset(${json(g.statusHistory.map((r) => ({ equipment_id: r.equipmentId, status: r.status, started_at: iso(r.startedAt), reason: r.reason })))}::jsonb)
        as x(equipment_id uuid, status text, started_at timestamptz, reason text)`.execute(trx);
    await sql`
      update assets.equipment e set status = x.status, status_since = x.since, updated_at = now()
      from jsonb_to_recordset(${json([...g.current.entries()].map(([id, c]) => ({ id, status: c.status, since: iso(c.since) })))}::jsonb)
        as x(id uuid, status text, since timestamptz)
      where e.id = x.id`.execute(trx);
  });
}

/**
 * Removes everything the simulator creates (both simulated organizations keep their rows). When
 * no other tenant holds data the tables are truncated, which is what makes a --force reload of
 * tens of millions of points quick; otherwise the simulated tenants' rows are deleted.
 */
export async function clearSimulatedData(handle: DatabaseHandle): Promise<void> {
  const db = handle.db;
  const orgs = SIMULATED_ORGS.map((o) => o.id);
  const { rows } = await sql<{ n: number }>`
    select (select count(*) from assets.sites where organization_id <> all(${orgs}::uuid[]))
         + (select count(*) from readings.series where organization_id <> all(${orgs}::uuid[]))
         + (select count(*) from energy.energy_sources where organization_id <> all(${orgs}::uuid[])) as n`.execute(db);
  const timescale = (await storageMode(db)) === 'timescaledb';
  if (Number(rows[0].n) === 0) {
    const tables = [
      'readings.points', 'readings.rollup_1d', 'readings.anomalies', 'readings.alerts', 'readings.alert_rules', 'readings.series',
      'assets.status_history', 'assets.equipment_relations', 'energy.seu_equipment', 'energy.baselines', 'energy.seus',
      'energy.relevant_variables', 'energy.tariffs', 'energy.carbon_factors', 'energy.energy_sources', 'assets.equipment', 'assets.sites',
      ...(timescale ? [] : ['readings.rollup_15m', 'readings.rollup_1h']),
    ];
    await sql.raw(`truncate ${tables.join(', ')} restart identity cascade`).execute(db);
    if (timescale) {
      for (const view of ['readings.rollup_15m', 'readings.rollup_1h']) {
        await sql`call refresh_continuous_aggregate(${view}::regclass, null, null)`.execute(db);
      }
    }
    return;
  }
  await db.transaction().execute(async (trx) => {
    const series = sql`(select id from readings.series where organization_id = any(${orgs}::uuid[]))`;
    const equipment = sql`(select id from assets.equipment where organization_id = any(${orgs}::uuid[]))`;
    await sql`delete from readings.points where series_id in ${series}`.execute(trx);
    for (const t of ['rollup_1d', ...(timescale ? [] : ['rollup_15m', 'rollup_1h'])]) {
      await sql`delete from ${sql.table(`readings.${t}`)} where series_id in ${series}`.execute(trx);
    }
    await sql`delete from readings.anomalies where series_id in ${series}`.execute(trx);
    await sql`delete from readings.alerts where organization_id = any(${orgs}::uuid[])`.execute(trx);
    await sql`delete from readings.alert_rules where organization_id = any(${orgs}::uuid[])`.execute(trx);
    await sql`delete from readings.series where organization_id = any(${orgs}::uuid[])`.execute(trx);
    await sql`delete from assets.status_history where equipment_id in ${equipment}`.execute(trx);
    await sql`delete from assets.equipment_relations where organization_id = any(${orgs}::uuid[])`.execute(trx);
    await sql`delete from energy.seu_equipment where seu_id in (select id from energy.seus where organization_id = any(${orgs}::uuid[]))`.execute(trx);
    for (const t of ['baselines', 'seus', 'relevant_variables', 'tariffs', 'carbon_factors', 'energy_sources']) {
      await sql`delete from ${sql.table(`energy.${t}`)} where organization_id = any(${orgs}::uuid[])`.execute(trx);
    }
    await sql`delete from assets.equipment where organization_id = any(${orgs}::uuid[])`.execute(trx);
    await sql`update assets.sites set parent_id = null where organization_id = any(${orgs}::uuid[])`.execute(trx);
    await sql`delete from assets.sites where organization_id = any(${orgs}::uuid[])`.execute(trx);
  });
  if (timescale) {
    for (const view of ['readings.rollup_15m', 'readings.rollup_1h']) {
      await sql`call refresh_continuous_aggregate(${view}::regclass, null, null)`.execute(db);
    }
  }
}
