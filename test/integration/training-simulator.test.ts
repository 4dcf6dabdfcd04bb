// Anomaly labels against the simulator's injected anomalies (spike, drift, stuck) on a slice of
// the demo plant: reading-level precision and recall per k, printed for the issue note.
import { seedPlant } from '../../database/simulator/index.js';
import { DEMO_ORGANIZATION_ID } from '../../common/tenancy.js';
import { labelQuality } from '../../subgraphs/training/repositories/anomaly-repository.js';
import { equipmentPool } from '../../subgraphs/training/repositories/catalog-repository.js';
import { anomalyExamples, trainingBatch } from '../../subgraphs/training/sampling.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('training on the simulated plant', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedPlant(t, { hours: 24, enms: false, end: '2026-11-24T00:00:00Z', equipment: ['chiller*', 'pump*', 'ahu*', 'trf*', 'compressor*'] });
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('reports precision and recall of the k·σ labels against the injected anomalies', async () => {
    const pool = await equipmentPool(t.db, DEMO_ORGANIZATION_ID, {});
    const ids = pool.map((e) => e.id);
    const byK = [];
    for (const k of [2, 3, 4]) {
      const q = await labelQuality(t.db, DEMO_ORGANIZATION_ID, ids, k);
      byK.push(q);
      const kinds = q.by_kind.map((b) => `${b.kind} ${b.detected}/${b.injected_readings}`).join(', ');
      console.log(`simulator (${pool.length} equipment, 24 h), k = ${k}: ${q.labelled} of ${q.readings} readings labelled; precision ${q.precision?.toFixed(3)}, recall ${q.recall?.toFixed(3)} (${kinds})`);
    }
    expect(byK[0].injected_readings).toBeGreaterThan(0);
    expect(byK[0].by_kind.find((b) => b.kind === 'spike')!.detected).toBeGreaterThan(0);
    expect(byK[0].recall!).toBeGreaterThanOrEqual(byK[2].recall!);
  });

  it('draws exact batches from the simulated plant', async () => {
    const batch = await trainingBatch(t.db, DEMO_ORGANIZATION_ID, { batchSize: 32, equipmentTypes: ['chiller', 'ahu', 'pump'], anomalyRatio: 0.2, seed: 42 });
    expect(batch.examples.filter((s) => s.anomalous)).toHaveLength(6);
    expect(batch.examples).toHaveLength(32);
    expect((await anomalyExamples(t.db, DEMO_ORGANIZATION_ID, { equipmentType: 'chiller', count: 20, seed: 1 })).every((s) => s.anomalous)).toBe(true);
  });
});
