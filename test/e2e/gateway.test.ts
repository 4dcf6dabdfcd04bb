// Through the gateway, on the demo plant: one operation that touches all four subgraphs is
// checked value by value against the database, and every example under examples/ runs clean.
import { sql } from 'kysely';
import { DEMO_ORG, seedPlant } from '../../database/simulator/index.js';
import { type RunningStack, startStack } from '../../gateway/stack.js';
import { loadExamples } from '../support/examples.js';
import { postGraphQL } from '../support/graphql-client.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const END = '2026-01-01T00:00:00Z';

describe('gateway over the demo plant', () => {
  let t: TestDatabase;
  let stack: RunningStack;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedPlant(t, { scale: 'demo', end: END, hours: 2 });
    stack = await startStack(t.db, { ephemeralPorts: true });
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
    await t?.destroy();
  });

  it('answers one operation spanning assets, readings, energy and training with the database’s values', async () => {
    const res = await postGraphQL(
      stack.gateway.url,
      `query Span($code: String!) {
        equipmentByCode(code: $code) {
          id code type { id name } site { timeZone }
          latest(metrics: ["active_power_kw", "energy_kwh"]) { metric { name } value time }
          seus { name energySource { name unit } }
        }
        datasetStatistics { totalEquipment totalSeries totalPoints typeBreakdown { type count } }
      }`,
      { code: 'compressor-1' },
    );
    expect(res.errors).toBeUndefined();
    const e = res.data.equipmentByCode;
    expect(e).toMatchObject({ id: 'c0000000-0000-0000-0000-000000000001', code: 'Compressor-1', type: { id: 'compressor' }, site: { timeZone: 'America/Los_Angeles' } });

    const latest = await sql<{ metric: string; value: number; time: Date }>`
      select m.name as metric, p.value, p.time from readings.series s join readings.metrics m on m.id = s.metric_id
      cross join lateral (select value, time from readings.points where series_id = s.id order by time desc limit 1) p
      where s.equipment_id = ${e.id} and m.name in ('active_power_kw', 'energy_kwh') order by m.name`.execute(t.db);
    expect(latest.rows.length).toBe(2);
    expect(e.latest.map((r: any) => ({ metric: r.metric.name, value: r.value, time: new Date(r.time).toISOString() }))).toEqual(
      latest.rows.map((r) => ({ metric: r.metric, value: r.value, time: r.time.toISOString() })),
    );

    const seus = await sql<{ name: string; source: string; unit: string }>`
      select s.name, es.name as source, es.unit from energy.seu_equipment se join energy.seus s on s.id = se.seu_id
      join energy.energy_sources es on es.id = s.energy_source_id where se.equipment_id = ${e.id} order by s.name`.execute(t.db);
    expect(seus.rows.length).toBeGreaterThanOrEqual(2);
    expect(e.seus.map((s: any) => ({ name: s.name, source: s.energySource.name, unit: s.energySource.unit }))).toEqual(
      seus.rows.map((r) => ({ name: r.name, source: r.source, unit: r.unit })),
    );

    const counts = await sql<{ points: number; series: number; equipment: number }>`
      select (select count(*) from readings.points p join readings.series s on s.id = p.series_id where s.organization_id = ${DEMO_ORG.id})::float8 as points,
             (select count(*) from readings.series where organization_id = ${DEMO_ORG.id})::int as series,
             (select count(distinct equipment_id) from readings.series where organization_id = ${DEMO_ORG.id})::int as equipment`.execute(t.db);
    const stats = res.data.datasetStatistics;
    expect({ points: stats.totalPoints, series: stats.totalSeries, equipment: stats.totalEquipment }).toEqual(counts.rows[0]);
    expect(stats.typeBreakdown).toEqual(expect.arrayContaining([{ type: 'lt_mcc', count: 70 }, { type: 'chiller', count: 6 }, { type: 'ahu', count: 23 }]));
    expect(res.extensions?.requestId).toEqual(expect.any(String));
  });

  it('keeps the other subgraphs’ data when one field fails, and codes the error', async () => {
    const res = await postGraphQL(stack.gateway.url, `{ equipment(id: "not-a-uuid") { code } energySources { name } }`);
    expect(res.data.energySources.length).toBe(4);
    expect(res.data.equipment).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(res.errors?.[0].message).toContain("'not-a-uuid'");
  });

  it('accepts a full 10,000-point ingest batch through the gateway (body limit above the batch limit)', async () => {
    const points = Array.from({ length: 10_000 }, (_, i) => ({
      equipmentCode: 'chiller_002',
      metric: 'active_power_kw',
      time: new Date(Date.parse('2025-06-01T00:00:00Z') + i * 60_000).toISOString(),
      value: 100 + (i % 13) / 10,
    }));
    const res = await postGraphQL(stack.gateway.url, 'mutation($p: [ReadingInput!]!) { ingestReadings(points: $p) { accepted duplicates rejected { index } } }', { p: points });
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestReadings).toEqual({ accepted: 10_000, duplicates: 0, rejected: [] });
  });

  it('serves health and readiness on the gateway and every subgraph', async () => {
    for (const url of [stack.gateway.url, ...Object.values(stack.subgraphs).map((s) => s.url)]) {
      const base = url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/ready`)).status).toBe(200);
    }
  });

  it.each(loadExamples().map((e) => [e.name, e] as const))('example %s runs without errors', async (_name, example) => {
    const res = await postGraphQL(stack.gateway.url, example.query, example.variables);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(Object.values(res.data ?? {}).some((v) => v !== null)).toBe(true);
  });
});
