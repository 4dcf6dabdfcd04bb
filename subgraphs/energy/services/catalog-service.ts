// Writes to the energy catalog: energy sources, SEUs and relevant variables. Each runs inside
// the caller's transaction; validation happens before the first write.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { BadInputError, ConflictError, NotFoundError } from '../../../common/errors.js';
import { checkUuid } from '../../../common/validate.js';
import type { Database } from '../../../database/database.js';
import type { EnergySource, PeriodAggregation, RelevantVariable, Seu, VariableKind } from '../../../database/tables/energy.table.js';
import { energySourcesByIds, insertEnergySource, publishedMetric, updateEnergySourceRow } from '../repositories/energy-source-repository.js';
import { deleteSeuRow, existingEquipment, insertSeu, seusByIds, updateSeuRow } from '../repositories/seu-repository.js';
import { deleteVariableRow, insertVariable, updateVariableRow, variablesByIds } from '../repositories/variable-repository.js';
import { resolveEnergySource } from './resolve.js';

const SNAKE = /^[a-z][a-z0-9_]*$/;

function checkName(name: string, argument: string): string {
  if (!SNAKE.test(name)) throw new BadInputError(`${argument} '${name}' must be snake_case: a lower-case letter, then letters, digits or underscores (e.g. chilled_water).`, { argument });
  return name;
}

function checkNonNegative(x: number | null | undefined, argument: string): void {
  if (x !== undefined && x !== null && !(Number.isFinite(x) && x >= 0)) throw new BadInputError(`${argument} must be a number of at least 0, got ${x}.`, { argument });
}

function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string })?.code === '23505';
}

const humanize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' ');

async function checkConsumptionMetric(db: Kysely<Database>, organizationId: string, metric: string): Promise<void> {
  const m = await publishedMetric(db, organizationId, metric);
  if (!m) throw new BadInputError(`The readings catalog has no series of metric '${metric}' yet. Create the metric and ingest readings for it first (createMetric, ingestReadings).`, { argument: 'consumptionMetric' });
  if (m.kind !== 'counter') throw new BadInputError(`Metric '${metric}' is a ${m.kind}; consumption must be a counter (the amount used per interval).`, { argument: 'consumptionMetric' });
}

export interface EnergySourceInputT {
  name: string;
  displayName?: string | null;
  unit: string;
  unitSpoken?: string | null;
  costPerUnit: number;
  currency?: string | null;
  carbonIntensity: number;
  consumptionMetric: string;
  synonyms?: string[] | null;
}

export async function createEnergySource(db: Kysely<Database>, organizationId: string, input: EnergySourceInputT): Promise<EnergySource> {
  checkName(input.name, 'name');
  checkNonNegative(input.costPerUnit, 'costPerUnit');
  checkNonNegative(input.carbonIntensity, 'carbonIntensity');
  await checkConsumptionMetric(db, organizationId, input.consumptionMetric);
  try {
    return await insertEnergySource(db, {
      id: randomUUID(),
      organization_id: organizationId,
      name: input.name,
      display_name: input.displayName ?? humanize(input.name),
      unit: input.unit,
      unit_spoken: input.unitSpoken ?? input.unit,
      cost_per_unit: input.costPerUnit,
      currency: input.currency ?? 'USD',
      carbon_intensity: input.carbonIntensity,
      consumption_metric: input.consumptionMetric,
      synonyms: input.synonyms ?? [],
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError(`An energy source named '${input.name}' already exists.`, { argument: 'name' });
    throw e;
  }
}

export async function updateEnergySource(db: Kysely<Database>, organizationId: string, id: string, input: { [K in keyof EnergySourceInputT]?: EnergySourceInputT[K] | null }): Promise<EnergySource> {
  checkUuid(id, 'id');
  checkNonNegative(input.costPerUnit, 'costPerUnit');
  checkNonNegative(input.carbonIntensity, 'carbonIntensity');
  if (input.consumptionMetric) await checkConsumptionMetric(db, organizationId, input.consumptionMetric);
  const patch: Record<string, unknown> = {};
  const map: [keyof EnergySourceInputT, string][] = [
    ['displayName', 'display_name'], ['unit', 'unit'], ['unitSpoken', 'unit_spoken'], ['costPerUnit', 'cost_per_unit'],
    ['currency', 'currency'], ['carbonIntensity', 'carbon_intensity'], ['consumptionMetric', 'consumption_metric'], ['synonyms', 'synonyms'],
  ];
  for (const [k, col] of map) if (input[k] !== undefined && input[k] !== null) patch[col] = input[k];
  if (Object.keys(patch).length === 0) {
    const [row] = await energySourcesByIds(db, organizationId, [id]);
    if (!row) throw new NotFoundError(`No energy source has the id '${id}'.`, { argument: 'id' });
    return row;
  }
  const row = await updateEnergySourceRow(db, organizationId, id, patch);
  if (!row) throw new NotFoundError(`No energy source has the id '${id}'.`, { argument: 'id' });
  return row;
}

async function checkEquipment(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) throw new BadInputError('An SEU needs at least one piece of equipment.', { argument: 'equipmentIds' });
  const unique = [...new Set(ids.map((id) => checkUuid(id, 'equipmentIds')))];
  const found = new Set((await existingEquipment(db, organizationId, unique)).map((e) => e.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) throw new NotFoundError(`No equipment has the id ${missing.map((m) => `'${m}'`).join(', ')}.`, { argument: 'equipmentIds', missing });
  return unique;
}

export async function createSeu(
  db: Kysely<Database>,
  organizationId: string,
  input: { name: string; description?: string | null; energySourceId?: string | null; energySource?: string | null; equipmentIds: readonly string[] },
): Promise<Seu> {
  if (!input.name.trim()) throw new BadInputError('An SEU needs a name.', { argument: 'name' });
  let sourceId: string;
  if (input.energySourceId) {
    const [s] = await energySourcesByIds(db, organizationId, [checkUuid(input.energySourceId, 'energySourceId')]);
    if (!s) throw new NotFoundError(`No energy source has the id '${input.energySourceId}'.`, { argument: 'energySourceId' });
    sourceId = s.id;
  } else if (input.energySource) {
    sourceId = (await resolveEnergySource(db, organizationId, input.energySource)).id;
  } else throw new BadInputError('Give energySourceId or energySource.', { argument: 'energySourceId' });
  const equipment = await checkEquipment(db, organizationId, input.equipmentIds);
  try {
    return await insertSeu(db, { id: randomUUID(), organization_id: organizationId, name: input.name.trim(), description: input.description ?? null, energy_source_id: sourceId }, equipment);
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError(`An SEU named '${input.name}' already exists for that energy source.`, { argument: 'name' });
    throw e;
  }
}

export async function updateSeu(db: Kysely<Database>, organizationId: string, id: string, input: { name?: string | null; description?: string | null; equipmentIds?: readonly string[] | null }): Promise<Seu> {
  checkUuid(id, 'id');
  const equipment = input.equipmentIds ? await checkEquipment(db, organizationId, input.equipmentIds) : undefined;
  const patch: { name?: string; description?: string | null } = {};
  if (input.name != null) {
    if (!input.name.trim()) throw new BadInputError('An SEU needs a name.', { argument: 'name' });
    patch.name = input.name.trim();
  }
  if (input.description !== undefined) patch.description = input.description;
  try {
    const row = await updateSeuRow(db, organizationId, id, patch, equipment);
    if (!row) throw new NotFoundError(`No SEU has the id '${id}'.`, { argument: 'id' });
    return row;
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError(`An SEU named '${input.name}' already exists for that energy source.`, { argument: 'name' });
    throw e;
  }
}

export async function deleteSeu(db: Kysely<Database>, organizationId: string, id: string): Promise<string> {
  checkUuid(id, 'id');
  if (!(await deleteSeuRow(db, organizationId, id))) throw new NotFoundError(`No SEU has the id '${id}'.`, { argument: 'id' });
  return id;
}

export { seusByIds };

export interface VariableInputT {
  name: string;
  displayName?: string | null;
  energySource?: string | null;
  kind: VariableKind;
  metric?: string | null;
  scope?: 'equipment' | 'site' | null;
  aggregation?: PeriodAggregation | null;
  baseTemperature?: number | null;
  unit?: string | null;
  synonyms?: string[] | null;
  description?: string | null;
}

const UNIT_BY_KIND: Record<VariableKind, string> = { metric: '', hdd: '°C·day', cdd: '°C·day', operating_hours: 'h', working_day: 'days' };

export async function createRelevantVariable(db: Kysely<Database>, organizationId: string, input: VariableInputT): Promise<RelevantVariable> {
  checkName(input.name, 'name');
  if (input.kind === 'metric' && !input.metric) throw new BadInputError(`Variable '${input.name}' is metric-based and needs a metric (e.g. production_count).`, { argument: 'metric' });
  const source = input.energySource ? await resolveEnergySource(db, organizationId, input.energySource) : null;
  let unit = input.unit ?? UNIT_BY_KIND[input.kind];
  if (input.kind === 'metric' && !input.unit) unit = (await publishedMetric(db, organizationId, input.metric!))?.unit ?? '';
  try {
    return await insertVariable(db, {
      id: randomUUID(),
      organization_id: organizationId,
      energy_source_id: source?.id ?? null,
      name: input.name,
      display_name: input.displayName ?? humanize(input.name),
      kind: input.kind,
      metric: input.metric ?? null,
      scope: input.scope ?? (input.kind === 'hdd' || input.kind === 'cdd' ? 'site' : 'equipment'),
      aggregation: input.aggregation ?? 'SUM',
      base_temperature: input.baseTemperature ?? null,
      unit,
      synonyms: input.synonyms ?? [],
      description: input.description ?? null,
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError(`A variable named '${input.name}' already exists${source ? ` for ${source.name}` : ''}.`, { argument: 'name' });
    throw e;
  }
}

export async function updateRelevantVariable(db: Kysely<Database>, organizationId: string, id: string, input: { [K in keyof VariableInputT]?: VariableInputT[K] | null }): Promise<RelevantVariable> {
  checkUuid(id, 'id');
  const [current] = await variablesByIds(db, organizationId, [id]);
  if (!current) throw new NotFoundError(`No relevant variable has the id '${id}'.`, { argument: 'id' });
  const patch: Record<string, unknown> = {};
  const map: [keyof VariableInputT, string][] = [
    ['displayName', 'display_name'], ['metric', 'metric'], ['scope', 'scope'], ['aggregation', 'aggregation'],
    ['baseTemperature', 'base_temperature'], ['unit', 'unit'], ['synonyms', 'synonyms'], ['description', 'description'],
  ];
  for (const [k, col] of map) if (input[k] !== undefined && (input[k] !== null || k === 'description' || k === 'baseTemperature')) patch[col] = input[k];
  if (current.kind === 'metric' && patch.metric === null) throw new BadInputError('A metric-based variable keeps a metric.', { argument: 'metric' });
  if (Object.keys(patch).length === 0) return current;
  return (await updateVariableRow(db, organizationId, id, patch))!;
}

export async function deleteRelevantVariable(db: Kysely<Database>, organizationId: string, id: string): Promise<string> {
  checkUuid(id, 'id');
  if (!(await deleteVariableRow(db, organizationId, id))) throw new NotFoundError(`No relevant variable has the id '${id}'.`, { argument: 'id' });
  return id;
}
