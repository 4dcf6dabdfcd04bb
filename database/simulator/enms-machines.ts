// The seven EnMS machines of the EnMS seed, with its exact ids, names, intervals and topics.
import type { EquipmentSpec } from './equipment-spec.js';
import { DEMO_ORG } from './organizations.js';
import { DEMO_FACTORY, EU_FACTORY } from './sites.js';

export interface EnmsMachine extends EquipmentSpec {
  /** Good units on a full working day, before demand swings. */
  unitsPerWorkingDay: number;
  /** Extra energy carriers metered on this machine besides electricity. */
  otherSources: ('natural_gas' | 'steam' | 'compressed_air')[];
}

type MachineInput = Pick<EnmsMachine, 'id' | 'code' | 'typeId' | 'siteCode' | 'dataIntervalSeconds' | 'mqttTopic' | 'description' | 'manufacturer' | 'model' | 'unitsPerWorkingDay' | 'otherSources' | 'ratedKw'> & {
  extraRatings?: EquipmentSpec['ratings'];
  metadata?: Record<string, unknown>;
};

function machine(m: MachineInput): EnmsMachine {
  return {
    organizationId: DEMO_ORG.id,
    name: m.code,
    location: m.siteCode === DEMO_FACTORY ? 'Production Hall' : 'North Hall',
    serialNumber: `ENMS-${m.id.slice(-4)}`,
    installedOn: m.siteCode === DEMO_FACTORY ? '2019-03-15' : '2020-06-01',
    ratings: [{ name: 'rated_power', value: m.ratedKw, unit: 'kW' }, ...(m.extraRatings ?? [])],
    metadata: { criticality: 'high', seu: true, ...(m.metadata ?? {}) },
    pf: 0.9,
    ...m,
  };
}

export const ENMS_MACHINES: EnmsMachine[] = [
  machine({
    id: 'c0000000-0000-0000-0000-000000000001', code: 'Compressor-1', typeId: 'compressor', siteCode: DEMO_FACTORY,
    dataIntervalSeconds: 1, mqttTopic: 'factory/demo/compressor-1', ratedKw: 90,
    description: 'Main plant air compressor supplying the production lines.', manufacturer: 'Atlas Copco', model: 'GA90 VSD+',
    unitsPerWorkingDay: 16000, otherSources: ['compressed_air'],
    extraRatings: [{ name: 'free_air_delivery', value: 900, unit: 'Nm³/h' }],
  }),
  machine({
    id: 'c0000000-0000-0000-0000-000000000002', code: 'HVAC-Main', typeId: 'hvac', siteCode: DEMO_FACTORY,
    dataIntervalSeconds: 10, mqttTopic: 'factory/demo/hvac-main', ratedKw: 160,
    description: 'Main production hall HVAC: electric cooling and fans, gas-fired heating.', manufacturer: 'Trane', model: 'IntelliPak SXHL',
    unitsPerWorkingDay: 16000, otherSources: ['natural_gas'],
    extraRatings: [{ name: 'cooling_capacity', value: 120, unit: 'TR' }, { name: 'heating_capacity', value: 600, unit: 'kW' }],
    metadata: { production_count: 'units produced in the hall it conditions' },
  }),
  machine({
    id: 'c0000000-0000-0000-0000-000000000003', code: 'Conveyor-A', typeId: 'motor', siteCode: DEMO_FACTORY,
    dataIntervalSeconds: 10, mqttTopic: 'factory/demo/conveyor-a', ratedKw: 30,
    description: 'Assembly line conveyor drive.', manufacturer: 'SEW-Eurodrive', model: 'DRN180L4',
    unitsPerWorkingDay: 18000, otherSources: [],
  }),
  machine({
    id: 'c0000000-0000-0000-0000-000000000004', code: 'Hydraulic-Pump-1', typeId: 'pump', siteCode: DEMO_FACTORY,
    dataIntervalSeconds: 30, mqttTopic: 'factory/demo/hydraulic-pump-1', ratedKw: 45,
    description: 'Hydraulic power unit for the press line.', manufacturer: 'Bosch Rexroth', model: 'ABPAC-45',
    unitsPerWorkingDay: 9000, otherSources: [],
  }),
  machine({
    id: 'c0000000-0000-0000-0000-000000000005', code: 'Injection-Molding-1', typeId: 'injection_molding', siteCode: DEMO_FACTORY,
    dataIntervalSeconds: 30, mqttTopic: 'factory/demo/injection-molding-1', ratedKw: 110,
    description: 'Hydraulic injection molding machine with steam-heated molds.', manufacturer: 'Engel', model: 'victory 330',
    unitsPerWorkingDay: 5200, otherSources: ['steam'],
    extraRatings: [{ name: 'clamping_force', value: 3300, unit: 'kN' }],
  }),
  machine({
    id: 'c0000000-0000-0000-0000-000000000006', code: 'Compressor-EU-1', typeId: 'compressor', siteCode: EU_FACTORY,
    dataIntervalSeconds: 1, mqttTopic: 'factory/europe/compressor-1', ratedKw: 75,
    description: 'Plant air compressor of the European facility.', manufacturer: 'Kaeser', model: 'ASD 75',
    unitsPerWorkingDay: 12000, otherSources: [],
  }),
  machine({
    id: 'c0000000-0000-0000-0000-000000000007', code: 'HVAC-EU-North', typeId: 'hvac', siteCode: EU_FACTORY,
    dataIntervalSeconds: 10, mqttTopic: 'factory/europe/hvac-north', ratedKw: 120,
    description: 'North hall HVAC: electric cooling and fans, gas-fired heating.', manufacturer: 'Daikin', model: 'Rooftop UATYQ',
    unitsPerWorkingDay: 12000, otherSources: ['natural_gas'],
    extraRatings: [{ name: 'cooling_capacity', value: 90, unit: 'TR' }, { name: 'heating_capacity', value: 700, unit: 'kW' }],
    metadata: { production_count: 'units produced in the hall it conditions' },
  }),
];
