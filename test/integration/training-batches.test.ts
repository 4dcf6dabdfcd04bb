// Anomaly examples and training batches: labels by the k·σ rule checked against the anomalies
// injected into the fixture (precision and recall printed), exact batch composition for many
// sizes and ratios, reproducible shuffles, and clear errors.
import { DomainError } from '../../common/errors.js';
import { stateRecord } from '../../subgraphs/training/dataset.js';
import { labelQuality } from '../../subgraphs/training/repositories/anomaly-repository.js';
import { anomalyCountFor, anomalyExamples, trainingBatch } from '../../subgraphs/training/sampling.js';
import { createTrainingPlant, INJECTED, ORG, type TrainingPlant } from '../support/training-fixtures.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
}

describe('training: anomaly examples and batches', () => {
  let t: TestDatabase;
  let plant: TrainingPlant;
  const TYPES = ['chiller', 'pump', 'ahu'];

  beforeAll(async () => {
    t = await createTestDatabase();
    plant = await createTrainingPlant(t);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('labels readings beyond k·σ and reports precision and recall against the injected anomalies', async () => {
    const ids = plant.equipment.map((e) => e.id);
    const results = [];
    for (const k of [2, 3, 4]) {
      const q = await labelQuality(t.db, ORG, ids, k);
      results.push(q);
      const kinds = q.by_kind.map((b) => `${b.kind} ${b.detected}/${b.injected_readings}`).join(', ');
      console.log(
        `fixture, k = ${k}: ${q.labelled} of ${q.readings} readings labelled; precision ${q.precision?.toFixed(3)}, recall ${q.recall?.toFixed(3)} (${q.true_positives} of ${q.injected_readings} injected readings; ${kinds})`,
      );
    }
    const [k2, k3] = results;
    expect(k2.injected_readings).toBe(INJECTED.reduce((n, a) => n + (new Date(a.endsAt).getTime() - new Date(a.startsAt).getTime()) / 60e3 + 1, 0));
    // Every spike reading is found at the seed's k = 2; stuck sensors are invisible to a σ rule.
    expect(k2.by_kind.find((b) => b.kind === 'spike')).toMatchObject({ recall: 1 });
    expect(k2.by_kind.find((b) => b.kind === 'stuck')!.detected).toBe(0);
    expect(k2.recall!).toBeGreaterThanOrEqual(0.35);
    expect(k2.precision!).toBeGreaterThanOrEqual(0.05);
    expect(k3.precision!).toBeGreaterThan(k2.precision!);
  });

  it('returns anomalous states only, reproducibly, in O(1) statements', async () => {
    const run = async (seed: number) => anomalyExamples(t.db, ORG, { equipmentType: 'chiller', count: 40, seed, k: 2 });
    const { result, count } = await countStatements(t, () => run(5));
    expect(count).toBe(3);
    expect(result).toHaveLength(40);
    expect(result.every((s) => s.anomalous && s.anomalousMetrics.length > 0)).toBe(true);
    expect(result.every((s) => s.values.some((v) => v.zScore !== null && Math.abs(v.zScore) > 2))).toBe(true);
    expect(JSON.stringify((await run(5)).map((s) => stateRecord(s)))).toBe(JSON.stringify(result.map((s) => stateRecord(s))));
    expect(JSON.stringify((await run(6)).map((s) => stateRecord(s)))).not.toBe(JSON.stringify(result.map((s) => stateRecord(s))));
  });

  it('rounds the anomaly count to the nearest whole number, halves up', () => {
    expect(anomalyCountFor(32, 0.2)).toBe(6);
    expect(anomalyCountFor(10, 0.25)).toBe(3);
    expect(anomalyCountFor(10, 0.15)).toBe(2);
    expect(anomalyCountFor(1, 0.5)).toBe(1);
    expect(anomalyCountFor(1, 0.49)).toBe(0);
    expect(anomalyCountFor(1000, 0)).toBe(0);
    expect(anomalyCountFor(7, 1)).toBe(7);
  });

  it.each([
    [32, 0.2, 6],
    [1, 0, 0],
    [1, 1, 1],
    [1, 0.5, 1],
    [10, 0.15, 2],
    [64, 1, 64],
    [100, 0, 0],
    [1000, 0.2, 200],
  ])('composes a batch of %i with ratio %f as exactly %i anomalies', async (size, ratio, anomalies) => {
    const batch = await trainingBatch(t.db, ORG, { batchSize: size, equipmentTypes: TYPES, anomalyRatio: ratio, seed: 11 });
    expect(batch.examples).toHaveLength(size);
    expect(batch.examples.filter((s) => s.anomalous)).toHaveLength(anomalies);
    expect(batch).toMatchObject({ seed: 11, anomalyCount: anomalies, normalCount: size - anomalies });
    expect(batch.examples.every((s) => TYPES.includes(s.equipment.typeId))).toBe(true);
  });

  it('shuffles reproducibly: the same seed gives the same batch, another seed another', async () => {
    const json = async (seed: number) => JSON.stringify((await trainingBatch(t.db, ORG, { batchSize: 32, equipmentTypes: TYPES, anomalyRatio: 0.2, seed })).examples.map((s) => stateRecord(s)));
    const a = await json(1);
    expect(await json(1)).toBe(a);
    expect(await json(2)).not.toBe(a);
    const labels = JSON.parse(a).map((r: { label: string }) => r.label);
    // Shuffled: the anomalies are not all at one end.
    expect(labels.slice(0, 26).includes('anomaly')).toBe(true);
    const { count } = await countStatements(t, () => trainingBatch(t.db, ORG, { batchSize: 1000, equipmentTypes: TYPES, anomalyRatio: 0.2, seed: 3 }));
    expect(count).toBeLessThanOrEqual(6);
  });

  it('refuses ratios outside [0, 1], unknown types and sizes out of range', async () => {
    expect(await codeOf(trainingBatch(t.db, ORG, { batchSize: 32, equipmentTypes: TYPES, anomalyRatio: 1.2, seed: 1 }))).toBe('BAD_USER_INPUT: anomalyRatio must be between 0 and 1, got 1.2.');
    expect(await codeOf(trainingBatch(t.db, ORG, { batchSize: 32, equipmentTypes: TYPES, anomalyRatio: -0.1, seed: 1 }))).toBe('BAD_USER_INPUT: anomalyRatio must be between 0 and 1, got -0.1.');
    expect(await codeOf(trainingBatch(t.db, ORG, { batchSize: 0, equipmentTypes: TYPES, anomalyRatio: 0.2, seed: 1 }))).toMatch(/^BAD_USER_INPUT: batchSize must be a whole number between 1 and 10,000, got 0/);
    expect(await codeOf(trainingBatch(t.db, ORG, { batchSize: 10_001, equipmentTypes: TYPES, anomalyRatio: 0.2, seed: 1 }))).toMatch(/^LIMIT_EXCEEDED/);
    expect(await codeOf(trainingBatch(t.db, ORG, { batchSize: 8, equipmentTypes: ['chiller', 'kettle'], anomalyRatio: 0.2, seed: 1 }))).toMatch(/^BAD_USER_INPUT: Unknown equipment type 'kettle'/);
    expect(await codeOf(anomalyExamples(t.db, ORG, { equipmentType: 'chiller', count: 5, seed: 1, k: 0 }))).toMatch(/^BAD_USER_INPUT: k must be a positive number/);
  });
});
