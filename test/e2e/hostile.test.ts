// The hostile corpus (test/fixtures/hostile/corpus.json, ≥200 operations) sent through the
// gateway with a viewer's API key: no 5xx, no crash, every error coded from the fixed set, and
// the database's row counts unchanged.
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate } from 'graphql';
import { sql } from 'kysely';
import { generateApiKey } from '../../common/api-keys.js';
import { loadConfig } from '../../common/config.js';
import { ERROR_CODES } from '../../common/errors.js';
import { DEMO_ORG, seedPlant } from '../../database/simulator/index.js';
import { type RunningStack, startStack } from '../../gateway/stack.js';
import type { HostileCase } from '../fixtures/hostile/generate-corpus.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const corpus = JSON.parse(readFileSync('test/fixtures/hostile/corpus.json', 'utf8')) as HostileCase[];

async function rowCounts(t: TestDatabase): Promise<Record<string, number>> {
  const { rows: tables } = await sql<{ name: string }>`
    select schemaname || '.' || tablename as name from pg_tables
    where schemaname in ('platform', 'assets', 'readings', 'energy', 'training')
      and tablename not in ('audit_log', 'usage_hourly') order by 1`.execute(t.db);
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    out[name] = Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(t.db)).rows[0].n);
  }
  return out;
}

describe('hostile corpus through the gateway', () => {
  let t: TestDatabase;
  let stack: RunningStack;
  let key: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedPlant(t, { scale: 'demo', end: '2026-01-01T00:00:00Z', hours: 1, enms: { from: '2025-11-01', to: '2026-01-01' }, equipment: ['chiller*'] });
    const k = generateApiKey();
    key = k.key;
    await t.db
      .insertInto('platform.api_keys')
      .values({ id: '11111111-1111-4111-8111-111111111111', organization_id: DEMO_ORG.id, name: 'hostile viewer', prefix: k.prefix, key_hash: k.hash, roles: ['viewer'] })
      .execute();
    const config = loadConfig({ ...process.env, ALLOW_ANONYMOUS: 'false', REQUIRE_GATEWAY_SIGNATURE: 'true', INTERNAL_SECRET: 'hostile-test-secret', RATE_LIMIT_PER_SECOND: '100000', RATE_LIMIT_BURST: '100000' });
    stack = await startStack(t.db, { config, ephemeralPorts: true });
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
    await t?.destroy();
  });

  it('holds at least 200 cases, and the ones marked valid really reach the resolvers', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const api = Supergraph.build(readFileSync('supergraph.graphql', 'utf8')).apiSchema().toGraphQLJSSchema();
    const invalid = corpus
      .filter((c) => c.valid && c.body && !Array.isArray(c.body))
      .filter((c) => validate(api, parse((c.body as { query: string }).query)).length > 0)
      .map((c) => c.name);
    expect(invalid).toEqual([]);
  });

  it('answers every case with a coded error or data, never a 5xx, and changes nothing', async () => {
    const before = await rowCounts(t);
    const problems: string[] = [];
    for (const c of corpus) {
      const body = c.padTo ? JSON.stringify({ query: `{ metrics { name } } #${'x'.repeat(c.padTo)}` }) : (c.raw ?? JSON.stringify(c.body));
      let res: Response;
      try {
        res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body });
      } catch (e) {
        problems.push(`${c.name}: transport ${(e as Error).message}`);
        continue;
      }
      const text = await res.text();
      if (res.status >= 500) problems.push(`${c.name}: HTTP ${res.status} ${text.slice(0, 200)}`);
      let json: { errors?: { extensions?: { code?: string } }[] };
      try {
        json = JSON.parse(text);
      } catch {
        problems.push(`${c.name}: HTTP ${res.status}, body is not JSON: ${text.slice(0, 120)}`);
        continue;
      }
      for (const e of json.errors ?? []) {
        if (!(ERROR_CODES as readonly string[]).includes(e.extensions?.code ?? '')) problems.push(`${c.name}: uncoded error ${JSON.stringify(e).slice(0, 200)}`);
        if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(`${c.name}: internal error ${JSON.stringify(e).slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await rowCounts(t)).toEqual(before);
    // The servers are still up.
    const ok = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query: '{ metrics { name } }' }) });
    expect(ok.status).toBe(200);
  }, 300_000);
});
