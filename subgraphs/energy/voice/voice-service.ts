// The voice (OVOS) mutations. Choice, documented in the schema: a voice request that cannot be
// done is NOT a GraphQL error; the result has ok: false, `speech` is the sentence to say (it
// names the bad value and the valid choices), and `error` carries code, suggestion and choices.
// Only unexpected failures surface as GraphQL errors.
import type { Kysely } from 'kysely';
import { DomainError } from '../../../common/errors.js';
import type { Database } from '../../../database/database.js';
import type { Baseline, EnergySource, RelevantVariable } from '../../../database/tables/energy.table.js';
import { listEnergySources } from '../repositories/energy-source-repository.js';
import { listSeus } from '../repositories/seu-repository.js';
import { variablesForSource } from '../repositories/variable-repository.js';
import { trainBaseline } from '../services/baseline-service.js';
import { enpiReport, type EnpiReportOut } from '../services/enpi-service.js';
import { resolveEnergySource, spokenSource, spokenVariable } from '../services/resolve.js';
import { performanceSpeech, sourcesSpeech, trainSpeech, variablesSpeech } from './speech.js';
import { findName, type Intent, intentOf, tokens, variablesOf, yearOf } from './utterance.js';

export interface VoiceErrorOut {
  code: string;
  message: string;
  suggestion: string | null;
  choices: string[];
}

export interface VoiceTrainOut {
  ok: boolean;
  speech: string;
  error: VoiceErrorOut | null;
  baseline: Baseline | null;
}
export interface VoiceVariablesOut {
  ok: boolean;
  speech: string;
  error: VoiceErrorOut | null;
  energySource: EnergySource | null;
  variables: RelevantVariable[];
}
export interface VoiceSourcesOut {
  ok: boolean;
  speech: string;
  energySources: EnergySource[];
}
export interface VoicePerformanceOut {
  ok: boolean;
  speech: string;
  error: VoiceErrorOut | null;
  report: EnpiReportOut | null;
}
export interface VoiceCommandOut {
  ok: boolean;
  speech: string;
  intent: Intent;
  slots: Record<string, unknown>;
  error: VoiceErrorOut | null;
  train: VoiceTrainOut | null;
  variables: VoiceVariablesOut | null;
  energySources: VoiceSourcesOut | null;
  performance: VoicePerformanceOut | null;
}

function voiceError(e: unknown): VoiceErrorOut {
  if (e instanceof DomainError) {
    const d = e.details as { suggestion?: string | null; choices?: string[] };
    return { code: e.code, message: e.message, suggestion: d.suggestion ?? null, choices: d.choices ?? [] };
  }
  throw e;
}

export interface VoiceTrainInput {
  energySource: string;
  seuName: string;
  variables: string[];
  year?: number | null;
  start?: string | null;
  end?: string | null;
}

/** Runs in the caller's transaction: a failure writes nothing. */
export async function voiceTrain(db: Kysely<Database>, organizationId: string, input: VoiceTrainInput): Promise<VoiceTrainOut> {
  try {
    if (input.year == null && !(input.start && input.end)) {
      return fail({ code: 'BAD_USER_INPUT', message: 'Which year should the baseline cover? Say, for example, for twenty twenty-four.', suggestion: null, choices: [] });
    }
    const { baseline, seu, source, model } = await trainBaseline(db, organizationId, {
      seuName: input.seuName,
      energySource: input.energySource,
      variables: input.variables,
      period: { year: input.year, start: input.start, end: input.end },
      granularity: 'day',
      activate: true,
      trainedBy: 'voice',
    });
    const names = Object.fromEntries(model.defs.map((d) => [d.name, d.displayName]));
    return { ok: true, speech: trainSpeech(seu.name, source, model, names, 'day'), error: null, baseline };
  } catch (e) {
    return fail(voiceError(e));
  }
  function fail(error: VoiceErrorOut): VoiceTrainOut {
    return { ok: false, speech: error.message, error, baseline: null };
  }
}

export async function voiceVariables(db: Kysely<Database>, organizationId: string, energySource: string): Promise<VoiceVariablesOut> {
  try {
    const source = await resolveEnergySource(db, organizationId, energySource);
    const all = await variablesForSource(db, organizationId, source.id);
    const byName = new Map<string, RelevantVariable>();
    for (const v of all) if (!byName.has(v.name) || v.energy_source_id) byName.set(v.name, v);
    const variables = [...byName.values()];
    return { ok: true, speech: variablesSpeech(source, variables.map(spokenVariable)), error: null, energySource: source, variables };
  } catch (e) {
    const error = voiceError(e);
    return { ok: false, speech: error.message, error, energySource: null, variables: [] };
  }
}

export async function voiceSources(db: Kysely<Database>, organizationId: string): Promise<VoiceSourcesOut> {
  const energySources = await listEnergySources(db, organizationId);
  return { ok: true, speech: sourcesSpeech(energySources), energySources };
}

export async function voicePerformance(
  db: Kysely<Database>,
  organizationId: string,
  input: { energySource: string; seuName: string; year?: number | null; start?: string | null; end?: string | null },
): Promise<VoicePerformanceOut> {
  try {
    if (input.year == null && !(input.start && input.end)) {
      const error = { code: 'BAD_USER_INPUT', message: 'For which year? Say, for example, for twenty twenty-five.', suggestion: null, choices: [] };
      return { ok: false, speech: error.message, error, report: null };
    }
    const report = await enpiReport(db, organizationId, {
      seuName: input.seuName,
      energySource: input.energySource,
      period: { year: input.year, start: input.start, end: input.end },
      granularity: 'month',
    });
    const when = input.year != null ? `In ${input.year}` : `From ${input.start} to ${input.end}`;
    return { ok: true, speech: performanceSpeech(report, when), error: null, report };
  } catch (e) {
    const error = voiceError(e);
    return { ok: false, speech: error.message, error, report: null };
  }
}

const NOT_UNDERSTOOD =
  "Sorry, I didn't understand that. You can ask me to train a baseline, for example: train a baseline for electricity Compressor-1 using production count and outdoor temperature for 2024; or ask which energy sources or variables I know, or how an SEU performed in a year.";

/** `canTrain`: whether the caller holds the engineer role that training a baseline needs. */
export async function voiceCommand(db: Kysely<Database>, organizationId: string, utterance: string, canTrain = true): Promise<VoiceCommandOut> {
  const t = tokens(utterance);
  const intent = intentOf(t);
  const base: VoiceCommandOut = { ok: false, speech: NOT_UNDERSTOOD, intent, slots: {}, error: null, train: null, variables: null, energySources: null, performance: null };
  if (intent === 'UNKNOWN') {
    return { ...base, error: { code: 'BAD_USER_INPUT', message: NOT_UNDERSTOOD, suggestion: null, choices: ['train a baseline', 'list energy sources', 'list variables', 'SEU performance'] } };
  }
  if (intent === 'LIST_ENERGY_SOURCES') {
    const r = await voiceSources(db, organizationId);
    return { ...base, ok: true, speech: r.speech, energySources: r };
  }
  const sources = await listEnergySources(db, organizationId);
  const sourceNames = sources.flatMap((s) => [s.name, s.display_name, ...s.synonyms]);
  // The source and SEU are named before "using"; what follows are variables (which may be
  // named like a source: compressed air "using electricity").
  const cut = t.findIndex((w) => w === 'using' || w === 'with');
  const head = cut < 0 ? t : t.slice(0, cut);
  const found = findName(head, sourceNames);
  const source = found ? sources.find((s) => [s.name, s.display_name, ...s.synonyms].includes(found.name))! : null;
  if (!source) {
    const choices = sources.map(spokenSource);
    const message = `Which energy source? I know ${choices.length ? choices.join(', ').replace(/, ([^,]*)$/, ' and $1') : 'none yet'}.`;
    return { ...base, speech: message, error: { code: 'BAD_USER_INPUT', message, suggestion: null, choices } };
  }
  const slots: Record<string, unknown> = { energySource: source.name };
  if (intent === 'LIST_VARIABLES') {
    const r = await voiceVariables(db, organizationId, source.name);
    return { ...base, ok: r.ok, speech: r.speech, slots, error: r.error, variables: r };
  }
  // The SEU: a known name in the words, else whatever stands between the source and "using".
  const seus = await listSeus(db, organizationId, source.id);
  const seuHit = findName(head, seus.map((s) => s.name));
  let seuName = seuHit?.name ?? null;
  if (!seuName) {
    const after = head.slice(found!.end);
    const stop = after.findIndex((w) => ['using', 'with', 'on', 'for', 'in', 'during'].includes(w) || /^(19|20)\d{2}$/.test(w));
    seuName = after.slice(0, stop < 0 ? after.length : stop).filter((w) => !['the', 'a', 'seu', 'machine'].includes(w)).join(' ') || null;
  }
  if (!seuName) {
    const choices = seus.map((s) => s.name);
    const message = `Which SEU? For ${spokenSource(source)} I know ${choices.join(', ').replace(/, ([^,]*)$/, ' and $1') || 'none yet'}.`;
    return { ...base, speech: message, slots, error: { code: 'BAD_USER_INPUT', message, suggestion: null, choices } };
  }
  slots.seuName = seuName;
  const year = yearOf(t);
  if (year !== null) slots.year = year;
  if (intent === 'TRAIN_BASELINE' && !canTrain) {
    const message = 'Training a baseline needs the engineer role. I can list energy sources and variables, or tell you how an SEU performed.';
    return { ...base, speech: message, slots, error: { code: 'FORBIDDEN', message, suggestion: null, choices: ['list energy sources', 'list variables', 'SEU performance'] } };
  }
  if (intent === 'TRAIN_BASELINE') {
    // Variables are what follows "using"; the source and SEU words are not variables.
    const variables = variablesOf(utterance);
    slots.variables = variables;
    if (variables.length === 0) {
      const vars = await voiceVariables(db, organizationId, source.name);
      const message = `Which variables should the baseline use? ${vars.speech}`;
      return { ...base, speech: message, slots, error: { code: 'BAD_USER_INPUT', message, suggestion: null, choices: vars.variables.map(spokenVariable) } };
    }
    const r = await voiceTrain(db, organizationId, { energySource: source.name, seuName, variables, year });
    return { ...base, ok: r.ok, speech: r.speech, slots, error: r.error, train: r };
  }
  const r = await voicePerformance(db, organizationId, { energySource: source.name, seuName, year });
  return { ...base, ok: r.ok, speech: r.speech, slots, error: r.error, performance: r };
}
