// How people write and say codes and names, in one place so SQL and TypeScript agree with the
// database functions of migration 20261124100000_assets_search.

/** The separator- and case-free form the `lookup_key`/`name_key` columns hold (shared with readings). */
export { lookupKey } from '../../common/lookup-key.js';

/** "chiller003" → "chiller3", "ltmcc010" → "ltmcc10": a number said aloud has no leading zeros. */
export function stripLeadingZeros(key: string): string {
  return key.replace(/(^|[a-z])0+([0-9])/g, '$1$2');
}

/** Same as SQL `assets.search_words`: lower case, separators to spaces, letters and digits apart, no leading zeros. */
export function searchWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])([0-9])/g, '$1 $2')
    .replace(/(^| )0+([0-9])/g, '$1$2');
}

// Words that carry no meaning in a lookup ("show me the chiller in the plant room").
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'at', 'by', 'for', 'from', 'how', 'in', 'is', 'it', 'me', 'my', 'of', 'on', 'or', 'show',
  'the', 'to', 'what', 'where', 'which', 'with', 'find', 'list', 'all', 'please', 'our',
]);

export const MAX_QUERY_WORDS = 12;

/** The distinct meaningful words of a query, at most MAX_QUERY_WORDS. */
export function queryWords(text: string): string[] {
  const all = searchWords(text).split(' ').filter(Boolean);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set(meaningful.length ? meaningful : all)].slice(0, MAX_QUERY_WORDS);
}
