import type { Rating } from '../tables/assets.table.js';

/** How the command-center model computes an equipment's load (see command-center-model.ts). */
export type LoadRole =
  | { kind: 'chiller'; index: number; capacityTr: number; airCooled: boolean; group: 'main' | 'critical' }
  | { kind: 'ahu'; index: number; cfm: number; allDay: boolean; startOffsetMin: number }
  | { kind: 'ct'; index: number; capacityTr: number }
  | { kind: 'pump'; duty: 'chw-primary' | 'cw' | 'chw-secondary' | 'transfer' | 'jockey' | 'dosing' | 'booster'; follows?: string }
  | { kind: 'compressor'; mode: 'base' | 'trim' | 'standby'; cyclePeriodMin: number }
  | { kind: 'motor'; duty: 'exhaust' | 'workshop' | 'conveyor'; syncRpm: number }
  | { kind: 'dg'; testWeekday: number; testHour: number }
  | { kind: 'ups'; criticalKw: number }
  | { kind: 'plc'; kw: number }
  | { kind: 'db'; floor: number }
  | { kind: 'aggregate'; ownPeakKw: number }
  | { kind: 'apfc'; kvar: number; steps: number }
  | { kind: 'trf'; kva: number }
  | { kind: 'mirror'; of: string[] };

export interface EquipmentSpec {
  id: string;
  organizationId: string;
  siteCode: string;
  typeId: string;
  code: string;
  name: string;
  description: string;
  location: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  installedOn: string;
  ratings: Rating[];
  dataIntervalSeconds: number;
  mqttTopic: string;
  metadata: Record<string, unknown>;
  /** Electrical rating the model scales loads by (kW). */
  ratedKw: number;
  /** Full-load power factor. */
  pf: number;
  /** Command-center equipment only: how the plant model computes its load. */
  role?: LoadRole;
}
