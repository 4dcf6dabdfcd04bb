// The single-fetch shortcut must be invisible: every operation gets the same answer, errors
// included, as through @apollo/gateway's own execution. Two gateways over the same subgraphs, one
// with the shortcut and one without, are asked the same things and must answer alike.
import { createServer } from 'node:net';
import { loadConfig } from '../../common/config.js';
import { seedPlant } from '../../database/simulator/index.js';
import { type RunningGateway, startGateway } from '../../gateway/create-gateway.js';
import { type RunningStack, startStack } from '../../gateway/stack.js';
import { postGraphQL, withoutRequestId } from '../support/graphql-client.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const END = '2026-01-01T00:00:00Z';
const config = loadConfig({ NODE_ENV: 'test' });

/** What a client sees, without the per-request id (which every answer must carry). */
function visible(answer: Awaited<ReturnType<typeof postGraphQL>>) {
  expect(answer.extensions?.requestId).toEqual(expect.any(String));
  return withoutRequestId(answer);
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('single-fetch shortcut in the gateway', () => {
  let t: TestDatabase;
  let stack: RunningStack;
  let plain: RunningGateway;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedPlant(t, { scale: 'demo', end: END, hours: 3 });
    stack = await startStack(t.db, { ephemeralPorts: true, config });
    const subgraphUrls = Object.fromEntries(Object.entries(stack.subgraphs).map(([n, s]) => [n, s.url]));
    plain = await startGateway({ config, db: t.db, port: 0, subgraphUrls, singleFetch: false });
  }, 300_000);
  afterAll(async () => {
    await plain?.stop();
    await stack?.stop();
    await t?.destroy();
  });

  const window = { from: '2025-12-31T21:00:00Z', to: END };

  /** Asks both gateways; returns the shortcut gateway's answer and which path it took. */
  async function both(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
    const before = { ...stack.gateway.paths };
    const fast = await postGraphQL(stack.gateway.url, query, variables, headers);
    const path = stack.gateway.paths['single-fetch'] > before['single-fetch'] ? 'single-fetch' : stack.gateway.paths.gateway > before.gateway ? 'gateway' : 'none';
    const slow = await postGraphQL(plain.url, query, variables, headers);
    expect(visible(fast)).toEqual(visible(slow));
    return { answer: fast, path };
  }

  it('answers one-subgraph queries from the subgraph result, the same as the full gateway', async () => {
    const latest = await both(`query($code: String!) { equipmentByCode(code: $code) { latest(metrics: ["active_power_kw", "energy_kwh"]) { metric { name unit } value time stale } } }`, {
      code: 'compressor-1',
    });
    // equipmentByCode lives in assets only: latest needs a second fetch.
    expect(latest.path).toBe('gateway');
    expect(latest.answer.data.equipmentByCode.latest).toHaveLength(2);

    const id = (await postGraphQL(stack.gateway.url, `{ equipmentByCode(code: "compressor-1") { id } }`)).data.equipmentByCode.id;
    const direct = await both(`query($id: ID!) { equipment(id: $id) { id latest { metric { name } time value } } }`, { id });
    expect(direct.path).toBe('single-fetch');
    expect(direct.answer.data.equipment.latest.length).toBeGreaterThan(3);

    const series = await both(
      `query($id: ID!, $from: DateTime!, $to: DateTime!) {
        power: seriesSet(equipmentIds: [$id], metrics: ["active_power_kw", "energy_kwh"], from: $from, to: $to, interval: "15 minutes", aggregation: AVG) {
          metric { name } equipment { id } points { time value }
        }
        peak: seriesSet(equipmentIds: [$id], metrics: ["active_power_kw"], from: $from, to: $to, interval: "1 hour", aggregation: MAX) { pointTimes pointValues }
      }`,
      { id, ...window },
    );
    expect(series.path).toBe('single-fetch');
    expect(series.answer.data.power.map((s: any) => s.metric.name).sort()).toEqual(['active_power_kw', 'energy_kwh']);
    expect(series.answer.data.power[0].points.length).toBeGreaterThanOrEqual(3);
    expect(series.answer.data.peak[0].pointValues).toHaveLength(3);

    const stats = await both(
      `query($id: ID!, $from: DateTime!, $to: DateTime!) { equipment(id: $id) {
        stats(metrics: ["active_power_kw"], from: $from, to: $to) { count min max avg p95 }
        anomalyEpisodes(metric: "active_power_kw", operator: GTE, value: 0, from: $from, to: $to) { start end peak readingCount }
      } }`,
      { id, ...window },
    );
    expect(stats.path).toBe('single-fetch');
    // Compressor-1 is an EnMS machine: hourly readings, three in the window.
    expect(stats.answer.data.equipment.stats[0].count).toBe(3);
    expect(stats.answer.data.equipment.anomalyEpisodes[0].readingCount).toBe(3);
  });

  it('passes subgraph errors on exactly as the gateway does: message, path, code and service', async () => {
    const id = (await postGraphQL(stack.gateway.url, `{ equipmentByCode(code: "compressor-1") { id } }`)).data.equipmentByCode.id;
    const unknown = await both(`query($id: ID!) { equipment(id: $id) { id series(metric: "no_such_metric", from: "2025-12-31T00:00:00Z", to: "2026-01-01T00:00:00Z") { points { value } } } }`, { id });
    expect(unknown.path).toBe('single-fetch');
    expect(unknown.answer.errors?.[0]).toMatchObject({ path: ['equipment', 'series'], extensions: { code: 'BAD_USER_INPUT', serviceName: 'readings' } });
    expect(unknown.answer.data.equipment).toEqual({ id, series: null });

    const reversed = await both(`{ seriesSet(equipmentIds: ["${id}"], metrics: ["active_power_kw"], from: "2026-01-01T00:00:00Z", to: "2025-12-01T00:00:00Z", interval: "1 hour") { points { value } } }`);
    expect(reversed.path).toBe('single-fetch');
    expect(reversed.answer.errors?.[0].message).toMatch(/from/);
  });

  it('rejects bad variables in the same words on both paths', async () => {
    const bad = await both(`query($id: ID!, $from: DateTime!) { equipment(id: $id) { stats(metrics: ["active_power_kw"], from: $from, to: "2026-01-01T00:00:00Z") { count } } }`, {
      id: 'c0000000-0000-0000-0000-000000000001',
      from: 'yesterday-ish',
    });
    expect(bad.path).toBe('single-fetch');
    expect(bad.answer.errors?.[0]).toMatchObject({ message: expect.stringContaining('$from'), extensions: { code: 'BAD_USER_INPUT' } });
    const missing = await both(`query($id: ID!) { equipment(id: $id) { latest { value } } }`, {});
    expect(missing.path).toBe('single-fetch');
    expect(missing.answer.errors?.[0].message).toContain('$id');
    expect(missing.answer.data).toBeUndefined();
  });

  it('runs one-subgraph mutations once, with per-item rejections intact', async () => {
    const mutation = `mutation($p: [ReadingInput!]!) { ingestReadings(points: $p) { accepted duplicates rejected { index reason } } }`;
    const bad = { p: [{ equipmentCode: 'compressor-1', metric: 'no_such_metric', time: '2025-12-31T23:00:00Z', value: 1 }] };
    const res = await both(mutation, bad);
    expect(res.path).toBe('single-fetch');
    expect(res.answer.data.ingestReadings).toMatchObject({ accepted: 0, rejected: [{ index: 0 }] });
    // A wrongly typed field deep in the list: refused before anything is sent, in graphql-js's words.
    const typed = await both(mutation, { p: [bad.p[0], { ...bad.p[0], metric: 5 }] });
    expect(typed.path).toBe('single-fetch');
    expect(typed.answer.status).toBe(400);
    expect(typed.answer.errors?.[0].message).toContain('at "p[1].metric"');
  });

  it('leaves plans it cannot shortcut to the gateway: fragments, several subgraphs, query-plan requests', async () => {
    const id = (await postGraphQL(stack.gateway.url, `{ equipmentByCode(code: "compressor-1") { id } }`)).data.equipmentByCode.id;
    const withFragment = await both(`query($id: ID!) { equipment(id: $id) { ...L } } fragment L on Equipment { latest(metrics: ["active_power_kw"]) { value } }`, { id });
    expect(withFragment.path).toBe('gateway');
    expect(withFragment.answer.data.equipment.latest).toHaveLength(1);

    const spanning = await both(`query($id: ID!) { equipment(id: $id) { code latest(metrics: ["active_power_kw"]) { value } } }`, { id });
    expect(spanning.path).toBe('gateway');
    expect(spanning.answer.data.equipment.code).toBe('Compressor-1');

    const withPlan = await postGraphQL(stack.gateway.url, `query($id: ID!) { equipment(id: $id) { latest { value } } }`, { id }, { 'apollo-query-plan-experimental': '1' });
    expect(withPlan.extensions?.__queryPlanExperimental).toContain('Fetch(service: "readings")');
  });

  it('reports an unreachable subgraph the way the gateway does, keeping the server up', async () => {
    const port = await closedPort();
    const subgraphUrls = { ...Object.fromEntries(Object.entries(stack.subgraphs).map(([n, s]) => [n, s.url])), readings: `http://127.0.0.1:${port}/graphql` };
    const fast = await startGateway({ config, db: t.db, port: 0, subgraphUrls });
    const slow = await startGateway({ config, db: t.db, port: 0, subgraphUrls, singleFetch: false });
    try {
      const query = `{ seriesSet(equipmentIds: ["c0000000-0000-0000-0000-000000000001"], metrics: ["active_power_kw"], from: "2025-12-31T00:00:00Z", to: "2026-01-01T00:00:00Z", interval: "1 hour") { points { value } } }`;
      const a = await postGraphQL(fast.url, query);
      const b = await postGraphQL(slow.url, query);
      expect(fast.paths['single-fetch']).toBe(1);
      expect(visible(a)).toEqual(visible(b));
      expect(a.errors?.[0].message).toContain('readings service could not be reached');
      expect((await postGraphQL(fast.url, `{ energySources { name } }`)).data.energySources).toHaveLength(4);
    } finally {
      await fast.stop();
      await slow.stop();
    }
  });
});
