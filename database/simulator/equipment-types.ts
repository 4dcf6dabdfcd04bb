// Equipment types. Ids are the command-center seed's code prefixes exactly (the seed claims 29
// types but lists 20 prefixes; we follow the list), plus the EnMS machine types.
import type { EquipmentCategory } from '../tables/assets.table.js';

export interface EquipmentTypeSpec {
  id: string;
  name: string;
  category: EquipmentCategory;
  description: string;
}

const lt = (id: string, name: string, description: string): EquipmentTypeSpec => ({ id, name, category: 'lt_panel', description });
const major = (id: string, name: string, description: string): EquipmentTypeSpec => ({ id, name, category: 'major_equipment', description });

export const EQUIPMENT_TYPES: EquipmentTypeSpec[] = [
  lt('lt_mcc', 'Motor Control Center', 'LT panel with starters and feeders for motors, pumps, fans and drives.'),
  lt('lt_pcc', 'Power Control Center', 'Main LT switchboard fed by a transformer; feeds MCCs, distribution boards and large loads.'),
  lt('lt_apfc', 'APFC Panel', 'Automatic power factor correction: capacitor banks switched in steps to hold the bus power factor.'),
  lt('lt_db', 'Distribution Board', 'Final distribution board for lighting and small power on a floor.'),
  lt('lt_mldb', 'Main LT Distribution Board', 'Main lighting/small-power distribution board fed from a PCC.'),
  lt('lt_smdb', 'Sub-Main Distribution Board', 'Sub-main board between a main LT distribution board and floor distribution boards.'),
  lt('lt_vfd', 'VFD Panel', 'Variable frequency drive panel for a fan or pump motor.'),
  lt('lt_plc', 'PLC Panel', 'Programmable logic controller panel for building and plant automation, on UPS power.'),
  lt('lt_ats', 'Auto Transfer Switch', 'Transfers a bus between transformer and DG supply automatically on mains failure.'),
  lt('lt_changeover', 'Changeover Switch', 'Manual changeover between two distribution feeders.'),
  major('trf', 'Transformer', '11 kV / 415 V distribution transformer.'),
  major('dg', 'DG Set', 'Diesel generator set for standby power.'),
  major('ups', 'UPS System', 'Uninterruptible power supply with battery bank for critical loads.'),
  major('chiller', 'Water Chiller', 'Vapour-compression chiller producing chilled water for air handling units.'),
  major('ahu', 'Air Handling Unit', 'Air handling unit with chilled-water coil and supply fan on a VFD.'),
  major('ct', 'Cooling Tower', 'Induced-draft cooling tower rejecting chiller condenser heat.'),
  major('pump', 'Pump', 'Centrifugal pump: chilled water, condenser water, transfer and utility duties.'),
  major('compressor', 'Air Compressor', 'Rotary screw air compressor producing plant compressed air.'),
  major('motor', 'Motor', 'Induction motor driving a fan, conveyor or workshop machine.'),
  major('em', 'Energy Meter', 'Revenue-grade multifunction energy meter.'),
  major('hvac', 'HVAC System', 'Packaged heating, ventilation and air conditioning for a production hall.'),
  {
    id: 'injection_molding',
    name: 'Injection Molding Machine',
    category: 'production_machine',
    description: 'Hydraulic injection molding machine with heated barrel and steam-heated molds.',
  },
];

/** Type ids of the command-center plant, in the seed's order. */
export const COMMAND_CENTER_TYPE_IDS = [
  'lt_mcc', 'lt_pcc', 'lt_apfc', 'lt_db', 'lt_mldb', 'lt_smdb', 'lt_vfd', 'lt_plc', 'lt_ats', 'lt_changeover',
  'trf', 'dg', 'ups', 'chiller', 'ahu', 'ct', 'pump', 'compressor', 'motor', 'em',
] as const;
export type CommandCenterTypeId = (typeof COMMAND_CENTER_TYPE_IDS)[number];
