// Everything the simulator creates that is not a reading: tenants, sites, types, equipment,
// relations, metrics, the series catalog, energy data and alert rules. Static: the same rows
// whatever the seed, scale or filters.
import { ALERT_RULES, type AlertRuleSpec } from './alerts.js';
import { buildCommandCenter, type RelationSpec } from './command-center.js';
import { ENERGY_SOURCES, RELEVANT_VARIABLES, SEUS, TARIFFS, CARBON_FACTORS } from './energy-catalog.js';
import type { EquipmentSpec } from './equipment-spec.js';
import { EQUIPMENT_TYPES, type EquipmentTypeSpec } from './equipment-types.js';
import { ENMS_MACHINES, type EnmsMachine } from './enms-machines.js';
import { commandCenterMetrics, METRICS, SITE_METRICS, type MetricSpec } from './metrics.js';
import { NORTHWIND_EQUIPMENT, NORTHWIND_METRICS, NORTHWIND_RELATIONS } from './northwind.js';
import { DEMO_ORG, NORTHWIND_ORG, SIMULATED_ORGS, type OrganizationSpec } from './organizations.js';
import { COMMAND_CENTER, DEMO_FACTORY, EU_FACTORY, NORTHWIND_PLANT, SITES, siteByCode, type SiteSpec } from './sites.js';

export interface SeriesSpec {
  /** Stable name, independent of database ids: `org-slug/code/metric` or `org-slug/site:code/metric`. */
  key: string;
  organizationId: string;
  equipmentId: string | null;
  siteId: string | null;
  /** Equipment code or site code. */
  owner: string;
  metric: string;
  timeZone: string;
  dataIntervalSeconds: number;
}

export interface PlantStructure {
  organizations: OrganizationSpec[];
  sites: SiteSpec[];
  equipmentTypes: EquipmentTypeSpec[];
  commandCenter: EquipmentSpec[];
  enms: EnmsMachine[];
  northwind: EquipmentSpec[];
  relations: RelationSpec[];
  metrics: MetricSpec[];
  series: SeriesSpec[];
  alertRules: AlertRuleSpec[];
}

const EQUIPMENT_SERIES_INTERVAL = 60;
/** EnMS history is hourly whatever the machine's own reporting interval. */
const ENMS_SERIES_INTERVAL = 3600;

function equipmentSeries(org: OrganizationSpec, e: EquipmentSpec, metric: string, interval: number): SeriesSpec {
  return {
    key: `${org.slug}/${e.code}/${metric}`,
    organizationId: org.id,
    equipmentId: e.id,
    siteId: null,
    owner: e.code,
    metric,
    timeZone: siteByCode(org.id, e.siteCode).timeZone,
    dataIntervalSeconds: interval,
  };
}

function siteSeries(org: OrganizationSpec, site: SiteSpec, metric: string, interval: number): SeriesSpec {
  return {
    key: `${org.slug}/site:${site.code}/${metric}`,
    organizationId: org.id,
    equipmentId: null,
    siteId: site.id,
    owner: site.code,
    metric,
    timeZone: site.timeZone,
    dataIntervalSeconds: interval,
  };
}

export function enmsMetrics(m: EnmsMachine): string[] {
  const extra = m.otherSources.map((s) => ({ natural_gas: 'natural_gas_m3', steam: 'steam_kg', compressed_air: 'compressed_air_nm3' })[s]);
  return ['energy_kwh', 'active_power_kw', 'production_count', ...extra];
}

let cached: PlantStructure | undefined;

export function plantStructure(): PlantStructure {
  if (cached) return cached;
  const cc = buildCommandCenter();
  const series: SeriesSpec[] = [];
  for (const m of ENMS_MACHINES) for (const metric of enmsMetrics(m)) series.push(equipmentSeries(DEMO_ORG, m, metric, ENMS_SERIES_INTERVAL));
  for (const code of [DEMO_FACTORY, EU_FACTORY]) {
    for (const metric of SITE_METRICS) series.push(siteSeries(DEMO_ORG, siteByCode(DEMO_ORG.id, code), metric, ENMS_SERIES_INTERVAL));
  }
  for (const e of cc.equipment) for (const metric of commandCenterMetrics(e.typeId)) series.push(equipmentSeries(DEMO_ORG, e, metric, EQUIPMENT_SERIES_INTERVAL));
  for (const metric of SITE_METRICS) series.push(siteSeries(DEMO_ORG, siteByCode(DEMO_ORG.id, COMMAND_CENTER), metric, EQUIPMENT_SERIES_INTERVAL));
  for (const e of NORTHWIND_EQUIPMENT) {
    for (const metric of NORTHWIND_METRICS[e.code] ?? []) series.push(equipmentSeries(NORTHWIND_ORG, e, metric, EQUIPMENT_SERIES_INTERVAL));
  }
  series.push(siteSeries(NORTHWIND_ORG, siteByCode(NORTHWIND_ORG.id, NORTHWIND_PLANT), 'outdoor_temp_c', EQUIPMENT_SERIES_INTERVAL));
  cached = {
    organizations: SIMULATED_ORGS,
    sites: SITES,
    equipmentTypes: EQUIPMENT_TYPES,
    commandCenter: cc.equipment,
    enms: ENMS_MACHINES,
    northwind: NORTHWIND_EQUIPMENT,
    relations: [...cc.relations, ...NORTHWIND_RELATIONS],
    metrics: METRICS,
    series,
    alertRules: ALERT_RULES,
  };
  return cached;
}

export function allEquipment(s: PlantStructure): EquipmentSpec[] {
  return [...s.commandCenter, ...s.enms, ...s.northwind];
}

/** The static rows as canonical JSON, the first input of the seed checksum. */
export function structureFingerprint(s: PlantStructure): string {
  const equipment = allEquipment(s).map((e) => {
    const { role, ...row } = e;
    return { ...row, role: role ?? null };
  });
  return JSON.stringify({
    organizations: s.organizations,
    sites: s.sites,
    equipmentTypes: s.equipmentTypes,
    equipment,
    relations: s.relations,
    metrics: s.metrics,
    series: s.series,
    energy: { sources: ENERGY_SOURCES, seus: SEUS, variables: RELEVANT_VARIABLES, tariffs: TARIFFS, carbon: CARBON_FACTORS },
    alertRules: s.alertRules,
  });
}
