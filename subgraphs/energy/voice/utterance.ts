// Free utterances to intents and slots, without a grammar service: number words become digits
// ("twenty twenty-four" → 2024), filler is dropped, and the energy source, SEU and variables
// are found by matching the words against the organization's own names.
import { nameKey } from '../names.js';

const UNITS: Record<string, number> = { zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Lower-case tokens with number words turned into numbers and spoken years joined. */
export function tokens(utterance: string): string[] {
  const raw = utterance
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i];
    if (w in TENS) {
      let n = TENS[w];
      if (raw[i + 1] in UNITS && UNITS[raw[i + 1]] > 0) n += UNITS[raw[++i]];
      out.push(String(n));
    } else if (w in TEENS) out.push(String(TEENS[w]));
    else if (w in UNITS) out.push(String(UNITS[w]));
    else if (w === 'thousand' && /^\d+$/.test(out[out.length - 1] ?? '')) {
      const base = Number(out.pop()) * 1000;
      let rest = 0;
      if (raw[i + 1] === 'and') i++;
      const next = raw[i + 1];
      if (next && (next in TENS || next in TEENS || next in UNITS)) {
        const sub = tokens(raw.slice(i + 1, i + 3).join(' '));
        rest = Number(sub[0]);
        i += next in TENS && raw[i + 2] in UNITS ? 2 : 1;
      }
      out.push(String(base + rest));
    } else out.push(w);
  }
  // "20 24" / "19 99" → a year.
  const joined: string[] = [];
  for (let i = 0; i < out.length; i++) {
    if ((out[i] === '20' || out[i] === '19') && /^\d{2}$/.test(out[i + 1] ?? '') && Number(out[i + 1]) >= 10) {
      joined.push(`${out[i]}${out[i + 1]}`);
      i++;
    } else joined.push(out[i]);
  }
  return joined;
}

export type Intent = 'TRAIN_BASELINE' | 'LIST_VARIABLES' | 'LIST_ENERGY_SOURCES' | 'SEU_PERFORMANCE' | 'UNKNOWN';

export function intentOf(t: string[]): Intent {
  const has = (...ws: string[]) => ws.some((w) => t.includes(w));
  if (has('train', 'retrain', 'fit', 'build', 'create') && has('baseline', 'model')) return 'TRAIN_BASELINE';
  if (has('variables', 'variable', 'features', 'feature', 'factors', 'drivers')) return 'LIST_VARIABLES';
  if (has('performance', 'performing', 'perform', 'doing', 'savings', 'saved', 'enpi', 'deviation', 'compare', 'compared')) return 'SEU_PERFORMANCE';
  if (has('sources', 'source', 'energies', 'energy') && has('what', 'which', 'list', 'tell', 'available', 'know')) return 'LIST_ENERGY_SOURCES';
  return 'UNKNOWN';
}

export function yearOf(t: string[]): number | null {
  const y = t.find((w) => /^(19|20)\d{2}$/.test(w));
  return y ? Number(y) : null;
}

/** Longest window of tokens whose key equals one of `names`' keys: [start, end) and the name. */
export function findName(t: string[], names: string[], maxWords = 5): { start: number; end: number; name: string } | null {
  const keys = new Map(names.map((n) => [nameKey(n), n]));
  let best: { start: number; end: number; name: string } | null = null;
  for (let i = 0; i < t.length; i++) {
    for (let j = Math.min(t.length, i + maxWords); j > i; j--) {
      const name = keys.get(nameKey(t.slice(i, j).join(' ')));
      if (name && (!best || j - i > best.end - best.start)) best = { start: i, end: j, name };
    }
  }
  return best;
}

const STOP = new Set(['for', 'in', 'during', 'year', 'over', 'of', 'please', 'the']);

/** The variables after "using"/"with"/"on", split at "and" and commas, until "for", "in" or a year. */
export function variablesOf(utterance: string): string[] {
  const lower = utterance.toLowerCase();
  const m = lower.match(/\b(?:using|with|on|from)\b(.*)$/);
  if (!m) return [];
  const rest = tokens(m[1].replace(/,/g, ' and '));
  const taken: string[] = [];
  for (const w of rest) {
    if (/^(19|20)\d{2}$/.test(w)) break;
    if (STOP.has(w) && taken.length && taken[taken.length - 1] !== 'and') break;
    taken.push(w);
  }
  return taken
    .join(' ')
    .split(/\band\b/)
    .map((s) => s.trim())
    .filter((s) => s && !['the', 'a'].includes(s))
    .map((s) => s.replace(/^(the|a) /, ''));
}
