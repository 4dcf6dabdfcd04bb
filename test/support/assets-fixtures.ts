// The assets structure of the demo plant, small and self-contained for the assets tests: the
// command-center inventory with the seed's exact codes and counts (357), the seven EnMS machines
// with their seed ids, a campus hierarchy, an electrical and cooling topology (with one loop on
// purpose), and a second tenant holding the same codes. No readings.
import { createHash } from 'node:crypto';
import { postGraphQL } from './graphql-client.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../database/database.js';
import type { EquipmentCategory, Rating, RelationKind, SiteKind } from '../../database/tables/assets.table.js';

export const DEMO = '00000000-0000-4000-8000-000000000001';
export const NORTHWIND = '00000000-0000-4000-8000-000000000002';

/** A stable UUID (v5 layout) for a fixture name, so tests can name rows by code. */
export function fixtureId(name: string): string {
  const h = createHash('sha1').update(`assets-fixture/${name}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export const equipmentIdOf = (code: string, org = DEMO) => fixtureId(`${org}/equipment/${code.toLowerCase()}`);
export const siteIdOf = (code: string, org = DEMO) => fixtureId(`${org}/site/${code}`);

const TYPES: [string, string, EquipmentCategory, string][] = [
  ['lt_mcc', 'Motor Control Center', 'lt_panel', 'LT panel with starters and feeders for motors, pumps, fans and drives.'],
  ['lt_pcc', 'Power Control Center', 'lt_panel', 'Main LT switchboard fed by a transformer.'],
  ['lt_apfc', 'APFC Panel', 'lt_panel', 'Automatic power factor correction capacitor banks.'],
  ['lt_db', 'Distribution Board', 'lt_panel', 'Final distribution board for lighting and small power.'],
  ['lt_mldb', 'Main LT Distribution Board', 'lt_panel', 'Main lighting distribution board.'],
  ['lt_smdb', 'Sub-Main Distribution Board', 'lt_panel', 'Sub-main distribution board.'],
  ['lt_vfd', 'VFD Panel', 'lt_panel', 'Variable frequency drive panel.'],
  ['lt_plc', 'PLC Panel', 'lt_panel', 'Programmable logic controller panel.'],
  ['lt_ats', 'Auto Transfer Switch', 'lt_panel', 'Transfers a bus between transformer and DG supply.'],
  ['lt_changeover', 'Changeover Switch', 'lt_panel', 'Manual changeover between two feeders.'],
  ['trf', 'Transformer', 'major_equipment', '11 kV / 415 V distribution transformer.'],
  ['dg', 'DG Set', 'major_equipment', 'Diesel generator set for standby power.'],
  ['ups', 'UPS System', 'major_equipment', 'Uninterruptible power supply.'],
  ['chiller', 'Water Chiller', 'major_equipment', 'Vapour-compression chiller producing chilled water.'],
  ['ahu', 'Air Handling Unit', 'major_equipment', 'Air handling unit with chilled-water coil.'],
  ['ct', 'Cooling Tower', 'major_equipment', 'Induced-draft cooling tower.'],
  ['pump', 'Pump', 'major_equipment', 'Centrifugal pump.'],
  ['compressor', 'Air Compressor', 'major_equipment', 'Rotary screw air compressor.'],
  ['motor', 'Motor', 'major_equipment', 'Induction motor.'],
  ['em', 'Energy Meter', 'major_equipment', 'Multifunction energy meter.'],
  ['hvac', 'HVAC System', 'major_equipment', 'Packaged HVAC for a production hall.'],
  ['injection_molding', 'Injection Molding Machine', 'production_machine', 'Hydraulic injection molding machine.'],
];

export const COUNTS: Record<string, number> = {
  lt_mcc: 70, lt_pcc: 20, lt_apfc: 20, lt_db: 40, lt_mldb: 10, lt_smdb: 20, lt_vfd: 25, lt_plc: 20, lt_ats: 10, lt_changeover: 5,
  trf: 10, dg: 6, ups: 8, chiller: 6, ahu: 23, ct: 4, pump: 20, compressor: 5, motor: 15, em: 20,
};

const SHORT: Record<string, string> = {
  lt_mcc: 'MCC', lt_pcc: 'PCC', lt_apfc: 'APFC Panel', lt_db: 'DB', lt_mldb: 'MLDB', lt_smdb: 'SMDB', lt_vfd: 'VFD Panel',
  lt_plc: 'PLC Panel', lt_ats: 'ATS', lt_changeover: 'Changeover Switch', trf: 'Transformer', dg: 'DG Set', ups: 'UPS',
  chiller: 'Chiller', ahu: 'AHU', ct: 'Cooling Tower', pump: 'Pump', compressor: 'Compressor', motor: 'Motor', em: 'Energy Meter',
};

const SITES: [string, string | null, SiteKind, string, string][] = [
  ['command-center', null, 'campus', 'Command Center Campus', 'Asia/Kolkata'],
  ['main-building', 'command-center', 'building', 'Main Building', 'Asia/Kolkata'],
  ['utility-block', 'command-center', 'building', 'Utility Block', 'Asia/Kolkata'],
  ['main-receiving-substation', 'utility-block', 'room', 'Main Receiving Substation', 'Asia/Kolkata'],
  ['lt-room-1', 'utility-block', 'room', 'LT Electrical Room 1', 'Asia/Kolkata'],
  ['chiller-plant-room', 'utility-block', 'room', 'Chiller Plant Room', 'Asia/Kolkata'],
  ['pump-house', 'utility-block', 'room', 'Pump House', 'Asia/Kolkata'],
  ['compressor-room', 'utility-block', 'room', 'Compressor Room', 'Asia/Kolkata'],
  ['ups-room', 'main-building', 'room', 'UPS Room', 'Asia/Kolkata'],
  ['ahu-rooms', 'main-building', 'room', 'AHU Rooms', 'Asia/Kolkata'],
  ['dg-yard', 'command-center', 'area', 'DG Yard', 'Asia/Kolkata'],
  ['cooling-tower-yard', 'command-center', 'area', 'Cooling Tower Yard', 'Asia/Kolkata'],
  ['demo-manufacturing-plant', null, 'factory', 'Demo Manufacturing Plant', 'America/Los_Angeles'],
  ['european-production-facility', null, 'factory', 'European Production Facility', 'Europe/Berlin'],
];

function siteOf(prefix: string): string {
  if (prefix === 'trf') return 'main-receiving-substation';
  if (prefix.startsWith('lt_') || prefix === 'em') return 'lt-room-1';
  return { dg: 'dg-yard', ups: 'ups-room', chiller: 'chiller-plant-room', ahu: 'ahu-rooms', ct: 'cooling-tower-yard', pump: 'pump-house', compressor: 'compressor-room', motor: 'utility-block' }[prefix]!;
}

// Nameplates as the simulator rates them (its arrays, by index).
const TRF_KVA = [2000, 2000, 1600, 1600, 1250, 1000, 1000, 750, 500, 315];
const DG_KW = [1200, 1000, 750, 500, 320, 200];
const UPS_KVA = [200, 160, 120, 100, 60, 40, 30, 20];
const CHILLER_TR = [300, 300, 250, 150, 100, 50];
const CT_TR = [300, 300, 250, 150];
const COMPRESSOR_KW = [37, 55, 30, 22, 75];
const MOTOR_KW = [22, 18.5, 15, 11, 7.5, 45, 37, 30, 5.5, 3.7, 11, 7.5, 5.5, 15, 22];

function ratingsOf(prefix: string, i: number): Rating[] {
  const r = (name: string, value: number, unit: string): Rating[] => [{ name, value, unit }];
  switch (prefix) {
    case 'trf': return r('capacity', TRF_KVA[i - 1], 'kVA');
    case 'dg': return r('rated_power', DG_KW[i - 1], 'kW');
    case 'ups': return r('capacity', UPS_KVA[i - 1], 'kVA');
    case 'chiller': return r('capacity', CHILLER_TR[i - 1], 'TR');
    case 'ahu': return r('airflow', 5000 + 1000 * i, 'CFM');
    case 'ct': return r('capacity', CT_TR[i - 1], 'TR');
    case 'pump': return r('rated_power', [37, 37, 30, 18.5, 55, 55, 45, 30][i - 1] ?? 5.5, 'kW');
    case 'compressor': return r('rated_power', COMPRESSOR_KW[i - 1], 'kW');
    case 'motor': return r('rated_power', MOTOR_KW[i - 1], 'kW');
    case 'em': return [];
    default: return r('rated_current', [630, 400, 250, 160][(i - 1) % 4], 'A');
  }
}

const PUMP_PURPOSE = (i: number) =>
  i <= 4 ? `Primary chilled water pump for Chiller ${i}` : i <= 8 ? `Condenser water pump for Cooling Tower ${i - 4}` : i === 14 ? 'Fire hydrant jockey pump' : 'Domestic water transfer pump';
const PUMP_ROOM = (i: number) => (i <= 4 ? 'Chiller Room' : i === 14 ? 'Fire Pump Room' : 'Pump House');

export const code = (prefix: string, i: number) => `${prefix}_${String(i).padStart(3, '0')}`;

export interface FixtureEquipment {
  id: string;
  organization_id: string;
  site_id: string;
  type_id: string;
  code: string;
  name: string;
  description: string | null;
  location: string | null;
  manufacturer: string | null;
  model: string | null;
  ratings: string;
  metadata: string;
  data_interval_seconds: number;
  mqtt_topic: string | null;
  status: 'running' | 'idle' | 'off' | 'fault' | 'maintenance';
}

export const ENMS = [
  ['c0000000-0000-0000-0000-000000000001', 'Compressor-1', 'compressor', 'demo-manufacturing-plant', 1, 'factory/demo/compressor-1', 'Main plant air compressor supplying the production lines.'],
  ['c0000000-0000-0000-0000-000000000002', 'HVAC-Main', 'hvac', 'demo-manufacturing-plant', 10, 'factory/demo/hvac-main', 'Main production hall HVAC: electric cooling and fans, gas-fired heating.'],
  ['c0000000-0000-0000-0000-000000000003', 'Conveyor-A', 'motor', 'demo-manufacturing-plant', 10, 'factory/demo/conveyor-a', 'Assembly line conveyor drive.'],
  ['c0000000-0000-0000-0000-000000000004', 'Hydraulic-Pump-1', 'pump', 'demo-manufacturing-plant', 30, 'factory/demo/hydraulic-pump-1', 'Hydraulic power unit for the press line.'],
  ['c0000000-0000-0000-0000-000000000005', 'Injection-Molding-1', 'injection_molding', 'demo-manufacturing-plant', 30, 'factory/demo/injection-molding-1', 'Hydraulic injection molding machine with steam-heated molds.'],
  ['c0000000-0000-0000-0000-000000000006', 'Compressor-EU-1', 'compressor', 'european-production-facility', 1, 'factory/europe/compressor-1', 'Plant air compressor of the European facility.'],
  ['c0000000-0000-0000-0000-000000000007', 'HVAC-EU-North', 'hvac', 'european-production-facility', 10, 'factory/europe/hvac-north', 'North hall HVAC: electric cooling and fans, gas-fired heating.'],
] as const;

/** The relations, as [from code, to code, kind]; changeover 1 → 2 → 3 → 1 is a deliberate loop. */
export function relations(): [string, string, RelationKind][] {
  const rel: [string, string, RelationKind][] = [];
  for (let k = 1; k <= 10; k++) {
    rel.push([code('trf', k), code('lt_pcc', 2 * k - 1), 'feeds'], [code('trf', k), code('lt_pcc', 2 * k), 'feeds']);
    rel.push([code('lt_ats', k), code('trf', k), 'switches'], [code('lt_ats', k), code('dg', ((k - 1) % 6) + 1), 'switches']);
  }
  for (let i = 1; i <= 70; i++) rel.push([code('lt_pcc', ((i - 1) % 20) + 1), code('lt_mcc', i), 'feeds']);
  for (let i = 1; i <= 15; i++) rel.push([code('lt_mcc', i), code('motor', i), 'feeds']);
  for (let i = 1; i <= 20; i++) rel.push([code('lt_mcc', 20 + i), code('pump', i), 'feeds']);
  for (let i = 1; i <= 20; i++) rel.push([code('em', i), code('lt_pcc', i), 'meters']);
  for (let k = 1; k <= 4; k++) rel.push([code('ct', k), code('chiller', k), 'serves']);
  for (let i = 1; i <= 23; i++) rel.push([code('chiller', ((i - 1) % 6) + 1), code('ahu', i), 'serves']);
  for (let i = 1; i <= 8; i++) rel.push([code('ups', i), code('lt_plc', i), 'backs_up']);
  rel.push([code('lt_changeover', 1), code('lt_changeover', 2), 'feeds'], [code('lt_changeover', 2), code('lt_changeover', 3), 'feeds'], [code('lt_changeover', 3), code('lt_changeover', 1), 'feeds']);
  return rel;
}

export function demoEquipment(): FixtureEquipment[] {
  const rows: FixtureEquipment[] = [];
  for (const [prefix, n] of Object.entries(COUNTS)) {
    for (let i = 1; i <= n; i++) {
      const c = code(prefix, i);
      const type = TYPES.find((t) => t[0] === prefix)!;
      rows.push({
        id: equipmentIdOf(c),
        organization_id: DEMO,
        site_id: siteIdOf(siteOf(prefix)),
        type_id: prefix,
        code: c,
        name: `${SHORT[prefix]} ${i}`,
        description:
          prefix === 'pump'
            ? `${PUMP_PURPOSE(i)}.`
            : prefix === 'chiller'
              ? `${CHILLER_TR[i - 1]} TR ${i >= 5 ? 'air-cooled scroll' : 'water-cooled screw'} chiller${i === 6 ? ' dedicated to the 24x7 command control room' : ''}.`
              : type[3],
        location: prefix === 'pump' ? PUMP_ROOM(i) : SITES.find((s) => s[0] === siteOf(prefix))![3],
        manufacturer: prefix === 'chiller' ? ['Carrier', 'Trane', 'Daikin'][(i - 1) % 3] : null,
        model: null,
        ratings: JSON.stringify(ratingsOf(prefix, i)),
        metadata: JSON.stringify(prefix === 'chiller' ? { refrigerant: i >= 5 ? 'R410A' : 'R134a', criticality: i === 6 ? 'high' : 'medium' } : {}),
        data_interval_seconds: 60,
        mqtt_topic: `plant/command-center/${c}`,
        status: prefix === 'dg' ? 'off' : prefix === 'ups' && i === 8 ? 'maintenance' : 'running',
      });
    }
  }
  for (const [id, c, type, site, interval, topic, description] of ENMS) {
    rows.push({
      id,
      organization_id: DEMO,
      site_id: siteIdOf(site),
      type_id: type,
      code: c,
      name: c,
      description,
      location: site === 'demo-manufacturing-plant' ? 'Production Hall' : 'North Hall',
      manufacturer: null,
      model: null,
      ratings: JSON.stringify([{ name: 'rated_power', value: 90, unit: 'kW' }]),
      metadata: JSON.stringify({ seu: true }),
      data_interval_seconds: interval,
      mqtt_topic: topic,
      status: 'running',
    });
  }
  return rows;
}

/** Writes organizations, types, sites, equipment and relations; returns nothing a test needs. */
export async function seedAssetsFixture(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('platform.organizations')
    .values([
      { id: DEMO, slug: 'demo', name: 'Demo Industries', user_limit: null, metadata: JSON.stringify({}) },
      { id: NORTHWIND, slug: 'northwind', name: 'Northwind Foods', user_limit: 10, metadata: JSON.stringify({}) },
    ])
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await db
    .insertInto('assets.equipment_types')
    .values(TYPES.map(([id, name, category, description]) => ({ id, name, category, description })))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  for (const [c, parent, kind, name, tz] of SITES) {
    await db
      .insertInto('assets.sites')
      .values({ id: siteIdOf(c), organization_id: DEMO, parent_id: parent ? siteIdOf(parent) : null, kind, code: c, name, time_zone: tz, metadata: JSON.stringify({}) })
      .execute();
  }
  await db
    .insertInto('assets.sites')
    .values({ id: siteIdOf('riverside', NORTHWIND), organization_id: NORTHWIND, parent_id: null, kind: 'factory', code: 'riverside', name: 'Riverside Plant', time_zone: 'Europe/London', metadata: JSON.stringify({}) })
    .execute();
  await db.insertInto('assets.equipment').values(demoEquipment()).execute();
  // Northwind holds the same codes as the demo: isolation must keep them apart.
  await db
    .insertInto('assets.equipment')
    .values(
      ['chiller_001', 'chiller_002', 'trf_001'].map((c) => ({
        id: equipmentIdOf(c, NORTHWIND),
        organization_id: NORTHWIND,
        site_id: siteIdOf('riverside', NORTHWIND),
        type_id: c.split('_')[0],
        code: c,
        name: `Northwind ${c}`,
        ratings: JSON.stringify([]),
        metadata: JSON.stringify({}),
        data_interval_seconds: 60,
        status: 'running' as const,
      })),
    )
    .execute();
  await db
    .insertInto('assets.equipment_relations')
    .values(relations().map(([from, to, kind]) => ({ organization_id: DEMO, from_id: equipmentIdOf(from), to_id: equipmentIdOf(to), kind })))
    .execute();
}

/** The documented search phrases (README "Search"), typos on purpose, and what must come first. */
export const SEARCH_PHRASES: [string, string][] = [
  ['chiler room pump', 'pump_001'],
  ['compresor 1', 'Compressor-1'],
  ['chiller 3', 'chiller_003'],
  ['hvac main', 'HVAC-Main'],
  ['injection moulding machine', 'Injection-Molding-1'],
  ['jockey pump fire', 'pump_014'],
  ['condensor water pump cooling tower 2', 'pump_006'],
  ['air cooled chiller control room', 'chiller_006'],
  ['transfomer 315 kva', 'trf_010'],
  ['diesel genrator 1200 kw', 'dg_001'],
  ['hydralic pump press line', 'Hydraulic-Pump-1'],
  ['cooling twer 4', 'ct_004'],
];

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** POSTs one operation; the organization header names the tenant (the demo when omitted). */
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, organization?: string): Promise<GraphQLResponse<T>> {
  const { status: _status, ...body } = await postGraphQL<T>(url, query, variables, organization ? { 'x-plantgraph-organization': organization } : {});
  return body as GraphQLResponse<T>;
}
