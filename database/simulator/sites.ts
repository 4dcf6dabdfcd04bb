// Where things are. The command-center campus (Kolkata-like climate) has buildings and rooms
// that its 357 equipment sit in; the two EnMS factories come from the EnMS seed; Northwind is
// the second tenant's single plant.
import type { SiteKind } from '../tables/assets.table.js';
import type { ClimateName } from './climate.js';
import { siteId } from './ids.js';
import { DEMO_ORG, NORTHWIND_ORG } from './organizations.js';

export interface SiteSpec {
  id: string;
  organizationId: string;
  code: string;
  parentCode: string | null;
  kind: SiteKind;
  name: string;
  timeZone: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  climate: ClimateName | null;
  metadata: Record<string, unknown>;
}

export const COMMAND_CENTER = 'command-center';
export const DEMO_FACTORY = 'demo-manufacturing-plant';
export const EU_FACTORY = 'european-production-facility';
export const NORTHWIND_PLANT = 'riverside';

const KOLKATA = { timeZone: 'Asia/Kolkata', latitude: 22.5726, longitude: 88.3639 };

function site(
  org: string,
  code: string,
  parentCode: string | null,
  kind: SiteKind,
  name: string,
  extra: Partial<SiteSpec> & { timeZone: string },
): SiteSpec {
  return {
    id: siteId(org, code),
    organizationId: org,
    code,
    parentCode,
    kind,
    name,
    address: null,
    latitude: null,
    longitude: null,
    climate: null,
    metadata: {},
    ...extra,
  };
}

function campusChild(code: string, parent: string, kind: SiteKind, name: string, metadata: Record<string, unknown> = {}): SiteSpec {
  // Same climate as the campus; the campus alone carries the weather series they share.
  return site(DEMO_ORG.id, code, parent, kind, name, { ...KOLKATA, climate: 'tropical-hot-humid', metadata });
}

export const FLOORS = [0, 1, 2, 3, 4, 5];

export function ahuRoomCode(floor: number): string {
  return `ahu-room-f${floor}`;
}

export const SITES: SiteSpec[] = [
  site(DEMO_ORG.id, COMMAND_CENTER, null, 'campus', 'Command Center Campus', {
    ...KOLKATA,
    address: 'Sector V, Salt Lake City, Kolkata, West Bengal 700091, India',
    climate: 'tropical-hot-humid',
    metadata: { country: 'IN', equipment: 357, grid: '11 kV incomer, 10 transformers' },
  }),
  campusChild('main-building', COMMAND_CENTER, 'building', 'Main Building', { floors: FLOORS.length }),
  campusChild('utility-block', COMMAND_CENTER, 'building', 'Utility Block'),
  campusChild('main-receiving-substation', 'utility-block', 'room', 'Main Receiving Substation'),
  campusChild('lt-room-1', 'utility-block', 'room', 'LT Electrical Room 1'),
  campusChild('lt-room-2', 'utility-block', 'room', 'LT Electrical Room 2'),
  campusChild('lt-room-3', 'main-building', 'room', 'LT Electrical Room 3', { floor: 0 }),
  campusChild('chiller-plant-room', 'utility-block', 'room', 'Chiller Plant Room'),
  campusChild('pump-house', 'utility-block', 'room', 'Pump House'),
  campusChild('compressor-room', 'utility-block', 'room', 'Compressor Room'),
  campusChild('ups-room', 'main-building', 'room', 'UPS Room', { floor: 0 }),
  campusChild('control-room', 'main-building', 'room', 'Command Control Room', { floor: 0, occupancy: '24x7' }),
  campusChild('workshop', 'utility-block', 'room', 'Maintenance Workshop'),
  campusChild('dg-yard', COMMAND_CENTER, 'area', 'DG Yard'),
  campusChild('cooling-tower-yard', COMMAND_CENTER, 'area', 'Cooling Tower Yard'),
  ...FLOORS.map((f) => campusChild(ahuRoomCode(f), 'main-building', 'room', `AHU Room, Floor ${f}`, { floor: f })),
  site(DEMO_ORG.id, DEMO_FACTORY, null, 'factory', 'Demo Manufacturing Plant', {
    timeZone: 'America/Los_Angeles',
    address: 'Silicon Valley, CA, USA',
    latitude: 37.3875,
    longitude: -121.9636,
    climate: 'mediterranean-mild',
    metadata: { country: 'US', enms: true },
  }),
  site(DEMO_ORG.id, EU_FACTORY, null, 'factory', 'European Production Facility', {
    timeZone: 'Europe/Berlin',
    address: 'Munich, Germany',
    latitude: 48.1351,
    longitude: 11.582,
    climate: 'temperate-continental',
    metadata: { country: 'DE', enms: true },
  }),
  site(NORTHWIND_ORG.id, NORTHWIND_PLANT, null, 'factory', 'Riverside Plant', {
    timeZone: 'Europe/London',
    address: 'Riverside Industrial Estate, Leeds, United Kingdom',
    latitude: 53.7997,
    longitude: -1.5492,
    climate: 'temperate-maritime',
    metadata: { country: 'GB' },
  }),
];

const byKey = new Map(SITES.map((s) => [`${s.organizationId}/${s.code}`, s]));

export function siteByCode(organizationId: string, code: string): SiteSpec {
  const s = byKey.get(`${organizationId}/${code}`);
  if (!s) throw new Error(`unknown site ${code}`);
  return s;
}

/** The top-level site whose outdoor series describe the weather at `s`. */
export function weatherSite(s: SiteSpec): SiteSpec {
  let cur = s;
  while (cur.parentCode) cur = siteByCode(cur.organizationId, cur.parentCode);
  if (!cur.climate) throw new Error(`site ${cur.code} has no climate`);
  return cur;
}
