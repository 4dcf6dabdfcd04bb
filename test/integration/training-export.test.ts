// The JSONL export: pairs lines hold exactly prompt, chosen and rejected strings; a states export
// equals sampleStates with the same seed, page size notwithstanding; pages cost a fixed number of
// statements; cursors from another export are refused.
import { PassThrough } from 'node:stream';
import { DomainError } from '../../common/errors.js';
import { parseExportArgs, writeExport } from '../../scripts/export.js';
import { exportPage, stateRecord } from '../../subgraphs/training/dataset.js';
import { sampleStates } from '../../subgraphs/training/sampling.js';
import { createTrainingPlant, ORG } from '../support/training-fixtures.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../support/test-database.js';

async function exportLines(t: TestDatabase, argv: string[]): Promise<string[]> {
  const options = parseExportArgs([...argv, '--out', '/dev/null', '--organization', ORG]);
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  await writeExport(t.db, options, out);
  out.end();
  return chunks.join('').split('\n').filter(Boolean);
}

describe('training: export', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
    await createTrainingPlant(t);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('writes pairs as JSON lines with exactly prompt, chosen and rejected strings', async () => {
    const lines = await exportLines(t, ['--kind', 'pairs', '--count', '45', '--seed', '3', '--type', 'chiller', '--page-size', '20']);
    expect(lines.length).toBeGreaterThanOrEqual(40);
    expect(lines.length).toBeLessThanOrEqual(45);
    for (const line of lines) {
      const record = JSON.parse(line);
      expect(Object.keys(record)).toEqual(['prompt', 'chosen', 'rejected']);
      expect(Object.values(record).every((v) => typeof v === 'string' && v.length > 20)).toBe(true);
    }
    expect(await exportLines(t, ['--kind', 'pairs', '--count', '45', '--seed', '3', '--type', 'chiller', '--page-size', '20'])).toEqual(lines);
  });

  it('exports the same states as sampleStates, whatever the page size, one page at a time', async () => {
    const direct = (await sampleStates(t.db, ORG, { equipmentType: 'pump', count: 130, seed: 9 })).map((s, i) => JSON.stringify(stateRecord(s, { index: i, seed: 9 })));
    const a = await exportLines(t, ['--kind', 'states', '--count', '130', '--seed', '9', '--type', 'pump', '--page-size', '50']);
    const b = await exportLines(t, ['--kind', 'states', '--count', '130', '--seed', '9', '--type', 'pump', '--page-size', '7']);
    expect(a).toEqual(direct);
    expect(b).toEqual(direct);
    const args = parseExportArgs(['--kind', 'states', '--count', '1000', '--type', 'pump', '--out', 'x']).args;
    const first = await exportPage(t.db, ORG, args, 100, null);
    const page = await countStatements(t, () => exportPage(t.db, ORG, args, 100, first.endCursor));
    expect(page.count).toBe(2);
    expect(page.result.items[0].index).toBe(100);
  });

  it('exports trajectories and batches with their seed on every line', async () => {
    const trajectories = await exportLines(t, ['--kind', 'trajectories', '--count', '12', '--seed', '4', '--type', 'ahu', '--page-size', '5']);
    expect(trajectories).toHaveLength(12);
    expect(trajectories.every((l) => JSON.parse(l).seed === 4 && JSON.parse(l).states.length === 4)).toBe(true);
    const batch = await exportLines(t, ['--kind', 'batch', '--count', '3', '--seed', '4', '--batch-size', '10', '--anomaly-ratio', '0.3', '--page-size', '20']);
    expect(batch).toHaveLength(30);
    for (const b of [0, 1, 2]) {
      const examples = batch.map((l) => JSON.parse(l)).filter((r) => r.batch === b);
      expect(examples).toHaveLength(10);
      expect(examples.filter((r) => r.label === 'anomaly')).toHaveLength(3);
    }
  });

  it('refuses a cursor of another export and bad arguments', async () => {
    const states = parseExportArgs(['--kind', 'states', '--count', '10', '--out', 'x']).args;
    const page = await exportPage(t.db, ORG, states, 5, null);
    const other = { ...states, seed: 43 };
    await expect(exportPage(t.db, ORG, other, 5, page.endCursor)).rejects.toThrow(/belongs to another export/);
    await expect(exportPage(t.db, ORG, states, 5000, null)).rejects.toBeInstanceOf(DomainError);
    expect(() => parseExportArgs(['--kind', 'rows', '--count', '1', '--out', 'x'])).toThrow(/--kind must be one of states, trajectories, pairs, batch/);
  });
});
