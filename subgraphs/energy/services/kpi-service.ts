// Energy KPIs over a range, the EnMS seed's calculate_* functions with their formulas:
//   consumption            Σ interval consumption (counter metric of the energy source)
//   SEC                    consumption / Σ production_count            (calculate_sec)
//   peak demand            max over 15-min intervals of consumption / 0.25 h  (calculate_peak_demand);
//                          a series sampled less often than every 15 minutes (hourly history)
//                          puts a whole sample in one bucket, so its bucket spans the sample
//                          interval: demand = consumption / max(0.25 h, interval)
//   average demand         consumption / hours in [from, to)
//   load factor            average demand / peak demand                (calculate_load_factor)
//   cost                   Σ hourly consumption × time-of-use price of that local hour and
//                          weekday, from the tariff valid that day (site tariff before the
//                          organization's; the source's cost per unit where none)  (calculate_energy_cost)
//   carbon                 Σ consumption × kg CO₂e factor valid that local day (site factor
//                          before the organization's; the source's intensity where none)
//                          (calculate_carbon_intensity; per unit produced = carbon / production)
//   operating hours        15-min intervals by demand: running ≥ runningFrom, idle ≥ offBelow,
//                          else off (no data counts as off)                (get_machine_operating_hours)
import type { Kysely } from 'kysely';
import { BadInputError } from '../../../common/errors.js';
import type { Database } from '../../../database/database.js';
import type { CarbonFactor, EnergySource, Tariff, TariffPeriod } from '../../../database/tables/energy.table.js';
import { type DemandBucket, loadDemandBuckets } from '../repositories/readings-data-repository.js';

export interface KpiSetOut {
  source: EnergySource;
  from: Date;
  to: Date;
  consumption: number;
  unit: string;
  production: number;
  specificEnergyConsumption: number | null;
  peakDemand: number | null;
  peakDemandAt: Date | null;
  demandUnit: string;
  averageDemand: number;
  loadFactor: number | null;
  cost: number;
  currency: string;
  costByPeriod: { name: string; consumption: number; price: number; cost: number }[];
  carbonKg: number;
  carbonPerUnitProducedKg: number | null;
  operatingHours: { running: number; idle: number; off: number; offBelow: number; runningFrom: number };
}

const QUARTER_MS = 15 * 60e3;
export const PRODUCTION_METRIC = 'production_count';

export function checkRange(from: Date | string, to: Date | string): { from: Date; to: Date } {
  const f = new Date(from);
  const t = new Date(to);
  if (Number.isNaN(f.getTime()) || Number.isNaN(t.getTime())) throw new BadInputError('from and to must be ISO 8601 instants.', { argument: 'from' });
  if (t <= f) throw new BadInputError(`The range ends (${t.toISOString()}) before it starts (${f.toISOString()}).`, { argument: 'to' });
  if (t.getTime() - f.getTime() > 3 * 366 * 86400e3) throw new BadInputError('A KPI range may span at most three years.', { argument: 'to' });
  return { from: f, to: t };
}

export function priceAt(tariff: Pick<Tariff, 'default_price' | 'periods'> | null, fallback: number, dow: number, hour: number): { name: string; price: number } {
  if (!tariff) return { name: 'default', price: fallback };
  for (const p of tariff.periods as TariffPeriod[]) {
    const inHours = p.fromHour <= p.toHour ? hour >= p.fromHour && hour < p.toHour : hour >= p.fromHour || hour < p.toHour;
    if (p.days.includes(dow) && inHours) return { name: p.name, price: p.price };
  }
  return { name: 'default', price: tariff.default_price };
}

function validOn<T extends { valid_from: string; valid_to: string | null; site_id: string | null }>(rows: T[], siteId: string, date: string): T | null {
  const ok = rows.filter((r) => String(r.valid_from) <= date && (r.valid_to === null || date <= String(r.valid_to)) && (r.site_id === null || r.site_id === siteId));
  return ok.find((r) => r.site_id === siteId) ?? ok[0] ?? null;
}

export async function tariffsAndFactors(db: Kysely<Database>, organizationId: string, sourceId: string): Promise<{ tariffs: Tariff[]; factors: CarbonFactor[] }> {
  const [tariffs, factors] = await Promise.all([
    db.selectFrom('energy.tariffs').selectAll().where('organization_id', '=', organizationId).where('energy_source_id', '=', sourceId).orderBy('valid_from', 'desc').execute(),
    db.selectFrom('energy.carbon_factors').selectAll().where('organization_id', '=', organizationId).where('energy_source_id', '=', sourceId).orderBy('valid_from', 'desc').execute(),
  ]);
  const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : (d as string | null));
  return {
    tariffs: tariffs.map((t) => ({ ...t, valid_from: iso(t.valid_from)!, valid_to: iso(t.valid_to) })),
    factors: factors.map((f) => ({ ...f, valid_from: iso(f.valid_from)!, valid_to: iso(f.valid_to) })),
  };
}

/** Pure: the KPI arithmetic over 15-minute buckets. */
export function computeKpis(
  source: EnergySource,
  range: { from: Date; to: Date },
  buckets: readonly DemandBucket[],
  tariffs: Tariff[],
  factors: CarbonFactor[],
  thresholds: { offBelow?: number | null; runningFrom?: number | null } = {},
): KpiSetOut {
  const metric = source.consumption_metric;
  const perBucket = new Map<number, { value: number; hours: number }>();
  let consumption = 0;
  let production = 0;
  let cost = 0;
  let carbon = 0;
  const periods = new Map<string, { name: string; consumption: number; price: number; cost: number }>();
  for (const b of buckets) {
    if (b.metric === PRODUCTION_METRIC && metric !== PRODUCTION_METRIC) {
      production += b.value;
      continue;
    }
    if (b.metric !== metric) continue;
    consumption += b.value;
    const t = b.bucket.getTime();
    const cur = perBucket.get(t) ?? { value: 0, hours: 0.25 };
    cur.value += b.value;
    cur.hours = Math.max(cur.hours, b.interval_s / 3600);
    perBucket.set(t, cur);
    const tariff = validOn(tariffs, b.site_id, b.local_date);
    const { name, price } = priceAt(tariff, source.cost_per_unit, b.dow, b.hour);
    cost += b.value * price;
    const key = `${name}|${price}`;
    const p = periods.get(key) ?? { name, consumption: 0, price, cost: 0 };
    p.consumption += b.value;
    p.cost += b.value * price;
    periods.set(key, p);
    const factor = validOn(factors, b.site_id, b.local_date);
    carbon += b.value * (factor ? factor.kg_co2e_per_unit : source.carbon_intensity);
  }
  let peak: number | null = null;
  let peakAt: Date | null = null;
  for (const [t, v] of perBucket) {
    const demand = v.value / v.hours;
    if (peak === null || demand > peak || (demand === peak && t < peakAt!.getTime())) {
      peak = demand;
      peakAt = new Date(t);
    }
  }
  const hours = (range.to.getTime() - range.from.getTime()) / 3600e3;
  const averageDemand = consumption / hours;
  const offBelow = thresholds.offBelow ?? (peak ?? 0) * 0.05;
  const runningFrom = thresholds.runningFrom ?? (peak ?? 0) * 0.3;
  if (runningFrom < offBelow) throw new BadInputError(`runningFrom (${runningFrom}) must not be below offBelow (${offBelow}).`, { argument: 'runningFrom' });
  // Each bucket stands for its span (15 minutes, or the sample interval when longer).
  let running = 0;
  let idle = 0;
  for (const v of perBucket.values()) {
    const d = v.value / v.hours;
    if (d >= runningFrom && d > 0) running += v.hours * 4;
    else if (d >= offBelow && d > 0) idle += v.hours * 4;
  }
  const totalQuarters = Math.round((range.to.getTime() - range.from.getTime()) / QUARTER_MS);
  return {
    source,
    from: range.from,
    to: range.to,
    consumption,
    unit: source.unit,
    production,
    specificEnergyConsumption: production > 0 ? consumption / production : null,
    peakDemand: peak,
    peakDemandAt: peakAt,
    demandUnit: source.unit === 'kWh' ? 'kW' : `${source.unit}/h`,
    averageDemand,
    loadFactor: peak && peak > 0 ? averageDemand / peak : null,
    cost,
    currency: tariffs[0]?.currency ?? source.currency,
    costByPeriod: [...periods.values()].sort((a, b) => b.cost - a.cost),
    carbonKg: carbon,
    carbonPerUnitProducedKg: production > 0 ? carbon / production : null,
    operatingHours: { running: running / 4, idle: idle / 4, off: Math.max(0, totalQuarters - running - idle) / 4, offBelow, runningFrom },
  };
}

/** The range, the 15-minute buckets of consumption and production, tariffs and factors. */
async function kpiInputs(
  db: Kysely<Database>,
  organizationId: string,
  source: EnergySource,
  equipmentIds: readonly string[],
  from: Date | string,
  to: Date | string,
  perEquipment: boolean,
) {
  const range = checkRange(from, to);
  const metrics = source.consumption_metric === PRODUCTION_METRIC ? [PRODUCTION_METRIC] : [source.consumption_metric, PRODUCTION_METRIC];
  const [buckets, tf] = await Promise.all([
    equipmentIds.length ? loadDemandBuckets(db, organizationId, equipmentIds, metrics, range.from, range.to, perEquipment) : Promise.resolve([]),
    tariffsAndFactors(db, organizationId, source.id),
  ]);
  return { range, buckets, tf };
}

export async function kpisFor(
  db: Kysely<Database>,
  organizationId: string,
  source: EnergySource,
  equipmentIds: readonly string[],
  from: Date | string,
  to: Date | string,
  thresholds: { offBelow?: number | null; runningFrom?: number | null } = {},
): Promise<KpiSetOut> {
  const { range, buckets, tf } = await kpiInputs(db, organizationId, source, equipmentIds, from, to, false);
  return computeKpis(source, range, buckets, tf.tariffs, tf.factors, thresholds);
}

/**
 * KPIs of each piece of equipment on its own, for a whole list in a fixed number of statements
 * (the energy source, its tariffs and factors, and every machine's buckets at once): what
 * `Equipment.kpis` on a list needs. One result per id, in id order.
 */
export async function kpisForEach(
  db: Kysely<Database>,
  organizationId: string,
  source: EnergySource,
  equipmentIds: readonly string[],
  from: Date | string,
  to: Date | string,
  thresholds: { offBelow?: number | null; runningFrom?: number | null } = {},
): Promise<KpiSetOut[]> {
  const { range, buckets, tf } = await kpiInputs(db, organizationId, source, equipmentIds, from, to, true);
  const byEquipment = new Map<string, DemandBucket[]>();
  for (const b of buckets) {
    const list = byEquipment.get(b.equipment_id!);
    if (list) list.push(b);
    else byEquipment.set(b.equipment_id!, [b]);
  }
  return equipmentIds.map((id) => computeKpis(source, range, byEquipment.get(id) ?? [], tf.tariffs, tf.factors, thresholds));
}
