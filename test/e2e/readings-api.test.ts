// The readings API through the gateway: the 357-equipment overview in at most two readings
// statements, seriesSet in one, ingest and alerts, and every error path with its code and advice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { prettyFormatQueryPlan, QueryPlanner } from '@apollo/query-planner';
import { parse } from 'graphql';
import { sql } from 'kysely';
import { loadConfig } from '../../common/config.js';
import { startStack, type RunningStack } from '../../gateway/stack.js';
import { createPlant, createSeries, equipmentId, ORG, siteId } from '../support/readings-fixtures.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';

const EQUIPMENT = 357;

describe('readings through the gateway', () => {
  let t: TestDatabase;
  let stack: RunningStack;
  let eq: { id: string; code: string; siteId: string; zone: string }[];

  async function gql(query: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string; limit?: string } }[] };
  }
  const readingsStatements = (all: string[]) => all.filter((s) => /\breadings\./.test(s));

  beforeAll(async () => {
    t = await createTestDatabase({ poolSize: 8 });
    ({ equipment: eq } = await createPlant(t, { sites: [{ zone: 'Asia/Kolkata' }], equipmentPerSite: EQUIPMENT - 1 }));
    // The first EnMS machine under its fixed demo id, so the examples find it.
    const machine = { id: 'c0000000-0000-0000-0000-000000000001', code: 'Compressor-1', siteId: siteId(1), zone: 'Asia/Kolkata' };
    await sql`insert into assets.equipment (id, organization_id, site_id, type_id, code, name) values (${machine.id}, ${ORG}, ${machine.siteId}, 'chiller', ${machine.code}, 'Compressor 1')`.execute(t.db);
    eq.push(machine);
    const ids: number[] = [];
    for (const e of eq) for (const m of ['active_power_kw', 'energy_kwh']) ids.push(await createSeries(t, e, m));
    await sql`insert into readings.points (series_id, time, value)
              select s, t, s + extract(minute from t) from unnest(${ids}::int[]) s, generate_series(timestamptz '2024-06-15 00:00+00', timestamptz '2024-06-15 01:59+00', interval '1 minute') t`.execute(t.db);
    await sql`select readings.refresh_rollups(${ids}::int[], timestamptz '2024-06-15 00:00+00', timestamptz '2024-06-15 02:00+00')`.execute(t.db);
    const config = { ...loadConfig({ NODE_ENV: 'test' }), maxPoints: 5000, maxRawRangeHours: 48 };
    stack = await startStack(t.db, { ephemeralPorts: true, config });
  });
  afterAll(async () => {
    await stack?.stop();
    await t?.destroy();
  });

  it(`shows the latest power and energy of all ${EQUIPMENT} equipment in at most 2 readings statements`, async () => {
    const { result, sql: statements } = await countStatements(t, () =>
      gql(`{ equipmentList(first: 500) { edges { node { id code latest(metrics: ["active_power_kw", "energy_kwh"]) { metric { name } value unit time stale } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data.equipmentList.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(EQUIPMENT);
    expect(nodes.every((n: any) => n.latest.length === 2 && n.latest[0].time === '2024-06-15T01:59:00.000Z')).toBe(true);
    const count = readingsStatements(statements).length;
    console.log(`overview of ${EQUIPMENT} equipment: ${count} readings statement(s), ${statements.length} in all`);
    expect(count).toBeLessThanOrEqual(2);
  });

  it('answers series for a list of equipment and a seriesSet with one statement each', async () => {
    const list = await countStatements(t, () =>
      gql(`{ equipmentList(first: 500) { edges { node { id series(metric: "active_power_kw", from: "2024-06-15T00:00:00Z", to: "2024-06-15T02:00:00Z", interval: "1 hour", aggregation: MAX) { source points { time value } } } } } }`),
    );
    expect(list.result.errors).toBeUndefined();
    expect(list.result.data.equipmentList.edges[0].node.series).toMatchObject({ source: 'ROLLUP_1H', points: [{ value: expect.any(Number) }, { value: expect.any(Number) }] });
    expect(readingsStatements(list.sql)).toHaveLength(1);

    const set = await countStatements(t, () =>
      gql(
        `query($ids: [ID!]!) { seriesSet(equipmentIds: $ids, metrics: ["active_power_kw", "energy_kwh"], from: "2024-06-15T00:00:00Z", to: "2024-06-15T02:00:00Z", maxPoints: 10) {
            equipment { id code } metric { name kind } interval aggregation unit points { time value } } }`,
        { ids: eq.slice(0, 3).map((e) => e.id) },
      ),
    );
    expect(set.result.errors).toBeUndefined();
    expect(set.result.data.seriesSet).toHaveLength(6);
    expect(set.result.data.seriesSet[1]).toMatchObject({ equipment: { code: eq[0].code }, metric: { name: 'energy_kwh', kind: 'COUNTER' }, interval: '15 minutes', aggregation: 'SUM', unit: 'kWh' });
    expect(readingsStatements(set.sql)).toHaveLength(1);

    // The columnar form: the same points as two lists, in one statement too.
    const columnar = await countStatements(t, () =>
      gql(
        `query($ids: [ID!]!) { seriesSet(equipmentIds: $ids, metrics: ["active_power_kw"], from: "2024-06-15T00:00:00Z", to: "2024-06-15T02:00:00Z", interval: "15 minutes", fill: NULL) {
            points { time value } pointTimes pointValues } }`,
        { ids: eq.slice(0, 2).map((e) => e.id) },
      ),
    );
    expect(columnar.result.errors).toBeUndefined();
    for (const s of columnar.result.data.seriesSet) {
      expect(s.pointTimes).toHaveLength(8);
      expect(s.pointTimes).toEqual(s.points.map((p: { time: string }) => p.time));
      expect(s.pointValues).toEqual(s.points.map((p: { value: number | null }) => p.value));
    }
    expect(readingsStatements(columnar.sql)).toHaveLength(1);
  });

  it('returns stats with percentiles, and chart downsampling', async () => {
    const r = await gql(
      `query($id: ID!) { equipment(id: $id) { stats(metrics: ["active_power_kw"], from: "2024-06-15T00:00:00Z", to: "2024-06-15T02:00:00Z") { metric { name } count min max avg sum stddev p50 p95 p99 }
         lttb: series(metric: "active_power_kw", from: "2024-06-15T00:00:00Z", to: "2024-06-15T02:00:00Z", maxPoints: 20, downsample: LTTB) { source points { value } }
         plot: series(metric: "active_power_kw", from: "2024-06-15T00:00:00Z", to: "2024-06-15T02:00:00Z", maxPoints: 20, downsample: PLOT) { points { value } } } }`,
      { id: eq[0].id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.equipment.stats[0]).toMatchObject({ count: 120, p50: expect.any(Number), p99: expect.any(Number) });
    expect(r.data.equipment.lttb.points).toHaveLength(20);
    expect(r.data.equipment.lttb.source).toBe('RAW');
    expect(r.data.equipment.plot.points.length).toBeLessThanOrEqual(20);
  });

  it('ingests readings with per-point rejections, creates metrics and alert rules, and acknowledges alerts', async () => {
    const metric = await gql(`mutation { createMetric(input: { name: "steam_kg", unit: "kg", kind: COUNTER, description: "Steam used" }) { name kind } }`);
    expect(metric.data.createMetric).toEqual({ name: 'steam_kg', kind: 'COUNTER' });
    const dup = await gql(`mutation { createMetric(input: { name: "steam_kg", unit: "kg", kind: COUNTER }) { name } }`);
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    const rule = await gql(
      `mutation($e: ID!) { createAlertRule(input: { name: "Steam surge", metric: "steam_kg", equipmentId: $e, operator: GT, threshold: 100, severity: CRITICAL }) { id operator severity metric { name } equipment { id } } }`,
      { e: eq[0].id },
    );
    expect(rule.errors).toBeUndefined();
    expect(rule.data.createAlertRule).toMatchObject({ operator: 'GT', severity: 'CRITICAL', metric: { name: 'steam_kg' } });
    const ingest = await gql(
      `mutation($points: [ReadingInput!]!) { ingestReadings(points: $points) { accepted duplicates seriesCreated alertsRaised maxBatchSize rejected { index reason } } }`,
      {
        points: [
          { equipmentId: eq[0].id, metric: 'steam_kg', time: '2024-06-15T00:00:00Z', value: 120 },
          { equipmentCode: eq[1].code, metric: 'steam_kg', time: '2024-06-15T00:00:00Z', value: 'lots' },
          { siteId: siteId(1), metric: 'steam_kg', time: '2024-06-15T00:00:00Z', value: 3, source: 'BACKFILL' },
        ],
      },
    );
    expect(ingest.errors).toBeUndefined();
    expect(ingest.data.ingestReadings).toEqual({ accepted: 2, duplicates: 0, seriesCreated: 2, alertsRaised: 1, maxBatchSize: 10000, rejected: [{ index: 1, reason: "value 'lots' is not a finite number." }] });
    const alerts = await gql(`query($s: ID!) { alerts(filter: { siteIds: [$s], acknowledged: false, severities: [CRITICAL] }) { id severity message acknowledged equipment { id code } metric { name } rule { name } } }`, { s: siteId(1) });
    expect(alerts.errors).toBeUndefined();
    expect(alerts.data.alerts).toHaveLength(1);
    expect(alerts.data.alerts[0]).toMatchObject({ severity: 'CRITICAL', acknowledged: false, equipment: { code: eq[0].code }, rule: { name: 'Steam surge' } });
    const partial = await gql(`mutation($ids: [ID!]!) { acknowledgeAlerts(ids: $ids, by: "x") { id } }`, { ids: [alerts.data.alerts[0].id, '00000000-0000-4000-8000-0000000000ff'] });
    expect(partial.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringMatching(/nothing was acknowledged/) });
    const still = await gql(`query($id: ID!) { alert(id: $id) { acknowledged } }`, { id: alerts.data.alerts[0].id });
    expect(still.data.alert.acknowledged).toBe(false);
    const ack = await gql(`mutation($id: ID!) { acknowledgeAlert(id: $id, by: "operator-7") { acknowledged acknowledgedBy } }`, { id: alerts.data.alerts[0].id });
    expect(ack.data.acknowledgeAlert).toEqual({ acknowledged: true, acknowledgedBy: 'operator-7' });
    const byEquipment = await gql(`query($e: ID!) { equipment(id: $e) { alerts(acknowledged: true) { id } } }`, { e: eq[0].id });
    expect(byEquipment.data.equipment.alerts).toHaveLength(1);
    const updated = await gql(`mutation($id: ID!) { updateAlertRule(id: $id, input: { name: "Steam surge", metric: "steam_kg", operator: GTE, threshold: 150, durationSeconds: 60, severity: HIGH, enabled: false }) { operator threshold enabled durationSeconds } }`, {
      id: rule.data.createAlertRule.id,
    });
    expect(updated.data.updateAlertRule).toEqual({ operator: 'GTE', threshold: 150, enabled: false, durationSeconds: 60 });
    const deleted = await gql(`mutation($id: ID!) { deleteAlertRule(id: $id) }`, { id: rule.data.createAlertRule.id });
    expect(deleted.data.deleteAlertRule).toBe(rule.data.createAlertRule.id);
    const site = await gql(`query($s: ID!) { site(id: $s) { series(metric: "steam_kg", from: "2024-06-15T00:00:00Z", to: "2024-06-15T01:00:00Z") { site { id } points { value } } } }`, { s: siteId(1) });
    expect(site.data.site.series).toEqual({ site: { id: siteId(1) }, points: [{ value: 3 }] });
    const siteLatest = await gql(`query($s: ID!) { site(id: $s) { latest { metric { name } value } } }`, { s: siteId(1) });
    expect(siteLatest.data.site.latest).toEqual([{ metric: { name: 'steam_kg' }, value: 3 }]);
  });

  it('ingests series in columns: same checks, rejections indexed across the series, idempotent', async () => {
    const mutation = `mutation($s: [SeriesReadingsInput!]!) { ingestSeriesReadings(series: $s) { accepted duplicates rejected { index reason } } }`;
    const series = [
      { equipmentId: eq[2].id, metric: 'active_power_kw', times: ['2024-06-14T00:00:00Z', '2024-06-14T00:01:00Z', '2024-06-14T00:02:00Z'], values: [1, 2, 3] },
      { equipmentCode: eq[3].code, metric: 'active_power_kw', times: ['2024-06-14T00:00:00Z', 'yesterday'], values: [4, 5], source: 'BACKFILL' },
    ];
    const first = await gql(mutation, { s: series });
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestSeriesReadings).toEqual({ accepted: 4, duplicates: 0, rejected: [{ index: 4, reason: expect.stringMatching(/'yesterday'/) }] });
    const again = await gql(mutation, { s: series });
    expect(again.data.ingestSeriesReadings).toMatchObject({ accepted: 0, duplicates: 4 });
    const stored = await gql(
      `query($id: ID!) { equipment(id: $id) { series(metric: "active_power_kw", from: "2024-06-14T00:00:00Z", to: "2024-06-14T00:03:00Z") { pointValues } } }`,
      { id: eq[2].id },
    );
    expect(stored.data.equipment.series.pointValues).toEqual([1, 2, 3]);

    const ragged = await gql(mutation, { s: [{ equipmentId: eq[2].id, metric: 'active_power_kw', times: ['2024-06-14T01:00:00Z'], values: [] }] });
    expect(ragged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'series[0] has 1 times but 0 values; they pair up one to one.' });
    const times = Array.from({ length: 10_001 }, (_, i) => new Date(Date.parse('2024-01-01T00:00:00Z') + i * 60_000).toISOString());
    const tooMany = await gql(mutation, { s: [{ equipmentId: eq[2].id, metric: 'active_power_kw', times, values: times.map(() => 1) }] });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED' }, message: expect.stringMatching(/at most 10000 points per call, got 10001/) });
  });

  it('lists recorded (injected) anomalies of a list of equipment in one statement', async () => {
    await sql`insert into readings.anomalies (series_id, starts_at, ends_at, kind, origin, magnitude, description)
              select id, '2024-06-15 00:30+00', '2024-06-15 00:34+00', 'spike', 'injected', 12.5, 'test spike' from readings.series
              where equipment_id = any(${eq.slice(0, 2).map((e) => e.id)}::uuid[]) and site_id is null and metric_id = (select id from readings.metrics where name = 'active_power_kw')`.execute(t.db);
    const { result, sql: statements } = await countStatements(t, () =>
      gql(`{ equipmentList(first: 500) { edges { node { recordedAnomalies(from: "2024-06-15T00:00:00Z", to: "2024-06-16T00:00:00Z", origin: INJECTED) { metric { name } start end kind origin magnitude } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    const found = result.data.equipmentList.edges.flatMap((e: any) => e.node.recordedAnomalies);
    expect(found).toHaveLength(2);
    expect(found[0]).toEqual({ metric: { name: 'active_power_kw' }, start: '2024-06-15T00:30:00.000Z', end: '2024-06-15T00:34:00.000Z', kind: 'SPIKE', origin: 'INJECTED', magnitude: 12.5 });
    expect(readingsStatements(statements).length).toBeLessThanOrEqual(2);
  });

  it('answers equipment(id) { latest } from readings alone, with the errors assets gives', async () => {
    // The query plan: one fetch, to readings (Query.equipment is shareable).
    const supergraph = Supergraph.build(readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8'));
    const latestOnly = `query($id: ID!) { equipment(id: $id) { id latest(metrics: ["active_power_kw"]) { value time } } }`;
    const plan = prettyFormatQueryPlan(new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, parse(latestOnly))));
    expect(plan.match(/Fetch\(service: "(\w+)"/g)).toEqual(['Fetch(service: "readings"']);
    const ok = await gql(latestOnly, { id: equipmentId(1) });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.equipment).toEqual({ id: equipmentId(1), latest: [{ value: expect.any(Number), time: '2024-06-15T01:59:00.000Z' }] });
    // Retired equipment is found, as in assets; unknown and malformed ids fail the same way there and here.
    await sql`update assets.equipment set retired_at = now() where id = ${equipmentId(2)}`.execute(t.db);
    try {
      const retired = await gql(latestOnly, { id: equipmentId(2) });
      expect(retired.data.equipment.latest).toHaveLength(1);
    } finally {
      await sql`update assets.equipment set retired_at = null where id = ${equipmentId(2)}`.execute(t.db);
    }
    const missing = '00000000-0000-4000-8000-0000000000ff';
    for (const query of [latestOnly, `query($id: ID!) { equipment(id: $id) { code } }`]) {
      const unknown = await gql(query, { id: missing });
      expect(unknown.errors?.[0]).toMatchObject({ message: `No equipment with id '${missing}' in this organization.`, extensions: { code: 'NOT_FOUND' } });
      const bad = await gql(query, { id: 'compressor-1' });
      expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/'compressor-1' is not a valid id/) });
    }
  });

  it('runs every examples/readings-*.graphql with its variables without errors', async () => {
    const dir = new URL('../../examples/', import.meta.url);
    const files = readdirSync(dir).filter((f) => /^readings-.*\.graphql$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const vars = new URL(f.replace(/\.graphql$/, '.json'), dir);
      const r = await gql(readFileSync(new URL(f, dir), 'utf8'), existsSync(vars) ? JSON.parse(readFileSync(vars, 'utf8')) : {});
      expect({ file: f, errors: r.errors }).toEqual({ file: f, errors: undefined });
    }
  });

  describe('errors name the bad value and what to ask instead', () => {
    const series = (args: string) =>
      gql(`query($id: ID!) { equipment(id: $id) { series(${args}) { points { time value } } } }`, { id: equipmentId(1) });
    const FROM = 'from: "2024-06-15T00:00:00Z"';
    const cases: [string, string, string, RegExp][] = [
      ['unknown metric', `metric: "warp_factor", ${FROM}, to: "2024-06-15T02:00:00Z", interval: "1 hour"`, 'BAD_USER_INPUT', /Unknown metric 'warp_factor'/],
      ['from after to', `metric: "active_power_kw", from: "2024-06-16T00:00:00Z", to: "2024-06-15T00:00:00Z", interval: "1 hour"`, 'BAD_USER_INPUT', /must be before to/],
      ['raw range over the limit', `metric: "active_power_kw", ${FROM}, to: "2024-06-25T00:00:00Z"`, 'LIMIT_EXCEEDED', /raw-range limit of 48 hours\. Use interval ≥ 15 minutes, or maxPoints/],
      ['too many buckets', `metric: "active_power_kw", from: "2023-06-15T00:00:00Z", to: "2024-06-15T00:00:00Z", interval: "15 minutes"`, 'LIMIT_EXCEEDED', /over the limit of 5000\. Use interval ≥ 2 hours or maxPoints/],
      ['maxPoints 0', `metric: "active_power_kw", ${FROM}, to: "2024-06-15T02:00:00Z", maxPoints: 0`, 'BAD_USER_INPUT', /maxPoints must be between 1 and 5000, got 0/],
      ['maxPoints huge', `metric: "active_power_kw", ${FROM}, to: "2024-06-15T02:00:00Z", maxPoints: 1000000`, 'LIMIT_EXCEEDED', /maxPoints must be between 1 and 5000, got 1000000/],
      ['bad time zone', `metric: "active_power_kw", ${FROM}, to: "2024-06-17T00:00:00Z", interval: "1 day", timeZone: "Mars/Olympus_Mons"`, 'BAD_USER_INPUT', /timeZone 'Mars\/Olympus_Mons' is not a known IANA time zone/],
      ['bad interval', `metric: "active_power_kw", ${FROM}, to: "2024-06-17T00:00:00Z", interval: "7 minutes"`, 'BAD_USER_INPUT', /interval '7 minutes' is not supported\. Use one of: 1 minute/],
      ['raw interval over the raw limit', `metric: "active_power_kw", ${FROM}, to: "2024-06-25T00:00:00Z", interval: "5 minutes"`, 'LIMIT_EXCEEDED', /interval '5 minutes' reads raw points/],
      ['time-weighted average over the raw limit', `metric: "active_power_kw", ${FROM}, to: "2024-06-25T00:00:00Z", interval: "1 hour", aggregation: TIME_WEIGHTED_AVERAGE`, 'LIMIT_EXCEEDED', /TIME_WEIGHTED_AVERAGE reads raw points/],
      ['downsample without maxPoints', `metric: "active_power_kw", ${FROM}, to: "2024-06-15T02:00:00Z", downsample: LTTB`, 'BAD_USER_INPUT', /downsample needs maxPoints/],
      ['aggregation without interval', `metric: "active_power_kw", ${FROM}, to: "2024-06-15T02:00:00Z", aggregation: MAX`, 'BAD_USER_INPUT', /give an interval/],
    ];
    it.each(cases)('%s', async (_name, args, code, message) => {
      const r = await series(args);
      expect(r.errors?.[0]).toMatchObject({ extensions: { code }, message: expect.stringMatching(message) });
    });

    it('percentiles over the raw-range limit, bad limits and unknown ids', async () => {
      const stats = await gql(`query($id: ID!) { equipment(id: $id) { stats(metrics: ["active_power_kw"], from: "2024-06-01T00:00:00Z", to: "2024-06-15T00:00:00Z") { p95 } } }`, { id: equipmentId(1) });
      expect(stats.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED' }, message: expect.stringMatching(/p50\/p95\/p99 reads raw points/) });
      const exact = await gql(`query($id: ID!) { equipment(id: $id) { stats(metrics: ["active_power_kw"], from: "2024-06-01T00:00:00Z", to: "2024-06-15T00:00:00Z") { count avg } } }`, { id: equipmentId(1) });
      expect(exact.errors).toBeUndefined();
      const stat = await gql(`query($id: ID!) { equipment(id: $id) { statisticalAnomalies(metric: "active_power_kw", from: "2024-06-15T00:00:00Z", to: "2024-06-15T02:00:00Z", k: -1) { time } } }`, { id: equipmentId(1) });
      expect(stat.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/k must be a positive/) });
      const flatTol = await gql(`query($id: ID!) { equipment(id: $id) { flatlineEpisodes(metric: "active_power_kw", from: "2024-06-15T00:00:00Z", to: "2024-06-15T02:00:00Z", tolerance: -1) { start } } }`, { id: equipmentId(1) });
      expect(flatTol.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'tolerance must be a finite number ≥ 0, got -1.' });
      const flatLong = await gql(`query($id: ID!) { equipment(id: $id) { flatlineEpisodes(metric: "active_power_kw", from: "2024-06-01T00:00:00Z", to: "2024-06-15T00:00:00Z") { start } } }`, { id: equipmentId(1) });
      expect(flatLong.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED' }, message: expect.stringMatching(/flatlineEpisodes reads raw points/) });
      const thr = await gql(`query($id: ID!) { equipment(id: $id) { thresholdAnomalies(metric: "active_power_kw", operator: GT, value: 1, from: "2024-06-15T00:00:00Z", to: "2024-06-15T02:00:00Z", limit: 0) { time } } }`, { id: equipmentId(1) });
      expect(thr.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/limit must be between 1 and/) });
      const ack = await gql(`mutation { acknowledgeAlert(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(ack.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const setBad = await gql(`{ seriesSet(equipmentIds: ["compressor-1"], metrics: ["active_power_kw"], from: "2024-06-15T00:00:00Z", to: "2024-06-15T02:00:00Z", interval: "1 hour") { unit } }`);
      expect(setBad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/'compressor-1' is not a valid id/) });
      const badRule = await gql(`mutation { createAlertRule(input: { name: "x", metric: "nope", operator: GT, threshold: 1, severity: INFO }) { id } }`);
      expect(badRule.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/Unknown metric 'nope'/) });
      const ghost = await gql(`mutation { createAlertRule(input: { name: "x", metric: "active_power_kw", equipmentId: "00000000-0000-4000-8000-0000000000fe", operator: GT, threshold: 1, severity: INFO }) { id } }`);
      expect(ghost.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/No equipment with id/) });
      const badMetric = await gql(`mutation { createMetric(input: { name: "Steam Flow", unit: "kg", kind: GAUGE }) { name } }`);
      expect(badMetric.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/must be snake_case/) });
      expect(ORG).toBeDefined();
    });
  });
});
