// Preference pairs: a property test over many pairs re-derives every condition of the
// comparability rule and the preference from raw readings; reproducibility; TRL format; errors.
import { sql } from 'kysely';
import { DomainError } from '../../common/errors.js';
import { preferencePairs, type PreferencePair } from '../../subgraphs/training/preference.js';
import { localTime } from '../../subgraphs/training/text.js';
import { createTrainingPlant, ORG, siteId } from '../support/training-fixtures.js';
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

/** Raw-reading means of a metric of an equipment, or a site's outdoor temperature, over [start, start + minutes). */
async function rawMean(t: TestDatabase, owner: { equipmentId?: string; siteId?: string }, metric: string, start: Date, minutes: number): Promise<number> {
  const { rows } = await sql<{ mean: number }>`
    select avg(p.value) as mean from readings.pub_series s join readings.pub_points p on p.series_id = s.id
    where s.metric = ${metric} and ${owner.equipmentId ? sql`s.equipment_id = ${owner.equipmentId}` : sql`s.site_id = ${owner.siteId!}`}
      and p.time >= ${start.toISOString()}::timestamptz and p.time < ${start.toISOString()}::timestamptz + make_interval(mins => ${minutes})`.execute(t.db);
  return rows[0].mean;
}

// The AHU room has no outdoor series of its own: its enclosing plant's applies.
const outdoorSite = (site: string) => (site === siteId(3) ? siteId(1) : site);

describe('training: preference pairs', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
    await createTrainingPlant(t);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  const base = { metric: 'active_power_kw', direction: 'lower' as const, durationHours: 1, intervalMinutes: 15, minMargin: 0.02 };

  it.each([
    ['chiller', 'active_power_kw', 'lower'],
    ['pump', 'active_power_kw', 'higher'],
    ['chiller', 'power_factor', 'higher'],
    ['ahu', 'active_power_kw', 'lower'],
  ] as const)('every %s pair on %s (%s is better) satisfies the comparability rule and the preference', async (type, metric, direction) => {
    const set = await preferencePairs(t.db, ORG, { ...base, equipmentType: type, metric, direction, count: 60, seed: 17, minMargin: metric === 'power_factor' ? 0.001 : 0.02 });
    console.log(`${type}/${metric}: ${set.pairs.length} pairs from ${set.candidatesDrawn} candidates; ${set.skippedBelowMargin} comparable matches below the margin; load metric ${set.rule.loadMetric}`);
    expect(set.pairs.length).toBeGreaterThanOrEqual(20);
    const check = async (p: PreferencePair) => {
      const [a, b] = [p.aCandidate, p.bCandidate];
      expect(a.equipment.typeId).toBe(type);
      expect(b.equipment.typeId).toBe(type);
      expect(a.equipment.id === b.equipment.id && a.start.getTime() === b.start.getTime()).toBe(false);
      const la = localTime(a.start, a.equipment.timeZone);
      const lb = localTime(b.start, b.equipment.timeZone);
      const d = Math.abs(la.hour * 60 + la.minute - (lb.hour * 60 + lb.minute)) % 1440;
      expect(Math.min(d, 1440 - d)).toBeLessThanOrEqual(set.rule.maxStartOffsetMinutes);
      const minutes = set.durationHours * 60;
      const [ta, tb, sa, sb] = await Promise.all([
        rawMean(t, { siteId: outdoorSite(a.equipment.siteId) }, 'outdoor_temp_c', a.start, minutes),
        rawMean(t, { siteId: outdoorSite(b.equipment.siteId) }, 'outdoor_temp_c', b.start, minutes),
        rawMean(t, { equipmentId: a.equipment.id }, metric, a.start, minutes),
        rawMean(t, { equipmentId: b.equipment.id }, metric, b.start, minutes),
      ]);
      expect(Math.abs(ta - tb)).toBeLessThanOrEqual(set.rule.outdoorTempToleranceC + 1e-9);
      expect(sa).toBeCloseTo(a.score, 9);
      expect(sb).toBeCloseTo(b.score, 9);
      if (set.rule.loadMetric) {
        const [xa, xb] = await Promise.all([rawMean(t, { equipmentId: a.equipment.id }, set.rule.loadMetric, a.start, minutes), rawMean(t, { equipmentId: b.equipment.id }, set.rule.loadMetric, b.start, minutes)]);
        expect(Math.abs(xa - xb)).toBeLessThanOrEqual(set.rule.loadTolerance * Math.max(Math.abs(xa), Math.abs(xb)) + 1e-9);
      }
      const better = direction === 'lower' ? (sa <= sb ? 'A' : 'B') : sa >= sb ? 'A' : 'B';
      expect(p.preferred).toBe(better);
      expect(p.margin).toBeCloseTo(Math.abs(sa - sb), 9);
      expect(p.relativeMargin).toBeGreaterThanOrEqual(set.minMargin);
      const chosen = p.preferred === 'A' ? a : b;
      expect(p.trl.chosen.startsWith(`${chosen.equipment.code} `)).toBe(true);
      expect(Object.keys(p.trl).sort()).toEqual(['chosen', 'prompt', 'rejected']);
      expect(p.a.states).toHaveLength(4);
      expect(p.a.states[0].time.getTime()).toBe(a.start.getTime());
    };
    for (const p of set.pairs) await check(p);
  });

  it('is reproducible, differs by seed, and costs O(1) statements', async () => {
    const run = (seed: number, count = 30) => preferencePairs(t.db, ORG, { ...base, equipmentType: 'chiller', count, seed });
    const json = (s: Awaited<ReturnType<typeof run>>) => JSON.stringify(s.pairs.map((p) => p.trl));
    const a = await run(1);
    expect(json(await run(1))).toBe(json(a));
    expect(json(await run(2))).not.toBe(json(a));
    const many = await countStatements(t, () => run(3, 200));
    const few = await countStatements(t, () => run(3, 2));
    expect(many.count).toBe(3);
    expect(few.count).toBe(many.count);
  });

  it('refuses bad input', async () => {
    expect(await codeOf(preferencePairs(t.db, ORG, { ...base, equipmentType: 'boiler', count: 5, seed: 1 }))).toMatch(/^BAD_USER_INPUT: Unknown equipment type 'boiler'/);
    expect(await codeOf(preferencePairs(t.db, ORG, { ...base, equipmentType: 'chiller', metric: 'flow_m3h', count: 5, seed: 1 }))).toMatch(/^BAD_USER_INPUT: Equipment of type 'chiller' does not report 'flow_m3h': it reports active_power_kw, cooling_load_tr/);
    expect(await codeOf(preferencePairs(t.db, ORG, { ...base, equipmentType: 'chiller', count: 0, seed: 1 }))).toMatch(/^BAD_USER_INPUT: count must be/);
    expect(await codeOf(preferencePairs(t.db, ORG, { ...base, equipmentType: 'chiller', count: 1001, seed: 1 }))).toMatch(/^LIMIT_EXCEEDED/);
    expect(await codeOf(preferencePairs(t.db, ORG, { ...base, equipmentType: 'chiller', durationHours: 0.3, count: 5, seed: 1 }))).toMatch(/^BAD_USER_INPUT: durationHours must be a whole number of quarter hours/);
    expect(await codeOf(preferencePairs(t.db, ORG, { ...base, equipmentType: 'chiller', intervalMinutes: 120, count: 5, seed: 1 }))).toMatch(/^BAD_USER_INPUT: intervalMinutes 120 is larger than the duration/);
    expect(await codeOf(preferencePairs(t.db, ORG, { ...base, equipmentType: 'chiller', minMargin: 2, count: 5, seed: 1 }))).toMatch(/^BAD_USER_INPUT: minMargin must be between 0 and 1/);
    expect(await codeOf(preferencePairs(t.db, ORG, { ...base, equipmentType: 'chiller', comparable: { loadMetric: 'airflow_cfm' }, count: 5, seed: 1 }))).toMatch(/^BAD_USER_INPUT: comparable.loadMetric 'airflow_cfm'/);
  });
});
