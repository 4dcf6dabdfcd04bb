// States and trajectories: the as-of rule, explicit missing metrics, the exclusive end,
// reproducibility (byte-identical JSON for a seed, different for another), O(1) statements for
// 1,024 states and 256 trajectories, and the errors for bad input.
import { sql } from 'kysely';
import { DomainError } from '../../common/errors.js';
import { stateRecord, trajectoryRecord } from '../../subgraphs/training/dataset.js';
import { sampleStates, sampleTrajectories } from '../../subgraphs/training/sampling.js';
import { createTrainingPlant, FROM, HOLE_FROM, ORG, TO, type TrainingPlant } from '../support/training-fixtures.js';
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

describe('training: states and trajectories', () => {
  let t: TestDatabase;
  let plant: TrainingPlant;

  beforeAll(async () => {
    t = await createTestDatabase();
    plant = await createTrainingPlant(t);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('reads every metric as of the instant: the newest reading at or before it, within the data interval', async () => {
    const chiller = plant.byCode.get('chiller_001')!;
    const at = new Date('2024-06-15T05:30:30Z');
    const [state] = await sampleStates(t.db, ORG, { equipmentIds: [chiller.id], at, count: 1, seed: 1 });
    expect(state.values.map((v) => v.metric)).toEqual(['active_power_kw', 'cooling_load_tr', 'current_a', 'energy_kwh', 'power_factor', 'voltage_v']);
    const { rows } = await sql<{ metric: string; value: number; time: Date }>`
      select s.metric, p.value, p.time from readings.pub_series s join readings.pub_points p on p.series_id = s.id
      where s.equipment_id = ${chiller.id} and p.time = '2024-06-15T05:30:00Z' order by s.metric`.execute(t.db);
    expect(state.values.map((v) => ({ metric: v.metric, value: v.value, time: v.time?.toISOString() }))).toEqual(
      rows.map((r) => ({ metric: r.metric, value: r.value, time: new Date(r.time).toISOString() })),
    );
    expect(state.values.every((v) => !v.missing)).toBe(true);
  });

  it('lists a metric with no reading within its interval as missing, with a null value', async () => {
    const chiller = plant.byCode.get('chiller_002')!;
    const [state] = await sampleStates(t.db, ORG, { equipmentIds: [chiller.id], at: new Date(new Date(HOLE_FROM).getTime() + 5 * 60e3), count: 1, seed: 1 });
    const load = state.values.find((v) => v.metric === 'cooling_load_tr')!;
    expect(load).toMatchObject({ value: null, time: null, missing: true });
    expect(stateRecord(state)).toMatchObject({ missing_metrics: ['cooling_load_tr'], state: { cooling_load_tr: null } });
  });

  it('gives byte-identical JSON for the same seed and different JSON for another', async () => {
    const run = async (seed: number) => JSON.stringify((await sampleStates(t.db, ORG, { equipmentType: 'chiller', count: 50, seed })).map((s) => stateRecord(s)));
    const a = await run(7);
    expect(await run(7)).toBe(a);
    expect(await run(8)).not.toBe(a);
    // Item i does not depend on how many are asked for.
    const few = (await sampleStates(t.db, ORG, { equipmentType: 'chiller', count: 5, seed: 7 })).map((s) => stateRecord(s));
    expect(JSON.stringify(few)).toBe(JSON.stringify(JSON.parse(a).slice(0, 5)));
    const trajectories = async (seed: number) =>
      JSON.stringify((await sampleTrajectories(t.db, ORG, { equipmentType: 'pump', durationHours: 2, intervalMinutes: 10, count: 20, seed })).map((x) => trajectoryRecord(x)));
    expect(await trajectories(3)).toBe(await trajectories(3));
    expect(await trajectories(3)).not.toBe(await trajectories(4));
  });

  it('samples 1,024 states and 256 trajectories in O(1) statements', async () => {
    const states = await countStatements(t, () => sampleStates(t.db, ORG, { equipmentType: 'chiller', count: 1024, seed: 42 }));
    const few = await countStatements(t, () => sampleStates(t.db, ORG, { equipmentType: 'chiller', count: 8, seed: 42 }));
    const traj = await countStatements(t, () => sampleTrajectories(t.db, ORG, { equipmentType: 'chiller', durationHours: 1, intervalMinutes: 15, count: 256, seed: 42 }));
    const trajFew = await countStatements(t, () => sampleTrajectories(t.db, ORG, { equipmentType: 'chiller', durationHours: 1, intervalMinutes: 15, count: 2, seed: 42 }));
    console.log(`1,024 states: ${states.count} statements; 256 trajectories (1 h at 15 min): ${traj.count} statements`);
    expect(states.result).toHaveLength(1024);
    expect(traj.result).toHaveLength(256);
    expect(states.count).toBe(2);
    expect(traj.count).toBe(2);
    expect(few.count).toBe(states.count);
    expect(trajFew.count).toBe(traj.count);
  });

  it('builds trajectories with an inclusive start and an exclusive end: 1 h at 15 min is 4 states', async () => {
    const chiller = plant.byCode.get('chiller_003')!;
    const start = new Date('2024-06-15T02:00:00Z');
    const [tr] = await sampleTrajectories(t.db, ORG, { equipmentIds: [chiller.id], start, durationHours: 1, intervalMinutes: 15, count: 1, seed: 1 });
    expect(tr.states.map((s) => s.time.toISOString())).toEqual(['2024-06-15T02:00:00.000Z', '2024-06-15T02:15:00.000Z', '2024-06-15T02:30:00.000Z', '2024-06-15T02:45:00.000Z']);
    expect(tr.end.toISOString()).toBe('2024-06-15T03:00:00.000Z');
    // Random starts stay inside the data, and states are in time order.
    const many = await sampleTrajectories(t.db, ORG, { equipmentType: 'ahu', durationHours: 3, intervalMinutes: 30, count: 40, seed: 9 });
    for (const x of many) {
      expect(x.states).toHaveLength(6);
      expect(x.start.getTime()).toBeGreaterThanOrEqual(new Date(FROM).getTime());
      expect(x.states[5].time.getTime()).toBeLessThan(new Date(TO).getTime());
      expect(x.states.every((s) => s.values.every((v) => !v.missing))).toBe(true);
    }
  });

  it('refuses bad input with clear errors', async () => {
    await sql`insert into assets.equipment_types (id, name, category) values ('kettle', 'Kettle', 'utility')`.execute(t.db);
    await sql`insert into assets.equipment (id, organization_id, site_id, type_id, code, name)
              values ('e1000000-0000-4000-8000-000000000999', ${ORG}, ${plant.equipment[0].siteId}, 'kettle', 'kettle_001', 'Kettle 1')`.execute(t.db);
    expect(await codeOf(sampleStates(t.db, ORG, { equipmentType: 'kettle', count: 1, seed: 1 }))).toBe(
      "BAD_USER_INPUT: Equipment of type 'kettle' has no readings yet: types with readings are ahu, chiller, pump.",
    );
    expect(await codeOf(sampleStates(t.db, ORG, { equipmentType: 'boiler', count: 1, seed: 1 }))).toMatch(/^BAD_USER_INPUT: Unknown equipment type 'boiler': types with readings are ahu, chiller, pump\./);
    expect(await codeOf(sampleStates(t.db, ORG, { equipmentType: 'chiller', count: 0, seed: 1 }))).toMatch(/^BAD_USER_INPUT: count must be a whole number between 1 and 10,000, got 0/);
    expect(await codeOf(sampleStates(t.db, ORG, { equipmentType: 'chiller', count: 10_001, seed: 1 }))).toMatch(/^LIMIT_EXCEEDED: count 10,001 is over the maximum of 10,000/);
    expect(await codeOf(sampleStates(t.db, ORG, { equipmentType: 'chiller', count: 1, seed: -1 }))).toMatch(/^BAD_USER_INPUT: seed must be/);
    expect(await codeOf(sampleStates(t.db, ORG, { equipmentType: 'chiller', at: new Date('2023-01-01T00:00:00Z'), count: 1, seed: 1 }))).toMatch(
      /^BAD_USER_INPUT: at 2023-01-01T00:00:00.000Z is outside the data: readings run from 2024-06-15T00:00:00.000Z to 2024-06-15T11:59:00.000Z/,
    );
    expect(await codeOf(sampleStates(t.db, ORG, { count: 1, seed: 1 }))).toMatch(/^BAD_USER_INPUT: Name the equipment/);
    expect(await codeOf(sampleTrajectories(t.db, ORG, { equipmentType: 'chiller', durationHours: 1, intervalMinutes: 90, count: 1, seed: 1 }))).toMatch(
      /^BAD_USER_INPUT: intervalMinutes 90 is larger than the duration of 60 minutes/,
    );
    expect(await codeOf(sampleTrajectories(t.db, ORG, { equipmentType: 'chiller', durationHours: 1, intervalMinutes: 15, count: 2001, seed: 1 }))).toMatch(/^LIMIT_EXCEEDED/);
    expect(await codeOf(sampleTrajectories(t.db, ORG, { equipmentType: 'chiller', durationHours: 24, intervalMinutes: 15, count: 1, seed: 1 }))).toMatch(/^BAD_USER_INPUT: durationHours is longer than the data/);
    expect(await codeOf(sampleTrajectories(t.db, ORG, { equipmentType: 'chiller', start: new Date('2024-06-15T11:30:00Z'), durationHours: 1, intervalMinutes: 15, count: 1, seed: 1 }))).toMatch(
      /^BAD_USER_INPUT: start 2024-06-15T11:30:00.000Z is outside the data/,
    );
    expect(await codeOf(sampleTrajectories(t.db, ORG, { equipmentType: 'chiller', durationHours: 0, intervalMinutes: 15, count: 1, seed: 1 }))).toMatch(/^BAD_USER_INPUT: durationHours must be greater than 0/);
  });
});
