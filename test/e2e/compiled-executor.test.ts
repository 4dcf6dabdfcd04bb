// Subgraphs run queries compiled (graphql-jit). That must change nothing a client can see: two
// stacks over the same database, one compiled and one on graphql-js's interpreter, are asked the
// same things — every example query, errors, entities, introspection — and must answer alike.
import { getOperationAST, parse } from 'graphql';
import { loadConfig } from '../../common/config.js';
import { createIdentitySigner } from '../../common/identity.js';
import { startSubgraph } from '../../common/subgraph.js';
import { assetsSubgraph } from '../../subgraphs/assets/index.js';
import { seedPlant } from '../../database/simulator/index.js';
import { type RunningStack, startStack } from '../../gateway/stack.js';
import { loadExamples } from '../support/examples.js';
import { postGraphQL, withoutRequestId } from '../support/graphql-client.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const END = '2026-01-01T00:00:00Z';
const config = loadConfig({ NODE_ENV: 'test' });
const COMPRESSOR = 'c0000000-0000-0000-0000-000000000001';

/**
 * What both engines must agree on. `datasetStatistics.databaseSizeBytes` is read live from
 * PostgreSQL, where autovacuum may change it between the two calls: it must be a positive size on
 * both sides, and is otherwise not the engine's to agree on.
 */
function visible(answer: Awaited<ReturnType<typeof postGraphQL>>) {
  const shown = withoutRequestId(answer);
  const stats = (shown.data as { datasetStatistics?: { databaseSizeBytes?: unknown } } | null | undefined)?.datasetStatistics;
  if (stats && 'databaseSizeBytes' in stats) {
    expect(stats.databaseSizeBytes).toBeGreaterThan(0);
    return { ...shown, data: { ...(shown.data as object), datasetStatistics: { ...stats, databaseSizeBytes: 'a live size' } } };
  }
  return shown;
}

const queryExamples = loadExamples().filter((e) => getOperationAST(parse(e.query))?.operation === 'query');

describe('compiled query execution in the subgraphs', () => {
  let t: TestDatabase;
  let compiled: RunningStack;
  let interpreted: RunningStack;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedPlant(t, { scale: 'demo', end: END, hours: 3 });
    compiled = await startStack(t.db, { ephemeralPorts: true, config });
    interpreted = await startStack(t.db, { ephemeralPorts: true, config, compiled: false });
    // The example mutations run once, first (a report needs a trained baseline); both stacks
    // then read the same database.
    for (const e of loadExamples().filter((x) => getOperationAST(parse(x.query))?.operation === 'mutation')) {
      expect((await postGraphQL(compiled.gateway.url, e.query, e.variables)).errors).toBeUndefined();
    }
  }, 300_000);
  afterAll(async () => {
    await compiled?.stop();
    await interpreted?.stop();
    await t?.destroy();
  });

  const compiledRuns = () => Object.values(compiled.subgraphs).reduce((n, s) => n + s.executions.compiled, 0);

  it('has example queries to compare', () => {
    expect(queryExamples.length).toBeGreaterThan(15);
  });

  it.each(queryExamples.map((e) => [e.name, e] as const))('example %s answers the same compiled and interpreted', async (_name, example) => {
    const before = compiledRuns();
    const a = await postGraphQL(compiled.gateway.url, example.query, example.variables);
    const b = await postGraphQL(interpreted.gateway.url, example.query, example.variables);
    expect(a.errors).toBeUndefined();
    expect(visible(a)).toEqual(visible(b));
    expect(compiledRuns()).toBeGreaterThan(before);
    expect(Object.values(interpreted.subgraphs).every((s) => s.executions.compiled === 0)).toBe(true);
  });

  /** Straight at one subgraph of each stack (anonymous callers are allowed in tests). */
  async function atSubgraph(name: keyof RunningStack['subgraphs'], query: string, variables?: Record<string, unknown>) {
    const a = await postGraphQL(compiled.subgraphs[name].url, query, variables);
    const b = await postGraphQL(interpreted.subgraphs[name].url, query, variables);
    expect(visible(a)).toEqual(visible(b));
    return a;
  }

  it('gives the same coded errors, paths and partial data', async () => {
    const notFound = await atSubgraph('assets', `{ a: equipmentByCode(code: "chillr_007") { code } b: equipmentByCode(code: "Compressor-1") { code } }`);
    expect(notFound.errors?.[0]).toMatchObject({ path: ['a'], extensions: { code: 'NOT_FOUND' }, locations: [{ line: 1, column: 3 }] });
    expect(notFound.data).toEqual({ a: null, b: { code: 'Compressor-1' } });

    const badInput = await atSubgraph('readings', `query($id: ID!) { equipment(id: $id) { series(metric: "active_power_kw", from: "2025-12-31T00:00:00Z", to: "2026-01-01T00:00:00Z", timeZone: "Mars/Olympus") { points { value } } } }`, { id: COMPRESSOR });
    expect(badInput.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badInput.errors?.[0].path).toEqual(['equipment', 'series']);
  });

  it('gives graphql-js’s own words for bad variables', async () => {
    const bad = await atSubgraph('readings', `query($id: ID!, $from: DateTime!) { equipment(id: $id) { stats(metrics: ["active_power_kw"], from: $from, to: "2026-01-01T00:00:00Z") { count } } }`, { id: COMPRESSOR, from: 'yesterday-ish' });
    expect(bad.errors?.[0].message).toContain('DateTime cannot represent an invalid date-time-string');
    expect(bad.status).toBe(400);
    expect(bad.data).toBeUndefined();
  });

  it('resolves entities the same for every @key', async () => {
    const readings = await atSubgraph(
      'readings',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { id latest(metrics: ["active_power_kw"]) { value } } ... on Site { id } } }`,
      { r: [{ __typename: 'Equipment', id: COMPRESSOR }, { __typename: 'Equipment', id: 'c0000000-0000-0000-0000-000000000099' }] },
    );
    expect(readings.data._entities[0].latest).toHaveLength(1);
    const assets = await atSubgraph('assets', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Equipment { id code } } }`, { r: [{ __typename: 'Equipment', id: COMPRESSOR }] });
    expect(assets.data._entities).toEqual([{ id: COMPRESSOR, code: 'Compressor-1' }]);
  });

  it('runs mutations compiled with the same answers, rejections and errors', async () => {
    const before = compiled.subgraphs.readings.executions.compiled;
    const ingest = `mutation($p: [ReadingInput!]!) { ingestReadings(points: $p) { accepted duplicates rejected { index reason } } }`;
    const point = { equipmentCode: 'compressor-1', metric: 'active_power_kw', time: '2025-12-31T23:59:30Z', value: 1 };
    const rejected = await atSubgraph('readings', ingest, { p: [{ ...point, metric: 'no_such_metric' }, { ...point, value: 2, equipmentCode: 'no-such-machine' }] });
    expect(rejected.data.ingestReadings).toMatchObject({ accepted: 0, rejected: [{ index: 0 }, { index: 1 }] });
    expect(compiled.subgraphs.readings.executions.compiled).toBe(before + 1);

    const badVariable = await atSubgraph('readings', ingest, { p: [{ ...point, metric: 5 }] });
    expect(badVariable.status).toBe(400);
    expect(badVariable.errors?.[0].message).toContain('String cannot represent a non string value: 5');
    expect(badVariable.errors?.[0].message).toContain('at "p[0].metric"');

    const unknown = await atSubgraph('readings', `mutation { acknowledgeAlert(id: "00000000-0000-4000-8000-0000000000ff", by: "test") { id } }`);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Alert! is non-null: the error's null reaches the root.
    expect(unknown.data).toBeNull();
  });

  it('leaves introspection to graphql-js', async () => {
    const before = compiled.subgraphs.assets.executions['graphql-js'];
    const intro = await atSubgraph('assets', `{ __schema { queryType { name } } _service { sdl } }`);
    expect(intro.data.__schema.queryType.name).toBe('Query');
    expect(intro.data._service.sdl).toContain('type Equipment');
    expect(compiled.subgraphs.assets.executions['graphql-js']).toBe(before + 1);
  });

  it('still refuses introspection in production (Apollo’s rule runs before any executor) and answers _service', async () => {
    const production = loadConfig({ NODE_ENV: 'production', INTERNAL_SECRET: 'compiled-test' });
    const subgraph = await startSubgraph(assetsSubgraph as Parameters<typeof startSubgraph>[0], { db: t.db, port: 0, config: production });
    try {
      const headers = createIdentitySigner('compiled-test')({ subject: 'test', organizationId: '00000000-0000-4000-8000-000000000001', roles: ['viewer'] });
      const intro = await postGraphQL(subgraph.url, '{ __schema { queryType { name } } }', undefined, headers);
      expect(intro.status).toBe(400);
      expect(intro.errors?.[0].message).toContain('introspection is not allowed');
      const service = await postGraphQL(subgraph.url, '{ _service { sdl } }', undefined, headers);
      expect(service.data._service.sdl).toContain('type Equipment');
    } finally {
      await subgraph.stop();
    }
  });
});
