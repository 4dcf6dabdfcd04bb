// Sentences for the voice assistant: short, numbers rounded for speaking, units in words.
import type { EnergySource } from '../../../database/tables/energy.table.js';
import { listInWords } from '../names.js';
import type { EnpiReportOut } from '../services/enpi-service.js';
import type { FittedModel } from '../services/baseline-service.js';
import { spokenSource } from '../services/resolve.js';

/**
 * Rounded for speaking, no exponent, no trailing zeros: three significant digits from 1 up
 * (450.12 → "450", 12345 → "12300", 3.14159 → "3.14"), two below 1 (0.03201 → "0.032").
 */
export function speakNumber(x: number): string {
  if (!Number.isFinite(x)) return 'not a number';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  const mag = Math.floor(Math.log10(abs));
  const decimals = Math.max(0, (abs < 1 ? 1 : 2) - mag);
  const factor = 10 ** (mag - 2);
  const rounded = decimals > 0 ? Number(x.toFixed(decimals)) : Math.round(x / factor) * factor;
  const s = decimals > 0 ? String(rounded) : String(Math.round(rounded));
  return s.startsWith('-') ? `minus ${s.slice(1)}` : s;
}

export function speakPercent(x: number): string {
  const r = Math.abs(x) >= 10 ? Math.round(x) : Math.round(x * 10) / 10;
  return `${r} percent`;
}

const CURRENCY_WORDS: Record<string, string> = { USD: 'dollars', EUR: 'euros', GBP: 'pounds', INR: 'rupees', JPY: 'yen', CHF: 'francs' };
export function currencyWords(code: string): string {
  return CURRENCY_WORDS[code.toUpperCase()] ?? code;
}

function perRow(g: string): string {
  return { day: 'per day', week: 'per week', month: 'per month' }[g] ?? '';
}

export function trainSpeech(seuName: string, source: EnergySource, model: FittedModel, displayNames: Record<string, string>, granularity: string): string {
  const f = model.fit;
  let formula = speakNumber(f.intercept.value);
  for (const c of f.coefficients) {
    const term = `${speakNumber(Math.abs(c.value))} times ${(displayNames[c.name] ?? c.name.replace(/_/g, ' ')).toLowerCase()}`;
    formula += c.value < 0 ? ` minus ${term}` : ` plus ${term}`;
  }
  let validity = '';
  if (!model.validity.doeValid) {
    const weak = f.coefficients.filter((c) => !(c.p < 0.2)).map((c) => (displayNames[c.name] ?? c.name.replace(/_/g, ' ')).toLowerCase());
    const why = weak.length ? `${listInWords(weak)} ${weak.length === 1 ? 'is' : 'are'} not significant` : f.rSquared < 0.5 ? 'it explains too little of the consumption' : 'it fails a validity rule';
    validity = ` It is not valid for reporting: ${why}.`;
  }
  // Two decimals; a fit that would round to 1.00 is said as "above 0.99".
  const r2 = f.rSquared >= 0.995 ? 'above 0.99' : f.rSquared.toFixed(2);
  return `${seuName} ${spokenSource(source)} baseline trained. R-squared ${r2}. Formula: ${source.unit_spoken} ${perRow(granularity)} equals ${formula}.${validity}`;
}

export function sourcesSpeech(sources: EnergySource[]): string {
  if (sources.length === 0) return 'No energy sources are set up yet.';
  return `I know ${listInWords(sources.map(spokenSource))}.`;
}

export function variablesSpeech(source: EnergySource, names: string[]): string {
  if (names.length === 0) return `No variables are registered for ${spokenSource(source)} yet.`;
  return `For ${spokenSource(source)} I can use ${listInWords(names)}.`;
}

export function performanceSpeech(r: EnpiReportOut, periodWords: string): string {
  const t = r.totals;
  const src = spokenSource(r.source);
  const pct = speakPercent(Math.abs(t.improvementPercent));
  if (Math.abs(t.improvementPercent) < 0.05) return `${periodWords}, ${r.seu.name} used as much ${src} as its baseline expected.`;
  const better = t.improvementPercent > 0;
  const first = `${periodWords}, ${r.seu.name} used ${pct} ${better ? 'less' : 'more'} ${src} than its baseline expected.`;
  const amount = `${speakNumber(Math.abs(t.savings))} ${r.source.unit_spoken}`;
  const money = `${speakNumber(Math.abs(t.costSavings))} ${currencyWords(t.currency)}`;
  return `${first} ${better ? 'That saved' : 'That cost an extra'} ${amount}, about ${money}.`;
}
