// Faults on real parts: the PostgreSQL server (a private cluster, so other tests are untouched)
// goes away under load and comes back; a subgraph dies and returns; an ingest batch fails
// mid-outage and is retried. No process is restarted to recover.
import { sql } from 'kysely';
import { ERROR_CODES } from '../../common/errors.js';
import { startSubgraph } from '../../common/subgraph.js';
import { createDatabase, type DatabaseHandle } from '../../database/create-database.js';
import { migrateToLatest } from '../../database/migrate.js';
import { DEMO_ORG, equipmentId, seedPlant } from '../../database/simulator/index.js';
import { type RunningStack, startStack } from '../../gateway/stack.js';
import { energySubgraph } from '../../subgraphs/energy/index.js';
import { postGraphQL } from '../support/graphql-client.js';
import { type PrivatePostgres, startPrivatePostgres } from '../support/private-postgres.js';

const DASHBOARD = `{ equipmentList(filter: { codePrefix: "chiller" }, first: 6) { totalCount edges { node { code latest(metrics: ["active_power_kw"]) { value } } } } energySources { name } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('faults', () => {
  let pg: PrivatePostgres;
  let handle: DatabaseHandle;
  let stack: RunningStack;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    handle = await createDatabase({ url: pg.url, poolSize: 6 });
    await migrateToLatest(handle.db);
    await seedPlant(handle, { scale: 'demo', end: '2026-01-01T00:00:00Z', hours: 1, enms: { from: '2025-12-01', to: '2025-12-03' }, equipment: ['chiller*'] });
    stack = await startStack(handle.db, { ephemeralPorts: true });
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    await handle?.close();
    await pg?.destroy();
  });

  it('answers with coded errors while PostgreSQL restarts, and fully recovers without restarting anything', async () => {
    const outcomes: { ok: boolean; status: number; codes: string[] }[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        try {
          const r = await postGraphQL(stack.gateway.url, DASHBOARD);
          outcomes.push({ ok: !r.errors && r.data?.equipmentList?.totalCount === 6, status: r.status, codes: (r.errors ?? []).map((e) => String(e.extensions?.code)) });
        } catch (e) {
          outcomes.push({ ok: false, status: 0, codes: [`transport: ${(e as Error).message}`] });
        }
        await sleep(20);
      }
    };
    const clients = Array.from({ length: 6 }, client);
    await sleep(500);
    await pg.stop();
    await sleep(1500);
    await pg.start();
    await sleep(1500);
    running = false;
    await Promise.all(clients);

    const failures = outcomes.filter((o) => !o.ok);
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) {
      expect(f.status).toBeGreaterThan(0);
      expect(f.status).toBeLessThan(500);
      for (const code of f.codes) expect(ERROR_CODES).toContain(code);
    }
    // Recovery: the same processes answer every request again.
    for (let i = 0; i < 20; i++) {
      const r = await postGraphQL(stack.gateway.url, DASHBOARD);
      expect(r.errors).toBeUndefined();
      expect(r.data.equipmentList.totalCount).toBe(6);
    }
    console.log(`postgres restart: ${outcomes.length} requests, ${failures.length} failed during the outage, then 20/20 succeeded`);
  }, 120_000);

  it('gives partial data when a subgraph dies, errors only on its fields, and recovers when it returns', async () => {
    const energy = stack.subgraphs.energy;
    const port = energy.port;
    await energy.stop();
    const during = await postGraphQL(stack.gateway.url, DASHBOARD);
    expect(during.data.equipmentList.totalCount).toBe(6);
    expect(during.data.equipmentList.edges[0].node.latest.length).toBe(1);
    expect(during.data.energySources).toBeNull();
    expect(during.errors?.length).toBeGreaterThan(0);
    for (const e of during.errors ?? []) expect(e.path?.[0] ?? 'energySources').toBe('energySources');

    stack.subgraphs.energy = await startSubgraph(energySubgraph as Parameters<typeof startSubgraph>[0], { db: handle.db, port });
    const after = await postGraphQL(stack.gateway.url, DASHBOARD);
    expect(after.errors).toBeUndefined();
    expect(after.data.energySources.length).toBe(4);
  }, 60_000);

  it('leaves exactly one copy of each point when an ingest batch is retried after a failure', async () => {
    const chiller = equipmentId(DEMO_ORG.id, 'chiller_001');
    const points = Array.from({ length: 500 }, (_, i) => ({
      equipmentId: chiller,
      metric: 'active_power_kw',
      time: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString(),
      value: 100 + (i % 7),
    }));
    const mutation = `mutation($p: [ReadingInput!]!) { ingestReadings(points: $p) { accepted duplicates rejected { index reason } } }`;
    const count = async () =>
      Number(
        (
          await sql<{ n: number }>`select count(*)::int as n from readings.points p join readings.series s on s.id = p.series_id
            join readings.metrics m on m.id = s.metric_id
            where s.equipment_id = ${chiller} and m.name = 'active_power_kw' and p.time >= '2026-01-01T00:00:00Z'`.execute(handle.db)
        ).rows[0].n,
      );
    expect(await count()).toBe(0);

    await pg.stop();
    const failed = await postGraphQL(stack.gateway.url, mutation, { p: points });
    expect(failed.errors?.length).toBeGreaterThan(0);
    await pg.start();

    let retried;
    for (let attempt = 0; attempt < 20; attempt++) {
      retried = await postGraphQL(stack.gateway.url, mutation, { p: points });
      if (!retried.errors) break;
      await sleep(250);
    }
    expect(retried?.errors).toBeUndefined();
    expect(retried?.data.ingestReadings.accepted + retried?.data.ingestReadings.duplicates).toBe(500);
    expect(await count()).toBe(500);

    const again = await postGraphQL(stack.gateway.url, mutation, { p: points });
    expect(again.data.ingestReadings).toMatchObject({ accepted: 0, duplicates: 500 });
    expect(await count()).toBe(500);
  }, 60_000);
});
