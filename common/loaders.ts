// DataLoader factories that keep graphql/dataloader's contract: the batch function returns
// exactly one result per key, in key order, whatever order the database answered in.
import DataLoader from 'dataloader';

/** One row (or null) per key. */
export function rowLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K, cacheKey?: (key: K) => unknown): DataLoader<K, V | null> {
  return new DataLoader<K, V | null, unknown>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map<unknown, V>();
      for (const row of rows) byKey.set(cacheKey ? cacheKey(keyOf(row)) : keyOf(row), row);
      return keys.map((k) => byKey.get(cacheKey ? cacheKey(k) : k) ?? null);
    },
    { cacheKeyFn: cacheKey, maxBatchSize: 5000 },
  );
}

/** A list of rows (possibly empty) per key. */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K, cacheKey?: (key: K) => unknown): DataLoader<K, V[]> {
  return new DataLoader<K, V[], unknown>(
    async (keys) => {
      const rows = await fetch(keys);
      const groups = new Map<unknown, V[]>();
      for (const row of rows) {
        const k = cacheKey ? cacheKey(keyOf(row)) : keyOf(row);
        const list = groups.get(k);
        if (list) list.push(row);
        else groups.set(k, [row]);
      }
      return keys.map((k) => groups.get(cacheKey ? cacheKey(k) : k) ?? []);
    },
    { cacheKeyFn: cacheKey, maxBatchSize: 5000 },
  );
}

/**
 * One DataLoader per distinct argument set of a field: fields asking the same thing across a
 * list share one batch, so the list costs one statement whatever its length.
 */
export function perArguments<A, K, V>(make: (args: A) => DataLoader<K, V>): (args: A) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args: A): DataLoader<K, V> => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = make(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}
