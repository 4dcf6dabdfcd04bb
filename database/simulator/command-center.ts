// The 357-equipment command-center plant of the seed: exact codes and counts, believable
// ratings inside the seed's ranges, rooms, and an electrical/cooling topology in which every
// load can be traced up to a transformer. Nothing here depends on --seed: ids, ratings and
// wiring are the same in every database, so docs and tests can name them.
import type { Rating, RelationKind } from '../tables/assets.table.js';
import type { EquipmentSpec, LoadRole } from './equipment-spec.js';
import { equipmentId } from './ids.js';
import { DEMO_ORG } from './organizations.js';
import { Rng, hash32 } from './prng.js';
import { ahuRoomCode, COMMAND_CENTER } from './sites.js';

export interface RelationSpec {
  organizationId: string;
  from: string;
  to: string;
  kind: RelationKind;
}

/** Code prefix → how many the seed lists, in the seed's order. */
export const COMMAND_CENTER_COUNTS: Record<string, number> = {
  lt_mcc: 70, lt_pcc: 20, lt_apfc: 20, lt_db: 40, lt_mldb: 10, lt_smdb: 20, lt_vfd: 25, lt_plc: 20, lt_ats: 10, lt_changeover: 5,
  trf: 10, dg: 6, ups: 8, chiller: 6, ahu: 23, ct: 4, pump: 20, compressor: 5, motor: 15, em: 20,
};

const LINE_VOLTAGE = 415;
const SQRT3 = Math.sqrt(3);
const STANDARD_AMPS = [32, 63, 100, 125, 160, 200, 250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3200, 4000];

export const code = (prefix: string, i: number) => `${prefix}_${String(i).padStart(3, '0')}`;
const ampsFor = (kw: number, pf = 0.9) => (kw * 1000) / (SQRT3 * LINE_VOLTAGE * pf);
const kwFor = (amps: number, pf = 0.9) => (SQRT3 * LINE_VOLTAGE * amps * pf) / 1000;
const standardAmps = (a: number) => STANDARD_AMPS.find((s) => s >= a) ?? STANDARD_AMPS[STANDARD_AMPS.length - 1];
const round1 = (x: number) => Math.round(x * 10) / 10;
const r = (name: string, value: number, unit: string): Rating => ({ name, value, unit });

const TRF_KVA = [2000, 2000, 1600, 1600, 1250, 1000, 1000, 750, 500, 315];
const DG_KW = [1200, 1000, 750, 500, 320, 200];
const UPS_KVA = [200, 160, 120, 100, 60, 40, 30, 20];
const CHILLER_TR = [300, 300, 250, 150, 100, 50];
const CT_TR = [300, 300, 250, 150];
const AHU_CFM = [6000, 5000, 8000, 25000, 22000, 20000, 18000, 16000, 15000, 14000, 12500, 12000, 11000, 10000, 10000, 9000, 8500, 8000, 7500, 7000, 6500, 6000, 5500];
const COMPRESSOR_KW = [37, 55, 30, 22, 75];
const MOTOR_KW = [22, 18.5, 15, 11, 7.5, 45, 37, 30, 5.5, 3.7, 11, 7.5, 5.5, 15, 22];
const MOTOR_STD = [0.18, 0.37, 0.75, 1.5, 2.2, 3.7, 5.5, 7.5, 11, 15, 18.5, 22, 30, 37, 45, 55, 75];

interface PumpDef {
  kw: number;
  duty: Extract<LoadRole, { kind: 'pump' }>['duty'];
  follows?: string;
  flow: number;
  head: number;
  purpose: string;
  site: string;
  location: string;
}

const PUMPS: PumpDef[] = [
  ...[1, 2, 3, 4].map((k): PumpDef => ({
    kw: [37, 37, 30, 18.5][k - 1],
    duty: 'chw-primary',
    follows: code('chiller', k),
    flow: Math.round((CHILLER_TR[k - 1] * 3.517 * 3.6) / (4.186 * 5.5)),
    head: 22,
    purpose: `Primary chilled water pump for Chiller ${k}`,
    site: 'chiller-plant-room',
    location: 'Chiller Room',
  })),
  ...[1, 2, 3, 4].map((k): PumpDef => ({
    kw: [55, 55, 45, 30][k - 1],
    duty: 'cw',
    follows: code('ct', k),
    flow: Math.round((CT_TR[k - 1] * 3.517 * 1.25 * 3.6) / (4.186 * 5.5)),
    head: 18,
    purpose: `Condenser water pump for Cooling Tower ${k}`,
    site: 'pump-house',
    location: 'Pump House',
  })),
  { kw: 45, duty: 'chw-secondary', flow: 420, head: 28, purpose: 'Secondary chilled water pump, Main Building loop A', site: 'pump-house', location: 'Pump House' },
  { kw: 45, duty: 'chw-secondary', flow: 420, head: 28, purpose: 'Secondary chilled water pump, Main Building loop B', site: 'pump-house', location: 'Pump House' },
  { kw: 11, duty: 'transfer', flow: 45, head: 40, purpose: 'Domestic water transfer pump to overhead tank', site: 'pump-house', location: 'Pump House' },
  { kw: 11, duty: 'transfer', flow: 45, head: 40, purpose: 'Domestic water transfer pump (standby duty share)', site: 'pump-house', location: 'Pump House' },
  { kw: 7.5, duty: 'booster', flow: 25, head: 45, purpose: 'Domestic water pressure booster', site: 'pump-house', location: 'Pump House' },
  { kw: 5.5, duty: 'jockey', flow: 10, head: 70, purpose: 'Fire hydrant jockey pump', site: 'pump-house', location: 'Fire Pump Room' },
  { kw: 3.7, duty: 'transfer', flow: 20, head: 15, purpose: 'Basement sump pump', site: 'pump-house', location: 'Basement Sump' },
  { kw: 2.2, duty: 'transfer', flow: 12, head: 20, purpose: 'Condensate transfer pump', site: 'chiller-plant-room', location: 'Chiller Room' },
  { kw: 1.5, duty: 'booster', flow: 8, head: 30, purpose: 'Irrigation pump', site: 'pump-house', location: 'Pump House' },
  { kw: 0.75, duty: 'dosing', flow: 0.6, head: 50, purpose: 'Cooling tower chemical dosing pump', site: 'cooling-tower-yard', location: 'Cooling Tower Yard' },
  { kw: 0.37, duty: 'dosing', flow: 0.3, head: 50, purpose: 'Chilled water chemical dosing pump', site: 'chiller-plant-room', location: 'Chiller Room' },
  { kw: 0.18, duty: 'dosing', flow: 0.1, head: 40, purpose: 'Hypochlorite dosing pump', site: 'pump-house', location: 'Pump House' },
];

const MANUFACTURERS: Record<string, string[]> = {
  trf: ['ABB', 'Siemens', 'Voltamp', 'Kirloskar Electric', 'CG Power'],
  dg: ['Cummins', 'Kirloskar', 'Caterpillar', 'Perkins'],
  ups: ['Schneider Electric', 'Vertiv', 'Eaton', 'Delta'],
  chiller: ['Carrier', 'Trane', 'Daikin', 'York'],
  ahu: ['Blue Star', 'Zeco', 'Systemair', 'Carrier'],
  ct: ['Paharpur', 'Advance Cooling Towers', 'BAC'],
  pump: ['Grundfos', 'KSB', 'Kirloskar Brothers', 'Wilo'],
  compressor: ['Atlas Copco', 'Ingersoll Rand', 'ELGi', 'Kaeser'],
  motor: ['ABB', 'Siemens', 'Crompton Greaves', 'WEG'],
  em: ['Schneider Electric', 'Secure Meters', 'Elmeasure', 'L&T'],
  lt: ['Schneider Electric', 'L&T', 'Siemens', 'ABB'],
};

const SHORT_NAMES: Record<string, string> = {
  lt_mcc: 'MCC', lt_pcc: 'PCC', lt_apfc: 'APFC Panel', lt_db: 'DB', lt_mldb: 'MLDB', lt_smdb: 'SMDB', lt_vfd: 'VFD Panel',
  lt_plc: 'PLC Panel', lt_ats: 'ATS', lt_changeover: 'Changeover Switch', trf: 'Transformer', dg: 'DG Set', ups: 'UPS',
  chiller: 'Chiller', ahu: 'AHU', ct: 'Cooling Tower', pump: 'Pump', compressor: 'Compressor', motor: 'Motor', em: 'Energy Meter',
};

const SITE_LOCATION: Record<string, string> = {
  'main-receiving-substation': 'Main Receiving Substation',
  'lt-room-1': 'LT Electrical Room 1',
  'lt-room-2': 'LT Electrical Room 2',
  'lt-room-3': 'LT Electrical Room 3',
  'chiller-plant-room': 'Chiller Room',
  'pump-house': 'Pump House',
  'compressor-room': 'Compressor Room',
  'ups-room': 'UPS Room',
  'control-room': 'Command Control Room',
  workshop: 'Maintenance Workshop',
  'dg-yard': 'DG Yard',
  'cooling-tower-yard': 'Cooling Tower Yard',
  'main-building': 'Main Building',
};

function location(site: string): string {
  const m = /^ahu-room-f(\d)$/.exec(site);
  return m ? `AHU Room, Floor ${m[1]}` : SITE_LOCATION[site];
}

interface Draft {
  typeId: string;
  index: number;
  site: string;
  location?: string;
  description: string;
  ratings: Rating[];
  ratedKw: number;
  pf: number;
  role: LoadRole;
  metadata: Record<string, unknown>;
  /** Peak electrical demand used to size upstream panels (kW). */
  peakKw: number;
}

function finish(d: Draft): EquipmentSpec {
  const c = code(d.typeId, d.index);
  const rng = new Rng(hash32('structure', c));
  const makers = MANUFACTURERS[d.typeId.startsWith('lt_') ? 'lt' : d.typeId];
  const manufacturer = rng.pick(makers);
  const year = rng.int(2014, 2021);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return {
    id: equipmentId(DEMO_ORG.id, c),
    organizationId: DEMO_ORG.id,
    siteCode: d.site,
    typeId: d.typeId,
    code: c,
    name: `${SHORT_NAMES[d.typeId]} ${d.index}`,
    description: d.description,
    location: d.location ?? location(d.site),
    manufacturer,
    model: modelName(d, manufacturer, rng),
    serialNumber: `${manufacturer.replace(/[^A-Z]/g, '').slice(0, 3) || 'SN'}${year}${String(rng.int(10000, 99999))}`,
    installedOn: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ratings: d.ratings,
    dataIntervalSeconds: 60,
    mqttTopic: `plant/${COMMAND_CENTER}/${c}`,
    metadata: d.metadata,
    ratedKw: d.ratedKw,
    pf: d.pf,
    role: d.role,
  };
}

function modelName(d: Draft, maker: string, rng: Rng): string {
  const rating = d.ratings[0];
  const series = rng.pick(['A', 'B', 'E', 'H', 'X']) + String(rng.int(1, 9));
  switch (d.typeId) {
    case 'trf': return `ONAN ${rating.value} kVA 11/0.415 kV`;
    case 'chiller': return `${maker === 'Carrier' ? '30XW' : maker === 'Trane' ? 'RTHD' : maker === 'Daikin' ? 'EWWD' : 'YVWA'}-${rating.value}`;
    case 'dg': return `${maker === 'Cummins' ? 'C' : maker.slice(0, 1)}${Math.round(rating.value / 0.8)}D5`;
    case 'ups': return `${series}-${rating.value}K`;
    case 'compressor': return `${maker === 'Atlas Copco' ? 'GA' : maker === 'ELGi' ? 'EG' : 'RS'}${rating.value}`;
    default: return `${series}-${String(rating.value).replace('.', '')}`;
  }
}

const panel = (amps: number, extra: Rating[] = []): Rating[] => [r('rated_current', amps, 'A'), r('rated_power', round1(kwFor(amps)), 'kW'), ...extra];

/** Everything about the command center: equipment (in the seed's order) and relations. */
export function buildCommandCenter(): { equipment: EquipmentSpec[]; relations: RelationSpec[] } {
  const drafts = new Map<string, Draft>();
  const relations: [string, string, RelationKind][] = [];
  const add = (d: Draft) => drafts.set(code(d.typeId, d.index), d);
  const link = (from: string, to: string, kind: RelationKind) => {
    relations.push([from, to, kind]);
  };

  // ── Cooling plant ────────────────────────────────────────────────────────────────────────
  CHILLER_TR.forEach((tr, i) => {
    const k = i + 1;
    const airCooled = k >= 5;
    const kw = Math.round(tr * (airCooled ? 1.1 : 0.68));
    add({
      typeId: 'chiller', index: k, site: 'chiller-plant-room',
      description: `${tr} TR ${airCooled ? 'air-cooled scroll' : 'water-cooled screw'} chiller${k === 6 ? ' dedicated to the 24x7 command control room' : ''}.`,
      ratings: [r('capacity', tr, 'TR'), r('rated_power', kw, 'kW'), r('design_cop', airCooled ? 3.2 : 5.2, '')],
      ratedKw: kw, pf: 0.9, peakKw: kw,
      role: { kind: 'chiller', index: k, capacityTr: tr, airCooled, group: k === 6 ? 'critical' : 'main' },
      metadata: { criticality: k === 6 || k === 1 ? 'high' : 'medium', condenser: airCooled ? 'air-cooled' : 'water-cooled', refrigerant: airCooled ? 'R410A' : 'R134a' },
    });
  });
  CT_TR.forEach((tr, i) => {
    const k = i + 1;
    const kw = tr >= 250 ? 11 : 7.5;
    add({
      typeId: 'ct', index: k, site: 'cooling-tower-yard',
      description: `${tr} TR induced-draft counterflow cooling tower for Chiller ${k}.`,
      ratings: [r('capacity', tr, 'TR'), r('rated_power', kw, 'kW'), r('flow', Math.round((tr * 3.517 * 1.25 * 3.6) / (4.186 * 5.5)), 'm³/h')],
      ratedKw: kw, pf: 0.85, peakKw: kw,
      role: { kind: 'ct', index: k, capacityTr: tr },
      metadata: { criticality: 'medium', cells: tr >= 250 ? 2 : 1 },
    });
    link(code('ct', k), code('chiller', k), 'serves');
  });
  AHU_CFM.forEach((cfm, i) => {
    const k = i + 1;
    const floor = k <= 3 ? 0 : 1 + ((k - 4) % 5);
    const kw = MOTOR_STD.find((s) => s >= cfm * 0.0006) ?? 15;
    const allDay = k <= 3;
    add({
      typeId: 'ahu', index: k, site: allDay ? 'control-room' : ahuRoomCode(floor),
      location: allDay ? 'Command Control Room AHU Bay' : undefined,
      description: `${cfm.toLocaleString('en')} CFM air handling unit ${allDay ? 'for the 24x7 command control room' : `serving floor ${floor}`}.`,
      ratings: [r('airflow', cfm, 'CFM'), r('rated_power', kw, 'kW'), r('cooling_capacity', Math.round(cfm / 400), 'TR')],
      ratedKw: kw, pf: 0.95, peakKw: kw,
      role: { kind: 'ahu', index: k, cfm, allDay, startOffsetMin: (k % 5) * 4 },
      metadata: { floor, criticality: allDay ? 'high' : 'medium', schedule: allDay ? '24x7' : 'office hours' },
    });
    link(allDay ? code('chiller', 6) : code('chiller', ((k - 4) % 5) + 1), code('ahu', k), 'serves');
  });
  PUMPS.forEach((p, i) => {
    const k = i + 1;
    add({
      typeId: 'pump', index: k, site: p.site, location: p.location,
      description: `${p.purpose}.`,
      ratings: [r('rated_power', p.kw, 'kW'), r('flow', p.flow, 'm³/h'), r('head', p.head, 'm')],
      ratedKw: p.kw, pf: p.duty === 'chw-secondary' ? 0.95 : 0.85, peakKw: p.kw * 0.85,
      role: { kind: 'pump', duty: p.duty, follows: p.follows },
      metadata: { criticality: p.duty === 'chw-primary' || p.duty === 'cw' || p.duty === 'jockey' ? 'high' : 'low', duty: p.duty },
    });
  });
  COMPRESSOR_KW.forEach((kw, i) => {
    const k = i + 1;
    const mode = k === 5 ? 'standby' : k === 4 ? 'trim' : 'base';
    add({
      typeId: 'compressor', index: k, site: 'compressor-room',
      description: `${kw} kW oil-injected rotary screw air compressor (${mode === 'standby' ? 'standby' : mode === 'trim' ? 'trim duty' : 'base load'}).`,
      ratings: [r('rated_power', kw, 'kW'), r('free_air_delivery', Math.round(kw * 9.6), 'Nm³/h'), r('max_pressure', 8.5, 'bar')],
      ratedKw: kw, pf: 0.87, peakKw: kw,
      role: { kind: 'compressor', mode, cyclePeriodMin: 6 + k },
      metadata: { criticality: mode === 'standby' ? 'low' : 'medium', mode },
    });
  });
  MOTOR_KW.forEach((kw, i) => {
    const k = i + 1;
    const duty = k <= 5 ? 'exhaust' : k <= 10 ? 'workshop' : 'conveyor';
    const syncRpm = duty === 'exhaust' ? 1000 : 1500;
    add({
      typeId: 'motor', index: k, site: duty === 'workshop' ? 'workshop' : 'utility-block',
      location: duty === 'exhaust' ? 'Basement Ventilation Plant' : duty === 'workshop' ? 'Maintenance Workshop' : 'Stores and Material Handling',
      description: `${kw} kW induction motor driving ${duty === 'exhaust' ? 'a basement exhaust fan' : duty === 'workshop' ? 'a workshop machine' : 'a material-handling conveyor'}.`,
      ratings: [r('rated_power', kw, 'kW'), r('speed', syncRpm - Math.round(syncRpm * 0.025), 'rpm'), r('rated_current', Math.round(ampsFor(kw, 0.86) / 0.92), 'A')],
      ratedKw: kw, pf: 0.86, peakKw: kw * 0.8,
      role: { kind: 'motor', duty, syncRpm },
      metadata: { criticality: duty === 'exhaust' ? 'medium' : 'low', duty, poles: syncRpm === 1000 ? 6 : 4 },
    });
  });

  // ── Drives and motor control centers ─────────────────────────────────────────────────────
  const vfdLoads = [...AHU_CFM.map((_, i) => code('ahu', i + 1)), code('pump', 9), code('pump', 10)];
  vfdLoads.forEach((load, i) => {
    const k = i + 1;
    const ld = drafts.get(load)!;
    const kw = ld.ratedKw;
    add({
      typeId: 'lt_vfd', index: k, site: ld.site, location: ld.location,
      description: `Variable frequency drive panel for ${SHORT_NAMES[ld.typeId]} ${ld.index}.`,
      ratings: [r('rated_power', kw, 'kW'), r('rated_current', Math.round(ampsFor(kw, 0.95) * 1.1), 'A')],
      ratedKw: kw, pf: 0.96, peakKw: ld.peakKw / 0.97,
      role: { kind: 'aggregate', ownPeakKw: kw * 0.02 },
      metadata: { criticality: ld.metadata.criticality, drive_efficiency: 0.97 },
    });
    link(code('lt_vfd', k), load, 'feeds');
  });

  const mccLoads = [
    ...vfdLoads.map((_, i) => code('lt_vfd', i + 1)),
    ...CT_TR.map((_, i) => code('ct', i + 1)),
    ...PUMPS.map((_, i) => code('pump', i + 1)).filter((p) => p !== code('pump', 9) && p !== code('pump', 10)),
    ...COMPRESSOR_KW.map((_, i) => code('compressor', i + 1)),
    ...MOTOR_KW.map((_, i) => code('motor', i + 1)),
  ];
  for (let k = 1; k <= 70; k++) {
    const load = mccLoads[k - 1];
    const ld = load ? drafts.get(load)! : undefined;
    const site = ld ? ld.site : ['lt-room-1', 'lt-room-2', 'lt-room-3'][k % 3];
    const ownPeak = ld ? Math.max(2, ld.peakKw * 0.15) : 12 + (k % 3) * 6;
    const childPeak = ld?.peakKw ?? 0;
    const amps = standardAmps(ampsFor(childPeak + ownPeak, 0.85) * 1.6);
    add({
      typeId: 'lt_mcc', index: k, site, location: ld?.location,
      description: ld ? `Motor control center for ${SHORT_NAMES[ld.typeId]} ${ld.index} and local auxiliaries.` : 'Motor control center for general ventilation and workshop auxiliaries.',
      ratings: panel(amps),
      ratedKw: round1(kwFor(amps)), pf: 0.85, peakKw: childPeak + ownPeak,
      role: { kind: 'aggregate', ownPeakKw: ownPeak },
      metadata: { criticality: ld ? ld.metadata.criticality : 'low', feeders: ld ? 1 : 0 },
    });
    if (load) link(code('lt_mcc', k), load, 'feeds');
  }

  // ── Lighting and small power ─────────────────────────────────────────────────────────────
  for (let k = 1; k <= 40; k++) {
    const floor = Math.floor((Math.ceil(k / 2) - 1) % 6);
    const peak = 14 + ((k * 7) % 5) * 9;
    const amps = standardAmps(ampsFor(peak) * 1.5);
    add({
      typeId: 'lt_db', index: k, site: 'main-building', location: `Floor ${floor} Electrical Shaft`,
      description: `Lighting and small-power distribution board, floor ${floor} ${k % 2 ? 'east' : 'west'} wing.`,
      ratings: panel(amps), ratedKw: round1(kwFor(amps)), pf: 0.92, peakKw: peak,
      role: { kind: 'db', floor }, metadata: { floor, criticality: floor === 0 ? 'high' : 'low', wing: k % 2 ? 'east' : 'west' },
    });
  }
  for (let k = 1; k <= 20; k++) {
    for (const db of [2 * k - 1, 2 * k]) link(code('lt_smdb', k), code('lt_db', db), 'feeds');
  }
  for (let k = 1; k <= 20; k++) {
    const floor = (k - 1) % 6;
    const childPeak = [2 * k - 1, 2 * k].reduce((s, db) => s + drafts.get(code('lt_db', db))!.peakKw, 0);
    const amps = standardAmps(ampsFor(childPeak * 1.05) * 1.4);
    add({
      typeId: 'lt_smdb', index: k, site: 'main-building', location: `Floor ${floor} Electrical Shaft`,
      description: `Sub-main distribution board for floor ${floor}, feeding DB ${2 * k - 1} and DB ${2 * k}.`,
      ratings: panel(amps), ratedKw: round1(kwFor(amps)), pf: 0.92, peakKw: childPeak * 1.05,
      role: { kind: 'aggregate', ownPeakKw: childPeak * 0.05 }, metadata: { floor, criticality: 'medium' },
    });
  }

  // ── Critical power: PLC panels on UPS ────────────────────────────────────────────────────
  for (let k = 1; k <= 20; k++) {
    const kw = 0.4 + (k % 4) * 0.35;
    add({
      typeId: 'lt_plc', index: k, site: k <= 8 ? 'control-room' : k <= 14 ? 'chiller-plant-room' : 'pump-house',
      description: `PLC panel for ${k <= 8 ? 'building management and command systems' : k <= 14 ? 'chiller plant automation' : 'pumping and utility automation'}.`,
      ratings: panel(32), ratedKw: round1(kwFor(32)), pf: 0.9, peakKw: kw,
      role: { kind: 'plc', kw }, metadata: { criticality: 'high', protocol: k % 2 ? 'Modbus TCP' : 'BACnet/IP' },
    });
  }
  UPS_KVA.forEach((kva, i) => {
    const k = i + 1;
    const kw = kva * 0.9;
    add({
      typeId: 'ups', index: k, site: 'ups-room',
      description: `${kva} kVA online double-conversion UPS for ${k <= 3 ? 'command control room IT load' : 'automation panels and critical controls'}.`,
      ratings: [r('capacity', kva, 'kVA'), r('rated_power', kw, 'kW'), r('battery_autonomy', k <= 3 ? 30 : 15, 'min')],
      ratedKw: kw, pf: 0.97, peakKw: kw * 0.55,
      role: { kind: 'ups', criticalKw: kw * (k <= 3 ? 0.45 : 0.25) }, metadata: { criticality: 'high', topology: 'online double conversion' },
    });
  });
  for (let k = 1; k <= 20; k++) link(code('ups', ((k - 1) % 8) + 1), code('lt_plc', k), 'feeds');

  // ── Main LT distribution ─────────────────────────────────────────────────────────────────
  for (let k = 1; k <= 10; k++) {
    const children = [code('lt_smdb', 2 * k - 1), code('lt_smdb', 2 * k), ...(k <= 8 ? [code('ups', k)] : [])];
    for (const ch of children) link(code('lt_mldb', k), ch, 'feeds');
    const childPeak = children.reduce((s, c) => s + drafts.get(c)!.peakKw, 0);
    const amps = standardAmps(ampsFor(childPeak * 1.05) * 1.3);
    add({
      typeId: 'lt_mldb', index: k, site: k <= 4 ? 'lt-room-1' : k <= 8 ? 'lt-room-2' : 'lt-room-3',
      description: `Main LT distribution board ${k} for lighting, small power${k <= 8 ? ' and UPS ' + k : ''}.`,
      ratings: panel(amps), ratedKw: round1(kwFor(amps)), pf: 0.92, peakKw: childPeak * 1.05,
      role: { kind: 'aggregate', ownPeakKw: childPeak * 0.03 }, metadata: { criticality: 'medium' },
    });
  }

  // ── Power control centers, power factor correction, transformers ─────────────────────────
  const chillerPcc: Record<number, number> = { 1: 1, 2: 3, 3: 5, 4: 7, 5: 9, 6: 2 };
  const pccChildren = new Map<number, string[]>();
  const addPccChild = (p: number, c: string) => pccChildren.set(p, [...(pccChildren.get(p) ?? []), c]);
  for (const [ch, p] of Object.entries(chillerPcc)) addPccChild(p, code('chiller', Number(ch)));
  for (let k = 1; k <= 70; k++) addPccChild(((k - 1) % 20) + 1, code('lt_mcc', k));
  for (let k = 1; k <= 10; k++) addPccChild(2 * k - 1, code('lt_mldb', k));
  // Load each transformer to a realistic share of its rating; the smallest one runs hot.
  const trfUse = [0.62, 0.58, 0.6, 0.55, 0.64, 0.57, 0.6, 0.66, 0.7, 0.93];
  for (let t = 1; t <= 10; t++) {
    const kva = TRF_KVA[t - 1];
    const secondaryA = (kva * 1000) / (SQRT3 * LINE_VOLTAGE);
    for (const p of [2 * t - 1, 2 * t]) {
      const children = pccChildren.get(p) ?? [];
      const childPeak = children.reduce((s, c) => s + drafts.get(c)!.peakKw, 0);
      const target = (kva * 0.95 * trfUse[t - 1]) / 2;
      const ownPeak = Math.max(kva * 0.01, target - childPeak);
      const amps = standardAmps(secondaryA * 0.65);
      const site = t <= 4 ? 'lt-room-1' : t <= 8 ? 'lt-room-2' : 'lt-room-3';
      add({
        typeId: 'lt_pcc', index: p, site,
        description: `Power control center ${p} on Transformer ${t}, ${p % 2 ? 'section A' : 'section B'}.`,
        ratings: panel(amps, [r('short_circuit_rating', 50, 'kA')]), ratedKw: round1(kwFor(amps)), pf: 0.97, peakKw: childPeak + ownPeak,
        role: { kind: 'aggregate', ownPeakKw: ownPeak }, metadata: { criticality: 'high', section: p % 2 ? 'A' : 'B', transformer: code('trf', t) },
      });
      const uncompensatedKvar = (childPeak + ownPeak) * 0.55;
      const kvar = Math.max(50, Math.round((uncompensatedKvar * 0.8) / 25) * 25);
      add({
        typeId: 'lt_apfc', index: p, site,
        description: `Automatic power factor correction panel for PCC ${p}: ${kvar} kvar in 8 steps.`,
        ratings: [r('capacity', kvar, 'kvar'), r('steps', 8, ''), r('rated_current', Math.round(ampsFor(kvar, 1)), 'A')],
        ratedKw: round1(kvar * 0.005), pf: 0.02, peakKw: 0,
        role: { kind: 'apfc', kvar, steps: 8 }, metadata: { criticality: 'medium', target_pf: 0.98 },
      });
      for (const c of [...children, code('lt_apfc', p)]) link(code('lt_pcc', p), c, 'feeds');
    }
    add({
      typeId: 'trf', index: t, site: 'main-receiving-substation',
      description: `${kva} kVA 11 kV/415 V oil-immersed distribution transformer feeding PCC ${2 * t - 1} and PCC ${2 * t}.`,
      ratings: [r('capacity', kva, 'kVA'), r('primary_voltage', 11000, 'V'), r('secondary_voltage', 415, 'V'), r('rated_current', Math.round(secondaryA), 'A'), r('impedance', kva >= 1250 ? 6.25 : 5, '%')],
      ratedKw: kva * 0.9, pf: 0.97, peakKw: 0,
      role: { kind: 'trf', kva }, metadata: { criticality: 'high', cooling: 'ONAN', vector_group: 'Dyn11' },
    });
    for (const p of [2 * t - 1, 2 * t]) link(code('trf', t), code('lt_pcc', p), 'feeds');
  }

  // ── Standby power and switching ──────────────────────────────────────────────────────────
  DG_KW.forEach((kw, i) => {
    const k = i + 1;
    add({
      typeId: 'dg', index: k, site: 'dg-yard',
      description: `${kw} kW (${Math.round(kw / 0.8)} kVA) standby diesel generator backing up PCC ${2 * k - 1} and PCC ${2 * k}.`,
      ratings: [r('rated_power', kw, 'kW'), r('capacity', Math.round(kw / 0.8), 'kVA'), r('fuel_tank', Math.round(kw * 2.5), 'L')],
      ratedKw: kw, pf: 0.8, peakKw: 0,
      role: { kind: 'dg', testWeekday: ((k - 1) % 5) + 1, testHour: 10 + (k % 3) },
      metadata: { criticality: 'high', duty: 'standby', weekly_test: true },
    });
    for (const p of [2 * k - 1, 2 * k]) link(code('dg', k), code('lt_pcc', p), 'backs_up');
  });
  for (let k = 1; k <= 10; k++) {
    const trf = code('trf', k);
    const amps = standardAmps(((TRF_KVA[k - 1] * 1000) / (SQRT3 * LINE_VOLTAGE)) * 1.1);
    add({
      typeId: 'lt_ats', index: k, site: k <= 4 ? 'lt-room-1' : k <= 8 ? 'lt-room-2' : 'lt-room-3',
      description: `Automatic transfer switch between Transformer ${k}${k <= 6 ? ` and DG Set ${k}` : ' and the bus coupler'}; it carries the transformer's load.`,
      ratings: panel(amps), ratedKw: round1(kwFor(amps)), pf: 0.97, peakKw: 0,
      role: { kind: 'mirror', of: [trf] }, metadata: { criticality: 'high', transfer_time_s: 10 },
    });
    link(code('lt_ats', k), trf, 'switches');
    if (k <= 6) link(code('lt_ats', k), code('dg', k), 'switches');
  }
  for (let k = 1; k <= 5; k++) {
    const pair = [code('lt_mldb', 2 * k - 1), code('lt_mldb', 2 * k)];
    const amps = standardAmps(pair.reduce((s, c) => s + ampsFor(drafts.get(c)!.peakKw), 0) * 1.2);
    add({
      typeId: 'lt_changeover', index: k, site: k <= 2 ? 'lt-room-1' : k <= 4 ? 'lt-room-2' : 'lt-room-3',
      description: `Manual changeover between MLDB ${2 * k - 1} and MLDB ${2 * k} feeders; it carries both boards' load.`,
      ratings: panel(amps), ratedKw: round1(kwFor(amps)), pf: 0.92, peakKw: 0,
      role: { kind: 'mirror', of: pair }, metadata: { criticality: 'medium', position: 'normal' },
    });
    for (const m of pair) link(code('lt_changeover', k), m, 'switches');
  }

  // ── Energy meters ────────────────────────────────────────────────────────────────────────
  const metered = [
    ...TRF_KVA.map((_, i) => code('trf', i + 1)),
    ...CHILLER_TR.map((_, i) => code('chiller', i + 1)),
    ...[1, 2, 3, 4].map((p) => code('lt_pcc', p)),
  ];
  metered.forEach((m, i) => {
    const k = i + 1;
    const target = drafts.get(m)!;
    const site = target.site;
    add({
      typeId: 'em', index: k, site, location: target.location ?? location(site),
      description: `Class 0.5S multifunction energy meter on ${SHORT_NAMES[target.typeId]} ${target.index}.`,
      ratings: [r('accuracy_class', 0.5, ''), r('ct_ratio', standardAmps(ampsFor(target.ratedKw) * 1.2), 'A')],
      ratedKw: target.ratedKw, pf: target.pf, peakKw: 0,
      role: { kind: 'mirror', of: [m] }, metadata: { criticality: 'medium', revenue_grade: k <= 10 },
    });
    link(code('em', k), m, 'meters');
  });

  const equipment: EquipmentSpec[] = [];
  for (const [prefix, count] of Object.entries(COMMAND_CENTER_COUNTS)) {
    for (let i = 1; i <= count; i++) {
      const d = drafts.get(code(prefix, i));
      if (!d) throw new Error(`command center is missing ${code(prefix, i)}`);
      equipment.push(finish(d));
    }
  }
  if (equipment.length !== 357) throw new Error(`command center has ${equipment.length} equipment, expected 357`);
  return {
    equipment,
    relations: relations.map(([from, to, kind]) => ({ organizationId: DEMO_ORG.id, from, to, kind })),
  };
}
