// Matching names as people type or say them: case, separators and filler are ignored
// ('compressor 1', 'Compressor-1' and 'COMPRESSOR_1' are one key), number words become digits,
// and a near miss is offered as a suggestion.
const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12',
};

/** Lower case, words of letters and digits only, number words as digits. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => NUMBER_WORDS[w] ?? w);
}

/** The comparison key: words joined without separators. */
export function nameKey(text: string): string {
  return words(text).join('');
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

export interface Named<T> {
  item: T;
  /** The name to offer back to people. */
  label: string;
  /** Every name it answers to. */
  names: string[];
}

/** Word-prefix match: every word of `a` starts a word of `b` in order or vice versa ('temp' ~ 'temperature'). */
function wordsCover(spokenWords: string[], name: string[]): boolean {
  const content = name.filter((w) => !UNIT_WORDS.has(w));
  const spoken = spokenWords.filter((w) => !UNIT_WORDS.has(w));
  if (content.length === 0 || spoken.length === 0) return false;
  return content.every((w) => spoken.some((s) => s.startsWith(w) || w.startsWith(s))) && spoken.every((s) => content.some((w) => s.startsWith(w) || w.startsWith(s)));
}
const UNIT_WORDS = new Set(['c', 'kwh', 'kw', 'm', 'm3', 'kg', 'nm', 'nm3', 'bar', 'pct', 'h', 'f']);

export interface MatchResult<T> {
  match: T | null;
  /** Closest label when there is no match but something is near. */
  suggestion: string | null;
}

export function matchName<T>(spoken: string, candidates: Named<T>[]): MatchResult<T> {
  const key = nameKey(spoken);
  if (!key) return { match: null, suggestion: null };
  for (const c of candidates) if (c.names.some((n) => nameKey(n) === key)) return { match: c.item, suggestion: null };
  const sw = words(spoken);
  const covered = candidates.filter((c) => c.names.some((n) => wordsCover(sw, words(n))));
  if (covered.length === 1) return { match: covered[0].item, suggestion: null };
  let best: { label: string; d: number } | null = null;
  for (const c of candidates) {
    for (const n of c.names) {
      const nk = nameKey(n);
      const d = levenshtein(key, nk) / Math.max(key.length, nk.length);
      if (!best || d < best.d) best = { label: c.label, d };
    }
  }
  return { match: null, suggestion: best && best.d <= 0.5 ? best.label : covered[0]?.label ?? null };
}

/** "a, b and c". */
export function listInWords(items: string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
