import { COMMAND_CENTER_COUNTS } from '../../database/simulator/command-center.js';
import { ENMS_MACHINES } from '../../database/simulator/enms-machines.js';
import { plantStructure } from '../../database/simulator/plant-structure.js';
import { DEMO_ORG, NORTHWIND_ORG } from '../../database/simulator/organizations.js';
import { selects } from '../../database/simulator/seed-options.js';

const s = plantStructure();
const cc = s.commandCenter;
const rating = (code: string, name: string) => cc.find((e) => e.code === code)!.ratings.find((r) => r.name === name)!.value;

describe('simulated plant structure', () => {
  it('has the 357 command-center equipment with the seed’s exact codes and counts', () => {
    expect(cc).toHaveLength(357);
    expect(new Set(cc.map((e) => e.code)).size).toBe(357);
    expect(new Set(cc.map((e) => e.id)).size).toBe(357);
    const counts: Record<string, number> = {};
    for (const e of cc) counts[e.typeId] = (counts[e.typeId] ?? 0) + 1;
    expect(counts).toEqual(COMMAND_CENTER_COUNTS);
    expect(counts.chiller).toBe(6);
    expect(counts.ahu).toBe(23);
    expect(counts.lt_mcc).toBe(70);
    for (const [prefix, n] of Object.entries(COMMAND_CENTER_COUNTS)) {
      const codes = cc.filter((e) => e.typeId === prefix).map((e) => e.code);
      expect(codes[0]).toBe(`${prefix}_001`);
      expect(codes[codes.length - 1]).toBe(`${prefix}_${String(n).padStart(3, '0')}`);
    }
    expect(cc.filter((e) => selects(['chiller*'], e.code)).map((e) => e.code)).toEqual(['chiller_001', 'chiller_002', 'chiller_003', 'chiller_004', 'chiller_005', 'chiller_006']);
  });

  it('keeps ratings inside the seed’s ranges', () => {
    const within = (prefix: string, name: string, lo: number, hi: number) => {
      const values = cc.filter((e) => e.typeId === prefix).map((e) => rating(e.code, name));
      expect(Math.min(...values)).toBe(lo);
      expect(Math.max(...values)).toBe(hi);
    };
    within('trf', 'capacity', 315, 2000);
    within('dg', 'rated_power', 200, 1200);
    within('ups', 'capacity', 20, 200);
    within('chiller', 'capacity', 50, 300);
    within('ahu', 'airflow', 5000, 25000);
    within('ct', 'capacity', 150, 300);
    within('pump', 'rated_power', 0.18, 55);
    within('compressor', 'rated_power', 22, 75);
    within('motor', 'rated_power', 3.7, 45);
    for (const e of cc.filter((x) => x.typeId.startsWith('lt_') && x.typeId !== 'lt_apfc')) expect(e.ratings.find((r) => r.name === 'rated_current')?.unit).toBe('A');
    const chiller = cc.find((e) => e.code === 'chiller_001')!;
    expect(chiller.name).toBe('Chiller 1');
    expect(chiller.location).toBe('Chiller Room');
    expect(chiller.mqttTopic).toBe('plant/command-center/chiller_001');
    expect(chiller.dataIntervalSeconds).toBe(60);
  });

  it('wires every load up to a transformer, without cycles', () => {
    const parent = new Map<string, string>();
    for (const r of s.relations.filter((x) => x.kind === 'feeds' && x.organizationId === DEMO_ORG.id)) {
      expect(parent.has(r.to)).toBe(false);
      parent.set(r.to, r.from);
    }
    const typeOf = new Map(cc.map((e) => [e.code, e.typeId]));
    for (const e of cc.filter((x) => ['motor', 'pump', 'compressor', 'ahu', 'chiller', 'ct', 'lt_db', 'lt_plc'].includes(x.typeId))) {
      let cur = e.code;
      const seen = new Set<string>();
      while (parent.has(cur)) {
        expect(seen.has(cur)).toBe(false);
        seen.add(cur);
        cur = parent.get(cur)!;
      }
      expect(typeOf.get(cur)).toBe('trf');
    }
    for (const kind of ['feeds', 'serves', 'switches', 'meters', 'backs_up']) {
      const edges = s.relations.filter((r) => r.kind === kind);
      expect(edges.length).toBeGreaterThan(0);
      const out = new Map<string, string[]>();
      for (const r of edges) out.set(r.from, [...(out.get(r.from) ?? []), r.to]);
      const state = new Map<string, number>();
      const visit = (n: string): void => {
        if (state.get(n) === 2) return;
        expect(state.get(n)).not.toBe(1);
        state.set(n, 1);
        for (const m of out.get(n) ?? []) visit(m);
        state.set(n, 2);
      };
      for (const n of out.keys()) visit(n);
    }
    const served = s.relations.filter((r) => r.kind === 'serves' && r.from.startsWith('chiller_')).map((r) => r.to);
    expect(new Set(served).size).toBe(23);
  });

  it('has the seven EnMS machines of the EnMS seed, and a Northwind plant reusing codes', () => {
    expect(ENMS_MACHINES.map((m) => [m.id, m.code, m.typeId, m.dataIntervalSeconds, m.mqttTopic])).toEqual([
      ['c0000000-0000-0000-0000-000000000001', 'Compressor-1', 'compressor', 1, 'factory/demo/compressor-1'],
      ['c0000000-0000-0000-0000-000000000002', 'HVAC-Main', 'hvac', 10, 'factory/demo/hvac-main'],
      ['c0000000-0000-0000-0000-000000000003', 'Conveyor-A', 'motor', 10, 'factory/demo/conveyor-a'],
      ['c0000000-0000-0000-0000-000000000004', 'Hydraulic-Pump-1', 'pump', 30, 'factory/demo/hydraulic-pump-1'],
      ['c0000000-0000-0000-0000-000000000005', 'Injection-Molding-1', 'injection_molding', 30, 'factory/demo/injection-molding-1'],
      ['c0000000-0000-0000-0000-000000000006', 'Compressor-EU-1', 'compressor', 1, 'factory/europe/compressor-1'],
      ['c0000000-0000-0000-0000-000000000007', 'HVAC-EU-North', 'hvac', 10, 'factory/europe/hvac-north'],
    ]);
    expect(ENMS_MACHINES.every((m) => m.name === m.code)).toBe(true);
    const nw = s.northwind.find((e) => e.code === 'chiller_001')!;
    expect(nw.organizationId).toBe(NORTHWIND_ORG.id);
    expect(nw.id).not.toBe(cc.find((e) => e.code === 'chiller_001')!.id);
  });

  it('catalogs one series per equipment × metric with the site’s time zone', () => {
    const keys = s.series.map((x) => x.key);
    expect(new Set(keys).size).toBe(keys.length);
    const chillerSeries = s.series.filter((x) => x.key.startsWith('demo/chiller_001/'));
    expect(chillerSeries.map((x) => x.metric)).toEqual([
      'active_power_kw', 'energy_kwh', 'voltage_v', 'current_a', 'power_factor',
      'chw_supply_temp_c', 'chw_return_temp_c', 'chw_flow_m3h', 'cooling_load_tr', 'cop',
    ]);
    expect(chillerSeries.every((x) => x.timeZone === 'Asia/Kolkata' && x.dataIntervalSeconds === 60)).toBe(true);
    const hvac = s.series.filter((x) => x.key.startsWith('demo/HVAC-EU-North/'));
    expect(hvac.map((x) => x.metric)).toEqual(['energy_kwh', 'active_power_kw', 'production_count', 'natural_gas_m3']);
    expect(hvac.every((x) => x.timeZone === 'Europe/Berlin')).toBe(true);
    expect(keys).toEqual(expect.arrayContaining(['demo/site:command-center/outdoor_temp_c', 'demo/site:demo-manufacturing-plant/relative_humidity_pct', 'demo/Injection-Molding-1/steam_kg', 'demo/Compressor-1/compressed_air_nm3']));
  });
});
