// Finding what a request names: periods, energy sources, SEUs and variables, forgiving of case,
// separators and synonyms. Failures are domain errors whose message can be spoken and whose
// details carry the valid `choices` and the closest `suggestion`.
import type { Kysely } from 'kysely';
import { BadInputError, NotFoundError } from '../../../common/errors.js';
import { checkUuid } from '../../../common/validate.js';
import type { Database } from '../../../database/database.js';
import type { EnergySource, RelevantVariable, Seu } from '../../../database/tables/energy.table.js';
import { listInWords, matchName } from '../names.js';
import { listEnergySources } from '../repositories/energy-source-repository.js';
import { listSeus, seusByIds } from '../repositories/seu-repository.js';
import { variablesForSource } from '../repositories/variable-repository.js';
import { defaultMetricOf, type VariableDef } from './dataset.js';

/**
 * Schema defaults of enum arguments arrive as the GraphQL name ('DAY'): graphql-js resolves
 * them before the subgraph maps enum values, so both spellings are accepted here.
 */
export function granularityOf(g: string | null | undefined, fallback: 'day' | 'week' | 'month'): 'day' | 'week' | 'month' {
  const v = (g ?? fallback).toLowerCase();
  if (v !== 'day' && v !== 'week' && v !== 'month') throw new BadInputError(`Granularity '${g}' is not one of DAY, WEEK, MONTH.`, { argument: 'granularity' });
  return v;
}

export interface Period {
  from: string;
  to: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: string, argument: string): string {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new BadInputError(`${argument} '${value}' is not a date; use YYYY-MM-DD, e.g. 2024-01-31.`, { argument });
  }
  return value;
}

export function resolvePeriod(p: { year?: number | null; start?: string | null; end?: string | null }): Period {
  if (p.year !== undefined && p.year !== null) {
    if (p.start || p.end) throw new BadInputError('Give either a year or start and end dates, not both.', { argument: 'period' });
    if (!Number.isInteger(p.year) || p.year < 1900 || p.year > 2200) throw new BadInputError(`Year ${p.year} is not a calendar year between 1900 and 2200.`, { argument: 'year' });
    return { from: `${p.year}-01-01`, to: `${p.year}-12-31` };
  }
  if (!p.start || !p.end) throw new BadInputError('A period needs a year, or both a start and an end date (YYYY-MM-DD).', { argument: 'period' });
  const from = checkDate(p.start, 'start');
  const to = checkDate(p.end, 'end');
  if (to < from) throw new BadInputError(`The period ends (${to}) before it starts (${from}).`, { argument: 'end' });
  if (daysSpan(from, to) > 3 * 366) throw new BadInputError(`The period ${from} to ${to} is longer than three years; ask for a shorter one.`, { argument: 'period' });
  return { from, to };
}

function daysSpan(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400e3 + 1;
}

/** How people say an energy source: its display name in lower case ('natural gas'). */
export function spokenSource(s: Pick<EnergySource, 'display_name' | 'name'>): string {
  return (s.display_name || s.name.replace(/_/g, ' ')).toLowerCase();
}

export async function resolveEnergySource(db: Kysely<Database>, organizationId: string, spoken: string): Promise<EnergySource> {
  const all = await listEnergySources(db, organizationId);
  const { match, suggestion } = matchName(spoken, all.map((s) => ({ item: s, label: spokenSource(s), names: [s.name, s.display_name, ...s.synonyms] })));
  if (match) return match;
  const choices = all.map(spokenSource);
  throw new NotFoundError(
    `I don't know the energy source '${spoken}'. I know ${listInWords(choices)}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
    { argument: 'energySource', choices, suggestion },
  );
}

export async function resolveSeu(
  db: Kysely<Database>,
  organizationId: string,
  input: { seuId?: string | null; seuName?: string | null; energySource?: string | null },
): Promise<{ seu: Seu; source: EnergySource }> {
  if (input.seuId) {
    const [seu] = await seusByIds(db, organizationId, [checkUuid(input.seuId, 'seuId')]);
    if (!seu) throw new NotFoundError(`No SEU has the id '${input.seuId}'.`, { argument: 'seuId' });
    const all = await listEnergySources(db, organizationId);
    return { seu, source: all.find((s) => s.id === seu.energy_source_id)! };
  }
  if (!input.seuName || !input.energySource) throw new BadInputError('Name the SEU by seuId, or by seuName together with energySource.', { argument: 'seuId' });
  const source = await resolveEnergySource(db, organizationId, input.energySource);
  const seus = await listSeus(db, organizationId, source.id);
  const { match, suggestion } = matchName(input.seuName, seus.map((s) => ({ item: s, label: s.name, names: [s.name] })));
  if (match) return { seu: match, source };
  const choices = seus.map((s) => s.name);
  const known = choices.length ? `I know ${listInWords(choices)}.` : `No SEU uses ${spokenSource(source)} yet.`;
  throw new NotFoundError(`I don't know the SEU '${input.seuName}' for ${spokenSource(source)}. ${known}${suggestion ? ` Did you mean ${suggestion}?` : ''}`, {
    argument: 'seuName',
    choices,
    suggestion,
  });
}

export function spokenVariable(v: Pick<RelevantVariable, 'display_name' | 'name'>): string {
  return (v.display_name || v.name.replace(/_/g, ' ')).toLowerCase();
}

export function toDef(v: RelevantVariable): VariableDef {
  const metric = defaultMetricOf(v.kind, v.metric);
  const scope = v.kind === 'hdd' || v.kind === 'cdd' ? (v.metric ? v.scope : 'site') : v.kind === 'metric' ? v.scope : 'equipment';
  return { name: v.name, displayName: v.display_name, kind: v.kind, metric, scope, aggregation: v.aggregation, baseTemperature: v.base_temperature, unit: v.unit };
}

export async function resolveVariables(db: Kysely<Database>, organizationId: string, source: EnergySource, spoken: readonly string[]): Promise<RelevantVariable[]> {
  if (spoken.length === 0) throw new BadInputError('Name at least one relevant variable.', { argument: 'variables' });
  const all = await variablesForSource(db, organizationId, source.id);
  // A source's own variable wins over a shared one of the same name.
  const byName = new Map<string, RelevantVariable>();
  for (const v of all) if (!byName.has(v.name) || v.energy_source_id) byName.set(v.name, v);
  const offered = [...byName.values()];
  const candidates = offered.map((v) => ({ item: v, label: spokenVariable(v), names: [v.name, v.display_name, ...v.synonyms] }));
  const out: RelevantVariable[] = [];
  for (const s of spoken) {
    const { match, suggestion } = matchName(s, candidates);
    if (!match) {
      const choices = offered.map(spokenVariable);
      throw new NotFoundError(
        `I don't know the variable '${s}' for ${spokenSource(source)}. I know ${choices.length ? listInWords(choices) : 'none yet'}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
        { argument: 'variables', choices, suggestion },
      );
    }
    if (!out.includes(match)) out.push(match);
  }
  return out;
}
